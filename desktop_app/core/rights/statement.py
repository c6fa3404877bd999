"""The access statement (GDPR Art. 15): everything a customer may ask "what do you hold about me?".

:func:`access_statement` gathers, for one customer, a JSON-serialisable dict of schema
``registre-access/1`` (documented in ``docs/access-export.md`` and by the JSON Schema
``resources/schemas/access-export-v1.schema.json``). The same dict feeds the customer's
PDF (``access_pdf.write_access_pdf``) and the machine-readable export (Art. 20), written
by :func:`write_statement_json`.

Art. 15 elements and where they live in the statement (also given in the ``art15`` key):

* 15(1)(a) purposes: ``purposes[].name/text``
* 15(1)(b) categories of data: ``purposes[].data_categories``
* 15(1)(c) recipients: ``purposes[].recipients``
* 15(1)(d) retention: ``purposes[].retention``
* 15(1)(e) rectification, erasure, restriction, objection: ``rights``
* 15(1)(f) complaint to the supervisory authority: ``rights`` (``complaint``) and
  ``supervisory_authority``
* 15(1)(g) source: ``purposes[].source``
* 15(1)(h) automated decision-making: ``automated_decision_making``
* 15(3) a copy of the data: ``fields`` (value as stored and as displayed, collection date)

Every text meant for people is given in French and English (``{"fr": ..., "en": ...}``).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import consent, fields, permissions
from desktop_app.core.deadlines import add_months
from desktop_app.core.files import write_private_atomic
from desktop_app.core.purposes import LEGAL_BASIS_LABELS, RETENTION_FROM_LABELS, Purpose

if TYPE_CHECKING:
    from desktop_app.core.registry import Registry

SCHEMA = "registre-access/1"

REQUEST_KEYS = (
    "reference",
    "type",
    "received_on",
    "due_on",
    "extension_months",
    "status",
    "completed_on",
)

SOURCE_DATA_SUBJECT: dict[str, Any] = {
    "code": "data_subject",
    "text": {
        "fr": "Collectées directement auprès de vous",
        "en": "Collected from you directly",
    },
}

STATUS_LABELS: dict[str, dict[str, str]] = {
    "attached": {"fr": "en cours", "en": "in use"},
    "consented": {"fr": "consentement donné", "en": "consent given"},
    "withdrawn": {"fr": "consentement retiré", "en": "consent withdrawn"},
}

RETENTION_NOTES: dict[str, dict[str, str]] = {
    "last_contact": {
        "fr": "Calculée à partir de la dernière mise à jour de votre fiche ; un nouveau contact "
        "repousse cette date.",
        "en": "Counted from the last update of your record; a new contact moves this date.",
    },
    "collection": {
        "fr": "Calculée à partir de la première collecte des données concernées.",
        "en": "Counted from when the data concerned was first collected.",
    },
    "document_date": {
        "fr": "Date approchée : chaque document (facture) est gardé ce temps à compter de sa "
        "propre date ; la date de création de votre fiche sert ici de point de départ.",
        "en": "Approximate: each document (invoice) is kept this long from its own date; the "
        "date your record was created is used here as the starting point.",
    },
    "end_of_contract": {
        "fr": "La date de fin dépend de la fin du contrat, qui n'est pas encore connue.",
        "en": "The end date depends on when the contract ends, which is not known yet.",
    },
    "withdrawn": {
        "fr": "Plus aucune donnée n'est utilisée pour cette finalité depuis le retrait de "
        "votre consentement ; seule la preuve du consentement et de son retrait est gardée.",
        "en": "No data is used for this purpose since you withdrew your consent; only the "
        "proof of the consent and of its withdrawal is kept.",
    },
}

RIGHTS: tuple[tuple[str, str, dict[str, str]], ...] = (
    (
        "rectification",
        "16",
        {
            "fr": "Faire corriger ou compléter des données inexactes ou incomplètes.",
            "en": "Have inaccurate or incomplete data corrected or completed.",
        },
    ),
    (
        "erasure",
        "17",
        {
            "fr": "Faire effacer vos données, sauf celles qu'une obligation légale nous impose "
            "de garder (par exemple les factures, 10 ans).",
            "en": "Have your data erased, except what a legal obligation requires us to keep "
            "(for example invoices, 10 years).",
        },
    ),
    (
        "restriction",
        "18",
        {
            "fr": "Demander que vos données soient seulement conservées, sans autre utilisation, "
            "le temps de vérifier une contestation.",
            "en": "Ask that your data only be stored and not otherwise used while a dispute is "
            "being checked.",
        },
    ),
    (
        "objection",
        "21",
        {
            "fr": "Vous opposer à l'utilisation de vos données fondée sur notre intérêt légitime, "
            "et à tout moment, sans motif, à la prospection commerciale.",
            "en": "Object to the use of your data based on our legitimate interest, and at any "
            "time, without giving a reason, to direct marketing.",
        },
    ),
    (
        "portability",
        "20",
        {
            "fr": "Recevoir les données que vous nous avez fournies (finalités fondées sur le "
            "consentement ou un contrat) dans un format structuré et lisible par machine (JSON).",
            "en": "Receive the data you gave us (purposes based on consent or a contract) in a "
            "structured, machine-readable format (JSON).",
        },
    ),
    (
        "withdraw_consent",
        "7(3)",
        {
            "fr": "Retirer à tout moment un consentement donné, aussi simplement que vous l'avez "
            "donné ; ce qui a été fait avant le retrait reste licite.",
            "en": "Withdraw a consent at any time, as easily as you gave it; what was done "
            "before the withdrawal remains lawful.",
        },
    ),
    (
        "complaint",
        "77",
        {
            "fr": "Introduire une réclamation auprès de l'autorité de contrôle.",
            "en": "Lodge a complaint with the supervisory authority.",
        },
    ),
)

AUTOMATED_DECISIONS_TEXT = {
    "fr": "Aucune décision fondée exclusivement sur un traitement automatisé, y compris le "
    "profilage, n'est prise à votre sujet.",
    "en": "No decision based solely on automated processing, including profiling, is made "
    "about you.",
}
TRANSFERS_TEXT = {
    "fr": "Vos données ne sont pas transférées hors de l'Union européenne.",
    "en": "Your data is not transferred outside the European Union.",
}

ART15: dict[str, str] = {
    "a": "purposes[].name, purposes[].text",
    "b": "purposes[].data_categories",
    "c": "purposes[].recipients",
    "d": "purposes[].retention",
    "e": "rights (rectification, erasure, restriction, objection)",
    "f": "rights (complaint), supervisory_authority",
    "g": "purposes[].source",
    "h": "automated_decision_making",
    "3": "fields",
}


def _day(timestamp: str) -> date:
    """The calendar day of an ISO date or date-time string."""
    return (
        datetime.fromisoformat(timestamp).date()
        if "T" in timestamp
        else date.fromisoformat(timestamp)
    )


def _request(request: dict[str, Any] | None) -> dict[str, Any] | None:
    if request is None:
        return None
    result = {key: request.get(key) for key in REQUEST_KEYS}
    result["extension_months"] = int(result["extension_months"] or 0)
    return result


def _request_history(registry: Registry, customer_id: int) -> list[dict[str, Any]]:
    """The customer's requests from the register, when the registry has one.

    Duck-typed so that this module does not depend on the request register: a
    ``registry.requests`` service with ``for_customer(customer_id)`` returning dicts
    (or objects with ``as_dict()``) holding at least :data:`REQUEST_KEYS`.
    """
    service = getattr(registry, "requests", None)
    for_customer = getattr(service, "for_customer", None)
    if for_customer is None:
        return []
    rows = []
    for item in for_customer(customer_id):
        data = item.as_dict() if hasattr(item, "as_dict") else dict(item)
        rows.append(_request(data))
    return [row for row in rows if row is not None]


def _audit_history(registry: Registry, reference: str) -> list[dict[str, Any]]:
    """The audit entries about the customer (and their requests): when, what, codes only."""
    conn = getattr(registry, "conn", None)
    if conn is None:
        return []
    from .. import audit

    return [
        {
            "at": entry.at,
            "action": entry.action,
            "action_label": audit.action_label(entry.action),
            "detail": dict(entry.detail),
        }
        for entry in audit.entries_for(conn, reference)
    ]


def _retention(
    purpose: Purpose,
    status: str,
    stored: list[str],
    collected_at: dict[str, str],
    created_at: str,
    updated_at: str,
) -> dict[str, Any]:
    starts: date | None = None
    rule = purpose.retention_from
    if status != "withdrawn":
        if rule == "last_contact":
            starts = _day(updated_at)
        elif rule == "collection":
            days = [_day(collected_at[code]) for code in stored if code in collected_at]
            starts = min(days) if days else None
        elif rule == "document_date":
            starts = _day(created_at)
    ends = add_months(starts, purpose.retention_months) if starts else None
    note_key = "withdrawn" if status == "withdrawn" else rule
    return {
        "months": purpose.retention_months,
        "from": rule,
        "from_label": dict(RETENTION_FROM_LABELS[rule]),
        "text": {lang: purpose.retention_text(lang) for lang in ("fr", "en")},
        "starts_on": starts.isoformat() if starts else None,
        "ends_on": ends.isoformat() if ends else None,
        "approximate": rule == "document_date" and ends is not None,
        "note": dict(RETENTION_NOTES[note_key]) if note_key in RETENTION_NOTES else None,
    }


def _categories(codes: list[str]) -> list[dict[str, Any]]:
    seen: list[str] = []
    for code in codes:
        category = fields.FIELDS[code].category
        if category not in seen:
            seen.append(category)
    return [{"code": c, "label": dict(fields.CATEGORY_LABELS[c])} for c in seen]


def access_statement(
    registry: Registry, customer_id: int, request: dict[str, Any] | None
) -> dict[str, Any]:
    """Everything Art. 15 gives the customer ``customer_id`` the right to know, as plain data.

    ``request`` is the access request being answered (keys :data:`REQUEST_KEYS`), or None.
    Raises ``NotFoundError`` for an unknown customer. Reads only.
    """
    registry.require(permissions.EXPORT)
    record = registry.customers.get(customer_id)
    profile = registry.business.get()
    catalogue = registry.purposes.by_code()

    field_rows = []
    for code, value in record.fields.items():
        spec = fields.FIELDS[code]
        field_rows.append(
            {
                "code": code,
                "label": dict(spec.labels),
                "category": spec.category,
                "category_label": dict(fields.CATEGORY_LABELS[spec.category]),
                "value": value,
                "display": {lang: fields.display(code, value, lang) for lang in ("fr", "en")},
                "collected_at": record.collected_at.get(code),
            }
        )

    last_action: dict[str, str] = {}
    for event in record.consent_history:
        last_action[event.purpose_code] = event.action
    statuses: dict[str, str] = {code: "attached" for code in record.purposes}
    for code, action in last_action.items():
        statuses.setdefault(code, "consented" if action == "granted" else "withdrawn")
    ordered = sorted(
        statuses,
        key=lambda code: (
            statuses[code] == "withdrawn",
            catalogue[code].position if code in catalogue else 0,
            code,
        ),
    )

    purposes = []
    for code in ordered:
        purpose = catalogue[code]
        status = statuses[code]
        stored = (
            []
            if status == "withdrawn"
            else [f for f in record.fields if f in purpose.allowed_fields]
        )
        purposes.append(
            {
                "code": code,
                "status": status,
                "status_label": dict(STATUS_LABELS[status]),
                "name": dict(purpose.names),
                "text": dict(purpose.texts),
                "wording_version": purpose.wording_version,
                "legal_basis": {
                    "code": purpose.legal_basis,
                    "label": dict(LEGAL_BASIS_LABELS[purpose.legal_basis]),
                },
                "fields": stored,
                "data_categories": _categories(stored),
                "recipients": [dict(r) for r in purpose.recipients],
                "retention": _retention(
                    purpose,
                    status,
                    stored,
                    record.collected_at,
                    record.created_at,
                    record.updated_at,
                ),
                "source": json.loads(json.dumps(SOURCE_DATA_SUBJECT)),
            }
        )

    wordings: dict[tuple[str, int], dict[str, dict[str, str]]] = {}
    history = []
    for event in record.consent_history:
        key = (event.purpose_code, event.wording_version)
        if key not in wordings:
            wordings[key] = registry.purposes.wording(*key)
        wording = wordings[key]
        history.append(
            {
                "purpose": event.purpose_code,
                "purpose_name": dict(wording["name"]),
                "action": event.action,
                "action_label": dict(consent.ACTION_LABELS[event.action]),
                "wording_version": event.wording_version,
                "wording": {"name": dict(wording["name"]), "text": dict(wording["text"])},
                "channel": event.channel,
                "channel_label": dict(consent.CHANNEL_LABELS[event.channel]),
                "staff": event.staff_name,
                "at": event.occurred_at,
                "signed": event.has_signature,
            }
        )

    authority = {
        "name": profile.authority_name,
        "address": profile.authority_address,
        "url": profile.authority_url,
    }
    rights = []
    for code, article, text in RIGHTS:
        right: dict[str, Any] = {"code": code, "article": article, "text": dict(text)}
        if code == "complaint":
            right["authority"] = dict(authority)
        rights.append(right)

    return {
        "schema": SCHEMA,
        "generated_at": registry.now(),
        "business": {
            "name": profile.name,
            "address": profile.address,
            "email": profile.email,
            "phone": profile.phone,
            "country": profile.country,
        },
        "data_protection_contact": {
            "name": profile.dpo_name,
            "email": profile.dpo_email,
            "phone": profile.dpo_phone,
        },
        "supervisory_authority": authority,
        "request": _request(request),
        "request_history": _request_history(registry, customer_id),
        "customer": {
            "reference": record.reference,
            "created_at": record.created_at,
            "updated_at": record.updated_at,
        },
        "fields": field_rows,
        "purposes": purposes,
        "consent_history": history,
        "audit": _audit_history(registry, record.reference),
        "rights": rights,
        "automated_decision_making": {"used": False, "text": dict(AUTOMATED_DECISIONS_TEXT)},
        "transfers_outside_eu": {"used": False, "text": dict(TRANSFERS_TEXT)},
        "art15": dict(ART15),
    }


def statement_json(statement: dict[str, Any]) -> bytes:
    """The statement as UTF-8 JSON text (non-ASCII kept as is, indented by 2)."""
    return (json.dumps(statement, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_statement_json(path: Path, statement: dict[str, Any]) -> None:
    """Write the statement to ``path`` as JSON: atomically, mode 0600, UTF-8."""
    write_private_atomic(Path(path), statement_json(statement))
