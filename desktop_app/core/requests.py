"""The register of data-subject requests (GDPR Art. 12(3)-(6), 15-21).

A request is received on a date, through a channel, from a customer whose
identity was checked in a recorded way (a document seen, never copied). It must
be answered by its due date: one month after receipt, extendable once or twice
up to two more months with a reason and a letter to the customer (the rule is
``deadlines.due_date``). It ends completed or refused; a refusal keeps its
reason (the letter tells the customer about the right to complain).

References such as ``R-2026-0007`` number requests within the year of receipt.
The register holds no personal data: the customer is named by id (set to NULL
when the customer is erased) and by the random customer reference.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from . import deadlines, permissions
from .consent import CHANNELS
from .errors import NotFoundError, RequestError, ValidationError

TYPES = ("access", "rectification", "erasure", "restriction", "objection", "portability")
TYPE_LABELS: dict[str, dict[str, str]] = {
    "access": {"fr": "Accès (art. 15)", "en": "Access (Art. 15)"},
    "rectification": {"fr": "Rectification (art. 16)", "en": "Rectification (Art. 16)"},
    "erasure": {"fr": "Effacement (art. 17)", "en": "Erasure (Art. 17)"},
    "restriction": {"fr": "Limitation (art. 18)", "en": "Restriction (Art. 18)"},
    "objection": {"fr": "Opposition (art. 21)", "en": "Objection (Art. 21)"},
    "portability": {"fr": "Portabilité (art. 20)", "en": "Portability (Art. 20)"},
}
IDENTITY_CHECKS = (
    "id_card_seen",
    "passport_seen",
    "known_customer",
    "email_from_known_address",
    "other",
)
IDENTITY_CHECK_LABELS: dict[str, dict[str, str]] = {
    "id_card_seen": {"fr": "Carte d'identité vue (non copiée)", "en": "ID card seen (not copied)"},
    "passport_seen": {"fr": "Passeport vu (non copié)", "en": "Passport seen (not copied)"},
    "known_customer": {"fr": "Client connu du personnel", "en": "Customer known to the staff"},
    "email_from_known_address": {
        "fr": "E-mail venant de l'adresse connue",
        "en": "E-mail from the known address",
    },
    "other": {"fr": "Autre", "en": "Other"},
}
STATUSES = ("open", "completed", "refused")
FILTERS = ("all", "open", "due_soon", "overdue")
DUE_SOON_DAYS = 7

_COLUMNS = (
    "id, reference, customer_id, customer_reference, type, received_on, channel, "
    "identity_check, due_on, extension_months, extension_reason, extension_letter_on, "
    "status, completed_on, refusal_reason, staff_id, created_at"
)


@dataclass(frozen=True)
class Request:
    id: int
    reference: str
    customer_id: int | None
    customer_reference: str
    type: str
    received_on: date
    channel: str
    identity_check: str
    due_on: date
    extension_months: int
    extension_reason: str | None
    extension_letter_on: date | None
    status: str
    completed_on: date | None
    refusal_reason: str | None
    staff_id: int | None
    created_at: str

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def urgency(self, today: date) -> str:
        """'closed', 'overdue' (past its due date), 'due_soon' (within 7 days) or 'on_time'."""
        if not self.is_open:
            return "closed"
        if today > self.due_on:
            return "overdue"
        if self.due_on <= today + timedelta(days=DUE_SOON_DAYS):
            return "due_soon"
        return "on_time"

    def as_dict(self) -> dict[str, Any]:
        """The request as JSON-ready data (the shape the access statement receives)."""
        return {
            "id": self.id,
            "reference": self.reference,
            "customer_id": self.customer_id,
            "customer_reference": self.customer_reference,
            "type": self.type,
            "received_on": self.received_on.isoformat(),
            "channel": self.channel,
            "identity_check": self.identity_check,
            "due_on": self.due_on.isoformat(),
            "due_date": self.due_on.isoformat(),
            "extension_months": self.extension_months,
            "extension_reason": self.extension_reason,
            "extension_letter_on": _iso(self.extension_letter_on),
            "status": self.status,
            "completed_on": _iso(self.completed_on),
            "refusal_reason": self.refusal_reason,
            "staff_id": self.staff_id,
            "created_at": self.created_at,
        }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _from_row(row: Any) -> Request:
    return Request(
        id=row[0],
        reference=row[1],
        customer_id=row[2],
        customer_reference=row[3],
        type=row[4],
        received_on=date.fromisoformat(row[5]),
        channel=row[6],
        identity_check=row[7],
        due_on=date.fromisoformat(row[8]),
        extension_months=row[9],
        extension_reason=row[10],
        extension_letter_on=_day(row[11]),
        status=row[12],
        completed_on=_day(row[13]),
        refusal_reason=row[14],
        staff_id=row[15],
        created_at=row[16],
    )


def parse_date(text: str) -> date:
    """An ISO date typed by a person (YYYY-MM-DD), or a ValidationError."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("date_invalid", text=text) from None


def today_from(now: Callable[[], str]) -> date:
    """The local calendar day of the registry's clock (an ISO timestamp)."""
    return datetime.fromisoformat(now()).astimezone().date()


class RequestRegister:
    """The requests of one open registry. Changes are made inside a transaction."""

    def __init__(
        self,
        conn: Any,
        now: Callable[[], str],
        staff_id: Callable[[], int],
        country: Callable[[], str] = lambda: "FR",
        audit: Callable[..., None] | None = None,
        require: Callable[[str], None] = lambda _action: None,
    ) -> None:
        self._require = require  # raises unless the person unlocked may take the action
        self._audit = audit
        self._conn = conn
        self._now = now
        self._staff_id = staff_id
        self._country = country

    def today(self) -> date:
        return today_from(self._now)

    def due_date(self, received: date, extension_months: int = 0) -> date:
        """``deadlines.due_date`` with the business's country's public holidays (else France's)."""
        try:
            return deadlines.due_date(received, extension_months, self._country() or "FR")
        except NotImplementedError:  # a country the holidays package does not know
            return deadlines.due_date(received, extension_months, "FR")

    # -- reading ---------------------------------------------------------------

    def get(self, request_id: int) -> Request:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM request WHERE id = ?", (request_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("request_not_found", ref=request_id)
        return _from_row(row)

    def by_reference(self, reference: str) -> Request:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM request WHERE reference = ?", (reference.strip().upper(),)
        ).fetchone()
        if row is None:
            raise NotFoundError("request_not_found", ref=reference)
        return _from_row(row)

    def find(
        self, which: str = "all", today: date | None = None, customer_id: int | None = None
    ) -> list[Request]:
        """Requests by due date: 'all', 'open', 'due_soon' (open, due today or within
        the next 7 days) or 'overdue' (open, past the due date)."""
        if which not in FILTERS:
            raise ValueError(f"unknown filter {which!r}; use one of {FILTERS}")
        today = today or self.today()
        where: list[str] = []
        params: list[Any] = []
        if which != "all":
            where.append("status = 'open'")
        if which == "due_soon":
            where.append("due_on BETWEEN ? AND ?")
            params += [today.isoformat(), (today + timedelta(days=DUE_SOON_DAYS)).isoformat()]
        elif which == "overdue":
            where.append("due_on < ?")
            params.append(today.isoformat())
        if customer_id is not None:
            where.append("customer_id = ?")
            params.append(customer_id)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM request{clause} ORDER BY due_on, id", params
        )
        return [_from_row(row) for row in rows]

    def for_customer(self, customer_id: int) -> list[Request]:
        """Every request of one customer, by due date (the access statement lists them)."""
        return self.find("all", customer_id=customer_id)

    # -- changes ----------------------------------------------------------------

    def open(
        self,
        customer_id: int,
        type: str,
        *,
        received_on: date | None = None,
        channel: str = "in_store",
        identity_check: str = "known_customer",
    ) -> Request:
        """Record a request received from an existing customer; its due date is computed."""
        if type not in TYPES:
            raise ValidationError("request_type_unknown", field="type", type=type)
        if channel not in CHANNELS:
            raise ValidationError("channel_unknown", field="channel", channel=channel)
        if identity_check not in IDENTITY_CHECKS:
            raise ValidationError(
                "identity_check_unknown", field="identity_check", check=identity_check
            )
        row = self._conn.execute(
            "SELECT reference FROM customer WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("customer_not_found", id=customer_id)
        today = self.today()
        received = received_on or today
        if received > today:
            raise ValidationError(
                "request_received_future", field="received_on", date=received.isoformat()
            )
        cursor = self._conn.execute(
            "INSERT INTO request (reference, customer_id, customer_reference, type, received_on, "
            "channel, identity_check, due_on, staff_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self._next_reference(received.year),
                customer_id,
                row[0],
                type,
                received.isoformat(),
                channel,
                identity_check,
                self.due_date(received).isoformat(),
                self._staff_id() or None,
                self._now(),
            ),
        )
        request = self.get(int(cursor.lastrowid))
        self._record("request_opened", request, type=type, channel=channel)
        return request

    def _record(self, action: str, request: Request, **detail: Any) -> None:
        if self._audit is not None:
            self._audit(
                action, "request", request.reference, customer=request.customer_reference, **detail
            )

    def _next_reference(self, year: int) -> str:
        prefix = f"R-{year}-"
        last = self._conn.execute(
            "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM request WHERE reference LIKE ?",
            (len(prefix) + 1, prefix + "%"),
        ).fetchone()[0]
        return f"{prefix}{(last or 0) + 1:04d}"

    def require_open(
        self, request_id: int, expected_type: str | None = None, customer_id: int | None = None
    ) -> Request:
        """The request, checked to be open (and of this type, for this customer)."""
        request = self.get(request_id)
        if not request.is_open:
            raise RequestError("request_closed", ref=request.reference, status=request.status)
        if expected_type is not None and request.type != expected_type:
            raise RequestError(
                "request_wrong_type",
                ref=request.reference,
                type=request.type,
                expected=expected_type,
            )
        if customer_id is not None and request.customer_id != customer_id:
            raise RequestError("request_wrong_customer", ref=request.reference)
        return request

    def extend(
        self, request_id: int, months: int, reason: str, letter_on: date | None = None
    ) -> Request:
        """Extend the deadline to ``months`` (1 or 2) more months in total (Art. 12(3)).

        The reason is required, and the letter telling the customer must be sent
        within the first month: ``letter_on`` (default today) must not be after
        the original due date.
        """
        self._require(permissions.DECIDE_REQUESTS)
        request = self.require_open(request_id)
        if months not in (1, 2) or months < request.extension_months:
            raise ValidationError(
                "extension_months", field="extension_months", current=request.extension_months
            )
        if not reason or not reason.strip():
            raise ValidationError("extension_reason_needed", field="extension_reason")
        letter = letter_on or self.today()
        first_due = self.due_date(request.received_on)
        if letter > first_due:
            raise RequestError("extension_too_late", due=first_due.isoformat())
        self._conn.execute(
            "UPDATE request SET extension_months = ?, extension_reason = ?, "
            "extension_letter_on = ?, due_on = ? WHERE id = ?",
            (
                months,
                reason.strip(),
                letter.isoformat(),
                self.due_date(request.received_on, months).isoformat(),
                request_id,
            ),
        )
        extended = self.get(request_id)
        self._record("request_extended", extended, type=extended.type, months=months)
        return extended

    def complete(self, request_id: int, completed_on: date | None = None) -> Request:
        self.require_open(request_id)
        self._conn.execute(
            "UPDATE request SET status = 'completed', completed_on = ? WHERE id = ?",
            ((completed_on or self.today()).isoformat(), request_id),
        )
        completed = self.get(request_id)
        self._record("request_completed", completed, type=completed.type)
        return completed

    def refuse(self, request_id: int, reason: str, refused_on: date | None = None) -> Request:
        """Close a request with a refusal; the reason is required (Art. 12(4))."""
        self._require(permissions.DECIDE_REQUESTS)
        self.require_open(request_id)
        if not reason or not reason.strip():
            raise ValidationError("refusal_reason_needed", field="refusal_reason")
        self._conn.execute(
            "UPDATE request SET status = 'refused', completed_on = ?, refusal_reason = ? "
            "WHERE id = ?",
            ((refused_on or self.today()).isoformat(), reason.strip(), request_id),
        )
        refused = self.get(request_id)
        self._record("request_refused", refused, type=refused.type)
        return refused
