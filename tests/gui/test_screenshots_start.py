"""Screenshots of the start screens (first run, each step; unlock), in French and English.

They are written to docs/screenshots/ at 1366x768, the size of a small shop laptop,
for the README and for reviewing the screens by eye.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry
from desktop_app.gui.first_run import FirstRunWizard
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.conftest import PASSPHRASE, FixedClock

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1366, 768)


def grab(qtbot: QtBot, widget: QWidget, name: str, lang: str) -> Path:
    widget.resize(*SIZE)
    if not widget.isVisible():
        widget.show()
        qtbot.waitExposed(widget)
    qtbot.wait(10)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}_{lang}.png"
    image = widget.grab()
    assert image.width() >= SIZE[0] and image.height() >= SIZE[1]
    assert image.save(str(path)), path
    return path


def fill_profile(wizard: FirstRunWizard) -> None:
    ui = wizard.ui
    ui.businessNameEdit.setText("Boulangerie Martin")
    ui.addressEdit.setText("12 rue des Lilas, 69003 Lyon")
    ui.emailEdit.setText("contact@boulangerie-martin.example")
    ui.phoneEdit.setText("04 78 12 34 56")
    ui.dpoNameEdit.setText("Claire Martin")
    ui.dpoEmailEdit.setText("claire@boulangerie-martin.example")


def test_first_run_screens(
    qtbot: QtBot,
    tmp_path: Path,
    ui_lang: str,
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
    stable_screens: FixedClock,
) -> None:
    wizard = FirstRunWizard(tmp_path / "Registre", ui_lang)
    qtbot.addWidget(wizard)
    ui = wizard.ui
    grab(qtbot, wizard, "first_run_1_profile_empty", ui_lang)
    fill_profile(wizard)
    grab(qtbot, wizard, "first_run_1_profile", ui_lang)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    grab(qtbot, wizard, "first_run_2_unlock_keyring", ui_lang)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.flow.registry is not None
    close_later.append(wizard.flow.registry)
    grab(qtbot, wizard, "first_run_3_sheet", ui_lang)
    (tmp_path / "Documents").mkdir()
    dialog_answers(tmp_path / "Documents" / "fiche-de-secours.pdf")
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    ui.sheetConfirmCheck.setChecked(True)
    grab(qtbot, wizard, "first_run_3_sheet_saved", ui_lang)


def test_first_run_without_keyring_screens(
    qtbot: QtBot, tmp_path: Path, ui_lang: str, no_keyring: None, stable_screens: FixedClock
) -> None:
    wizard = FirstRunWizard(tmp_path / "Registre", ui_lang)
    qtbot.addWidget(wizard)
    ui = wizard.ui
    fill_profile(wizard)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    grab(qtbot, wizard, "first_run_2_unlock_passphrase", ui_lang)
    ui.passphraseEdit.setText(PASSPHRASE)
    ui.confirmEdit.setText(PASSPHRASE + "?")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.isVisible()
    grab(qtbot, wizard, "first_run_2_unlock_passphrase_error", ui_lang)


def test_unlock_screens(
    qtbot: QtBot,
    data_dir: Path,
    ui_lang: str,
    make_registry: Callable[..., Registry],
    stable_screens: FixedClock,
) -> None:
    make_registry(use_keyring=False)
    screen = UnlockScreen(data_dir, ui_lang)
    qtbot.addWidget(screen)
    screen.start()
    grab(qtbot, screen, "unlock", ui_lang)
    screen.ui.secretEdit.setText("not the passphrase")
    qtbot.mouseClick(screen.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert screen.ui.errorLabel.isVisible()
    grab(qtbot, screen, "unlock_wrong_passphrase", ui_lang)
    qtbot.mouseClick(screen.ui.switchButton, Qt.MouseButton.LeftButton)
    grab(qtbot, screen, "unlock_recovery_code", ui_lang)
