"""No English left on a French screen.

Every top-level screen is built in French over a real registry, in the states a shop
owner meets (each first-run step, each unlock path, the main window with a customer
selected, the customer form, the consent view, each settings page, the import
options), and every text a person can see is compared with the English sources of
``resources/translations/registre_fr.ts``: a text equal to a source whose French
translation differs from it (or matching it with its %1/{0} filled in) is English
left untranslated. Customer data (names, e-mails) never appears among the sources,
so it is never taken for a UI string. The .ts file itself must have no unfinished
translation.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry
from desktop_app.core.settings import Settings
from desktop_app.gui import translations
from desktop_app.gui.consent_view import ConsentView
from desktop_app.gui.customer_form import CustomerForm
from desktop_app.gui.first_run import FirstRunWizard
from desktop_app.gui.importing import ImportOptionsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import PAGES, SettingsDialog
from desktop_app.gui.tasks import TaskDialog
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.conftest import PASSPHRASE
from tests.gui.fixtures_registry import BUSINESS, add_sample_customers

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "registre_fr.ts"
PLACEHOLDER = re.compile(r"%\d+|\{\d*\}")


def _plain(text: str) -> str:
    """A text as shown: mnemonic ampersands removed ('&&' is a literal '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@cache
def english_sources() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """(sources the French translation changes, patterns for those with placeholders)."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        if message.findtext("translation", "") == source:
            continue  # the same in both languages ('Registre', 'E-mail')
        shown = _plain(source)
        exact.add(shown)
        if (
            PLACEHOLDER.search(shown)
            and len(re.findall(r"[A-Za-z]", PLACEHOLDER.sub("", shown))) > 3
        ):
            parts = [re.escape(part) for part in PLACEHOLDER.split(shown)]
            patterns.append(re.compile("^" + "(.+?)".join(parts) + "$", re.DOTALL))
    return frozenset(exact), tuple(patterns)


def shown_texts(root: QWidget) -> dict[str, str]:
    """Every text a person sees in ``root`` now, with where it was found."""
    found: dict[str, str] = {}

    def add(text: str | None, where: str) -> None:
        if text and _plain(text):
            found.setdefault(_plain(text), where)

    def add_actions(widget: QWidget, where: str) -> None:
        for action in widget.actions():
            if action.isVisible():
                add(action.text(), f"{where} action")
                add(action.toolTip() if action.toolTip() != action.text() else "", where)

    add(root.windowTitle(), "window title")
    add_actions(root, type(root).__name__)
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QMenu):  # menus are hidden until opened: read them anyway
            add(widget.title(), f"menu {name}")
            add_actions(widget, name)
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            add(widget.text(), name)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), name)
            add(widget.toolTip(), f"{name} tooltip")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), name)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            add(widget.placeholderText(), f"{name} placeholder")
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget.itemText(index), f"{name} item")
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget.tabText(index), f"{name} tab")
                add(widget.tabToolTip(index), f"{name} tab tooltip")
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                add(
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""), f"{name} header"
                )
        if isinstance(widget, QToolBar):
            add_actions(widget, name)
        add(widget.accessibleName(), f"{name} accessible name")
    return found


def english_left(root: QWidget) -> list[str]:
    exact, patterns = english_sources()
    left = []
    for text, where in shown_texts(root).items():
        if text in exact or any(p.match(text) for p in patterns):
            left.append(f"{where}: {text!r}")
    return sorted(left)


class Screens:
    """Collects what is left in English on each screen of the test."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.left: dict[str, list[str]] = {}
        self.checked: list[str] = []

    def check(self, label: str, widget: QWidget) -> None:
        if not widget.isVisible():
            widget.show()
            self.qtbot.waitExposed(widget)
        self.checked.append(label)
        found = english_left(widget)
        if found:
            self.left[label] = found


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installed = translations.install(qapp, "fr")
    yield
    translations.uninstall(qapp, installed)


@pytest.fixture
def screens(qtbot: QtBot) -> Screens:
    return Screens(qtbot)


def test_the_ts_file_has_no_unfinished_translation() -> None:
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_check_sees_english(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    """Without the French translation, the same walk finds English: it looks where it should."""
    wizard = FirstRunWizard(tmp_path / "Registre", "en")
    qtbot.addWidget(wizard)
    wizard.show()
    left = english_left(wizard)
    assert any("Step 1 of 3" in line for line in left)  # a filled-in '{0}' source
    assert len(left) > 5


def test_first_run_and_unlock_are_all_french(
    qtbot: QtBot,
    tmp_path: Path,
    french: None,
    screens: Screens,
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
    make_registry: Callable[..., Registry],
    data_dir: Path,
) -> None:
    wizard = FirstRunWizard(tmp_path / "Registre", "fr")
    qtbot.addWidget(wizard)
    ui = wizard.ui
    screens.check("first run 1 (empty)", wizard)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)  # no name: inline error
    screens.check("first run 1 (error)", wizard)
    ui.businessNameEdit.setText("Boulangerie Martin")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    screens.check("first run 2 (keyring)", wizard)
    ui.passphraseRadio.setChecked(True)
    ui.passphraseEdit.setText("court")
    ui.confirmEdit.setText("court")
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    screens.check("first run 2 (passphrase error)", wizard)
    ui.keyringRadio.setChecked(True)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.flow.registry is not None
    close_later.append(wizard.flow.registry)
    screens.check("first run 3 (sheet)", wizard)
    dialog_answers(tmp_path / "fiche.pdf")
    qtbot.mouseClick(ui.saveSheetButton, Qt.MouseButton.LeftButton)
    ui.sheetConfirmCheck.setChecked(True)
    screens.check("first run 3 (saved)", wizard)

    no_keyring = FirstRunWizard(tmp_path / "Autre", "fr", probe=lambda: "no keyring backend")
    qtbot.addWidget(no_keyring)
    no_keyring.ui.businessNameEdit.setText("Fleurs de Lise")
    qtbot.mouseClick(no_keyring.ui.nextButton, Qt.MouseButton.LeftButton)
    screens.check("first run 2 (no keyring)", no_keyring)

    make_registry(use_keyring=False)
    unlock = UnlockScreen(data_dir, "fr")
    qtbot.addWidget(unlock)
    assert not unlock.start()
    screens.check("unlock (passphrase)", unlock)
    unlock.ui.secretEdit.setText("pas la bonne")
    qtbot.mouseClick(unlock.ui.unlockButton, Qt.MouseButton.LeftButton)
    screens.check("unlock (wrong passphrase)", unlock)
    qtbot.mouseClick(unlock.ui.switchButton, Qt.MouseButton.LeftButton)
    screens.check("unlock (recovery code)", unlock)
    unlock.ui.secretEdit.setText(PASSPHRASE)
    unlock.close()

    assert len(screens.checked) == 10
    assert screens.left == {}


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE, owner_name="Claire Martin"
    )
    yield created.registry
    created.registry.close()


def test_the_counter_and_settings_are_all_french(
    qtbot: QtBot, tmp_path: Path, french: None, screens: Screens, registry: Registry
) -> None:
    ids = add_sample_customers(registry)
    zoe = ids[0]
    with registry.transaction():
        registry.customers.grant_consent(zoe, "sms_offers", "phone")
    with registry.transaction():
        registry.customers.withdraw_consent(zoe, "sms_offers", "email")

    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    screens.check("main window (nobody selected)", window)
    assert window.select_customer(zoe)
    screens.check("main window (Zoé selected)", window)
    window.ui.searchEdit.setText("zoe")
    window.search_timer.stop()
    window._on_search_timer_timeout()
    screens.check("main window (search)", window)

    form = CustomerForm(registry, parent=window)
    qtbot.addWidget(form)
    screens.check("new customer (no purpose)", form)
    for box in [*form.purpose_boxes.values(), *form.consent_boxes.values()]:
        box.setChecked(True)
    form.rows["email"].set_value("pas-une-adresse")
    assert not form.save()
    screens.check("new customer (every purpose, errors)", form)
    form.reject()
    edit = CustomerForm(registry, customer_id=zoe, parent=window)
    qtbot.addWidget(edit)
    screens.check("edit customer", edit)
    edit.reject()

    consent_purposes = [p for p in registry.purposes.all() if p.is_consent]
    view = ConsentView(consent_purposes, customer_name="Zoé Ébrard", lang="fr")
    qtbot.addWidget(view)
    screens.check("consent view", view)
    view.show_error("Erreur")
    nothing = ConsentView([], lang="fr")
    qtbot.addWidget(nothing)
    screens.check("consent view (nothing to ask)", nothing)

    dialog = SettingsDialog(registry, Settings(tmp_path / "settings.json"), parent=window)
    qtbot.addWidget(dialog)
    for page in PAGES:
        dialog.show_page(page)
        screens.check(f"settings ({page})", dialog)
    dialog.ui.newPassphraseEdit.setText("court")
    dialog.ui.confirmPassphraseEdit.setText("court")
    dialog.show_page("security")
    assert not dialog.set_passphrase()
    screens.check("settings (security, error)", dialog)
    dialog.reject()

    options = ImportOptionsDialog(registry.purposes.all(), "fr")
    qtbot.addWidget(options)
    screens.check("import options", options)
    options.reject()

    progress = TaskDialog(None, "Importation des clients", cancellable=True)
    qtbot.addWidget(progress)
    screens.check("progress dialog", progress)
    progress.done_with()

    assert len(screens.checked) == 16  # settings pages: business to display, backups included
    assert screens.left == {}
