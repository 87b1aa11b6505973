"""From the form's inputs to a checked item: the product JSON the widgets describe, typing
mistakes said in the person's words, then the engine as the judge (``parse_item`` and
``analyse``), its ``InputError`` mapped back to the field it names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from planner.core.dates import Frequency
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.portfolio import Item, parse_item
from planner.core.product import MAX_TERM, Kind, Method, RateQuote, StrategyKind
from planner.ui.dialogs.product_checks import ProductChecks, field_key
from planner.ui.dialogs.product_fields import ProductFields
from planner.ui.i18n import from_qdate


@dataclass(frozen=True, slots=True)
class Reading:
    """The item and its figures when every field is accepted; otherwise ``problems``, the
    message for each field in error (keyed as :meth:`ProductFields.all_boxes`)."""

    item: Item | None
    figures: Figures | None
    problems: dict[str, str] = field(default_factory=dict)


class ProductReader(QObject):
    """Reads ``fields`` for a new item, or for ``original`` (keeping its id and payments)."""

    def __init__(self, fields: ProductFields, currency: str, original: Item | None = None,
                 offer: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.currency = currency
        self.original = original
        self.offer = offer
        self.checks = ProductChecks(currency, self)

    def read(self) -> Reading:
        problems: dict[str, str] = {}
        data = self.product_json(problems)
        item: Item | None = None
        # Only the name missing: the figures are shown all the same (what the terms cost is
        # what the person came to see, often before naming it, as after pasting an offer).
        nameless = set(problems) == {"name"}
        if not problems or nameless:
            try:
                item = parse_item({**data, "name": data["name"] or "…"})
            except InputError as error:
                problems[field_key(error.field)] = self.checks.explain(error)
        figures = None
        if item is not None:
            try:
                figures = analyse(item.product, self.fields.chosen_convention())
            except (InputError, ValueError, ArithmeticError) as error:
                key = field_key(error.field) if isinstance(error, InputError) else "rate"
                problems[key] = self.tr("These terms never repay the amount: {problem}").format(
                    problem=getattr(error, "problem", str(error)))
                item = None
        return Reading(None if nameless else item, figures, problems)

    def product_json(self, problems: dict[str, str]) -> dict[str, Any]:
        """The product JSON the widgets describe; typing mistakes are caught here, in words
        the person understands, before the engine sees the value."""
        f, checks = self.fields, self.checks
        kind = f.current_kind()
        data: dict[str, Any] = {"kind": kind.value, "currency": self.currency,
                                "id": self.original.id if self.original else "new",
                                "name": f.name.text().strip() or (
                                    "offer" if self.offer else "")}
        if not data["name"]:
            problems["name"] = self.tr("Give it a name you will recognise.")
        for key, edit in (("lender", f.lender), ("notes", f.notes)):
            if edit.text().strip():
                data[key] = edit.text().strip()
        money_key = "balance" if kind is Kind.CARD else "principal"
        data[money_key] = checks.money(f.amount.text(), "amount", problems, positive=True)
        data["start"] = from_qdate(f.start.date()).isoformat()
        rate_value = checks.percent(f.rate.text(), "rate", problems,
                                    RateQuote(f.quote.currentData()))
        quote = RateQuote(f.quote.currentData())
        method = Method(f.method.currentData())
        if kind is not Kind.CARD and method is Method.INTEREST_FREE:
            data["rate"] = {RateQuote.ANNUAL.value: "0"}
            problems.pop("rate", None)
        else:
            data["rate"] = {quote.value: rate_value}
        convention = f.chosen_convention()
        if convention is not None:
            data["convention"] = convention.value
        if f.variable_rate_chosen():
            data["variable_rate"] = True
        fees = []
        for k, (fee_type, amount) in enumerate(f.fees.values()):
            fees.append({"type": fee_type.value, "amount": checks.money(
                amount, f"fees[{k}]", problems, positive=True)})
        if fees:
            data["fees"] = fees
        f.rate_terms.write(data, problems, checks, quote.value)
        self._planning_json(data, problems)
        if kind is Kind.CARD:
            return self._card_json(data, problems)
        data["term"] = checks.whole(f.term.text(), "term", problems, 1, MAX_TERM)
        data["frequency"] = Frequency(f.frequency.currentData()).value
        data["method"] = method.value
        if f.has_first.isChecked():
            data["first_payment"] = from_qdate(f.first_payment.date()).isoformat()
        if self.original is not None:
            data["payments"] = [{"date": p.date.isoformat(), "amount": str(p.amount)}
                                for p in self.original.payments]
        return data

    def _planning_json(self, data: dict[str, Any], problems: dict[str, str]) -> None:
        """The item's own terms beyond its price: the due-date shift, the prepayment penalty
        (not a card's: it has none) and, kept from the item edited, what money repaid early
        buys (the form does not show it; a card has no installments to shorten)."""
        f = self.fields
        card = f.current_kind() is Kind.CARD
        shift = f.due_shift_chosen()
        if shift is not None:
            data["due_shift"] = shift.value
        if not card and not self.offer:
            penalty = self.checks.penalty(f.penalty_percent.text(), f.penalty_days.text(),
                                          problems)
            if penalty is not None:
                data["prepayment_penalty"] = penalty
        mode = self.original.prepayment_mode if self.original is not None else None
        if mode is not None and not card:
            data["prepayment_mode"] = mode.value

    def _card_json(self, data: dict[str, Any], problems: dict[str, str]) -> dict[str, Any]:
        """A card's own terms: its digits, the minimum-payment rule, grace, how it is repaid."""
        f, checks = self.fields, self.checks
        last4 = f.card_last4.text().strip()
        if last4:
            data["card_last4"] = last4
        percent = checks.percent(f.min_percent.text(), "min_percent", problems)
        floor = checks.money(f.min_floor.text() or "0", "min_floor", problems, positive=False)
        data["minimum_payment"] = {"percent": percent, "plus_interest": f.min_plus.isChecked(),
                                   "floor": floor}
        grace = f.grace.text().strip()
        if grace:
            data["grace_days"] = checks.whole(grace, "grace_days", problems, 0, 60)
        strategy = StrategyKind(f.strategy.currentData())
        if strategy is StrategyKind.FIXED:
            data["strategy"] = {"fixed": checks.money(
                f.strategy_value.text(), "strategy", problems, positive=True)}
        elif strategy is StrategyKind.MONTHS:
            data["strategy"] = {"months": checks.whole(f.strategy_value.text(), "strategy",
                                                       problems, 1, MAX_TERM)}
        return data
