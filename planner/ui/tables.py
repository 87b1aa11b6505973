"""The app's tables, set up one way: read-only, rows alternating, no row numbers, whole rows
selected, and Tab moving on to the next control (the arrow keys move between cells; a table
that kept Tab for its cells trapped the keyboard in it). :func:`sorted_by` puts a sorting proxy
between a table and its model, sorting numbers as numbers (``SORT_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from planner.ui.models.base import SORT_ROLE


class Table(QTableView):
    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if name:
            self.setAccessibleName(name)


def sorted_by(view: QTableView, model: QAbstractItemModel, column: int,
              order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> QSortFilterProxyModel:
    """Show ``model`` in ``view`` through a proxy sorting by ``SORT_ROLE`` (the raw value), at
    first by ``column`` (-1: the model's own order); the person can sort by any header."""
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    return proxy
