"""Backups from the GUI: now, on a schedule, on closing; the age warning; restoring.

The core does the work (``core.backup``: verified encrypted backups, rotation, a restore
that keeps erasures erased); this module decides *when* and shows what happened:

* ``BackupController`` (one per main window): Security > Back up now / Restore a
  backup…, a permanent status-bar button with the age of the last backup (a warning,
  with an icon, a colour and a tooltip, when there is none or it is older than the
  setting; a click opens Settings > Backups), and a timer that checks every minute
  whether a scheduled backup is due (``backup_interval_hours``).
* Every backup runs through ``tasks.run_task``: the registry connection belongs to
  the worker meanwhile, and a backup never starts while another task runs (a
  scheduled one waits for the next check). A scheduled backup that fails does not
  pop a dialog up at an empty counter: the status button says so, and it is tried
  again an hour later.
* On closing (the main window is the last window, the setting is on, a folder is
  chosen) a backup is made before the registry closes; a failure is shown, and
  Registre closes anyway: the registry itself is untouched.
* Restoring: choose a backup, read what will happen, confirm, give the passphrase or
  recovery code when the keyring cannot open the backup; the ``Launcher`` then
  closes the registry, runs ``core.backup.restore_backup`` and reopens it
  (``restore_and_reopen``), and the number of erasures applied again is shown.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import backup, permissions
from desktop_app.core.errors import BackupError, RegistreError
from desktop_app.core.keyfile import KeyFile
from desktop_app.core.registry import Registry, Unlock, unwrap_keys
from desktop_app.core.settings import Settings
from desktop_app.gui import dialogs, tasks
from desktop_app.gui.customer_model import ui_language

if TYPE_CHECKING:
    from desktop_app.gui.app import Launcher

CHECK_INTERVAL_MS = 60_000  # the status and the schedule are looked at every minute
RETRY_AFTER = timedelta(hours=1)  # after a scheduled backup failed
WARNING_STYLE = "QToolButton { color: #b3261e; font-weight: bold; }"
FILE_FILTER = "Registre (registre-*.db)"
DAY_FORMAT = "d MMM yyyy"

_NAME = re.compile(r"^registre-(\d{8}-\d{6})(?:-\d+)?\.db$")


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, from its name (``registre-YYYYMMDD-HHMMSS.db``, UTC)."""
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def format_time(moment: datetime) -> str:
    """'29 Nov 2026, 18:49' in local time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return f"{QLocale().toString(local.date(), DAY_FORMAT)}, {local.toString('HH:mm')}"


def backup_size(path: Path) -> int:
    """The size of a backup: its database and its key file."""
    total = 0
    for part in (path, backup.keys_path(path)):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total


def verify(registry: Registry, path: Path) -> backup.BackupInfo:
    """Check a backup with the open registry's key (or, if the key was changed since,
    through the backup's key file and the keyring). Raises BackupError."""
    try:
        return backup.verify_backup(path, registry._key)
    except BackupError as first:
        try:
            return backup.verify_backup(path, Unlock())
        except RegistreError:
            raise first from None


@dataclass(frozen=True)
class RestoreRequest:
    """A backup to put back, and how to open it (and the registry after it)."""

    backup: Path
    unlock: Unlock


@dataclass(frozen=True)
class RestoreOutcome:
    result: backup.RestoreResult | None  # None: the restore failed (error says why)
    error: BaseException | None
    reopened: bool


class BackupController(QObject):
    """Backups of one main window's registry: actions, status button, schedule."""

    settings_requested = Signal()  # the status button was clicked: open Settings > Backups
    backup_made = Signal(object)  # Path of the new backup
    restore_requested = Signal(object)  # RestoreRequest: the Launcher does it

    def __init__(
        self,
        window: QMainWindow,
        registry: Registry,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.registry = registry
        self.lang = ui_language()
        self._settings_path = settings_path
        self.settings = Settings.load(settings_path)
        self.running = False
        self.failed_at: datetime | None = None  # the last scheduled backup that failed
        self.last_error = ""
        self.warning = False
        self.detached = False

        self.status_button = QToolButton(window)
        self.status_button.setObjectName("backupStatus")
        self.status_button.setAutoRaise(True)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status_button.clicked.connect(self.settings_requested)
        window.statusBar().addPermanentWidget(self.status_button)

        self.action_backup = self._action("actionBackUpNow", self.tr("&Back up now"))
        self.action_backup.setToolTip(self.tr("Write a verified encrypted backup now"))
        self.action_backup.triggered.connect(lambda: self.back_up_now())
        self.action_restore = self._action("actionRestoreBackup", self.tr("&Restore a backup…"))
        self.action_restore.setToolTip(self.tr("Replace the registry with one of its backups"))
        self.action_restore.triggered.connect(lambda: self.ask_restore())
        self.action_backup.setEnabled(registry.can(permissions.BACKUP))
        self.action_restore.setEnabled(registry.can(permissions.RESTORE))
        self.status_button.setVisible(registry.can(permissions.BACKUP))

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        self.refresh_status()

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        return action

    def actions(self) -> list[QAction]:
        return [self.action_backup, self.action_restore]

    def stop(self) -> None:
        self.timer.stop()

    def detach(self) -> None:
        """The registry is being closed for a restore: no schedule, no backup on closing."""
        self.stop()
        self.detached = True

    def disable_for_demo(self) -> None:
        """A throwaway demo registry is never backed up: into the real backup folder least."""
        self.detach()
        for action in self.actions():
            action.setEnabled(False)
            action.setToolTip(self.tr("The demo registry is not backed up"))
        self.status_button.hide()

    # -- settings and status -----------------------------------------------------------

    def reload_settings(self) -> Settings:
        self.settings = Settings.load(self._settings_path)
        return self.settings

    def folder(self) -> Path | None:
        text = self.settings.backup_folder
        return Path(text) if text else None

    def last_age(self, now: datetime | None = None) -> timedelta | None:
        folder = self.folder()
        if folder is None:
            return None
        return backup.last_backup_age(folder, now, self.registry.registry_id)

    def age_text(self, age: timedelta | None) -> str:
        if age is None:
            return self.tr("No backup yet")
        minutes = max(0, int(age.total_seconds() // 60))
        if minutes < 1:
            return self.tr("Last backup: just now")
        if minutes < 60:
            return self.tr("Last backup: %1 min ago").replace("%1", str(minutes))
        hours = minutes // 60
        if hours < 48:
            return self.tr("Last backup: %1 h ago").replace("%1", str(hours))
        return self.tr("Last backup: %1 days ago").replace("%1", str(hours // 24))

    def refresh_status(self, now: datetime | None = None) -> None:
        """The status button: the age of the last backup, a warning when it is too old."""
        self.reload_settings()
        age = self.last_age(now)
        limit = timedelta(days=self.settings.backup_warning_days)
        self.warning = age is None or age > limit or self.failed_at is not None
        text = self.age_text(age)
        if self.folder() is None:
            tip = self.tr(
                "No backup folder is chosen: the registry is not backed up. "
                "Click to choose one (a USB stick, a network share)."
            )
        elif age is None:
            tip = self.tr("There is no backup in %1 yet. Click to see the backup settings.")
            tip = tip.replace("%1", str(self.folder()))
        elif age > limit:
            tip = self.tr(
                "The last backup is older than %1 days. Back up now (Security > Back up "
                "now), or click to see the backup settings."
            ).replace("%1", str(self.settings.backup_warning_days))
        else:
            tip = self.tr("Backups go to %1. Click to see the backup settings.").replace(
                "%1", str(self.folder())
            )
        if self.failed_at is not None:
            text = self.tr("Backup failed")
            tip = self.last_error + "\n\n" + tip
        button = self.status_button
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setProperty("warning", self.warning)
        if self.warning:
            button.setIcon(button.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            button.setStyleSheet(WARNING_STYLE)
        else:
            button.setIcon(button.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            button.setStyleSheet("")

    # -- backing up ------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.refresh_status()
        self.check_schedule()

    def due(self, now: datetime | None = None) -> bool:
        """Whether a scheduled backup is due now (folder chosen, schedule on, last too old)."""
        self.reload_settings()
        hours = self.settings.backup_interval_hours
        if (
            self.detached
            or hours <= 0
            or self.folder() is None
            or not self.registry.can(permissions.BACKUP)
        ):
            return False
        now = now or datetime.now(UTC)
        if self.failed_at is not None and now - self.failed_at < RETRY_AFTER:
            return False
        age = self.last_age(now)
        return age is None or age >= timedelta(hours=hours)

    def check_schedule(self, now: datetime | None = None) -> Path | None:
        """Back up when the schedule says so and nothing else is going on; the new backup."""
        if not self.due(now):
            return None
        if self.running or tasks.running() or QApplication.activeModalWidget() is not None:
            return None  # another task has the registry, or a dialog is open: next minute
        return self.back_up_now(scheduled=True, now=now)

    def back_up_now(
        self, *, scheduled: bool = False, closing: bool = False, now: datetime | None = None
    ) -> Path | None:
        """Write a verified backup behind a progress dialog; its path, None when it failed.

        Asked for (Security > Back up now): a failure is shown in a dialog. Scheduled: in
        the status button, tried again after ``RETRY_AFTER``. On closing: in a dialog.
        """
        if self.running or self.detached:
            return None
        parent = self.window
        if not self.registry.can(permissions.BACKUP):
            try:
                self.registry.require(permissions.BACKUP)
            except RegistreError as exc:
                dialogs.show_error(parent, self.tr("Back up"), exc.message(self.lang))
            return None
        self.reload_settings()
        folder = self.folder()
        if folder is None:
            if not scheduled and not closing:
                dialogs.show_info(
                    parent,
                    self.tr("Choose a backup folder"),
                    self.tr(
                        "Choose where backups go first: a USB stick or a network share, "
                        "away from this computer. The settings open on the Backups page."
                    ),
                )
                self.settings_requested.emit()
            return None
        if tasks.running():
            return None
        keep = self.settings.backup_keep
        registry = self.registry
        title = (
            self.tr("Backing up before closing…")
            if closing
            else self.tr("Backing up the registry…")
        )
        self.running = True
        error = ""
        path: Path | None = None
        try:
            path = tasks.run_task(
                parent,
                title,
                lambda _ctx: backup.create_backup(registry, folder, keep),
                cancellable=False,
                show_delay_ms=0 if closing else tasks.SHOW_DELAY_MS,
            )
        except RegistreError as exc:
            error = exc.message(self.lang)
        except OSError as exc:
            error = BackupError(
                "backup_folder_unusable", path=str(folder), reason=exc.strerror or str(exc)
            ).message(self.lang)
        finally:
            self.running = False
        if path is not None:
            self.failed_at, self.last_error = None, ""
            self.refresh_status()
            self.window.statusBar().showMessage(
                self.tr("Backup written and verified: %1").replace("%1", str(path)), 10_000
            )
            self.backup_made.emit(path)
            return path
        text = error + " " + self.tr("The registry itself is unchanged.")
        if scheduled:
            self.failed_at = now or datetime.now(UTC)
            self.last_error = text
            self.refresh_status()
            self.window.statusBar().showMessage(self.tr("The scheduled backup failed."), 15_000)
        elif closing:
            dialogs.show_error(
                parent,
                self.tr("The backup on closing failed"),
                text + "\n\n" + self.tr("Registre closes now; back up as soon as you can."),
            )
        else:
            dialogs.show_error(parent, self.tr("The backup failed"), text)
            self.refresh_status()
        return None

    def before_close(self) -> Path | None:
        """On quitting: a backup, when set up (the main window calls it from closeEvent).

        Only when the main window is the last window (quitting, not locking or
        reopening after a restore, where another window is already shown).
        """
        self.stop()
        if self.detached:
            return None
        self.reload_settings()
        if (
            not self.settings.backup_on_close
            or self.folder() is None
            or not self.registry.can(permissions.BACKUP)
            or not self._is_last_window()
        ):
            return None
        try:
            self.registry.conn.execute("SELECT 1")
        except Exception:  # already closed: nothing to back up
            return None
        return self.back_up_now(closing=True)

    def _is_last_window(self) -> bool:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible() or not widget.isWindow():
                continue
            if self.window.isAncestorOf(widget) or widget.objectName() == "taskDialog":
                continue
            if widget.parentWidget() is not None:
                continue  # a dialog of some window: not what keeps the application open
            return False
        return True

    # -- restoring --------------------------------------------------------------------------

    def ask_restore(self) -> RestoreRequest | None:
        """Choose a backup, explain, confirm, find how to open it; then ask the Launcher."""
        parent = self.window
        try:
            self.registry.require(permissions.RESTORE)
        except RegistreError as exc:
            dialogs.show_error(parent, self.tr("Restore a backup"), exc.message(self.lang))
            return None
        if tasks.running():
            return None
        self.reload_settings()
        start = self.folder() or Path.home()
        path = dialogs.ask_open_path(parent, self.tr("Restore a backup"), start, FILE_FILTER)
        if path is None:
            return None
        keys = backup.keys_path(path)
        if not path.is_file() or not keys.is_file():
            error = BackupError(
                "backup_not_found" if not path.is_file() else "backup_keys_missing",
                path=str(path if not path.is_file() else keys),
            )
            dialogs.show_error(parent, self.tr("Restore a backup"), error.message(self.lang))
            return None
        made = backup_time(path)
        when = format_time(made) if made is not None else path.name
        data_dir = self.registry.paths.data_dir
        text = (
            self.tr("Restore the backup of %1?").replace("%1", when)
            + "\n\n"
            + self.tr(
                "• The registry open now is replaced by this backup: customers, changes and "
                "consents recorded after %1 are lost."
            ).replace("%1", when)
            + "\n"
            + self.tr(
                "• Erasures recorded since the backup are applied again: erased people stay erased."
            )
            + "\n"
            + self.tr(
                "• A copy of the current registry is kept in %1 as %2, until the next restore."
            )
            .replace("%1", str(data_dir))
            .replace("%2", backup.BEFORE_RESTORE)
            + "\n"
            + self.tr("• The registry closes during the restore, then opens again.")
        )
        if not dialogs.confirm(parent, self.tr("Restore this backup?"), text, destructive=True):
            return None
        unlock = self._find_unlock(path)
        if unlock is None:
            return None
        request = RestoreRequest(path, unlock)
        self.restore_requested.emit(request)
        return request

    def _unlock_dialog_maker(
        self, has_passphrase: bool, message: str
    ) -> Callable[[], RestoreUnlockDialog]:
        return lambda: RestoreUnlockDialog(has_passphrase, message, parent=self.window)

    def _find_unlock(self, path: Path) -> Unlock | None:
        """The keyring when it opens the backup; otherwise ask for the passphrase or the
        recovery code (checked against the backup's key file) until right or cancelled."""
        keyfile = KeyFile.load(backup.keys_path(path))

        def opens(unlock: Unlock) -> RegistreError | None:
            try:
                tasks.run_task(
                    self.window,
                    self.tr("Checking…"),
                    lambda _ctx: unwrap_keys(keyfile, unlock),
                    cancellable=False,
                )
            except RegistreError as exc:
                return exc
            return None

        if keyfile.has("keyring") and opens(Unlock()) is None:
            return Unlock()
        message = ""
        while True:
            answer = dialogs.ask_with(
                "restore_unlock",
                self.tr("Open the backup"),
                self._unlock_dialog_maker(keyfile.has("passphrase"), message),
                RestoreUnlockDialog.answer,
                Unlock,
            )
            if answer is None:
                return None
            error = opens(answer)
            if error is None:
                return answer
            message = error.message(self.lang)


class RestoreUnlockDialog(QDialog):
    """The passphrase or the recovery code that opens a backup (the keyring cannot)."""

    def __init__(self, has_passphrase: bool, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreUnlockDialog")
        self.setWindowTitle(self.tr("Open the backup"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The system keyring cannot open this backup. Type the registry's passphrase "
                "(the one it had when the backup was made), or the code of the recovery sheet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase_radio = QRadioButton(self.tr("&Passphrase"))
        self.recovery_radio = QRadioButton(self.tr("&Recovery code"))
        group = QButtonGroup(self)
        group.addButton(self.passphrase_radio)
        group.addButton(self.recovery_radio)
        (self.passphrase_radio if has_passphrase else self.recovery_radio).setChecked(True)
        layout.addWidget(self.passphrase_radio)
        layout.addWidget(self.recovery_radio)
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase or recovery code"))
        layout.addWidget(self.secret_edit)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.secret_edit.setFocus()

    def answer(self) -> Unlock:
        secret = self.secret_edit.text()
        if self.recovery_radio.isChecked():
            return Unlock(recovery_code=secret, use_keyring=False)
        return Unlock(passphrase=secret, use_keyring=False)


def restore_and_reopen(launcher: Launcher, request: RestoreRequest) -> RestoreOutcome | None:
    """Close the registry and its window, restore, reopen: the Launcher's side of a restore.

    The old window closes once the progress dialog shows (so the application does not
    quit); a failed restore leaves the registry as it was, and it is opened again. If
    it cannot be opened again (the key changed), the unlock screen shows.
    """
    registry, window = launcher.registry, launcher.main_window
    if registry is None or window is None or tasks.running():
        return None
    translate = QApplication.translate
    launcher.autolock.stop()
    data_dir = registry.paths.data_dir
    controller = getattr(window, "backups", None)
    if isinstance(controller, BackupController):
        controller.detach()
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # no window for a moment: do not quit
    launcher.registry = None
    launcher.main_window = None
    launcher.kept_form = None
    window.hide()

    def work(_ctx: tasks.TaskContext) -> RestoreOutcome:
        registry.close()
        result: backup.RestoreResult | None = None
        error: BaseException | None = None
        try:
            result = backup.restore_backup(request.backup, data_dir, request.unlock)
        except (RegistreError, OSError) as exc:
            error = exc
        try:
            reopened = Registry.open(data_dir, request.unlock)
        except Exception:  # the unlock screen shows instead, and says why
            return RestoreOutcome(result, error, False)
        launcher_holder.append(reopened)
        return RestoreOutcome(result, error, True)

    launcher_holder: list[Registry] = []
    try:
        outcome = tasks.run_task(
            None,
            translate("Backups", "Restoring the backup…"),
            work,
            cancellable=False,
            show_delay_ms=0,
        )
        assert outcome is not None  # not cancellable
        window.close()
        window.deleteLater()
        if launcher_holder:
            launcher._on_registry_ready(launcher_holder[0])
        else:
            from desktop_app.gui.unlock import UnlockScreen

            unlock = UnlockScreen(data_dir, launcher.lang)
            unlock.unlocked.connect(launcher._on_registry_ready)
            launcher.screen = unlock
            unlock.show()
            unlock.start(try_keyring=True)
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
    parent = launcher.main_window or launcher.screen
    lang = ui_language()
    if outcome.result is not None:
        result = outcome.result
        text = translate(
            "Backups",
            "The backup is restored: %1 customers. Erasures applied again: %2.",
        )
        text = text.replace("%1", QLocale().toString(result.customers))
        text = text.replace("%2", QLocale().toString(result.reapplied_erasures))
        if result.before_restore is not None:
            text += "\n\n" + translate(
                "Backups",
                "The registry as it was before is kept as %1 until the next restore; "
                "delete it once you have checked the restored registry.",
            ).replace("%1", str(result.before_restore))
        dialogs.show_info(parent, translate("Backups", "Backup restored"), text)
    else:
        error = outcome.error
        reason = (
            error.message(lang)
            if isinstance(error, RegistreError)
            else (getattr(error, "strerror", None) or type(error).__name__)
        )
        dialogs.show_error(
            parent,
            translate("Backups", "The restore failed"),
            translate(
                "Backups", "The backup was not restored: %1 The registry is as it was."
            ).replace("%1", reason),
        )
    return outcome
