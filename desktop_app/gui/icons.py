"""Registre's icons: small line drawings in ``resources/icons/*.svg`` (24x24).

They are drawn in a dark blue-grey (``ICON_COLOR``). Under a dark palette the same
drawings are rendered in a light grey instead, so they stay readable; the
application icon keeps its own colours. Qt draws SVG through its svg icon engine
and image plugin (both in PySide6-Essentials)::

    action.setIcon(icons.icon("search"))
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop_app.core.resources import resource_path

NAMES = (
    "app",
    "new-customer",
    "edit",
    "search",
    "consent",
    "import",
    "settings",
    "quit",
    "lock",
)
ICON_COLOR = "#37474f"
DARK_THEME_COLOR = "#cfd8dc"
_SIZES = (16, 20, 24, 32, 40, 48, 64)
TOOLBAR_ICON_SIZE = QSize(20, 20)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (light text on it)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def icon_path(name: str) -> str:
    """The SVG file of icon ``name`` (raises FileNotFoundError naming it when absent)."""
    return str(resource_path("icons", f"{name}.svg"))


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """Icon ``name``, light on a dark palette (the application's by default)."""
    path = icon_path(name)
    if name == "app" or not is_dark(palette):
        return QIcon(path)
    with open(path, "rb") as svg:
        data = svg.read().replace(ICON_COLOR.encode(), DARK_THEME_COLOR.encode())
    renderer = QSvgRenderer(QByteArray(data))
    light = QIcon()
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        light.addPixmap(QPixmap.fromImage(image))
    return light


def app_icon() -> QIcon:
    """The application and window icon: a register with a small lock."""
    return icon("app")


# The main window's actions, by attribute of ``MainWindow.ui`` or of the window itself.
MAIN_WINDOW_ICONS = {
    "actionNewCustomer": "new-customer",
    "actionEditCustomer": "edit",
    "actionConsentView": "consent",
    "actionSearch": "search",
    "actionQuit": "quit",
    "action_import": "import",
    "action_settings": "settings",
}


def decorate_main_window(window: object) -> None:
    """Give the main window's toolbar and menu actions their icons, text beside them."""
    ui = getattr(window, "ui", None)
    for attribute, name in MAIN_WINDOW_ICONS.items():
        action = getattr(ui, attribute, None) or getattr(window, attribute, None)
        if action is not None:
            action.setIcon(icon(name))
    toolbar = getattr(ui, "mainToolBar", None)
    if toolbar is not None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(TOOLBAR_ICON_SIZE)
