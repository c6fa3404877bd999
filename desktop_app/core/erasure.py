"""Erasure (GDPR Art. 17), erasure tombstones, and erasures applied again after a restore.

``erase`` removes everything no legal obligation keeps (Art. 17(3)(b)). A customer
attached to a ``legal_obligation`` purpose (invoicing: 10 years in France) keeps
only the fields such purposes require or allow, every other purpose is detached,
the consent history is deleted (no processing based on it continues) and the
customer is restricted to storage with the reason ``legal_retention``. Anyone
else is deleted whole. Either way the search index is rewritten so that no
erased name, e-mail or phone survives in its pages.

What remains is a tombstone: the customer's random reference, the request
reference, the date and the codes of the fields kept; no personal data. It is
kept in the database and in ``registre.erasures`` beside it, a plain file that a
restore of an older ``registre.db`` (and ``registre.keys``) does not replace:
``reapply_tombstones`` (run by ``Registry.open``) erases again, the same way,
anyone a tombstone names who came back with more than the kept fields.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import deadlines, fields, permissions, search
from .files import write_private_atomic
from .purposes import Purpose

if TYPE_CHECKING:
    from .registry import Registry

CERTIFICATE_SCHEMA = "registre-erasure/1"
TOMBSTONE_FILE_SCHEMA = "registre-erasure-tombstones/1"
TOMBSTONES_NAME = "registre.erasures"
LEGAL_RETENTION = "legal_retention"


@dataclass(frozen=True)
class Tombstone:
    customer_reference: str
    request_reference: str
    erased_on: str
    kept_fields: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "customer_reference": self.customer_reference,
            "request_reference": self.request_reference,
            "erased_on": self.erased_on,
            "kept_fields": list(self.kept_fields),
        }


@dataclass(frozen=True)
class _Erased:
    erased_fields: list[str]
    kept: list[dict[str, Any]]
    consent_events: int
    recipients: list[dict[str, str]]
    fully_erased: bool


def tombstones(registry: Registry) -> list[Tombstone]:
    rows = registry.conn.execute(
        "SELECT customer_reference, request_reference, erased_on, kept_fields "
        "FROM erasure_tombstone ORDER BY erased_on, customer_reference"
    )
    return [Tombstone(r[0], r[1], r[2], tuple(json.loads(r[3]))) for r in rows]


# -- erasure ------------------------------------------------------------------------------


def erase(registry: Registry, customer_id: int, request_id: int) -> dict[str, Any]:
    """Carry out an open erasure request of this customer (call inside a transaction).

    Completes the request and returns the erasure certificate (schema
    ``registre-erasure/1``): field codes erased and kept (never values), why and
    until when each kept field stays, the recipients to inform (Art. 19).
    """
    registry.require(permissions.ERASE)
    requests = registry.requests
    request = requests.require_open(request_id, "erasure", customer_id)
    record = registry.customers.get(customer_id)
    today = requests.today()
    registry.conn.execute(
        "INSERT INTO erasure_tombstone (customer_reference, request_reference, erased_on, "
        "kept_fields) VALUES (?, ?, ?, '[]') ON CONFLICT (customer_reference) DO UPDATE SET "
        "request_reference = excluded.request_reference, erased_on = excluded.erased_on, "
        "kept_fields = '[]'",
        (record.reference, request.reference, today.isoformat()),
    )
    done = _erase(registry, customer_id, today, keep_at_most=None)
    registry.conn.execute(
        "UPDATE erasure_tombstone SET kept_fields = ? WHERE customer_reference = ?",
        (json.dumps([k["field"] for k in done.kept]), record.reference),
    )
    registry.audit(
        "customer_erased",
        "customer",
        record.reference,
        request=request.reference,
        erased=done.erased_fields,
        kept=[k["field"] for k in done.kept],
        fully_erased=done.fully_erased,
    )
    completed = requests.complete(request_id, today)
    return {
        "schema": CERTIFICATE_SCHEMA,
        "business": registry.business.get().as_dict(),
        "request": {
            "reference": completed.reference,
            "type": completed.type,
            "received_on": completed.received_on.isoformat(),
            "due_on": completed.due_on.isoformat(),
            "completed_on": today.isoformat(),
        },
        "customer_reference": record.reference,
        "erased": [{"field": code} for code in done.erased_fields],
        "erased_consent_events": done.consent_events,
        "kept": done.kept,
        "recipients_to_inform": done.recipients,
        "completed_on": today.isoformat(),
        "fully_erased": done.fully_erased,
    }


def _retention_end(purpose: Purpose, collected_at: str, today: date) -> date:
    """Until when a legal obligation keeps a field: from collection, or (invoices: from the
    document date, at most today) from today."""
    start = today
    if purpose.retention_from == "collection" and collected_at:
        start = date.fromisoformat(collected_at[:10])
    return deadlines.add_months(start, purpose.retention_months)


def _erase(
    registry: Registry, customer_id: int, today: date, keep_at_most: set[str] | None
) -> _Erased:
    """Erase one customer's data; the tombstone must already exist (it unlocks the ledger)."""
    conn = registry.conn
    record = registry.customers.get(customer_id)
    active = registry.customers.active_purposes(customer_id)
    legal = [p for p in active if p.legal_basis == "legal_obligation"]

    kept: dict[str, tuple[Purpose, date]] = {}
    for purpose in legal:
        for code in sorted(purpose.allowed_fields & record.fields.keys()):
            if keep_at_most is not None and code not in keep_at_most:
                continue
            until = _retention_end(purpose, record.collected_at.get(code, ""), today)
            if code not in kept or until > kept[code][1]:
                kept[code] = (purpose, until)
    keeping = {p.code for p, _ in kept.values()}
    events = int(
        conn.execute(
            "SELECT count(*) FROM consent_event WHERE customer_id = ?", (customer_id,)
        ).fetchone()[0]
    )
    recipients: list[dict[str, str]] = []
    for purpose in active:
        if purpose.code in keeping:
            continue
        for recipient in purpose.recipients:
            if recipient not in recipients:
                recipients.append(dict(recipient))

    if kept:
        conn.execute("DELETE FROM consent_event WHERE customer_id = ?", (customer_id,))
        marks = ",".join("?" * len(keeping))
        conn.execute(
            f"DELETE FROM customer_purpose WHERE customer_id = ? AND purpose_code NOT IN ({marks})",
            (customer_id, *sorted(keeping)),
        )
        field_marks = ",".join("?" * len(kept))
        conn.execute(
            f"DELETE FROM customer_field WHERE customer_id = ? AND field NOT IN ({field_marks})",
            (customer_id, *sorted(kept)),
        )
        values = {code: value for code, value in record.fields.items() if code in kept}
        conn.execute(
            "UPDATE customer SET sort_key = ?, updated_at = ?, restricted_on = "
            "coalesce(restricted_on, ?), restriction_reason = ? WHERE id = ?",
            (
                search.sort_key(values),
                registry.now(),
                today.isoformat(),
                LEGAL_RETENTION,
                customer_id,
            ),
        )
        search.index_customer(conn, customer_id, values)
    else:
        conn.execute("DELETE FROM customer WHERE id = ?", (customer_id,))
        search.unindex_customer(conn, customer_id)
    search.mark_residue(conn)
    search.purge_residue(conn)

    order = list(fields.FIELDS)
    return _Erased(
        erased_fields=sorted(record.fields.keys() - kept.keys(), key=order.index),
        kept=[
            {
                "field": code,
                "purpose": purpose.code,
                "legal_basis": purpose.legal_basis,
                "reason": dict(purpose.names),
                "until": until.isoformat(),
            }
            for code, (purpose, until) in sorted(kept.items(), key=lambda i: order.index(i[0]))
        ],
        consent_events=events,
        recipients=recipients,
        fully_erased=not kept,
    )


# -- after a restore ------------------------------------------------------------------------


def tombstone_file(registry: Registry) -> Path:
    return registry.paths.data_dir / TOMBSTONES_NAME


def _read_file(path: Path) -> dict[str, Tombstone]:
    """The tombstones of ``registre.erasures``; unreadable lines are skipped."""
    found: dict[str, Tombstone] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return found
    for line in lines:
        with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
            item = json.loads(line)
            if "customer_reference" not in item:
                continue
            stone = Tombstone(
                str(item["customer_reference"]),
                str(item["request_reference"]),
                str(item["erased_on"]),
                tuple(str(code) for code in item["kept_fields"]),
            )
            found[stone.customer_reference] = stone
    return found


def save_tombstones(registry: Registry) -> int:
    """Copy the database's tombstones into ``registre.erasures``; returns how many were new.

    The file is written (atomically, private) only when it lacks one.
    """
    path = tombstone_file(registry)
    saved = _read_file(path)
    new = [t for t in tombstones(registry) if saved.get(t.customer_reference) != t]
    if not new:
        return 0
    for stone in new:
        saved[stone.customer_reference] = stone
    lines = [json.dumps({"schema": TOMBSTONE_FILE_SCHEMA})]
    lines += [
        json.dumps(stone.as_dict(), sort_keys=True)
        for stone in sorted(saved.values(), key=lambda t: (t.erased_on, t.customer_reference))
    ]
    write_private_atomic(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return len(new)


def _needs_erasing(registry: Registry, customer_id: int, kept_fields: set[str]) -> bool:
    conn = registry.conn
    if not kept_fields:
        return True  # fully erased: the customer should not exist at all
    present = {
        row[0]
        for row in conn.execute(
            "SELECT field FROM customer_field WHERE customer_id = ?", (customer_id,)
        )
    }
    if present - kept_fields:
        return True
    if conn.execute(
        "SELECT 1 FROM consent_event WHERE customer_id = ? LIMIT 1", (customer_id,)
    ).fetchone():
        return True
    known = registry.purposes.by_code()
    attached = registry.customers.attached_purposes(customer_id)
    if any(known[code].legal_basis != "legal_obligation" for code in attached):
        return True
    return registry.customers.flags(customer_id)[1] != LEGAL_RETENTION


def reapply_tombstones(registry: Registry) -> int:
    """Erase again anyone a tombstone names who has more than the kept fields; idempotent.

    Tombstones found only in ``registre.erasures`` (the database is an older
    backup) are first put back into the database. Returns how many customers were
    erased again. Writes nothing when there is nothing to do.
    """
    conn = registry.conn
    in_db = {t.customer_reference for t in tombstones(registry)}
    missing = [t for ref, t in _read_file(tombstone_file(registry)).items() if ref not in in_db]
    if missing:
        with registry.transaction():
            conn.executemany(
                "INSERT INTO erasure_tombstone (customer_reference, request_reference, "
                "erased_on, kept_fields) VALUES (?, ?, ?, ?)",
                [
                    (
                        t.customer_reference,
                        t.request_reference,
                        t.erased_on,
                        json.dumps(list(t.kept_fields)),
                    )
                    for t in missing
                ],
            )
    rows = list(
        conn.execute(
            "SELECT c.id, t.request_reference, t.erased_on, t.kept_fields, c.reference "
            "FROM erasure_tombstone t JOIN customer c ON c.reference = t.customer_reference "
            "ORDER BY c.id"
        )
    )
    erased = 0
    for customer_id, request_reference, erased_on, kept_json, reference in rows:
        kept_fields = set(json.loads(kept_json))
        if not _needs_erasing(registry, customer_id, kept_fields):
            continue
        with registry.transaction():
            _erase(registry, customer_id, registry.requests.today(), keep_at_most=kept_fields)
            conn.execute(
                "UPDATE request SET status = 'completed', completed_on = ? "
                "WHERE reference = ? AND status = 'open' AND type = 'erasure'",
                (erased_on, request_reference),
            )
            registry.audit(
                "erasure_reapplied",
                "customer",
                reference,
                request=request_reference,
                kept=sorted(kept_fields),
            )
        erased += 1
    save_tombstones(registry)
    return erased
