"""Staff in the GUI over real encrypted registries: Security > Staff…, the owner's actions
disabled for staff, and a form kept during a lock given back to the same person only."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core import audit, permissions
from desktop_app.core.errors import WrongSecretError
from desktop_app.core.registry import Registry, Unlock
from desktop_app.gui import app, dialogs
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_dialog import RequestDialog
from desktop_app.gui.rights_desk import RightsDesk
from desktop_app.gui.staff_dialog import PersonAnswer, PersonDialog, StaffDialog
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.fixtures_registry import PASSPHRASE, add_customer, english  # noqa: F401

pytestmark = pytest.mark.usefixtures("english")

LEA_PIN = "246810"
MARC_PASSPHRASE = "marc's own passphrase"
ONLY_OWNER_NOTE = (
    "Only the owner can answer this request: it stays in the register with its due date."
)


def open_owner(data_dir: Path) -> Registry:
    return Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))


@pytest.fixture
def people(data_dir: Path, make_registry: Callable[..., Registry]) -> dict[str, int]:
    """A registry with Léa (PIN) and Marc (passphrase) and one customer, all closed."""
    make_registry(use_keyring=False)
    registry = open_owner(data_dir)
    try:
        ids = {
            "Léa": registry.staff.add("Léa", LEA_PIN).id,
            "Marc": registry.staff.add("Marc", MARC_PASSPHRASE).id,
        }
        ids["customer"] = add_customer(
            registry, {"first_name": "Zoé", "last_name": "Ébrard", "email": "zoe@example.fr"}
        )
    finally:
        registry.close()
    return ids


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Callable[..., Registry]]:
    """Open the registry as the owner (no staff id) or as a staff member; closed at the end."""
    registries: list[Registry] = []

    def open_as(staff_id: int | None = None, secret: str = LEA_PIN) -> Registry:
        if staff_id is None:
            registry = open_owner(data_dir)
        else:
            registry = Registry.open(data_dir, Unlock(passphrase=secret, staff_id=staff_id))
        registries.append(registry)
        return registry

    yield open_as
    for registry in registries:
        with contextlib.suppress(Exception):  # some tests close it themselves
            registry.close()


def staff_dialog(qtbot: QtBot, registry: Registry) -> StaffDialog:
    dialog = StaffDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- Security > Staff… (the owner) -----------------------------------------------------------


def test_the_owner_adds_renames_gives_a_new_pin_and_removes(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    opened: Callable[..., Registry],
    dialog_answers: Callable[..., None],
) -> None:
    make_registry()  # the owner has the keyring and a passphrase
    owner = opened()
    dialog = staff_dialog(qtbot, owner)
    assert dialog.ui.peopleTree.isVisible() and dialog.ui.addButton.isVisible()
    assert [row[1:3] for row in dialog.people()] == [["Owner", "Passphrase"]]
    assert not dialog.ui.removeButton.isEnabled()  # nobody (or the owner) selected

    dialog_answers(PersonAnswer("  Léa   Martin ", LEA_PIN))
    dialog.ui.addButton.click()
    assert [c.kind for c in dialogs.calls] == ["staff_person"]
    assert dialog.message() == (
        "Léa Martin can now unlock the registry with their PIN. The system keyring no longer "
        "opens the registry by itself: from now on, you unlock it with your passphrase."
    )
    rows = dialog.people()
    assert [row[:3] for row in rows] == [
        [owner.staff_name(), "Owner", "Passphrase"],
        ["Léa Martin", "Staff", "PIN"],
    ]
    assert rows[1][3]  # added on: a date
    lea = owner.staff.find("Léa Martin")
    assert not owner.keyfile.has("keyring")  # with staff, the keyring no longer opens alone
    dialog_answers(PersonAnswer("Marc", MARC_PASSPHRASE))
    marc = dialog.add_person()
    assert marc is not None and dialog.people()[2][1:3] == ["Staff", "Passphrase"]

    assert dialog.select(lea.id)
    assert dialog.ui.renameButton.isEnabled() and dialog.ui.removeButton.isEnabled()
    dialog_answers(PersonAnswer("Léa", ""))
    dialog.ui.renameButton.click()
    assert dialog.people()[1][0] == "Léa" and owner.staff.get(lea.id).name == "Léa"

    dialog_answers(PersonAnswer("", "97531024"))
    dialog.ui.secretButton.click()
    assert "unlocks with the new PIN or passphrase" in dialog.message()
    # (test_a_new_pin_replaces_the_old_one unlocks with it once the registry is closed)

    dialogs.reset()
    dialog_answers(True)
    dialog.ui.removeButton.click()
    call = dialogs.calls[-1]
    assert call.kind == "confirm" and call.title == "Remove Léa?"
    assert "revoked at once" in call.text and "stays on the customers" in call.text
    assert "change the registry key in Settings > Security" in call.text
    assert [row[0] for row in dialog.people()] == [owner.staff_name(), "Marc"]
    assert owner.staff.get(lea.id).removed_at is not None  # the row stays: history names her
    assert dialog.message() == "Léa no longer has access to the registry."
    owner.close()
    back = Registry.open(data_dir, Unlock(passphrase=MARC_PASSPHRASE, staff_id=marc.id))
    assert back.staff_name() == "Marc"
    back.close()


def test_a_new_pin_replaces_the_old_one(
    qtbot: QtBot,
    data_dir: Path,
    people: dict[str, int],
    opened: Callable[..., Registry],
    dialog_answers: Callable[..., None],
) -> None:
    owner = opened()
    dialog = staff_dialog(qtbot, owner)
    assert dialog.select(people["Léa"])
    assert dialog.change_secret("97531024") is not None
    owner.close()
    lea = Registry.open(data_dir, Unlock(passphrase="97531024", staff_id=people["Léa"]))
    assert lea.staff_name() == "Léa"
    lea.close()
    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(passphrase=LEA_PIN, staff_id=people["Léa"]))


def test_the_person_dialog_checks_what_is_typed(qtbot: QtBot) -> None:
    dialog = PersonDialog("Add a person", "en", ask_name=True, ask_secret=True)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.findChild(type(dialog.error_label), "hintLabel")
    assert hint is not None and "only works on this computer" in hint.text()
    dialog.accept()
    assert dialog.error() == "Give the person's name." and dialog.isVisible()
    dialog.name_edit.setText("Léa")
    dialog.secret_edit.setText("1234")
    dialog.accept()
    assert dialog.error() == "A PIN needs at least 6 digits."
    dialog.secret_edit.setText(LEA_PIN)
    dialog.again_edit.setText("246811")
    dialog.accept()
    assert dialog.error().startswith("The two entries are not the same.")
    dialog.again_edit.setText(LEA_PIN)
    dialog.accept()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert dialog.answer() == PersonAnswer("Léa", LEA_PIN)


def test_without_an_owner_passphrase_adding_offers_the_security_settings(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    dialog_answers: Callable[..., None],
) -> None:
    make_registry(passphrase=None)  # the keyring only
    registry = Registry.open(data_dir, Unlock())
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_staff_dialog()
    assert isinstance(dialog, StaffDialog)
    dialog_answers(True)  # "Open Settings > Security…?" yes
    dialog.ui.addButton.click()
    call = dialogs.calls[-1]
    assert call.kind == "confirm" and call.text.startswith("Give yourself a passphrase first")
    assert registry.staff.list()[0].role == "owner" and len(registry.staff.list()) == 1
    settings = window.settings_dialog
    assert settings is not None and settings.current_page() == "security"  # type: ignore[attr-defined]
    settings.close()
    window.close()
    registry.close()


# -- lending "export" and "erase" to one staff member ----------------------------------------


def lea_request_buttons(qtbot: QtBot, registry: Registry, customer: int) -> dict[str, bool]:
    """For Léa: which answer buttons of the request dialog are enabled, by request type."""
    dialog = RequestDialog(registry, customer, "access")
    qtbot.addWidget(dialog)
    dialog.show()
    enabled = {}
    for kind in ("access", "portability", "erasure"):
        dialog.set_type(kind)
        enabled[kind] = dialog.run_button.isEnabled()
        # The owner's note shows exactly when the answer is not hers to give.
        assert dialog.owner_note.isVisible() is not enabled[kind], kind
        if not enabled[kind]:
            assert dialog.owner_note.text() == ONLY_OWNER_NOTE
    dialog.close()
    return enabled


def test_the_owner_lends_erasure_to_one_staff_member_and_takes_it_back(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    owner = opened()
    dialog = staff_dialog(qtbot, owner)
    ui = dialog.ui
    assert ui.grantsBox.isVisible()
    assert ui.grantsNoteLabel.text().startswith("Everything else (backups, restore, purposes")
    assert [row[4] for row in dialog.people()] == ["Everything", "—", "—"]
    assert dialog.select(owner.staff_id)  # the owner row: nothing to lend
    assert not ui.grantsBox.isEnabled()
    assert dialog.select(people["Léa"])
    assert ui.grantsBox.isEnabled() and ui.grantsBox.title() == "What Léa may also do"
    assert not ui.exportCheck.isChecked() and not ui.eraseCheck.isChecked()

    ui.eraseCheck.click()
    assert owner.staff.get(people["Léa"]).grants == {"erase"}
    assert owner.staff.get(people["Marc"]).grants == frozenset()
    assert dialog.message() == "Léa may now erase customers on request." and not dialog.error()
    assert [row[4] for row in dialog.people()] == ["Everything", "Also: erasure", "—"]
    assert ui.eraseCheck.isChecked() and not ui.exportCheck.isChecked()
    assert dialog.select(people["Marc"]) and not ui.eraseCheck.isChecked()
    last = audit.latest(owner.conn, 1)[0]
    assert last.action == "staff_grants_changed" and last.detail["grants"] == ["erase"]
    dialog.close()
    owner.close()

    lea = opened(people["Léa"])
    assert lea_request_buttons(qtbot, lea, people["customer"]) == {
        "access": False,
        "portability": False,
        "erasure": True,
    }
    staff_view = staff_dialog(qtbot, lea)
    assert not staff_view.ui.grantsBox.isVisible()  # staff only change their PIN
    staff_view.close()
    lea.close()

    owner = opened()
    dialog = staff_dialog(qtbot, owner)
    assert dialog.select(people["Léa"]) and dialog.ui.eraseCheck.isChecked()
    dialog.ui.exportCheck.click()
    assert owner.staff.get(people["Léa"]).grants == {"erase", "export"}
    assert dialog.people()[1][4] == "Also: copies, erasure"
    dialog.ui.eraseCheck.click()
    dialog.ui.exportCheck.click()
    assert owner.staff.get(people["Léa"]).grants == frozenset()
    assert dialog.message() == "Léa may no longer hand customers a copy of their data."
    assert dialog.people()[1][4] == "—"
    dialog.close()
    owner.close()

    lea = opened(people["Léa"])
    assert not any(lea_request_buttons(qtbot, lea, people["customer"]).values())
    assert not lea.can(permissions.ERASE) and not lea.can(permissions.EXPORT)


def test_lending_to_someone_removed_meanwhile_shows_the_cores_message(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    owner = opened()
    dialog = staff_dialog(qtbot, owner)
    assert dialog.select(people["Marc"])
    owner.staff.remove(people["Marc"])  # behind the dialog's back
    dialog.ui.exportCheck.click()
    assert dialog.error() and not dialog.message()
    assert owner.staff.get(people["Marc"]).grants == frozenset()
    assert [row[0] for row in dialog.people()] == [owner.staff_name(), "Léa"]
    assert not dialog.ui.exportCheck.isChecked()


# -- staff: only "Change my PIN…" ------------------------------------------------------------


def test_a_staff_member_only_changes_their_own_pin(
    qtbot: QtBot, data_dir: Path, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    lea = opened(people["Léa"])
    dialog = staff_dialog(qtbot, lea)
    ui = dialog.ui
    for hidden in (ui.peopleTree, ui.addButton, ui.renameButton, ui.removeButton):
        assert not hidden.isVisible()
    assert ui.secretButton.isVisible() and ui.secretButton.text() == "Change my &PIN…"
    assert "as Léa" in ui.introLabel.text() and dialog.people() == []
    assert dialog.add_person() is None and dialog.remove_selected() is None
    assert dialog.change_secret("86420135") is not None
    lea.close()
    again = Registry.open(data_dir, Unlock(passphrase="86420135", staff_id=people["Léa"]))
    assert again.staff_id == people["Léa"]
    again.close()


# -- the main window, the request dialog and the register, by role ---------------------------


def test_staff_see_the_owner_actions_disabled_and_who_is_unlocked(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    window = MainWindow(opened(people["Léa"]))
    qtbot.addWidget(window)
    assert not window.action_settings.isEnabled()
    assert window.action_settings.toolTip() == "Only the owner can do this."
    assert window.action_settings.isVisible()  # in sight, disabled
    for action in (window.action_breaches, window.action_audit_check):
        assert not action.isEnabled() and action.toolTip() == "Only the owner can do this."
    assert window.action_staff.isEnabled() and window.action_staff.text() == "Change my &PIN…"
    assert window.person_label.text() == "Léa · staff"
    assert "Léa · staff" in window.windowTitle()
    dialog = window.open_staff_dialog()
    assert not dialog.manager and not dialog.ui.addButton.isVisibleTo(dialog)
    dialog.close()


def test_a_staff_member_with_a_passphrase_is_offered_to_change_it(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    window = MainWindow(opened(people["Marc"], MARC_PASSPHRASE))
    qtbot.addWidget(window)
    assert window.action_staff.text() == "Change my &passphrase…"
    dialog = window.open_staff_dialog()
    assert dialog.windowTitle() == "My passphrase"
    assert dialog.ui.secretButton.text() == "Change my &passphrase…"
    dialog.close()


def test_the_owner_has_every_action(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    window = MainWindow(opened())
    qtbot.addWidget(window)
    for action in (window.action_settings, window.action_breaches, window.action_audit_check):
        assert action.isEnabled() and action.toolTip() != "Only the owner can do this."
    assert window.action_staff.text() == "S&taff…"
    assert window.person_label.text() == "Owner"
    assert "Owner" not in window.windowTitle()


def test_staff_record_requests_but_cannot_hand_out_or_erase(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    lea = opened(people["Léa"])
    dialog = RequestDialog(lea, people["customer"], "access")
    qtbot.addWidget(dialog)
    dialog.show()
    for kind in ("access", "portability", "erasure"):
        dialog.set_type(kind)
        assert not dialog.run_button.isEnabled(), kind
        assert dialog.owner_note.isVisible() and dialog.owner_note.text() == ONLY_OWNER_NOTE
        assert dialog.record_button.isVisible() and dialog.record_button.isEnabled()
    for kind in ("rectification", "restriction", "objection"):
        dialog.set_type(kind)
        assert dialog.run_button.isEnabled() and not dialog.owner_note.isVisible(), kind
        assert not dialog.record_button.isVisible()
    dialog.set_type("access")
    dialog.record_button.click()
    assert dialog.answered and dialog.request is not None
    stored = lea.requests.get(dialog.request.id)
    assert stored.is_open and stored.type == "access"
    assert "The owner answers it by" in dialog.result_label.text()
    assert not dialog.record_button.isVisible() and not dialog.owner_note.isVisible()
    # Erasure was not possible either way: the customer is still there.
    assert lea.customers.exists(people["customer"])


def test_the_owner_answers_requests(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    dialog = RequestDialog(opened(), people["customer"], "erasure")
    qtbot.addWidget(dialog)
    dialog.show()
    for kind in ("access", "portability", "erasure"):
        dialog.set_type(kind)
        assert dialog.run_button.isEnabled() and not dialog.owner_note.isVisible()
        assert not dialog.record_button.isVisible()


def test_staff_cannot_extend_or_refuse_in_the_register(
    qtbot: QtBot, people: dict[str, int], opened: Callable[..., Registry]
) -> None:
    lea = opened(people["Léa"])
    with lea.transaction():
        request = lea.requests.open(people["customer"], "access")
    desk = RightsDesk(lea)
    qtbot.addWidget(desk)
    desk.show()
    assert desk.select_request(request.id)
    assert not desk.ui.extendButton.isEnabled() and not desk.ui.refuseButton.isEnabled()
    assert desk.ui.completeButton.isEnabled()
    assert desk.owner_note.isVisible() and desk.owner_note.text() == ONLY_OWNER_NOTE
    assert desk.ui.extendButton.toolTip() == "Only the owner can do this."
    assert not lea.can(permissions.DECIDE_REQUESTS)

    desk.close()
    lea.close()  # one person at a time: the registry is locked while open
    owner_desk = RightsDesk(opened())
    qtbot.addWidget(owner_desk)
    owner_desk.show()
    assert owner_desk.select_request(request.id)
    assert owner_desk.ui.extendButton.isEnabled() and owner_desk.ui.refuseButton.isEnabled()
    assert not owner_desk.owner_note.isVisible()


# -- a lock gives the form back to the same person only --------------------------------------


@pytest.fixture
def launcher(data_dir: Path, people: dict[str, int]) -> Iterator[app.Launcher]:
    launcher = app.Launcher(data_dir, "en", auto_lock_ms=60_000)
    screen = launcher.start()
    assert isinstance(screen, UnlockScreen)
    yield launcher
    for window in (launcher.screen, launcher.main_window):
        if window is not None:
            window.close()
    launcher.shutdown()


def unlock_as(launcher: app.Launcher, staff_id: int | None, secret: str) -> MainWindow:
    screen = launcher.screen
    assert isinstance(screen, UnlockScreen)
    screen.choose_person(staff_id)
    screen.ui.secretEdit.setText(secret)
    screen.ui.unlockButton.click()
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    assert window.registry.staff_id == (staff_id or window.registry.staff_id)
    return window


def lea_fills_half_a_form(qtbot: QtBot, launcher: app.Launcher, lea: int) -> MainWindow:
    window = unlock_as(launcher, lea, LEA_PIN)
    form = window.new_customer()
    form.purpose_boxes["customer_follow_up"].setChecked(True)
    qtbot.keyClicks(form.rows["first_name"].editor, "Hugo")
    form.rows["last_name"].set_value("Fontaine")
    return window


def test_the_form_goes_back_to_the_person_who_locked(
    qtbot: QtBot, launcher: app.Launcher, people: dict[str, int]
) -> None:
    lea_fills_half_a_form(qtbot, launcher, people["Léa"])
    assert launcher.lock()
    window = unlock_as(launcher, people["Léa"], LEA_PIN)
    back = window.customer_form
    assert back is not None and back.isVisible()
    assert back.rows["first_name"].value() == "Hugo"
    assert back.rows["last_name"].value() == "Fontaine"
    assert launcher.kept_form is None


def test_someone_else_unlocking_never_sees_the_form(
    qtbot: QtBot, launcher: app.Launcher, people: dict[str, int]
) -> None:
    """Léa locks with half a form; Marc unlocks: no form, and it is dropped, not kept for
    later: when Léa unlocks after Marc, there is no form either (it could have been
    given back to her only if nobody else had opened the registry in between)."""
    lea_fills_half_a_form(qtbot, launcher, people["Léa"])
    assert launcher.lock()
    window = unlock_as(launcher, people["Marc"], MARC_PASSPHRASE)
    assert window.registry.staff_name() == "Marc"
    assert window.customer_form is None and launcher.kept_form is None
    assert window.statusBar().currentMessage() == ""  # nothing said about what was there
    assert launcher.lock()
    window = unlock_as(launcher, people["Léa"], LEA_PIN)
    assert window.customer_form is None and launcher.kept_form is None


def test_the_owner_does_not_get_a_staff_members_form(
    qtbot: QtBot, launcher: app.Launcher, people: dict[str, int]
) -> None:
    lea_fills_half_a_form(qtbot, launcher, people["Léa"])
    assert launcher.lock()
    window = unlock_as(launcher, None, PASSPHRASE)
    assert window.registry.role == "owner"
    assert window.customer_form is None and launcher.kept_form is None
