"""The settings dialog: business profile, purposes and their wording, unlock methods, language.

Opened from the main window (File > Settings…, Ctrl+,) over the open registry. Four pages:

* **Business**: every field of ``core.business.BusinessProfile``, saved in one transaction.
* **Purposes**: each purpose's legal basis, fields, retention and recipients, and its
  wording in French and English. "Save as a new version" records a new wording version
  (``PurposeCatalogue.update_wording``); old versions stay, as proof of what each
  customer agreed to, and are listed read-only.
* **Security**: the ways the registry opens (keyring, passphrase, recovery code); add,
  change or remove the passphrase, use or stop using the system keyring, renew the
  recovery code (a new sheet is saved; the old one stops working).
* **Backups**: the backup folder (a USB stick, a network share), how many to keep, the
  schedule, backing up on closing, the age that turns the status bar's backup age into
  a warning; the backups in the folder with their date and size, "Back up now" and
  "Verify" (through ``tasks.run_task``). Owner only: read-only for anyone else.
* **Display**: the interface language, kept in ``core.settings`` (applies at next start).

Errors are shown inline, on the page where they happened, with the core's translated
message. The passphrase's Argon2id derivation (a second or so) runs off the GUI thread;
everything else is quick and runs on it. Esc or Close closes the dialog.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import backup, fields, permissions
from desktop_app.core.business import CNIL_ADDRESS, CNIL_NAME, CNIL_URL, BusinessProfile
from desktop_app.core.errors import RegistreError, ValidationError
from desktop_app.core.flows import FlowError
from desktop_app.core.i18n import pick
from desktop_app.core.purposes import LEGAL_BASIS_LABELS, Purpose
from desktop_app.core.registry import Registry
from desktop_app.core.secrets import MIN_PASSPHRASE_LENGTH, check_passphrase
from desktop_app.core.settings import LanguageSetting, Settings
from desktop_app.gui import dialogs, first_run, icons, tasks
from desktop_app.gui.backups import backup_size, backup_time, format_time, verify
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.first_run import documents_folder, soften
from desktop_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog

PAGES = ("business", "purposes", "security", "backups", "display")
DAY_FORMAT = "d MMM yyyy"


def format_when(iso: str) -> str:
    """An ISO 8601 timestamp from the core, in local time: '29 Nov 2026, 18:49'."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    local = moment.toLocalTime()
    return f"{QLocale().toString(local.date(), DAY_FORMAT)}, {local.toString('HH:mm')}"


class _TaskSignals(QObject):
    done = Signal(object, object)  # result, exception (None when it worked)


class _Task(QRunnable):
    """Runs one function on a pool thread and reports back through ``signals.done``."""

    def __init__(self, work: Callable[[], object], signals: _TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._signals.done.emit(None, exc)
        else:
            self._signals.done.emit(result, None)


class SettingsDialog(QDialog):
    """Settings of the open registry and of the application."""

    business_saved = Signal()
    wording_saved = Signal(str, int)  # purpose code, new version
    unlock_methods_changed = Signal()
    recovery_sheet_saved = Signal(object)  # Path of the new sheet
    language_saved = Signal(str)  # "system", "fr" or "en"
    backups_changed = Signal()  # a backup setting changed, or a backup was made

    def __init__(
        self,
        registry: Registry,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.settings = settings if settings is not None else Settings.load()
        self.lang = ui_language()
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._busy = False
        self._pending_code: str | None = None  # a renewed code whose sheet is not saved yet
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task_signals = _TaskSignals(self)
        self._task_signals.done.connect(self._on_task_done)
        self._task_done: Callable[[object, BaseException | None], None] | None = None

        ui = self.ui
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAutoDefault(False)
        ui.buttonBox.rejected.connect(self.reject)
        soften(
            ui.businessIntro,
            ui.dpoHint,
            ui.authorityHint,
            ui.proofNote,
            ui.versionLabel,
            ui.passphraseHint,
            ui.keyringHint,
            ui.recoveryHint,
            ui.languageNote,
        )
        for label in self._message_labels():
            label.setMargin(7)  # inside the coloured box the style sheet draws
            label.hide()

        # Business
        ui.saveBusinessButton.clicked.connect(self.save_business)
        ui.cnilButton.clicked.connect(self._on_cnil_button_clicked)
        for edit in self._business_edits().values():
            edit.returnPressed.connect(self.save_business)
        self._load_business()

        # Purposes
        header = ui.historyTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.historyTable.verticalHeader().setDefaultSectionSize(
            ui.historyTable.fontMetrics().height() + 8
        )
        ui.purposeList.currentRowChanged.connect(self._on_purpose_list_current_row_changed)
        ui.saveWordingButton.clicked.connect(self.save_wording)
        self._load_purposes()

        # Security
        ui.setPassphraseButton.clicked.connect(self.set_passphrase)
        ui.confirmPassphraseEdit.returnPressed.connect(self.set_passphrase)
        ui.newPassphraseEdit.returnPressed.connect(ui.confirmPassphraseEdit.setFocus)
        ui.removePassphraseButton.clicked.connect(self.remove_passphrase)
        ui.keyringButton.clicked.connect(self.toggle_keyring)
        ui.renewButton.clicked.connect(self.renew_recovery_code)
        self._render_security()

        # Display
        combo = ui.languageCombo
        combo.blockSignals(True)
        combo.addItem(self.tr("Same as this computer"), "system")
        combo.addItem("Français", "fr")  # each language in its own words
        combo.addItem("English", "en")
        combo.setCurrentIndex(max(0, combo.findData(self.settings.language)))
        combo.blockSignals(False)
        combo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        # Auto-lock after so many idle minutes (0: never); applies from the next unlock.
        self.auto_lock_spin = QSpinBox(ui.displayTab)
        self.auto_lock_spin.setObjectName("autoLockSpin")
        self.auto_lock_spin.setRange(0, 24 * 60)
        self.auto_lock_spin.setSuffix(self.tr(" min"))
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        self.auto_lock_spin.setValue(self.settings.auto_lock_minutes)
        self.auto_lock_spin.setAccessibleName(self.tr("Lock after so many idle minutes"))
        self.auto_lock_spin.lineEdit().setAccessibleName(self.auto_lock_spin.accessibleName())
        ui.displayForm.addRow(self.tr("&Lock after"), self.auto_lock_spin)
        QWidget.setTabOrder(ui.languageCombo, self.auto_lock_spin)
        self.auto_lock_spin.valueChanged.connect(self.set_auto_lock_minutes)

        self._build_backups_page()

        # Tab order follows the reading order: each column top to bottom, left to right.
        QWidget.setTabOrder(ui.purposeList, ui.historyTable)
        QWidget.setTabOrder(ui.historyTable, ui.frenchNameEdit)
        QWidget.setTabOrder(ui.confirmPassphraseEdit, ui.removePassphraseButton)
        QWidget.setTabOrder(ui.removePassphraseButton, ui.setPassphraseButton)
        ui.tabs.setTabIcon(PAGES.index("security"), icons.icon("lock"))
        ui.tabs.setCurrentIndex(0)

    # -- pages and messages --------------------------------------------------------------

    def show_page(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.ui.tabs.currentIndex()]

    def _message_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.businessMessage,
            ui.purposeMessage,
            ui.passphraseMessage,
            ui.keyringMessage,
            ui.recoveryMessage,
            ui.displayMessage,
        ]

    def _say(self, label: QLabel, text: str, kind: str = "ok") -> None:
        """Show ``text`` inline in ``label``: kind 'ok', 'warning' or 'error'."""
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    def _error(self, label: QLabel, error: RegistreError) -> None:
        self._say(label, error.message(self.lang), "error")

    # -- business --------------------------------------------------------------------------

    def _business_edits(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "name": ui.nameEdit,
            "address": ui.addressEdit,
            "email": ui.emailEdit,
            "phone": ui.phoneEdit,
            "dpo_name": ui.dpoNameEdit,
            "dpo_email": ui.dpoEmailEdit,
            "dpo_phone": ui.dpoPhoneEdit,
            "authority_name": ui.authorityNameEdit,
            "authority_address": ui.authorityAddressEdit,
            "authority_url": ui.authorityUrlEdit,
        }

    def _load_business(self) -> None:
        self._profile = self.registry.business.get()
        values = self._profile.as_dict()
        for name, edit in self._business_edits().items():
            edit.setText(values[name])
            edit.setCursorPosition(0)

    def business_profile(self) -> BusinessProfile:
        """The profile as typed in the form (the country is kept as it was)."""
        values = {name: edit.text().strip() for name, edit in self._business_edits().items()}
        return BusinessProfile(**values, country=self._profile.country)

    def save_business(self) -> bool:
        profile = self.business_profile()
        try:
            with self.registry.transaction():
                self.registry.business.save(profile)
        except RegistreError as exc:
            self._error(self.ui.businessMessage, exc)
            if isinstance(exc, ValidationError) and exc.field == "name":
                self.ui.nameEdit.setFocus()
            return False
        self._load_business()
        self._say(self.ui.businessMessage, self.tr("The business details are saved."))
        self.business_saved.emit()
        return True

    def _on_cnil_button_clicked(self) -> None:
        self.ui.authorityNameEdit.setText(CNIL_NAME)
        self.ui.authorityAddressEdit.setText(CNIL_ADDRESS)
        self.ui.authorityUrlEdit.setText(CNIL_URL)
        for edit in (
            self.ui.authorityNameEdit,
            self.ui.authorityAddressEdit,
            self.ui.authorityUrlEdit,
        ):
            edit.setCursorPosition(0)

    # -- purposes --------------------------------------------------------------------------

    def _load_purposes(self, select: str | None = None) -> None:
        ui = self.ui
        self._purposes = self.registry.purposes.all(include_inactive=True)
        ui.purposeList.blockSignals(True)
        ui.purposeList.clear()
        row_to_select = 0
        for row, purpose in enumerate(self._purposes):
            name = purpose.name(self.lang)
            if not purpose.active:
                name = self.tr("%1 (no longer used)").replace("%1", name)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, purpose.code)
            ui.purposeList.addItem(item)
            if purpose.code == select:
                row_to_select = row
        ui.purposeList.blockSignals(False)
        if self._purposes:
            ui.purposeList.setCurrentRow(row_to_select)
            self._show_purpose(self._purposes[row_to_select])

    def current_purpose(self) -> Purpose | None:
        row = self.ui.purposeList.currentRow()
        return self._purposes[row] if 0 <= row < len(self._purposes) else None

    def select_purpose(self, code: str) -> None:
        for row, purpose in enumerate(self._purposes):
            if purpose.code == code:
                self.ui.purposeList.setCurrentRow(row)
                return
        raise KeyError(code)

    def _on_purpose_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._purposes):
            self.ui.purposeMessage.hide()
            self._show_purpose(self._purposes[row])

    def _field_list(self, codes: tuple[str, ...]) -> str:
        if not codes:
            return self.tr("none")
        return ", ".join(fields.spec(code).label(self.lang) for code in codes)

    def _show_purpose(self, purpose: Purpose) -> None:
        ui, lang = self.ui, self.lang
        ui.purposeTitle.setText(purpose.name(lang))
        recipients = ", ".join(pick(r, lang) for r in purpose.recipients) or self.tr(
            "nobody outside the business"
        )
        rows = [
            (self.tr("Legal basis"), pick(LEGAL_BASIS_LABELS[purpose.legal_basis], lang)),
            (self.tr("Required"), self._field_list(purpose.required_fields)),
            (self.tr("Optional"), self._field_list(purpose.optional_fields)),
            (self.tr("Kept"), purpose.retention_text(lang)),
            (self.tr("Shared with"), recipients),
        ]
        ui.purposeDetails.setText(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='padding-right:12px'><b>{html.escape(name)}</b></td>"
                f"<td>{html.escape(value)}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
        ui.frenchNameEdit.setText(purpose.names.get("fr", ""))
        ui.englishNameEdit.setText(purpose.names.get("en", ""))
        ui.frenchTextEdit.setPlainText(purpose.texts.get("fr", ""))
        ui.englishTextEdit.setPlainText(purpose.texts.get("en", ""))
        for edit in (ui.frenchNameEdit, ui.englishNameEdit):
            edit.setCursorPosition(0)
        history = self.registry.purposes.wording_history(purpose.code)
        since = format_when(history[-1]["created_at"]) if history else ""
        ui.versionLabel.setText(
            self.tr("Current wording: version %1, since %2")
            .replace("%1", str(purpose.wording_version))
            .replace("%2", since)
        )
        table = ui.historyTable
        table.setRowCount(len(history))
        for row, entry in enumerate(reversed(history)):  # newest first
            version = QTableWidgetItem(str(entry["version"]))
            version.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            when = QTableWidgetItem(format_when(str(entry["created_at"])))
            tip = f"{pick(entry['name'], lang)}\n\n{pick(entry['text'], lang)}"
            version.setToolTip(tip)
            when.setToolTip(tip)
            table.setItem(row, 0, version)
            table.setItem(row, 1, when)

    def save_wording(self) -> int | None:
        """Record the edited wording as a new version; the version now current (None: error)."""
        purpose = self.current_purpose()
        if purpose is None:
            return None
        ui = self.ui
        names = {"fr": ui.frenchNameEdit.text().strip(), "en": ui.englishNameEdit.text().strip()}
        texts = {
            "fr": ui.frenchTextEdit.toPlainText().strip(),
            "en": ui.englishTextEdit.toPlainText().strip(),
        }
        try:
            with self.registry.transaction():
                version = self.registry.purposes.update_wording(purpose.code, names, texts)
        except RegistreError as exc:
            self._error(ui.purposeMessage, exc)
            return None
        if version == purpose.wording_version:
            self._say(
                ui.purposeMessage,
                self.tr("Nothing changed: this is already the wording of version %1.").replace(
                    "%1", str(version)
                ),
                "warning",
            )
            return version
        self._load_purposes(select=purpose.code)
        self._say(
            ui.purposeMessage,
            self.tr(
                "Saved as version %1. New consents record this version; version %2 is kept, "
                "as proof of what customers agreed to until now."
            )
            .replace("%1", str(version))
            .replace("%2", str(purpose.wording_version)),
        )
        self.wording_saved.emit(purpose.code, version)
        return version

    # -- security --------------------------------------------------------------------------

    def _render_security(self) -> None:
        ui = self.ui
        methods = set(self.registry.unlock_methods())
        has_keyring, has_passphrase = "keyring" in methods, "passphrase" in methods
        rows = [
            (
                has_keyring,
                self.tr("the system keyring of this computer")
                if has_keyring
                else self.tr("not the system keyring"),
            ),
            (
                has_passphrase,
                self.tr("a passphrase") if has_passphrase else self.tr("no passphrase"),
            ),
            ("recovery" in methods, self.tr("the recovery code printed on the recovery sheet")),
        ]
        heading = self.tr("This registry opens with:")
        ui.methodsLabel.setText(
            f"<b>{html.escape(heading)}</b>"
            "<table cellspacing='0' cellpadding='1' style='margin-left:12px'>"
            + "".join(
                f"<tr><td width='22'>{'✔' if present else '✘'}</td>"
                f"<td>{html.escape(text)}</td></tr>"
                for present, text in rows
            )
            + "</table>"
        )
        ui.passphraseHint.setText(
            self.tr(
                "At least %1 characters. A short sentence you will remember is best. "
                "Typing a new one replaces the old one."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
            if has_passphrase
            else self.tr(
                "At least %1 characters. Needed when this computer's keyring is not "
                "available, for example on another computer."
            ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
        )
        ui.setPassphraseButton.setText(
            self.tr("C&hange the passphrase") if has_passphrase else self.tr("&Add a passphrase")
        )
        ui.removePassphraseButton.setVisible(has_passphrase)
        if has_keyring:
            ui.keyringHint.setText(
                self.tr(
                    "Registre opens by itself when you are logged in to this computer: "
                    "the key is kept in the system keyring, protected by your session."
                )
            )
            ui.keyringButton.setText(self.tr("S&top using the keyring…"))
        else:
            ui.keyringHint.setText(
                self.tr(
                    "Keep the key in this computer's keyring so that Registre opens "
                    "without the passphrase while you are logged in."
                )
            )
            ui.keyringButton.setText(self.tr("&Use the system keyring"))

    def _run_in_background(
        self, work: Callable[[], object], done: Callable[[object, BaseException | None], None]
    ) -> None:
        """Run ``work`` off the GUI thread (the Security page waits, with a busy cursor)."""
        self._busy = True
        self._task_done = done
        self.ui.securityTab.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._pool.start(_Task(work, self._task_signals))

    @Slot(object, object)
    def _on_task_done(self, result: object, error: object) -> None:
        QApplication.restoreOverrideCursor()
        self._busy = False
        self.ui.securityTab.setEnabled(True)
        done, self._task_done = self._task_done, None
        if done is not None:
            done(result, error if isinstance(error, BaseException) else None)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_passphrase(self) -> bool:
        """Check the two fields, then add or change the passphrase (off the GUI thread).

        Returns True when the change started; ``unlock_methods_changed`` tells when it is done.
        """
        if self._busy:
            return False
        ui = self.ui
        passphrase, confirmation = ui.newPassphraseEdit.text(), ui.confirmPassphraseEdit.text()
        try:
            if not passphrase:
                raise FlowError("passphrase_empty")
            check_passphrase(passphrase)
            if passphrase != confirmation:
                raise FlowError("passphrase_mismatch")
        except RegistreError as exc:
            self._error(ui.passphraseMessage, exc)
            target = ui.confirmPassphraseEdit if exc.code == "passphrase_mismatch" else None
            target = target or ui.newPassphraseEdit
            target.selectAll()
            target.setFocus()
            return False
        had_passphrase = "passphrase" in self.registry.unlock_methods()
        ui.newPassphraseEdit.clear()
        ui.confirmPassphraseEdit.clear()
        self._say(ui.passphraseMessage, self.tr("Protecting the key with the passphrase…"), "ok")

        def done(_result: object, error: BaseException | None) -> None:
            if isinstance(error, RegistreError):
                self._error(ui.passphraseMessage, error)
            elif isinstance(error, OSError):
                self._say(ui.passphraseMessage, self._os_message(error), "error")
            elif error is not None:
                raise error
            else:
                self._say(
                    ui.passphraseMessage,
                    self.tr("The passphrase is changed: use the new one from now on.")
                    if had_passphrase
                    else self.tr("The passphrase is added."),
                )
            self._render_security()
            if error is None:
                self.unlock_methods_changed.emit()

        self._run_in_background(lambda: self.registry.set_passphrase(passphrase), done)
        return True

    def _os_message(self, error: OSError) -> str:
        return self.tr("The key file could not be saved (%1); nothing was changed.").replace(
            "%1", error.strerror or type(error).__name__
        )

    def remove_passphrase(self) -> bool:
        ui = self.ui
        if "keyring" in self.registry.unlock_methods():
            question = self.tr(
                "Registre will open only with this computer's keyring, or with the recovery "
                "sheet. On another computer, only the recovery sheet will open it.\n\n"
                "Remove the passphrase?"
            )
            if not dialogs.confirm(
                self, self.tr("Remove the passphrase?"), question, destructive=True
            ):
                return False
        try:
            self.registry.remove_passphrase()  # refused when it is the last way besides the code
        except RegistreError as exc:
            self._error(ui.passphraseMessage, exc)
            return False
        except OSError as exc:
            self._say(ui.passphraseMessage, self._os_message(exc), "error")
            return False
        self._render_security()
        self._say(ui.passphraseMessage, self.tr("The passphrase is removed."))
        self.unlock_methods_changed.emit()
        return True

    def toggle_keyring(self) -> bool:
        ui = self.ui
        using = "keyring" in self.registry.unlock_methods()
        if using and "passphrase" in self.registry.unlock_methods():
            question = self.tr(
                "Registre will ask for the passphrase each time it opens.\n\n"
                "Stop keeping the key in the system keyring?"
            )
            if not dialogs.confirm(self, self.tr("Stop using the keyring?"), question):
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if using:
                self.registry.disable_keyring()
            else:
                self.registry.enable_keyring()
        except RegistreError as exc:
            self._error(ui.keyringMessage, exc)
            return False
        except OSError as exc:
            self._say(ui.keyringMessage, self._os_message(exc), "error")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._render_security()
        self._say(
            ui.keyringMessage,
            self.tr("The key is no longer kept in the system keyring.")
            if using
            else self.tr("The key is now kept in the system keyring."),
        )
        self.unlock_methods_changed.emit()
        return True

    def _sheet_name(self) -> str:
        name = "fiche-de-secours-registre" if self.lang == "fr" else "registre-recovery-sheet"
        return f"{name}.pdf"

    def renew_recovery_code(self) -> Path | None:
        """Make a new recovery code and save its sheet; the old code stops working.

        Order: confirm, choose where to save, then renew and write: cancelling any
        dialog changes nothing. If the sheet cannot be written after the renewal, the
        new code is kept in memory and the button offers to save the sheet again.
        """
        ui = self.ui
        if self._pending_code is None and not dialogs.confirm(
            self,
            self.tr("Renew the recovery code?"),
            self.tr(
                "A new recovery sheet will be made, with a new code. The current sheet "
                "will stop working at once: destroy it once the new one is printed.\n\n"
                "Renew the recovery code?"
            ),
            destructive=True,
        ):
            return None
        path = dialogs.ask_save_path(
            self, self.tr("Save the new recovery sheet"), documents_folder() / self._sheet_name()
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from desktop_app.core.pdf.recovery_sheet import write_recovery_sheet  # load on demand

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._pending_code is None:
                self._pending_code = self.registry.renew_recovery_code()
                self.unlock_methods_changed.emit()
            write_recovery_sheet(
                path,
                business_name=self.registry.business.get().name,
                registry_id=self.registry.registry_id,
                recovery_code=self._pending_code,
                data_dir=str(self.registry.paths.data_dir),
                created_at=datetime.now().astimezone(),
                lang=self.lang,
            )
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            if self._pending_code is None:  # the renewal itself failed: nothing changed
                self._say(ui.recoveryMessage, self._os_message(exc), "error")
                return None
            text = FlowError("sheet_unwritable", path=str(path), reason=reason).message(self.lang)
            text += " " + self.tr(
                "The registry already uses the new code: save its sheet before closing."
            )
            self._say(ui.recoveryMessage, text, "error")
            ui.renewButton.setText(self.tr("Save the ne&w recovery sheet…"))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._pending_code = None
        ui.renewButton.setText(self.tr("Rene&w the recovery code…"))
        self._render_security()
        self._say(
            ui.recoveryMessage,
            self.tr(
                "New recovery sheet saved in %1. Print it and keep it somewhere safe. "
                "The old sheet no longer opens the registry: destroy it."
            ).replace("%1", str(path)),
        )
        self.recovery_sheet_saved.emit(path)
        return path

    # -- backups ---------------------------------------------------------------------------

    def _build_backups_page(self) -> None:
        """The Backups page (built here rather than in the .ui: it is all one form)."""
        page = QWidget()
        page.setObjectName("backupsTab")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Backups are copies of the registry encrypted with its own key: they open "
                "with the same keyring, passphrase or recovery sheet. Keep them away from "
                "this computer, on a USB stick or a network share. Each backup is checked "
                "as soon as it is written."
            )
        )
        intro.setObjectName("backupIntro")
        intro.setWordWrap(True)
        soften(intro)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        folder_row = QHBoxLayout()
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setObjectName("backupFolderEdit")
        self.backup_folder_edit.setReadOnly(True)
        self.backup_folder_edit.setPlaceholderText(self.tr("None chosen: nothing is backed up"))
        self.backup_folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder_button = QPushButton(self.tr("C&hoose…"))
        self.backup_folder_button.setObjectName("backupFolderButton")
        self.backup_folder_button.setAutoDefault(False)
        self.backup_folder_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_folder_button.clicked.connect(self.choose_backup_folder)
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(self.backup_folder_button)
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.backup_folder_edit)
        form.addRow(folder_label, folder_row)

        def spin(name: str, low: int, high: int, suffix: str, accessible: str) -> QSpinBox:
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setAccessibleName(accessible)
            box.lineEdit().setAccessibleName(accessible)
            box.setMinimumWidth(150)
            return box

        self.backup_keep_spin = spin(
            "backupKeepSpin", 1, 1000, self.tr(" backups"), self.tr("Backups to keep")
        )
        self.backup_keep_spin.setValue(self.settings.backup_keep)
        form.addRow(self.tr("Keep the &last"), self.backup_keep_spin)
        self.backup_interval_spin = spin(
            "backupIntervalSpin", 0, 24 * 31, self.tr(" h"), self.tr("Back up every so many hours")
        )
        self.backup_interval_spin.setSpecialValueText(self.tr("Never (only by hand)"))
        self.backup_interval_spin.setValue(self.settings.backup_interval_hours)
        form.addRow(self.tr("Back up &every"), self.backup_interval_spin)
        self.backup_on_close_check = QCheckBox(self.tr("Back up when Registre cl&oses"))
        self.backup_on_close_check.setObjectName("backupOnCloseCheck")
        self.backup_on_close_check.setChecked(self.settings.backup_on_close)
        self.backup_on_close_check.setAccessibleName(self.tr("Back up when Registre closes"))
        form.addRow("", self.backup_on_close_check)
        self.backup_warning_spin = spin(
            "backupWarningSpin",
            1,
            365,
            self.tr(" days"),
            self.tr("Warn when the last backup is older than so many days"),
        )
        self.backup_warning_spin.setValue(self.settings.backup_warning_days)
        form.addRow(self.tr("&Warn after"), self.backup_warning_spin)
        layout.addLayout(form)

        list_label = QLabel(self.tr("Backups in this folder"))
        font = list_label.font()
        font.setBold(True)
        list_label.setFont(font)
        layout.addWidget(list_label)
        table = QTableWidget(0, 2)
        table.setObjectName("backupTable")
        table.setAccessibleName(self.tr("Backups in this folder"))
        table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size")])
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_backup_buttons)
        self.backup_table = table
        list_label.setBuddy(table)
        layout.addWidget(table, 1)
        self.backup_empty_label = QLabel()
        self.backup_empty_label.setObjectName("backupEmptyLabel")
        self.backup_empty_label.setWordWrap(True)
        soften(self.backup_empty_label)
        layout.addWidget(self.backup_empty_label)
        self.backup_message = QLabel("message")
        self.backup_message.setObjectName("backupMessage")
        self.backup_message.setWordWrap(True)
        self.backup_message.setMargin(7)
        self.backup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_message.hide()
        layout.addWidget(self.backup_message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.verify_backup_button = QPushButton(self.tr("&Verify"))
        self.verify_backup_button.setObjectName("verifyBackupButton")
        self.verify_backup_button.setToolTip(
            self.tr("Open the selected backup and check every page of it")
        )
        self.verify_backup_button.setAutoDefault(False)
        self.verify_backup_button.clicked.connect(self.verify_selected_backup)
        self.back_up_button = QPushButton(self.tr("Back up &now"))
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)
        buttons.addWidget(self.verify_backup_button)
        buttons.addWidget(self.back_up_button)
        layout.addLayout(buttons)

        self.ui.tabs.insertTab(PAGES.index("backups"), page, self.tr("Bac&kups"))
        chain = [
            self.ui.tabs,
            self.backup_folder_edit,
            self.backup_folder_button,
            self.backup_keep_spin,
            self.backup_interval_spin,
            self.backup_on_close_check,
            self.backup_warning_spin,
            self.backup_table,
            self.verify_backup_button,
            self.back_up_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.backups_tab = page
        # Owner only: others see the settings, read-only, and cannot back up.
        can_manage = self.registry.can(permissions.MANAGE_SETTINGS)
        for widget in (
            self.backup_folder_button,
            self.backup_keep_spin,
            self.backup_interval_spin,
            self.backup_on_close_check,
            self.backup_warning_spin,
        ):
            widget.setEnabled(can_manage)
        # Not for a throwaway demo registry (its window's backups are switched off).
        controller = getattr(self.parent(), "backups", None)
        demo = controller is not None and getattr(controller, "detached", False)
        self._can_backup = self.registry.can(permissions.BACKUP) and not demo
        self.backup_keep_spin.valueChanged.connect(
            lambda value: self._save_backup_setting("backup_keep", value)
        )
        self.backup_interval_spin.valueChanged.connect(
            lambda value: self._save_backup_setting("backup_interval_hours", value)
        )
        self.backup_on_close_check.toggled.connect(
            lambda value: self._save_backup_setting("backup_on_close", bool(value))
        )
        self.backup_warning_spin.valueChanged.connect(
            lambda value: self._save_backup_setting("backup_warning_days", value)
        )
        self._load_backups()

    def _save_backup_setting(self, name: str, value: str | int | bool) -> bool:
        self.settings.set(name, value)
        try:
            self.settings.save()
        except OSError as exc:
            self._say(
                self.backup_message,
                self.tr("The setting could not be saved in %1 (%2).")
                .replace("%1", str(self.settings.path))
                .replace("%2", exc.strerror or type(exc).__name__),
                "error",
            )
            return False
        self.backups_changed.emit()
        return True

    def backup_folder(self) -> Path | None:
        text = self.settings.backup_folder
        return Path(text) if text else None

    def choose_backup_folder(self) -> Path | None:
        start = self.backup_folder() or Path.home()
        folder = dialogs.ask_folder(self, self.tr("Choose the backup folder"), start)
        if folder is None:
            return None
        if not self._save_backup_setting("backup_folder", str(folder)):
            return None
        self._load_backups()
        self._say(
            self.backup_message,
            self.tr("Backups will go to %1.").replace("%1", first_run.display_path(folder)),
        )
        return folder

    def backups_listed(self) -> list[Path]:
        """The backups shown, newest first."""
        items = [self.backup_table.item(row, 0) for row in range(self.backup_table.rowCount())]
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def _load_backups(self) -> None:
        folder = self.backup_folder()
        self.backup_folder_edit.setText("" if folder is None else first_run.display_path(folder))
        self.backup_folder_edit.setCursorPosition(0)
        found = (
            []
            if folder is None
            else list(reversed(backup.list_backups(folder, self.registry.registry_id)))
        )
        table = self.backup_table
        table.setRowCount(len(found))
        for row, path in enumerate(found):
            made = backup_time(path)
            when = QTableWidgetItem(format_time(made) if made is not None else path.name)
            when.setData(Qt.ItemDataRole.UserRole, str(path))
            when.setToolTip(first_run.display_path(path))
            size = QTableWidgetItem(QLocale().formattedDataSize(backup_size(path)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, when)
            table.setItem(row, 1, size)
        if found:
            table.selectRow(0)
        if folder is None:
            empty = self.tr("Choose a folder: until then the registry is not backed up.")
        elif not found:
            empty = self.tr("No backup in this folder yet.")
        else:
            empty = ""
        self.backup_empty_label.setText(empty)
        self.backup_empty_label.setVisible(bool(empty))
        self._update_backup_buttons()

    def _update_backup_buttons(self) -> None:
        self.back_up_button.setEnabled(self._can_backup and self.backup_folder() is not None)
        self.verify_backup_button.setEnabled(
            self._can_backup and bool(self.backup_table.selectedItems())
        )

    def back_up_now(self) -> Path | None:
        """Write a verified backup into the folder (behind a progress dialog)."""
        folder = self.backup_folder()
        if folder is None or tasks.running():
            return None
        registry, keep = self.registry, self.settings.backup_keep
        try:
            path = tasks.run_task(
                self,
                self.tr("Backing up the registry…"),
                lambda _ctx: backup.create_backup(registry, folder, keep),
                cancellable=False,
            )
        except RegistreError as exc:
            self._say(
                self.backup_message,
                exc.message(self.lang) + " " + self.tr("The registry itself is unchanged."),
                "error",
            )
            return None
        self._load_backups()
        self._say(
            self.backup_message,
            self.tr("Backup written and verified: %1.").replace(
                "%1", first_run.display_path(path) if path is not None else ""
            ),
        )
        self.backups_changed.emit()
        return path

    def verify_selected_backup(self) -> backup.BackupInfo | None:
        rows = self.backup_table.selectionModel().selectedRows()
        if not rows or tasks.running():
            return None
        path = self.backups_listed()[rows[0].row()]
        registry = self.registry
        try:
            info = tasks.run_task(
                self,
                self.tr("Checking the backup…"),
                lambda _ctx: verify(registry, path),
                cancellable=False,
            )
        except RegistreError as exc:
            self._say(self.backup_message, exc.message(self.lang), "error")
            return None
        assert info is not None
        made = backup_time(path)
        self._say(
            self.backup_message,
            self.tr("The backup of %1 is sound: every page checked, %2 customers.")
            .replace("%1", format_time(made) if made is not None else path.name)
            .replace("%2", QLocale().toString(info.customers)),
        )
        return info

    # -- display ---------------------------------------------------------------------------

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        value: LanguageSetting = self.ui.languageCombo.currentData()
        self.set_language(value)

    def set_language(self, value: LanguageSetting) -> bool:
        combo = self.ui.languageCombo
        if combo.currentData() != value:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.settings.language = value
        try:
            self.settings.save()
        except OSError as exc:
            self._say(
                self.ui.displayMessage,
                self.tr("The setting could not be saved in %1 (%2).")
                .replace("%1", str(self.settings.path))
                .replace("%2", exc.strerror or type(exc).__name__),
                "error",
            )
            return False
        self._say(
            self.ui.displayMessage,
            self.tr("Language saved: %1.").replace("%1", combo.currentText()),
        )
        self.language_saved.emit(value)
        return True

    def set_auto_lock_minutes(self, minutes: int) -> bool:
        """Save the idle time before the registry locks itself (0: never)."""
        self.settings.auto_lock_minutes = minutes
        try:
            self.settings.save()
        except OSError as exc:
            self._say(
                self.ui.displayMessage,
                self.tr("The setting could not be saved in %1 (%2).")
                .replace("%1", str(self.settings.path))
                .replace("%2", exc.strerror or type(exc).__name__),
                "error",
            )
            return False
        self._say(
            self.ui.displayMessage,
            self.tr("Auto-lock saved; it applies from the next unlock."),
        )
        return True

    # -- leaving ---------------------------------------------------------------------------

    def _can_leave(self) -> bool:
        if self._busy:
            return False  # the passphrase is being saved: a second or two
        if self._pending_code is not None:
            return dialogs.confirm(
                self,
                self.tr("Close without the new recovery sheet?"),
                self.tr(
                    "The recovery code was renewed but its sheet is not saved: the old "
                    "sheet no longer works and the new code will be lost. Renew it again "
                    "later to get a sheet.\n\nClose anyway?"
                ),
                destructive=True,
            )
        return True

    def reject(self) -> None:
        """Esc and Close: close the dialog (not while the passphrase is being saved)."""
        if self._can_leave():
            self._pending_code = None
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._can_leave():
            event.ignore()
            return
        self._pending_code = None
        self._pool.waitForDone()
        super().closeEvent(event)
