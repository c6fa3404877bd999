"""The request register: filters from SQL, overdue rows marked, extend / refuse / answer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs
from desktop_app.gui.customer_form import ERROR_COLOR
from desktop_app.gui.rights_desk import Column, Extension, RightsDesk
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    BUSINESS,
    PASSPHRASE,
    add_customer,
    english,
    no_dialogs,
)

pytestmark = pytest.mark.usefixtures("english", "no_dialogs")
NOW = "2026-11-27T10:00:00+00:00"  # a Friday


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    """A registry whose clock stops on 27 November 2026, with four requests."""
    created = Registry.create(
        tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE, clock=lambda: NOW
    )
    registry = created.registry
    zoe = add_customer(registry, {"first_name": "Zoé", "last_name": "Ébrard"})
    hugo = add_customer(registry, {"first_name": "Hugo", "last_name": "Fontaine"})
    with registry.transaction():
        requests = registry.requests
        requests.open(zoe, "access", received_on=date(2026, 9, 14))  # R-2026-0001 overdue
        requests.open(hugo, "erasure", received_on=date(2026, 10, 30))  # 0002 due 30 Nov
        requests.open(zoe, "rectification", received_on=date(2026, 11, 20))  # 0003 due 21 Dec
        done = requests.open(hugo, "objection", received_on=date(2026, 11, 2))  # 0004
        requests.complete(done.id)
    yield registry
    with contextlib.suppress(Exception):
        registry.close()


@pytest.fixture
def desk(qtbot, registry: Registry) -> RightsDesk:
    window = RightsDesk(registry)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def select(desk: RightsDesk, reference: str) -> None:
    request = desk.registry.requests.by_reference(reference)
    assert desk.select_request(request.id)


def test_the_model_passes_the_model_tester(desk: RightsDesk, qtmodeltester) -> None:
    qtmodeltester.check(desk.model)
    desk.set_filter("all")
    qtmodeltester.check(desk.model)


def test_filters_open_due_soon_overdue_all(desk: RightsDesk) -> None:
    assert desk.model.references() == ["R-2026-0001", "R-2026-0002", "R-2026-0003"]
    desk.set_filter("due_soon")
    assert desk.model.references() == ["R-2026-0002"]
    desk.set_filter("overdue")
    assert desk.model.references() == ["R-2026-0001"]
    desk.set_filter("all")
    assert desk.model.references() == ["R-2026-0001", "R-2026-0002", "R-2026-0004", "R-2026-0003"]
    assert desk.ui.summaryLabel.text() == "4 requests shown · 1 overdue"


def test_overdue_rows_are_marked(desk: RightsDesk) -> None:
    model = desk.model
    status = model.index(0, Column.STATUS)
    assert status.data() == "⚠ Overdue by 44 days"
    assert model.index(0, Column.DUE).data() == "14 Oct 2026"
    assert model.index(0, Column.TYPE).data() == "Access (Art. 15)"
    assert status.data(Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR
    assert status.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, Column.STATUS).data() == "Open · 3 days left"
    assert model.index(1, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None


def test_actions_need_an_open_request(desk: RightsDesk) -> None:
    assert not desk.ui.extendButton.isEnabled()
    select(desk, "R-2026-0003")
    assert desk.ui.extendButton.isEnabled() and desk.ui.refuseButton.isEnabled()
    desk.set_filter("all")
    select(desk, "R-2026-0004")
    assert not desk.ui.completeButton.isEnabled()
    assert desk.model.index(2, Column.STATUS).data() == "Answered on 27 Nov 2026"


def test_extend_by_two_months_with_the_reason_and_the_letter(desk: RightsDesk) -> None:
    select(desk, "R-2026-0003")
    dialogs.preset(Extension(2, "Many requests at once", date(2026, 11, 26)))
    desk.ui.extendButton.click()
    request = desk.registry.requests.by_reference("R-2026-0003")
    assert request.extension_months == 2
    assert request.due_on == date(2027, 2, 22)  # 20 Feb is a Saturday: Monday the 22nd
    assert request.extension_letter_on == date(2026, 11, 26)
    assert desk.selected() is not None and desk.selected().reference == "R-2026-0003"
    row = desk.model.row_of(request.id)
    assert desk.model.index(row, Column.DUE).data() == "22 Feb 2027 (+2 months)"
    assert "Many requests at once" in desk.ui.detailLabel.text()
    assert not desk.ui.extendButton.isEnabled()  # two months is the most


def test_an_extension_after_the_first_month_is_refused_inline(desk: RightsDesk) -> None:
    select(desk, "R-2026-0001")
    dialogs.preset(Extension(1, "Complex request", date(2026, 11, 27)))
    assert desk.extend_selected() is None
    assert "14 Oct" in desk.error() or "2026-10-14" in desk.error()
    assert desk.registry.requests.by_reference("R-2026-0001").extension_months == 0


def test_an_extension_needs_a_reason(desk: RightsDesk) -> None:
    select(desk, "R-2026-0003")
    dialogs.preset(Extension(1, "  ", date(2026, 11, 27)))
    assert desk.extend_selected() is None
    assert desk.error()


def test_refuse_with_the_reason(desk: RightsDesk) -> None:
    select(desk, "R-2026-0002")
    dialogs.preset("Manifestly unfounded: fourth identical request this month")
    desk.ui.refuseButton.click()
    request = desk.registry.requests.by_reference("R-2026-0002")
    assert request.status == "refused"
    assert request.refusal_reason.startswith("Manifestly unfounded")
    assert desk.model.references() == ["R-2026-0001", "R-2026-0003"]  # no longer open


def test_refuse_cancelled_changes_nothing(desk: RightsDesk) -> None:
    select(desk, "R-2026-0002")
    dialogs.preset(None)
    assert desk.refuse_selected() is None
    assert desk.registry.requests.by_reference("R-2026-0002").status == "open"


def test_mark_as_answered(desk: RightsDesk) -> None:
    select(desk, "R-2026-0001")
    dialogs.preset(True)
    desk.ui.completeButton.click()
    assert desk.registry.requests.by_reference("R-2026-0001").status == "completed"
    assert desk.ui.summaryLabel.text() == "2 requests shown"
