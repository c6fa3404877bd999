"""The read-only table model the registers share: translated headers, selectable rows.

Each model names its translation context and its English headers by column; the
strings themselves stay listed in the model's module (QCoreApplication.translate
calls) so that pyside6-lupdate finds them under that context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ReadOnlyTableModel(QAbstractTableModel):
    HEADER_CONTEXT: ClassVar[str]
    HEADERS: ClassVar[Mapping[int, str]]  # column -> English header

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        header = self.HEADERS.get(section)
        if orientation != Qt.Orientation.Horizontal or header is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.HEADER_CONTEXT, header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
