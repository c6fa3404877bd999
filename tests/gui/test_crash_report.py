"""Crash reports: an unexpected error with a customer's data in its message, raised in a Qt
slot while a real registry is open, goes through the one ``sys.excepthook`` into the log
folder as types, codes and code locations only; and the suite-wide scan of logs
(tests/conftest.py, tests/support/log_scan.py) would see a leak if there were one."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import ValidationError
from desktop_app.core.registry import Registry
from desktop_app.gui import app, dialogs
from tests.support import log_scan

PASSPHRASE = "correct horse battery"
CUSTOMER = CustomerDraft(
    fields={
        "last_name": "Zqxjcanary001",
        "first_name": "Vrümkacanary001",
        "email": "wombatcanary@example.org",
        "phone": "+33 6 99 88 77 66",
    },
    purposes=["customer_follow_up"],
)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    """A real registry, open, holding one customer whose data are canary strings."""
    created = Registry.create(
        tmp_path / "registry", "Boutique Test", passphrase=PASSPHRASE, use_keyring=False
    )
    registry = created.registry
    with registry.transaction():
        registry.customers.add(CUSTOMER)
    yield registry
    registry.close()


@pytest.fixture
def crash_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """What ``registre`` sets up: the log file (in REGISTRE_LOG_DIR) and the hook."""
    path = app.setup_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app.install_excepthook("fr", path)
    yield path
    app.teardown_logging()


def print_label(registry: Registry, customer_id: int) -> None:
    """A bug of the kind that quotes the customer: a core error, then a message with data."""
    record = registry.customers.get(customer_id)
    try:
        # A real core error whose message quotes the (wrong) channel: the customer's name.
        registry.customers.withdraw_consent(customer_id, "newsletter", record.display_name)
    except ValidationError as exc:
        raise RuntimeError(
            f"cannot print the label of {record.display_name} <{record.fields['email']}>, "
            f"{record.fields['phone']}"
        ) from exc


@pytest.mark.qt_no_exception_capture  # the application's own hook gets the exception
def test_a_crash_report_holds_types_codes_and_places_never_the_customer(
    qtbot: QtBot,
    registry: Registry,
    crash_log: Path,
    dialog_answers: Callable[..., None],
) -> None:
    (customer_id,) = registry.customers.iter_ids()
    with pytest.raises(RuntimeError) as raised:  # the bug really quotes the customer
        print_label(registry, customer_id)
    assert "Zqxjcanary001" in str(raised.value)
    assert "Zqxjcanary001" in str(raised.value.__cause__)

    dialog_answers(None)  # the error dialog, answered
    QTimer.singleShot(0, lambda: print_label(registry, customer_id))  # uncaught, in a slot
    qtbot.waitUntil(lambda: len(dialogs.calls) == 1, timeout=5000)
    for handler in logging.getLogger("registre").handlers:
        handler.flush()

    assert crash_log.parent == Path(os.environ["REGISTRE_LOG_DIR"])  # the test's own folder
    assert crash_log.stat().st_mode & 0o077 == 0
    report = crash_log.read_text(encoding="utf-8")
    # Types, the core error's code, and where it happened: file, line, function.
    assert "builtins.RuntimeError" in report
    assert "desktop_app.core.errors.ValidationError (code channel_unknown)" in report
    assert "caused by:" in report
    assert f'File "{__file__}", line ' in report and ", in print_label" in report
    assert ", in withdraw_consent" in report and "desktop_app/core/customers.py" in report
    # Never the message, a source line or a local value.
    assert log_scan.canaries_in(crash_log, log_scan.canaries()) == []
    assert "cannot print the label" not in report and "record.display_name" not in report
    (shown,) = dialogs.calls
    assert shown.kind == "show_error" and "RuntimeError" in shown.text
    assert "Zqxjcanary" not in shown.text


def test_the_scan_sees_a_leak_in_any_encoding_or_case(tmp_path: Path) -> None:
    """The control: canaries written as UTF-16 or in capitals are found all the same."""
    sample = tmp_path / "control.txt"  # not a log name: the after-test scan skips it
    sample.write_bytes("ZQXJCANARY042".encode("utf-16-le") + b"\n" + "vrümkacanary7".encode())
    assert log_scan.canaries_in(sample, log_scan.canaries()) == ["Zqxjcanary", "Vrümkacanary"]
    sample.write_bytes("nothing personal".encode("utf-16-be"))
    assert log_scan.canaries_in(sample, log_scan.canaries()) == []


def test_the_scan_finds_every_log_file_handler_wherever_it_writes(tmp_path: Path) -> None:
    """A log written anywhere through ``logging`` is on the after-test scan's list; with a
    canary in it, the scan names the canary (the file is removed so this test passes)."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    handler = logging.FileHandler(folder / "leaky.txt", encoding="utf-8")
    logger = logging.getLogger("leak-control")  # not the application's: no other file
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.error("customer wombatcanary@example.org")  # what a careless log line does
        handler.flush()
        (folder / "leaky.txt.1").write_text("rotated: +33699887766", encoding="utf-8")
        (folder / "notes.txt").write_text("not a log", encoding="utf-8")
        mine = [p for p in log_scan.opened_by_handlers if p.parent == folder]
        files = log_scan.files_to_scan([], [], mine)
        assert files == [folder / "leaky.txt", folder / "leaky.txt.1"]
        assert log_scan.canaries_in(files[0], log_scan.canaries()) == [
            "wombatcanary@example.org",
            "wombatcanary",
        ]
        assert log_scan.canaries_in(files[1], log_scan.canaries()) == ["+33699887766", "699887766"]
        assert log_scan.files_to_scan([], [tmp_path], []) == []  # *.log names only
        (folder / "registre.log.2").write_text("", encoding="utf-8")
        assert log_scan.files_to_scan([], [tmp_path], []) == [folder / "registre.log.2"]
    finally:
        logger.removeHandler(handler)
        handler.close()
        for path in folder.iterdir():
            path.unlink()
