"""The consent ledger: append-only events, one purpose at a time (GDPR Art. 7).

An event says: this customer granted or withdrew consent to this purpose, having
been shown this wording version, through this channel, with this staff member,
at this time (with an optional drawn signature). The current state of a consent
is the last event for its purpose; nothing else stores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CHANNELS = ("in_store", "paper", "phone", "email")
CHANNEL_LABELS: dict[str, dict[str, str]] = {
    "in_store": {"fr": "En boutique", "en": "In store"},
    "paper": {"fr": "Formulaire papier", "en": "Paper form"},
    "phone": {"fr": "Téléphone", "en": "Phone"},
    "email": {"fr": "E-mail", "en": "E-mail"},
}
ACTION_LABELS: dict[str, dict[str, str]] = {
    "granted": {"fr": "donné", "en": "granted"},
    "withdrawn": {"fr": "retiré", "en": "withdrawn"},
}


@dataclass(frozen=True)
class ConsentEvent:
    id: int
    purpose_code: str
    wording_version: int
    action: str
    channel: str
    staff_name: str
    occurred_at: str
    has_signature: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "purpose": self.purpose_code,
            "wording_version": self.wording_version,
            "action": self.action,
            "channel": self.channel,
            "staff": self.staff_name,
            "at": self.occurred_at,
            "signed": self.has_signature,
        }


INSERT_SQL = (
    "INSERT INTO consent_event (customer_id, purpose_code, wording_version, action, channel, "
    "staff_id, occurred_at, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def append(
    conn: Any,
    customer_id: int,
    purpose_code: str,
    wording_version: int,
    action: str,
    channel: str,
    staff_id: int,
    occurred_at: str,
    signature: bytes | None = None,
) -> int:
    cursor = conn.execute(
        INSERT_SQL,
        (
            customer_id,
            purpose_code,
            wording_version,
            action,
            channel,
            staff_id,
            occurred_at,
            signature,
        ),
    )
    return int(cursor.lastrowid)


def states(conn: Any, customer_id: int) -> dict[str, str]:
    """purpose code -> 'granted' or 'withdrawn', from each purpose's last event."""
    rows = conn.execute(
        "SELECT purpose_code, action FROM consent_event WHERE id IN ("
        " SELECT max(id) FROM consent_event WHERE customer_id = ? GROUP BY purpose_code)",
        (customer_id,),
    )
    return {code: action for code, action in rows}


def granted(conn: Any, customer_id: int) -> set[str]:
    return {code for code, action in states(conn, customer_id).items() if action == "granted"}


def history(conn: Any, customer_id: int) -> list[ConsentEvent]:
    rows = conn.execute(
        "SELECT e.id, e.purpose_code, e.wording_version, e.action, e.channel, s.name, "
        "e.occurred_at, e.signature IS NOT NULL "
        "FROM consent_event e JOIN staff s ON s.id = e.staff_id "
        "WHERE e.customer_id = ? ORDER BY e.id",
        (customer_id,),
    )
    return [ConsentEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]
