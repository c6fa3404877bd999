"""The first-run wizard: renders ``core.flows.FirstRunFlow`` (business, unlock method, sheet).

Enter goes to the next step (the primary button is the dialog's default button),
Esc goes back one step or, on the first one, cancels. Errors are shown inline in
``errorLabel`` with the core's translated message; nothing here raises to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop_app.core.business import BusinessProfile
from desktop_app.core.flows import FirstRunFlow, FirstRunStep
from desktop_app.gui import dialogs, tasks
from desktop_app.gui.forms.ui_first_run import Ui_FirstRunWizard

_PAGES = {
    FirstRunStep.PROFILE: 0,
    FirstRunStep.UNLOCK_METHOD: 1,
    FirstRunStep.RECOVERY_SHEET: 2,
    FirstRunStep.DONE: 2,
}


def soften(*labels: QLabel) -> None:
    """Show secondary text (hints, the step number) in the palette's placeholder colour."""
    for label in labels:
        palette = label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        label.setPalette(palette)


def display_path(path: Path | str) -> str:
    """A file or folder as shown to the user (tests put a fixed one in screenshots)."""
    return str(path)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class FirstRunWizard(QDialog):
    """Create the registry. Emits ``registry_created(Registry)`` once the sheet is confirmed."""

    registry_created = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        data_dir: Path,
        lang: str,
        parent: QWidget | None = None,
        probe: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.lang = lang
        self.flow = (
            FirstRunFlow(Path(data_dir), lang=lang, probe=probe)
            if probe is not None
            else FirstRunFlow(Path(data_dir), lang=lang)
        )
        self._finished = False
        soften(
            self.ui.stepLabel,
            self.ui.folderLabel,
            self.ui.dpoHint,
            self.ui.keyringHint,
            self.ui.passphraseHint,
        )
        self.ui.nextButton.clicked.connect(self._on_next_clicked)
        self.ui.backButton.clicked.connect(self._on_back_clicked)
        self.ui.saveSheetButton.clicked.connect(self._on_save_sheet_clicked)
        self.ui.sheetConfirmCheck.toggled.connect(self._on_sheet_confirm_toggled)
        self.ui.keyringRadio.toggled.connect(self._on_method_toggled)
        self.ui.passphraseHint.setText(
            self.tr(
                "At least {0} characters. A short sentence you will remember is best. "
                "If it is forgotten, only the recovery sheet opens the registry."
            ).format(self.flow.min_passphrase_length)
        )
        self._render()

    # -- rendering -------------------------------------------------------------------

    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        step = flow.step
        ui.pages.setCurrentIndex(_PAGES[step])
        number = _PAGES[step] + 1
        ui.stepLabel.setText(self.tr("Step {0} of {1}").format(number, 3))
        if step is FirstRunStep.PROFILE:
            ui.nextButton.setText(self.tr("&Next"))
            ui.backButton.setText(self.tr("Cancel"))
        elif step is FirstRunStep.UNLOCK_METHOD:
            ui.nextButton.setText(self.tr("&Create the registry"))
            ui.backButton.setText(self.tr("&Back"))
            self._render_method()
        else:
            ui.nextButton.setText(self.tr("&Finish"))
            self._render_sheet()
        ui.backButton.setVisible(step in (FirstRunStep.PROFILE, FirstRunStep.UNLOCK_METHOD))
        if flow.registry is None:
            folder = self.tr("The registry will be created in {0}")
        else:
            folder = self.tr("Registry folder: {0}")
        ui.folderLabel.setText(folder.format(display_path(flow.data_dir)))
        self._render_error()

    def _render_method(self) -> None:
        ui, flow = self.ui, self.flow
        ui.keyringRadio.setEnabled(flow.keyring_available)
        if flow.keyring_available:
            ui.keyringHint.setText(
                self.tr(
                    "Registre opens by itself when you are logged in to this computer: "
                    "the key is kept in the system keyring, protected by your session."
                )
            )
        else:
            reason = flow.keyring_reason or ""
            if reason == "no keyring backend":  # the usual case: say it in the user's words
                reason = self.tr("no system keyring was found")
            ui.keyringHint.setText(self.tr("Not available on this computer ({0}).").format(reason))
        use_keyring = flow.use_keyring and flow.keyring_available
        (ui.keyringRadio if use_keyring else ui.passphraseRadio).setChecked(True)
        ui.passphraseBox.setEnabled(not use_keyring)

    def _render_sheet(self) -> None:
        ui, flow = self.ui, self.flow
        saved = flow.sheet_path is not None
        ui.sheetSavedLabel.setVisible(saved)
        if saved:
            ui.sheetSavedLabel.setText(
                self.tr("Saved in {0}. Print it now, then keep the paper somewhere safe.").format(
                    display_path(flow.sheet_path)
                )
            )
            ui.saveSheetButton.setText(self.tr("&Save it again…"))
        ui.sheetConfirmCheck.setEnabled(saved)
        ui.nextButton.setEnabled(saved and flow.sheet_confirmed)

    def _render_error(self) -> None:
        error = self.flow.error
        self.ui.errorLabel.setVisible(error is not None)
        self.ui.errorLabel.setText(error.message(self.lang) if error is not None else "")

    def _focus_first_field(self) -> None:
        step = self.flow.step
        if step is FirstRunStep.PROFILE:
            self.ui.businessNameEdit.setFocus()
        elif step is FirstRunStep.UNLOCK_METHOD:
            if self.ui.passphraseRadio.isChecked():
                self.ui.passphraseEdit.setFocus()
            else:
                self.ui.keyringRadio.setFocus()
        elif step is FirstRunStep.RECOVERY_SHEET:
            if self.flow.sheet_path is None:
                self.ui.saveSheetButton.setFocus()
            else:
                self.ui.sheetConfirmCheck.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first_field()

    # -- actions -----------------------------------------------------------------------

    def _profile(self) -> BusinessProfile:
        ui = self.ui
        return BusinessProfile(
            name=ui.businessNameEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            dpo_name=ui.dpoNameEdit.text().strip(),
            dpo_email=ui.dpoEmailEdit.text().strip(),
            dpo_phone=ui.dpoPhoneEdit.text().strip(),
        )

    def _on_next_clicked(self) -> None:
        flow = self.flow
        before = flow.step
        if before is FirstRunStep.PROFILE:
            flow.set_profile(self._profile())
        elif before is FirstRunStep.UNLOCK_METHOD:
            # Registry.create (Argon2id for each key slot) runs off the GUI thread.
            if self.ui.keyringRadio.isChecked():
                create: Callable[[], object] = flow.choose_keyring
            else:
                passphrase, confirmation = self.ui.passphraseEdit.text(), self.ui.confirmEdit.text()
                create = lambda: flow.choose_passphrase(passphrase, confirmation)  # noqa: E731
            tasks.run_task(
                self, self.tr("Creating the registry…"), lambda _ctx: create(), cancellable=False
            )
            if flow.step is not before:
                self.ui.passphraseEdit.clear()
                self.ui.confirmEdit.clear()
        elif before is FirstRunStep.RECOVERY_SHEET:
            flow.finish()
        self._render()
        if flow.step is FirstRunStep.DONE:
            self._finished = True
            self.registry_created.emit(flow.registry)
            return
        if flow.step is not before:
            self._focus_first_field()
        elif flow.error is not None:
            self._focus_error_field()

    def _focus_error_field(self) -> None:
        code = self.flow.error.code if self.flow.error is not None else ""
        if code == "business_name_empty":
            self.ui.businessNameEdit.setFocus()
        elif code == "passphrase_mismatch":
            self.ui.confirmEdit.selectAll()
            self.ui.confirmEdit.setFocus()
        elif code == "passphrase_too_short":
            self.ui.passphraseEdit.selectAll()
            self.ui.passphraseEdit.setFocus()

    def _on_back_clicked(self) -> None:
        if self.flow.step is FirstRunStep.PROFILE:
            self.close()
            return
        self.flow.back()
        self._render()
        self._focus_first_field()

    def _on_method_toggled(self, keyring_checked: bool) -> None:
        self.flow.use_keyring = keyring_checked
        self.ui.passphraseBox.setEnabled(not keyring_checked)

    def _on_save_sheet_clicked(self) -> None:
        suggested = documents_folder() / self.flow.suggested_sheet_name()
        path = dialogs.ask_save_path(self, self.tr("Save the recovery sheet"), suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        tasks.run_task(
            self,
            self.tr("Saving the recovery sheet…"),
            lambda _ctx: self.flow.save_sheet(path),
            cancellable=False,
        )
        self._render()
        self._focus_first_field()

    def _on_sheet_confirm_toggled(self, checked: bool) -> None:
        self.flow.confirm_sheet_saved(checked)
        self._render()

    # -- leaving -------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: back one step; on the first step, cancel. Never once the registry exists."""
        step = self.flow.step
        if step is FirstRunStep.UNLOCK_METHOD:
            self._on_back_clicked()
        elif step is FirstRunStep.PROFILE:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        registry = self.flow.registry
        if registry is not None:
            leave = dialogs.confirm(
                self,
                self.tr("Leave without the recovery sheet?"),
                self.tr(
                    "The registry is created, but its recovery sheet is not confirmed. "
                    "Without it, a forgotten passphrase or a lost keyring means the customer "
                    "file cannot be opened.\n\nLeave anyway?"
                ),
                destructive=True,
            )
            if not leave:
                event.ignore()
                return
            registry.close()
        event.accept()
        self.cancelled.emit()
