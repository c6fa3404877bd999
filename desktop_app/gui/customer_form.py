"""New or edit customer: purposes first, then only the fields those purposes need.

GDPR Art. 5(1)(c) at the counter: a field no chosen purpose justifies is hidden and
disabled, so it cannot be entered; the core refuses it anyway. Consent purposes are
offered one per unticked toggle with their full wording (Art. 7(2)); they are never
required to save (Art. 7(4)). Errors show under the field they concern, and the form
keeps everything typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import consent, fields
from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import RegistreError, ValidationError
from desktop_app.core.i18n import pick
from desktop_app.core.purposes import LEGAL_BASIS_LABELS, Purpose
from desktop_app.core.registry import Registry
from desktop_app.gui.consent_view import ConsentView, present_consent_view
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.forms.ui_customer_form import Ui_CustomerForm

SIGNATURE_SIZE = QSize(420, 130)


ERROR_COLOR = QColor("#d03030")  # a red readable on light and dark backgrounds alike


def style_as_error(label: QLabel) -> None:
    """Bold red text: an inline validation message."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.setPalette(palette)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)


class SignaturePad(QWidget):
    """A small area the customer signs in with a finger, stylus or mouse; saved as PNG."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(SIGNATURE_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature area"))
        self._strokes: list[list[QPointF]] = []

    def sizeHint(self) -> QSize:
        return SIGNATURE_SIZE

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self.update()
        self.changed.emit()

    def strokes(self) -> list[list[QPointF]]:
        return [list(stroke) for stroke in self._strokes]

    def add_stroke(self, points: Iterable[tuple[float, float]]) -> None:
        """Add a stroke programmatically (tests, or a tablet driver)."""
        self._strokes.append([QPointF(x, y) for x, y in points])
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append([event.position()])
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()
            event.accept()

    def _paint_strokes(self, painter: QPainter, color: QColor) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 28
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._paint_strokes(painter, palette.color(QPalette.ColorRole.Text))
        painter.end()

    def to_png(self) -> bytes | None:
        """The signature as a PNG (dark ink on white), or None when nothing was drawn."""
        if self.is_empty():
            return None
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint_strokes(painter, QColor("#102040"))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 wants str
        buffer.close()
        return bytes(data.data())


class FieldRow(QWidget):
    """One customer field: its label (with '*' when required), its editor, its error."""

    def __init__(self, code: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.spec = fields.spec(code)
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setObjectName(f"label_{code}")
        self.editor: QLineEdit | QPlainTextEdit
        if self.spec.multiline:
            self.editor = QPlainTextEdit(self)
            self.editor.setTabChangesFocus(True)
            self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 14)
        else:
            self.editor = QLineEdit(self)
            self.editor.setMaxLength(self.spec.max_length)
        self.editor.setObjectName(f"field_{code}")
        self.editor.setAccessibleName(self.spec.label(lang))
        self.label.setBuddy(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{code}")
        self.error.setWordWrap(True)
        style_as_error(self.error)
        self.error.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        self.set_required(False)

    def set_required(self, required: bool) -> None:
        self.required = required
        text = self.spec.label(self.lang) + (" *" if required else "")
        self.label.setText(text)
        self.editor.setAccessibleDescription(
            self.tr("Required") if required else self.tr("Optional")
        )

    def value(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText().strip()
        return self.editor.text().strip()

    def set_value(self, value: str) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(value)
        else:
            self.editor.setText(value)

    def set_allowed(self, allowed: bool) -> None:
        """A field no chosen purpose justifies is hidden and cannot be entered."""
        self.setVisible(allowed)
        self.editor.setEnabled(allowed)
        if not allowed:
            self.set_error("")

    def is_allowed(self) -> bool:
        return self.editor.isEnabled()

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


@dataclass(frozen=True)
class FormSnapshot:
    """What was typed in a customer form, kept in memory (never on disk) while locked."""

    customer_id: int | None
    purposes: tuple[str, ...]
    consents: tuple[str, ...]
    values: tuple[tuple[str, str], ...]
    channel: str
    strokes: tuple[tuple[QPointF, ...], ...]


class CustomerForm(QDialog):
    """The new / edit customer dialog. Emits ``customer_saved(id)`` once stored."""

    customer_saved = Signal(int)

    def __init__(
        self,
        registry: Registry,
        customer_id: int | None = None,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.customer_id = customer_id
        self.lang = lang or ui_language()
        self.ui = Ui_CustomerForm()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.errorLabel.hide()
        style_as_error(self.ui.errorLabel)
        self.consent_view: ConsentView | None = None
        self.erased: list[str] = []  # fields the last save erased (edit: purpose or consent gone)

        purposes = registry.purposes.all()
        self.purposes: dict[str, Purpose] = {p.code: p for p in purposes}
        self.purpose_boxes: dict[str, QCheckBox] = {}
        self.consent_boxes: dict[str, QCheckBox] = {}
        self._initial_consents: set[str] = set()
        for purpose in purposes:
            if purpose.is_consent:
                self._add_consent_toggle(purpose)
            else:
                self._add_purpose_box(purpose)

        self.rows: dict[str, FieldRow] = {}
        for code in fields.FIELDS:
            row = FieldRow(code, self.lang, self.ui.fieldsGroup)
            row.set_allowed(False)
            self.rows[code] = row
            self.ui.fieldsLayout.addWidget(row)
        self.ui.fieldsLayout.addStretch(1)

        for channel in consent.CHANNELS:
            self.ui.channelCombo.addItem(pick(consent.CHANNEL_LABELS[channel], self.lang), channel)
        self.signature = SignaturePad(self.ui.proofGroup)
        self.ui.signatureLayout.insertWidget(0, self.signature)
        self.ui.clearSignatureButton.clicked.connect(self.signature.clear)
        self.ui.showCustomerButton.clicked.connect(self.show_to_customer)

        self._set_tab_order()
        if customer_id is not None:
            self._load(customer_id)
        else:
            self.setWindowTitle(self.tr("New customer"))
        self._update_fields()
        self.ui.columnsLayout.setStretch(0, 5)
        self.ui.columnsLayout.setStretch(1, 6)
        self.resize(1100, 700)

    # -- building ----------------------------------------------------------------

    def _add_purpose_box(self, purpose: Purpose) -> None:
        basis = pick(LEGAL_BASIS_LABELS[purpose.legal_basis], self.lang)
        box = QCheckBox(f"{purpose.name(self.lang)} — {basis}", self.ui.purposesGroup)
        box.setObjectName(f"purpose_{purpose.code}")
        box.setToolTip(purpose.text(self.lang))
        box.setAccessibleName(box.text())
        box.setAccessibleDescription(purpose.text(self.lang))
        box.toggled.connect(self._update_fields)
        self.purpose_boxes[purpose.code] = box
        self.ui.purposesLayout.addWidget(box)
        about = QLabel(purpose.text(self.lang), self.ui.purposesGroup)
        about.setObjectName(f"about_{purpose.code}")
        about.setWordWrap(True)
        about.setContentsMargins(24, 0, 0, 6)
        about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.purposesLayout.addWidget(about)

    def _add_consent_toggle(self, purpose: Purpose) -> None:
        card = QFrame(self.ui.consentsGroup)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        box = QCheckBox(purpose.name(self.lang), card)
        box.setObjectName(f"consent_{purpose.code}")
        box.setChecked(False)  # never pre-ticked (Art. 7(2))
        bold = QFont(box.font())
        bold.setBold(True)
        box.setFont(bold)
        wording = QLabel(purpose.text(self.lang), card)
        wording.setObjectName(f"wording_{purpose.code}")
        wording.setWordWrap(True)
        wording.setContentsMargins(24, 0, 0, 0)
        box.setAccessibleName(box.text())
        box.setAccessibleDescription(purpose.text(self.lang))
        box.toggled.connect(self._update_fields)
        layout.addWidget(box)
        layout.addWidget(wording)
        self.consent_boxes[purpose.code] = box
        self.ui.consentsLayout.addWidget(card)

    def _set_tab_order(self) -> None:
        """Purposes, consents, then the fields, the proof, the buttons: the reading order."""
        chain: list[QWidget] = [
            *self.purpose_boxes.values(),
            *self.consent_boxes.values(),
            *(row.editor for row in self.rows.values()),
            self.ui.channelCombo,
            self.ui.clearSignatureButton,
            self.ui.showCustomerButton,
            *self.ui.buttonBox.buttons(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.purpose_boxes:
            next(iter(self.purpose_boxes.values())).setFocus()

    def _load(self, customer_id: int) -> None:
        record = self.registry.customers.get(customer_id)
        self.setWindowTitle(self.tr("Edit %1").replace("%1", record.display_name))
        for code in record.purposes:
            if code in self.purpose_boxes:
                self.purpose_boxes[code].setChecked(True)
        self._initial_consents = {
            code for code, state in record.consents.items() if state == "granted"
        }
        for code in self._initial_consents:
            if code in self.consent_boxes:
                self.consent_boxes[code].setChecked(True)
        for code, value in record.fields.items():
            self.rows[code].set_value(_editable(code, value, self.lang))

    # -- purposes drive the fields ----------------------------------------------------

    def chosen_purposes(self) -> list[str]:
        return [code for code, box in self.purpose_boxes.items() if box.isChecked()]

    def chosen_consents(self) -> list[str]:
        return [code for code, box in self.consent_boxes.items() if box.isChecked()]

    def _chosen(self) -> list[Purpose]:
        return [self.purposes[c] for c in self.chosen_purposes() + self.chosen_consents()]

    def allowed_fields(self) -> set[str]:
        allowed: set[str] = set()
        for purpose in self._chosen():
            allowed |= purpose.allowed_fields
        return allowed

    def required_fields(self) -> dict[str, Purpose]:
        required: dict[str, Purpose] = {}
        for purpose in self._chosen():
            for code in purpose.required_fields:
                required.setdefault(code, purpose)
        return required

    def _update_fields(self) -> None:
        allowed = self.allowed_fields()
        required = self.required_fields()
        for code, row in self.rows.items():
            row.set_allowed(code in allowed)
            row.set_required(code in required)
        self.ui.noFieldsLabel.setVisible(not allowed)
        self.ui.proofGroup.setVisible(bool(self.chosen_consents()))

    # -- locking: the typed values leave and come back ---------------------------------

    def snapshot(self) -> FormSnapshot:
        """The form's state as typed (values of the fields shown; the signature strokes)."""
        return FormSnapshot(
            customer_id=self.customer_id,
            purposes=tuple(self.chosen_purposes()),
            consents=tuple(self.chosen_consents()),
            values=tuple(
                (
                    code,
                    row.editor.toPlainText()
                    if isinstance(row.editor, QPlainTextEdit)
                    else row.editor.text(),
                )
                for code, row in self.rows.items()
                if row.is_allowed()
            ),
            channel=str(self.ui.channelCombo.currentData() or ""),
            strokes=tuple(tuple(stroke) for stroke in self.signature.strokes()),
        )

    def restore(self, snapshot: FormSnapshot) -> None:
        """Put back what ``snapshot`` holds (a fresh form, after an unlock)."""
        for code, box in self.purpose_boxes.items():
            box.setChecked(code in snapshot.purposes)
        for code, box in self.consent_boxes.items():
            box.setChecked(code in snapshot.consents)
        self._update_fields()
        for code, value in snapshot.values:
            if code in self.rows:
                self.rows[code].set_value(value)
        index = self.ui.channelCombo.findData(snapshot.channel)
        if index >= 0:
            self.ui.channelCombo.setCurrentIndex(index)
        self.signature.clear()
        for stroke in snapshot.strokes:
            self.signature.add_stroke((p.x(), p.y()) for p in stroke)

    def visible_fields(self) -> list[str]:
        return [code for code, row in self.rows.items() if row.is_allowed()]

    # -- the customer chooses on screen ------------------------------------------------

    def show_to_customer(self) -> ConsentView:
        """Let the customer tick their own consents; the form takes their answer."""
        offered = [p for p in self.purposes.values() if p.is_consent]
        view = ConsentView(offered, lang=self.lang)
        view.consents_confirmed.connect(self._on_consent_view_consents_confirmed)
        view.cancelled.connect(self._close_consent_view)
        self.consent_view = view
        present_consent_view(view, self)
        return view

    def _on_consent_view_consents_confirmed(self, codes: list[str]) -> None:
        for code, box in self.consent_boxes.items():
            box.setChecked(code in codes)
        index = self.ui.channelCombo.findData("in_store")
        self.ui.channelCombo.setCurrentIndex(index)
        self._close_consent_view()

    def _close_consent_view(self) -> None:
        if self.consent_view is not None:
            self.consent_view.close()
            self.consent_view.deleteLater()
            self.consent_view = None

    # -- saving ----------------------------------------------------------------------

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        self.ui.errorLabel.hide()
        self.ui.errorLabel.setText("")

    def errors(self) -> dict[str, str]:
        """The inline messages shown now, by field code ('' for the form-wide one)."""
        shown = {code: row.error.text() for code, row in self.rows.items() if row.error.text()}
        if self.ui.errorLabel.text():
            shown[""] = self.ui.errorLabel.text()
        return shown

    def _show_error(self, error: RegistreError) -> None:
        field = getattr(error, "field", None)
        if field in self.rows and self.rows[field].is_allowed():
            self.rows[field].set_error(error.message(self.lang))
            editor = self.rows[field].editor
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(editor, QLineEdit):
                editor.deselect()
        else:
            self.ui.errorLabel.setText(error.message(self.lang))
            self.ui.errorLabel.show()

    def _check(self, values: dict[str, str]) -> list[ValidationError]:
        """Every field's problem at once (the core then checks again, authoritatively)."""
        problems: list[ValidationError] = []
        if not self._chosen():
            problems.append(ValidationError("customer_needs_purpose", field="purposes"))
        required = self.required_fields()
        for code, value in values.items():
            if value:
                try:
                    fields.clean(code, value)
                except ValidationError as exc:
                    problems.append(exc)
            elif code in required:
                problems.append(
                    ValidationError("field_required", field=code, purpose=required[code].names)
                )
        return problems

    def save(self) -> bool:
        """Check and store; on failure show why, inline, and keep what was typed."""
        self.clear_errors()
        values = {code: self.rows[code].value() for code in self.visible_fields()}
        problems = self._check(values)
        if problems:
            for problem in problems:
                self._show_error(problem)
            return False
        channel = str(self.ui.channelCombo.currentData())
        signature = self.signature.to_png() if self.chosen_consents() else None
        try:
            with self.registry.transaction():
                if self.customer_id is None:
                    draft = CustomerDraft(
                        {k: v for k, v in values.items() if v},
                        self.chosen_purposes(),
                        self.chosen_consents(),
                    )
                    customer_id = self.registry.customers.add(draft, channel, signature)
                else:
                    customer_id = self.customer_id
                    self._save_changes(customer_id, values, channel, signature)
        except RegistreError as exc:
            self._show_error(exc)
            return False
        self.customer_id = customer_id
        self.customer_saved.emit(customer_id)
        self.accept()
        return True

    def _save_changes(
        self, customer_id: int, values: dict[str, str], channel: str, signature: bytes | None
    ) -> None:
        """Edit inside the caller's transaction: purposes and fields, then consents."""
        customers = self.registry.customers
        record = customers.get(customer_id)
        chosen = set(self.chosen_purposes())
        attach = sorted(chosen - set(record.purposes))
        detach = sorted(set(record.purposes) - chosen)
        consents = set(self.chosen_consents())
        new_consents = sorted(consents - self._initial_consents)
        withdrawn = sorted(self._initial_consents - consents)
        # Consents first: a new one brings the fields it needs, a withdrawal erases the
        # fields only it justified; then the purposes and fields they all justify now.
        for code in new_consents:
            purpose = self.purposes[code]
            customers.grant_consent(
                customer_id,
                code,
                channel,
                signature,
                values={k: v for k, v in values.items() if v and k in purpose.allowed_fields},
            )
        for code in withdrawn:
            customers.withdraw_consent(customer_id, code, channel)
        justified: set[str] = set()
        for code in chosen | consents:
            justified |= self.purposes[code].allowed_fields
        changes: dict[str, str | None] = {
            code: (values.get(code) or None) for code in fields.FIELDS if code in justified
        }
        customers.edit(customer_id, changes, attach=attach, detach=detach)
        kept = customers.get(customer_id).fields
        # Erased because no purpose needs them any more (not those the user emptied).
        self.erased = [
            code
            for code in fields.FIELDS
            if code in record.fields and code not in kept and code not in justified
        ]


def _editable(code: str, value: str, lang: str) -> str:
    """A stored value as a person would type it again ('06 12 34 56 78', '14/07')."""
    if code == "phone":
        return fields.display(code, value, lang)
    if code == "birthday" and value.startswith("--") and len(value) == 7:
        return f"{value[5:7]}/{value[2:4]}"
    return value
