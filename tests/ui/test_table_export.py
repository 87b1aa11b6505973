"""Every table exports as CSV from its context menu: rows as shown, numbers and dates raw,
and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from planner.ui.models.base import SORT_ROLE
from planner.ui.models.items_model import ItemsModel
from planner.ui.table_export import table_csv, table_menu, write_table_csv
from tests.ui.conftest import open_window


def _view(qtbot, session, names: dict[str, str] | None = None) -> QTableView:
    positions = session.positions()
    if names:
        positions = [replace(p, item=replace(p.item, name=names.get(p.item.id, p.item.name)))
                     for p in positions]
    model = ItemsModel()
    model.set_rows(positions)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    qtbot.addWidget(view)
    model.setParent(view)
    proxy.setParent(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(ItemsModel.Column.OWED, Qt.SortOrder.DescendingOrder)
    return view


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_formula_cells_are_escaped(qtbot, session) -> None:
    ids = [i.id for i in session.items()]
    view = _view(qtbot, session, {ids[0]: "=HYPERLINK(\"http://x\",\"pay\")",
                                  ids[1]: "-2+3", ids[2]: "@SUM(A1)", ids[3]: "+1"})
    rows = _rows(table_csv(view))
    names = sorted(r[ItemsModel.Column.NAME] for r in rows[1:])
    assert names[:4] == ["'+1", "'-2+3", "'=HYPERLINK(\"http://x\",\"pay\") (…4821)",
                         "'@SUM(A1)"]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_rows_as_shown_numbers_and_dates_raw(qtbot, session) -> None:
    view = _view(qtbot, session)
    view.setColumnHidden(ItemsModel.Column.LENDER, True)
    rows = _rows(table_csv(view))
    header = rows[0]
    assert "Lender" not in header and header[0] == "Name"
    owed = [r[header.index("Owed")] for r in rows[1:]]
    assert owed == sorted(owed, key=float, reverse=True)  # the view's order, raw decimals
    expected = sorted((p.owed for p in session.positions()), reverse=True)
    assert owed == [str(v) for v in expected]
    due = [r[header.index("Due")] for r in rows[1:] if r[header.index("Due")]]
    assert all(len(d) == 10 and d[4] == "-" for d in due)  # ISO dates


def test_menu_offers_export_and_the_file_opens_in_excel(qtbot, session, tmp_path) -> None:
    view = _view(qtbot, session)
    menu = table_menu(view, view.model().index(0, 0))
    assert [a.text() for a in menu.actions()] == ["Export as CSV…"]
    path = write_table_csv(view, tmp_path / "items.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8 Chinese names right
    assert "信用卡" in raw.decode("utf-8-sig") or "Card" in raw.decode("utf-8-sig")


def test_every_table_of_the_window_has_the_menu(qtbot, settings, session, monkeypatch) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from planner.ui import table_export

    window = open_window(qtbot, settings, session)
    tables = window.findChildren(QTableView)
    assert tables and all(t.property("tableMenus") for t in tables)
    shown: list[list[str]] = []
    monkeypatch.setattr(table_export, "show_menu", lambda menu, _pos: shown.append(
        [x.text() for x in menu.actions() if x.text()]))
    view = window.show_page("loans").view
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                              view.viewport().mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(view.viewport(), event)
    assert shown == [["Export as CSV…"]]

    later = QTableView(window)  # a table made after the window was built: watched on focus
    later.show()
    later.setFocus()
    qtbot.waitUntil(lambda: bool(later.property("tableMenus")), timeout=2000)


def test_the_menu_is_for_the_cell_right_clicked_and_the_current_one_from_the_keyboard(
        qtbot, session, monkeypatch) -> None:
    """The filter is on the table, not its viewport: a right-click on a cell reaches it as an
    ignored event passed up, and still names the cell under the pointer."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from planner.ui import table_export

    view = _view(qtbot, session)
    view.resize(700, 300)
    view.show()
    menus = table_export.TableMenus()
    menus.watch(view)
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(table_export, "table_menu", lambda _view, index: asked.append(
        (index.row(), index.column())) or QMenu())
    monkeypatch.setattr(table_export, "show_menu", lambda _menu, _pos: None)
    view.setCurrentIndex(view.model().index(0, 0))
    cell = view.visualRect(view.model().index(1, 2)).center()
    for reason, widget in ((QContextMenuEvent.Reason.Mouse, view.viewport()),
                           (QContextMenuEvent.Reason.Keyboard, view)):
        QApplication.sendEvent(widget, QContextMenuEvent(
            reason, cell, view.viewport().mapToGlobal(cell)))
    assert asked == [(1, 2), (0, 0)]
