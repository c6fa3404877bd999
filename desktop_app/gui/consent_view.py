"""The customer-facing consent screen: large type, plain words, the customer ticks themselves.

One card per consent purpose with its full wording (GDPR Art. 7(2)); nothing is ticked
in advance; a big Confirm button. The view only collects the choice
(``consents_confirmed``): whoever opened it records the grants, with channel in_store.
It can take a second screen full-screen, or the counter window turned toward the customer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.core.purposes import Purpose
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.forms.ui_consent_view import Ui_ConsentView

TYPE_SCALE = 1.6  # large type, readable across a counter


class ConsentCard(QFrame):
    """One purpose: its name as a big tick box, and its full wording. A click anywhere ticks."""

    def __init__(self, purpose: Purpose, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{purpose.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        self.checkbox = QCheckBox(purpose.name(lang), self)
        self.checkbox.setObjectName(f"consent_{purpose.code}")
        self.checkbox.setChecked(False)  # never ticked for the customer (Art. 7(2), Planet49)
        bold = QFont(self.checkbox.font())
        bold.setBold(True)
        self.checkbox.setFont(bold)
        self.checkbox.setStyleSheet("QCheckBox::indicator { width: 30px; height: 30px; }")
        self.wording = QLabel(purpose.text(lang), self)
        self.wording.setObjectName(f"wording_{purpose.code}")
        self.wording.setWordWrap(True)
        self.wording.setContentsMargins(40, 0, 0, 0)
        self.checkbox.setAccessibleDescription(purpose.text(lang))
        layout.addWidget(self.checkbox)
        layout.addWidget(self.wording)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.checkbox.toggle()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class ConsentView(QWidget):
    """Shows the consent purposes to the customer and reports which ones they ticked."""

    consents_confirmed = Signal(list)  # purpose codes the customer ticked (maybe none)
    cancelled = Signal()

    def __init__(
        self,
        purposes: Sequence[Purpose],
        customer_name: str = "",
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang or ui_language()
        self.ui = Ui_ConsentView()
        self.ui.setupUi(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        if customer_name:
            self.ui.titleLabel.setText(self.tr("%1, your choices").replace("%1", customer_name))
        palette = self.ui.errorLabel.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#d03030"))  # as the form's
        self.ui.errorLabel.setPalette(palette)
        self.ui.errorLabel.hide()
        self.cards: dict[str, ConsentCard] = {}
        for purpose in purposes:
            if not purpose.is_consent:
                continue
            card = ConsentCard(purpose, self.lang, self.ui.cardsContents)
            self.cards[purpose.code] = card
            self.ui.cardsLayout.addWidget(card)
        if not self.cards:
            nothing = QLabel(self.tr("There is nothing more to ask you. Thank you!"))
            nothing.setWordWrap(True)
            self.ui.cardsLayout.addWidget(nothing)
        self.ui.cardsLayout.addStretch(1)
        confirm_font = QFont(font)
        confirm_font.setBold(True)
        self.ui.confirmButton.setFont(confirm_font)
        self.ui.confirmButton.setAccessibleName(self.tr("Confirm my choices"))
        self.ui.confirmButton.clicked.connect(self.confirm)
        self.ui.backButton.clicked.connect(self.cancelled.emit)

    @property
    def checkboxes(self) -> dict[str, QCheckBox]:
        return {code: card.checkbox for code, card in self.cards.items()}

    def chosen(self) -> list[str]:
        return [code for code, card in self.cards.items() if card.checkbox.isChecked()]

    def confirm(self) -> None:
        self.ui.errorLabel.hide()
        self.consents_confirmed.emit(self.chosen())

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


def present_consent_view(view: ConsentView, over: QWidget) -> str:
    """Show the view to the customer; returns where: 'second_screen', 'same_window' or 'window'.

    With a second screen, the view fills it. Otherwise it takes the counter window
    itself (``over.show_consent_view_in_window``) so the screen can be turned
    toward the customer, or, from a dialog, a window of the same size above it.
    """
    window = over.window()
    own = window.screen()
    others = [screen for screen in QGuiApplication.screens() if screen is not own]
    if others:
        view.setParent(None)
        view.setWindowFlag(Qt.WindowType.Window, True)
        view.setScreen(others[0])
        view.setGeometry(others[0].geometry())
        view.showFullScreen()
        return "second_screen"
    embed = getattr(window, "show_consent_view_in_window", None)
    if embed is not None:
        embed(view)
        return "same_window"
    view.setParent(window, Qt.WindowType.Window)
    view.setWindowModality(Qt.WindowModality.WindowModal)
    view.setGeometry(window.geometry())
    view.show()
    return "window"
