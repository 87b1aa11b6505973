"""Every page as a keyboard and a screen reader meet it (issue 19): each control a person can
reach has a name a screen reader speaks, Tab never stays inside a table (it moves on to the next
control; arrows move between cells), and the first Tab stop of a list page is not its table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

from planner.ui.main_window import MainWindow
from planner.ui.pages.registry import PAGES
from tests.ui.conftest import open_window


@pytest.fixture
def window(qtbot, settings, session) -> MainWindow:
    return open_window(qtbot, settings, session)


def _reachable(page: QWidget) -> list[QWidget]:
    """The controls Tab reaches; a date field or combo box counts as one control (the text
    field inside it is part of it, spoken with its name)."""
    out = []
    for w in page.findChildren(QWidget):
        if not (w.isVisibleTo(page) and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            w = w.parent()
        if w not in out:
            out.append(w)
    return out


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_control_has_a_spoken_name(window, key) -> None:
    page = window.show_page(key)
    unnamed = [f"{type(w).__name__} {w.objectName() or ''}".strip()
               for w in _reachable(page) if not _spoken_name(w)]
    assert unnamed == []


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_leaves_every_table(window, qtbot, key) -> None:
    page = window.show_page(key)
    for view in page.findChildren(QAbstractItemView):
        if not view.isVisibleTo(page):
            continue
        assert not view.tabKeyNavigation(), view.accessibleName()
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not view and focused is not view.viewport(), view.accessibleName()


@pytest.mark.parametrize("key", ["cards", "installments", "loans", "credit_lines"])
def test_a_list_pages_first_tab_stop_is_not_its_table(window, key) -> None:
    page = window.show_page(key)
    first = page.nextInFocusChain()
    while first is not page and not (first.isVisibleTo(page)
                                     and first.focusPolicy() & Qt.FocusPolicy.TabFocus):
        first = first.nextInFocusChain()
    assert not isinstance(first, QAbstractItemView)


@pytest.mark.parametrize("kind", ["card", "installment", "loan", "credit_line"])
def test_the_product_form_names_every_control(qtbot, kind) -> None:
    from datetime import date

    from planner.core.product import Kind
    from planner.ui.dialogs.product_form import ProductForm

    form = ProductForm(Kind(kind), today=date(2026, 11, 28))
    qtbot.addWidget(form)
    form.show()
    unnamed = [f"{type(w).__name__} {w.objectName() or ''}".strip()
               for w in _reachable(form) if not _spoken_name(w)]
    assert unnamed == []
    for view in form.findChildren(QAbstractItemView):
        assert not view.tabKeyNavigation(), view.accessibleName()


def test_the_payment_dialog_names_every_control(qtbot, session) -> None:
    from planner.ui.dialogs.payment_dialog import PaymentDialog

    dialog = PaymentDialog(session.item("demo-car-loan"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [type(w).__name__ for w in _reachable(dialog) if not _spoken_name(w)] == []


def test_table_cells_are_spoken_with_their_column(window) -> None:
    """A screen reader reads a cell with its column's name: "Amount: ¥2,857.85"."""
    page = window.show_page("overview")
    model = page.upcoming.model()
    index = model.index(0, model.columnCount() - 1)
    spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    header = model.headerData(index.column(), Qt.Orientation.Horizontal)
    assert spoken.startswith(f"{header}: ") and model.data(index) in spoken
