"""Customers: capture, edit, show, list and search, under the minimisation guard.

The guard (GDPR Art. 5(1)(c)) lives here: a field is stored only when a purpose
the customer is attached to (a non-consent purpose) or has consented to requires
or allows it. Consent purposes are never required to save a customer (Art. 7(4)).
Whenever a purpose goes away (consent withdrawn, purpose detached), the fields no
remaining purpose justifies are erased in the same transaction.
"""

from __future__ import annotations

import secrets as pyrandom
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import consent, fields, permissions, search
from .errors import (
    MinimisationError,
    NotFoundError,
    ObjectionError,
    RegistreError,
    RestrictedError,
    ValidationError,
)
from .purposes import Purpose, PurposeCatalogue
from .secrets import RECOVERY_ALPHABET


@dataclass
class CustomerDraft:
    """What a form or an import line asks to store, before checks."""

    fields: dict[str, str]
    purposes: list[str] = field(default_factory=list)
    consents: list[str] = field(default_factory=list)


@dataclass
class PreparedCustomer:
    """A draft that passed every check: cleaned values, known purposes."""

    fields: dict[str, str]
    purposes: list[Purpose]
    consents: list[Purpose]


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    reference: str
    created_at: str
    updated_at: str
    fields: dict[str, str]
    collected_at: dict[str, str]
    purposes: list[str]
    consents: dict[str, str]
    consent_history: list[consent.ConsentEvent]
    restricted_on: str | None = None  # Art. 18: storage only since this date
    restriction_reason: str | None = None
    objected_on: str | None = None  # Art. 21: no direct marketing since this date

    @property
    def display_name(self) -> str:
        return display_name(self.fields)

    @property
    def restricted(self) -> bool:
        return self.restricted_on is not None

    def as_dict(self) -> dict[str, Any]:
        by_purpose: dict[str, list[dict[str, Any]]] = {}
        for event in self.consent_history:
            by_purpose.setdefault(event.purpose_code, []).append(event.as_dict())
        return {
            "id": self.id,
            "reference": self.reference,
            "display_name": self.display_name,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "fields": dict(self.fields),
            "collected_at": dict(self.collected_at),
            "purposes": list(self.purposes),
            "consents": [
                {
                    "purpose": code,
                    "state": state,
                    "wording_version": by_purpose[code][-1]["wording_version"],
                    "history": by_purpose[code],
                }
                for code, state in sorted(self.consents.items())
            ],
            "restriction": (
                {"since": self.restricted_on, "reason": self.restriction_reason}
                if self.restricted_on
                else None
            ),
            "objected_to_marketing_on": self.objected_on,
        }


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    reference: str
    fields: dict[str, str]

    @property
    def display_name(self) -> str:
        return display_name(self.fields)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reference": self.reference,
            "display_name": self.display_name,
            "fields": dict(self.fields),
        }


PAGE_ORDERS = ("name", "reference")


def display_name(values: Mapping[str, str]) -> str:
    name = " ".join(values[f] for f in ("first_name", "last_name") if values.get(f))
    return name or values.get("email") or values.get("phone") or "—"


def new_reference() -> str:
    """A random customer reference such as 'C-7K3M-9Q2X-AB4D' (60 bits; no personal data)."""
    bits = pyrandom.randbits(60)
    raw = "".join(RECOVERY_ALPHABET[(bits >> (5 * i)) & 31] for i in range(12))
    return f"C-{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class CustomerService:
    def __init__(
        self,
        conn: Any,
        now: Callable[[], str],
        catalogue: PurposeCatalogue,
        staff_id: Callable[[], int],
        audit: Callable[..., None] | None = None,
        require: Callable[[str], None] = lambda _action: None,
    ) -> None:
        self._authorize = require  # raises unless the person unlocked may take the action
        self._audit_fn = audit
        self._conn = conn
        self._now = now
        self._catalogue = catalogue
        self._staff_id = staff_id

    # -- checks --------------------------------------------------------------

    def prepare(
        self, draft: CustomerDraft, catalogue: Mapping[str, Purpose] | None = None
    ) -> PreparedCustomer:
        """Check a new customer completely, writing nothing."""
        known = catalogue if catalogue is not None else self._catalogue.by_code()
        attached = [self._purpose(known, code, consent_based=False) for code in draft.purposes]
        consented = [self._purpose(known, code, consent_based=True) for code in draft.consents]
        if not attached and not consented:
            raise ValidationError("customer_needs_purpose", field="purposes")
        cleaned = self._clean_fields(draft.fields, attached + consented)
        if not cleaned:
            raise ValidationError("customer_needs_data", field="fields")
        for purpose in attached + consented:
            self._require(purpose, cleaned)
        return PreparedCustomer(cleaned, _unique(attached), _unique(consented))

    def _purpose(self, known: Mapping[str, Purpose], code: str, consent_based: bool) -> Purpose:
        purpose = known.get(code)
        if purpose is None or not purpose.active:
            raise ValidationError("purpose_unknown", field="purposes", code=code)
        if purpose.is_consent and not consent_based:
            raise ValidationError("purpose_is_consent", field="purposes", code=code)
        if consent_based and not purpose.is_consent:
            raise ValidationError("purpose_not_consent", field="consents", code=code)
        return purpose

    @staticmethod
    def _clean_fields(raw: Mapping[str, str], purposes: Sequence[Purpose]) -> dict[str, str]:
        allowed: set[str] = set()
        for purpose in purposes:
            allowed |= purpose.allowed_fields
        cleaned: dict[str, str] = {}
        for code, value in raw.items():
            fields.spec(code)
            if value is None or value.strip() == "":
                continue
            if code not in allowed:
                raise MinimisationError("field_not_justified", field=code)
            cleaned[code] = fields.clean(code, value)
        return cleaned

    @staticmethod
    def _require(purpose: Purpose, values: Mapping[str, str]) -> None:
        for code in purpose.required_fields:
            if not values.get(code):
                raise ValidationError("field_required", field=code, purpose=purpose.names)

    # -- capture ---------------------------------------------------------------

    def add(
        self,
        draft: CustomerDraft,
        channel: str = "in_store",
        signature: bytes | None = None,
    ) -> int:
        """Check and store a new customer (call inside a transaction); returns its id."""
        _check_channel(channel)
        prepared = self.prepare(draft)
        ids, references = self._insert(
            [prepared], channel, {p.code: signature for p in prepared.consents}
        )
        self._audit(
            "customer_created",
            references[0],
            fields=sorted(prepared.fields),
            purposes=[p.code for p in prepared.purposes],
            consents=[p.code for p in prepared.consents],
            channel=channel,
        )
        return ids[0]

    def insert_prepared(self, batch: Sequence[PreparedCustomer], channel: str) -> list[int]:
        """Store customers already checked by prepare() (bulk import; inside a transaction).

        One audit entry for the whole batch ('customers_imported', with the count),
        not one per customer, so that a large import stays fast.
        """
        _check_channel(channel)
        ids, _ = self._insert(batch, channel, {})
        if ids and self._audit_fn is not None:
            self._audit_fn(
                "customers_imported", "registry", "registry", count=len(ids), channel=channel
            )
        return ids

    def _audit(self, action: str, reference: str, **detail: Any) -> None:
        if self._audit_fn is not None:
            self._audit_fn(action, "customer", reference, **detail)

    def _insert(
        self,
        batch: Sequence[PreparedCustomer],
        channel: str,
        signatures: Mapping[str, bytes | None],
    ) -> tuple[list[int], list[str]]:
        now = self._now()
        staff_id = self._staff_id()
        # Ids are given here so a batch can be written with executemany; like
        # AUTOINCREMENT, never reuse an id, even one whose customer was erased.
        first_id = int(
            self._conn.execute(
                "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'customer'), 0),"
                " coalesce((SELECT max(id) FROM customer), 0)) + 1"
            ).fetchone()[0]
        )
        ids = list(range(first_id, first_id + len(batch)))
        references = [new_reference() for _ in batch]
        self._conn.executemany(
            "INSERT INTO customer (id, reference, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (cid, ref, search.sort_key(p.fields), now, now)
                for cid, ref, p in zip(ids, references, batch, strict=True)
            ],
        )
        self._conn.executemany(
            "INSERT INTO customer_field (customer_id, field, value, collected_at) "
            "VALUES (?, ?, ?, ?)",
            [
                (cid, code, value, now)
                for cid, p in zip(ids, batch, strict=True)
                for code, value in p.fields.items()
            ],
        )
        self._conn.executemany(
            "INSERT INTO customer_purpose (customer_id, purpose_code, attached_at) "
            "VALUES (?, ?, ?)",
            [
                (cid, purpose.code, now)
                for cid, p in zip(ids, batch, strict=True)
                for purpose in p.purposes
            ],
        )
        self._conn.executemany(
            consent.INSERT_SQL,
            [
                (
                    cid,
                    purpose.code,
                    purpose.wording_version,
                    "granted",
                    channel,
                    staff_id,
                    now,
                    signatures.get(purpose.code),
                )
                for cid, p in zip(ids, batch, strict=True)
                for purpose in p.consents
            ],
        )
        search.index_many(
            self._conn,
            [(cid, search.terms_for(p.fields)) for cid, p in zip(ids, batch, strict=True)],
        )
        return ids, references

    # -- reading ---------------------------------------------------------------

    def exists(self, customer_id: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM customer WHERE id = ?", (customer_id,))
        return row.fetchone() is not None

    def _require_exists(self, customer_id: int) -> tuple[Any, ...]:
        row = self._conn.execute(
            "SELECT reference, created_at, updated_at FROM customer WHERE id = ?", (customer_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError("customer_not_found", id=customer_id)
        return tuple(row)

    def flags(self, customer_id: int) -> tuple[str | None, str | None, str | None]:
        """(restricted_on, restriction_reason, objected_on) of an existing customer."""
        row = self._conn.execute(
            "SELECT restricted_on, restriction_reason, objected_on FROM customer WHERE id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError("customer_not_found", id=customer_id)
        return row[0], row[1], row[2]

    def _refuse_if_restricted(self, customer_id: int) -> None:
        if self.flags(customer_id)[0] is not None:
            raise RestrictedError()

    def get(self, customer_id: int) -> CustomerRecord:
        reference, created_at, updated_at = self._require_exists(customer_id)
        restricted_on, restriction_reason, objected_on = self.flags(customer_id)
        values: dict[str, str] = {}
        collected: dict[str, str] = {}
        for code, value, when in self._conn.execute(
            "SELECT field, value, collected_at FROM customer_field WHERE customer_id = ?",
            (customer_id,),
        ):
            values[code] = value
            collected[code] = when
        order = list(fields.FIELDS)
        values = dict(sorted(values.items(), key=lambda item: order.index(item[0])))
        return CustomerRecord(
            id=customer_id,
            reference=reference,
            created_at=created_at,
            updated_at=updated_at,
            fields=values,
            collected_at=collected,
            purposes=self.attached_purposes(customer_id),
            consents=consent.states(self._conn, customer_id),
            consent_history=consent.history(self._conn, customer_id),
            restricted_on=restricted_on,
            restriction_reason=restriction_reason,
            objected_on=objected_on,
        )

    def attached_purposes(self, customer_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT purpose_code FROM customer_purpose WHERE customer_id = ? ORDER BY purpose_code",
            (customer_id,),
        )
        return [row[0] for row in rows]

    def active_purposes(self, customer_id: int) -> list[Purpose]:
        """Attached purposes plus those consented to: the ones that justify data."""
        known = self._catalogue.by_code()
        codes = set(self.attached_purposes(customer_id)) | consent.granted(self._conn, customer_id)
        return [known[code] for code in sorted(codes)]

    def audience(self, purpose_code: str) -> list[int]:
        """Ids of the customers ``purpose_code`` may be used for now.

        Consent purposes: the customers whose last consent event for it is a grant;
        other purposes: the customers it is attached to. Restricted customers
        (Art. 18: storage only) are never in an audience, nor, for a direct-marketing
        purpose, customers who objected to it (Art. 21).
        """
        self._authorize(permissions.EXPORT)
        purpose = self._catalogue.get(purpose_code)
        exclude_objecting = " AND c.objected_on IS NULL" if purpose.is_marketing else ""
        if purpose.is_consent:
            sql = (
                "SELECT c.id FROM customer c JOIN consent_event e ON e.id = ("
                " SELECT max(id) FROM consent_event WHERE customer_id = c.id"
                " AND purpose_code = ?) "
                "WHERE e.action = 'granted' AND c.restricted_on IS NULL"
            )
        else:
            sql = (
                "SELECT c.id FROM customer c JOIN customer_purpose p ON p.customer_id = c.id"
                " AND p.purpose_code = ? WHERE c.restricted_on IS NULL"
            )
        rows = self._conn.execute(sql + exclude_objecting + " ORDER BY c.id", (purpose_code,))
        return [row[0] for row in rows]

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM customer").fetchone()[0])

    def find(self, text: str = "", limit: int = 100, offset: int = 0) -> list[CustomerSummary]:
        """Customers by name, or those matching ``text`` (name, e-mail or phone prefixes)."""
        if text.strip():
            ids = search.search_ids(self._conn, text, limit + offset)[offset:]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            rows = list(
                self._conn.execute(
                    f"SELECT id, reference FROM customer WHERE id IN ({marks}) "
                    "ORDER BY sort_key, id",
                    ids,
                )
            )
        else:
            rows = list(
                self._conn.execute(
                    "SELECT id, reference FROM customer ORDER BY sort_key, id LIMIT ? OFFSET ?",
                    (limit, offset),
                )
            )
        return self._summaries(rows)

    def page(
        self, limit: int, offset: int = 0, *, order: str = "name", descending: bool = False
    ) -> list[CustomerSummary]:
        """One window of the whole list, ordered in SQL by an indexed key.

        ``order`` is ``'name'`` (the folded 'last first' sort key) or ``'reference'``;
        both are index scans, so a window costs ``limit`` rows whatever the offset's page.
        """
        if order not in PAGE_ORDERS:
            raise ValueError(f"unknown order {order!r}; use one of {PAGE_ORDERS}")
        direction = "DESC" if descending else "ASC"
        key = "sort_key" if order == "name" else "reference"
        rows = list(
            self._conn.execute(
                f"SELECT id, reference FROM customer ORDER BY {key} {direction}, id {direction} "
                "LIMIT ? OFFSET ?",
                (max(0, limit), max(0, offset)),
            )
        )
        return self._summaries(rows)

    def _summaries(self, rows: Sequence[tuple[int, str]]) -> list[CustomerSummary]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        marks = ",".join("?" * len(ids))
        values: dict[int, dict[str, str]] = {cid: {} for cid in ids}
        for cid, code, value in self._conn.execute(
            f"SELECT customer_id, field, value FROM customer_field WHERE customer_id IN ({marks}) "
            "AND field IN ('last_name', 'first_name', 'email', 'phone')",
            ids,
        ):
            values[cid][code] = value
        return [CustomerSummary(cid, ref, values[cid]) for cid, ref in rows]

    # -- changes -----------------------------------------------------------------

    def edit(
        self,
        customer_id: int,
        changes: Mapping[str, str | None],
        attach: Iterable[str] = (),
        detach: Iterable[str] = (),
        *,
        audit_action: str = "fields_edited",
        audit_detail: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """Change fields (None or '' removes one) and non-consent purposes.

        Returns the fields erased because no purpose justifies them any more.
        Refused for a restricted customer (Art. 18). Call inside a transaction.
        Audited: one entry per purpose attached or detached, and ``audit_action``
        with the codes of the changed fields (always written when ``audit_detail``
        is given, as for a rectification; otherwise only when a field changed).
        """
        self._require_exists(customer_id)
        self._refuse_if_restricted(customer_id)
        known = self._catalogue.by_code()
        current = self.get(customer_id)
        attached = set(current.purposes)
        for code in attach:
            attached.add(self._purpose(known, code, consent_based=False).code)
        for code in detach:
            self._purpose(known, code, consent_based=False)
            attached.discard(code)
        active = [known[c] for c in sorted(attached | consent.granted(self._conn, customer_id))]
        if not active:
            raise ValidationError("customer_needs_purpose", field="purposes")
        new_values = dict(current.fields)
        cleaned = self._clean_fields(
            {k: v for k, v in changes.items() if v is not None and v.strip()}, active
        )
        for code, value in changes.items():
            fields.spec(code)
            if value is None or not value.strip():
                new_values.pop(code, None)
        new_values.update(cleaned)
        allowed = set().union(*(p.allowed_fields for p in active))
        erased = sorted(code for code in new_values if code not in allowed)
        for code in erased:
            del new_values[code]
        for purpose in active:
            self._require(purpose, new_values)
        if not new_values:
            raise ValidationError("customer_needs_data", field="fields")

        now = self._now()
        for code in attached - set(current.purposes):
            self._conn.execute(
                "INSERT INTO customer_purpose (customer_id, purpose_code, attached_at) "
                "VALUES (?, ?, ?)",
                (customer_id, code, now),
            )
        for code in set(current.purposes) - attached:
            self._conn.execute(
                "DELETE FROM customer_purpose WHERE customer_id = ? AND purpose_code = ?",
                (customer_id, code),
            )
        self._write_fields(customer_id, current.fields, new_values, now)
        for code in sorted(attached - set(current.purposes)):
            self._audit("purpose_attached", current.reference, purpose=code)
        for code in sorted(set(current.purposes) - attached):
            self._audit("purpose_detached", current.reference, purpose=code)
        changed = _changed(current.fields, new_values)
        if changed or audit_detail is not None:
            self._audit(
                audit_action,
                current.reference,
                fields=changed,
                erased=erased,
                **dict(audit_detail or {}),
            )
        return erased

    def _write_fields(
        self, customer_id: int, old: Mapping[str, str], new: Mapping[str, str], now: str
    ) -> None:
        for code in old.keys() - new.keys():
            self._conn.execute(
                "DELETE FROM customer_field WHERE customer_id = ? AND field = ?",
                (customer_id, code),
            )
        for code, value in new.items():
            if old.get(code) != value:
                self._conn.execute(
                    "INSERT INTO customer_field (customer_id, field, value, collected_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id, field) "
                    "DO UPDATE SET value = excluded.value, collected_at = excluded.collected_at",
                    (customer_id, code, value, now),
                )
        self._conn.execute(
            "UPDATE customer SET sort_key = ?, updated_at = ? WHERE id = ?",
            (search.sort_key(new), now, customer_id),
        )
        if any(old.get(code) and old.get(code) != new.get(code) for code in search.SEARCHED_FIELDS):
            search.mark_residue(self._conn)
        search.index_customer(self._conn, customer_id, new)

    # -- consent -------------------------------------------------------------------

    def grant_consent(
        self,
        customer_id: int,
        purpose_code: str,
        channel: str,
        signature: bytes | None = None,
        values: Mapping[str, str] | None = None,
    ) -> int:
        """Record a consent (call inside a transaction); ``values`` may bring fields it needs.

        Refused for a restricted customer (Art. 18), and for a direct-marketing
        purpose once the customer objected to direct marketing (Art. 21).
        """
        _check_channel(channel)
        current = self.get(customer_id)
        purpose = self._purpose(self._catalogue.by_code(), purpose_code, consent_based=True)
        if current.restricted:
            raise RestrictedError()
        if current.objected_on is not None and purpose.is_marketing:
            raise ObjectionError(code=purpose_code)
        if current.consents.get(purpose_code) == "granted":
            raise RegistreError(
                "consent_already", code=purpose_code, state=consent.ACTION_LABELS["granted"]
            )
        active = [*self.active_purposes(customer_id), purpose]
        new_values = dict(current.fields)
        new_values.update(self._clean_fields(values or {}, active))
        for code in purpose.required_fields:
            if not new_values.get(code):
                raise ValidationError("consent_missing_field", field=code, purpose=purpose.names)
        now = self._now()
        event_id = consent.append(
            self._conn,
            customer_id,
            purpose.code,
            purpose.wording_version,
            "granted",
            channel,
            self._staff_id(),
            now,
            signature,
        )
        if new_values != current.fields:
            self._write_fields(customer_id, current.fields, new_values, now)
        self._audit(
            "consent_granted",
            current.reference,
            purpose=purpose.code,
            version=purpose.wording_version,
            channel=channel,
            fields=_changed(current.fields, new_values),
        )
        return event_id

    def withdraw_consent(self, customer_id: int, purpose_code: str, channel: str) -> list[str]:
        """Record a withdrawal; erase the fields only that consent justified (in a transaction)."""
        _check_channel(channel)
        current = self.get(customer_id)
        purpose = self._purpose(self._catalogue.by_code(), purpose_code, consent_based=True)
        if current.consents.get(purpose_code) != "granted":
            raise RegistreError(
                "consent_already", code=purpose_code, state=consent.ACTION_LABELS["withdrawn"]
            )
        now = self._now()
        consent.append(
            self._conn,
            customer_id,
            purpose.code,
            purpose.wording_version,
            "withdrawn",
            channel,
            self._staff_id(),
            now,
        )
        remaining = self.active_purposes(customer_id)
        allowed = set().union(*(p.allowed_fields for p in remaining)) if remaining else set()
        kept = {code: value for code, value in current.fields.items() if code in allowed}
        erased = sorted(current.fields.keys() - kept.keys())
        if erased:
            self._write_fields(customer_id, current.fields, kept, now)
        self._audit(
            "consent_withdrawn",
            current.reference,
            purpose=purpose.code,
            version=purpose.wording_version,
            channel=channel,
            erased=erased,
        )
        return erased

    def drop_purposes(self, customer_id: int, codes: Iterable[str]) -> list[str]:
        """Detach purposes and erase the fields no remaining purpose justifies.

        Unlike ``edit``, allowed for a restricted customer and leaving a customer
        with no purpose: it only ever reduces processing (objection, Art. 21).
        Call inside a transaction; returns the erased fields.
        """
        current = self.get(customer_id)
        for code in codes:
            cursor = self._conn.execute(
                "DELETE FROM customer_purpose WHERE customer_id = ? AND purpose_code = ?",
                (customer_id, code),
            )
            if cursor.rowcount:
                self._audit("purpose_detached", current.reference, purpose=code)
        remaining = self.active_purposes(customer_id)
        allowed = set().union(*(p.allowed_fields for p in remaining)) if remaining else set()
        kept = {code: value for code, value in current.fields.items() if code in allowed}
        erased = sorted(current.fields.keys() - kept.keys())
        if erased:
            self._write_fields(customer_id, current.fields, kept, self._now())
            self._audit("fields_erased", current.reference, fields=erased)
        return erased

    def iter_ids(self) -> Iterator[int]:
        for row in self._conn.execute("SELECT id FROM customer ORDER BY id"):
            yield row[0]


def _changed(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """The codes of the fields added, changed or removed (never their values)."""
    order = list(fields.FIELDS)
    return sorted((k for k in old.keys() | new.keys() if old.get(k) != new.get(k)), key=order.index)


def _check_channel(channel: str) -> None:
    if channel not in consent.CHANNELS:
        raise ValidationError("channel_unknown", field="channel", channel=channel)


def _unique(items: Sequence[Purpose]) -> list[Purpose]:
    return list({p.code: p for p in items}.values())
