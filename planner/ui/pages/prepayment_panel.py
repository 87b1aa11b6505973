"""What if I repay some early? An amount and a date, a shorter term or a lower payment, and
the money saved against the original schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.figures import Figures, summarise
from planner.core.money import quantum
from planner.core.product import Kind, Repayment
from planner.core.schedule import PrepaymentMode, build_schedule
from planner.ui.charts.balance import BalanceChart
from planner.ui.dialogs.fields import FieldBox, amount_problem, read_decimal
from planner.ui.i18n import Formatter, from_qdate, to_qdate


class PrepaymentPanel(QWidget):
    computed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: Figures | None = None
        self._compare = None
        self.result: Figures | None = None
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount repaid early"))
        self.amount.setPlaceholderText("5000")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date of the early repayment"))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Keep the payment, finish sooner"),
                          PrepaymentMode.SHORTEN_TERM.value)
        self.mode.addItem(self.tr("Keep the end date, pay less each time"),
                          PrepaymentMode.LOWER_PAYMENT.value)
        self.mode.setAccessibleName(self.tr("What the early repayment buys"))
        self.amount_box = FieldBox(self.amount)
        self.date_box = FieldBox(self.date)
        form = QFormLayout()
        for text, field in ((self.tr("Repay &early"), self.amount_box),
                            (self.tr("O&n"), self.date_box), (self.tr("&To"), self.mode)):
            label = QLabel(text, self)
            label.setBuddy(field.primary if isinstance(field, FieldBox) else field)
            form.addRow(label, field)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Money saved"))
        box = QGroupBox(self.tr("Prepayment what-if"), self)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.outcome)
        inner.addStretch(1)
        self.chart = BalanceChart(self, height=200)
        self.chart.setAccessibleName(self.tr("Balance with and without the prepayment"))
        layout = QHBoxLayout(self)
        layout.addWidget(box, 2)
        layout.addWidget(self.chart, 3)
        self.amount.textChanged.connect(self.compute)
        self.date.dateChanged.connect(self.compute)
        self.mode.currentIndexChanged.connect(self.compute)

    def set_figures(self, figures: Figures | None, today: date) -> None:
        self.figures = figures
        usable = figures is not None and figures.product.kind is not Kind.CARD
        self.setEnabled(usable)
        if usable:
            assert figures is not None
            start = max(today, figures.product.start)
            self.date.setDate(to_qdate(start))
            if not self.amount.text():
                self.amount.setText(format((figures.principal / 4).quantize(Decimal(1)), "f"))
        self.compute()

    def compute(self) -> None:
        self.result = None
        figures = self.figures
        if figures is None or figures.product.kind is Kind.CARD:
            self.outcome.setText(self.tr("A what-if needs a loan, plan or credit-line draw."))
            return
        amount = read_decimal(self.amount.text())
        when = from_qdate(self.date.date())
        ok = True
        product = figures.product
        if amount is None or amount <= 0:
            self.amount_box.set_error(self.tr("Enter an amount above zero."))
            ok = False
        elif fine := amount_problem(amount, product.currency):
            self.amount_box.set_error(fine)
            ok = False
        else:
            self.amount_box.set_error(None)
        if when <= product.start or when > figures.schedule.last_date:
            self.date_box.set_error(self.tr("Choose a date between the start and the last "
                                            "payment."))
            ok = False
        else:
            self.date_box.set_error(None)
        if not ok:
            self.outcome.setText("")
            return
        assert amount is not None
        mode = PrepaymentMode(self.mode.currentData())
        try:
            schedule = build_schedule(product, extra=[Repayment(
                when, amount.quantize(quantum(product.currency)))], mode=mode)
            after = summarise(product, schedule, figures.apr.convention)
        except (InputError, ValueError, ArithmeticError) as error:
            self.outcome.setText(self.tr("This prepayment cannot be worked out: {problem}")
                                 .format(problem=str(error)))
            return
        self.result = after
        fmt = Formatter()
        c = product.currency
        saved = figures.total_cost - after.total_cost
        regular = [r for r in schedule.rows if not r.prepayment]
        text = self.tr("You would save {saved} in interest and fees.").format(
            saved=fmt.money(saved, c))
        if mode is PrepaymentMode.SHORTEN_TERM:
            text += " " + self.tr("The last payment moves from {before} to {after}.").format(
                before=fmt.date(figures.schedule.last_date), after=fmt.date(schedule.last_date))
        elif regular:
            later = [r for r in regular if r.date > when]
            if later:
                text += " " + self.tr("Payments after it: about {payment}.").format(
                    payment=fmt.money(later[0].payment, c))
        self.outcome.setText(text)
        self._compare = schedule
        if self.isVisible():  # matplotlib loads only when the what-if is looked at
            self.draw_chart()
        self.computed.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.result is not None:
            self.draw_chart()

    def draw_chart(self) -> None:
        figures, schedule = self.figures, self._compare
        if figures is None or schedule is None:
            return
        product = figures.product
        rows = figures.schedule.rows
        opening = rows[0].balance + rows[0].principal
        self.chart.show_balance(product.start, opening, [r.date for r in rows],
                                [r.balance for r in rows],
                                compare=[r.balance for r in schedule.rows],
                                compare_dates=[r.date for r in schedule.rows])
