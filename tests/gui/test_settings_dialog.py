"""The settings dialog over a real encrypted registry: business, purposes, unlock, language."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import WrongSecretError
from desktop_app.core.registry import Registry, Unlock
from desktop_app.core.settings import Settings
from desktop_app.gui import app
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, english  # noqa: F401 - fixture
from tests.support.memory_keyring import installed_keyring

pytestmark = pytest.mark.usefixtures("english")
NEW_PASSPHRASE = "a longer, newer passphrase"


@pytest.fixture
def created(tmp_path: Path) -> Iterator[tuple[Registry, str]]:
    """A real registry (keyring slot in the test's memory keyring, plus a passphrase) and
    its first recovery code; closed at the end (closing twice is harmless)."""
    made = Registry.create(tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE)
    yield made.registry, made.recovery_code
    with contextlib.suppress(Exception):
        made.registry.close()


@pytest.fixture
def registry(created: tuple[Registry, str]) -> Registry:
    return created[0]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def dialog(qtbot: QtBot, registry: Registry, settings: Settings) -> SettingsDialog:
    window = SettingsDialog(registry, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def reopen(data_dir: Path, unlock: Unlock) -> None:
    """Open the registry again from its files with ``unlock`` (raises if it cannot)."""
    Registry.open(data_dir, unlock).close()


# -- business -----------------------------------------------------------------------------


def test_the_business_profile_is_saved_and_read_back(
    qtbot: QtBot, dialog: SettingsDialog, registry: Registry, settings: Settings
) -> None:
    ui = dialog.ui
    assert ui.nameEdit.text() == BUSINESS
    assert "CNIL" in ui.authorityNameEdit.text()  # the French authority by default
    values = {
        ui.nameEdit: "Librairie du Canal Saint-Martin",
        ui.addressEdit: "12 quai de Jemmapes, 75010 Paris",
        ui.emailEdit: "bonjour@librairie-canal.fr",
        ui.phoneEdit: "01 42 00 00 00",
        ui.dpoNameEdit: "Claire Martin",
        ui.dpoEmailEdit: "donnees@librairie-canal.fr",
        ui.dpoPhoneEdit: "06 12 34 56 78",
    }
    for edit, text in values.items():
        edit.setText(text)
    with qtbot.waitSignal(dialog.business_saved):
        qtbot.mouseClick(ui.saveBusinessButton, Qt.MouseButton.LeftButton)
    assert ui.businessMessage.isVisible()
    assert ui.businessMessage.text() == "The business details are saved."

    profile = registry.business.get()
    assert profile.name == "Librairie du Canal Saint-Martin"
    assert profile.dpo_email == "donnees@librairie-canal.fr"
    assert profile.authority_url == "https://www.cnil.fr"

    again = SettingsDialog(registry, settings)
    qtbot.addWidget(again)
    assert again.ui.addressEdit.text() == "12 quai de Jemmapes, 75010 Paris"
    assert again.ui.dpoNameEdit.text() == "Claire Martin"


def test_an_empty_business_name_is_refused_inline(
    qtbot: QtBot, dialog: SettingsDialog, registry: Registry
) -> None:
    ui = dialog.ui
    ui.nameEdit.setText("   ")
    ui.addressEdit.setText("somewhere")
    qtbot.mouseClick(ui.saveBusinessButton, Qt.MouseButton.LeftButton)
    assert ui.businessMessage.isVisible()
    assert ui.businessMessage.text() == "Give the business name."
    assert ui.businessMessage.property("kind") == "error"
    assert ui.nameEdit.hasFocus()
    assert registry.business.get().name == BUSINESS  # nothing was saved
    assert registry.business.get().address == ""


def test_the_cnil_button_fills_in_the_french_authority(dialog: SettingsDialog) -> None:
    ui = dialog.ui
    ui.authorityNameEdit.clear()
    ui.authorityUrlEdit.setText("https://example.org")
    ui.cnilButton.click()
    assert "CNIL" in ui.authorityNameEdit.text()
    assert ui.authorityUrlEdit.text() == "https://www.cnil.fr"


# -- purposes -----------------------------------------------------------------------------


def test_a_wording_change_makes_version_2_and_keeps_version_1(
    qtbot: QtBot, dialog: SettingsDialog, registry: Registry
) -> None:
    ui = dialog.ui
    dialog.show_page("purposes")
    dialog.select_purpose("newsletter")
    before = registry.purposes.get("newsletter")
    assert ui.frenchNameEdit.text() == before.names["fr"]
    assert ui.historyTable.rowCount() == 1
    assert "version 1" in ui.versionLabel.text()

    new_text = before.texts["fr"] + " Vous pouvez vous désinscrire en un clic."
    ui.frenchTextEdit.setPlainText(new_text)
    with qtbot.waitSignal(dialog.wording_saved) as saved:
        qtbot.mouseClick(ui.saveWordingButton, Qt.MouseButton.LeftButton)
    assert saved.args == ["newsletter", 2]

    history = registry.purposes.wording_history("newsletter")
    assert [entry["version"] for entry in history] == [1, 2]
    assert history[0]["text"]["fr"] == before.texts["fr"]  # version 1 kept as proof
    assert history[1]["text"]["fr"] == new_text
    assert registry.purposes.get("newsletter").wording_version == 2
    assert ui.historyTable.rowCount() == 2
    assert ui.historyTable.item(0, 0).text() == "2"  # newest first
    assert "version 2" in ui.versionLabel.text()
    assert "Saved as version 2" in ui.purposeMessage.text()
    assert "version 1 is kept" in ui.purposeMessage.text()
    assert dialog.current_purpose() is not None
    assert dialog.current_purpose().code == "newsletter"  # still selected

    # Saving the same wording again makes no version 3.
    qtbot.mouseClick(ui.saveWordingButton, Qt.MouseButton.LeftButton)
    assert len(registry.purposes.wording_history("newsletter")) == 2
    assert ui.purposeMessage.text().startswith("Nothing changed")


def test_an_empty_wording_is_refused_inline(dialog: SettingsDialog, registry: Registry) -> None:
    ui = dialog.ui
    dialog.show_page("purposes")
    dialog.select_purpose("sms_offers")
    ui.englishTextEdit.setPlainText("   ")
    ui.saveWordingButton.click()
    assert ui.purposeMessage.property("kind") == "error"
    assert "French and in English" in ui.purposeMessage.text()
    assert len(registry.purposes.wording_history("sms_offers")) == 1


def test_each_purpose_shows_its_basis_fields_retention_and_recipients(
    dialog: SettingsDialog,
) -> None:
    dialog.select_purpose("invoicing")
    details = dialog.ui.purposeDetails.text()
    assert "Legal obligation" in details
    assert "Postal address" in details
    assert "Our accountant" in details
    assert dialog.ui.purposeList.count() == 6


# -- security -----------------------------------------------------------------------------


def test_the_passphrase_changes_off_the_gui_thread_and_opens_the_registry(
    qtbot: QtBot, dialog: SettingsDialog, registry: Registry
) -> None:
    ui = dialog.ui
    dialog.show_page("security")
    assert ui.setPassphraseButton.text() == "C&hange the passphrase"
    ui.newPassphraseEdit.setText(NEW_PASSPHRASE)
    ui.confirmPassphraseEdit.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.unlock_methods_changed, timeout=30_000):
        qtbot.mouseClick(ui.setPassphraseButton, Qt.MouseButton.LeftButton)
        assert dialog.busy  # Argon2id runs in the pool; the page waits
        assert not ui.securityTab.isEnabled()
    assert not dialog.busy and ui.securityTab.isEnabled()
    assert ui.passphraseMessage.text() == "The passphrase is changed: use the new one from now on."
    assert ui.newPassphraseEdit.text() == "" and ui.confirmPassphraseEdit.text() == ""

    data_dir = registry.paths.data_dir
    dialog.close()
    registry.close()
    reopen(data_dir, Unlock(passphrase=NEW_PASSPHRASE, use_keyring=False))
    with pytest.raises(WrongSecretError):
        reopen(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("short", "short", "A passphrase needs at least 8 characters."),
        ("", "", "Type the passphrase."),
        (NEW_PASSPHRASE, NEW_PASSPHRASE + "!", "The two passphrases are not the same."),
    ],
    ids=["too-short", "empty", "mismatch"],
)
def test_a_bad_new_passphrase_is_refused_inline(
    dialog: SettingsDialog, registry: Registry, first: str, second: str, message: str
) -> None:
    ui = dialog.ui
    dialog.show_page("security")
    keys_before = registry.paths.keys.read_bytes()
    ui.newPassphraseEdit.setText(first)
    ui.confirmPassphraseEdit.setText(second)
    assert not dialog.set_passphrase()
    assert not dialog.busy
    assert ui.passphraseMessage.isVisible()
    assert ui.passphraseMessage.property("kind") == "error"
    assert ui.passphraseMessage.text().startswith(message)
    assert registry.paths.keys.read_bytes() == keys_before  # nothing changed


def test_the_passphrase_can_go_only_while_the_keyring_remains(
    dialog: SettingsDialog, registry: Registry, dialog_answers: Callable[..., None]
) -> None:
    ui = dialog.ui
    dialog.show_page("security")
    dialog_answers(True)  # "Stop using the keyring?"
    ui.keyringButton.click()
    assert registry.unlock_methods() == ["passphrase", "recovery"]
    assert ui.keyringButton.text() == "&Use the system keyring"
    assert "not the system keyring" in ui.methodsLabel.text()

    # Now the passphrase is the only way besides the recovery code: the core refuses.
    ui.removePassphraseButton.click()
    assert ui.passphraseMessage.property("kind") == "error"
    assert "only way left" in ui.passphraseMessage.text()
    assert "passphrase" in registry.unlock_methods()

    ui.keyringButton.click()  # back in the keyring
    assert sorted(registry.unlock_methods()) == ["keyring", "passphrase", "recovery"]
    dialog_answers(True)  # "Remove the passphrase?"
    ui.removePassphraseButton.click()
    assert sorted(registry.unlock_methods()) == ["keyring", "recovery"]
    assert ui.passphraseMessage.text() == "The passphrase is removed."
    assert not ui.removePassphraseButton.isVisible()
    assert ui.setPassphraseButton.text() == "&Add a passphrase"

    # And the keyring cannot go either while it is the last way.
    ui.keyringButton.click()
    assert ui.keyringMessage.property("kind") == "error"
    assert "keyring" in registry.unlock_methods()


def test_a_missing_keyring_is_explained_inline(
    dialog: SettingsDialog, registry: Registry, dialog_answers: Callable[..., None]
) -> None:
    ui = dialog.ui
    dialog.show_page("security")
    dialog_answers(True)
    ui.keyringButton.click()  # stop using it (the passphrase remains)
    with installed_keyring(fail.Keyring()):
        ui.keyringButton.click()
    assert ui.keyringMessage.property("kind") == "error"
    assert "keyring cannot be used here" in ui.keyringMessage.text()
    assert "keyring" not in registry.unlock_methods()


def test_renewing_the_recovery_code_saves_a_new_sheet_and_the_old_code_stops_working(
    qtbot: QtBot,
    dialog: SettingsDialog,
    created: tuple[Registry, str],
    tmp_path: Path,
    dialog_answers: Callable[..., None],
) -> None:
    from pypdf import PdfReader

    registry, old_code = created
    ui = dialog.ui
    dialog.show_page("security")
    sheet = tmp_path / "sheets" / "new-sheet"  # no suffix: .pdf is added
    sheet.parent.mkdir()
    dialog_answers(True, sheet)  # "Renew the recovery code?", then where to save the sheet
    with qtbot.waitSignal(dialog.recovery_sheet_saved) as saved:
        ui.renewButton.click()
    written = sheet.with_name("new-sheet.pdf")
    assert saved.args == [written]
    assert written.read_bytes().startswith(b"%PDF")
    assert (written.stat().st_mode & 0o777) == 0o600
    assert "old sheet no longer opens the registry" in ui.recoveryMessage.text()

    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    codes = re.findall(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", text)
    assert codes and codes[0] != old_code

    data_dir = registry.paths.data_dir
    dialog.close()
    registry.close()
    with pytest.raises(WrongSecretError):
        reopen(data_dir, Unlock(recovery_code=old_code, use_keyring=False))
    reopen(data_dir, Unlock(recovery_code=codes[0], use_keyring=False))


def test_cancelling_the_renewal_changes_nothing(
    dialog: SettingsDialog, registry: Registry, dialog_answers: Callable[..., None]
) -> None:
    keys_before = registry.paths.keys.read_bytes()
    dialog_answers(True, None)  # yes, renew; then cancel the save dialog
    assert dialog.renew_recovery_code() is None
    dialog_answers(False)  # no, do not renew
    assert dialog.renew_recovery_code() is None
    assert registry.paths.keys.read_bytes() == keys_before


# -- display --------------------------------------------------------------------------------


def test_the_language_setting_is_saved_in_the_config_folder(
    qtbot: QtBot, registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "cfg"))
    window = SettingsDialog(registry)  # the settings of REGISTRE_CONFIG_DIR
    qtbot.addWidget(window)
    window.show()
    window.show_page("display")
    combo = window.ui.languageCombo
    assert combo.currentData() == "system"
    with qtbot.waitSignal(window.language_saved) as saved:
        combo.setCurrentIndex(combo.findData("fr"))
    assert saved.args == ["fr"]
    assert window.ui.displayMessage.text() == "Language saved: Français."
    assert Settings.load(tmp_path / "cfg" / "settings.json").language == "fr"

    again = SettingsDialog(registry)
    qtbot.addWidget(again)
    assert again.ui.languageCombo.currentData() == "fr"


def test_the_language_setting_chooses_the_language_at_start(
    qtbot: QtBot, registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`registre` without --lang follows the setting; --lang still wins."""
    data_dir = registry.paths.data_dir
    registry.close()
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setenv("REGISTRE_LANG", "en")  # start() sets it; restored after the test
    settings = Settings.load()
    settings.language = "fr"
    settings.save()
    monkeypatch.setattr(UnlockScreen, "start", lambda self: False)  # stay on the screen
    for argv, expected in (([], "&Déverrouiller"), (["--lang", "en"], "&Unlock")):
        started = app.start(["--data-dir", str(data_dir), *argv])
        try:
            screen = started.launcher.screen
            assert isinstance(screen, UnlockScreen)
            qtbot.addWidget(screen)
            screen._render()
            assert screen.ui.unlockButton.text() == expected
        finally:
            started.stop()
            app.teardown_logging()


# -- keyboard, accessibility, the main window ----------------------------------------------


def test_escape_closes_the_dialog(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.ui.nameEdit.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_input_has_an_accessible_name(dialog: SettingsDialog) -> None:
    inputs = dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
    inputs += dialog.findChildren(QComboBox) + dialog.findChildren(QListWidget)
    inputs += dialog.findChildren(QTableWidget)
    assert len(inputs) > 15
    assert [w.objectName() for w in inputs if not w.accessibleName()] == []


def test_the_main_window_opens_the_settings_with_ctrl_comma(
    qtbot: QtBot, registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "cfg"))
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.action_settings
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action in window.ui.menuFile.actions()
    action.trigger()
    opened = window.settings_dialog
    assert isinstance(opened, SettingsDialog) and opened.isVisible()
    opened.ui.nameEdit.setText("La Bonne Pioche")
    opened.save_business()
    assert "La Bonne Pioche" in window.windowTitle()
    opened.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)
