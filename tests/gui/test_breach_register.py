"""The breach register through the GUI: record a breach, watch its 72-hour clock, notify it.

A real SQLCipher registry whose clock is fixed (Monday 23 November 2026, 09:30 UTC,
one second a reading), so that the hours left are known. The dialog is pre-filled
with what a breach of the whole registry would concern; the core's messages show at
the field they are about; the notification draft is a real PDF read back with pypdf.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core import audit, permissions
from desktop_app.core.messages import text as message
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs
from desktop_app.gui.breach_register import BreachDialog, BreachRegisterWindow, Column
from desktop_app.gui.customer_form import ERROR_COLOR
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import OFFSCREEN_NOISE, FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the registry's fixed clock


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry",
        BUSINESS,
        passphrase=PASSPHRASE,
        clock=FixedClock(NOW.isoformat()),
    )
    add_sample_customers(created.registry, 6)
    yield created.registry
    created.registry.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry, ui_lang: str) -> BreachRegisterWindow:
    shown = BreachRegisterWindow(registry)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.show()
    return shown


def record(
    qtbot: QtBot,
    window: BreachRegisterWindow,
    discovered: datetime,
    description: str = "Laptop stolen from the shop",
) -> BreachDialog:
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    dialog.set_occurred(discovered - timedelta(days=1))
    dialog.set_discovered(discovered)
    dialog.ui.descriptionEdit.setPlainText(description)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_breach_recorded_with_the_prefilled_estimates_is_listed_with_its_clock(
    qtbot: QtBot, window: BreachRegisterWindow, registry: Registry, ui_lang: str
) -> None:
    assert window.model.rowCount() == 0
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    found = registry.breaches.estimates()
    # Pre-filled from the registry: 6 customers, their stored values, the categories present.
    assert found.people == 6
    assert dialog.ui.peopleSpin.value() == 6
    assert dialog.ui.recordsSpin.value() == found.records > 6
    assert dialog.categories() == list(found.categories) == ["identity", "contact"]
    assert dialog.ui.encryptedCheck.isChecked()  # the registry is encrypted at rest
    dialog.ui.recordsSpin.setValue(10)  # editable: only part of the data was concerned
    dialog.set_occurred(NOW - timedelta(days=2))
    dialog.set_discovered(NOW - timedelta(hours=30))
    dialog.ui.descriptionEdit.setPlainText("Laptop stolen from the shop")
    dialog.ui.measuresTakenEdit.setPlainText("Keys changed")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)

    assert dialog.errors() == {}
    breach = dialog.breach
    assert breach is not None
    assert not dialog.isVisible()
    stored = registry.breaches.get(breach.id)
    assert (stored.people_count_estimate, stored.records_count_estimate) == (6, 10)
    assert stored.data_categories == ("identity", "contact")
    assert stored.discovered_at == NOW - timedelta(hours=30)
    assert stored.measures_taken == "Keys changed"
    assert audit.entries(registry.conn)[-1].action == "breach_recorded"

    assert window.model.references() == [breach.reference]
    assert window.selected() == stored
    clock = window.model.index(0, Column.CLOCK)
    hours = {"en": "42 hours left", "fr": "42 heures restantes"}[ui_lang]
    assert clock.data().startswith(hours)  # no warning sign: more than 24 hours left
    assert clock.data(Qt.ItemDataRole.ForegroundRole) is None  # more than 24 h left
    status = window.model.index(0, Column.STATUS).data()
    assert {"en": "Authority not notified", "fr": "Autorité non notifiée"}[ui_lang] in status
    assert "Laptop stolen from the shop" in window.ui.detailLabel.text()
    assert window.ui.authorityButton.isEnabled()


def test_an_overdue_breach_says_so_in_words_and_in_red(
    qtbot: QtBot, window: BreachRegisterWindow, ui_lang: str
) -> None:
    record(qtbot, window, NOW - timedelta(hours=80))
    clock = window.model.index(0, Column.CLOCK)
    overdue = {"en": "Overdue by 8 hours", "fr": "Délai dépassé de 8 heures"}[ui_lang]
    assert clock.data().startswith("⚠ " + overdue)
    assert clock.data(Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR
    assert clock.data(Qt.ItemDataRole.FontRole).bold()
    assert "⚠" in window.ui.summaryLabel.text()


def test_discovery_before_the_incident_is_refused_at_the_dates(
    qtbot: QtBot, window: BreachRegisterWindow, registry: Registry, ui_lang: str
) -> None:
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    dialog.set_discovered(NOW - timedelta(days=3))
    dialog.set_occurred(NOW - timedelta(days=1))  # after the discovery
    dialog.ui.descriptionEdit.setPlainText("Paper list lost")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"dates": message("breach_occurred_after_discovery", ui_lang)}
    assert dialog.ui.datesError.isVisible()
    assert dialog.isVisible()
    assert registry.breaches.list() == []


def test_an_empty_nature_or_description_is_refused_at_its_field(
    qtbot: QtBot, window: BreachRegisterWindow, registry: Registry, ui_lang: str
) -> None:
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"description": message("breach_description_needed", ui_lang)}
    assert dialog.focusWidget() is dialog.ui.descriptionEdit

    dialog.ui.descriptionEdit.setPlainText("Laptop stolen")
    for check in dialog.nature_checks.values():
        check.setChecked(False)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {"nature": message("breach_nature_needed", ui_lang)}
    assert registry.breaches.list() == []

    dialog.nature_checks["availability"].setChecked(True)
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert dialog.errors() == {}
    assert [b.nature for b in registry.breaches.list()] == [("availability",)]


def test_notifying_the_authority_and_the_people(
    qtbot: QtBot, window: BreachRegisterWindow, registry: Registry, ui_lang: str
) -> None:
    record(qtbot, window, NOW - timedelta(hours=10))
    told = NOW - timedelta(hours=2)
    dialogs.preset(told)
    changed = window.authority_notified()
    assert [c.kind for c in dialogs.calls] == ["breach_notified"]
    assert changed is not None
    assert changed.notified_authority_at == told
    assert not changed.notified_late()
    clock = window.model.index(0, Column.CLOCK).data()
    assert clock.startswith("✔ ")
    assert not window.ui.authorityButton.isEnabled()
    status = window.model.index(0, Column.STATUS).data()
    assert {"en": "Authority notified on", "fr": "Autorité notifiée le"}[ui_lang] in status

    dialogs.preset(NOW - timedelta(hours=1))
    informed = window.people_informed()
    assert informed is not None and informed.notified_people_at == NOW - timedelta(hours=1)
    assert not window.ui.peopleButton.isEnabled()
    actions = [e.action for e in audit.entries(registry.conn)[-2:]]
    assert actions == ["breach_authority_notified", "breach_people_notified"]


def test_a_late_notification_and_a_refused_one(
    qtbot: QtBot, window: BreachRegisterWindow, ui_lang: str
) -> None:
    record(qtbot, window, NOW - timedelta(hours=100))
    dialogs.preset(NOW + timedelta(hours=5))  # in the future: the core refuses, inline
    assert window.authority_notified() is None
    assert window.error()
    dialogs.preset(NOW - timedelta(minutes=5))
    assert window.authority_notified() is not None
    assert window.error() == ""
    clock = window.model.index(0, Column.CLOCK)
    late = {"en": "Notified late", "fr": "Notifiée en retard"}[ui_lang]
    assert clock.data().startswith("⚠ " + late)
    assert clock.data(Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR


def test_the_notification_draft_opens_in_the_preview(
    qtbot: QtBot, window: BreachRegisterWindow, registry: Registry, ui_lang: str
) -> None:
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    dialog.set_discovered(NOW - timedelta(hours=20))
    dialog.set_occurred(NOW - timedelta(hours=20))
    dialog.ui.descriptionEdit.setPlainText("Laptop stolen from the shop")
    dialog.ui.peopleSpin.setValue(4321)
    dialog.ui.recordsSpin.setValue(98765)
    assert dialog.record() is not None
    preview = window.open_draft()
    assert preview is not None
    qtbot.waitExposed(preview)
    assert preview.page_count() >= 1
    assert preview.message() == ""
    reader = PdfReader(preview.pdf_path)
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() or "" for p in reader.pages))
    flat = " ".join(text.split()).replace("\u202f", " ").replace("\xa0", " ")
    assert "Laptop stolen from the shop" in flat
    people, records = ("4 321", "98 765") if ui_lang == "fr" else ("4,321", "98,765")
    assert people in flat and records in flat
    assert {"en": "Confidentiality breach", "fr": "Atteinte à la confidentialité"}[ui_lang] in flat
    assert preview.suggested_name.endswith(f"-{registry.breaches.list()[0].reference}.pdf")
    folder = preview.pdf_path.parent
    preview.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=2000)


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_the_security_menu_opens_the_register_for_the_owner_only(
    qtbot: QtBot, registry: Registry, ui_lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(registry)
    qtbot.addWidget(main)
    assert main.action_breaches in main.menu_security.actions()
    assert main.action_audit_check in main.menu_security.actions()
    assert main.action_breaches.isEnabled() and main.action_audit_check.isEnabled()
    main.action_breaches.trigger()
    assert isinstance(main.breach_register, BreachRegisterWindow)
    assert main.open_breach_register() is main.breach_register
    main.breach_register.close()

    owner_only = {permissions.BREACHES, permissions.AUDIT}
    monkeypatch.setattr(registry, "can", lambda action: action not in owner_only)
    staff_view = MainWindow(registry)
    qtbot.addWidget(staff_view)
    assert not staff_view.action_breaches.isEnabled()
    assert not staff_view.action_audit_check.isEnabled()
    assert staff_view.open_breach_register() is None
    assert staff_view.check_audit_log() is None
