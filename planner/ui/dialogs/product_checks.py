"""Reading what a person typed into the product form, in words they understand: amounts,
percentages and whole numbers checked before the engine sees them, and the engine's own
refusals (``InputError``) mapped to the form's field and said in the person's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from planner.core.errors import InputError
from planner.core.portfolio import MAX_PENALTY_DAYS, MAX_PENALTY_PERCENT
from planner.core.product import MAX_ANNUAL_RATE, Rate, RateQuote, over_rate_cap
from planner.ui.dialogs.fields import amount_problem, clean_number, read_decimal


class ProductChecks(QObject):
    """Each reader returns the value for the product JSON and records a problem under the
    form's field key in ``problems`` (the first problem of a field wins)."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def money(self, text: str, key: str, problems: dict[str, str], *, positive: bool) -> str:
        number = read_decimal(text)
        if not clean_number(text):
            problem = self.tr("Enter an amount.")
        elif number is None:
            problem = self.tr('"{text}" is not an amount.').format(text=text)
        elif number < 0 or (positive and number == 0):
            problem = self.tr("The amount must be more than zero.") if positive \
                else self.tr("The amount cannot be negative.")
        elif fine := amount_problem(number, self.currency):
            problem = fine
        else:
            problem = ""
        if problem:
            problems.setdefault(key, problem)
        return format(number, "f") if number is not None else "0"

    def percent(self, text: str, key: str, problems: dict[str, str],
                quote: RateQuote | None = None) -> str:
        """The percentage typed as a fraction string (0.6 -> "0.006")."""
        number = read_decimal(text)
        if not clean_number(text):
            problems.setdefault(key, self.tr("Enter the rate in percent."))
        elif number is None:
            problems.setdefault(key, self.tr('"{text}" is not a number.').format(text=text))
        elif number < 0:
            problems.setdefault(key, self.tr("A rate cannot be negative."))
        if number is None:
            return "0"
        fraction = number.scaleb(-2)
        if quote is not None and fraction >= 0 and over_rate_cap(Rate(quote, fraction)):
            problems.setdefault(key, self.tr("That is over {cap}% a year. Type the rate in "
                                             "percent: 0.05 for 0.05% a day.").format(
                cap=_percent(MAX_ANNUAL_RATE)))
        if key == "min_percent" and not 0 < number <= 100:
            problems.setdefault(key, self.tr("The minimum is a percentage above 0 and at most "
                                             "100."))
        return format(fraction, "f")

    def whole(self, text: str, key: str, problems: dict[str, str], low: int, high: int) -> int:
        cleaned = clean_number(text)
        value = int(cleaned) if cleaned.isdigit() else None
        if value is None or not low <= value <= high:
            problems.setdefault(key, self.tr("Enter a whole number from {low} to {high}.")
                                .format(low=low, high=high))
        return value if value is not None else low

    def penalty(self, percent_text: str, days_text: str, problems: dict[str, str]
                ) -> dict[str, object] | None:
        """The prepayment penalty typed, as the portfolio JSON has it (``{"percent": "0.02",
        "days_of_interest": 30}``, either part alone), or None when both fields are empty. The
        engine's limits (``planner.core.portfolio``) are said in the person's words: at most 20%
        and 365 days."""
        key = "prepayment_penalty"
        out: dict[str, object] = {}
        if clean_number(percent_text):
            number = read_decimal(percent_text)
            if number is None:
                problems.setdefault(key, self.tr('"{text}" is not a number.').format(
                    text=percent_text))
            elif not 0 <= number.scaleb(-2) <= MAX_PENALTY_PERCENT:
                problems.setdefault(key, self.tr("A prepayment penalty is a percentage from 0 "
                                                 "to {high} of the amount repaid early.").format(
                    high=_percent(MAX_PENALTY_PERCENT)))
            else:
                out["percent"] = format(number.scaleb(-2), "f")
        if clean_number(days_text):
            out["days_of_interest"] = self.whole(days_text, key, problems, 0, MAX_PENALTY_DAYS)
        return out or None

    def explain(self, error: InputError) -> str:
        """The engine's refusal in the person's language where the case is known."""
        field, problem = error.field, error.problem
        if field == "first_payment":
            return self.tr("The first payment cannot be before the start date.")
        if "Luhn" in problem or "card number" in problem:
            return self.tr("This looks like a full card number. Keep only the last four "
                           "digits.")
        if field == "card_last4":
            return self.tr("Exactly four digits, the end of the card number.")
        if field in ("method", "rate") and "original principal" in problem:
            return self.tr('A monthly fee rate is charged on the original amount: choose '
                           '"Installments with a monthly fee".')
        if field == "rate" and "interest_free" in problem:
            return self.tr("An interest-free plan has no rate; enter its charge as a fee.")
        if field == "name":
            return self.tr("Give it a name you will recognise.")
        return self.tr("Not accepted: {problem}").format(problem=problem)


def _percent(fraction: Decimal) -> str:
    """A limit of the engine as a percentage: ``Decimal(10)`` -> ``1000``."""
    return format(fraction.scaleb(2).normalize(), "f")


def field_key(field: str) -> str:
    """The form field behind an engine field path (``fees[1].amount`` -> ``fees[1]``,
    ``payments[0].date`` -> ``start``)."""
    head = field.split(".")[0]
    if not head.startswith(("fees[", "rate_changes[", "parts[")):  # a row of its own
        head = head.split("[")[0]
    if field == "minimum_payment.floor":
        return "min_floor"
    mapping = {"principal": "amount", "balance": "amount", "minimum_payment": "min_percent",
               "repayments": "start", "payments": "start", "currency": "amount",
               "frequency": "term", "id": "name"}
    return mapping.get(head, head)
