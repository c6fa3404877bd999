"""Screenshots of staff accounts: the unlock screen with people, Security > Staff… (with
erasure lent to Léa), the main window and a rights request as a staff member, in French and
English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry, Unlock
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_dialog import RequestDialog
from desktop_app.gui.staff_dialog import PersonDialog, StaffDialog
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.conftest import OFFSCREEN_NOISE, FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1366, 768)
LEA_PIN = "246810"


def grab(qtbot: QtBot, widget: QWidget, name: str, lang: str) -> Path:
    if not widget.isVisible():
        widget.show()
        qtbot.waitExposed(widget)
    qtbot.wait(10)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}_{lang}.png"
    assert widget.grab().save(str(path)), path
    return path


def make_registry(data_dir: Path, clock: FixedClock) -> dict[str, int]:
    created = Registry.create(
        data_dir, BUSINESS, passphrase=PASSPHRASE, owner_name="Claire Martin", clock=clock
    )
    registry = created.registry
    try:
        ids = {"customers": add_sample_customers(registry)[0]}
        ids["Léa"] = registry.staff.add("Léa Moreau", LEA_PIN).id
        ids["Marc"] = registry.staff.add("Marc Dubois", "marc's own passphrase").id
    finally:
        registry.close()
    return ids


# A popup menu on Qt's offscreen platform (screenshots of the menus): not our bug.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support grabbing the keyboard",
    r"This plugin does not support raise\(\)",
    OFFSCREEN_NOISE,
)
def test_staff_screens(
    qtbot: QtBot, tmp_path: Path, ui_lang: str, stable_screens: FixedClock
) -> None:
    data_dir = tmp_path / "registry"
    ids = make_registry(data_dir, stable_screens)

    screen = UnlockScreen(data_dir, ui_lang)
    qtbot.addWidget(screen)
    screen.resize(*SIZE)
    screen.start()
    grab(qtbot, screen, "unlock_people", ui_lang)
    screen.choose_person(ids["Léa"])
    screen.ui.secretEdit.setText("135790")
    screen.ui.unlockButton.click()
    assert screen.ui.errorLabel.isVisible()
    grab(qtbot, screen, "unlock_staff_wrong_pin", ui_lang)
    screen.close()

    owner = Registry.open(
        data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False), clock=stable_screens
    )
    dialog = StaffDialog(owner)
    qtbot.addWidget(dialog)
    dialog.select(ids["Léa"])
    grab(qtbot, dialog, "staff_dialog", ui_lang)
    dialog.ui.eraseCheck.click()  # Léa may erase on request: the column and message say so
    assert owner.staff.get(ids["Léa"]).grants == {"erase"} and dialog.message()
    grab(qtbot, dialog, "staff_dialog_grants", ui_lang)
    owner.staff.set_grants(ids["Léa"], ())  # Léa's screens below are a plain staff member's
    add = PersonDialog(
        dialog.tr("Add a person"), ui_lang, ask_name=True, ask_secret=True, parent=dialog
    )
    qtbot.addWidget(add)
    add.name_edit.setText("Inès Haddad")
    add.secret_edit.setText("1357")
    add.again_edit.setText("1357")
    add.accept()  # too short: the message shows
    grab(qtbot, add, "staff_add_person", ui_lang)
    add.reject()
    dialog.close()
    owner.close()

    lea = Registry.open(data_dir, Unlock(passphrase=LEA_PIN, staff_id=ids["Léa"]))
    try:
        window = MainWindow(lea)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        assert window.select_customer(ids["customers"])
        grab(qtbot, window, "main_window_staff", ui_lang)
        for menu, name in ((window.menu_security, "security"), (window.ui.menuFile, "file")):
            menu.popup(window.mapToGlobal(QPoint(10, 30)))
            qtbot.waitExposed(menu)
            grab(qtbot, menu, f"menu_{name}_staff", ui_lang)
            menu.hide()
        mine = StaffDialog(lea, parent=window)
        qtbot.addWidget(mine)
        grab(qtbot, mine, "staff_dialog_mine", ui_lang)
        mine.close()
        request = RequestDialog(lea, ids["customers"], "access", parent=window)
        qtbot.addWidget(request)
        request.set_received(date(2026, 11, 23))  # the same screenshot on every run
        assert request.owner_note.isVisibleTo(request)
        grab(qtbot, request, "request_staff", ui_lang)
        request.close()
        window.close()
    finally:
        lea.close()
