"""Screenshots of the settings dialog, page by page, in French and English.

Each image is a 1366x768 screen: the main window, with the settings dialog (900x640)
over it, as a shop owner sees it. Written to docs/screenshots/settings_<page>_<lang>.png.
A French page with a visible English string fails the test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.business import BusinessProfile
from desktop_app.core.registry import Registry
from desktop_app.core.settings import Settings
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import PAGES, SettingsDialog
from tests.gui.conftest import FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers
from tests.gui.test_screenshots_main import TS, assert_french

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
DIALOG = (900, 640)


def test_every_settings_string_has_a_french_translation() -> None:
    contexts = {c.findtext("name", ""): c for c in ET.parse(TS).getroot().iter("context")}
    assert "SettingsDialog" in contexts
    untranslated = []
    for message in contexts["SettingsDialog"].iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") != "unfinished"
        if not done or not (translation.text or "").strip():
            untranslated.append(message.findtext("source"))
    assert untranslated == []


@pytest.fixture
def registry(tmp_path: Path, stable_screens: FixedClock) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry",
        BUSINESS,
        passphrase=PASSPHRASE,
        owner_name="Claire Martin",
        clock=stable_screens,
    )
    registry = created.registry
    add_sample_customers(registry, 12)
    with registry.transaction():
        registry.business.save(
            BusinessProfile(
                name=BUSINESS,
                address="12 quai de Jemmapes, 75010 Paris",
                email="bonjour@librairie-canal.fr",
                phone="01 42 00 00 00",
                dpo_name="Claire Martin",
                dpo_email="donnees@librairie-canal.fr",
                dpo_phone="06 12 34 56 78",
            )
        )
    yield registry
    registry.close()


def screen_shot(main: QWidget, dialog: QWidget) -> QPixmap:
    """The main window with the dialog centred over it, as one 1366x768 image."""
    screen = QPixmap(*SCREEN)
    screen.fill(QColor("#808080"))
    painter = QPainter(screen)
    painter.drawPixmap(QPoint(0, 0), main.grab())
    painter.fillRect(QRect(0, 0, *SCREEN), QColor(0, 0, 0, 70))  # the window behind waits
    image = dialog.grab()
    left, top = (SCREEN[0] - image.width()) // 2, (SCREEN[1] - image.height()) // 2
    painter.fillRect(
        QRect(left - 1, top - 1, image.width() + 2, image.height() + 2), QColor("#5a5d63")
    )
    painter.drawPixmap(QPoint(left, top), image)
    painter.end()
    return screen


def test_settings_pages(qtbot: QtBot, registry: Registry, ui_lang: str, tmp_path: Path) -> None:
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)

    dialog = SettingsDialog(registry, Settings(tmp_path / "settings.json"), parent=main)
    qtbot.addWidget(dialog)
    dialog.resize(*DIALOG)
    dialog.show()
    qtbot.waitExposed(dialog)

    # Show each page in a state worth looking at.
    dialog.show_page("purposes")
    dialog.select_purpose("newsletter")
    ui = dialog.ui
    text = ui.frenchTextEdit.toPlainText() if ui_lang == "fr" else ""
    if text:
        ui.frenchTextEdit.setPlainText(
            text + " Un lien de désinscription figure dans chaque envoi."
        )
    else:
        ui.englishTextEdit.setPlainText(
            ui.englishTextEdit.toPlainText() + " Every e-mail has an unsubscribe link."
        )
    assert dialog.save_wording() == 2
    ui.newPassphraseEdit.setText("court")
    ui.confirmPassphraseEdit.setText("court")
    assert not dialog.set_passphrase()
    dialog.set_language("fr" if ui_lang == "fr" else "system")

    SHOTS.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        dialog.show_page(page)
        qtbot.wait(30)
        assert (dialog.width(), dialog.height()) == DIALOG
        image = screen_shot(main, dialog)
        assert (image.width(), image.height()) == SCREEN
        path = SHOTS / f"settings_{page}_{ui_lang}.png"
        assert image.save(str(path)), path
        assert_french(dialog, ui_lang)
    dialog.reject()
    assert not dialog.isVisible()
