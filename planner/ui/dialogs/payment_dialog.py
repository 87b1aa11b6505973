"""Record a payment actually made towards an item: its date and amount, checked as typed.

More than everything owed on the day is refused as it is typed, and the dialog offers what a
person then means: the exact amount that pays the item off, or marking it paid off."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.money import quantum
from planner.core.portfolio import Item, Payment
from planner.core.tracking import track
from planner.ui.dialogs.buttons import DialogButtons
from planner.ui.dialogs.fields import FieldBox, amount_problem, clean_number, read_decimal
from planner.ui.i18n import Formatter, from_qdate, to_qdate


class PaymentDialog(QDialog):
    """``exec()`` accepted: :meth:`payment` is the money to record, or, when
    :attr:`mark_paid_off` is set, the person chose to mark the item paid off instead."""

    def __init__(self, item: Item, *, suggested: Decimal | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.mark_paid_off = False
        self.payoff = Decimal(0)
        self.setWindowTitle(self.tr("Record a payment"))
        fmt = Formatter()
        intro = QLabel(self.tr("A payment you made to {name}. The balance follows the money "
                               "actually paid.").format(name=item.name), self)
        intro.setWordWrap(True)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(to_qdate(today or date.today()))
        self.date.setAccessibleName(self.tr("Date paid"))
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount paid"))
        if suggested is not None:
            self.amount.setText(format(suggested, "f"))
            self.amount.setPlaceholderText(fmt.money(suggested, item.product.currency))
        self.date_box = FieldBox(self.date)
        self.amount_box = FieldBox(self.amount, QLabel(item.product.currency, self))
        form = QFormLayout()
        date_label = QLabel(self.tr("&Paid on"), self)
        date_label.setBuddy(self.date)
        amount_label = QLabel(self.tr("&Amount"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(date_label, self.date_box)
        form.addRow(amount_label, self.amount_box)
        # what paying it off takes on the chosen day, and the two ways out of an overpayment
        self.payoff_note = QLabel(self)
        self.payoff_note.setWordWrap(True)
        self.use_payoff = QPushButton(self)
        self.use_payoff.clicked.connect(self._use_payoff)
        self.paid_off = QPushButton(self.tr("Mark as paid off"), self)
        self.paid_off.clicked.connect(self._mark_paid_off)
        offers = QHBoxLayout()
        offers.addWidget(self.use_payoff)
        offers.addWidget(self.paid_off)
        offers.addStretch(1)
        form.addRow("", self.payoff_note)
        form.addRow("", offers)
        self.buttons = DialogButtons(self, self.tr("&Record"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self.validate)
        self.amount.textChanged.connect(self.validate)
        self.amount.setFocus()
        self.validate()

    def validate(self) -> bool:
        ok = True
        paid_on = from_qdate(self.date.date())
        if paid_on < self.item.product.start:
            self.date_box.set_error(self.tr("The item starts on {start}; a payment cannot be "
                                            "earlier.").format(
                start=Formatter().date(self.item.product.start)))
            ok = False
        else:
            self.date_box.set_error(None)
        self._show_payoff(paid_on)
        number = read_decimal(self.amount.text())
        over = number is not None and number > self.payoff
        self.use_payoff.setVisible(over and self.payoff > 0)
        self.paid_off.setVisible(over)
        if not clean_number(self.amount.text()):
            self.amount_box.set_error(self.tr("Enter the amount paid."))
            ok = False
        elif number is None or number <= 0:
            self.amount_box.set_error(self.tr("The amount must be a number above zero."))
            ok = False
        elif fine := amount_problem(number, self.item.product.currency):
            self.amount_box.set_error(fine)
            ok = False
        elif over:
            money = Formatter().money(self.payoff, self.item.product.currency)
            self.amount_box.set_error(
                self.tr("More than everything owed on that day: {payoff} pays it off.").format(
                    payoff=money) if self.payoff > 0 else
                self.tr("Nothing is owed on that day: it is paid off."))
            ok = False
        else:
            self.amount_box.set_error(None)
        self.buttons.action_button.setEnabled(ok)
        return ok

    def _show_payoff(self, paid_on: date) -> None:
        """What pays the item off on ``paid_on``, the payments recorded up to it counted."""
        self.payoff = track(self.item, paid_on).payoff  # later payments are not counted
        money = Formatter().money(self.payoff, self.item.product.currency)
        self.payoff_note.setText(self.tr("{amount} pays it off on that day.").format(
            amount=money) if self.payoff > 0 else "")
        self.use_payoff.setText(self.tr("Pay {amount}, paying it off").format(amount=money))

    def _use_payoff(self) -> None:
        self.amount.setText(format(self.payoff, "f"))

    def _mark_paid_off(self) -> None:
        self.mark_paid_off = True
        super().accept()

    def payment(self) -> Payment:
        number = read_decimal(self.amount.text()) or Decimal(0)
        return Payment(from_qdate(self.date.date()),
                       number.quantize(quantum(self.item.product.currency)))

    def accept(self) -> None:
        if self.validate():
            super().accept()

