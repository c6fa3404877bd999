"""The breach register (GDPR Art. 33 and 34): every personal data breach and its 72-hour clock.

Security > Breach register… lists the breaches newest first (``registry.breaches``), each
with its clock: the hours left before the supervisory authority must be notified, or
"overdue", or whether it was notified in time or late; always as text, with a colour
beside it (red when late, amber under 24 hours, green once notified in time).

"Record a breach…" opens :class:`BreachDialog`, pre-filled with what a breach of the
whole registry would concern (``BreachRegister.estimates``: the customers, the stored
values, the field categories present; the user corrects them). The core validates;
its messages show at the field they concern. "Authority notified…" and "People
informed…" ask when (default: now). "Notification draft (PDF)" writes the Art. 33(3)
draft (``core.pdf.breach_notice``) to a private temporary file and shows it in the
PDF preview (Print, Save as…).

The register is the owner's (``permissions.BREACHES``); the main window disables its
action for anyone else, and the core refuses too.
"""

from __future__ import annotations

import html
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import fields
from desktop_app.core.breaches import NATURE_LABELS, NATURES, Breach, BreachRegister
from desktop_app.core.errors import RegistreError, ValidationError
from desktop_app.core.i18n import pick
from desktop_app.core.registry import Registry
from desktop_app.gui import tasks
from desktop_app.gui.customer_form import ERROR_COLOR, style_as_error
from desktop_app.gui.customer_model import ROW_HEIGHT, ui_language
from desktop_app.gui.forms.ui_breach_dialog import Ui_BreachDialog
from desktop_app.gui.forms.ui_breach_register import Ui_BreachRegister
from desktop_app.gui.pdf_preview import PdfPreview, private_pdf_path, remove_private_folder
from desktop_app.gui.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
BreachIdRole = Qt.ItemDataRole.UserRole + 1
DAY_FORMAT = "d MMM yyyy"
EDIT_FORMAT = "dd/MM/yyyy HH:mm"
SOON_HOURS = 24  # under this many hours left, the clock turns amber
SOON_COLOR = QColor("#b35c00")  # amber, readable on light and dark backgrounds
DONE_COLOR = QColor("#2e7d32")  # green: notified in time


def local(moment: datetime) -> datetime:
    """An aware moment in the machine's local time (naive: taken as local already)."""
    return moment.astimezone()


def format_moment(moment: datetime | None) -> str:
    """'26 Nov 2026, 09:30' / '26 nov. 2026, 09:30', local time; '' for none."""
    if moment is None:
        return ""
    shown = local(moment)
    day = QLocale().toString(QDate(shown.year, shown.month, shown.day), DAY_FORMAT)
    return f"{day}, {shown:%H:%M}"


def format_day(moment: datetime) -> str:
    """'26 Nov 2026' / '26 nov. 2026', the local day of ``moment``."""
    shown = local(moment)
    return QLocale().toString(QDate(shown.year, shown.month, shown.day), DAY_FORMAT)


def to_qdatetime(moment: datetime) -> QDateTime:
    """The local wall-clock time of ``moment``, for a QDateTimeEdit (no Qt time zone)."""
    shown = local(moment)
    return QDateTime(
        QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute, shown.second)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTimeEdit's local wall-clock time as an aware datetime."""
    day, time = value.date(), value.time()
    naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return naive.astimezone()


class Column(IntEnum):
    REFERENCE = 0
    DISCOVERED = 1
    NATURE = 2
    CLOCK = 3
    STATUS = 4


_HEADERS = {
    Column.REFERENCE: "Reference",
    Column.DISCOVERED: "Discovered",
    Column.NATURE: "Nature",
    Column.CLOCK: "72-hour clock",
    Column.STATUS: "Status",
}

SHORT_NATURES = {
    "confidentiality": "Confidentiality",
    "integrity": "Integrity",
    "availability": "Availability",
}


class BreachTableModel(ReadOnlyTableModel):
    """Every breach of the register (a handful: read whole, newest discovery first)."""

    HEADER_CONTEXT = "BreachTableModel"
    HEADERS = _HEADERS

    def __init__(self, register: BreachRegister, lang: str | None = None, parent: Any = None):
        super().__init__(parent)
        self._register = register
        self._lang = lang or ui_language()
        self._now = register.now()
        self._rows: list[Breach] = register.list()

    def refresh(self) -> None:
        self.beginResetModel()
        self._now = self._register.now()
        self._rows = self._register.list()
        self.endResetModel()

    @property
    def now(self) -> datetime:
        return self._now

    def breach(self, row: int) -> Breach | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, breach_id: int) -> int | None:
        for row, breach in enumerate(self._rows):
            if breach.id == breach_id:
                return row
        return None

    def references(self) -> list[str]:
        return [b.reference for b in self._rows]

    # -- the clock -----------------------------------------------------------------

    def urgency(self, breach: Breach) -> str:
        """'late' (overdue or notified late), 'soon' (under 24 h), 'open', or 'done'."""
        if breach.late(self._now):
            return "late"
        if breach.notified_authority_at is not None:
            return "done"
        if breach.hours_left(self._now) < SOON_HOURS:
            return "soon"
        return "open"

    def clock_text(self, breach: Breach) -> str:
        if breach.notified_authority_at is not None:
            if breach.notified_late():
                return "⚠ " + self.tr("Notified late (give the reasons for the delay)")
            return "✔ " + self.tr("Notified within 72 hours")
        left = breach.hours_left(self._now)
        due = format_moment(breach.deadline)
        if left < 0:
            hours = int(-left)
            late = (
                self.tr("less than 1 hour")
                if hours < 1
                else self.tr("1 hour")
                if hours == 1
                else self.tr("%1 hours").replace("%1", str(hours))
            )
            return "⚠ " + self.tr("Overdue by %1: notify now").replace("%1", late)
        hours = int(left)
        if hours < 1:
            return "⚠ " + self.tr("Less than 1 hour left (until %1)").replace("%1", due)
        text = (
            self.tr("1 hour left (until %2)")
            if hours == 1
            else self.tr("%1 hours left (until %2)").replace("%1", str(hours))
        )
        text = text.replace("%2", due)
        return f"⚠ {text}" if left < SOON_HOURS else text

    def status_text(self, breach: Breach) -> str:
        if breach.notified_authority_at is not None:
            authority = self.tr("Authority notified on %1").replace(
                "%1", format_day(breach.notified_authority_at)
            )
        else:
            authority = self.tr("Authority not notified")
        if breach.notified_people_at is not None:
            people = self.tr("people informed on %1").replace(
                "%1", format_day(breach.notified_people_at)
            )
        elif breach.encrypted:
            people = self.tr("people not informed (encrypted data)")
        else:
            people = self.tr("people not informed")
        return f"{authority} · {people}"

    def nature_text(self, breach: Breach) -> str:
        return ", ".join(
            QCoreApplication.translate("BreachTableModel", SHORT_NATURES.get(code, code))
            for code in breach.nature
        )

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        breach = self._rows[index.row()]
        column = Column(index.column())
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(breach, column)
        if role == BreachIdRole:
            return breach.id
        if column != Column.CLOCK:
            return None
        urgency = self.urgency(breach)
        if role == Qt.ItemDataRole.ForegroundRole:
            return {"late": ERROR_COLOR, "soon": SOON_COLOR, "done": DONE_COLOR}.get(urgency)
        if role == Qt.ItemDataRole.FontRole and urgency in ("late", "soon"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, breach: Breach, column: Column) -> str:
        if column == Column.REFERENCE:
            return breach.reference
        if column == Column.DISCOVERED:
            return format_moment(breach.discovered_at)
        if column == Column.NATURE:
            return self.nature_text(breach)
        if column == Column.CLOCK:
            return self.clock_text(breach)
        return self.status_text(breach)


def _header_strings() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("BreachTableModel", "Reference")
    QCoreApplication.translate("BreachTableModel", "Discovered")
    QCoreApplication.translate("BreachTableModel", "Nature")
    QCoreApplication.translate("BreachTableModel", "72-hour clock")
    QCoreApplication.translate("BreachTableModel", "Status")
    QCoreApplication.translate("BreachTableModel", "Confidentiality")
    QCoreApplication.translate("BreachTableModel", "Integrity")
    QCoreApplication.translate("BreachTableModel", "Availability")


# Which field of the dialog a core validation message belongs to.
ERROR_FIELDS = {
    "breach_nature_needed": "nature",
    "breach_nature_unknown": "nature",
    "breach_description_needed": "description",
    "breach_discovered_future": "dates",
    "breach_occurred_after_discovery": "dates",
    "breach_period_invalid": "dates",
    "datetime_invalid": "dates",
    "breach_category_unknown": "categories",
    "breach_count_negative": "counts",
}


class BreachDialog(QDialog):
    """Record a breach… : what happened, when, what it concerns, what was done."""

    breach_recorded = Signal(int)  # breach id

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.ui = Ui_BreachDialog()
        self.ui.setupUi(self)
        self.breach: Breach | None = None
        ui = self.ui
        self.error_labels = {
            "dates": ui.datesError,
            "nature": ui.natureError,
            "description": ui.descriptionError,
            "categories": ui.categoriesError,
            "counts": ui.countsError,
            "": ui.errorLabel,
        }
        for label in self.error_labels.values():
            style_as_error(label)
            self._set_visible(label, False)
        self.nature_checks: dict[str, QCheckBox] = {}
        for code in NATURES:
            check = QCheckBox(pick(NATURE_LABELS[code], self.lang), ui.natureBox)
            check.setObjectName(f"nature_{code}")
            ui.natureLayout.addWidget(check)
            self.nature_checks[code] = check
        self.nature_checks["confidentiality"].setChecked(True)
        for box in (ui.natureBox, ui.categoriesBox):  # their rows no taller than needed
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for form in (ui.leftForm, ui.rightForm):  # rows packed at the top, not spread out
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
            form.addItem(
                QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            )
        estimates = registry.breaches.estimates()
        self.category_checks: dict[str, QCheckBox] = {}
        for code, labels in fields.CATEGORY_LABELS.items():
            check = QCheckBox(pick(labels, self.lang), ui.categoriesBox)
            check.setObjectName(f"category_{code}")
            check.setChecked(code in estimates.categories)
            ui.categoriesLayout.addWidget(check)
            self.category_checks[code] = check
        ui.peopleSpin.setValue(estimates.people)
        ui.recordsSpin.setValue(estimates.records)
        ui.encryptedCheck.setChecked(True)  # the registry is encrypted at rest
        now = registry.breaches.now()
        ui.discoveredEdit.setDisplayFormat(EDIT_FORMAT)
        ui.discoveredEdit.setDateTime(to_qdatetime(now))
        ui.occurredEdit.setDisplayFormat("dd/MM/yyyy")
        shown = local(now)
        ui.occurredEdit.setDate(QDate(shown.year, shown.month, shown.day))
        for edit in (
            ui.descriptionEdit,
            ui.consequencesEdit,
            ui.measuresTakenEdit,
            ui.measuresProposedEdit,
        ):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        self.record_button = QPushButton(self.tr("&Record the breach"))
        self.record_button.setObjectName("recordButton")
        self.record_button.setDefault(True)
        ui.buttonBox.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        self.setMinimumWidth(980)

    # -- values, errors ---------------------------------------------------------------

    def natures(self) -> list[str]:
        return [code for code, check in self.nature_checks.items() if check.isChecked()]

    def categories(self) -> list[str]:
        return [code for code, check in self.category_checks.items() if check.isChecked()]

    def discovered_at(self) -> datetime:
        return from_qdatetime(self.ui.discoveredEdit.dateTime())

    def set_discovered(self, moment: datetime) -> None:
        self.ui.discoveredEdit.setDateTime(to_qdatetime(moment))

    def set_occurred(self, moment: datetime) -> None:
        shown = local(moment)
        self.ui.occurredEdit.setDate(QDate(shown.year, shown.month, shown.day))

    def errors(self) -> dict[str, str]:
        """The messages shown now, by field ('' for the dialog's own)."""
        return {
            name: label.text() for name, label in self.error_labels.items() if label.isVisible()
        }

    def _clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.clear()
            self._set_visible(label, False)

    def _show_error(self, field: str, text: str) -> None:
        label = self.error_labels.get(field, self.ui.errorLabel)
        label.setText(text)
        self._set_visible(label, bool(text))

    def _set_visible(self, label: QLabel, visible: bool) -> None:
        """Show or hide an error label; a hidden one takes no room in its form."""
        for form in (self.ui.leftForm, self.ui.rightForm):
            position: Any = form.getWidgetPosition(label)  # (row, role); row -1: not there
            row = int(position[0])
            if row >= 0:
                form.setRowVisible(row, visible)
                return
        label.setVisible(visible)

    # -- recording ---------------------------------------------------------------------

    def _on_record_button_clicked(self) -> None:
        self.record()

    def record(self) -> Breach | None:
        """Record the breach as filled in; its messages at the fields when refused."""
        self._clear_errors()
        ui = self.ui
        day = ui.occurredEdit.date()
        try:
            with self.registry.transaction():
                breach = self.registry.breaches.record(
                    discovered_at=self.discovered_at(),
                    nature=self.natures(),
                    description=ui.descriptionEdit.toPlainText(),
                    encrypted=ui.encryptedCheck.isChecked(),
                    occurred_on=datetime(day.year(), day.month(), day.day()).date(),
                    data_categories=self.categories(),
                    people_count_estimate=ui.peopleSpin.value(),
                    records_count_estimate=ui.recordsSpin.value(),
                    likely_consequences=ui.consequencesEdit.toPlainText(),
                    measures_taken=ui.measuresTakenEdit.toPlainText(),
                    measures_proposed=ui.measuresProposedEdit.toPlainText(),
                )
        except ValidationError as exc:
            field = ERROR_FIELDS.get(exc.code, "")
            self._show_error(field, exc.message(self.lang))
            focus = {
                "dates": ui.discoveredEdit,
                "description": ui.descriptionEdit,
                "nature": self.nature_checks["confidentiality"],
                "counts": ui.peopleSpin,
            }.get(field)
            if focus is not None:
                focus.setFocus()
            return None
        except RegistreError as exc:
            self._show_error("", exc.message(self.lang))
            return None
        self.breach = breach
        self.breach_recorded.emit(breach.id)
        self.accept()
        return breach


class NotifiedDialog(QDialog):
    """When the authority was notified, or the people informed (default: now)."""

    def __init__(self, title: str, text: str, now: datetime, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("notifiedDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QDateTimeEdit(to_qdatetime(now))
        self.edit.setObjectName("notifiedEdit")
        self.edit.setDisplayFormat(EDIT_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(title)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> datetime:
        return from_qdatetime(self.edit.dateTime())


class BreachRegisterWindow(QDialog):
    """Security > Breach register…: the register, the clock, the notification draft."""

    breach_changed = Signal(int)  # breach id
    preview: PdfPreview | None = None
    breach_dialog: BreachDialog | None = None

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.ui = Ui_BreachRegister()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ui.errorLabel.hide()
        style_as_error(self.ui.errorLabel)
        self.ui.detailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.model = BreachTableModel(registry.breaches, self.lang, self)
        table = self.ui.breachTable
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.REFERENCE, 115),
            (Column.DISCOVERED, 150),
            (Column.NATURE, 220),
            (Column.CLOCK, 380),
        ):
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.ui.recordButton.clicked.connect(self._on_record_button_clicked)
        self.ui.authorityButton.clicked.connect(self.authority_notified)
        self.ui.peopleButton.clicked.connect(self.people_informed)
        self.ui.draftButton.clicked.connect(self.open_draft)
        self.ui.closeButton.clicked.connect(self.close)
        if self.model.rowCount():
            table.setCurrentIndex(self.model.index(0, Column.REFERENCE))
        self._update()

    # -- selection, summary --------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        self.model.refresh()
        if selected is not None:
            self.select_breach(selected.id)
        self._update()

    def select_breach(self, breach_id: int) -> bool:
        row = self.model.row_of(breach_id)
        if row is None:
            return False
        self.ui.breachTable.setCurrentIndex(self.model.index(row, Column.REFERENCE))
        return True

    def selected(self) -> Breach | None:
        index = self.ui.breachTable.currentIndex()
        return self.model.breach(index.row()) if index.isValid() else None

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_error("")
        self._update()

    def _update(self) -> None:
        count = self.model.rowCount()
        now = self.model.now
        overdue = sum(1 for row in range(count) if (b := self.model.breach(row)) and b.overdue(now))
        if count == 0:
            text = self.tr("No breach recorded.")
        elif count == 1:
            text = self.tr("1 breach recorded")
        else:
            text = self.tr("%1 breaches recorded").replace("%1", str(count))
        if overdue:
            text += " · ⚠ " + self.tr("%1 not notified within 72 hours").replace("%1", str(overdue))
        self.ui.summaryLabel.setText(text)
        breach = self.selected()
        self.ui.authorityButton.setEnabled(
            breach is not None and breach.notified_authority_at is None
        )
        self.ui.peopleButton.setEnabled(breach is not None and breach.notified_people_at is None)
        self.ui.draftButton.setEnabled(breach is not None)
        self.ui.detailLabel.setText(self._detail(breach) if breach is not None else "")

    def _detail(self, breach: Breach) -> str:
        def line(label: str, value: str) -> str:
            return f"<b>{html.escape(label)}</b> {html.escape(value)}"

        categories = ", ".join(
            pick(fields.CATEGORY_LABELS.get(code, {"en": code}), self.lang)
            for code in breach.data_categories
        )
        lines = [
            line(
                self.tr("%1, discovered on %2:")
                .replace("%1", breach.reference)
                .replace("%2", format_moment(breach.discovered_at)),
                breach.description,
            ),
            line(
                self.tr("Concerns:"),
                self.tr("%1 (about %2 people, %3 records)")
                .replace("%1", categories or self.tr("no customer data"))
                .replace("%2", QLocale().toString(breach.people_count_estimate))
                .replace("%3", QLocale().toString(breach.records_count_estimate)),
            ),
            line(
                self.tr("Encrypted:"),
                self.tr("yes: the people need not be told (Art. 34(3)(a))")
                if breach.encrypted
                else self.tr("no"),
            ),
            line(self.tr("Notify the authority by:"), format_moment(breach.deadline)),
        ]
        if breach.notified_authority_at is not None:
            lines.append(
                line(self.tr("Authority notified on:"), format_moment(breach.notified_authority_at))
            )
        if breach.notified_people_at is not None:
            lines.append(
                line(self.tr("People informed on:"), format_moment(breach.notified_people_at))
            )
        if breach.likely_consequences:
            lines.append(line(self.tr("Likely consequences:"), breach.likely_consequences))
        if breach.measures_taken:
            lines.append(line(self.tr("Measures taken:"), breach.measures_taken))
        if breach.measures_proposed:
            lines.append(line(self.tr("Measures proposed:"), breach.measures_proposed))
        return "<br>".join(lines)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    # -- actions ---------------------------------------------------------------------------

    def _on_record_button_clicked(self) -> None:
        self.record_breach()

    def record_breach(self) -> BreachDialog:
        """Record a breach… (window-modal, not blocking); the list follows when recorded."""
        if self.breach_dialog is not None:
            self.breach_dialog.raise_()
            return self.breach_dialog
        dialog = BreachDialog(self.registry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.breach_recorded.connect(self._on_breach_dialog_breach_recorded)
        dialog.destroyed.connect(self._on_breach_dialog_destroyed)
        self.breach_dialog = dialog
        dialog.open()
        return dialog

    def _on_breach_dialog_destroyed(self, _obj: object = None) -> None:
        self.breach_dialog = None

    def _on_breach_dialog_breach_recorded(self, breach_id: int) -> None:
        self.model.refresh()
        self.select_breach(breach_id)
        self._update()
        self.breach_changed.emit(breach_id)

    def authority_notified(self) -> Breach | None:
        """Record when the supervisory authority was notified (asked; default now)."""
        breach = self.selected()
        if breach is None:
            return None
        title = self.tr("Authority notified")
        text = self.tr(
            "When was breach %1 notified to the supervisory authority (the CNIL in France)?"
        ).replace("%1", breach.reference)
        return self._notified(breach, title, text, self.registry.breaches.notify_authority)

    def people_informed(self) -> Breach | None:
        """Record when the people concerned were told (Art. 34; asked, default now)."""
        breach = self.selected()
        if breach is None:
            return None
        title = self.tr("People informed")
        text = self.tr("When were the people concerned by breach %1 told of it?").replace(
            "%1", breach.reference
        )
        return self._notified(breach, title, text, self.registry.breaches.notify_people)

    def _notified(self, breach: Breach, title: str, text: str, change: Any) -> Breach | None:
        from desktop_app.gui import dialogs

        now = self.registry.breaches.now()
        at = dialogs.ask_with(
            "breach_notified",
            title,
            lambda: NotifiedDialog(title, text, now, self),
            lambda dialog: dialog.answer(),
            datetime,
        )
        if at is None:
            return None
        self._show_error("")
        try:
            with self.registry.transaction():
                changed: Breach = change(breach.id, at)
        except RegistreError as exc:
            self._show_error(exc.message(self.lang))
            return None
        self.model.refresh()
        self.select_breach(changed.id)
        self._update()
        self.breach_changed.emit(changed.id)
        return changed

    def open_draft(self) -> PdfPreview | None:
        """Write the notification draft (Art. 33(3)) and show it in the PDF preview."""
        from desktop_app.core.pdf.breach_notice import write_breach_notification_draft

        breach = self.selected()
        if breach is None:
            return None
        self._show_error("")
        shown = breach.as_dict(self.registry.breaches.now())
        business = self.registry.business.get().as_dict()
        lang = self.lang
        pdf = private_pdf_path(f"{breach.reference}.pdf")

        def work(_ctx: tasks.TaskContext) -> Path:
            try:
                write_breach_notification_draft(pdf, shown, business, lang)
            except OSError as exc:
                raise RegistreError("file_unwritable", path=str(pdf), reason=exc.strerror) from None
            return pdf

        try:
            written = tasks.run_task(self, self.tr("Writing the draft"), work, cancellable=False)
        except RegistreError as exc:
            remove_private_folder(pdf)
            self._show_error(exc.message(self.lang))
            return None
        except BaseException:
            remove_private_folder(pdf)
            raise
        if written is None:
            remove_private_folder(pdf)
            return None
        if self.preview is not None:
            self.preview.close()
        title = self.tr("Breach notification draft %1").replace("%1", breach.reference)
        name = self.tr("breach-notification") + f"-{breach.reference}.pdf"
        preview = PdfPreview(written, title, suggested_name=name, parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(self._on_preview_destroyed)
        self.preview = preview
        preview.resize(900, 720)
        preview.open()
        return preview

    def _on_preview_destroyed(self, _obj: object = None) -> None:
        self.preview = None
