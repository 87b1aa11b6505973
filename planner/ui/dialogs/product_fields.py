"""The inputs of the product form, laid out as its lender quotes a product: each field in a
:class:`FieldBox` that can say why it is refused, the rows a kind does not use hidden, and the
couplings between fields (a monthly-fee quote goes with fee installments, and back).

``edited`` is emitted whenever a value changes; the form reads the values and judges them.
``touched`` holds the fields the person has changed: the form marks a missing value only once
its field has been touched (a new form does not open covered in errors). A change that alters
another field (a rate quoted another way, another kind's usual terms, a card number cut to its
last four digits) is said in ``note``.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.core.card import default_grace_days
from planner.core.convention import Convention
from planner.core.portfolio import Item
from planner.core.product import (
    PERIODS_PER_YEAR,
    Fee,
    FeeType,
    Kind,
    Method,
    MinimumPayment,
    Rate,
    RateQuote,
    StrategyKind,
    default_minimum,
)
from planner.core.schedule import PenaltyRule
from planner.core.workdays import DueShift
from planner.ui import labels
from planner.ui.dialogs.fees_editor import FeesEditor
from planner.ui.dialogs.fields import FieldBox, shrinkable
from planner.ui.i18n import to_qdate

_DEFAULTS = {  # what a new item of each kind usually looks like
    Kind.CARD: (RateQuote.DAILY, "0.05", None),
    Kind.INSTALLMENT: (RateQuote.MONTHLY_FEE, "0.6", Method.FEE_INSTALLMENT),
    Kind.LOAN: (RateQuote.ANNUAL, "4.35", Method.ANNUITY),
    Kind.CREDIT_LINE: (RateQuote.DAILY, "0.03", Method.EQUAL_PRINCIPAL),
}
# Quotes charged on the original principal: they go with fee installments only.
PER_ORIGINAL = (RateQuote.MONTHLY_FEE, RateQuote.FLAT)
CARD_QUOTES = (RateQuote.ANNUAL, RateQuote.MONTHLY, RateQuote.DAILY)


def converted_rate(text: str, old: RateQuote, new: RateQuote) -> str | None:
    """The percentage ``text`` quoted as ``old``, quoted as ``new`` for the same yearly figure
    (the engine's :data:`PERIODS_PER_YEAR`); None when the two price different things (a rate
    on the balance and a fee on the original amount) or ``text`` is not a number.

    >>> converted_rate("4.35", RateQuote.ANNUAL, RateQuote.MONTHLY)
    '0.3625'
    >>> converted_rate("0.6", RateQuote.MONTHLY_FEE, RateQuote.FLAT)
    '7.2'
    >>> converted_rate("4.35", RateQuote.ANNUAL, RateQuote.MONTHLY_FEE) is None
    True
    """
    if (old in PER_ORIGINAL) != (new in PER_ORIGINAL):
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    result = (value * PERIODS_PER_YEAR[old] / PERIODS_PER_YEAR[new]).quantize(Decimal("0.000001"))
    return format(result.normalize(), "f")


class ProductFields(QWidget):
    """Every input of the form, built empty; :meth:`fill` shows an item or a new one."""

    edited = Signal()

    def __init__(self, currency: str, *, convention: Convention | None = None,
                 offer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.offer = offer
        self.loading = True  # until filled, and while filling: the couplings leave values be
        self.touched: set[str] = set()
        self._quote_shown = RateQuote.ANNUAL
        self._kind_shown = Kind.LOAN
        self._build(convention)

    # -- building ------------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "", key: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.edited)
        if key:
            edit.textEdited.connect(lambda _text, key=key: self._touch(key))
        return edit

    def _touch(self, key: str) -> None:
        if key not in self.touched:
            self.touched.add(key)
            self.edited.emit()  # judged again: an empty field touched is now marked

    def _example(self, value: str) -> str:
        """A hint that cannot be taken for a value typed in: "e.g. 10000"."""
        return self.tr("e.g. {value}").format(value=value)

    def _combo(self, name: str, choices: dict[Any, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for value, text in choices.items():
            combo.addItem(text, value.value if hasattr(value, "value") else value)
        combo.currentIndexChanged.connect(self.edited)
        return shrinkable(combo)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.setDateRange(QDate(1970, 1, 1), QDate(2199, 12, 31))
        edit.dateChanged.connect(self.edited)
        return edit

    def _build(self, convention: Convention | None) -> None:
        self.name = self._line(self.tr("Name"), self.tr("e.g. JD Baitiao laptop"), "name")
        self.lender = self._line(self.tr("Lender"), self.tr("e.g. China Merchants Bank"))
        self.card_last4 = self._line(self.tr("Last four digits of the card"),
                                     self._example("1234"), "card_last4")
        # No length limit: a full number pasted would be cut to its FIRST four digits; the
        # last four are kept instead (:meth:`_card_number_typed`), the rest never stored.
        self.card_last4.textEdited.connect(self._card_number_typed)
        self.kind = self._combo(self.tr("Kind"), labels.kind_names())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount = self._line(self.tr("Amount"), self._example("10000"), "amount")
        self.start = self._date(self.tr("Start date"))
        self.has_first = QCheckBox(self.tr("First payment on"), self)
        self.has_first.setAccessibleName(self.tr("Set the first payment date"))
        self.has_first.toggled.connect(self.edited)
        self.first_payment = self._date(self.tr("First payment date"))
        self.has_first.toggled.connect(self.first_payment.setEnabled)
        self.term = self._line(self.tr("Number of payments"), self._example("12"), "term")
        self.frequency = self._combo(self.tr("How often"), labels.frequency_names())
        self.method = self._combo(self.tr("Repayment method"), labels.method_names())
        self.method.currentIndexChanged.connect(self._method_changed)
        self.quote = self._combo(self.tr("How the rate is quoted"), labels.quote_names())
        self.quote.currentIndexChanged.connect(self._quote_changed)
        self.rate = self._line(self.tr("Rate in percent"), self._example("0.6"), "rate")
        self.rate_unit = QLabel(self)
        self.note = QLabel(self)  # a change the form made to another field, said
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.variable_rate = QCheckBox(self.tr("&Variable rate"), self)
        self.variable_rate.setAccessibleName(self.tr("Variable rate"))
        self.variable_rate.setToolTip(self.tr(
            "The rate follows a reference rate (such as the LPR or a prime rate) and the "
            "lender can reset it. A what-if rate change moves only variable-rate items."))
        self.variable_rate.toggled.connect(self.edited)
        self.fees = FeesEditor(self)
        self.fees.changed.connect(self.edited)
        self.min_percent = self._line(self.tr("Minimum payment, percent of the statement"),
                                      self._example("10"), "min_percent")
        self.min_plus = QCheckBox(self.tr("plus the interest and fees charged"), self)
        self.min_plus.setAccessibleName(self.tr("Minimum payment includes interest and fees"))
        self.min_plus.toggled.connect(self.edited)
        self.min_floor = self._line(self.tr("Smallest minimum payment"), self._example("0"),
                                    "min_floor")
        # Empty means the engine's default for the currency; the hint shows that number.
        self.grace = self._line(self.tr("Grace days after the statement"), self._grace_hint(),
                                "grace_days")
        self.strategy = self._combo(self.tr("How you repay the card"), {
            StrategyKind.MINIMUM: self.tr("Only the minimum"),
            StrategyKind.FIXED: self.tr("A fixed amount each month"),
            StrategyKind.MONTHS: self.tr("Clear it in a number of months")})
        self.strategy.currentIndexChanged.connect(self._strategy_changed)
        self.strategy_value = self._line(self.tr("Monthly amount or number of months"),
                                         key="strategy")
        self.notes = self._line(self.tr("Notes"))
        conventions = {"": self.tr("By currency (the law where the loan is made)")}
        conventions.update({c.value: n for c, n in labels.convention_names().items()})
        self.convention = self._combo(self.tr("APR convention"), conventions)
        if convention is not None:
            self.convention.setCurrentIndex(self.convention.findData(convention.value))
        self._build_planning()

        box = FieldBox
        self.amount_unit = QLabel(self.currency, self)
        self.boxes: dict[str, FieldBox] = {
            "name": box(self.name), "lender": box(self.lender),
            "card_last4": box(self.card_last4), "kind": box(self.kind),
            "amount": box(self.amount, self.amount_unit, framed=(self.amount,)),
            "start": box(self.start),
            "first_payment": box(self.has_first, self.first_payment,
                                 framed=(self.first_payment,)),
            "term": box(self.term, self.frequency, framed=(self.term,)), "method": box(self.method),
            "rate": box(self.quote, self.rate, self.rate_unit, framed=(self.rate,)),
            "variable_rate": box(self.variable_rate),
            "min_percent": box(self.min_percent,
                               QLabel(self.tr("% of the statement"), self), self.min_plus,
                               framed=(self.min_percent,)),
            "min_floor": box(self.min_floor), "grace_days": box(self.grace),
            "strategy": box(self.strategy, self.strategy_value,
                            framed=(self.strategy_value,)), "notes": box(self.notes),
            "convention": box(self.convention),
            "due_shift": box(self.due_shift),
            "prepayment_penalty": box(self.penalty_percent,
                                      QLabel(self.tr("% of the amount repaid early, plus"), self),
                                      self.penalty_days,
                                      QLabel(self.tr("days of its interest"), self),
                                      framed=(self.penalty_percent, self.penalty_days))}
        # The note on which days are days off sits under the choice, above its error line.
        self.boxes["due_shift"].layout().insertWidget(1, self.due_shift_hint)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._labels: dict[str, QLabel] = {}
        rows = [("name", self.tr("&Name")), ("lender", self.tr("&Lender")),
                ("kind", self.tr("&Kind")),
                ("card_last4", self.tr("Card ending")), ("amount", self.tr("&Amount borrowed")),
                ("start", self.tr("Start &date")), ("first_payment", ""),
                ("term", self.tr("&Payments")), ("method", self.tr("&Repayment")),
                ("rate", self.tr("Ra&te as quoted")), ("note", ""), ("variable_rate", ""),
                ("fees", self.tr("Fees")),
                ("min_percent", self.tr("&Minimum payment")), ("min_floor", self.tr("At least")),
                ("grace_days", self.tr("Grace days")), ("strategy", self.tr("You pay")),
                ("due_shift", self.tr("Due on a day o&ff")),
                ("prepayment_penalty", self.tr("Prepa&yment penalty")),
                ("convention", self.tr("APR &convention")), ("notes", self.tr("N&otes"))]
        for key, text in rows:
            field = {"fees": self.fees, "note": self.note}.get(key) or self.boxes[key]
            label = QLabel(text, self)
            if key not in ("fees", "note"):
                label.setBuddy(self.boxes[key].primary)
            self._labels[key] = label
            form.addRow(label, field)
        # The rate over time (issue 12): the LPR, rate changes, parts, day count, compounding.
        from planner.ui.dialogs.rate_terms import RateTerms

        self.rate_terms = RateTerms(self.currency, self)
        self.rate_terms.changed.connect(self.edited)
        self._labels["rate_terms"] = QLabel(self.tr("Rate over time"), self)
        form.insertRow(form.getWidgetPosition(self.fees)[0] + 1, self._labels["rate_terms"],
                       self.rate_terms)

    def _build_planning(self) -> None:
        """The item's terms that are not the price (issue 15): where the lender moves a due
        date that falls on a day off, and what repaying early costs."""
        self.due_shift = self._combo(self.tr("When a due date falls on a day off"), {
            "": self.tr("Keep the date"),
            DueShift.NEXT: self.tr("Move to the next working day"),
            DueShift.PREVIOUS: self.tr("Move to the previous working day")})
        self.due_shift.setToolTip(self.tr(
            "Some lenders take the payment on the next working day (顺延) when a due date "
            "falls on a weekend or a public holiday, some on the working day before. The "
            "calendar, the reminders and the cash warnings then use that day."))
        self.due_shift_hint = QLabel(self)
        self.due_shift_hint.setObjectName("hint")
        self.due_shift_hint.setWordWrap(True)
        self.due_shift_hint.setText(self._days_off_hint())
        self.penalty_percent = self._line(
            self.tr("Prepayment penalty in percent of the amount repaid early"),
            self._example("1"), "prepayment_penalty")
        self.penalty_days = self._line(self.tr("Prepayment penalty in days of interest"),
                                       self._example("30"), "prepayment_penalty")
        tip = self.tr("What the lender charges for repaying early, beyond the interest accrued "
                      "to that day: a share of the amount repaid early (at most 20%), some "
                      "days of its interest (at most 365), or both. Leave both empty when "
                      "there is none; a card never has one.")
        for edit in (self.penalty_percent, self.penalty_days):
            edit.setToolTip(tip)

    def _days_off_hint(self) -> str:
        """Which days are days off for an item in the form's currency (see
        ``planner.core.workdays``)."""
        if self.currency == "CNY":
            return self.tr("Days off in CNY: China's public holidays and weekends, less the "
                           "weekend days made working days (调休), from the chinesecalendar "
                           "library; past the last year it knows, weekends only.")
        return self.tr("Days off in {currency}: Saturdays and Sundays.").format(
            currency=self.currency)

    def fill(self, kind: Kind, item: Item | None, today: date) -> None:
        """Show ``item`` (None: a new item of ``kind`` with its usual terms, starting today)."""
        self.loading = True
        self._fill(kind, item, today)
        if item is None:
            self.rate_terms.clear()
        else:
            self.rate_terms.set_product(item.product)
        self.rate_terms.show_for(self.current_kind(), Method(self.method.currentData()))
        self._quote_shown = RateQuote(self.quote.currentData())
        self._kind_shown = self.current_kind()
        self.touched.clear()
        self.note.clear()
        self.loading = False

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
            self.variable_rate.setChecked(False)
            self.due_shift.setCurrentIndex(0)
            self._show_penalty(None)
            self._show_minimum(default_minimum(self.currency))
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
        self.variable_rate.setChecked(p.variable_rate)
        self.fees.set_fees(p.fees)
        if p.minimum_payment is not None:
            self._show_minimum(p.minimum_payment)
        if p.grace_days is not None:
            self.grace.setText(str(p.grace_days))
        self.strategy.setCurrentIndex(self.strategy.findData(p.strategy.kind.value))
        if p.strategy.kind is StrategyKind.FIXED and p.strategy.amount is not None:
            self.strategy_value.setText(format(p.strategy.amount, "f"))
        elif p.strategy.kind is StrategyKind.MONTHS:
            self.strategy_value.setText(str(p.strategy.months))
        if p.convention is not None:
            self.convention.setCurrentIndex(self.convention.findData(p.convention.value))
        self.due_shift.setCurrentIndex(max(self.due_shift.findData(
            item.due_shift.value if item.due_shift else ""), 0))
        self._show_penalty(item.prepayment_penalty)
        self._kind_changed()

    def fill_json(self, data: dict[str, Any], missing: tuple[str, ...] = (),
                  warning: str = "") -> None:
        """Show a product read from an offer's text (product JSON, maybe incomplete): the
        fields it states are set, the ones it did not say are pointed at (marked as needed);
        ``warning`` (the text's own rate understating the true one, say) stays in view."""
        self.loading = True
        kind = Kind(data.get("kind", self.current_kind().value))
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        money = data.get("principal", data.get("balance"))
        self.amount.setText(str(money) if money is not None else "")
        if data.get("start"):
            self.start.setDate(to_qdate(date.fromisoformat(data["start"])))
        if data.get("term"):
            self.term.setText(str(data["term"]))
        for key, combo in (("frequency", self.frequency), ("method", self.method)):
            if data.get(key):
                combo.setCurrentIndex(combo.findData(data[key]))
        if data.get("first_payment"):
            self.has_first.setChecked(True)
            self.first_payment.setEnabled(True)
            self.first_payment.setDate(to_qdate(date.fromisoformat(data["first_payment"])))
        rate = data.get("rate")
        if isinstance(rate, dict) and len(rate) == 1:
            (quote, value), = rate.items()
            self.quote.setCurrentIndex(self.quote.findData(quote))
            self.rate.setText(format((Decimal(value) * 100).normalize(), "f"))
        else:
            self.rate.clear()
        self.fees.set_fees(tuple(Fee(FeeType(f["type"]), Decimal(f["amount"]))
                                 for f in data.get("fees", [])))
        minimum = data.get("minimum_payment")
        self._show_minimum(MinimumPayment(
            Decimal(minimum["percent"]), bool(minimum.get("plus_interest")),
            Decimal(minimum.get("floor", "0"))) if isinstance(minimum, dict)
            else default_minimum(self.currency))  # the rule the engine uses when none is said
        self._quote_shown = RateQuote(self.quote.currentData())
        self._kind_shown = kind
        self.loading = False
        self._kind_changed()
        pointed = {"principal": "amount", "balance": "amount", "term": "term", "rate": "rate"}
        self.touched |= {pointed[f] for f in missing if f in pointed}
        currency = data.get("currency")
        self.note.setText(self.tr("Filled from the offer's text: check each field.") if
                          not currency or currency == self.currency else self.tr(
            "Filled from the offer's text, which is in {theirs}; amounts are kept in "
            "{ours} here.").format(theirs=currency, ours=self.currency))
        if warning:
            self.note.setText(f"{self.note.text()}\n{warning}")
        self.edited.emit()

    def _show_penalty(self, rule: PenaltyRule | None) -> None:
        """A penalty's parts as typed: the percent, the days; an empty field is a part it has
        not (a rule of neither shows its zero percent, so it reads back the same)."""
        if rule is None:
            self.penalty_percent.clear()
            self.penalty_days.clear()
            return
        self.penalty_percent.setText(format(rule.percent.scaleb(2).normalize(), "f")
                                     if rule.percent or not rule.days_of_interest else "")
        self.penalty_days.setText(str(rule.days_of_interest) if rule.days_of_interest else "")

    def _show_minimum(self, rule: MinimumPayment) -> None:
        self.min_percent.setText(format(rule.percent.scaleb(2).normalize(), "f"))
        self.min_plus.setChecked(rule.plus_interest)
        self.min_floor.setText(format(rule.floor, "f"))

    def set_currency(self, currency: str) -> None:
        """Amounts in ``currency`` from now on (an offer's text in its own currency): the unit
        beside the amount, the grace-days hint and the defaults that follow the currency."""
        self.currency = currency
        self.amount_unit.setText(currency)
        self.grace.setPlaceholderText(self._grace_hint())
        self.due_shift_hint.setText(self._days_off_hint())
        self.rate_terms.set_currency(currency)  # "By currency: ..." names the new one's basis

    def _grace_hint(self) -> str:
        return self.tr("{days} (the usual for {currency})").format(
            days=default_grace_days(self.currency), currency=self.currency)

    # -- reading -------------------------------------------------------------------------------

    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def due_shift_chosen(self) -> DueShift | None:
        """Where the lender moves a due date on a day off; None: it keeps the date (and an
        offer has no due dates yet)."""
        value = self.due_shift.currentData()
        return DueShift(value) if value and not self.offer else None

    def variable_rate_chosen(self) -> bool:
        """The variable-rate box is ticked and applies: a loan, credit line or card priced on
        its balance (a fee or flat rate, or an interest-free loan, has no rate to vary)."""
        return (self.variable_rate.isChecked() and self.variable_rate.isEnabled()
                and self.current_kind() is not Kind.INSTALLMENT)

    def chosen_convention(self) -> Convention | None:
        """The APR convention picked; None: the one the product's currency implies."""
        value = self.convention.currentData()
        return Convention(value) if value else None

    def field_name(self, key: str) -> str:
        """The name a field goes by in the form: its label without the shortcut mark, or, for
        an input inside a row (the spread over the LPR, a part's rate), the name a screen
        reader gives it; never the engine's key ("lpr_spread")."""
        label = self._labels.get(key)
        if label is not None:  # "&Name", and in Chinese "名称(&N)"
            return re.sub(r"\(&\w\)$", "", label.text()).replace("&", "")
        box = self.all_boxes().get(key)
        return (box.primary.accessibleName() if box is not None else "") or key

    def all_boxes(self) -> dict[str, FieldBox]:
        """Every field that can be in error, keyed as the engine's fields map to them."""
        boxes = dict(self.boxes)
        for k, entry in enumerate(self.fees.rows):
            boxes[f"fees[{k}]"] = entry[0]
        boxes.update(self.rate_terms.all_boxes())
        return boxes

    # -- coupling of fields --------------------------------------------------------------------

    def _kind_changed(self) -> None:
        card = self.current_kind() is Kind.CARD
        for key in ("card_last4", "min_percent", "min_floor", "grace_days", "strategy"):
            self._set_row_visible(key, card and not (self.offer and key == "card_last4"))
        for key in ("first_payment", "term", "method"):
            self._set_row_visible(key, not card)
        self._set_row_visible("variable_rate", self.current_kind() is not Kind.INSTALLMENT)
        for key in ("lender", "notes", "due_shift"):
            self._set_row_visible(key, not self.offer)
        # An offer is priced, not yet owed: no due dates to move, nothing to repay early.
        # A card is repaid at any time without a penalty (the engine refuses one).
        self._set_row_visible("prepayment_penalty", not card and not self.offer)
        self._labels["amount"].setText(self.tr("&Balance owed") if card
                                       else self.tr("&Amount borrowed"))
        self._labels["start"].setText(self.tr("Statement &date") if card
                                      else self.tr("Start &date"))
        if not self.loading and self.current_kind() is not self._kind_shown:
            self._new_kind_terms(self._kind_shown, self.current_kind())
        self._kind_shown = self.current_kind()
        self._strategy_changed()
        self._quote_changed()
        self.rate_terms.show_for(self.current_kind(), Method(self.method.currentData()))
        self.edited.emit()

    def _new_kind_terms(self, old: Kind, new: Kind) -> None:
        """Another kind chosen: terms still at the old kind's usual values become the new
        kind's; a rate the person typed stays, unless the new kind cannot be quoted so."""
        quote, value, method = _DEFAULTS[new]
        old_quote, old_value, old_method = _DEFAULTS[old]
        untouched = "rate" not in self.touched and (
            RateQuote(self.quote.currentData()), self.rate.text()) == (old_quote, old_value)
        current = RateQuote(self.quote.currentData())
        if untouched or (new is Kind.CARD and current not in CARD_QUOTES):
            self.quote.blockSignals(True)
            self.quote.setCurrentIndex(self.quote.findData(quote.value))
            self.quote.blockSignals(False)
            self._quote_shown = quote
            self.rate.setText(value)
            if method is not None:
                self.method.setCurrentIndex(self.method.findData(method.value))
            self.note.setText(self.tr("The usual terms of a {kind}: {rate}.").format(
                kind=labels.kind_names()[new], rate=labels.quoted_rate(
                    _rate(quote, value))))

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.boxes[key], visible)

    def _quote_changed(self) -> None:
        quote = RateQuote(self.quote.currentData())
        self.rate_unit.setText(labels.quote_suffixes()[quote])
        self._variable_applies()
        if self.loading:
            return
        old, self._quote_shown = self._quote_shown, quote
        if old is not quote:
            self._requote(old, quote)
        method = Method(self.method.currentData())
        if quote in PER_ORIGINAL and method is not Method.FEE_INSTALLMENT:
            self.method.setCurrentIndex(self.method.findData(Method.FEE_INSTALLMENT.value))
        elif quote not in PER_ORIGINAL and method is Method.FEE_INSTALLMENT:
            self.method.setCurrentIndex(self.method.findData(Method.ANNUITY.value))

    def _requote(self, old: RateQuote, new: RateQuote) -> None:
        """The same price quoted the new way, or an empty rate when the two quotes price
        different things; the note says which (4.35 % a year is not 4.35 % a month)."""
        text = self.rate.text().strip()
        if not text:
            return
        converted = converted_rate(text, old, new)
        self.rate.blockSignals(True)
        self.rate.setText(converted or "")
        self.rate.blockSignals(False)
        if converted is not None:
            self.note.setText(self.tr("{old} is {new}: the same price, quoted the new way.")
                              .format(old=labels.quoted_rate(_rate(old, text)),
                                      new=labels.quoted_rate(_rate(new, converted))))
        else:
            self.note.setText(self.tr(
                "The rate was cleared: {old} is charged on what is owed, a {new} on the "
                "original amount; type the rate the lender quotes this way.").format(
                old=labels.quoted_rate(_rate(old, text)),
                new=labels.quote_names()[new].lower()) if new in PER_ORIGINAL else self.tr(
                "The rate was cleared: {old} is charged on the original amount, a {new} on "
                "what is owed; type the rate the lender quotes this way.").format(
                old=labels.quoted_rate(_rate(old, text)),
                new=labels.quote_names()[new].lower()))
        self.touched.add("rate")
        self.edited.emit()

    def _card_number_typed(self, text: str) -> None:
        digits = re.sub(r"\D", "", text)
        if len(digits) > 4:
            self.card_last4.setText(digits[-4:])
            self.note.setText(self.tr("Only the last four digits of the card are kept; the "
                                      "full number is never stored."))

    def _method_changed(self) -> None:
        method = Method(self.method.currentData())
        free = method is Method.INTEREST_FREE and self.current_kind() is not Kind.CARD
        self.quote.setEnabled(not free)
        self.rate.setEnabled(not free)
        self._variable_applies()
        self.rate_terms.show_for(self.current_kind(), method)
        if self.loading:
            return
        quote = RateQuote(self.quote.currentData())
        if method is Method.FEE_INSTALLMENT and quote not in PER_ORIGINAL:
            self.quote.setCurrentIndex(self.quote.findData(RateQuote.MONTHLY_FEE.value))
        elif method is not Method.FEE_INSTALLMENT and quote in PER_ORIGINAL:
            self.quote.setCurrentIndex(self.quote.findData(RateQuote.ANNUAL.value))

    def _variable_applies(self) -> None:
        """Only a rate on the balance can vary: the box is greyed (its tick kept for when the
        quote comes back) under a fee or flat quote, or an interest-free loan."""
        quote = RateQuote(self.quote.currentData())
        free = (Method(self.method.currentData()) is Method.INTEREST_FREE
                and self.current_kind() is not Kind.CARD)
        self.variable_rate.setEnabled(quote not in PER_ORIGINAL and not free)

    def _strategy_changed(self) -> None:
        kind = StrategyKind(self.strategy.currentData())
        self.strategy_value.setVisible(kind is not StrategyKind.MINIMUM)
        self.strategy_value.setPlaceholderText(
            self.tr("months") if kind is StrategyKind.MONTHS else self.tr("amount"))


def _rate(quote: RateQuote, percent: str) -> Rate:
    """The core Rate of a percentage typed for ``quote`` (to word it as the lender would)."""
    try:
        return Rate(quote, Decimal(percent) / 100)
    except InvalidOperation:
        return Rate(quote, Decimal(0))
