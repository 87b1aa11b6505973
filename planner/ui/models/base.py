"""The shared shape of the app's table models: a list of rows, an IntEnum of columns, the
formatted text for DisplayRole and the raw value for UserRole (``SORT_ROLE``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.ui.i18n import Formatter

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole
#: What Qt hands a model as an index: a plain or a persistent one (the models and delegates
#: that override Qt's methods annotate their ``index`` and ``parent`` with it).
ModelIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind; subclasses say the columns, their headers and their values."""

    Column: ClassVar[type[IntEnum]]
    #: Columns of figures, right-aligned on every row even where a row has none to show
    #: ("none" in a column of 47.2% and 2 plans sat at the other edge); any other cell is
    #: right-aligned when its value is a number.
    figure_columns: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.fmt = Formatter()

    # subclasses
    def headers(self) -> dict[int, str]:
        raise NotImplementedError

    def raw(self, row: Row, column: int) -> Any:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    # shared
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.fmt = Formatter()
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            value = self.raw(row, column)
            return sort_key(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.raw(row, column)
            if column in self.figure_columns or (
                    isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(row, column)
        return None

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def spoken(self, row: Row, column: int) -> str:
        """What a screen reader says for a cell: its column's name and the text shown (with
        the tooltip, which holds what a colour or a mark says to the eye)."""
        header = self.headers()[column]
        text = str(self.display(row, column) or "")
        tip = self.tooltip(row, column)
        return f"{header}: {text}" + (f" ({tip})" if tip else "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._rows):
                return str(section + 1)
        return None


def sort_key(value: Any) -> Any:
    """A value proxies can compare: Decimal as float, dates as ordinals, None lowest."""
    if value is None:
        return float("-inf")
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.toordinal()
    return value
