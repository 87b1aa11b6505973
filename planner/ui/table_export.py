"""Every table in the app has a context menu with "Export as CSV…" (and "How is this computed?"
on a cell that has an explanation, see :mod:`planner.ui.dialogs.explain_dialog`).

:func:`install_table_menus` watches the application's focus: a table gets the menu's event
filter the first time it (or its viewport) takes focus -- a right-click gives it focus before
the context-menu event arrives -- so tables made later (pages, dialogs) get it too, and no
Python runs for the events of other widgets. ``watch_all(window)`` covers the tables already
built. A table that sets its own context-menu policy keeps its own menu and can add
:func:`export_action` to it.

The filter sits on the table alone: a right-click on its cells (its viewport), which the view
ignores, reaches the table as Qt passes an ignored context-menu event to the parent. Filtering
the viewport itself would mean asking Qt for it, and PySide then loads every widget class the
viewport could be (30-50 ms, once), which the start-up should not wait for.

The CSV holds the rows in the order shown and the columns not hidden. A cell of one of the
app's table models is written as its raw value when that is a number (an exact decimal, a rate
as a fraction) or a date (ISO), so a spreadsheet reads it as such; anything else as shown. Cells
that a spreadsheet would run as a formula (= + - @ first) get a leading apostrophe, by the
store's own ``safe_cell``. UTF-8 with a byte-order mark, so Excel shows Chinese correctly.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QWidget,
)

from planner.store import paths
from planner.ui import folders
from planner.ui.models.base import TableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _raw_text(model: QAbstractItemModel, index: QModelIndex) -> str | None:
    """The raw number or date behind ``index``, through any proxies; None for other values."""
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    if not isinstance(model, TableModel) or not index.isValid():
        return None
    value = model.raw(model.row_at(index.row()), index.column())
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return None


def table_rows(view: QTableView) -> list[list[str]]:
    """The header and the rows of ``view`` as text, before escaping."""
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    rows = [[str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]]
    for r in range(model.rowCount()):
        line = []
        for c in columns:
            index = model.index(r, c)
            raw = _raw_text(model, index)
            line.append(raw if raw is not None else str(model.data(index) or ""))
        rows.append(line)
    return rows


def table_csv(view: QTableView) -> str:
    from planner.store.importexport import safe_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows([safe_cell(cell) for cell in row] for row in table_rows(view))
    return out.getvalue()


def write_table_csv(view: QTableView, path: Path) -> Path:
    paths.write_private_file(path, table_csv(view).encode("utf-8-sig"))
    return path


def export_table(view: QTableView, path: Path | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write the CSV, say so in the status bar."""
    window = view.window()
    if path is None:
        stem = re.sub(r"[^\w\- ]+", "", view.accessibleName()).strip() or "table"
        name, _ = QFileDialog.getSaveFileName(
            window, translate("TableExport", "Export as CSV"),
            folders.start_path(window, f"{stem}.csv"),
            translate("TableExport", "CSV files (*.csv)"))
        if not name:
            return None
        folders.remember(window, name)
        path = Path(name)
    try:
        write_table_csv(view, path)
    except OSError as error:
        QMessageBox.warning(window, translate("TableExport", "Not exported"), translate(
            "TableExport", "The table could not be written to {path}: {problem}").format(
            path=str(path), problem=error.strerror or str(error)))
        return None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(translate(
            "TableExport", "Exported the table to {path}.").format(path=str(path)), 6000)
    return path


def export_action(view: QTableView, parent: QObject) -> QAction:
    action = QAction(translate("TableExport", "Export as CSV…"), parent)
    action.triggered.connect(lambda: export_table(view))
    return action


def _table_of(widget: QObject) -> QTableView | None:
    if isinstance(widget, QTableView):
        return widget
    parent = widget.parent()
    if isinstance(parent, QTableView) and widget is parent.viewport():
        return parent
    return None


def table_menu(view: QTableView, index: QModelIndex) -> QMenu:
    """The menu for ``index`` of ``view``: explain the cell (if it can be), export."""
    from planner.ui.explainers import cell_explainer_of

    menu = QMenu(view)
    explainer = cell_explainer_of(view)
    if explainer is not None and explainer.explanation(index) is not None:
        menu.addAction(translate("TableExport", "How is this computed?"),
                       lambda: explainer.explain(index))
        menu.addSeparator()
    menu.addAction(export_action(view, menu))
    return menu


def show_menu(menu: QMenu, position: QPoint) -> None:
    """Pop the menu up and wait for the choice (tests replace this)."""
    menu.exec(position)


class TableMenus(QObject):
    """The context menus of the tables it watches (see the module notes)."""

    def watch(self, view: QTableView) -> None:
        if view.property("tableMenus"):
            return
        view.setProperty("tableMenus", True)
        view.installEventFilter(self)

    def watch_all(self, root: QObject) -> None:
        for view in root.findChildren(QTableView):
            self.watch(view)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        view = _table_of(new) if new is not None else None
        if view is not None:
            self.watch(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = _table_of(watched)
        if view is None or view.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
            return False
        index = view.currentIndex()  # the keyboard's menu key, or a click on a header
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            cells = view.viewport()
            where = cells.mapFromGlobal(event.globalPos())
            if cells.rect().contains(where):  # the cell clicked
                index = view.indexAt(where)
        menu = table_menu(view, index)
        show_menu(menu, event.globalPos())
        menu.deleteLater()
        return True


_installed: TableMenus | None = None


def install_table_menus() -> TableMenus:
    """Start watching the application's focus (once; later calls return the same one)."""
    global _installed
    if _installed is None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _installed = TableMenus(app)
        app.focusChanged.connect(_installed.focus_changed)
    return _installed
