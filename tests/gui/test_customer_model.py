"""The customer list model reads windows of rows from SQL; search and sort happen in the core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.registry import Registry
from desktop_app.gui.customer_model import Column, CustomerIdRole, CustomerTableModel
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_customer,
    add_sample_customers,
    english,
    registry_fixture,
)

# Qt's offscreen platform warns whenever a shown window's size limits change.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("english")]


def add_many(registry: Registry, count: int) -> None:
    with registry.transaction():
        for n in range(count):
            registry.customers.add(
                CustomerDraft(
                    {"last_name": f"Client{n:04d}", "first_name": "Anne"}, ["loyalty_card"]
                )
            )


def test_an_empty_registry_gives_a_valid_empty_model(registry: Registry, qtmodeltester) -> None:
    model = CustomerTableModel(registry.customers)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == len(Column)
    assert not model.canFetchMore(QModelIndex())


def test_rows_load_one_window_at_a_time(registry: Registry, qtmodeltester) -> None:
    add_many(registry, 120)
    model = CustomerTableModel(registry.customers, page_size=50)
    assert model.rowCount() == 50
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 120
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_the_model_passes_the_model_tester_with_windows(registry: Registry, qtmodeltester) -> None:
    add_sample_customers(registry)
    model = CustomerTableModel(registry.customers, page_size=7)
    qtmodeltester.check(model)  # the tester calls fetchMore too
    model.set_search("mar")
    qtmodeltester.check(model)


def test_columns_show_name_email_phone_and_reference(registry: Registry) -> None:
    customer_id = add_customer(
        registry,
        {
            "first_name": "Zoé",
            "last_name": "Ébrard",
            "email": "zoe@example.fr",
            "phone": "0612345678",
        },
        ["loyalty_card"],
    )
    model = CustomerTableModel(registry.customers)
    shown = [model.index(0, column).data() for column in Column]
    reference = registry.customers.get(customer_id).reference
    assert shown == ["ÉBRARD Zoé", "zoe@example.fr", "06 12 34 56 78", reference]
    assert model.index(0, Column.NAME).data(CustomerIdRole) == customer_id
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "E-mail", "Phone", "Reference"]


def test_typing_zoe_finds_zoe_with_its_accent(registry: Registry) -> None:
    add_sample_customers(registry)
    model = CustomerTableModel(registry.customers)
    model.set_search("zoe")
    assert [model.index(r, Column.NAME).data() for r in range(model.rowCount())] == ["ÉBRARD Zoé"]
    model.set_search("06 12 34")
    assert model.rowCount() == 1
    model.set_search("")
    assert model.rowCount() == 30


def test_sorting_happens_in_sql_by_name_or_reference(registry: Registry) -> None:
    add_sample_customers(registry)
    model = CustomerTableModel(registry.customers, page_size=10)
    assert model.index(0, Column.NAME).data() == "BERNARD Noé"
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Column.NAME).data() == "TRAORÉ Yasmine"
    assert model.rowCount() == 10  # still one window: the order came from SQL
    model.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    refs = [model.index(r, Column.REFERENCE).data() for r in range(model.rowCount())]
    assert refs == sorted(refs)
    model.sort(Column.EMAIL, Qt.SortOrder.AscendingOrder)  # not indexed: order unchanged
    assert [model.index(r, Column.REFERENCE).data() for r in range(10)] == refs
