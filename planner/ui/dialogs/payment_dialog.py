"""Record a payment actually made towards an item: its date and amount, checked as typed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Item, Payment
from planner.ui.dialogs.fields import FieldBox, clean_number, read_decimal
from planner.ui.i18n import Formatter, from_qdate, to_qdate


class PaymentDialog(QDialog):
    def __init__(self, item: Item, *, suggested: Decimal | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
        number = read_decimal(self.amount.text())
        if not clean_number(self.amount.text()):
            self.amount_box.set_error(self.tr("Enter the amount paid."))
            ok = False
        elif number is None or number <= 0:
            self.amount_box.set_error(self.tr("The amount must be a number above zero."))
            ok = False
        elif number.as_tuple().exponent < -2:
            self.amount_box.set_error(self.tr("Amounts have at most two decimals (fen)."))
            ok = False
        else:
            self.amount_box.set_error(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def payment(self) -> Payment:
        number = read_decimal(self.amount.text()) or Decimal(0)
        return Payment(from_qdate(self.date.date()), number.quantize(Decimal("0.01")))

    def accept(self) -> None:
        if self.validate():
            super().accept()


