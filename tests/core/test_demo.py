"""Demo customers: realistic, deterministic, and every one acceptable to the registry."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest

from desktop_app.core.demo import DEMO_REQUESTS, EMAIL_DOMAINS, add_demo_requests, demo_drafts
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


def demo_registry(folder: Path, today: str, customers: int = 40) -> Registry:
    """A registry whose clock stops at noon (UTC) on ``today``, with demo customers."""
    registry = Registry.create(
        folder, "Boutique de démonstration", clock=lambda: f"{today}T12:00:00+00:00"
    ).registry
    with registry.transaction():
        for draft in demo_drafts(customers, seed=1):
            registry.customers.add(draft)
    return registry


@pytest.fixture
def opened() -> Iterator[list[Registry]]:
    registries: list[Registry] = []
    yield registries
    for registry in registries:
        with contextlib.suppress(Exception):
            registry.close()


# Month ends, February, a bank-holiday weekend, a year change: the states must hold on any day.
@pytest.mark.parametrize("today", ["2026-11-29", "2026-03-02", "2026-05-04", "2027-01-01"])
def test_demo_requests_show_every_state(tmp_path: Path, opened: list[Registry], today: str) -> None:
    registry = demo_registry(tmp_path / "registry", today)
    opened.append(registry)
    filed = add_demo_requests(registry, seed=3)

    assert len(filed) == len(DEMO_REQUESTS) == 15
    register = registry.requests
    statuses = Counter(r.status for r in register.find("all"))
    assert statuses == {"open": 9, "completed": 5, "refused": 1}
    assert len(register.find("overdue")) == 1  # exactly one, received 45 days ago
    assert len(register.find("due_soon")) >= 2
    extended = [r for r in filed if r.extension_months]
    assert len(extended) == 2 and all(r.is_open and r.extension_reason for r in extended)
    assert {r.type for r in filed} == {
        "access",
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "portability",
    }
    day = register.today()
    for request in filed:
        assert request.received_on < day  # received in the past, never today or later
        assert request.customer_id is not None
        if request.completed_on is not None:
            assert request.received_on <= request.completed_on <= day
    assert len({r.customer_id for r in filed}) == len(filed)  # one request per customer


def test_demo_requests_are_the_same_for_the_same_seed(
    tmp_path: Path, opened: list[Registry]
) -> None:
    def shape(folder: str, seed: int) -> list[tuple[object, ...]]:
        registry = demo_registry(tmp_path / folder, "2026-11-29")
        opened.append(registry)
        return [
            (r.reference, r.customer_id, r.type, r.received_on, r.due_on, r.status, r.channel)
            for r in add_demo_requests(registry, seed=seed)
        ]

    first = shape("a", 5)
    assert shape("b", 5) == first
    assert shape("c", 6) != first


def test_demo_requests_need_enough_customers(tmp_path: Path, opened: list[Registry]) -> None:
    registry = demo_registry(tmp_path / "registry", "2026-11-29", customers=3)
    opened.append(registry)
    with pytest.raises(ValueError, match="15 customers needed"):
        add_demo_requests(registry)
    assert registry.requests.find("all") == []


def test_demo_breaches_show_both_states_of_the_clock(registry: Registry) -> None:
    from datetime import datetime

    from desktop_app.core.demo import add_demo_breaches

    notified, running = add_demo_breaches(registry, "en")
    now = datetime.fromisoformat(registry.now())
    assert notified.notified_authority_at is not None and not notified.late(now)
    assert notified.encrypted and notified.nature == ("availability",)
    assert running.notified_authority_at is None and not running.encrypted
    assert 50 < running.hours_left(now) < 53  # discovered 20 hours ago
    assert (running.people_count_estimate, running.data_categories) == (42, ("contact",))
    assert [b.reference for b in registry.breaches.list()] == [
        running.reference,
        notified.reference,
    ]
