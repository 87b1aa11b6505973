"""The product form: a card, plan, loan or credit-line draw entered the way its lender quotes it,
checked as it is typed, with a live preview of the payment, the total cost, the true APR under
the chosen convention, the schedule and the balance.

The engine is the judge: the form turns its widgets into the product JSON and calls
``parse_item``; an ``InputError`` names the field, which is marked and told why. Save stays
disabled while anything is refused, so nothing invalid is ever stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.apr import Convention
from planner.core.dates import Frequency
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.portfolio import Item, parse_item
from planner.core.product import MAX_TERM, Kind, Method, RateQuote, StrategyKind
from planner.ui import labels
from planner.ui.charts.balance import BalanceChart
from planner.ui.dialogs.explain_dialog import attach_figure_explanations
from planner.ui.dialogs.fees_editor import FeesEditor
from planner.ui.dialogs.fields import FieldBox
from planner.ui.dialogs.product_checks import ProductChecks, field_key
from planner.ui.i18n import Formatter, from_qdate, to_qdate
from planner.ui.models.schedule_model import ScheduleModel

_DEFAULTS = {  # what a new item of each kind usually looks like
    Kind.CARD: (RateQuote.DAILY, "0.05", None),
    Kind.INSTALLMENT: (RateQuote.MONTHLY_FEE, "0.6", Method.FEE_INSTALLMENT),
    Kind.LOAN: (RateQuote.ANNUAL, "4.35", Method.ANNUITY),
    Kind.CREDIT_LINE: (RateQuote.DAILY, "0.03", Method.EQUAL_PRINCIPAL),
}
_PER_ORIGINAL = (RateQuote.MONTHLY_FEE, RateQuote.FLAT)


class ProductForm(QDialog):
    """Add or edit one item. ``item()`` is the validated result once accepted."""

    previewed = Signal()

    def __init__(self, kind: Kind, *, item: Item | None = None, currency: str = "CNY",
                 convention: Convention | None = None, today: date | None = None,
                 offer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = item
        self.currency = item.product.currency if item else currency
        self.offer = offer
        self._result: Item | None = None
        self._figures: Figures | None = None
        self._loading = True
        self.setObjectName("productForm")
        self.setWindowTitle(self._title(kind, item))
        self.fmt = Formatter()
        self.checks = ProductChecks(self.currency, self)
        self._build(convention)
        self._fill(kind, item, today or date.today())
        self._loading = False
        self.validate()

    # -- building ------------------------------------------------------------------------------

    def _title(self, kind: Kind, item: Item | None) -> str:
        if self.offer:
            return self.tr("Offer")
        name = labels.kind_names()[kind]
        if item is None:
            return self.tr("New {kind}").format(kind=name)
        return self.tr("Edit {name}").format(name=item.name)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.validate)
        return edit

    def _combo(self, name: str, choices: dict[Any, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, text in choices.items():
            combo.addItem(text, value.value if hasattr(value, "value") else value)
        combo.currentIndexChanged.connect(self.validate)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setDateRange(QDate(1970, 1, 1), QDate(2199, 12, 31))
        edit.dateChanged.connect(self.validate)
        return edit

    def _build(self, convention: Convention | None) -> None:
        self.name = self._line(self.tr("Name"), self.tr("e.g. JD Baitiao laptop"))
        self.lender = self._line(self.tr("Lender"), self.tr("e.g. China Merchants Bank"))
        self.card_last4 = self._line(self.tr("Last four digits of the card"), "1234")
        self.card_last4.setMaxLength(4)
        self.kind = self._combo(self.tr("Kind"), labels.kind_names())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount = self._line(self.tr("Amount"), "10000")
        self.start = self._date(self.tr("Start date"))
        self.has_first = QCheckBox(self.tr("First payment on"), self)
        self.has_first.setAccessibleName(self.tr("Set the first payment date"))
        self.has_first.toggled.connect(self.validate)
        self.first_payment = self._date(self.tr("First payment date"))
        self.has_first.toggled.connect(self.first_payment.setEnabled)
        self.term = self._line(self.tr("Number of payments"), "12")
        self.frequency = self._combo(self.tr("How often"), labels.frequency_names())
        self.method = self._combo(self.tr("Repayment method"), labels.method_names())
        self.method.currentIndexChanged.connect(self._method_changed)
        self.quote = self._combo(self.tr("How the rate is quoted"), labels.quote_names())
        self.quote.currentIndexChanged.connect(self._quote_changed)
        self.rate = self._line(self.tr("Rate in percent"), "0.6")
        self.rate_unit = QLabel(self)
        self.fees = FeesEditor(self)
        self.fees.changed.connect(self.validate)
        self.min_percent = self._line(self.tr("Minimum payment, percent of the statement"), "10")
        self.min_plus = QCheckBox(self.tr("plus the interest and fees charged"), self)
        self.min_plus.setAccessibleName(self.tr("Minimum payment includes interest and fees"))
        self.min_plus.toggled.connect(self.validate)
        self.min_floor = self._line(self.tr("Smallest minimum payment"), "0")
        self.grace = self._line(self.tr("Grace days after the statement"), "20")
        self.strategy = self._combo(self.tr("How you repay the card"), {
            StrategyKind.MINIMUM: self.tr("Only the minimum"),
            StrategyKind.FIXED: self.tr("A fixed amount each month"),
            StrategyKind.MONTHS: self.tr("Clear it in a number of months")})
        self.strategy.currentIndexChanged.connect(self._strategy_changed)
        self.strategy_value = self._line(self.tr("Monthly amount or number of months"))
        self.notes = self._line(self.tr("Notes"))
        conventions = {"": self.tr("By currency (the law where the loan is made)")}
        conventions.update({c.value: n for c, n in labels.convention_names().items()})
        self.convention = self._combo(self.tr("APR convention"), conventions)
        if convention is not None:
            self.convention.setCurrentIndex(self.convention.findData(convention.value))

        box = FieldBox
        self.boxes: dict[str, FieldBox] = {
            "name": box(self.name), "lender": box(self.lender),
            "card_last4": box(self.card_last4), "kind": box(self.kind),
            "amount": box(self.amount, QLabel(self.currency, self), framed=(self.amount,)),
            "start": box(self.start),
            "first_payment": box(self.has_first, self.first_payment,
                                 framed=(self.first_payment,)),
            "term": box(self.term, self.frequency, framed=(self.term,)), "method": box(self.method),
            "rate": box(self.quote, self.rate, self.rate_unit, framed=(self.rate,)),
            "min_percent": box(self.min_percent,
                               QLabel(self.tr("% of the statement"), self), self.min_plus,
                               framed=(self.min_percent,)),
            "min_floor": box(self.min_floor), "grace_days": box(self.grace),
            "strategy": box(self.strategy, self.strategy_value,
                            framed=(self.strategy_value,)), "notes": box(self.notes),
            "convention": box(self.convention)}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._labels: dict[str, QLabel] = {}
        rows = [("name", self.tr("&Name")), ("lender", self.tr("&Lender")),
                ("kind", self.tr("&Kind")),
                ("card_last4", self.tr("Card ending")), ("amount", self.tr("&Amount borrowed")),
                ("start", self.tr("&Start date")), ("first_payment", ""),
                ("term", self.tr("&Payments")), ("method", self.tr("&Repayment")),
                ("rate", self.tr("Ra&te as quoted")), ("fees", self.tr("Fees")),
                ("min_percent", self.tr("&Minimum payment")), ("min_floor", self.tr("At least")),
                ("grace_days", self.tr("Grace days")), ("strategy", self.tr("You pay")),
                ("convention", self.tr("APR &convention")), ("notes", self.tr("N&otes"))]
        for key, text in rows:
            field = self.fees if key == "fees" else self.boxes[key]
            label = QLabel(text, self)
            if key != "fees":
                label.setBuddy(self.boxes[key].primary)
            self._labels[key] = label
            form.addRow(label, field)

        left = QWidget(self)
        left.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(460)

        preview = QGroupBox(self.tr("What it really costs"), self)
        grid = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        names = [("payment", self.tr("Payment")), ("total_interest", self.tr("Total interest")),
                 ("total_fees", self.tr("Total fees")),
                 ("total_cost", self.tr("Total cost of credit")),
                 ("apr", self.tr("True APR")), ("ear", self.tr("Effective annual rate")),
                 ("last", self.tr("Last payment"))]
        for k, (key, text) in enumerate(names):
            caption = QLabel(text, self)
            caption.setObjectName("figureCaption")
            value = QLabel("—", self)
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text)
            grid.addWidget(caption, (k // 2) * 2, k % 2)
            grid.addWidget(value, (k // 2) * 2 + 1, k % 2)
            self.figure_labels[key] = value
        attach_figure_explanations(self.figure_labels, lambda: self._figures)
        self.apr_note = QLabel(self)
        self.apr_note.setObjectName("hint")
        self.apr_note.setWordWrap(True)
        self.schedule_model = ScheduleModel(self)
        self.schedule_view = QTableView(self)
        self.schedule_view.setModel(self.schedule_model)
        self.schedule_view.setAccessibleName(self.tr("Schedule preview"))
        self.schedule_view.verticalHeader().hide()
        self.schedule_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.schedule_view.setAlternatingRowColors(True)
        self.chart = BalanceChart(self, height=170, fixed_margins=True)
        self.chart.setAccessibleName(self.tr("Balance chart"))
        inner = QVBoxLayout()
        inner.addLayout(grid)
        inner.addWidget(self.apr_note)
        inner.addWidget(self.chart, 2)
        inner.addWidget(self.schedule_view, 3)
        preview.setLayout(inner)

        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(preview)
        split.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.summary = QLabel(self)
        self.summary.setObjectName("fieldError")
        self.summary.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(footer)
        self.resize(1120, 720)

    def _fill(self, kind: Kind, item: Item | None, today: date) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if item is None:
            quote, value, method = _DEFAULTS[kind]
            self.start.setDate(to_qdate(today))
            self.first_payment.setDate(to_qdate(today).addMonths(1))
            self.first_payment.setEnabled(False)
            self.quote.setCurrentIndex(self.quote.findData(quote.value))
            self.rate.setText(value)
            if method is not None:
                self.method.setCurrentIndex(self.method.findData(method.value))
            self.term.setText("12")
            self.min_percent.setText("10" if self.currency == "CNY" else "2")
            self.min_floor.setText("0")
            self._kind_changed()
            return
        p = item.product
        self.name.setText(item.name)
        self.lender.setText(item.lender)
        self.notes.setText(item.notes)
        self.card_last4.setText(item.card_last4)
        self.amount.setText(format(p.principal, "f"))
        self.start.setDate(to_qdate(p.start))
        self.has_first.setChecked(p.first_payment is not None)
        self.first_payment.setEnabled(p.first_payment is not None)
        self.first_payment.setDate(to_qdate(p.first_payment or p.start).addMonths(
            0 if p.first_payment else 1))
        self.term.setText(str(p.term) if p.term else "12")
        self.frequency.setCurrentIndex(self.frequency.findData(p.frequency.value))
        if p.method is not None:
            self.method.setCurrentIndex(self.method.findData(p.method.value))
        self.quote.setCurrentIndex(self.quote.findData(p.rate.quote.value))
        self.rate.setText(format(p.rate.value.scaleb(2).normalize(), "f"))
        self.fees.set_fees(p.fees)
        if p.minimum_payment is not None:
            self.min_percent.setText(format(p.minimum_payment.percent.scaleb(2).normalize(), "f"))
            self.min_plus.setChecked(p.minimum_payment.plus_interest)
            self.min_floor.setText(format(p.minimum_payment.floor, "f"))
        if p.grace_days is not None:
            self.grace.setText(str(p.grace_days))
        self.strategy.setCurrentIndex(self.strategy.findData(p.strategy.kind.value))
        if p.strategy.kind is StrategyKind.FIXED and p.strategy.amount is not None:
            self.strategy_value.setText(format(p.strategy.amount, "f"))
        elif p.strategy.kind is StrategyKind.MONTHS:
            self.strategy_value.setText(str(p.strategy.months))
        if p.convention is not None:
            self.convention.setCurrentIndex(self.convention.findData(p.convention.value))
        self._kind_changed()

    # -- coupling of fields --------------------------------------------------------------------

    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        card = self.current_kind() is Kind.CARD
        for key in ("card_last4", "min_percent", "min_floor", "grace_days", "strategy"):
            self._set_row_visible(key, card and not (self.offer and key == "card_last4"))
        for key in ("first_payment", "term", "method"):
            self._set_row_visible(key, not card)
        for key in ("lender", "notes"):
            self._set_row_visible(key, not self.offer)
        self._labels["amount"].setText(self.tr("&Balance owed") if card
                                       else self.tr("&Amount borrowed"))
        self._labels["start"].setText(self.tr("&Statement date") if card
                                      else self.tr("&Start date"))
        self._strategy_changed()
        self._quote_changed()
        self.validate()

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.boxes[key], visible)

    def _quote_changed(self) -> None:
        quote = RateQuote(self.quote.currentData())
        self.rate_unit.setText(labels.quote_suffixes()[quote])
        if self._loading:
            return
        method = Method(self.method.currentData())
        if quote in _PER_ORIGINAL and method is not Method.FEE_INSTALLMENT:
            self.method.setCurrentIndex(self.method.findData(Method.FEE_INSTALLMENT.value))
        elif quote not in _PER_ORIGINAL and method is Method.FEE_INSTALLMENT:
            self.method.setCurrentIndex(self.method.findData(Method.ANNUITY.value))

    def _method_changed(self) -> None:
        method = Method(self.method.currentData())
        free = method is Method.INTEREST_FREE and self.current_kind() is not Kind.CARD
        self.quote.setEnabled(not free)
        self.rate.setEnabled(not free)
        if self._loading:
            return
        quote = RateQuote(self.quote.currentData())
        if method is Method.FEE_INSTALLMENT and quote not in _PER_ORIGINAL:
            self.quote.setCurrentIndex(self.quote.findData(RateQuote.MONTHLY_FEE.value))
        elif method is not Method.FEE_INSTALLMENT and quote in _PER_ORIGINAL:
            self.quote.setCurrentIndex(self.quote.findData(RateQuote.ANNUAL.value))

    def _strategy_changed(self) -> None:
        kind = StrategyKind(self.strategy.currentData())
        self.strategy_value.setVisible(kind is not StrategyKind.MINIMUM)
        self.strategy_value.setPlaceholderText(
            self.tr("months") if kind is StrategyKind.MONTHS else self.tr("amount"))

    # -- validation ----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Every field in error and why (shown under each)."""
        return {key: box.message.text() for key, box in self._all_boxes().items()
                if box.message.text()}

    def _all_boxes(self) -> dict[str, FieldBox]:
        boxes = dict(self.boxes)
        for k, entry in enumerate(self.fees.rows):
            boxes[f"fees[{k}]"] = entry[0]
        return boxes

    def validate(self) -> bool:
        """Check every field, mark those in error, refresh the preview; True when valid."""
        if self._loading:
            return False
        for box in self._all_boxes().values():
            box.set_error(None)
        problems: dict[str, str] = {}
        data = self._collect(problems)
        item: Item | None = None
        if not problems:
            try:
                item = parse_item(data)
            except InputError as error:
                problems[field_key(error.field)] = self.checks.explain(error)
        figures = None
        if item is not None:
            try:
                figures = analyse(item.product, self._convention())
            except (InputError, ValueError, ArithmeticError) as error:
                key = field_key(error.field) if isinstance(error, InputError) else "rate"
                problems[key] = self.tr("These terms never repay the amount: {problem}").format(
                    problem=getattr(error, "problem", str(error)))
                item = None
        for key, text in problems.items():
            self._all_boxes().get(key, self.boxes["name"]).set_error(text)
        self.save_button.setEnabled(not problems)
        self.summary.setText(self.tr("Correct the marked field to save.") if problems else "")
        self._result = item
        self._show_figures(figures)
        return not problems

    def _convention(self) -> Convention | None:
        value = self.convention.currentData()
        return Convention(value) if value else None

    def _collect(self, problems: dict[str, str]) -> dict[str, Any]:
        """The product JSON the widgets describe; typing mistakes are caught here, in words
        the person understands, before the engine sees the value."""
        kind = self.current_kind()
        data: dict[str, Any] = {"kind": kind.value, "currency": self.currency,
                                "id": self.original.id if self.original else "new",
                                "name": self.name.text().strip() or (
                                    "offer" if self.offer else "")}
        if not data["name"]:
            problems["name"] = self.tr("Give it a name you will recognise.")
        for key, edit in (("lender", self.lender), ("notes", self.notes)):
            if edit.text().strip():
                data[key] = edit.text().strip()
        money_key = "balance" if kind is Kind.CARD else "principal"
        data[money_key] = self.checks.money(self.amount.text(), "amount", problems, positive=True)
        data["start"] = from_qdate(self.start.date()).isoformat()
        rate_value = self.checks.percent(self.rate.text(), "rate", problems,
                                  RateQuote(self.quote.currentData()))
        quote = RateQuote(self.quote.currentData())
        method = Method(self.method.currentData())
        if kind is not Kind.CARD and method is Method.INTEREST_FREE:
            data["rate"] = {RateQuote.ANNUAL.value: "0"}
            problems.pop("rate", None)
        else:
            data["rate"] = {quote.value: rate_value}
        if self._convention() is not None:
            data["convention"] = self._convention().value
        fees = []
        for k, (fee_type, amount) in enumerate(self.fees.values()):
            fees.append({"type": fee_type.value, "amount": self.checks.money(
                amount, f"fees[{k}]", problems, positive=True)})
        if fees:
            data["fees"] = fees
        if kind is Kind.CARD:
            last4 = self.card_last4.text().strip()
            if last4:
                data["card_last4"] = last4
            percent = self.checks.percent(self.min_percent.text(), "min_percent", problems)
            floor = self.checks.money(self.min_floor.text() or "0", "min_floor", problems,
                                positive=False)
            data["minimum_payment"] = {"percent": percent, "plus_interest":
                                       self.min_plus.isChecked(), "floor": floor}
            grace = self.grace.text().strip()
            if grace:
                data["grace_days"] = self.checks.whole(grace, "grace_days", problems, 0, 60)
            strategy = StrategyKind(self.strategy.currentData())
            if strategy is StrategyKind.FIXED:
                data["strategy"] = {"fixed": self.checks.money(
                    self.strategy_value.text(), "strategy", problems, positive=True)}
            elif strategy is StrategyKind.MONTHS:
                data["strategy"] = {"months": self.checks.whole(self.strategy_value.text(),
                                                          "strategy", problems, 1, MAX_TERM)}
            return data
        data["term"] = self.checks.whole(self.term.text(), "term", problems, 1, MAX_TERM)
        data["frequency"] = Frequency(self.frequency.currentData()).value
        data["method"] = method.value
        if self.has_first.isChecked():
            data["first_payment"] = from_qdate(self.first_payment.date()).isoformat()
        if self.original is not None:
            data["payments"] = [{"date": p.date.isoformat(), "amount": str(p.amount)}
                                for p in self.original.payments]
        return data

    # -- preview -------------------------------------------------------------------------------

    def _show_figures(self, figures: Figures | None) -> None:
        self._figures = figures
        fmt = self.fmt
        values = self.figure_labels
        if figures is None:
            for label in values.values():
                label.setText("—")
            self.apr_note.setText("")
            self.schedule_model.set_schedule([], self.currency)
            if self.chart.figure is not None:  # no stale curve beside dashes
                self.chart.draw(lambda figure, colours: None)
            return
        c = figures.product.currency
        values["payment"].setText(fmt.money(figures.payment, c))
        values["total_interest"].setText(fmt.money(figures.total_interest, c))
        values["total_fees"].setText(fmt.money(figures.total_fees, c))
        values["total_cost"].setText(fmt.money(figures.total_cost, c))
        values["apr"].setText(fmt.percent(figures.apr.rate))
        values["ear"].setText(fmt.percent(figures.apr.effective_annual_rate))
        values["last"].setText(fmt.date(figures.schedule.last_date))
        quoted = figures.product.rate.annual_equivalent
        note = labels.convention_names()[figures.apr.convention]
        if figures.product.rate.quote in _PER_ORIGINAL and quoted > 0:
            note = self.tr("{convention}. The quoted fee looks like {quoted} a year; charged on "
                           "the original amount it really costs {apr}.").format(
                convention=note, quoted=fmt.percent(quoted), apr=fmt.percent(figures.apr.rate))
        if figures.months_to_payoff is not None:
            note += " " + self.tr("Paid this way, the card is clear after {months} months."
                                  ).format(months=figures.months_to_payoff)
        if figures.apr.multiple_roots:
            note += " " + self.tr("Several rates solve these payments; the lowest positive one "
                                  "is shown.")
        self.apr_note.setText(note)
        rows = figures.schedule.rows
        self.schedule_model.set_schedule(rows, c)
        self.chart.show_balance(figures.product.start,
                                rows[0].balance + rows[0].principal if rows else Decimal(0),
                                [r.date for r in rows], [r.balance for r in rows])
        self.previewed.emit()

    @property
    def figures(self) -> Figures | None:
        return self._figures

    def item(self) -> Item | None:
        """The validated item, keeping the original's id, status and payments."""
        if self._result is None:
            return None
        if self.original is None:
            return self._result
        return replace(self._result, id=self.original.id, status=self.original.status,
                       payments=self.original.payments)

    def accept(self) -> None:
        if self.validate():
            super().accept()
