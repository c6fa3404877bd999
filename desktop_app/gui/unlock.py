"""The unlock screen: renders ``core.flows.UnlockFlow``.

``start()`` tries the OS keyring first (when the registry keeps its key there):
if that works, ``unlocked`` is emitted before the screen is ever shown. Otherwise
the screen asks for the passphrase or the recovery code. Every failure (wrong
passphrase, keyring gone, registry open elsewhere, damaged files) is explained
inline in ``errorLabel``; nothing is ever created or rewritten here.

Once staff have their own access, "Who is unlocking?" lists the owner and each staff
member (read from the key file before anything is decrypted); a staff member types their
PIN or passphrase, the owner keeps the passphrase / recovery code path. The screen always
starts on the owner: remembering who unlocked last would tell the next person at a shared
computer who was there before them.

Enter unlocks (default button); Esc leaves the recovery-code path, or clears the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from desktop_app.core.flows import UnlockFlow, UnlockState
from desktop_app.gui import dialogs, first_run, icons, tasks
from desktop_app.gui.first_run import soften
from desktop_app.gui.forms.ui_unlock import Ui_UnlockScreen


class UnlockScreen(QDialog):
    """Unlock an existing registry. Emits ``unlocked(Registry)``; ``cancelled`` on Quit."""

    unlocked = Signal(object)
    cancelled = Signal()

    def __init__(self, data_dir: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.ui = Ui_UnlockScreen()
        self.ui.setupUi(self)
        self.lang = lang
        self.flow = UnlockFlow(Path(data_dir))
        self._done = False
        self._text_font = self.ui.secretEdit.font()
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._code_font.setPointSizeF(self._text_font.pointSizeF())
        soften(self.ui.folderLabel)
        self.ui.unlockButton.setIcon(icons.icon("lock"))
        self.ui.unlockButton.clicked.connect(self._on_unlock_clicked)
        self.ui.switchButton.clicked.connect(self._on_switch_clicked)
        self.ui.otherButton.clicked.connect(self._on_other_clicked)
        self.ui.quitButton.clicked.connect(self.close)
        self._people: list[tuple[int | None, str]] = []  # what personCombo lists
        self.ui.personCombo.currentIndexChanged.connect(self._on_person_combo_current_index_changed)
        self._render()

    @property
    def registry_opened(self) -> bool:
        return self.flow.state is UnlockState.OPENED

    def start(self, try_keyring: bool = True) -> bool:
        """Read the key file and try the keyring; True when the registry is already open.

        ``try_keyring=False`` after a lock: the person must unlock it again.
        """
        self._busy(lambda: self.flow.start(try_keyring))
        return self._after_action()

    # -- rendering -------------------------------------------------------------------

    def _render_people(self) -> None:
        """Who is unlocking: shown once the key file lists staff (owner first)."""
        ui, flow = self.ui, self.flow
        people = [(p.staff_id, p.label) for p in flow.people]
        if people != self._people:
            self._people = people
            combo = ui.personCombo
            combo.blockSignals(True)
            combo.clear()
            for staff_id, label in people:
                # -1: the owner (a None item data would read back as nothing at all).
                combo.addItem(
                    self.tr("Owner") if staff_id is None else label,
                    -1 if staff_id is None else staff_id,
                )
            combo.blockSignals(False)
        index = ui.personCombo.findData(flow.person if flow.person is not None else -1)
        if index >= 0 and index != ui.personCombo.currentIndex():
            ui.personCombo.blockSignals(True)
            ui.personCombo.setCurrentIndex(index)
            ui.personCombo.blockSignals(False)
        shown = flow.has_staff and flow.state in (
            UnlockState.KEYRING,
            UnlockState.PASSPHRASE,
            UnlockState.RECOVERY_CODE,
        )
        ui.personLabel.setVisible(shown)
        ui.personCombo.setVisible(shown)

    def _render(self) -> None:
        ui, flow = self.ui, self.flow
        state = flow.state
        self._render_people()
        asks_secret = state in (UnlockState.PASSPHRASE, UnlockState.RECOVERY_CODE)
        ui.secretLabel.setVisible(asks_secret)
        ui.secretEdit.setVisible(asks_secret)
        ui.unlockButton.setVisible(state is not UnlockState.BROKEN)
        ui.unlockButton.setText(self.tr("&Unlock"))
        ui.folderLabel.setText(
            self.tr("Registry folder: {0}").format(first_run.display_path(flow.data_dir))
        )
        switch_text = ""
        if state is UnlockState.PASSPHRASE and flow.person is not None:
            ui.introLabel.setText(self.tr("Type your own PIN or passphrase."))
            ui.secretLabel.setText(self.tr("PIN or &passphrase"))
            ui.secretEdit.setAccessibleName(self.tr("PIN or passphrase"))
            ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
            ui.secretEdit.setFont(self._text_font)
            ui.secretEdit.setPlaceholderText("")
        elif state is UnlockState.PASSPHRASE:
            ui.introLabel.setText(
                self.tr("Type the passphrase chosen when this registry was created.")
            )
            ui.secretLabel.setText(self.tr("&Passphrase"))
            ui.secretEdit.setAccessibleName(self.tr("Passphrase"))
            ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
            ui.secretEdit.setFont(self._text_font)
            ui.secretEdit.setPlaceholderText("")
            if flow.has_recovery_code:
                switch_text = self.tr("Use the &recovery code")
        elif state is UnlockState.RECOVERY_CODE:
            ui.introLabel.setText(
                self.tr(
                    "Type the recovery code printed on the recovery sheet: "
                    "8 groups of 4 letters and digits."
                )
            )
            ui.secretLabel.setText(self.tr("&Recovery code"))
            ui.secretEdit.setAccessibleName(self.tr("Recovery code"))
            ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal)
            ui.secretEdit.setFont(self._code_font)
            ui.secretEdit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            if flow.has_passphrase:
                switch_text = self.tr("Use the &passphrase")
            elif flow.has_keyring:
                switch_text = self.tr("Use the system &keyring")
        elif state is UnlockState.KEYRING:
            ui.introLabel.setText(
                self.tr("This registry keeps its key in the system keyring of this computer.")
            )
            ui.unlockButton.setText(self.tr("&Try again"))
            switch_text = (
                self.tr("Use the &passphrase")
                if flow.has_passphrase
                else self.tr("Use the &recovery code")
            )
        elif state is UnlockState.BROKEN:
            ui.introLabel.setText(self.tr("Registre cannot open the registry in this folder."))
        ui.switchButton.setVisible(bool(switch_text))
        ui.switchButton.setText(switch_text)
        error = flow.error
        ui.errorLabel.setVisible(error is not None)
        ui.errorLabel.setText(error.message(self.lang) if error is not None else "")

    def _focus(self) -> None:
        if self.ui.secretEdit.isVisible() or self.flow.state in (
            UnlockState.PASSPHRASE,
            UnlockState.RECOVERY_CODE,
        ):
            self.ui.secretEdit.setFocus()
            self.ui.secretEdit.selectAll()
        elif self.flow.state is UnlockState.BROKEN:
            self.ui.otherButton.setFocus()
        else:
            self.ui.unlockButton.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus()

    # -- actions -----------------------------------------------------------------------

    def _busy(self, action: Callable[[], object]) -> None:
        """Run a flow step (key file, keyring, Argon2id, opening) off the GUI thread."""
        tasks.run_task(
            self, self.tr("Unlocking the registry…"), lambda _ctx: action(), cancellable=False
        )

    def _after_action(self, before: UnlockState | None = None) -> bool:
        state = self.flow.state
        if state is not before:
            self.ui.secretEdit.clear()
        self._render()
        if state is UnlockState.OPENED:
            self.ui.secretEdit.clear()
            self._done = True
            self.unlocked.emit(self.flow.registry)
            return True
        self._focus()
        return False

    def _on_unlock_clicked(self) -> None:
        flow = self.flow
        before = flow.state
        secret = self.ui.secretEdit.text()
        if before is UnlockState.PASSPHRASE:
            self._busy(lambda: flow.submit_passphrase(secret))
        elif before is UnlockState.RECOVERY_CODE:
            self._busy(lambda: flow.submit_recovery_code(secret))
        elif before is UnlockState.KEYRING:
            self._busy(flow.retry_keyring)
        else:
            return
        self._after_action(before)

    def person(self) -> int | None:
        """The staff member chosen in "Who is unlocking?" (None: the owner)."""
        return self.flow.person

    def choose_person(self, staff_id: int | None) -> None:
        index = self.ui.personCombo.findData(staff_id if staff_id is not None else -1)
        if index < 0:
            raise ValueError(f"no staff member {staff_id} on the unlock screen")
        self.ui.personCombo.setCurrentIndex(index)

    def _on_person_combo_current_index_changed(self, index: int) -> None:
        if index < 0 or self.flow.state not in (
            UnlockState.KEYRING,
            UnlockState.PASSPHRASE,
            UnlockState.RECOVERY_CODE,
        ):
            return
        data = self.ui.personCombo.itemData(index)
        staff_id = None if data is None or int(data) < 0 else int(data)
        if staff_id == self.flow.person:
            return
        self.flow.choose_person(staff_id)
        self.ui.secretEdit.clear()  # never carry one person's typing over to another
        self._render()
        self._focus()

    def _on_switch_clicked(self) -> None:
        flow = self.flow
        before = flow.state
        if before is UnlockState.RECOVERY_CODE:
            if flow.has_passphrase:
                flow.use_passphrase()
            else:
                self._busy(flow.retry_keyring)
        elif before is UnlockState.KEYRING and flow.has_passphrase:
            flow.use_passphrase()
        elif before in (UnlockState.KEYRING, UnlockState.PASSPHRASE):
            flow.use_recovery_code()
        self._after_action(before)

    def _on_other_clicked(self) -> None:
        folder = dialogs.ask_folder(
            self, self.tr("Open another registry"), self.flow.data_dir.parent
        )
        if folder is None:
            return
        before = self.flow.state
        self._busy(lambda: self.flow.open_other(folder))
        self._after_action(before)

    # -- leaving -------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: leave the recovery-code path, or clear what was typed. Quit is a button."""
        if self.flow.state is UnlockState.RECOVERY_CODE and self.flow.has_passphrase:
            self._on_switch_clicked()
        else:
            self.ui.secretEdit.clear()
            self.flow.error = None
            self._render()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self._done:
            self.cancelled.emit()
