"""One page class for every kind of item (cards, installment plans, loans, credit lines): a
sortable table, add / edit / delete / record a payment / mark paid off, and the detail view."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Item, Status
from planner.core.product import Kind
from planner.ui import undo
from planner.ui.dialogs.payment_dialog import PaymentDialog
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.i18n import Formatter
from planner.ui.models.items_model import ItemsModel
from planner.ui.pages.item_detail import ItemDetail
from planner.ui.pages.registry import items_page_key
from planner.ui.session import Session
from planner.ui.tables import Table, sorted_by


class ItemsPage(QWidget):
    """The items of ``kind``; its buttons and shortcuts act on the selected one."""

    def __init__(self, session: Session, kind: Kind | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = Kind(kind)
        self.setObjectName(f"page_{self.kind.value}")
        self.heading = QLabel(self.page_title(), self)
        self.heading.setObjectName("pageTitle")
        self.model = ItemsModel(self)
        self.view = Table(self, self.page_title())
        self.proxy = sorted_by(self.view, self.model, ItemsModel.Column.NEXT_DUE)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.empty_text(), self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        specs = [("add", self.tr("&Add…"), QKeySequence.StandardKey.New, self.add_item),
                 ("edit", self.tr("&Edit…"), QKeySequence("Return"), self.edit_selected),
                 ("pay", self.tr("Record a &payment…"), QKeySequence("Ctrl+P"),
                  self.record_payment),
                 ("paid_off", self.tr("Mark paid &off"), QKeySequence("Ctrl+Shift+O"),
                  self.toggle_paid_off),
                 ("delete", self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                  self.delete_selected)]
        for key, text, shortcut, slot in specs:
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", "").replace("…", ""))
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
            action = QAction(self)
            action.setShortcut(shortcut)
            # Add works wherever the focus is in the window (the sidebar too): only the page on
            # screen is visible, so only its Add answers; the rest act on the table
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut if key == "add"
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (self if key == "add" else self.view).addAction(action)
        self.buttons["add"].setObjectName("primaryButton")
        # the buttons come before the table in the Tab order: a person can act at once
        QWidget.setTabOrder(list(self.buttons.values())[-1], self.view)

        self.detail = ItemDetail(self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.empty, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(split)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        session.items_changed.connect(self.refresh)
        session.figures_updated.connect(self.refresh)
        self.refresh()

    # -- texts --------------------------------------------------------------------------------

    def page_title(self) -> str:
        return {Kind.CARD: self.tr("Cards"), Kind.INSTALLMENT: self.tr("Installments"),
                Kind.LOAN: self.tr("Loans"), Kind.CREDIT_LINE: self.tr("Credit lines")}[self.kind]

    def empty_text(self) -> str:
        return {
            Kind.CARD: self.tr("No cards yet. Add one with its balance, its daily or annual "
                               "rate and its minimum payment."),
            Kind.INSTALLMENT: self.tr("No installment plans yet. Add one the way the shop "
                                      "quotes it: amount, number of months, monthly fee rate."),
            Kind.LOAN: self.tr("No loans yet. Add one with its amount, term and rate."),
            Kind.CREDIT_LINE: self.tr("No credit-line draws yet. Add one with its daily rate "
                                      "and how it is repaid."),
        }[self.kind]

    # -- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_item()
        positions = [p for p in self.session.positions() if p.item.product.kind is self.kind]
        self.model.set_rows(positions)
        self.view.resizeColumnsToContents()
        has_rows = bool(positions)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if selected is not None:
            self.select(selected.id)
        elif has_rows:
            self.view.selectRow(0)
        self._selection_changed()

    def select(self, item_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).item.id == item_id:
                self.view.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def selected_item(self) -> Item | None:
        index = self.view.selectionModel().currentIndex() if self.view.selectionModel() \
            else QModelIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        if not 0 <= source.row() < self.model.rowCount():
            return None
        item = self.model.row_at(source.row()).item
        return self.session.item(item.id)

    def _selection_changed(self, *_args) -> None:
        item = self.selected_item()
        for key in ("edit", "pay", "paid_off", "delete"):
            self.buttons[key].setEnabled(item is not None)
        if item is not None:
            self.buttons["paid_off"].setText(self.tr("Mark &active") if
                                             item.status is Status.PAID_OFF
                                             else self.tr("Mark paid &off"))
        position = None
        if item is not None:
            position = next((p for p in self.model.rows() if p.item.id == item.id), None)
        self.detail.show_position(position, self.session.today())

    # -- actions ------------------------------------------------------------------------------

    def _form(self, item: Item | None) -> ProductForm:
        return ProductForm(self.kind, item=item, currency=self.session.currency,
                           convention=self.session.convention, today=self.session.today(),
                           parent=self)

    def add_item(self, paste: bool = False) -> None:
        """A new item from the form (``paste``: filled from a lender's offer text first; the
        paste box cancelled, nothing is added). An item of another kind than this page's (the
        kind changed in the form, or read from the text) is shown on its own page."""
        form = self._form(None)
        if paste and not form.paste_offer():
            return
        if form.exec() == QDialog.DialogCode.Accepted and form.item() is not None:
            item = replace(form.item(), id=self.session.new_item_id())
            undo.add_item(self.session, item)
            page = self
            window = self.window()
            if item.product.kind is not self.kind and hasattr(window, "show_page"):
                page = window.show_page(items_page_key(item.product.kind.value))
            page.select(item.id)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        form = self._form(item)
        if form.exec() == QDialog.DialogCode.Accepted and form.item() is not None:
            if form.item() != item:
                undo.edit_item(self.session, item, form.item())
            self.select(item.id)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete {name}?").format(name=item.name),
            self.tr("Delete {name} and the payments recorded for it? Edit ▸ Undo brings it "
                    "back.").format(name=item.name))
        if answer == QMessageBox.StandardButton.Yes:
            undo.delete_item(self.session, item)

    def record_payment(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        position = next((p for p in self.model.rows() if p.item.id == item.id), None)
        suggested = position.next_amount if position else None
        dialog = PaymentDialog(item, suggested=suggested, today=self.session.today(),
                               parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.mark_paid_off:
            undo.set_status(self.session, item, Status.PAID_OFF)
        else:
            undo.record_payment(self.session, item, dialog.payment())
        self.select(item.id)

    def toggle_paid_off(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        status = Status.ACTIVE if item.status is Status.PAID_OFF else Status.PAID_OFF
        position = next((p for p in self.model.rows() if p.item.id == item.id), None)
        if status is Status.PAID_OFF and position is not None and position.owed > 0:
            choice = self._ask_paid_off(item, position.owed)
            if choice == "payment":
                self.record_payment()
                return
            if choice != "mark":
                return
        undo.set_status(self.session, item, status)
        self.select(item.id)

    def _ask_paid_off(self, item: Item, owed) -> str:  # noqa: ANN001 - a Decimal
        """An item that still shows money owed is marked paid off only when the person says
        so (one key did it): "payment" (record the payment that cleared it), "mark", or ""."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark paid off?"), self.tr(
            "{name} still shows {owed} owed. Record the payment that paid it off, so the plan "
            "shows the money it took, or mark it paid off as it is?").format(
                name=item.name, owed=Formatter().money(owed, item.product.currency)),
            QMessageBox.StandardButton.Cancel, self)
        payment = box.addButton(self.tr("Record the &payment…"),
                                QMessageBox.ButtonRole.AcceptRole)
        mark = box.addButton(self.tr("&Mark paid off"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {payment: "payment", mark: "mark"}.get(box.clickedButton(), "")
