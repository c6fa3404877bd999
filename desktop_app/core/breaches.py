"""The breach register (GDPR Art. 33 and 34): every personal data breach, with its 72-hour clock.

Art. 33(1): the controller notifies the supervisory authority (the CNIL in France)
without undue delay and, where feasible, within 72 hours of becoming aware of the
breach; a later notification gives the reasons for the delay. Art. 33(5): every breach
is documented, notified or not. The clock starts at ``discovered_at``.

A breach holds no customer personal data: the data concerned is named by field
category codes (``fields.CATEGORY_LABELS``) and approximate counts, pre-filled from
the registry (:meth:`BreachRegister.estimates`, computed in SQL).

``encrypted`` records the user's statement that the data concerned was unintelligible
to anyone not authorised to see it (Art. 34(3)(a): then the people need not be told).
The registry is encrypted at rest (SQLCipher), so for a lost or stolen computer or
disk whose key (passphrase, recovery code) was not compromised the answer is yes,
and it is the default; it is nevertheless the user's statement, always recorded
explicitly, and must be set to False when the data left the registry in clear (an
exported PDF or CSV, a screen seen, a key disclosed).

Changes are made inside the caller's transaction, each with an audit entry (target
type ``registry``, target the breach reference, details as codes and counts only).
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import fields, permissions
from .errors import NotFoundError, ValidationError

NATURES = ("confidentiality", "integrity", "availability")
NATURE_LABELS: dict[str, dict[str, str]] = {
    "confidentiality": {
        "fr": "Atteinte à la confidentialité (données divulguées ou consultées sans droit)",
        "en": "Confidentiality breach (data disclosed or accessed without authority)",
    },
    "integrity": {
        "fr": "Atteinte à l'intégrité (données modifiées sans droit)",
        "en": "Integrity breach (data altered without authority)",
    },
    "availability": {
        "fr": "Atteinte à la disponibilité (données perdues ou détruites)",
        "en": "Availability breach (data lost or destroyed)",
    },
}
NOTIFICATION_DELAY = timedelta(hours=72)  # Art. 33(1)

_COLUMNS = (
    "id, reference, occurred_on, occurred_until, discovered_at, nature, description, "
    "data_categories, people_count_estimate, records_count_estimate, encrypted, "
    "likely_consequences, measures_taken, measures_proposed, notified_authority_at, "
    "notified_people_at, not_notified_reason, created_at, staff_id"
)


def parse_moment(text: str) -> datetime:
    """A date-time typed by a person ('YYYY-MM-DD HH:MM', local time unless an offset is
    given), as an aware datetime; or a ValidationError."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("datetime_invalid", text=text) from None
    return moment.astimezone() if moment.tzinfo is None else moment


def _aware(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is None else moment


def _iso(moment: datetime) -> str:
    """Stored and exported in UTC, so that the text order is the time order."""
    return _aware(moment).astimezone(UTC).isoformat(timespec="seconds")


def deadline(discovered_at: datetime) -> datetime:
    """When the authority must have been notified: discovery plus 72 hours (Art. 33(1))."""
    return _aware(discovered_at) + NOTIFICATION_DELAY


def hours_left(discovered_at: datetime, now: datetime) -> float:
    """Hours until the deadline (negative once it has passed), to a tenth of an hour."""
    return round((deadline(discovered_at) - _aware(now)).total_seconds() / 3600, 1)


@dataclass(frozen=True)
class Breach:
    id: int
    reference: str
    occurred_on: date
    occurred_until: date | None
    discovered_at: datetime
    nature: tuple[str, ...]
    description: str
    data_categories: tuple[str, ...]
    people_count_estimate: int
    records_count_estimate: int
    encrypted: bool
    likely_consequences: str
    measures_taken: str
    measures_proposed: str
    notified_authority_at: datetime | None
    notified_people_at: datetime | None
    not_notified_reason: str
    created_at: str
    staff_id: int | None

    @property
    def deadline(self) -> datetime:
        return deadline(self.discovered_at)

    def hours_left(self, now: datetime) -> float:
        return hours_left(self.discovered_at, now)

    def overdue(self, now: datetime) -> bool:
        """Not yet notified and the 72 hours are over."""
        return self.notified_authority_at is None and _aware(now) > self.deadline

    def notified_late(self) -> bool:
        """Notified after the 72 hours: the notification must give the reasons (Art. 33(1))."""
        return self.notified_authority_at is not None and self.notified_authority_at > self.deadline

    def late(self, now: datetime) -> bool:
        return self.overdue(now) or self.notified_late()

    def as_dict(self, now: datetime | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "reference": self.reference,
            "occurred_on": self.occurred_on.isoformat(),
            "occurred_until": self.occurred_until.isoformat() if self.occurred_until else None,
            "discovered_at": _iso(self.discovered_at),
            "nature": list(self.nature),
            "description": self.description,
            "data_categories": list(self.data_categories),
            "people_count_estimate": self.people_count_estimate,
            "records_count_estimate": self.records_count_estimate,
            "encrypted": self.encrypted,
            "likely_consequences": self.likely_consequences,
            "measures_taken": self.measures_taken,
            "measures_proposed": self.measures_proposed,
            "notified_authority_at": (
                _iso(self.notified_authority_at) if self.notified_authority_at else None
            ),
            "notified_people_at": (
                _iso(self.notified_people_at) if self.notified_people_at else None
            ),
            "not_notified_reason": self.not_notified_reason,
            "created_at": self.created_at,
            "deadline": _iso(self.deadline),
            "notified_late": self.notified_late(),
        }
        if now is not None:
            data["hours_left"] = self.hours_left(now)
            data["overdue"] = self.overdue(now)
            data["late"] = self.late(now)
        return data


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _from_row(row: Any) -> Breach:
    return Breach(
        id=int(row[0]),
        reference=str(row[1]),
        occurred_on=date.fromisoformat(row[2]),
        occurred_until=date.fromisoformat(row[3]) if row[3] else None,
        discovered_at=datetime.fromisoformat(row[4]),
        nature=tuple(json.loads(row[5])),
        description=str(row[6]),
        data_categories=tuple(json.loads(row[7])),
        people_count_estimate=int(row[8]),
        records_count_estimate=int(row[9]),
        encrypted=bool(row[10]),
        likely_consequences=str(row[11]),
        measures_taken=str(row[12]),
        measures_proposed=str(row[13]),
        notified_authority_at=_moment(row[14]),
        notified_people_at=_moment(row[15]),
        not_notified_reason=str(row[16]),
        created_at=str(row[17]),
        staff_id=row[18],
    )


@dataclass(frozen=True)
class Estimates:
    """What a breach of the whole registry would concern, counted in the database."""

    people: int  # customers
    records: int  # stored field values
    categories: tuple[str, ...]  # field category codes present, in CATEGORY_LABELS order


class BreachRegister:
    """The breaches of one open registry. Changes are made inside a transaction."""

    def __init__(
        self,
        conn: Any,
        now: Callable[[], str],
        staff_id: Callable[[], int],
        audit: Callable[..., None] | None = None,
        require: Callable[[str], None] = lambda _action: None,
    ) -> None:
        self._require = require  # raises unless the person unlocked may take the action
        self._conn = conn
        self._now = now
        self._staff_id = staff_id
        self._audit = audit

    def now(self) -> datetime:
        return datetime.fromisoformat(self._now())

    # -- reading ---------------------------------------------------------------

    def estimates(self) -> Estimates:
        """Customers, stored field values and the field categories present, in SQL."""
        self._require(permissions.BREACHES)
        people = int(self._conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0])
        records = int(self._conn.execute("SELECT COUNT(*) FROM customer_field").fetchone()[0])
        pairs = [(code, spec.category) for code, spec in fields.FIELDS.items()]
        values = ", ".join("(?, ?)" for _ in pairs)
        rows = self._conn.execute(
            f"WITH category(field, code) AS (VALUES {values}) "
            "SELECT DISTINCT category.code FROM customer_field "
            "JOIN category ON category.field = customer_field.field",
            [item for pair in pairs for item in pair],
        ).fetchall()
        present = {str(row[0]) for row in rows}
        return Estimates(
            people, records, tuple(code for code in fields.CATEGORY_LABELS if code in present)
        )

    def get(self, breach_id: int) -> Breach:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM breach WHERE id = ?", (breach_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("breach_not_found", ref=breach_id)
        return _from_row(row)

    def by_reference(self, reference: str) -> Breach:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM breach WHERE reference = ?", (reference.strip(),)
        ).fetchone()
        if row is None:
            raise NotFoundError("breach_not_found", ref=reference)
        return _from_row(row)

    # -- changes (inside a transaction) ----------------------------------------

    def record(
        self,
        *,
        discovered_at: datetime,
        nature: Sequence[str],
        description: str,
        encrypted: bool = True,
        occurred_on: date | None = None,
        occurred_until: date | None = None,
        data_categories: Sequence[str] | None = None,
        people_count_estimate: int | None = None,
        records_count_estimate: int | None = None,
        likely_consequences: str = "",
        measures_taken: str = "",
        measures_proposed: str = "",
        not_notified_reason: str = "",
    ) -> Breach:
        """Record a breach; its 72-hour clock runs from ``discovered_at``.

        Categories and counts left out are pre-filled from :meth:`estimates` (the whole
        registry: correct them when only part of it was concerned). ``encrypted`` is the
        user's statement (see the module docstring): True, the default, fits a lost or
        stolen device whose key was not compromised.
        """
        self._require(permissions.BREACHES)
        natures = list(dict.fromkeys(code.strip() for code in nature))
        if not natures:
            raise ValidationError("breach_nature_needed")
        for code in natures:
            if code not in NATURES:
                raise ValidationError("breach_nature_unknown", code=code)
        if not description.strip():
            raise ValidationError("breach_description_needed")
        discovered = _aware(discovered_at)
        if discovered > self.now():
            raise ValidationError("breach_discovered_future", date=_iso(discovered))
        occurred = occurred_on or discovered.date()
        if occurred > discovered.date():
            raise ValidationError("breach_occurred_after_discovery")
        if occurred_until is not None and occurred_until < occurred:
            raise ValidationError("breach_period_invalid")
        found = self.estimates()
        categories = list(data_categories) if data_categories is not None else found.categories
        for code in categories:
            if code not in fields.CATEGORY_LABELS:
                raise ValidationError("breach_category_unknown", code=code)
        people = found.people if people_count_estimate is None else people_count_estimate
        records = found.records if records_count_estimate is None else records_count_estimate
        if people < 0 or records < 0:
            raise ValidationError("breach_count_negative")
        created = self._now()
        reference = self._next_reference(datetime.fromisoformat(created).year)
        cursor = self._conn.execute(
            f"INSERT INTO breach ({_COLUMNS.partition(', ')[2]}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)",
            (
                reference,
                occurred.isoformat(),
                occurred_until.isoformat() if occurred_until else None,
                _iso(discovered),
                json.dumps(natures),
                description.strip(),
                json.dumps(list(dict.fromkeys(categories))),
                int(people),
                int(records),
                1 if encrypted else 0,
                likely_consequences.strip(),
                measures_taken.strip(),
                measures_proposed.strip(),
                not_notified_reason.strip(),
                created,
                self._staff_id() or None,
            ),
        )
        if self._audit is not None:
            self._audit(
                "breach_recorded",
                "registry",
                reference,
                nature=natures,
                categories=list(dict.fromkeys(categories)),
                people=int(people),
                records=int(records),
                encrypted=bool(encrypted),
            )
        return self.get(int(cursor.lastrowid))

    def notify_authority(self, breach_id: int, at: datetime | None = None) -> Breach:
        """Record when the authority was notified (default: now)."""
        self._require(permissions.BREACHES)
        breach = self.get(breach_id)
        moment = _aware(at) if at is not None else self.now()
        if moment < breach.discovered_at:
            raise ValidationError("breach_notified_before_discovery")
        if moment > self.now():
            raise ValidationError("breach_notified_future", date=_iso(moment))
        self._conn.execute(
            "UPDATE breach SET notified_authority_at = ? WHERE id = ?", (_iso(moment), breach_id)
        )
        changed = self.get(breach_id)
        if self._audit is not None:
            self._audit(
                "breach_authority_notified",
                "registry",
                breach.reference,
                late=changed.notified_late(),
            )
        return changed

    def notify_people(self, breach_id: int, at: datetime | None = None) -> Breach:
        """Record when the people concerned were told (Art. 34)."""
        self._require(permissions.BREACHES)
        breach = self.get(breach_id)
        moment = _aware(at) if at is not None else self.now()
        if moment < breach.discovered_at:
            raise ValidationError("breach_notified_before_discovery")
        self._conn.execute(
            "UPDATE breach SET notified_people_at = ? WHERE id = ?", (_iso(moment), breach_id)
        )
        if self._audit is not None:
            self._audit("breach_people_notified", "registry", breach.reference)
        return self.get(breach_id)

    def _next_reference(self, year: int) -> str:
        prefix = f"B-{year}-"
        row = self._conn.execute(
            "SELECT MAX(CAST(substr(reference, 8) AS INTEGER)) FROM breach WHERE reference LIKE ?",
            (prefix + "%",),
        ).fetchone()
        return f"{prefix}{int(row[0] or 0) + 1:04d}"

    def list(self) -> builtins.list[Breach]:
        """Every breach, newest discovery first (the Art. 33(5) register)."""
        self._require(permissions.BREACHES)
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM breach ORDER BY discovered_at DESC, id DESC"
        )
        return [_from_row(row) for row in rows]
