"""The customer list reads one window at a time, ordered in SQL (CustomerService.page)."""

from __future__ import annotations

import pytest

from desktop_app.core.registry import Registry
from tests.core.conftest import add_customer

NAMES = [
    ("Zoé", "Ébrard"),
    ("Adam", "Martin"),
    ("Léa", "Durand"),
    ("Marc", "Élie"),
    ("Ana", "Blin"),
]


@pytest.fixture
def filled(registry: Registry) -> Registry:
    for first, last in NAMES:
        add_customer(registry, {"first_name": first, "last_name": last}, purposes=["loyalty_card"])
    return registry


def test_pages_follow_the_accent_insensitive_name_order(filled: Registry) -> None:
    first = filled.customers.page(2, 0)
    second = filled.customers.page(2, 2)
    last = filled.customers.page(2, 4)
    names = [s.fields["last_name"] for s in first + second + last]
    assert names == ["Blin", "Durand", "Ébrard", "Élie", "Martin"]
    assert len(last) == 1
    assert filled.customers.page(2, 6) == []


def test_pages_can_run_backwards_and_by_reference(filled: Registry) -> None:
    backwards = [s.fields["last_name"] for s in filled.customers.page(10, 0, descending=True)]
    assert backwards == ["Martin", "Élie", "Ébrard", "Durand", "Blin"]
    refs = [s.reference for s in filled.customers.page(10, 0, order="reference")]
    assert refs == sorted(refs)
    assert len(refs) == len(NAMES)


def test_a_page_carries_the_fields_the_list_shows(registry: Registry) -> None:
    add_customer(
        registry,
        {"last_name": "Ébrard", "first_name": "Zoé", "phone": "06 12 34 56 78"},
        purposes=["customer_follow_up"],
    )
    (summary,) = registry.customers.page(1)
    assert summary.fields == {"last_name": "Ébrard", "first_name": "Zoé", "phone": "+33612345678"}
    assert summary.display_name == "Zoé Ébrard"


def test_an_unknown_order_is_a_programming_error(registry: Registry) -> None:
    with pytest.raises(ValueError):
        registry.customers.page(10, order="email")
