"""Who may do what: the owner does everything, staff work the counter.

Staff capture and correct customers, record consents and open requests. What
hands data out of the registry (exports, backups), destroys it (erasure,
restore over it) or changes the rules (purposes, staff, keys, settings, the
breach register, decisions on requests) is the owner's. The core services call
``Registry.require(action)`` before acting, so a hidden button is never the
only guard.
"""

from __future__ import annotations

from typing import Final, Literal

Role = Literal["owner", "staff"]
ROLES: Final = ("owner", "staff")

# Actions only the owner may take.
EXPORT: Final = "export"  # access copy, portability file, marketing audience, letters
ERASE: Final = "erase"
BACKUP: Final = "backup"
RESTORE: Final = "restore"
EDIT_PURPOSES: Final = "edit_purposes"
MANAGE_STAFF: Final = "manage_staff"
MANAGE_SETTINGS: Final = "manage_settings"  # business profile, keys, app settings
BREACHES: Final = "breaches"
DECIDE_REQUESTS: Final = "decide_requests"  # extend or refuse a request
AUDIT: Final = "audit"  # read and check the audit log

# Actions staff may take as well.
CAPTURE: Final = "capture"  # add and correct customers
CONSENT: Final = "consent"  # record and withdraw consents
REQUESTS: Final = "requests"  # open requests, record restriction and objection

OWNER_ONLY: Final = frozenset(
    {
        EXPORT,
        ERASE,
        BACKUP,
        RESTORE,
        EDIT_PURPOSES,
        MANAGE_STAFF,
        MANAGE_SETTINGS,
        BREACHES,
        DECIDE_REQUESTS,
        AUDIT,
    }
)
STAFF_ACTIONS: Final = frozenset({CAPTURE, CONSENT, REQUESTS})
ACTIONS: Final = OWNER_ONLY | STAFF_ACTIONS
# What the owner may lend to a trusted staff member, one by one: handing a customer
# their data at the counter, and erasing on request. The rest stays the owner's.
GRANTABLE: Final = frozenset({EXPORT, ERASE})


def allowed(role: str, action: str, grants: frozenset[str] = frozenset()) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if role == "owner":
        return True
    if role != "staff":
        return False
    return action in STAFF_ACTIONS or (action in GRANTABLE and action in grants)


# How an action is named in "only the owner can do this (...)".
ACTION_LABELS: Final[dict[str, dict[str, str]]] = {
    EXPORT: {"en": "hand out a copy of the data", "fr": "remettre une copie des données"},
    ERASE: {"en": "erase a customer", "fr": "effacer un client"},
    BACKUP: {"en": "back up the registry", "fr": "sauvegarder le registre"},
    RESTORE: {"en": "restore a backup", "fr": "restaurer une sauvegarde"},
    EDIT_PURPOSES: {"en": "change the purposes", "fr": "modifier les finalités"},
    MANAGE_STAFF: {"en": "manage the staff", "fr": "gérer le personnel"},
    MANAGE_SETTINGS: {"en": "change the settings", "fr": "modifier les réglages"},
    BREACHES: {"en": "keep the breach register", "fr": "tenir le registre des violations"},
    DECIDE_REQUESTS: {"en": "extend or refuse a request", "fr": "prolonger ou refuser une demande"},
    AUDIT: {"en": "read the audit log", "fr": "consulter le journal d'audit"},
    CAPTURE: {"en": "record customers", "fr": "enregistrer des clients"},
    CONSENT: {"en": "record consents", "fr": "enregistrer des consentements"},
    REQUESTS: {"en": "record requests", "fr": "enregistrer des demandes"},
}
