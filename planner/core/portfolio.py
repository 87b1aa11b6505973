"""A household's whole credit picture: the portfolio JSON that import, export, scenarios and
comparisons share.

``{"format": "planner-portfolio", "version": 1, "profile": {...}, "items": [...]}``: each item
is a product exactly as ``planner calc`` reads it, plus ``id``, ``name``, ``lender``, optional
``notes``, ``status``, ``card_last4`` and the ``payments`` actually made. Anything unknown or
malformed is refused whole, with the item and field named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planner.core.errors import InputError, shown
from planner.core.income import (
    Flow,
    monthly_average,
    parse_schedule,
    scaled,
    schedule_to_json,
    single,
)
from planner.core.lpr import LprTable, parse_fixings, table_of
from planner.core.money import MAX_EXPONENT, ZERO, parse_amount, parse_decimal
from planner.core.privacy import refuse_card_numbers
from planner.core.product import (
    Kind,
    Product,
    parse_currency,
    parse_date,
    parse_product,
    product_to_json,
)
from planner.core.schedule import PenaltyRule, PrepaymentMode
from planner.core.workdays import DueShift

FORMAT = "planner-portfolio"
#: Version 2 (issue 12) adds rates that change, LPR spreads and the profile's own LPR fixings,
#: deferred interest, combined loans, quarterly and yearly payments, compounding and day
#: counts. A version-1 file is read through :func:`upgrade` (an app that reads only version 1
#: refuses a version-2 file by its version, rather than by a field it does not know).
VERSION = 2
READS = (1, 2)


class Status(StrEnum):
    ACTIVE = "active"
    PAID_OFF = "paid_off"
    ARCHIVED = "archived"
    DISPUTED = "disputed"


@dataclass(frozen=True, slots=True)
class Payment:
    """Money actually paid towards an item on a date."""

    date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Household:
    """The profile's money picture, in its currency, per month.

    ``income_schedule`` and ``expense_schedule`` say when the money arrives and goes
    (:mod:`planner.core.income`: paydays, a year-end bonus, rent on the 5th); when one is given,
    ``monthly_income`` (or ``essential_expenses``) is its average month, set from it. Without
    one, the single monthly figure stands: that much a month, its day not known.
    """

    currency: str = "CNY"
    monthly_income: Decimal = ZERO
    essential_expenses: Decimal = ZERO
    cash_buffer: Decimal = ZERO
    name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    income_schedule: tuple[Flow, ...] = ()
    expense_schedule: tuple[Flow, ...] = ()

    def __post_init__(self) -> None:
        if self.income_schedule:
            object.__setattr__(self, "monthly_income",
                               monthly_average(self.income_schedule, self.currency))
        if self.expense_schedule:
            object.__setattr__(self, "essential_expenses",
                               monthly_average(self.expense_schedule, self.currency))

    def income_flows(self) -> tuple[Flow, ...]:
        """The income as a schedule (a single monthly figure: that much, day unknown)."""
        return self.income_schedule or single(self.monthly_income)

    def expense_flows(self) -> tuple[Flow, ...]:
        return self.expense_schedule or single(self.essential_expenses)

    def scaled_income(self, factor: Decimal) -> Household:
        """The household with every income amount times ``factor`` (a what-if)."""
        from dataclasses import replace

        from planner.core.money import round_money

        if self.income_schedule:
            return replace(self, income_schedule=scaled(self.income_schedule, factor,
                                                         self.currency))
        return replace(self, monthly_income=round_money(self.monthly_income * factor,
                                                        self.currency))


@dataclass(frozen=True, slots=True)
class Item:
    """One card, plan, loan or credit line the household owes on."""

    id: str
    name: str
    product: Product
    lender: str = ""
    notes: str = ""
    status: Status = Status.ACTIVE
    card_last4: str = ""
    payments: tuple[Payment, ...] = ()
    #: What money paid beyond the installments buys; None = the product's usual choice.
    prepayment_mode: PrepaymentMode | None = None
    #: Where the lender moves a due date falling on a day off (None: it stays).
    due_shift: DueShift | None = None
    #: What repaying it early costs beyond the interest accrued (None: nothing).
    prepayment_penalty: PenaltyRule | None = None

    @property
    def is_open(self) -> bool:
        return self.status in (Status.ACTIVE, Status.DISPUTED)


@dataclass(frozen=True, slots=True)
class Portfolio:
    household: Household
    items: tuple[Item, ...]


_ITEM_FIELDS = {"id", "name", "lender", "notes", "status", "card_last4", "payments",
                "prepayment_mode", "due_shift", "prepayment_penalty"}
_PROFILE_FIELDS = {"currency", "monthly_income", "essential_expenses", "cash_buffer", "name",
                   "thresholds", "language", "income_schedule", "expense_schedule",
                   "lpr_fixings"}


def parse_portfolio(data: object) -> Portfolio:
    """Validate a whole portfolio; the first problem is raised, naming item and field."""
    if not isinstance(data, dict):
        raise InputError("portfolio", "must be a JSON object")
    if data.get("format") != FORMAT:
        raise InputError("format", f'must be "{FORMAT}"')
    data = upgrade(data)
    unknown = sorted(set(data) - {"format", "version", "profile", "items"})
    if unknown:
        raise InputError(unknown[0], "is not a field of a portfolio")
    household = parse_household(data.get("profile", {}))
    table = table_of(household.extra)
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        raise InputError("items", "must be a list")
    items = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        try:
            item = parse_item(raw, default_id=f"item-{index + 1}", lpr=table)
        except InputError as error:
            raise error.within(f"items[{index}]") from None
        if item.id in seen:
            raise InputError(f"items[{index}].id", f"{shown(item.id)} is used by another item")
        seen.add(item.id)
        items.append(item)
    return Portfolio(household, tuple(items))


def upgrade(data: dict) -> dict:
    """``data`` at the current version, read from any version this app reads.

    Version 1 to 2 (issue 12): every field of version 1 means the same in version 2, and what
    version 2 adds is absent, i.e. a fixed rate, one part, simple interest, the currency's
    day-count basis and only the shipped LPR fixings; the step writes the new version.

    >>> upgrade({"format": "planner-portfolio", "version": 1, "items": []})["version"]
    2
    """
    version = data.get("version")
    if isinstance(version, bool) or version not in READS:
        raise InputError("version", f"{shown(version)} is not a version this app reads (it "
                                    f"reads {' and '.join(map(str, READS))})")
    if version == 1:
        data = {**data, "version": 2}
    return data


def parse_household(data: object) -> Household:
    if not isinstance(data, dict):
        raise InputError("profile", "must be a JSON object")
    unknown = sorted(set(data) - _PROFILE_FIELDS)
    if unknown:
        raise InputError(f"profile.{unknown[0]}", "is not a field of a profile")
    try:
        currency = parse_currency(data.get("currency", "CNY"))
    except InputError as error:
        raise error.within("profile") from None

    def money(key: str) -> Decimal:
        return parse_amount(data.get(key, "0"), f"profile.{key}", currency, allow_zero=True)

    name = data.get("name", "")
    if not isinstance(name, str):
        raise InputError("profile.name", "must be text")
    refuse_card_numbers(name, "profile.name")
    extra = {k: data[k] for k in ("thresholds", "language", "lpr_fixings") if k in data}
    refuse_overlong_numbers(extra, "profile")
    refuse_card_numbers(extra, "profile")
    if "lpr_fixings" in extra:
        parse_fixings(extra["lpr_fixings"], "profile.lpr_fixings")
    if "thresholds" in extra:
        # The same checks as the thresholds typed in Settings.
        from planner.core.stress.thresholds import Thresholds

        Thresholds.from_mapping(extra["thresholds"], "profile.thresholds")
    schedules = {key: parse_schedule(data[key], f"profile.{key}", currency)
                 for key in ("income_schedule", "expense_schedule") if key in data}
    return Household(currency, money("monthly_income"), money("essential_expenses"),
                     money("cash_buffer"), name, extra, schedules.get("income_schedule", ()),
                     schedules.get("expense_schedule", ()))


def parse_item(data: object, default_id: str = "", lpr: LprTable | None = None) -> Item:
    """One item; an LPR-linked rate follows ``lpr`` (the profile's fixings)."""
    if not isinstance(data, dict):
        raise InputError("item", "must be a JSON object")
    product_part = {k: v for k, v in data.items() if k not in _ITEM_FIELDS}
    refuse_overlong_numbers(data.get("late_fee"), "late_fee")
    product = parse_product(product_part, lpr)
    refuse_card_numbers(data.get("late_fee"), "late_fee")
    texts = {}
    for key in ("id", "name", "lender", "notes", "card_last4"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise InputError(key, "must be text")
        refuse_card_numbers(value, key)
        texts[key] = value.strip()
    item_id = texts["id"] or default_id
    if not item_id:
        raise InputError("id", "is missing")
    if not texts["name"]:
        raise InputError("name", "is missing")
    last4 = texts["card_last4"]
    if last4 and (len(last4) != 4 or not last4.isdigit()):
        raise InputError("card_last4", "must be exactly the last four digits")
    if last4 and product.kind is not Kind.CARD:
        raise InputError("card_last4", "only a card has card digits")
    try:
        status = Status(data.get("status", "active"))
    except ValueError:
        raise InputError("status", "must be one of " + ", ".join(s.value for s in Status)) \
            from None
    payments = data.get("payments", [])
    if not isinstance(payments, list):
        raise InputError("payments", "must be a list")
    parsed = tuple(_payment(p, f"payments[{i}]", product) for i, p in enumerate(payments))
    mode = data.get("prepayment_mode")
    if mode is not None:
        try:
            mode = PrepaymentMode(mode)
        except ValueError:
            raise InputError("prepayment_mode", "must be shorten_term or lower_payment") \
                from None
        if product.kind is Kind.CARD:
            raise InputError("prepayment_mode", "a card has no installments to shorten")
    shift = data.get("due_shift")
    if shift is not None:
        try:
            shift = DueShift(shift)
        except ValueError:
            raise InputError("due_shift", "must be next_workday or previous_workday") from None
    penalty = parse_penalty(data.get("prepayment_penalty"))
    if penalty is not None and product.kind is Kind.CARD:
        raise InputError("prepayment_penalty", "a card is repaid at any time without a penalty")
    return Item(item_id, texts["name"], product, texts["lender"], texts["notes"], status, last4,
                tuple(sorted(parsed, key=lambda p: p.date)), mode, shift, penalty)


#: The largest prepayment penalty accepted: a fifth of the principal repaid early, and/or a
#: year's interest on it (beyond either, a typing error).
MAX_PENALTY_PERCENT = Decimal("0.2")
MAX_PENALTY_DAYS = 365


def parse_penalty(data: object) -> PenaltyRule | None:
    """A prepayment penalty: ``{"percent": "0.02"}`` of the principal repaid early, and/or
    ``{"days_of_interest": 30}`` of its interest.

    >>> parse_penalty({"percent": "0.02"})
    PenaltyRule(percent=Decimal('0.02'), days_of_interest=0)
    """
    if data is None:
        return None
    if not isinstance(data, dict) or not data:
        raise InputError("prepayment_penalty",
                         'must be an object like {"percent": "0.02"} or {"days_of_interest": 30}')
    unknown = sorted(set(data) - {"percent", "days_of_interest"})
    if unknown:
        raise InputError(f"prepayment_penalty.{unknown[0]}", "is not a field of a penalty")
    percent = parse_decimal(data.get("percent", "0"), "prepayment_penalty.percent")
    if not ZERO <= percent <= MAX_PENALTY_PERCENT:
        raise InputError("prepayment_penalty.percent", f"{percent} must be a fraction from 0 to "
                                                       f"{MAX_PENALTY_PERCENT} (2% is 0.02)")
    days = data.get("days_of_interest", 0)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_PENALTY_DAYS:
        raise InputError("prepayment_penalty.days_of_interest",
                         f"{shown(days)} must be a whole number of days from 0 to "
                         f"{MAX_PENALTY_DAYS}")
    return PenaltyRule(percent, days)


def penalty_to_json(rule: PenaltyRule) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if rule.percent:
        out["percent"] = str(rule.percent)
    if rule.days_of_interest:
        out["days_of_interest"] = rule.days_of_interest
    return out or {"percent": "0"}


#: How deep the free-form parts (late-fee rules, thresholds) may nest: a rule is a few levels.
MAX_NESTING = 16


def refuse_overlong_numbers(value: object, field: str, depth: int = 0) -> None:
    """Free-form parts (late-fee rules, thresholds) keep their numbers as JSON numbers, which
    hold 15 significant digits exactly; more digits than that would not survive the store, so
    they are refused here, with the field named, rather than changed. So are numbers that are
    not finite (NaN, Infinity: not JSON) and nesting deeper than :data:`MAX_NESTING`.

    >>> refuse_overlong_numbers({"rate": Decimal("0.05")}, "late_fee")
    >>> refuse_overlong_numbers({"rate": Decimal("0.1234567890123456789")}, "late_fee")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: late_fee.rate: 0.1234567890123456789 has more than 15 \
significant digits
    >>> refuse_overlong_numbers({"min": float("inf")}, "late_fee")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: late_fee.min: inf is not a finite number
    """
    if depth > MAX_NESTING:
        raise InputError(field, f"is nested more than {MAX_NESTING} levels deep")
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, (Decimal, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise InputError(field, f"{value} is not a finite number")
        if number.adjusted() < 20:
            refuse_card_numbers(str(number), field)  # a card number typed as a JSON number
        if len(number.normalize().as_tuple().digits) > 15:
            raise InputError(field, f"{shown(value)} has more than 15 significant digits")
        if number and not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
            raise InputError(field, f"{shown(value)} is too large or too small to keep")
    elif isinstance(value, int):
        if abs(value) < 10 ** 20:
            refuse_card_numbers(str(value), field)  # a card number typed as a JSON number
        if abs(value) >= 10 ** 15:  # exact in JSON, but thousands of digits cannot be read back
            raise InputError(field, f"{shown(value)} has more than 15 significant digits")
    elif isinstance(value, dict):
        for key, inner in value.items():
            refuse_overlong_numbers(inner, f"{field}.{shown(key).strip(chr(39))}", depth + 1)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            refuse_overlong_numbers(inner, f"{field}[{index}]", depth + 1)


def _payment(data: object, where: str, product: Product) -> Payment:
    if not isinstance(data, dict):
        raise InputError(where, 'must be an object like {"date": "2025-02-15", "amount": "100"}')
    unknown = sorted(set(data) - {"date", "amount"})
    if unknown:
        raise InputError(f"{where}.{unknown[0]}", "is not a field of a payment")
    if "date" not in data:
        raise InputError(f"{where}.date", "is missing")
    if "amount" not in data:
        raise InputError(f"{where}.amount", "is missing")
    paid_on = parse_date(data["date"], f"{where}.date")
    if paid_on < product.start:
        raise InputError(f"{where}.date", f"{paid_on} is before the item starts ({product.start})")
    return Payment(paid_on, parse_amount(data["amount"], f"{where}.amount", product.currency))


def item_to_json(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id, "name": item.name}
    if item.lender:
        out["lender"] = item.lender
    if item.notes:
        out["notes"] = item.notes
    if item.status is not Status.ACTIVE:
        out["status"] = item.status.value
    if item.card_last4:
        out["card_last4"] = item.card_last4
    out.update(product_to_json(item.product))
    if item.prepayment_mode is not None:
        out["prepayment_mode"] = item.prepayment_mode.value
    if item.due_shift is not None:
        out["due_shift"] = item.due_shift.value
    if item.prepayment_penalty is not None:
        out["prepayment_penalty"] = penalty_to_json(item.prepayment_penalty)
    out["payments"] = [{"date": p.date.isoformat(), "amount": str(p.amount)}
                       for p in item.payments]
    return out


def household_to_json(household: Household) -> dict[str, Any]:
    out: dict[str, Any] = {"currency": household.currency,
                           "monthly_income": str(household.monthly_income),
                           "essential_expenses": str(household.essential_expenses),
                           "cash_buffer": str(household.cash_buffer)}
    if household.name:
        out["name"] = household.name
    if household.income_schedule:
        out["income_schedule"] = schedule_to_json(household.income_schedule)
    if household.expense_schedule:
        out["expense_schedule"] = schedule_to_json(household.expense_schedule)
    out.update(household.extra)
    return out


def portfolio_to_json(portfolio: Portfolio) -> dict[str, Any]:
    """The portfolio JSON; :func:`parse_portfolio` reads it back to an equal value."""
    return {"format": FORMAT, "version": VERSION,
            "profile": household_to_json(portfolio.household),
            "items": [item_to_json(i) for i in portfolio.items]}
