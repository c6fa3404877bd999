"""Rectification (Art. 16), restriction (Art. 18), objection (Art. 21), portability (Art. 20).

Each action may carry the open request it answers (``request_id``): it is then
checked (open, right type, same customer) and completed in the same transaction.
Every function here is called inside ``registry.transaction()``.

Enforcement lives in ``customers``: a restricted customer is kept in storage
only (edits and consent grants refused, never in ``customers.audience``); a
customer who objected to direct marketing never again joins a marketing purpose.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import permissions
from .errors import RegistreError, RestrictedError, ValidationError

if TYPE_CHECKING:
    from .registry import Registry

PORTABILITY_SCHEMA = "registre-portability/1"
PORTABLE_BASES = ("consent", "contract")


def _close(registry: Registry, request_id: int | None) -> None:
    if request_id is not None:
        registry.requests.complete(request_id)


def _check(registry: Registry, request_id: int | None, kind: str, customer_id: int) -> str | None:
    """The channel of the open request answered, after checking it."""
    if request_id is None:
        registry.customers.get(customer_id)  # exists
        return None
    return registry.requests.require_open(request_id, kind, customer_id).channel


def _reference(registry: Registry, customer_id: int) -> str:
    row = registry.conn.execute(
        "SELECT reference FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    return str(row[0])


def recipients_of(registry: Registry, customer_id: int) -> list[dict[str, str]]:
    """The recipients of every purpose the customer's data is used for (Art. 19), once each."""
    found: list[dict[str, str]] = []
    for purpose in registry.customers.active_purposes(customer_id):
        for recipient in purpose.recipients:
            if recipient not in found:
                found.append(dict(recipient))
    return found


def rectify(
    registry: Registry,
    customer_id: int,
    changes: Mapping[str, str | None],
    request_id: int | None = None,
) -> list[dict[str, str]]:
    """Correct or complete fields (Art. 16); returns the recipients to inform (Art. 19)."""
    _check(registry, request_id, "rectification", customer_id)
    request_ref = registry.requests.get(request_id).reference if request_id is not None else None
    registry.customers.edit(
        customer_id,
        changes,
        audit_action="rectification",
        audit_detail={"request": request_ref} if request_ref else {},
    )
    _close(registry, request_id)
    return recipients_of(registry, customer_id)


def restrict(
    registry: Registry, customer_id: int, reason: str, request_id: int | None = None
) -> None:
    """Keep the customer's data in storage only (Art. 18), with the reason."""
    _check(registry, request_id, "restriction", customer_id)
    if not reason or not reason.strip():
        raise ValidationError("restriction_reason_needed", field="restriction_reason")
    if registry.customers.flags(customer_id)[0] is not None:
        raise RestrictedError()
    registry.conn.execute(
        "UPDATE customer SET restricted_on = ?, restriction_reason = ? WHERE id = ?",
        (registry.requests.today().isoformat(), reason.strip(), customer_id),
    )
    registry.audit("restriction_set", "customer", _reference(registry, customer_id))
    _close(registry, request_id)


def lift_restriction(registry: Registry, customer_id: int) -> None:
    """End a restriction (tell the customer first, Art. 18(3)).

    A restriction left by an erasure (reason ``legal_retention``) is not lifted:
    that record is kept only for a legal obligation.
    """
    restricted_on, reason, _ = registry.customers.flags(customer_id)
    if restricted_on is None:
        raise RegistreError("customer_not_restricted")
    if reason == "legal_retention":
        raise RestrictedError()
    registry.conn.execute(
        "UPDATE customer SET restricted_on = NULL, restriction_reason = NULL WHERE id = ?",
        (customer_id,),
    )
    registry.audit("restriction_lifted", "customer", _reference(registry, customer_id))


def object_to_marketing(
    registry: Registry, customer_id: int, request_id: int | None = None, channel: str = "in_store"
) -> list[str]:
    """Objection to direct marketing (Art. 21(2)-(3)): absolute, and for good.

    Withdraws every granted consent of a marketing purpose (through the
    request's channel), detaches any other marketing purpose, and records the
    objection so that no marketing consent can be recorded again. Returns the
    purpose codes the customer left.
    """
    request_channel = _check(registry, request_id, "objection", customer_id)
    record = registry.customers.get(customer_id)
    if record.objected_on is not None:
        raise RegistreError("customer_already_objected", date=record.objected_on)
    known = registry.purposes.by_code()
    left: list[str] = []
    for code, state in sorted(record.consents.items()):
        if state == "granted" and known[code].is_marketing:
            registry.customers.withdraw_consent(customer_id, code, request_channel or channel)
            left.append(code)
    attached = [code for code in record.purposes if known[code].is_marketing]
    if attached:
        registry.customers.drop_purposes(customer_id, attached)
        left += attached
    registry.conn.execute(
        "UPDATE customer SET objected_on = ? WHERE id = ?",
        (registry.requests.today().isoformat(), customer_id),
    )
    registry.audit("objection", "customer", record.reference, purposes=sorted(left))
    _close(registry, request_id)
    return sorted(left)


def portability_export(
    registry: Registry, customer_id: int, request_id: int | None = None
) -> dict[str, Any]:
    """The data the customer gave, for consent and contract purposes (Art. 20), as JSON data.

    Schema ``registre-portability/1``: ``fields`` maps field codes to stored values
    (e-mail normalised, phone E.164, birthday '--MM-DD'), with ``collected_at``;
    ``consents`` is the consent history. Completes the request when one is given.
    """
    registry.require(permissions.EXPORT)
    _check(registry, request_id, "portability", customer_id)
    record = registry.customers.get(customer_id)
    portable = [p for p in registry.customers.active_purposes(customer_id)]
    portable = [p for p in portable if p.legal_basis in PORTABLE_BASES]
    allowed = set().union(*(p.allowed_fields for p in portable)) if portable else set()
    request = None
    if request_id is not None:
        request = registry.requests.complete(request_id).as_dict()
    return {
        "schema": PORTABILITY_SCHEMA,
        "controller": registry.business.get().name,
        "customer_reference": record.reference,
        "exported_on": registry.requests.today().isoformat(),
        "request": request,
        "purposes": [
            {"code": p.code, "legal_basis": p.legal_basis, "name": dict(p.names)} for p in portable
        ],
        "fields": {code: value for code, value in record.fields.items() if code in allowed},
        "collected_at": {
            code: when for code, when in record.collected_at.items() if code in allowed
        },
        "consents": [event.as_dict() for event in record.consent_history],
    }
