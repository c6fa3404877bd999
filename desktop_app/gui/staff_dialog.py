"""Security > Staff…: the people who work the registry and how each one unlocks it.

The owner sees everyone (name, role, PIN / passphrase, added on) and can add a person,
rename them, give them a new PIN or passphrase, or remove them (their access is revoked
at once; their name stays on what they recorded). Under the list, two boxes lend the
selected staff member what ``permissions.GRANTABLE`` allows: handing customers a copy of
their data, and erasing on request; ticking one saves it at once. A staff member opening
the dialog only sees their own entry and "Change my PIN…". Every change goes through
``registry.staff`` (core/staff.py), which checks the permissions itself.

Adding the first staff member needs an owner passphrase (the system keyring then stops
opening the registry alone): without one, the core's message is shown and the dialog
offers Settings > Security, where the passphrase is set (``settings_requested``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import permissions
from desktop_app.core.errors import RegistreError, UnlockMethodError
from desktop_app.core.registry import Registry
from desktop_app.core.secrets import check_staff_secret
from desktop_app.core.staff import StaffMember, check_name
from desktop_app.gui import dialogs, tasks
from desktop_app.gui.customer_form import style_as_error
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.first_run import soften
from desktop_app.gui.forms.ui_staff_dialog import Ui_StaffDialog
from desktop_app.gui.rights_desk import format_date

StaffIdRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PersonAnswer:
    """What the person dialog gives back: a name and/or a secret ('' when not asked)."""

    name: str = ""
    secret: str = ""


class PersonDialog(QDialog):
    """A name and/or a PIN or passphrase typed twice; checked here before it is accepted."""

    def __init__(
        self,
        title: str,
        lang: str,
        *,
        ask_name: bool,
        ask_secret: bool,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(title)
        self.lang = lang
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("PIN or passphrase"))
        self.again_edit = QLineEdit()
        self.again_edit.setObjectName("againEdit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("PIN or passphrase, again"))
        if ask_name:
            form.addRow(self.tr("&Name"), self.name_edit)
        else:
            self.name_edit.hide()
        if ask_secret:
            form.addRow(self.tr("&PIN or passphrase"), self.secret_edit)
            form.addRow(self.tr("&Type it again"), self.again_edit)
        else:
            self.secret_edit.hide()
            self.again_edit.hide()
        self.ask_name, self.ask_secret = ask_name, ask_secret
        layout.addLayout(form)
        if ask_secret:
            hint = QLabel(
                self.tr(
                    "A PIN (6 digits or more) only works on this computer, with its system "
                    "keyring; a passphrase (8 characters or more) works on any computer."
                )
            )
            hint.setObjectName("hintLabel")
            hint.setWordWrap(True)
            soften(hint)
            layout.addWidget(hint)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        style_as_error(self.error_label)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def check(self) -> str:
        """'' when what was typed can be used, else the message to show."""
        try:
            if self.ask_name:
                check_name(self.name_edit.text())
            if self.ask_secret:
                check_staff_secret(self.secret_edit.text())
        except RegistreError as exc:
            return exc.message(self.lang)
        if self.ask_secret and self.secret_edit.text() != self.again_edit.text():
            return self.tr(
                "The two entries are not the same. Type the same PIN or passphrase twice."
            )
        return ""

    def accept(self) -> None:
        problem = self.check()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        if problem:
            return
        super().accept()

    def answer(self) -> PersonAnswer:
        return PersonAnswer(
            " ".join(self.name_edit.text().split()) if self.ask_name else "",
            self.secret_edit.text() if self.ask_secret else "",
        )


class StaffDialog(QDialog):
    """The people of the registry (owner), or one's own PIN (staff)."""

    changed = Signal()  # someone was added, renamed, given a new secret or removed
    settings_requested = Signal(str)  # a settings page to open ("security")

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.manager = registry.can(permissions.MANAGE_STAFF)
        ui = self.ui
        style_as_error(ui.errorLabel)
        ui.errorLabel.hide()
        ui.messageLabel.hide()
        tree = ui.peopleTree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.setAccessibleName(self.tr("People"))
        tree.currentItemChanged.connect(lambda _current, _previous: self._update_buttons())
        tree.itemActivated.connect(lambda _item, _column: self.rename_selected())
        ui.addButton.clicked.connect(lambda: self.add_person())
        ui.renameButton.clicked.connect(lambda: self.rename_selected())
        ui.secretButton.clicked.connect(lambda: self.change_secret())
        ui.removeButton.clicked.connect(lambda: self.remove_selected())
        self.grant_checks = {permissions.EXPORT: ui.exportCheck, permissions.ERASE: ui.eraseCheck}
        for action, check in self.grant_checks.items():
            check.setAccessibleName(check.text().replace("&", ""))
            # clicked: the person's doing only, never refresh() setting the boxes.
            check.clicked.connect(lambda on, action=action: self.set_grant(action, on))
        soften(ui.grantsNoteLabel)
        ui.buttonBox.rejected.connect(self.reject)
        if self.manager:
            self.setWindowTitle(self.tr("Staff"))
            ui.introLabel.setText(
                self.tr(
                    "Each person unlocks the registry with a secret of their own; what they "
                    "record carries their name. Staff record customers, consents and "
                    "requests; only you hand data out, erase it or change the settings, "
                    "unless you lend the first two to someone below."
                )
            )
            ui.secretButton.setText(self.tr("New &PIN…"))
        else:
            uses_pin = registry.staff.get(registry.staff_id).secret == "pin"
            self.setWindowTitle(self.tr("My PIN") if uses_pin else self.tr("My passphrase"))
            ui.introLabel.setText(
                self.tr(
                    "You unlock the registry as %1. Change your PIN or passphrase here."
                ).replace("%1", registry.staff_name())
            )
            ui.secretButton.setText(
                self.tr("Change my &PIN…") if uses_pin else self.tr("Change my &passphrase…")
            )
            hidden = (ui.peopleTree, ui.addButton, ui.renameButton, ui.removeButton, ui.grantsBox)
            for widget in hidden:
                widget.hide()
        self.refresh()
        self.resize(820 if self.manager else 520, 540 if self.manager else 160)

    # -- the list ----------------------------------------------------------------------

    def _secret_text(self, member: StaffMember) -> str:
        if member.role == "owner":
            keys = self.registry.keyfile
            if keys.has("passphrase"):
                return self.tr("Passphrase")
            return self.tr("System keyring") if keys.has("keyring") else self.tr("Recovery code")
        return {
            "pin": self.tr("PIN"),
            "passphrase": self.tr("Passphrase"),
        }.get(member.secret or "", self.tr("None yet"))

    def _grants_text(self, member: StaffMember) -> str:
        if member.role == "owner":
            return self.tr("Everything")
        names = []
        if permissions.EXPORT in member.grants:
            names.append(self.tr("copies"))
        if permissions.ERASE in member.grants:
            names.append(self.tr("erasure"))
        if not names:
            return "—"
        return self.tr("Also: %1").replace("%1", ", ".join(names))

    def refresh(self) -> None:
        tree = self.ui.peopleTree
        selected = self.selected()
        tree.clear()
        if self.manager:
            for member in self.registry.staff.list():
                role = self.tr("Owner") if member.role == "owner" else self.tr("Staff")
                added = format_date(date.fromisoformat(member.created_at[:10]))
                item = QTreeWidgetItem(
                    [
                        member.name,
                        role,
                        self._secret_text(member),
                        added,
                        self._grants_text(member),
                    ]
                )
                item.setData(0, StaffIdRole, member.id)
                tree.addTopLevelItem(item)
                if selected is not None and member.id == selected.id:
                    tree.setCurrentItem(item)
        self._update_buttons()

    def people(self) -> list[list[str]]:
        """The rows as shown (tests, screenshots)."""
        tree = self.ui.peopleTree
        return [
            [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())
        ]

    def select(self, staff_id: int) -> bool:
        tree = self.ui.peopleTree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.data(0, StaffIdRole) == staff_id:
                tree.setCurrentItem(item)
                return True
        return False

    def selected(self) -> StaffMember | None:
        item = self.ui.peopleTree.currentItem()
        if item is None:
            return None
        return self.registry.staff.get(int(item.data(0, StaffIdRole)))

    def _update_buttons(self) -> None:
        ui = self.ui
        if not self.manager:
            ui.secretButton.setEnabled(True)
            return
        member = self.selected()
        is_staff = member is not None and member.role == "staff"
        ui.renameButton.setEnabled(member is not None)
        ui.secretButton.setEnabled(is_staff)
        ui.removeButton.setEnabled(is_staff)
        lendable = is_staff and member is not None and member.removed_at is None
        if lendable and member is not None:
            ui.grantsBox.setTitle(self.tr("What %1 may also do").replace("%1", member.name))
        else:
            ui.grantsBox.setTitle(self.tr("What a staff member may also do"))
        ui.grantsBox.setEnabled(lendable)
        for action, check in self.grant_checks.items():
            check.setChecked(lendable and member is not None and action in member.grants)

    # -- messages ----------------------------------------------------------------------

    def error(self) -> str:
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def message(self) -> str:
        return self.ui.messageLabel.text() if not self.ui.messageLabel.isHidden() else ""

    def _say(self, message: str = "", error: str = "") -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))
        self.ui.errorLabel.setText(error)
        self.ui.errorLabel.setVisible(bool(error))

    def _ask(
        self, title: str, *, ask_name: bool, ask_secret: bool, name: str = ""
    ) -> PersonAnswer | None:
        return dialogs.ask_with(
            "staff_person",
            title,
            lambda: PersonDialog(
                title, self.lang, ask_name=ask_name, ask_secret=ask_secret, name=name, parent=self
            ),
            PersonDialog.answer,
            PersonAnswer,
        )

    # -- actions -----------------------------------------------------------------------

    def add_person(self) -> StaffMember | None:
        if not self.manager:
            return None
        self._say()
        if not self.registry.keyfile.has("passphrase"):
            self._owner_passphrase_needed()
            return None
        answer = self._ask(self.tr("Add a person"), ask_name=True, ask_secret=True)
        if answer is None:
            return None
        return self.add(answer.name, answer.secret)

    def add(self, name: str, secret: str) -> StaffMember | None:
        """Add a staff member (what the Add dialog does once it is filled in)."""
        self._say()
        had_keyring = self.registry.keyfile.has("keyring")
        try:
            member = tasks.run_task(
                self,
                self.tr("Adding the person…"),
                lambda _ctx: self.registry.staff.add(name, secret),
                cancellable=False,
            )
        except UnlockMethodError as exc:
            if exc.code == "owner_passphrase_needed":
                self._owner_passphrase_needed()
                return None
            self._say(error=exc.message(self.lang))
            return None
        except RegistreError as exc:
            self._say(error=exc.message(self.lang))
            return None
        assert member is not None  # not cancellable
        self.refresh()
        self.select(member.id)
        self.changed.emit()
        kind = self.tr("PIN") if member.secret == "pin" else self.tr("passphrase")
        said = (
            self.tr("%1 can now unlock the registry with their %2.")
            .replace("%1", member.name)
            .replace("%2", kind)
        )
        if had_keyring and not self.registry.keyfile.has("keyring"):
            said += " " + self.tr(
                "The system keyring no longer opens the registry by itself: from now on, "
                "you unlock it with your passphrase."
            )
        self._say(said)
        return member

    def _owner_passphrase_needed(self) -> None:
        text = UnlockMethodError("owner_passphrase_needed").message(self.lang)
        self._say(error=text)
        question = (
            text + "\n\n" + self.tr("Open Settings > Security to choose your passphrase now?")
        )
        if dialogs.confirm(self, self.tr("A passphrase for you first"), question):
            self.accept()
            self.settings_requested.emit("security")

    def rename_selected(self, name: str | None = None) -> StaffMember | None:
        member = self.selected()
        if member is None or not self.manager:
            return None
        self._say()
        if name is None:
            answer = self._ask(self.tr("Rename"), ask_name=True, ask_secret=False, name=member.name)
            if answer is None:
                return None
            name = answer.name
        try:
            renamed = self.registry.staff.rename(member.id, name)
        except RegistreError as exc:
            self._say(error=exc.message(self.lang))
            return None
        self.refresh()
        self.changed.emit()
        return renamed

    def change_secret(self, secret: str | None = None) -> StaffMember | None:
        """New PIN… for the selected staff member (owner), or one's own (staff)."""
        if self.manager:
            member = self.selected()
            if member is None or member.role != "staff":
                return None
            staff_id, who = member.id, member.name
            title = self.tr("New PIN or passphrase for %1").replace("%1", who)
        else:
            staff_id, who = self.registry.staff_id, self.registry.staff_name()
            title = self.tr("Change my PIN or passphrase")
        self._say()
        if secret is None:
            answer = self._ask(title, ask_name=False, ask_secret=True)
            if answer is None:
                return None
            secret = answer.secret
        chosen = secret
        try:
            changed = tasks.run_task(
                self,
                self.tr("Saving the new PIN…"),
                lambda _ctx: self.registry.staff.set_secret(staff_id, chosen),
                cancellable=False,
            )
        except RegistreError as exc:
            self._say(error=exc.message(self.lang))
            return None
        assert changed is not None
        self.refresh()
        self.changed.emit()
        self._say(
            self.tr(
                "From now on, %1 unlocks with the new PIN or passphrase; "
                "the old one no longer works."
            ).replace("%1", who)
        )
        return changed

    def set_grant(self, action: str, on: bool) -> StaffMember | None:
        """Lend (or take back) one owner-only action to the selected staff member, at once."""
        member = self.selected()
        if member is None or member.role != "staff" or not self.manager:
            return None
        self._say()
        wanted = set(member.grants) | {action} if on else set(member.grants) - {action}
        try:
            changed = self.registry.staff.set_grants(member.id, wanted)
        except RegistreError as exc:
            self.refresh()  # the boxes show what the core holds
            self._say(error=exc.message(self.lang))
            return None
        self.refresh()
        self.changed.emit()
        said = {
            (permissions.EXPORT, True): self.tr(
                "%1 may now hand customers a copy of their data (access, portability)."
            ),
            (permissions.EXPORT, False): self.tr(
                "%1 may no longer hand customers a copy of their data."
            ),
            (permissions.ERASE, True): self.tr("%1 may now erase customers on request."),
            (permissions.ERASE, False): self.tr("%1 may no longer erase customers."),
        }[(action, on)]
        self._say(said.replace("%1", member.name))
        return changed

    def remove_selected(self) -> StaffMember | None:
        member = self.selected()
        if member is None or member.role != "staff" or not self.manager:
            return None
        self._say()
        question = (
            self.tr(
                "%1's access is revoked at once: their PIN or passphrase no longer opens the "
                "registry. Their name stays on the customers, consents and requests they recorded."
            ).replace("%1", member.name)
            + "\n\n"
            + self.tr(
                "If they left on bad terms, also change the registry key in Settings > Security: "
                "a copy of the files taken before today would still open with their secret."
            )
        )
        title = self.tr("Remove %1?").replace("%1", member.name)
        if not dialogs.confirm(self, title, question, destructive=True):
            return None
        try:
            removed = self.registry.staff.remove(member.id)
        except RegistreError as exc:
            self._say(error=exc.message(self.lang))
            return None
        self.refresh()
        self.changed.emit()
        self._say(self.tr("%1 no longer has access to the registry.").replace("%1", member.name))
        return removed
