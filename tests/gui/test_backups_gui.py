"""Backups from the GUI: status-bar age and warning, schedule, on closing, restore.

Real SQLCipher registries and real backup files in temporary folders; the timer's
work is driven directly (no sleeping), dialogs are pre-answered.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core import backup
from desktop_app.core.registry import Registry, Unlock
from desktop_app.core.settings import Settings
from desktop_app.gui import app, dialogs
from desktop_app.gui.backups import CHECK_INTERVAL_MS, BackupController, RestoreUnlockDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import SettingsDialog
from tests.core.conftest import add_customer
from tests.core.test_erasure import BYSTANDER, add_person, erase
from tests.gui.fixtures_registry import PASSPHRASE, add_sample_customers, english  # noqa: F401


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "usb" / "registre"


def configure(folder: Path | str, **values: object) -> Settings:
    """Write the backup settings where the application reads them (the test's config dir)."""
    settings = Settings.load()
    settings.backup_folder = str(folder)
    for name, value in values.items():
        settings.set(name, value)  # type: ignore[arg-type]
    settings.save()
    return settings


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    created = Registry.create(tmp_path / "registry", "Boutique Test", passphrase=PASSPHRASE)
    add_sample_customers(created.registry, 5)
    yield created.registry
    with contextlib.suppress(Exception):  # some tests close it themselves
        created.registry.close()


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> MainWindow:
    main = MainWindow(registry)
    qtbot.addWidget(main)
    return main


def age_back(path: Path, days: float) -> Path:
    """Rename a backup (both files) as if it had been made ``days`` ago."""
    when = datetime.now(UTC) - timedelta(days=days)
    target = path.with_name(f"registre-{when:%Y%m%d-%H%M%S}.db")
    backup.keys_path(path).rename(backup.keys_path(target))
    path.rename(target)
    return target


@pytest.mark.usefixtures("english")
def test_status_says_no_backup_fresh_or_old_and_warns(
    qtbot: QtBot, window: MainWindow, registry: Registry, folder: Path
) -> None:
    status = window.backups
    button = status.status_button
    assert button.text() == "No backup yet" and status.warning
    assert "No backup folder is chosen" in button.toolTip()
    assert button.styleSheet() and not button.icon().isNull()  # colour and icon

    configure(folder)
    status.refresh_status()
    assert button.text() == "No backup yet" and status.warning
    assert str(folder) in button.toolTip()

    made = backup.create_backup(registry, folder)
    status.refresh_status()
    assert button.text() == "Last backup: just now"
    assert not status.warning and button.styleSheet() == ""

    status.refresh_status(now=datetime.now(UTC) + timedelta(hours=5, minutes=1))
    assert button.text() == "Last backup: 5 h ago" and not status.warning

    age_back(made, 10)
    status.refresh_status()
    assert button.text() == "Last backup: 10 days ago" and status.warning
    assert "older than 7 days" in button.toolTip()
    configure(folder, backup_warning_days=14)  # the setting moves the limit
    status.refresh_status()
    assert not status.warning

    # A click on it opens Settings on the Backups page.
    button.click()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.current_page() == "backups"
    assert len(dialog.backups_listed()) == 1
    dialog.reject()


def test_the_schedule_writes_a_verified_backup_when_one_is_due(
    qtbot: QtBot, window: MainWindow, registry: Registry, folder: Path
) -> None:
    status = window.backups
    assert status.timer.isActive() and status.timer.interval() == CHECK_INTERVAL_MS
    assert not status.due()  # no folder: nothing scheduled
    configure(folder, backup_interval_hours=24)
    assert status.due()  # no backup yet

    status.timer.timeout.emit()  # what the timer does each minute
    (first,) = backup.list_backups(folder)
    info = backup.verify_backup(first, Unlock(passphrase=PASSPHRASE))
    assert info.customers == registry.customers.count() == 5
    assert not status.due() and not status.warning

    later = datetime.now(UTC) + timedelta(hours=25)
    assert status.due(later)
    second = status.check_schedule(later)
    assert second is not None and backup.list_backups(folder) == [first, second]

    configure(folder, backup_interval_hours=0)  # off
    assert not status.due(datetime.now(UTC) + timedelta(days=30))


def test_the_schedule_waits_while_a_dialog_or_task_is_open(
    qtbot: QtBot, window: MainWindow, folder: Path
) -> None:
    configure(folder)
    window.open_settings()  # a window-modal dialog: the registry may be in use
    assert window.backups.check_schedule() is None
    assert backup.list_backups(folder) == []
    window.settings_dialog.reject()  # type: ignore[union-attr]
    assert window.backups.check_schedule() is not None


def test_closing_the_window_backs_up_first(
    qtbot: QtBot, window: MainWindow, registry: Registry, folder: Path
) -> None:
    configure(folder)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    (made,) = backup.list_backups(folder)
    assert backup.verify_backup(made, Unlock(passphrase=PASSPHRASE)).customers == 5


def test_no_backup_on_closing_when_off_or_when_another_window_stays(
    qtbot: QtBot, registry: Registry, folder: Path
) -> None:
    configure(folder, backup_on_close=False)
    first = MainWindow(registry)
    qtbot.addWidget(first)
    first.show()
    first.close()
    assert backup.list_backups(folder) == []

    configure(folder, backup_on_close=True)
    unlock_screen = QWidget()  # locking shows the unlock screen before the window closes
    qtbot.addWidget(unlock_screen)
    unlock_screen.show()
    second = MainWindow(registry)
    qtbot.addWidget(second)
    second.show()
    second.close()
    assert backup.list_backups(folder) == []


def test_a_failing_folder_gives_a_translated_message_and_loses_nothing(
    qtbot: QtBot, registry: Registry, tmp_path: Path, ui_lang: str, dialog_answers: Callable
) -> None:
    # A USB stick that is gone: its path now runs through a plain file (refused even to root).
    blocker = tmp_path / "media"
    blocker.write_text("not a folder")
    folder = blocker / "usb"
    configure(folder)
    main = MainWindow(registry)
    qtbot.addWidget(main)
    before = registry.customers.count()

    dialog_answers(None)  # the error dialog
    assert main.backups.back_up_now() is None
    call = dialogs.calls[-1]
    assert call.kind == "show_error"
    if ui_lang == "fr":
        assert "Impossible d'écrire une sauvegarde dans" in call.text
        assert "Le registre lui-même n'est pas modifié." in call.text
    else:
        assert "Cannot write a backup into" in call.text
        assert "The registry itself is unchanged." in call.text
    assert registry.customers.count() == before
    assert blocker.read_text() == "not a folder"

    # Scheduled: no dialog at an empty counter; the status says so; retried an hour later.
    calls = len(dialogs.calls)
    assert main.backups.check_schedule() is None
    assert len(dialogs.calls) == calls
    assert main.backups.warning
    assert main.backups.status_button.text() in ("Backup failed", "Échec de la sauvegarde")
    assert not main.backups.due()
    assert main.backups.due(datetime.now(UTC) + timedelta(hours=2))

    # On closing: shown, and Registre closes all the same.
    main.show()
    dialog_answers(None)
    assert main.close()
    assert dialogs.calls[-1].kind == "show_error"
    assert registry.customers.count() == before


# -- restoring through the GUI ---------------------------------------------------------------


@pytest.fixture
def launcher(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> Iterator[Callable[[bool], app.Launcher]]:
    made: list[app.Launcher] = []

    def make(use_keyring: bool) -> app.Launcher:
        make_registry(use_keyring=use_keyring)
        launcher = app.Launcher(data_dir, "en")
        made.append(launcher)
        screen = launcher.start()
        if not use_keyring:
            screen.ui.secretEdit.setText(PASSPHRASE)  # type: ignore[attr-defined]
            screen.ui.unlockButton.click()  # type: ignore[attr-defined]
        assert isinstance(launcher.main_window, MainWindow)
        return launcher

    yield make
    for launcher in made:
        for window in (launcher.screen, launcher.main_window):
            if window is not None:
                window.close()
        launcher.shutdown()


@pytest.mark.parametrize("use_keyring", [True, False], ids=["keyring", "passphrase"])
@pytest.mark.usefixtures("english")
def test_restore_brings_the_data_back_and_keeps_the_erased_person_erased(
    qtbot: QtBot,
    launcher: Callable[[bool], app.Launcher],
    data_dir: Path,
    folder: Path,
    use_keyring: bool,
    dialog_answers: Callable,
) -> None:
    configure(folder, backup_on_close=True)
    shell = launcher(use_keyring)
    registry, window = shell.registry, shell.main_window
    assert registry is not None and isinstance(window, MainWindow)
    bystander = add_customer(registry, BYSTANDER, ["customer_follow_up"])
    person = add_person(registry, ["customer_follow_up"])
    bystander_ref = registry.customers.get(bystander).reference
    person_ref = registry.customers.get(person).reference
    made = window.backups.back_up_now()
    assert made is not None
    erase(registry, person)
    add_customer(registry, {"last_name": "Later", "first_name": "Added"}, ["customer_follow_up"])

    answers: list[object] = [made, True]  # the file; yes, replace the registry
    if not use_keyring:
        answers.append(Unlock(recovery_code="WRONG-CODE-0000", use_keyring=False))
        answers.append(Unlock(passphrase=PASSPHRASE, use_keyring=False))
    answers.append(None)  # the result
    dialog_answers(*answers)
    window.backups.action_restore.trigger()

    kinds = [call.kind for call in dialogs.calls]
    expected = ["ask_open_path", "confirm"]
    if not use_keyring:
        expected += ["restore_unlock", "restore_unlock"]
    assert kinds == [*expected, "show_info"]
    confirm = dialogs.calls[1].text
    assert "replaced by this backup" in confirm and "Erasures recorded since" in confirm
    assert backup.BEFORE_RESTORE in confirm
    assert "Erasures applied again: 1." in dialogs.calls[-1].text

    # A new window over the restored registry; the old one is gone, without a backup.
    assert isinstance(shell.main_window, MainWindow) and shell.main_window is not window
    restored = shell.registry
    assert restored is not None and restored is not registry
    assert backup.list_backups(folder) == [made]
    references = {c.reference for c in restored.customers.find()}
    assert bystander_ref in references
    assert person_ref not in references  # erased after the backup: erased again
    assert restored.customers.count() == 1  # the bystander; "Later" came after the backup
    assert (data_dir / backup.BEFORE_RESTORE).exists()
    assert QApplication.quitOnLastWindowClosed()


@pytest.mark.usefixtures("english")
def test_the_unlock_dialog_reads_passphrase_or_recovery_code(qtbot: QtBot) -> None:
    dialog = RestoreUnlockDialog(True, "")
    qtbot.addWidget(dialog)
    dialog.secret_edit.setText("a secret")
    assert dialog.answer() == Unlock(passphrase="a secret", use_keyring=False)
    dialog.recovery_radio.setChecked(True)
    assert dialog.answer() == Unlock(recovery_code="a secret", use_keyring=False)


@pytest.mark.usefixtures("english")
def test_settings_backups_page_chooses_lists_backs_up_and_verifies(
    qtbot: QtBot,
    window: MainWindow,
    registry: Registry,
    folder: Path,
    dialog_answers: Callable,
) -> None:
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.show_page("backups")
    assert not dialog.back_up_button.isEnabled()  # no folder yet
    folder.mkdir(parents=True)
    dialog_answers(folder)
    assert dialog.choose_backup_folder() == folder
    assert Settings.load().backup_folder == str(folder)
    assert dialog.back_up_button.isEnabled()

    dialog.backup_keep_spin.setValue(2)
    dialog.backup_interval_spin.setValue(0)
    dialog.backup_on_close_check.setChecked(False)
    dialog.backup_warning_spin.setValue(3)
    saved = Settings.load()
    assert (saved.backup_keep, saved.backup_interval_hours) == (2, 0)
    assert (saved.backup_on_close, saved.backup_warning_days) == (False, 3)

    paths = [dialog.back_up_now() for _ in range(3)]
    assert all(paths)
    assert dialog.backups_listed() == list(reversed(backup.list_backups(folder)))
    assert len(dialog.backups_listed()) == 2  # keep 2
    assert window.backups.status_button.text() == "Last backup: just now"

    info = dialog.verify_selected_backup()
    assert info is not None and info.customers == 5
    assert "is sound" in dialog.backup_message.text()

    # A damaged copy is reported, not trusted.
    newest = dialog.backups_listed()[0]
    with open(newest, "r+b") as handle:
        handle.seek(os.path.getsize(newest) // 2)
        handle.write(b"\0" * 4096)
    dialog.backup_table.selectRow(0)
    assert dialog.verify_selected_backup() is None
    assert dialog.backup_message.property("kind") == "error"
    dialog.reject()


def test_staff_cannot_back_up_or_restore_from_the_window(qtbot: QtBot, registry: Registry) -> None:
    lea = registry.staff.add("Léa", "lea passphrase").id
    data_dir = registry.paths.data_dir
    registry.close()
    as_staff = Registry.open(data_dir, Unlock(passphrase="lea passphrase", staff_id=lea))
    main = MainWindow(as_staff)
    qtbot.addWidget(main)
    assert not main.backups.action_backup.isEnabled()  # in sight, greyed out
    assert not main.backups.action_restore.isEnabled()
    controller: BackupController = main.backups
    assert controller.check_schedule() is None
    as_staff.close()


def test_the_demo_registry_is_never_backed_up(qtbot: QtBot, tmp_path: Path) -> None:
    """Not on a schedule, not on closing, not by hand: the real folder stays untouched."""
    folder = tmp_path / "usb"
    settings = Settings.load()
    settings.backup_folder = str(folder)
    settings.save()
    launcher = app.Launcher(tmp_path / "unused", "en", demo=True)
    try:
        window = launcher.start()
        assert isinstance(window, MainWindow)
        controller: BackupController = window.backups
        assert not controller.action_backup.isEnabled()
        assert not controller.action_restore.isEnabled()
        assert controller.check_schedule() is None
        window.close()
    finally:
        launcher.shutdown()
    assert not folder.exists() or backup.list_backups(folder) == []


def test_rotation_leaves_another_registrys_backups_alone(
    registry: Registry, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    other = Registry.create(tmp_path / "other", "Autre boutique", passphrase=PASSPHRASE)
    try:
        theirs = backup.create_backup(other.registry, folder)
    finally:
        other.registry.close()
    for _ in range(3):
        backup.create_backup(registry, folder, keep=2)
    ours = backup.list_backups(folder, registry.registry_id)
    assert len(ours) == 2 and theirs not in ours
    assert theirs in backup.list_backups(folder)  # still there, with its key file
    assert backup.keys_path(theirs).is_file()
