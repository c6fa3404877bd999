"""Demo customers: realistic, deterministic, and every one acceptable to the registry."""

from __future__ import annotations

from collections import Counter

import phonenumbers

from desktop_app.core.demo import EMAIL_DOMAINS, demo_drafts
from desktop_app.core.registry import Registry

COUNT = 2_000


def test_every_demo_draft_passes_the_minimisation_guard(registry: Registry) -> None:
    catalogue = registry.purposes.by_code()
    for draft in demo_drafts(COUNT, seed=7):
        prepared = registry.customers.prepare(draft, catalogue)
        justified = set().union(*(p.allowed_fields for p in prepared.purposes + prepared.consents))
        assert set(prepared.fields) <= justified


def test_demo_drafts_can_be_stored_and_found(registry: Registry) -> None:
    drafts = list(demo_drafts(50, seed=3))
    with registry.transaction():
        for draft in drafts:
            registry.customers.add(draft)
    assert registry.customers.count() == 50
    name = drafts[0].fields.get("last_name") or drafts[0].fields["email"]
    assert registry.customers.find(name[:3])


def test_the_same_seed_gives_the_same_customers() -> None:
    assert list(demo_drafts(300, seed=42)) == list(demo_drafts(300, seed=42))
    assert list(demo_drafts(300, seed=42)) != list(demo_drafts(300, seed=43))
    assert list(demo_drafts(10, seed=5)) == list(demo_drafts(300, seed=5))[:10]


def test_the_spread_looks_like_a_real_shop() -> None:
    drafts = list(demo_drafts(COUNT))
    consents = Counter(code for d in drafts for code in d.consents)
    purposes = Counter(code for d in drafts for code in d.purposes)
    assert 0.33 < consents["newsletter"] / COUNT < 0.47
    assert 0.15 < consents["sms_offers"] / COUNT < 0.25
    assert 0.06 < consents["birthday_offers"] / COUNT < 0.14
    assert purposes["customer_follow_up"] > COUNT / 2
    assert purposes["loyalty_card"] > 0 and purposes["invoicing"] > 0

    last_names = {d.fields["last_name"] for d in drafts if "last_name" in d.fields}
    first_names = {d.fields["first_name"] for d in drafts if "first_name" in d.fields}
    assert len(last_names) > 100 and len(first_names) > 100
    assert any(not name.isascii() for name in last_names)  # accents and ligatures
    assert any(" " in name or "'" in name for name in last_names)  # Le Gall, N'Diaye

    with_field = Counter(code for d in drafts for code in d.fields)
    for code in ("email", "phone", "postal_address", "birthday"):
        assert 0 < with_field[code] < COUNT
    # Birthdays only with the consent that justifies them.
    assert with_field["birthday"] == consents["birthday_offers"]


def test_contact_details_are_fake_but_valid() -> None:
    for draft in demo_drafts(500, seed=1):
        email = draft.fields.get("email")
        if email:
            assert email.split("@")[1] in EMAIL_DOMAINS
        phone = draft.fields.get("phone")
        if phone:
            number = phonenumbers.parse(phone, "FR")
            assert phonenumbers.is_valid_number(number)
            assert str(number.national_number)[0] in "67"  # mobiles only
