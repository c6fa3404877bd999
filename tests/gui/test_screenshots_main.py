"""Screenshots of the counter: main window, customer form, consent view (French and English).

Written to docs/screenshots/ at 1366x768, for the README and for reviewing the screens by
eye, plus the same screens in a dark palette (``*_dark_<lang>.png``) to check contrast.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyleFactory,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry
from desktop_app.gui.customer_form import CustomerForm
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
TS = ROOT / "resources" / "translations" / "registre_fr.ts"
SIZE = (1366, 768)
COUNTER_CONTEXTS = (
    "MainWindow",
    "ConsentHistoryCard",
    "CustomerTableModel",
    "CustomerForm",
    "FieldRow",
    "SignaturePad",
    "ConsentView",
)


def english_sources() -> set[str]:
    """Every English source string the French translation changes, mnemonics removed."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        if message.findtext("translation", "") != source:
            sources.add(source.replace("&", ""))
    return sources


def visible_texts(root: QWidget) -> set[str]:
    """The texts a person sees in ``root``: labels, buttons, group titles, menus, headers."""
    texts = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                texts.add(str(model.headerData(column, Qt.Orientation.Horizontal)))
        for action in widget.actions():
            texts.add(action.text())
    return {text.replace("&", "") for text in texts if text}


def test_every_counter_string_has_a_french_translation() -> None:
    contexts = {c.findtext("name", ""): c for c in ET.parse(TS).getroot().iter("context")}
    untranslated = []
    for name in COUNTER_CONTEXTS:
        assert name in contexts, f"no context {name} in {TS.name}"
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            if not done or not (translation.text or "").strip():
                untranslated.append(f"{name}: {message.findtext('source')!r}")
    assert untranslated == []


def assert_french(widget: QWidget, lang: str) -> None:
    """In French, no visible text is still an English source string (in English, many are)."""
    left_in_english = visible_texts(widget) & english_sources()
    if lang == "fr":
        assert sorted(left_in_english) == []
    else:
        assert left_in_english  # the check sees the texts it is meant to see


def grab(qtbot: QtBot, widget: QWidget, name: str, suffix: str) -> Path:
    widget.resize(*SIZE)
    if not widget.isVisible():
        widget.show()
        qtbot.waitExposed(widget)
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}_{suffix}.png"
    image = widget.grab()
    assert (image.width(), image.height()) == SIZE
    assert image.save(str(path)), path
    return path


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#393b40",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9da0a8",
        QPalette.ColorRole.ToolTipBase: "#393b40",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Mid: "#5a5d63",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Dark: "#1a1b1e",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8289"))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "light":
        yield ""
        return
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield "dark_"
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


@pytest.fixture
def registry(tmp_path: Path, stable_screens: FixedClock) -> Iterator[Registry]:
    """A registry whose owner has a name, as the timeline shows who recorded each consent;
    its clock is fixed, so that the dates shown are the same on every run."""
    created = Registry.create(
        tmp_path / "registry",
        BUSINESS,
        passphrase=PASSPHRASE,
        owner_name="Claire Martin",
        clock=stable_screens,
    )
    yield created.registry
    created.registry.close()


def prepare_registry(registry: Registry) -> int:
    """About 30 customers; Zoé Ébrard with a consent history worth showing."""
    ids = add_sample_customers(registry)
    zoe = ids[0]
    with registry.transaction():
        registry.customers.grant_consent(zoe, "sms_offers", "phone")
    with registry.transaction():
        registry.customers.withdraw_consent(zoe, "sms_offers", "email")
    return zoe


def test_counter_screens(qtbot: QtBot, registry: Registry, ui_lang: str, theme: str) -> None:
    suffix = f"{theme}{ui_lang}"
    zoe = prepare_registry(registry)
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_customer(zoe)
    grab(qtbot, window, "main_window", suffix)
    assert_french(window, ui_lang)

    form = CustomerForm(registry, parent=window)
    qtbot.addWidget(form)
    form.purpose_boxes["customer_follow_up"].setChecked(True)
    form.purpose_boxes["loyalty_card"].setChecked(True)
    form.rows["last_name"].set_value("Lefèvre")
    form.rows["first_name"].set_value("Anaïs")
    form.rows["email"].set_value("anais.lefevre@exemple")
    form.rows["phone"].set_value("06 45 67 12 90")
    assert not form.save()
    assert set(form.errors()) == {"email"}
    grab(qtbot, form, "customer_form", suffix)
    form.consent_boxes["newsletter"].setChecked(True)  # shows the proof of consent too
    assert_french(form, ui_lang)
    form.reject()

    chloe = next(s.id for s in registry.customers.find("Chloé") if s.fields["last_name"] == "Petit")
    assert window.select_customer(chloe)
    view = window.show_consent_view()
    assert view is not None
    assert list(view.cards) == ["newsletter", "sms_offers"]
    view.cards["newsletter"].checkbox.setChecked(True)
    grab(qtbot, window, "consent_view", suffix)
    assert_french(view, ui_lang)
