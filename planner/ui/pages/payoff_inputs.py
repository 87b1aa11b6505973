"""What a payoff plan is asked for: the monthly budget for debts (or a date to be debt-free by,
which finds the smallest budget that reaches it), the strategy, the custom order (drag the
debts, or move them with the buttons) and one-off extra payments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.payoff import Debt, ExtraPayment, Strategy
from planner.ui.dialogs.fields import FieldBox, amount_problem, read_decimal
from planner.ui.i18n import Formatter, from_qdate, to_qdate
from planner.ui.models.payoff_strategies_model import strategy_labels

_ID = Qt.ItemDataRole.UserRole


class PayoffInputs(QWidget):
    changed = Signal()
    find_requested = Signal()  # "debt-free by": find the smallest budget for the date

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.fmt = Formatter()
        self._extras: list[ExtraPayment] = []
        self.budget = QLineEdit(self)
        self.budget.setAccessibleName(self.tr("Monthly budget for debts"))
        self.budget_box = FieldBox(self.budget, QLabel(currency, self))
        self.budget.textChanged.connect(self._budget_changed)
        self.minimums = QLabel(self)
        self.minimums.setObjectName("hint")
        self.minimums.setWordWrap(True)
        self.strategy = QComboBox(self)
        self.strategy.setAccessibleName(self.tr("Strategy"))
        for strategy, name in strategy_labels().items():
            self.strategy.addItem(name, strategy.value)
        self.strategy.currentIndexChanged.connect(self._strategy_changed)
        form = QFormLayout()
        for text, widget in ((self.tr("Monthly &budget"), self.budget_box),
                             ("", self.minimums), (self.tr("&Strategy"), self.strategy)):
            label = QLabel(text, self)
            if text:
                label.setBuddy(widget if widget is not self.budget_box else self.budget)
            form.addRow(label, widget)

        self._by_suggested = False
        self.by_date = QDateEdit(self)
        self.by_date.setCalendarPopup(True)
        self.by_date.setDisplayFormat("yyyy-MM-dd")
        self.by_date.setAccessibleName(self.tr("Debt-free by"))
        self.find_button = QPushButton(self.tr("&Find the budget"), self)
        self.find_button.setAccessibleName(self.tr("Find the smallest budget debt-free by "
                                                   "the date"))
        self.find_button.clicked.connect(self.find_requested)
        self.by_result = QLabel(self)
        self.by_result.setObjectName("hint")
        self.by_result.setWordWrap(True)
        self.by_result.setAccessibleName(self.tr("Budget to be debt-free by the date"))
        # room for the answer's few lines: the scrolling column does not grow a wrapped label
        self.by_result.setMinimumHeight(4 * self.by_result.fontMetrics().lineSpacing())
        by_box = QGroupBox(self.tr("Debt-free by a date"), self)
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_date, 1)
        by_row.addWidget(self.find_button)
        by_layout = QVBoxLayout(by_box)
        by_layout.addLayout(by_row)
        by_layout.addWidget(self.by_result)

        self.order = QListWidget(self)
        self.order.setAccessibleName(self.tr("Your order: the first is paid off first"))
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.model().rowsMoved.connect(lambda *_: self._order_changed())
        self.up = QPushButton(self.tr("Move &up"), self)
        self.down = QPushButton(self.tr("Move &down"), self)
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        order_box = QGroupBox(self.tr("Order (first paid off first)"), self)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        order_layout = QVBoxLayout(order_box)
        self.order_hint = QLabel(self)
        self.order_hint.setObjectName("hint")
        self.order_hint.setWordWrap(True)
        order_layout.addWidget(self.order_hint)
        order_layout.addWidget(self.order, 1)
        order_layout.addLayout(moves)

        self.extra_date = QDateEdit(self)
        self.extra_date.setCalendarPopup(True)
        self.extra_date.setDisplayFormat("yyyy-MM-dd")
        self.extra_date.setAccessibleName(self.tr("Date of the extra payment"))
        self.extra_amount = QLineEdit(self)
        self.extra_amount.setPlaceholderText("5000")
        self.extra_amount.setAccessibleName(self.tr("Amount of the extra payment"))
        self.extra_box = FieldBox(self.extra_date, self.extra_amount)
        self.add_extra_button = QPushButton(self.tr("&Add"), self)
        self.add_extra_button.clicked.connect(self.add_extra)
        self.extras = QListWidget(self)
        self.extras.setAccessibleName(self.tr("One-off extra payments"))
        self.extras.setMaximumHeight(80)
        self.remove_extra_button = QPushButton(self.tr("&Remove"), self)
        self.remove_extra_button.clicked.connect(self.remove_extra)
        extras_box = QGroupBox(self.tr("One-off extra payments"), self)
        row = QHBoxLayout()
        row.addWidget(self.extra_box, 1)
        row.addWidget(self.add_extra_button, 0, Qt.AlignmentFlag.AlignTop)
        extras_layout = QVBoxLayout(extras_box)
        extras_layout.addLayout(row)
        extras_layout.addWidget(self.extras)
        extras_layout.addWidget(self.remove_extra_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(by_box)
        layout.addWidget(order_box, 1)
        layout.addWidget(extras_box)
        self._strategy_changed()
        self._show_extras()

    # -- values -------------------------------------------------------------------------------

    def budget_value(self) -> Decimal | None:
        """The budget typed, or None while it is not an amount above zero in the currency's
        minor unit (``planner.core.money``)."""
        number = read_decimal(self.budget.text())
        return None if self._amount_problem(number) else number

    def _amount_problem(self, number: Decimal | None) -> str | None:
        """Why ``number`` (as read from a field) is not an amount to plan with, in one line;
        None when it is."""
        if number is None or number <= 0:
            return self.tr("Enter an amount above zero.")
        return amount_problem(number, self.currency)

    def chosen(self) -> Strategy:
        return Strategy(self.strategy.currentData())

    def custom_order(self) -> list[str]:
        return [self.order.item(k).data(_ID) for k in range(self.order.count())]

    def extra_payments(self) -> list[ExtraPayment]:
        return list(self._extras)

    def set_debts(self, debts: Sequence[Debt], order: Sequence[str],
                  names: dict[str, str], today: date) -> None:
        """The debts to order, kept in the order the person chose where they still exist."""
        kept = [i for i in self.custom_order() if i in {d.id for d in debts}]
        ids = kept + [i for i in order if i not in kept]
        by_id = {d.id: d for d in debts}
        self.order.blockSignals(True)
        self.order.clear()
        for debt_id in ids:
            d = by_id[debt_id]
            entry = QListWidgetItem(self.tr("{name} · {rate} · {balance}").format(
                name=names.get(debt_id, debt_id), rate=self.fmt.rate(d.annual_rate),
                balance=self.fmt.money(d.balance, self.currency)), self.order)
            entry.setData(_ID, debt_id)
        self.order.blockSignals(False)
        self.extra_date.setMinimumDate(to_qdate(today))
        if self.extra_date.date() < to_qdate(today):
            self.extra_date.setDate(to_qdate(today))
        self.by_date.setMinimumDate(to_qdate(today))
        if not self._by_suggested:  # a first suggestion: a year from now, not today
            self._by_suggested = True
            self.by_date.setDate(to_qdate(date(today.year + 1, today.month, 1)))

    def by(self) -> date:
        return from_qdate(self.by_date.date())

    def set_budget(self, amount: Decimal) -> None:
        """Put ``amount`` in the budget field (the plans follow)."""
        self.budget.setText(str(amount))

    def show_order(self, ids: Sequence[str]) -> None:
        """Put the list in the order a strategy uses (it is where "your own order" starts)."""
        if self.chosen() is Strategy.CUSTOM or list(ids) == self.custom_order():
            return
        entries = {self.order.item(k).data(_ID): k for k in range(self.order.count())}
        taken = [self.order.takeItem(0) for _ in range(self.order.count())]
        for debt_id in [*ids, *(i for i in entries if i not in ids)]:
            self.order.addItem(taken[entries[debt_id]])

    def set_minimums(self, minimums: Decimal) -> None:
        self.minimums.setText(self.tr("The minimum payments add up to {amount} a month.")
                              .format(amount=self.fmt.money(minimums, self.currency)))

    # -- editing ------------------------------------------------------------------------------

    def _budget_changed(self) -> None:
        problem = self._amount_problem(read_decimal(self.budget.text()))
        self.budget_box.set_error(problem)
        if problem is None:
            self.changed.emit()

    def _strategy_changed(self) -> None:
        custom = self.chosen() is Strategy.CUSTOM
        for widget in (self.order, self.up, self.down):
            widget.setEnabled(custom)
        self.order_hint.setText(
            self.tr("Drag the debts, or use the buttons: extra money goes to the first until "
                    "it is paid off, then to the next.") if custom else
            self.tr("The order this strategy pays extra money in. Choose \"Your own order\" "
                    "to change it."))
        self.changed.emit()

    def _order_changed(self) -> None:
        if self.chosen() is Strategy.CUSTOM:
            self.changed.emit()

    def move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        entry = self.order.takeItem(row)
        self.order.insertItem(target, entry)
        self.order.setCurrentRow(target)
        self._order_changed()

    def add_extra(self) -> None:
        amount = read_decimal(self.extra_amount.text())
        problem = self._amount_problem(amount)
        if problem is not None or amount is None:
            self.extra_box.set_error(problem)
            return
        self.extra_box.set_error(None)
        self._extras.append(ExtraPayment(from_qdate(self.extra_date.date()), amount))
        self._extras.sort(key=lambda e: e.date)
        self.extra_amount.clear()
        self._show_extras()
        self.changed.emit()

    def remove_extra(self) -> None:
        row = self.extras.currentRow()
        if 0 <= row < len(self._extras):
            del self._extras[row]
            self._show_extras()
            self.changed.emit()

    def _show_extras(self) -> None:
        self.extras.clear()
        for e in self._extras:
            self.extras.addItem(self.tr("{date}: {amount}").format(
                date=self.fmt.date(e.date), amount=self.fmt.money(e.amount, self.currency)))
        self.remove_extra_button.setEnabled(bool(self._extras))
        if not self._extras:
            placeholder = QListWidgetItem(self.tr("None yet: a bonus or a tax refund, say."),
                                          self.extras)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
