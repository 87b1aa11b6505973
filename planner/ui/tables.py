"""The app's tables, set up one way: read-only, rows alternating, no row numbers, whole rows
selected, and Tab moving on to the next control (the arrow keys move between cells; a table
that kept Tab for its cells trapped the keyboard in it). :func:`sorted_by` puts a sorting proxy
between a table and its model, sorting numbers as numbers (``SORT_ROLE``)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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


def fit_rows(view: QTableView, least: int = 1, most: int | None = None) -> None:
    """``view`` exactly as tall as its rows (at least ``least``, at most ``most``; more
    scroll): no scroll bar for a few rows, no empty band beneath them. Kept when the font
    changes (presenter mode's larger type): the rows are made as tall as the new font needs
    and the height is worked out again."""
    view.setProperty("fitRows", (least, most))
    if view.property("fitRowsWatched") is None:
        view.setProperty("fitRowsWatched", True)
        view.installEventFilter(_RowFit(view))
    _refit(view)


def _refit(view: QTableView) -> None:
    least, most = view.property("fitRows")
    header = view.verticalHeader()
    header.setDefaultSectionSize(max(view.fontMetrics().lineSpacing() + 8, 22))
    count = view.model().rowCount() if view.model() is not None else 0
    shown = max(count, least) if most is None else min(max(count, least), most)
    rows = sum(view.rowHeight(r) for r in range(min(count, shown)))
    rows += (shown - min(count, shown)) * header.defaultSectionSize()
    bar = view.horizontalScrollBar()
    below = bar.sizeHint().height() if bar.isVisible() else 0
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                        + rows + below)


class _RowFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and \
                isinstance(watched, QTableView):
            _refit(watched)
        return False


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


def spread_columns(view: QTableView) -> None:
    """Each column of ``view`` as wide as its heading and the figures in sight, and the width
    left over shared out evenly. Columns of equal width (Qt's Stretch) cut a long heading
    ("Owed after payment" read "wed after paymen" in a 1024-pixel window); columns fitted to
    their contents with the last stretched left a wide empty column. Worked out again when the
    table is resized, its model's rows change or its font does (presenter mode)."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    spreader = _ColumnSpread(view)
    view.installEventFilter(spreader)
    view.viewport().installEventFilter(spreader)
    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                   model.rowsRemoved, model.dataChanged):
        signal.connect(spreader.later)
    spreader.later()


class _ColumnSpread(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        # Owned here, so it dies with the table (a bare single-shot fired on a deleted one).
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.refit)

    def later(self, *_args: object) -> None:
        """Once, when the events in hand are done (a model reset and its rows: one refit)."""
        self.timer.start()

    def refit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        needs = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in shown}
        spare = max(view.viewport().width() - sum(needs.values()), 0)
        share, rest = divmod(spare, len(shown))
        for k, column in enumerate(shown):
            header.resizeSection(column, needs[column] + share + (rest if k == len(shown) - 1
                                                                  else 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.later()
        return False
