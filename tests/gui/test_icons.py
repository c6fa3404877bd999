"""Icons: every SVG renders through Qt's svg plugin, light on a dark palette, on the actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry
from desktop_app.gui import icons
from desktop_app.gui.main_window import MainWindow
from tests.gui.fixtures_registry import registry_fixture  # noqa: F401

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def test_every_icon_file_is_listed_and_small() -> None:
    assert sorted(p.stem for p in ICONS.glob("*.svg")) == sorted(icons.NAMES)
    for path in ICONS.glob("*.svg"):
        text = path.read_text("utf-8")
        assert 'viewBox="0 0 24 24"' in text
        assert "currentColor" not in text
        assert len(text) < 2_000


@pytest.mark.parametrize("name", icons.NAMES)
def test_every_icon_renders(qapp: QApplication, name: str) -> None:
    for size in (16, 24, 48):
        pixmap = icons.icon(name).pixmap(size, size)
        assert not pixmap.isNull()
        image = pixmap.toImage()
        drawn = sum(
            image.pixelColor(x, y).alpha() > 0
            for x in range(image.width())
            for y in range(image.height())
        )
        assert drawn > image.width() * image.height() // 20  # not an empty square


def test_icons_turn_light_on_a_dark_palette(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
    assert icons.is_dark(dark) and not icons.is_dark(QPalette(QColor("#efefef")))

    def darkest(palette: QPalette | None) -> int:
        image = icons.icon("search", palette).pixmap(24, 24).toImage()
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() > 200
        )

    assert darkest(QPalette(QColor("#efefef"))) < 100  # #37474f on light backgrounds
    assert darkest(dark) > 150  # #cfd8dc on dark ones


def test_the_main_window_actions_have_icons_and_text(qtbot: QtBot, registry: Registry) -> None:
    window = MainWindow(registry)
    qtbot.addWidget(window)
    for attribute in icons.MAIN_WINDOW_ICONS:
        action = getattr(window.ui, attribute, None) or getattr(window, attribute)
        assert not action.icon().isNull(), attribute
    toolbar = window.ui.mainToolBar
    for button in toolbar.findChildren(QToolButton):
        if button.defaultAction() is not None and button.defaultAction().text():
            assert button.toolButtonStyle().name == "ToolButtonTextBesideIcon"
