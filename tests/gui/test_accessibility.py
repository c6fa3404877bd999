"""Keyboard and screen readers: names on every input, Tab in reading order, Esc cancels.

Each screen (first run, unlock, main window, customer form, settings) is walked: every
input a person can reach (line and text edits, combo boxes, tick boxes, radio buttons,
lists and tables) carries an accessible name of its own; the Tab chain never jumps
back up-left (reading order: down a column, then right, rows left to right); and Esc
cancels the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.flows import FirstRunStep
from desktop_app.core.registry import Registry
from desktop_app.core.settings import Settings
from desktop_app.gui.consent_view import ConsentView
from desktop_app.gui.customer_form import CustomerForm
from desktop_app.gui.first_run import FirstRunWizard
from desktop_app.gui.importing import ImportOptionsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import PAGES, SettingsDialog
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QCheckBox,
    QRadioButton,
    QAbstractSpinBox,
    QAbstractItemView,
)
SIZE = (1366, 768)


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[str]:
    """The visible inputs of ``root`` without an accessible name of their own."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue  # a table's header is part of the table
        if _inside_combo_box(widget) or not widget.isVisibleTo(root):
            continue  # a combo box's popup list is the combo box's
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab goes through in ``root``, in order."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        tab = Qt.FocusPolicy.TabFocus
        if (
            widget.window() is root
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and (widget.focusPolicy() & tab) == tab
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def backward_tabs(root: QWidget) -> list[str]:
    """Steps of the Tab chain that go against the reading order: back up without moving
    right (to a new column), or leftwards on the same row.

    One exception, on purpose: after the last field, the dialog's default button (Next,
    Unlock) comes before the buttons left of it, so that Tab then Enter goes on."""
    wrong = []
    chain = tab_chain(root)
    for before, after in pairwise(chain):
        a, b = before.mapTo(root, QPoint(0, 0)), after.mapTo(root, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) <= 6
        if same_row and isinstance(before, QPushButton) and before.isDefault():
            continue
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y() and b.x() <= a.x()):
            wrong.append(
                f"{before.objectName() or type(before).__name__} -> "
                f"{after.objectName() or type(after).__name__}"
            )
    return wrong


def show(qtbot: QtBot, widget: QWidget) -> None:
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitExposed(widget)


def assert_keyboard_ready(root: QWidget, where: str) -> None:
    assert unnamed_inputs(root) == [], where
    assert backward_tabs(root) == [], where
    assert tab_chain(root), where


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    created = Registry.create(tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE)
    add_sample_customers(created.registry, 6)
    yield created.registry
    created.registry.close()


def test_first_run_and_unlock(
    qtbot: QtBot,
    tmp_path: Path,
    make_registry: Callable[..., Registry],
    data_dir: Path,
) -> None:
    wizard = FirstRunWizard(tmp_path / "Registre", "en")
    qtbot.addWidget(wizard)
    show(qtbot, wizard)
    assert_keyboard_ready(wizard, "first run, profile")
    wizard.ui.businessNameEdit.setText("Boulangerie Martin")
    wizard.ui.nextButton.click()
    assert wizard.flow.step is FirstRunStep.UNLOCK_METHOD
    wizard.ui.passphraseRadio.setChecked(True)
    assert_keyboard_ready(wizard, "first run, unlock method")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc: back one step
    assert wizard.flow.step is FirstRunStep.PROFILE and wizard.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc on the first step: cancel
    assert not wizard.isVisible()

    make_registry(use_keyring=False)
    unlock = UnlockScreen(data_dir, "en")
    qtbot.addWidget(unlock)
    assert not unlock.start()
    show(qtbot, unlock)
    assert_keyboard_ready(unlock, "unlock, passphrase")
    unlock.ui.switchButton.click()
    assert_keyboard_ready(unlock, "unlock, recovery code")
    unlock.ui.secretEdit.setText("ABCD")
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)  # Esc leaves the recovery-code path
    assert unlock.ui.secretEdit.text() == "" and unlock.isVisible()


def test_main_window_form_and_settings(qtbot: QtBot, tmp_path: Path, registry: Registry) -> None:
    window = MainWindow(registry)
    qtbot.addWidget(window)
    show(qtbot, window)
    window.select_row(0)
    assert_keyboard_ready(window, "main window")

    form = CustomerForm(registry, parent=window)
    qtbot.addWidget(form)
    show(qtbot, form)
    for box in [*form.purpose_boxes.values(), *form.consent_boxes.values()]:
        box.setChecked(True)  # every field and the proof of consent showing
    assert_keyboard_ready(form, "customer form")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()

    dialog = SettingsDialog(registry, Settings(tmp_path / "settings.json"), parent=window)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    for page in PAGES:
        dialog.show_page(page)
        assert_keyboard_ready(dialog, f"settings, {page}")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    options = ImportOptionsDialog(registry.purposes.all(), "en", parent=window)
    qtbot.addWidget(options)
    show(qtbot, options)
    assert unnamed_inputs(options) == []
    qtbot.keyClick(options, Qt.Key.Key_Escape)
    assert not options.isVisible()

    view = ConsentView([p for p in registry.purposes.all() if p.is_consent], lang="en")
    qtbot.addWidget(view)
    show(qtbot, view)
    with qtbot.waitSignal(view.cancelled, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
