"""The request register (GDPR Art. 12(3)-(4)): every rights request, its due date, its status.

Filters are the core's (``RequestRegister.find``: open, due soon, overdue, all), in SQL.
A request past its due date shows in bold red with "Overdue". On the selected open
request: extend the deadline (1 or 2 more months in total, with the reason and the date
of the letter telling the customer), refuse (with the reason; Art. 12(4)), or mark it
answered. Errors from the core show inline, under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import permissions
from desktop_app.core.errors import RegistreError
from desktop_app.core.i18n import pick
from desktop_app.core.registry import Registry
from desktop_app.core.requests import FILTERS, TYPE_LABELS, Request, RequestRegister
from desktop_app.gui import dialogs
from desktop_app.gui.customer_form import ERROR_COLOR, style_as_error
from desktop_app.gui.customer_model import ROW_HEIGHT, ui_language
from desktop_app.gui.forms.ui_rights_desk import Ui_RightsDesk
from desktop_app.gui.pdf_preview import PdfPreview, private_pdf_path, remove_private_folder
from desktop_app.gui.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
DAY_FORMAT = "d MMM yyyy"
RequestIdRole = Qt.ItemDataRole.UserRole + 1


def format_date(day: date | None) -> str:
    """'29 Nov 2026' / '29 nov. 2026' in the UI's locale; '' for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_FORMAT)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class Column(IntEnum):
    REFERENCE = 0
    CUSTOMER = 1
    TYPE = 2
    RECEIVED = 3
    DUE = 4
    STATUS = 5


_HEADERS = {
    Column.REFERENCE: "Request",
    Column.CUSTOMER: "Customer",
    Column.TYPE: "Type",
    Column.RECEIVED: "Received",
    Column.DUE: "Due by",
    Column.STATUS: "Status",
}


class RequestTableModel(ReadOnlyTableModel):
    """The requests one filter selects (read from SQL, ordered by due date)."""

    HEADER_CONTEXT = "RequestTableModel"
    HEADERS = _HEADERS

    def __init__(
        self,
        register: RequestRegister,
        which: str = "open",
        lang: str | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._which = which
        self._lang = lang or ui_language()
        self._today = register.today()
        self._rows: list[Request] = register.find(which, self._today)

    @property
    def which(self) -> str:
        return self._which

    def set_filter(self, which: str) -> None:
        if which not in FILTERS:
            raise ValueError(which)
        self._which = which
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._today = self._register.today()
        self._rows = self._register.find(self._which, self._today)
        self.endResetModel()

    def request(self, row: int) -> Request | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int | None:
        for row, request in enumerate(self._rows):
            if request.id == request_id:
                return row
        return None

    def references(self) -> list[str]:
        return [r.reference for r in self._rows]

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        request = self._rows[index.row()]
        column = Column(index.column())
        urgency = request.urgency(self._today)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(request, column, urgency)
        if role == RequestIdRole:
            return request.id
        if role == Qt.ItemDataRole.ForegroundRole and urgency == "overdue":
            return ERROR_COLOR
        if role == Qt.ItemDataRole.FontRole and urgency == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, request: Request, column: Column, urgency: str) -> str:
        if column == Column.REFERENCE:
            return request.reference
        if column == Column.CUSTOMER:
            return request.customer_reference
        if column == Column.TYPE:
            return pick(TYPE_LABELS[request.type], self._lang)
        if column == Column.RECEIVED:
            return format_date(request.received_on)
        if column == Column.DUE:
            text = format_date(request.due_on)
            if request.extension_months:
                text += " " + (
                    self.tr("(+1 month)")
                    if request.extension_months == 1
                    else self.tr("(+2 months)")
                )
            return text
        return self.status_text(request, urgency)

    def status_text(self, request: Request, urgency: str) -> str:
        if request.status == "completed":
            return self.tr("Answered on %1").replace("%1", format_date(request.completed_on))
        if request.status == "refused":
            return self.tr("Refused on %1").replace("%1", format_date(request.completed_on))
        days = (request.due_on - self._today).days
        if urgency == "overdue":
            late = -days
            return "⚠ " + (
                self.tr("Overdue by 1 day")
                if late == 1
                else self.tr("Overdue by %1 days").replace("%1", str(late))
            )
        if days == 0:
            return self.tr("Open · due today")
        if days == 1:
            return self.tr("Open · 1 day left")
        return self.tr("Open · %1 days left").replace("%1", str(days))


def _header_strings() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("RequestTableModel", "Request")
    QCoreApplication.translate("RequestTableModel", "Customer")
    QCoreApplication.translate("RequestTableModel", "Type")
    QCoreApplication.translate("RequestTableModel", "Received")
    QCoreApplication.translate("RequestTableModel", "Due by")
    QCoreApplication.translate("RequestTableModel", "Status")


@dataclass(frozen=True)
class Extension:
    months: int
    reason: str
    letter_on: date


class ExtendDialog(QDialog):
    """How many more months (1 or 2 in total), why, and when the letter was sent."""

    def __init__(self, request: Request, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extendDialog")
        self.setWindowTitle(self.tr("Extend the deadline of %1").replace("%1", request.reference))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The deadline can be extended by two more months at most, when the request "
                "is complex or there are many. Tell the customer within the first month, "
                "with the reason."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.months = QComboBox()
        self.months.setObjectName("monthsCombo")
        for months in (1, 2):
            if months >= request.extension_months:
                text = self.tr("1 more month") if months == 1 else self.tr("2 more months")
                self.months.addItem(text, months)
        form.addRow(self.tr("&Extension:"), self.months)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.letter = QDateEdit(to_qdate(today))
        self.letter.setObjectName("letterEdit")
        self.letter.setCalendarPopup(True)
        self.letter.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("&Letter sent on:"), self.letter)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> Extension:
        return Extension(
            int(self.months.currentData()),
            self.reason.toPlainText(),
            to_date(self.letter.date()),
        )


class RefuseDialog(QDialog):
    """The reason for refusing (the customer is told, with the right to complain)."""

    def __init__(self, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refuseDialog")
        self.setWindowTitle(self.tr("Refuse %1").replace("%1", request.reference))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A refusal must give its reason and tell the customer they may complain "
                "to the supervisory authority (the CNIL in France)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for refusing"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> str:
        return self.reason.toPlainText()


class RightsDesk(QDialog):
    """The request register window (Requests > Request register…, Ctrl+R)."""

    request_changed = Signal(int)  # request id
    preview: PdfPreview | None = None  # the letter of the last extension or refusal

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.ui = Ui_RightsDesk()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ui.errorLabel.hide()
        style_as_error(self.ui.errorLabel)
        labels = {
            "open": self.tr("Open requests"),
            "due_soon": self.tr("Due within 7 days"),
            "overdue": self.tr("Overdue"),
            "all": self.tr("All requests"),
        }
        for which in ("open", "due_soon", "overdue", "all"):
            self.ui.filterCombo.addItem(labels[which], which)
        self.model = RequestTableModel(registry.requests, "open", self.lang, self)
        table = self.ui.requestTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.REFERENCE, 120),
            (Column.CUSTOMER, 175),
            (Column.TYPE, 210),
            (Column.RECEIVED, 130),
            (Column.DUE, 210),
        ):
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.ui.filterCombo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        self.ui.extendButton.clicked.connect(self.extend_selected)
        self.ui.refuseButton.clicked.connect(self.refuse_selected)
        self.ui.completeButton.clicked.connect(self.complete_selected)
        self.ui.closeButton.clicked.connect(self.close)
        # Staff keep the register; extending or refusing is the owner's decision.
        self.can_decide = registry.can(permissions.DECIDE_REQUESTS)
        self.owner_note = QLabel(
            self.tr(
                "Only the owner can answer this request: "
                "it stays in the register with its due date."
            )
        )
        self.owner_note.setObjectName("ownerNoteLabel")
        self.owner_note.setWordWrap(True)
        self.owner_note.setVisible(not self.can_decide)
        self.ui.deskLayout.insertWidget(
            self.ui.deskLayout.indexOf(self.ui.errorLabel), self.owner_note
        )
        if not self.can_decide:
            for button in (self.ui.extendButton, self.ui.refuseButton):
                button.setToolTip(self.tr("Only the owner can do this."))
        self._update()

    # -- filter, selection --------------------------------------------------------

    def set_filter(self, which: str) -> None:
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(which))

    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self.model.set_filter(str(self.ui.filterCombo.currentData()))
        self._update()

    def refresh(self) -> None:
        selected = self.selected()
        self.model.refresh()
        if selected is not None:
            self.select_request(selected.id)
        self._update()

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        self.ui.requestTable.setCurrentIndex(self.model.index(row, Column.REFERENCE))
        return True

    def selected(self) -> Request | None:
        index = self.ui.requestTable.currentIndex()
        return self.model.request(index.row()) if index.isValid() else None

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_error("")
        self._update()

    def _update(self) -> None:
        today = self.registry.requests.today()
        overdue = len(self.registry.requests.find("overdue", today))
        shown = self.model.rowCount()
        text = (
            self.tr("1 request shown")
            if shown == 1
            else self.tr("%1 requests shown").replace("%1", str(shown))
        )
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.ui.summaryLabel.setText(text)
        request = self.selected()
        is_open = request is not None and request.is_open
        for button in (self.ui.extendButton, self.ui.refuseButton, self.ui.completeButton):
            button.setEnabled(is_open)
        can_extend = is_open and request is not None and request.extension_months < 2
        self.ui.extendButton.setEnabled(can_extend and self.can_decide)
        self.ui.refuseButton.setEnabled(is_open and self.can_decide)
        self.ui.detailLabel.setText(self._detail(request) if request is not None else "")

    def _detail(self, request: Request) -> str:
        parts = [
            self.tr("%1 from customer %2, received on %3, due by %4.")
            .replace("%1", request.reference)
            .replace("%2", request.customer_reference)
            .replace("%3", format_date(request.received_on))
            .replace("%4", format_date(request.due_on))
        ]
        if request.extension_months:
            parts.append(
                self.tr("Extended (letter of %1): %2")
                .replace("%1", format_date(request.extension_letter_on))
                .replace("%2", request.extension_reason or "")
            )
        if request.refusal_reason:
            parts.append(self.tr("Refused: %1").replace("%1", request.refusal_reason))
        return "\n".join(parts)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    # -- actions ---------------------------------------------------------------------

    def extend_selected(self) -> Request | None:
        request = self.selected()
        if request is None:
            return None
        today = self.registry.requests.today()
        title = self.tr("Extend the deadline")
        answer = dialogs.ask_with(
            "extend_request",
            title,
            lambda: ExtendDialog(request, today, self),
            lambda dialog: dialog.answer(),
            Extension,
        )
        if answer is None:
            return None
        return self._change_with_letter(
            lambda: self.registry.requests.extend(
                request.id, answer.months, answer.reason, answer.letter_on
            ),
            "extension",
        )

    def refuse_selected(self) -> Request | None:
        request = self.selected()
        if request is None:
            return None
        reason = dialogs.ask_with(
            "refuse_request",
            self.tr("Refuse the request"),
            lambda: RefuseDialog(request, self),
            lambda dialog: dialog.answer(),
            str,
        )
        if reason is None:
            return None
        return self._change_with_letter(
            lambda: self.registry.requests.refuse(request.id, reason), "refusal"
        )

    def complete_selected(self) -> Request | None:
        request = self.selected()
        if request is None:
            return None
        question = self.tr("Record that %1 has been answered today?").replace(
            "%1", request.reference
        )
        if not dialogs.confirm(self, self.tr("Mark as answered"), question):
            return None
        return self._change(lambda: self.registry.requests.complete(request.id))

    def _change(self, change: Any) -> Request | None:
        self._show_error("")
        try:
            with self.registry.transaction():
                changed: Request = change()
        except RegistreError as exc:
            self._show_error(exc.message(self.lang))
            return None
        self.model.refresh()
        self.select_request(changed.id)
        self._update()
        self.request_changed.emit(changed.id)
        return changed

    # -- letters to the customer (Art. 12(3)-(4)) --------------------------------------

    def _change_with_letter(self, change: Callable[[], Request], kind: str) -> Request | None:
        """``change`` with its letter to the customer ("extension" or "refusal") written in
        the same transaction (no letter, no change), then shown in the PDF preview."""
        from desktop_app.core.rights.letters import write_extension_letter, write_refusal_letter

        write = write_extension_letter if kind == "extension" else write_refusal_letter
        name = "prolongation" if kind == "extension" else "refus"
        pdf = private_pdf_path(f"{name}.pdf")
        business = self.registry.business.get().as_dict()
        lang = self.lang

        def change_and_write() -> Request:
            changed = change()
            try:
                write(pdf, changed.as_dict(), business, lang)
            except OSError as exc:
                raise RegistreError("file_unwritable", path=str(pdf), reason=exc.strerror) from None
            return changed

        try:
            changed = self._change(change_and_write)
        except BaseException:
            remove_private_folder(pdf)
            raise
        if changed is None:
            remove_private_folder(pdf)
            return None
        title = (
            self.tr("Extension letter %1") if kind == "extension" else self.tr("Refusal letter %1")
        ).replace("%1", changed.reference)
        self._open_letter(pdf, title, f"{changed.reference}-{name}.pdf")
        return changed

    def _open_letter(self, pdf: Path, title: str, suggested_name: str) -> None:
        if self.preview is not None:
            self.preview.close()
        preview = PdfPreview(pdf, title, suggested_name=suggested_name, parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(self._on_preview_destroyed)
        self.preview = preview
        preview.resize(900, 720)
        preview.open()

    def _on_preview_destroyed(self, _obj: object = None) -> None:
        self.preview = None
