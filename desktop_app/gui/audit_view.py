"""Security > Check the audit log…: walk the hash chain, say plainly whether it is intact.

The check (``core.audit.verify``) reads every entry in order, so it runs in a background
task (``tasks.run_task``): the log can hold millions of rows. The outcome is either
"intact: N entries, chain verified up to <time of the last entry>", or the FIRST broken
link (the entry number and what is wrong with it, from ``VerifyResult.reason``) with
advice in plain words: keep the file as it is for investigation, restore a backup.

Below it, the latest entries, newest first: when, who (the staff member's name), the
action (``audit.action_label`` in the UI language) and its target as a type and a code
(a customer 'C-…', a request 'R-…'); the log holds codes only, never a customer's name.

Reading the log is the owner's (``permissions.AUDIT``): the main window disables the
action for anyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import audit, permissions
from desktop_app.core.backup import AnchorCheck, check_audit_anchors
from desktop_app.core.errors import RegistreError
from desktop_app.core.i18n import pick
from desktop_app.core.registry import Registry
from desktop_app.core.settings import Settings
from desktop_app.gui import tasks
from desktop_app.gui.customer_form import ERROR_COLOR
from desktop_app.gui.customer_model import ROW_HEIGHT, ui_language
from desktop_app.gui.main_window import format_when
from desktop_app.gui.table_model import ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
RECENT = 200  # latest entries shown under the outcome
INTACT_COLOR = QColor("#2e7d32")


@dataclass(frozen=True)
class AuditCheck:
    """What one check found: the chain's verdict, when its last good entry was written,
    the latest entries (newest first) and the staff names by id."""

    result: audit.VerifyResult
    verified_up_to: str | None  # ISO time of the last entry whose link holds
    recent: list[audit.AuditEntry]
    staff: dict[int, str]
    # The backups in the backup folder compared with the live chain (see backup.py).
    anchors: list[AnchorCheck] = field(default_factory=list)

    @property
    def rewritten_since(self) -> AnchorCheck | None:
        """The first backup whose saved history the live log no longer holds."""
        return next((a for a in self.anchors if a.status == "mismatch"), None)


def check_audit_log(
    conn: Any,
    recent: int = RECENT,
    anchors: Callable[[], list[AnchorCheck]] | None = None,
) -> AuditCheck:
    """Verify the chain and read the latest entries (runs in the worker thread)."""
    result = audit.verify(conn)
    entries = audit.latest(conn, recent)
    staff = {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM staff")}
    checked = anchors() if anchors is not None and result.ok else []
    return AuditCheck(result, audit.verified_at(conn, result), entries, staff, checked)


class Column(IntEnum):
    NUMBER = 0
    TIME = 1
    WHO = 2
    ACTION = 3
    TARGET = 4


_HEADERS = {
    Column.NUMBER: "Entry",
    Column.TIME: "Time",
    Column.WHO: "Who",
    Column.ACTION: "Action",
    Column.TARGET: "On",
}

TARGET_TYPES = {
    "customer": "Customer",
    "request": "Request",
    "purpose": "Purpose",
    "registry": "Registry",
}


class AuditEntryModel(ReadOnlyTableModel):
    """The latest audit entries (a few hundred at most), the broken one marked."""

    HEADER_CONTEXT = "AuditEntryModel"
    HEADERS = _HEADERS

    def __init__(self, lang: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang or ui_language()
        self._rows: list[audit.AuditEntry] = []
        self._staff: dict[int, str] = {}
        self._broken: int | None = None

    def set_entries(
        self, rows: list[audit.AuditEntry], staff: dict[int, str], broken: int | None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._staff = dict(staff)
        self._broken = broken
        self.endResetModel()

    def entry(self, row: int) -> audit.AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int | None) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    def row_texts(self, row: int) -> list[str]:
        return [str(self.data(self.index(row, column))) for column in Column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        broken = entry.id == self._broken
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(entry, Column(index.column()), broken)
        if broken and role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR
        if broken and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, entry: audit.AuditEntry, column: Column, broken: bool) -> str:
        if column == Column.NUMBER:
            return ("⚠ " if broken else "") + f"#{entry.id}"
        if column == Column.TIME:
            return format_when(entry.at)
        if column == Column.WHO:
            if entry.actor_id is None:
                return "—"
            return self._staff.get(int(entry.actor_id), f"#{entry.actor_id}")
        if column == Column.ACTION:
            return pick(audit.action_label(entry.action), self._lang)
        kind = TARGET_TYPES.get(entry.target_type)
        shown = QCoreApplication.translate("AuditEntryModel", kind) if kind else entry.target_type
        if entry.target_type == "registry" and entry.target_ref == audit.REGISTRY_TARGET:
            return shown
        return f"{shown} {entry.target_ref}"


def _header_strings() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("AuditEntryModel", "Entry")
    QCoreApplication.translate("AuditEntryModel", "Time")
    QCoreApplication.translate("AuditEntryModel", "Who")
    QCoreApplication.translate("AuditEntryModel", "Action")
    QCoreApplication.translate("AuditEntryModel", "On")
    QCoreApplication.translate("AuditEntryModel", "Customer")
    QCoreApplication.translate("AuditEntryModel", "Request")
    QCoreApplication.translate("AuditEntryModel", "Purpose")
    QCoreApplication.translate("AuditEntryModel", "Registry")


class AuditCheckDialog(QDialog):
    """The outcome of a check of the audit log, and its latest entries."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.outcome: AuditCheck | None = None
        self.setObjectName("auditCheckDialog")
        self.setWindowTitle(self.tr("Check the audit log"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every change made in the registry is written in the audit log, each entry "
                "sealed with a fingerprint of the one before it. The check reads the whole "
                "log and shows whether an entry was changed, removed or put out of order."
            )
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.result_frame = QFrame(self)
        self.result_frame.setObjectName("resultFrame")
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self.result_frame)
        self.result_title = QLabel()
        self.result_title.setObjectName("resultTitle")
        self.result_title.setWordWrap(True)
        self.result_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.result_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result_title.setFont(font)
        self.result_text = QLabel()
        self.result_text.setObjectName("resultText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel()
        self.advice.setObjectName("adviceLabel")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        frame_layout.addWidget(self.result_title)
        frame_layout.addWidget(self.result_text)
        frame_layout.addWidget(self.advice)
        layout.addWidget(self.result_frame)
        recent = QLabel(self.tr("Latest entries, newest first (customers and requests by code):"))
        recent.setObjectName("recentLabel")
        recent.setWordWrap(True)
        layout.addWidget(recent)
        self.model = AuditEntryModel(self.lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("entryTable")
        self.table.setAccessibleName(self.tr("Latest audit entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NUMBER, 90),
            (Column.TIME, 170),
            (Column.WHO, 170),
            (Column.ACTION, 300),
        ):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.setObjectName("againButton")
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self._on_again_button_clicked)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    # -- the check -------------------------------------------------------------------------

    def _on_again_button_clicked(self) -> None:
        self.check()

    def check(self) -> AuditCheck | None:
        """Verify the whole chain in a background task, then show the outcome."""
        try:
            self.registry.require(permissions.AUDIT)  # the owner's: never only a hidden menu
        except RegistreError as exc:
            self._colour(ERROR_COLOR)
            self.result_title.setText(exc.message(self.lang))
            self.result_text.hide()
            self.advice.hide()
            return None
        conn = self.registry.conn
        registry = self.registry
        folder = Settings.load().backup_folder

        def backups() -> list[AnchorCheck]:
            return check_audit_anchors(registry, Path(folder))

        def work(_ctx: tasks.TaskContext) -> AuditCheck:
            return check_audit_log(conn, anchors=backups if folder else None)

        outcome = tasks.run_task(self, self.tr("Checking the audit log"), work, cancellable=False)
        if outcome is None:
            return None
        self.show_outcome(outcome)
        return outcome

    def show_outcome(self, outcome: AuditCheck) -> None:
        self.outcome = outcome
        result = outcome.result
        self.model.set_entries(outcome.recent, outcome.staff, result.broken_id)
        rewritten = outcome.rewritten_since
        if result.ok and rewritten is not None:
            self._show_rewritten(rewritten)
            return
        if result.ok:
            self._colour(INTACT_COLOR)
            if result.count == 0:
                title = self.tr("✔ The audit log is intact (no entries yet).")
            else:
                title = (
                    self.tr("✔ The audit log is intact: %1 entries, chain verified up to %2.")
                    .replace("%1", _number(result.count))
                    .replace("%2", format_when(outcome.verified_up_to or ""))
                )
            self.result_title.setText(title)
            text = self.tr("No entry was changed, removed or put out of order.")
            agreeing = [a for a in outcome.anchors if a.status in ("consistent", "superseded")]
            if agreeing:
                text += " " + self.tr(
                    "Backups in the backup folder holding the same history: %1."
                ).replace("%1", str(len(agreeing)))
            self.result_text.setText(text)
            self.result_text.show()
            self.advice.hide()
            return
        self._colour(ERROR_COLOR)
        row = self.model.row_of(result.broken_id)
        if row is not None:  # the broken entry shown and selected, when among the latest
            self.table.selectRow(row)
            self.table.scrollTo(
                self.model.index(row, Column.NUMBER),
                QAbstractItemView.ScrollHint.PositionAtCenter,
            )
        broken = str(result.broken_id)
        self.result_title.setText(
            self.tr("✘ The audit log is broken at entry #%1.").replace("%1", broken)
        )
        parts = [self.reason_text(result.reason, broken)]
        if result.count:
            parts.append(
                self.tr("Entries #1 to #%1 are intact (up to %2).")
                .replace("%1", str(result.count))
                .replace("%2", format_when(outcome.verified_up_to or ""))
            )
        self.result_text.setText(" ".join(parts))
        self.result_text.show()
        self._show_advice()

    def _show_rewritten(self, anchor: AnchorCheck) -> None:
        """Every link holds, yet a backup kept elsewhere saved a different history."""
        self._colour(ERROR_COLOR)
        self.result_title.setText(
            self.tr("✘ The audit log was rewritten after the backup of %1.").replace(
                "%1", anchor.path.name
            )
        )
        self.result_text.setText(
            self.tr(
                "Each entry still matches its seal, but entry #%1 differs from the one saved "
                "in that backup: someone holding the key rebuilt the whole log."
            ).replace("%1", str(anchor.audit_count))
        )
        self.result_text.show()
        self._show_advice()

    def _show_advice(self) -> None:
        self.advice.setText(
            "<b>"
            + self.tr("What to do:")
            + "</b><ol style='margin-left:-20px'><li>"
            + self.tr(
                "Change nothing else in the registry, and keep a copy of its folder as it "
                "is now: it is evidence, for an investigation."
            )
            + "</li><li>"
            + self.tr(
                "Restore the latest backup made before the problem, then check the log again."
            )
            + "</li><li>"
            + self.tr(
                "If someone may have changed the registry without authority, it may be a "
                "personal data breach: record it in the breach register (72 hours to notify "
                "the authority)."
            )
            + "</li></ol>"
        )
        self.advice.show()

    def reason_text(self, reason: str | None, entry: str) -> str:
        """What ``VerifyResult.reason`` means, in plain words."""
        texts = {
            "hash_mismatch": self.tr(
                "Entry #%1 was changed after it was written: its content no longer matches "
                "its seal."
            ),
            "prev_hash_mismatch": self.tr(
                "The link to entry #%1 is broken: the entry before it was replaced, or "
                "entries were removed or put out of order."
            ),
            "id_gap": self.tr("Entry #%1 is missing: it was deleted."),
            "missing_last": self.tr(
                "The last entries of the log, from #%1 on, are missing: they were deleted, "
                "or the record of the last entry was changed."
            ),
        }
        text = texts.get(reason or "", self.tr("Entry #%1 does not match the chain."))
        return text.replace("%1", entry)

    def _colour(self, colour: QColor) -> None:
        palette = self.result_title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.result_title.setPalette(palette)

    def summary(self) -> str:
        """The outcome as shown (title and explanation)."""
        texts = [self.result_title.text()]
        if self.result_text.isVisible() or self.result_text.text():
            texts.append(self.result_text.text())
        return " ".join(texts)


def _number(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
