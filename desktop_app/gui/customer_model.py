"""The customer list as a lazy table model: windows of rows read from SQL as the view scrolls.

Sorting and search happen in the core (indexed sort key, FTS5 prefix search), never in a
proxy over all rows (DESIGN.md, rule 4). The model holds only the rows fetched so far.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core import fields
from desktop_app.core.customers import CustomerService, CustomerSummary
from desktop_app.gui.table_model import ReadOnlyTableModel

PAGE_SIZE = 200
ROW_HEIGHT = 30  # fixed row height for every customer table (no ResizeToContents)

Index = QModelIndex | QPersistentModelIndex


def ui_language() -> str:
    """'fr' or 'en': the language of the user interface (QLocale's default, set at start-up)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    REFERENCE = 3


_HEADERS = {
    Column.NAME: "Name",
    Column.EMAIL: "E-mail",
    Column.PHONE: "Phone",
    Column.REFERENCE: "Reference",
}
# The columns the core can order by an index: the others keep the current order.
_SQL_ORDERS = {Column.NAME: "name", Column.REFERENCE: "reference"}

CustomerIdRole = Qt.ItemDataRole.UserRole + 1


class CustomerTableModel(ReadOnlyTableModel):
    """Customers ordered by name (or reference), or those matching a search, loaded lazily."""

    HEADER_CONTEXT = "CustomerTableModel"
    HEADERS = _HEADERS

    def __init__(
        self,
        customers: CustomerService,
        page_size: int = PAGE_SIZE,
        lang: str | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._page_size = page_size
        self._lang = lang or ui_language()
        self._rows: list[CustomerSummary] = []
        self._exhausted = False
        self._search = ""
        self._order = "name"
        self._descending = False
        self.sort_column = Column.NAME
        self._load_first_page()

    # -- state -----------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show the customers matching ``text`` (all of them when it is blank)."""
        text = text.strip()
        if text == self._search:
            return
        self._search = text
        self.refresh()

    def refresh(self) -> None:
        """Drop the fetched rows and read the first window again (after a change)."""
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def customer_id(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def row_of(self, customer_id: int) -> int | None:
        """The row of a customer among those fetched so far."""
        for row, summary in enumerate(self._rows):
            if summary.id == customer_id:
                return row
        return None

    def _read(self, offset: int) -> list[CustomerSummary]:
        if self._search:
            return self._customers.find(self._search, self._page_size, offset)
        return self._customers.page(
            self._page_size, offset, order=self._order, descending=self._descending
        )

    def _load_first_page(self) -> None:
        self._rows = self._read(0)
        self._exhausted = len(self._rows) < self._page_size

    # -- lazy loading ----------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._read(len(self._rows))
        self._exhausted = len(more) < self._page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(summary, column)
        if role == CustomerIdRole:
            return summary.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(summary, column) or self.tr("empty")
        return None

    def _text(self, summary: CustomerSummary, column: Column) -> str:
        values = summary.fields
        if column == Column.NAME:
            last, first = values.get("last_name", ""), values.get("first_name", "")
            if last and first:
                return f"{last.upper()} {first}"
            return last.upper() or first or summary.display_name
        if column == Column.EMAIL:
            return values.get("email", "")
        if column == Column.PHONE:
            phone = values.get("phone", "")
            return fields.display("phone", phone, self._lang) if phone else ""
        return summary.reference

    @staticmethod
    def sortable(column: int) -> bool:
        """Whether the core can order by this column (an index scan)."""
        return column in _SQL_ORDERS

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order in SQL by name or reference; other columns keep the current order."""
        if column not in _SQL_ORDERS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = _SQL_ORDERS[Column(column)]
        if (key, descending) == (self._order, self._descending):
            return
        self._order, self._descending = key, descending
        self.sort_column = Column(column)
        # The fetched window is replaced, not permuted: a reset, not a layout change.
        self.refresh()


def _header_strings() -> None:  # pragma: no cover - only for pyside6-lupdate
    QCoreApplication.translate("CustomerTableModel", "Name")
    QCoreApplication.translate("CustomerTableModel", "E-mail")
    QCoreApplication.translate("CustomerTableModel", "Phone")
    QCoreApplication.translate("CustomerTableModel", "Reference")
