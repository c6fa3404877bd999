"""The audit log (GDPR Art. 5(2)): append-only, tamper-evident, without personal data.

Each entry names who (staff id), what (an action code), on what (a target type and
a random reference: customer 'C-...', request 'R-...', a purpose code) and when,
with a JSON ``detail`` of codes only (field codes, purpose codes, counts); never a
name, an e-mail, a phone or a field value.

Entries form a hash chain: ``hash`` is the SHA-256 of the canonical serialisation
of the entry's columns, ``prev_hash`` included, so changing a row breaks its hash,
and deleting or reordering rows breaks the next row's ``prev_hash`` (or leaves a
gap in the ids). The chain alone cannot show that the *last* rows were deleted:
the meta table keeps the latest hash and the count, updated with each entry in the
same transaction, and ``verify`` compares them. Triggers refuse UPDATE and DELETE.

``record`` is called inside the caller's transaction, so the entry commits or rolls
back with the change it describes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
COUNT_KEY = "audit_count"
TARGET_TYPES = ("customer", "request", "purpose", "registry")
REGISTRY_TARGET = "registry"

# What each action code means, for the customer's access statement and its PDF.
ACTION_LABELS: dict[str, dict[str, str]] = {
    "customer_created": {"fr": "Fiche créée", "en": "File created"},
    "customers_imported": {"fr": "Clients importés", "en": "Customers imported"},
    "fields_edited": {"fr": "Données modifiées", "en": "Data changed"},
    "fields_erased": {"fr": "Données effacées", "en": "Data erased"},
    "purpose_attached": {"fr": "Finalité ajoutée", "en": "Purpose added"},
    "purpose_detached": {"fr": "Finalité retirée", "en": "Purpose removed"},
    "consent_granted": {"fr": "Consentement donné", "en": "Consent given"},
    "consent_withdrawn": {"fr": "Consentement retiré", "en": "Consent withdrawn"},
    "rectification": {"fr": "Rectification (art. 16)", "en": "Rectification (Art. 16)"},
    "customer_erased": {"fr": "Effacement (art. 17)", "en": "Erasure (Art. 17)"},
    "erasure_reapplied": {"fr": "Effacement réappliqué", "en": "Erasure applied again"},
    "restriction_set": {"fr": "Limitation (art. 18)", "en": "Restriction (Art. 18)"},
    "restriction_lifted": {"fr": "Limitation levée", "en": "Restriction lifted"},
    "objection": {"fr": "Opposition (art. 21)", "en": "Objection (Art. 21)"},
    "request_opened": {"fr": "Demande reçue", "en": "Request received"},
    "request_extended": {"fr": "Délai de réponse prolongé", "en": "Reply deadline extended"},
    "request_completed": {"fr": "Demande traitée", "en": "Request answered"},
    "request_refused": {"fr": "Demande refusée", "en": "Request refused"},
    "purpose_wording_changed": {"fr": "Texte de finalité modifié", "en": "Purpose wording changed"},
    "purpose_changed": {"fr": "Finalité modifiée", "en": "Purpose changed"},
    "business_profile_changed": {"fr": "Profil modifié", "en": "Business profile changed"},
    "passphrase_set": {"fr": "Phrase secrète définie", "en": "Passphrase set"},
    "passphrase_removed": {"fr": "Phrase secrète retirée", "en": "Passphrase removed"},
    "keyring_enabled": {"fr": "Trousseau activé", "en": "Keyring enabled"},
    "keyring_disabled": {"fr": "Trousseau désactivé", "en": "Keyring disabled"},
    "recovery_code_renewed": {"fr": "Code de secours renouvelé", "en": "Recovery code renewed"},
    "key_rotated": {"fr": "Clé changée", "en": "Key rotated"},
    "staff_added": {"fr": "Membre du personnel ajouté", "en": "Staff member added"},
    "staff_removed": {"fr": "Membre du personnel retiré", "en": "Staff member removed"},
    "staff_renamed": {"fr": "Membre du personnel renommé", "en": "Staff member renamed"},
    "staff_secret_changed": {"fr": "Code personnel changé", "en": "Personal PIN changed"},
    "staff_grants_changed": {
        "fr": "Droits d'un membre du personnel modifiés",
        "en": "Staff member's permissions changed",
    },
    "backup_created": {"fr": "Sauvegarde faite", "en": "Backup made"},
    "backup_restored": {"fr": "Sauvegarde restaurée", "en": "Backup restored"},
    "breach_recorded": {"fr": "Violation de données inscrite", "en": "Data breach recorded"},
    "breach_authority_notified": {
        "fr": "Violation notifiée à l'autorité",
        "en": "Breach notified to the authority",
    },
    "breach_people_notified": {
        "fr": "Personnes informées de la violation",
        "en": "People told of the breach",
    },
}


def action_label(action: str) -> dict[str, str]:
    return dict(ACTION_LABELS.get(action, {"fr": action, "en": action}))


_COLUMNS = "id, at, actor_id, action, target_type, target_ref, detail, prev_hash, hash"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor_id: int | None
    action: str
    target_type: str
    target_ref: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "actor_id": self.actor_id,
            "action": self.action,
            "target_type": self.target_type,
            "target_ref": self.target_ref,
            "detail": dict(self.detail),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    broken_id: int | None = None
    reason: str | None = None  # 'hash_mismatch', 'prev_hash_mismatch', 'id_gap', 'missing_last'

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "count": self.count,
            "broken_id": self.broken_id,
            "reason": self.reason,
        }


def canonical(
    id: int,
    at: str,
    actor_id: int | None,
    action: str,
    target_type: str,
    target_ref: str,
    detail: str,
    prev_hash: str,
) -> bytes:
    """The bytes an entry's hash covers: a JSON array of its columns, compact, UTF-8."""
    return json.dumps(
        [id, at, actor_id, action, target_type, target_ref, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


def entry_hash(*columns: Any) -> str:
    return hashlib.sha256(canonical(*columns)).hexdigest()


def _detail_json(detail: Mapping[str, Any]) -> str:
    return json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def recorded_head(conn: Any) -> tuple[int, str]:
    """The entry count and head hash kept beside the chain (what verify checks the end by)."""
    return int(_meta(conn, COUNT_KEY) or 0), _meta(conn, HEAD_KEY) or GENESIS


def record(
    conn: Any,
    now: str,
    actor_id: int | None,
    action: str,
    target_type: str,
    target_ref: str,
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Append one entry (call inside the caller's transaction); returns its id."""
    if target_type not in TARGET_TYPES:
        raise ValueError(f"unknown audit target type {target_type!r}")
    last = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = str(last[1]) if last else GENESIS
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'").fetchone()
    new_id = max(int(last[0]) if last else 0, int(seq[0]) if seq else 0) + 1
    detail_text = _detail_json(detail or {})
    digest = entry_hash(
        new_id, now, actor_id, action, target_type, target_ref, detail_text, prev_hash
    )
    conn.execute(
        f"INSERT INTO audit_entry ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id, now, actor_id, action, target_type, target_ref, detail_text, prev_hash, digest),
    )
    count = int(_meta(conn, COUNT_KEY) or 0)
    _set_meta(conn, HEAD_KEY, digest)
    _set_meta(conn, COUNT_KEY, str(count + 1))
    return new_id


def _from_row(row: Any) -> AuditEntry:
    try:
        detail = json.loads(row[6])
    except (TypeError, ValueError):
        detail = {}
    return AuditEntry(
        int(row[0]),
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        detail if isinstance(detail, dict) else {},
        row[7],
        row[8],
    )


def verify(conn: Any) -> VerifyResult:
    """Walk the chain in id order; name the first broken entry and why."""
    expected_prev = GENESIS
    expected_id = 1
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_entry ORDER BY id"):
        entry_id = int(row[0])
        if entry_id != expected_id:
            return VerifyResult(False, count, expected_id, "id_gap")
        if row[7] != expected_prev:
            return VerifyResult(False, count, entry_id, "prev_hash_mismatch")
        if entry_hash(*row[:8]) != row[8]:
            return VerifyResult(False, count, entry_id, "hash_mismatch")
        expected_prev = row[8]
        expected_id += 1
        count += 1
    recorded, head = recorded_head(conn)
    if recorded != count or head != expected_prev:
        # Rows after the last one present were deleted (or the head was changed).
        return VerifyResult(False, count, expected_id, "missing_last")
    return VerifyResult(True, count)


def entries(conn: Any, limit: int | None = None) -> list[AuditEntry]:
    sql = f"SELECT {_COLUMNS} FROM audit_entry ORDER BY id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_from_row(row) for row in conn.execute(sql)]


def latest(conn: Any, limit: int) -> list[AuditEntry]:
    """The newest ``limit`` entries, newest first (what a screen shows under a check)."""
    sql = f"SELECT {_COLUMNS} FROM audit_entry ORDER BY id DESC LIMIT ?"
    return [_from_row(row) for row in conn.execute(sql, (int(limit),))]


def verified_at(conn: Any, result: VerifyResult) -> str | None:
    """When the last entry whose link holds was written (None for an empty log)."""
    if not result.count:
        return None
    row = conn.execute("SELECT at FROM audit_entry WHERE id = ?", (result.count,)).fetchone()
    return None if row is None else str(row[0])


def entries_for(conn: Any, target_ref: str) -> list[AuditEntry]:
    """Entries about ``target_ref``, or naming it as their ``customer`` (e.g. its requests)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_entry WHERE target_ref = ? "
        "OR (CASE WHEN json_valid(detail) THEN json_extract(detail, '$.customer') END) = ? "
        "ORDER BY id",
        (target_ref, target_ref),
    )
    return [_from_row(row) for row in rows]
