"""The first-run wizard, driven through its real widgets, creating a real encrypted registry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry, RegistryPaths, Unlock
from desktop_app.gui import dialogs
from desktop_app.gui.first_run import FirstRunWizard
from tests.gui.conftest import PASSPHRASE


def open_wizard(qtbot: QtBot, data_dir: Path, lang: str = "en") -> FirstRunWizard:
    wizard = FirstRunWizard(data_dir, lang)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type like a user; QTest only knows ASCII keys, so accented letters are inserted."""
    edit.setFocus()
    edit.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def test_first_run_without_a_keyring_uses_a_passphrase_end_to_end(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    no_keyring: None,
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
) -> None:
    wizard = open_wizard(qtbot, data_dir)
    ui = wizard.ui
    assert ui.pages.currentWidget() is ui.profilePage
    assert wizard.focusWidget() is ui.businessNameEdit

    # Step 1: the business. Enter goes on.
    type_into(qtbot, ui.businessNameEdit, "Boulangerie Zoé")
    type_into(qtbot, ui.dpoNameEdit, "Zoé Martin")
    qtbot.keyClick(ui.dpoNameEdit, Qt.Key.Key_Return)
    assert ui.pages.currentWidget() is ui.unlockPage

    # Step 2: no keyring on this machine, so a passphrase it is.
    assert not ui.keyringRadio.isEnabled()
    assert ui.passphraseRadio.isChecked()
    assert "Not available" in ui.keyringHint.text()
    type_into(qtbot, ui.passphraseEdit, PASSPHRASE)
    type_into(qtbot, ui.confirmEdit, PASSPHRASE + "!")
    qtbot.keyClick(ui.confirmEdit, Qt.Key.Key_Return)
    assert ui.pages.currentWidget() is ui.unlockPage
    assert ui.errorLabel.isVisible()
    assert "not the same" in ui.errorLabel.text()
    assert not data_dir.exists()

    type_into(qtbot, ui.confirmEdit, PASSPHRASE)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.pages.currentWidget() is ui.sheetPage, ui.errorLabel.text()
    assert not ui.errorLabel.isVisible()
    assert ui.passphraseEdit.text() == "" and ui.confirmEdit.text() == ""
    assert RegistryPaths(data_dir).state() == "complete"

    # Step 3: the sheet must be saved and confirmed before going on.
    assert not ui.nextButton.isEnabled()
    assert not ui.sheetConfirmCheck.isEnabled()
    sheet = tmp_path / "sheets" / "recovery"
    sheet.parent.mkdir()
    dialog_answers(sheet)
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    saved = sheet.with_name("recovery.pdf")  # .pdf is added when missing
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in ui.sheetSavedLabel.text()
    assert [call.kind for call in dialogs.calls] == ["ask_save_path"]
    assert not ui.nextButton.isEnabled()
    ui.sheetConfirmCheck.setChecked(True)
    assert ui.nextButton.isEnabled()

    with qtbot.waitSignal(wizard.registry_created, timeout=5000) as created:
        qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    registry = created.args[0]
    assert isinstance(registry, Registry)
    close_later.append(registry)
    assert registry.unlock_methods() == ["passphrase", "recovery"]
    assert registry.business.get().dpo_name == "Zoé Martin"
    registry.close()

    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as reopened:
        assert reopened.business.get().name == "Boulangerie Zoé"


def test_first_run_picks_the_keyring_when_there_is_one(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
) -> None:
    wizard = open_wizard(qtbot, data_dir)
    ui = wizard.ui
    type_into(qtbot, ui.businessNameEdit, "Fleurs & Cie")
    qtbot.keyClick(ui.businessNameEdit, Qt.Key.Key_Return)
    assert ui.keyringRadio.isEnabled() and ui.keyringRadio.isChecked()
    assert not ui.passphraseBox.isEnabled()
    qtbot.keyClick(ui.keyringRadio, Qt.Key.Key_Return)
    assert ui.pages.currentWidget() is ui.sheetPage, ui.errorLabel.text()

    dialog_answers(tmp_path / "sheet.pdf")
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    ui.sheetConfirmCheck.setChecked(True)
    with qtbot.waitSignal(wizard.registry_created, timeout=5000) as created:
        qtbot.keyClick(ui.sheetConfirmCheck, Qt.Key.Key_Return)
    registry = created.args[0]
    close_later.append(registry)
    assert registry.unlock_methods() == ["keyring", "recovery"]
    registry.close()
    with Registry.open(data_dir) as reopened:  # the keyring alone opens it
        assert reopened.business.get().name == "Fleurs & Cie"


def test_the_business_name_is_required_with_an_inline_message(
    qtbot: QtBot, data_dir: Path, ui_lang: str
) -> None:
    wizard = open_wizard(qtbot, data_dir, ui_lang)
    qtbot.mouseClick(wizard.ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.pages.currentWidget() is wizard.ui.profilePage
    assert wizard.ui.errorLabel.isVisible()
    expected = {"fr": "Indiquez le nom de l'entreprise.", "en": "Give the business name."}
    assert wizard.ui.errorLabel.text() == expected[ui_lang]
    assert wizard.focusWidget() is wizard.ui.businessNameEdit
    next_text = {"fr": "&Suivant", "en": "&Next"}
    assert wizard.ui.nextButton.text() == next_text[ui_lang]


def test_esc_goes_back_then_cancels_and_nothing_is_created(qtbot: QtBot, data_dir: Path) -> None:
    wizard = open_wizard(qtbot, data_dir)
    ui = wizard.ui
    type_into(qtbot, ui.businessNameEdit, "Boutique")
    qtbot.keyClick(ui.businessNameEdit, Qt.Key.Key_Return)
    assert ui.pages.currentWidget() is ui.unlockPage
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert ui.pages.currentWidget() is ui.profilePage
    assert ui.businessNameEdit.text() == "Boutique"
    with qtbot.waitSignal(wizard.cancelled, timeout=2000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert not data_dir.exists()


def test_leaving_before_the_sheet_is_confirmed_asks_first(
    qtbot: QtBot,
    data_dir: Path,
    dialog_answers: Callable[..., None],
) -> None:
    wizard = open_wizard(qtbot, data_dir)
    ui = wizard.ui
    type_into(qtbot, ui.businessNameEdit, "Boutique")
    qtbot.keyClick(ui.businessNameEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.pages.currentWidget() is ui.sheetPage

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc cannot undo a created registry
    assert wizard.isVisible() and ui.pages.currentWidget() is ui.sheetPage

    dialog_answers(None)  # the save dialog, cancelled
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    assert not ui.sheetSavedLabel.isVisible() and not ui.nextButton.isEnabled()

    dialog_answers(False)  # "Leave without the recovery sheet?" No.
    wizard.close()
    assert wizard.isVisible()

    dialog_answers(True)
    with qtbot.waitSignal(wizard.cancelled, timeout=2000):
        wizard.close()
    assert not wizard.isVisible()
    with Registry.open(data_dir) as reopened:  # the lock was released
        assert reopened.business.get().name == "Boutique"


def test_an_unwritable_sheet_place_is_reported_inline(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
) -> None:
    wizard = open_wizard(qtbot, data_dir, "fr")
    ui = wizard.ui
    type_into(qtbot, ui.businessNameEdit, "Boutique")
    qtbot.keyClick(ui.businessNameEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.flow.registry is not None
    close_later.append(wizard.flow.registry)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog_answers(blocker / "fiche.pdf")
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.isVisible()
    assert "Impossible d'enregistrer la fiche de secours" in ui.errorLabel.text()
    assert not ui.sheetConfirmCheck.isEnabled()


def test_keyboard_order_and_accessible_names(qtbot: QtBot, data_dir: Path) -> None:
    wizard = open_wizard(qtbot, data_dir)
    ui = wizard.ui
    order = [
        ui.businessNameEdit,
        ui.addressEdit,
        ui.emailEdit,
        ui.phoneEdit,
        ui.dpoNameEdit,
        ui.dpoEmailEdit,
        ui.dpoPhoneEdit,
        ui.nextButton,
    ]
    ui.businessNameEdit.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        assert wizard.focusWidget() is expected
    for edit in wizard.findChildren(QLineEdit):
        assert edit.accessibleName(), edit.objectName()
