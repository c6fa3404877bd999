"""Rectification (Art. 16/19), restriction (Art. 18), objection (Art. 21), portability (Art. 20).

Restriction and objection are enforced in the core: a restricted customer can be
neither changed nor used (never in an audience); after an objection no direct-marketing
consent can be recorded again.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from desktop_app.core import subject_rights as rights
from desktop_app.core.errors import ObjectionError, RegistreError, RequestError, RestrictedError
from desktop_app.core.purposes import MARKETING_PURPOSES, is_marketing
from desktop_app.core.registry import Created, Registry
from tests.core.conftest import add_customer

NOW = "2026-03-31T10:00:00+00:00"
ZOE = {"last_name": "Dupré", "first_name": "Zoé", "email": "zoe@exemple.fr", "phone": "0612345678"}


@pytest.fixture
def registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry(clock=lambda: NOW).registry


@pytest.fixture
def zoe(registry: Registry) -> int:
    return add_customer(
        registry, ZOE, ["customer_follow_up", "invoicing"], ["newsletter", "sms_offers"]
    )


def test_marketing_purposes(registry: Registry) -> None:
    marketing = {p.code for p in registry.purposes.all() if is_marketing(p)}
    assert marketing == MARKETING_PURPOSES == {"newsletter", "sms_offers", "birthday_offers"}
    assert not registry.purposes.get("invoicing").is_marketing


def test_rectify_completes_the_request_and_lists_recipients(registry: Registry, zoe: int) -> None:
    with registry.transaction():
        request = registry.requests.open(zoe, "rectification", identity_check="id_card_seen")
        recipients = rights.rectify(
            registry,
            zoe,
            {"last_name": "Lefèvre", "first_name": None, "phone": "06 98 76 54 32"},
            request.id,
        )
    record = registry.customers.get(zoe)
    assert record.fields["last_name"] == "Lefèvre" and "first_name" not in record.fields
    assert record.fields["phone"] == "+33698765432"
    assert registry.requests.get(request.id).status == "completed"
    assert [r["en"] for r in recipients] == [
        "Our accountant",
        "Our e-mail sending provider",
        "Our text-message sending provider",
    ]
    assert [c.id for c in registry.customers.find("lefevre")] == [zoe]


def test_a_request_is_checked_before_anything_changes(registry: Registry, zoe: int) -> None:
    other = add_customer(registry, {"last_name": "Martin"}, ["invoicing"])
    with registry.transaction():
        access = registry.requests.open(zoe, "access")
        mine = registry.requests.open(other, "rectification")
    with pytest.raises(RequestError) as wrong_type, registry.transaction():
        rights.rectify(registry, zoe, {"last_name": "X"}, access.id)
    assert wrong_type.value.code == "request_wrong_type"
    with pytest.raises(RequestError) as wrong_customer, registry.transaction():
        rights.rectify(registry, zoe, {"last_name": "X"}, mine.id)
    assert wrong_customer.value.code == "request_wrong_customer"
    assert registry.customers.get(zoe).fields["last_name"] == "Dupré"
    assert {r.status for r in registry.requests.find()} == {"open"}


def test_restriction_means_storage_only(registry: Registry, zoe: int) -> None:
    other = add_customer(
        registry, {"last_name": "Martin", "email": "m@exemple.fr"}, ["invoicing"], ["newsletter"]
    )
    assert registry.customers.audience("newsletter") == [zoe, other]
    with registry.transaction():
        request = registry.requests.open(zoe, "restriction")
        rights.restrict(registry, zoe, "Accuracy contested", request.id)
    record = registry.customers.get(zoe)
    assert (
        record.restricted_on == "2026-03-31" and record.restriction_reason == "Accuracy contested"
    )
    assert record.as_dict()["restriction"] == {
        "since": "2026-03-31",
        "reason": "Accuracy contested",
    }
    assert registry.requests.get(request.id).status == "completed"

    for code in ("newsletter", "sms_offers", "invoicing", "customer_follow_up"):
        assert zoe not in registry.customers.audience(code)
    assert registry.customers.audience("newsletter") == [other]
    with pytest.raises(RestrictedError) as refused, registry.transaction():
        registry.customers.edit(zoe, {"first_name": "Zoë"})
    assert "storage only" in refused.value.message("en")
    assert "limitées" in refused.value.message("fr")
    with pytest.raises(RestrictedError), registry.transaction():
        registry.customers.grant_consent(
            zoe, "birthday_offers", "in_store", values={"birthday": "14/07"}
        )
    with pytest.raises(RestrictedError), registry.transaction():
        rights.restrict(registry, zoe, "again")
    # Withdrawing a consent stays possible (it only reduces processing).
    with registry.transaction():
        registry.customers.withdraw_consent(zoe, "sms_offers", "phone")

    with registry.transaction():
        rights.lift_restriction(registry, zoe)
    assert registry.customers.audience("newsletter") == [zoe, other]
    with registry.transaction():
        registry.customers.edit(zoe, {"first_name": "Zoë"})
    with pytest.raises(RegistreError) as not_restricted, registry.transaction():
        rights.lift_restriction(registry, zoe)
    assert not_restricted.value.code == "customer_not_restricted"


def test_a_restriction_needs_a_reason(registry: Registry, zoe: int) -> None:
    with pytest.raises(RegistreError) as caught, registry.transaction():
        rights.restrict(registry, zoe, "  ")
    assert caught.value.code == "restriction_reason_needed"
    assert registry.customers.get(zoe).restricted_on is None


def test_objection_to_marketing_is_for_good(registry: Registry, zoe: int) -> None:
    with registry.transaction():
        request = registry.requests.open(zoe, "objection", channel="email")
        left = rights.object_to_marketing(registry, zoe, request.id)
    assert left == ["newsletter", "sms_offers"]
    record = registry.customers.get(zoe)
    assert record.consents == {"newsletter": "withdrawn", "sms_offers": "withdrawn"}
    assert [e.channel for e in record.consent_history if e.action == "withdrawn"] == [
        "email",
        "email",
    ]
    assert record.objected_on == "2026-03-31"
    assert record.purposes == ["customer_follow_up", "invoicing"]  # not marketing: untouched
    assert registry.requests.get(request.id).status == "completed"
    assert registry.customers.audience("newsletter") == []
    assert registry.customers.audience("invoicing") == [zoe]

    for code, values in [("newsletter", {}), ("birthday_offers", {"birthday": "14/07"})]:
        with pytest.raises(ObjectionError) as refused, registry.transaction():
            registry.customers.grant_consent(zoe, code, "in_store", values=values)
        assert code in refused.value.message("en") and "Art. 21" in refused.value.message("en")
    with pytest.raises(RegistreError) as again, registry.transaction():
        rights.object_to_marketing(registry, zoe)
    assert again.value.code == "customer_already_objected"
    # Editing for other purposes still works.
    with registry.transaction():
        registry.customers.edit(zoe, {"first_name": "Zoë"})


def test_objection_detaches_a_legitimate_interest_marketing_purpose(registry: Registry) -> None:
    with registry.transaction():
        registry.conn.execute(
            "UPDATE purpose SET legal_basis = 'legitimate_interest' WHERE code = 'sms_offers'"
        )
    customer = add_customer(
        registry, {"last_name": "Martin", "phone": "0612345678"}, ["invoicing", "sms_offers"]
    )
    assert registry.customers.audience("sms_offers") == [customer]
    with registry.transaction():
        assert rights.object_to_marketing(registry, customer) == ["sms_offers"]
    record = registry.customers.get(customer)
    assert record.purposes == ["invoicing"] and record.fields == {"last_name": "Martin"}
    assert registry.customers.audience("sms_offers") == []


def test_portability_export(registry: Registry, zoe: int) -> None:
    """Consent and contract data only, as JSON with a versioned schema."""
    with registry.transaction():
        request = registry.requests.open(zoe, "portability")
        data = rights.portability_export(registry, zoe, request.id)
    assert json.loads(json.dumps(data)) == data
    assert data["schema"] == "registre-portability/1"
    assert data["customer_reference"] == registry.customers.get(zoe).reference
    assert data["fields"] == {
        "first_name": "Zoé",
        "email": "zoe@exemple.fr",
        "phone": "+33612345678",
    }
    assert {p["code"] for p in data["purposes"]} == {"newsletter", "sms_offers"}
    assert [e["purpose"] for e in data["consents"]] == ["newsletter", "sms_offers"]
    assert data["request"]["status"] == "completed"
