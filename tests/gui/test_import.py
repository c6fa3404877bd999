"""File > Import customers: check every line first, then write in batches behind a progress
dialog that can be cancelled; the list is refreshed afterwards."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop_app.core import importer
from desktop_app.core.demo import demo_drafts
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs, importing, tasks
from desktop_app.gui.importing import ImportOptions
from desktop_app.gui.main_window import MainWindow
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_sample_customers,
    english,
    no_dialogs,
    registry_fixture,
)

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("english", "no_dialogs")]

FIELDS = ["last_name", "first_name", "email", "phone", "postal_address", "birthday"]


def write_csv(path: Path, count: int, seed: int = 3, bad_email_at: int | None = None) -> Path:
    """``count`` demo customers, each line with its own purposes and consents.

    ``bad_email_at``: the customer (0-based) given an e-mail address that is not one.
    """
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*FIELDS, "purposes", "consents"])
        for number, draft in enumerate(demo_drafts(count, seed)):
            values = [draft.fields.get(c, "") for c in FIELDS]
            purposes = draft.purposes
            if number == bad_email_at:
                values[FIELDS.index("email")] = "not an address"
                values[0] = values[0] or "Martin"
                purposes = [*purposes, "customer_follow_up"]
            writer.writerow([*values, ";".join(purposes), ";".join(draft.consents)])
    return path


def line_of_bad_email(path: Path) -> int:
    """The file line the reader is at when it reads that customer (addresses span lines)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            if row["email"] == "not an address":
                return reader.line_num
    raise AssertionError("no bad line")


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> MainWindow:
    add_sample_customers(registry)
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def consistent(registry: Registry) -> None:
    """Every customer whole: fields, a purpose or consent, a search entry; SQLite agrees."""
    conn = registry.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    orphans = conn.execute(
        "SELECT count(*) FROM customer c WHERE NOT EXISTS "
        "(SELECT 1 FROM customer_field f WHERE f.customer_id = c.id)"
    ).fetchone()[0]
    assert orphans == 0
    unjustified = conn.execute(
        "SELECT count(*) FROM customer c WHERE NOT EXISTS "
        "(SELECT 1 FROM customer_purpose p WHERE p.customer_id = c.id) AND NOT EXISTS "
        "(SELECT 1 FROM consent_event e WHERE e.customer_id = c.id)"
    ).fetchone()[0]
    assert unjustified == 0


def test_file_import_is_in_the_file_menu_with_ctrl_i(window: MainWindow) -> None:
    action = window.action_import
    assert action in window.ui.menuFile.actions()
    assert action.shortcut() == QKeySequence("Ctrl+I")
    assert action.text() == "&Import customers…"


def test_a_500_line_csv_is_imported_and_the_list_refreshed(
    qtbot: QtBot, window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "clients.csv", 500)
    dialogs.preset(source, ImportOptions([], "paper"), None)
    outcome = window.import_customers()
    assert outcome is not None and (outcome.written, outcome.total) == (500, 500)
    assert not outcome.cancelled
    assert [c.kind for c in dialogs.calls] == ["ask_open_path", "import_options", "show_info"]
    assert dialogs.calls[-1].text == "500 customers imported."
    assert registry.customers.count() == 530
    assert window.count_label.text() == "530 customers"
    # The model was read again: an imported customer is found from the search box.
    (first,) = demo_drafts(1, 3)
    window.ui.searchEdit.setText(first.fields["last_name"])
    qtbot.waitUntil(lambda: window.model.search_text == first.fields["last_name"], timeout=2000)
    assert window.model.rowCount() > 0
    consistent(registry)
    # The consents of the file were recorded with the chosen channel, none invented.
    channels = {r[0] for r in registry.conn.execute("SELECT DISTINCT channel FROM consent_event")}
    assert channels <= {"paper", "in_store"}  # in_store: the sample customers
    granted = registry.conn.execute(
        "SELECT count(*) FROM consent_event WHERE channel = 'paper'"
    ).fetchone()[0]
    assert granted == sum(len(d.consents) for d in demo_drafts(500, 3))


def test_purposes_ticked_in_the_dialog_apply_to_every_line(
    window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    source = tmp_path / "loyalty.csv"
    source.write_text("last_name,first_name\nÉbrard,Zoé\nMartin,Léa\n", encoding="utf-8")
    dialogs.preset(source, ImportOptions(["customer_follow_up"], "in_store"), None)
    outcome = window.import_customers()
    assert outcome is not None and outcome.written == 2
    attached = registry.conn.execute(
        "SELECT count(*) FROM customer_purpose WHERE purpose_code = 'customer_follow_up'"
    ).fetchone()[0]
    assert attached >= 2


def test_the_options_dialog_ticks_nothing_in_advance(qtbot: QtBot, registry: Registry) -> None:
    dialog = importing.ImportOptionsDialog(registry.purposes.all(), "en")
    qtbot.addWidget(dialog)
    assert dialog.purpose_checks  # the non-consent purposes are offered...
    assert not any(check.isChecked() for check in dialog.purpose_checks.values())  # ...unticked
    consent_codes = {p.code for p in registry.purposes.all() if p.is_consent}
    assert not consent_codes & set(dialog.purpose_checks)  # consent is never given in bulk
    assert dialog.options() == ImportOptions([], "paper")


def test_a_bad_line_imports_nothing_and_names_its_line(
    window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "clients.csv", 40, bad_email_at=25)
    line = line_of_bad_email(source)
    assert line > 26  # some addresses above it span two lines
    dialogs.preset(source, ImportOptions([], "paper"), None)
    assert window.import_customers() is None
    kinds = [c.kind for c in dialogs.calls]
    assert kinds == ["ask_open_path", "import_options", "show_error"]
    error = dialogs.calls[-1]
    assert error.title == "Nothing was imported"
    assert f"Line {line}:" in error.text
    assert error.text.count("Line ") == 1
    assert registry.customers.count() == 30
    assert window.count_label.text() == "30 customers"


def test_an_unreadable_file_is_reported_and_nothing_changes(
    window: MainWindow, registry: Registry, tmp_path: Path
) -> None:
    dialogs.preset(tmp_path / "missing.csv", ImportOptions([], "paper"), None)
    assert window.import_customers() is None
    assert dialogs.calls[-1].kind == "show_error"
    assert "Cannot read" in dialogs.calls[-1].text
    assert registry.customers.count() == 30


def test_cancelling_the_file_dialog_does_nothing(window: MainWindow) -> None:
    dialogs.preset(None)
    assert window.import_customers() is None
    assert [c.kind for c in dialogs.calls] == ["ask_open_path"]


def test_cancel_midway_keeps_the_committed_batches_and_a_consistent_registry(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_csv(tmp_path / "clients.csv", 500)
    monkeypatch.setattr(importing, "IMPORT_BATCH", 100)
    # The third batch waits, under way, until the user has clicked Cancel.
    in_third_batch, may_go_on = threading.Event(), threading.Event()
    real_write = importer.write_batches
    batches = []

    def write_batches(*args: object, **kwargs: object) -> int:
        batches.append(1)
        if len(batches) == 3:
            in_third_batch.set()
            assert may_go_on.wait(5)
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "write_batches", write_batches)
    poll = QTimer()
    poll.setInterval(5)

    def on_task_started(task: tasks.Task[object]) -> None:
        def click_cancel_once_the_third_batch_runs() -> None:
            if in_third_batch.is_set() and not may_go_on.is_set():
                task.dialog.cancel_button.click()
                may_go_on.set()

        poll.timeout.connect(click_cancel_once_the_third_batch_runs)
        poll.start()

    tasks.monitor.task_started.connect(on_task_started)
    try:
        dialogs.preset(source, ImportOptions([], "paper"), None)
        outcome = window.import_customers()
    finally:
        poll.stop()
        tasks.monitor.task_started.disconnect(on_task_started)
    assert outcome is not None and outcome.cancelled
    assert (outcome.written, outcome.total) == (300, 500)  # the batch under way was finished
    assert registry.customers.count() == 330
    info = dialogs.calls[-1]
    assert info.kind == "show_info" and info.title == "Import cancelled"
    assert "300 of 500 customers were imported" in info.text
    assert window.count_label.text() == "330 customers"
    consistent(registry)
