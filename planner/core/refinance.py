"""Refinance and consolidation: "replace these items with this offer" -- is it worth it?

The model (every figure hand-checkable):
- The items are repaid on the day the new loan starts (the offer's ``start``; an offer dated
  before today starts today). Each takes its payoff amount that day from tracking
  (``track(item, day).payoff``: money overdue, the principal left, the interest accrued to the
  day) plus its prepayment penalty, where it has one (``Item.prepayment_penalty``, charged on
  the principal left, as :class:`planner.core.schedule.PenaltyRule` charges it).
- The offer pays out its ``advance`` (the principal less fees deducted at signing). What it
  leaves over is cash in hand; what it lacks is paid from the household's own cash that day:
  ``cash_difference = advance - to_repay``.
- Before: what the items still ask if kept, every payment from today to the end of each plan
  (a card: under its own strategy; one that never repays is counted to the later of the
  offer's end and 36 months, and flagged ``never_repays``).
  After: the offer's payments and upfront fees, plus ``to_repay - advance``.
  ``saving = paid_before - paid_after`` (negative: the offer costs more). The cost of credit
  on each side is what is paid less the principal the items owe today.
- Month by month from today's month, the money out of pocket under each; the break-even month
  is the first from which the new way has cost no more, cumulatively, than the old one, and
  stays so to the end of both (None when it never does: it does not pay).
- A longer term: the offer's last payment is later than the last of the items'; when it also
  costs more overall, ``longer_and_dearer`` says so (a lower payment bought with more money).
- The stress score and warnings now and with the change: the items taken out, the offer in,
  and the cash buffer moved by ``cash_difference`` on the day.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from planner.core.dates import parse_date
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.money import ZERO, round_money
from planner.core.obligations import project_item
from planner.core.portfolio import Item, Portfolio
from planner.core.product import FeeType, Kind, Product, parse_product
from planner.core.schedule import ScheduleWalk
from planner.core.stress import StressReport, Thresholds, stress_report, thresholds_of
from planner.core.stress.assess import assess
from planner.core.stress.projection import MONTHS, assemble, horizon_end
from planner.core.stress.score import stress_score
from planner.core.tracking import track
from planner.core.whatif import WhatIf

OFFER_ID = "refinance-offer"
#: How far a card that never repays is followed at most (months).
_LONGEST = 1200


@dataclass(frozen=True, slots=True)
class Repaid:
    """One item repaid early by the new loan."""

    item_id: str
    name: str
    balance: Decimal        # principal owed on the day
    payoff: Decimal         # what settles it that day (tracking's payoff amount)
    penalty: Decimal        # its prepayment penalty (zero when it has none)
    remaining: Decimal      # what it still asks from today if kept
    payment: Decimal        # its next regular payment (a card: its next payment)
    last_payment: date | None
    never_repays: bool = False

    @property
    def total(self) -> Decimal:
        return self.payoff + self.penalty


@dataclass(frozen=True, slots=True)
class CashMonth:
    month: str
    before: Decimal
    after: Decimal
    cumulative_before: Decimal
    cumulative_after: Decimal


@dataclass(frozen=True, slots=True)
class Refinance:
    day: date
    repaid: tuple[Repaid, ...]
    offer: Item
    figures: Figures
    to_repay: Decimal
    advance: Decimal
    upfront_fees: Decimal
    cash_difference: Decimal   # advance - to_repay: >0 cash left over, <0 paid from own cash
    balance: Decimal           # principal the items owe
    paid_before: Decimal
    paid_after: Decimal
    payment_before: Decimal    # the items' next payments together
    payment_after: Decimal     # the offer's regular payment
    last_before: date | None
    last_after: date
    months: tuple[CashMonth, ...]
    break_even: str | None
    whatif: WhatIf
    redated: bool = False      # the offer was dated before today and starts today instead

    @property
    def cost_before(self) -> Decimal:
        return self.paid_before - self.balance

    @property
    def cost_after(self) -> Decimal:
        return self.paid_after - self.balance

    @property
    def saving(self) -> Decimal:
        return self.paid_before - self.paid_after

    @property
    def pays(self) -> bool:
        return self.saving > 0

    @property
    def longer_term(self) -> bool:
        return self.last_before is None or self.last_after > self.last_before

    @property
    def longer_and_dearer(self) -> bool:
        return self.longer_term and self.saving < 0

    @property
    def never_repays(self) -> bool:
        return any(r.never_repays for r in self.repaid)

    @property
    def break_even_months(self) -> int | None:
        """Months from today's month to the break-even month (0: at once)."""
        if self.break_even is None:
            return None
        return [m.month for m in self.months].index(self.break_even)


def find_items(portfolio: Portfolio, wanted: Sequence[str]) -> tuple[Item, ...]:
    """The items named by id, or by name (exactly, then ignoring case); every unknown or
    ambiguous name is named in one refusal.

    >>> from planner.core.portfolio import parse_portfolio
    >>> p = parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [
    ...     {"id": "a1", "name": "Car", "kind": "loan", "principal": "100",
    ...      "start": "2026-01-01", "term": 2, "rate": {"annual": "0.05"}}]})
    >>> [i.id for i in find_items(p, ["car"])]
    ['a1']
    >>> find_items(p, ["car", "boat", "plane"])
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: --replace: no item has the id or name "boat", "plane"
    """
    found: list[Item] = []
    unknown: list[str] = []
    ambiguous: list[str] = []
    for key in wanted:
        by_id = [i for i in portfolio.items if i.id == key]
        matches = by_id or [i for i in portfolio.items if i.name == key] or \
            [i for i in portfolio.items if i.name.casefold() == key.casefold()]
        if not matches:
            unknown.append(key)
        elif len(matches) > 1:
            ambiguous.append(key)
        elif matches[0] in found:
            raise InputError("--replace", f'"{key}" names {matches[0].id} a second time')
        else:
            found.append(matches[0])
    if unknown:
        raise InputError("--replace", "no item has the id or name "
                         + ", ".join(f'"{k}"' for k in unknown))
    if ambiguous:
        raise InputError("--replace", "more than one item is named "
                         + ", ".join(f'"{k}"' for k in ambiguous) + ": give their ids")
    if not found:
        raise InputError("--replace", "names no item")
    for item in found:
        if not item.is_open:
            raise InputError("--replace", f"{item.id} is {item.status.value}: only an open item "
                                          "can be repaid")
    return tuple(found)


def offer_product(data: Mapping[str, Any], needed: Decimal, today: date) -> Product:
    """The offer as a product: a JSON product (or item: its labels set aside), its
    ``principal`` the amount needed when not given, its ``start`` today when not given."""
    labels = {"id", "name", "lender", "notes", "payments", "status", "card_last4",
              "prepayment_mode", "due_shift", "prepayment_penalty"}
    product = {k: v for k, v in data.items() if k not in labels}
    if "principal" not in product and product.get("kind") != "card":
        product["principal"] = str(needed)
    product.setdefault("start", today.isoformat())
    try:
        parsed = parse_product(product)
    except InputError as error:
        raise error.within("--with") from None
    if parsed.kind is Kind.CARD:
        raise InputError("--with", "a card cannot repay other debts: give a loan, a credit line "
                                   "draw or an installment plan")
    return parsed


def payoff_on(item: Item, day: date) -> tuple[Decimal, Decimal, Decimal]:
    """(principal owed, payoff amount, prepayment penalty) of ``item`` on ``day``.

    >>> from planner.core.portfolio import parse_item
    >>> loan = parse_item({"id": "a", "name": "car", "kind": "loan", "principal": "1200",
    ...                    "start": "2025-01-10", "term": 12, "rate": {"annual": "0"},
    ...                    "prepayment_penalty": {"percent": "0.02"}})
    >>> payoff_on(loan, date(2025, 1, 10))  # 2% of the 1,200 left
    (Decimal('1200.00'), Decimal('1200.00'), Decimal('24.00'))
    """
    position = track(item, day)
    penalty = round_money(ZERO, item.product.currency)
    rule = item.prepayment_penalty
    if rule is not None and item.product.kind is not Kind.CARD and position.remaining_principal:
        accrual = ScheduleWalk(item.product).accrual
        penalty = rule.charge(position.remaining_principal, accrual, item.product.currency)
    return position.remaining_principal, position.payoff, penalty


def refinance(portfolio: Portfolio, today: date, replace: Sequence[str],
              offer: Mapping[str, Any] | Product, *, name: str = "",
              thresholds: Thresholds | None = None) -> Refinance:
    """Replace the items ``replace`` names (ids or names) with ``offer`` (product JSON, or a
    product): see the module notes."""
    items = find_items(portfolio, replace)
    currency = portfolio.household.currency
    for item in items:
        if item.product.currency != currency:
            raise InputError("--replace", f"{item.id} is in {item.product.currency}, the "
                                          f"household in {currency}")
    # The payoff amounts on the day the offer starts (today when it gives none).
    start = offer.start if isinstance(offer, Product) else None
    if start is None and isinstance(offer, Mapping) and "start" in offer:
        start = parse_date(offer["start"], "--with.start")
    day = max(start or today, today)
    owed = [payoff_on(item, day) for item in items]
    to_repay = sum((p + pen for _, p, pen in owed), round_money(ZERO, currency))
    product = offer if isinstance(offer, Product) else offer_product(offer, to_repay, today)
    redated = product.start < today
    if redated:
        product = product.with_changes(start=today, first_payment=None)
    if product.currency != currency:
        raise InputError("--with", f"the offer is in {product.currency}, the household in "
                                   f"{currency}")
    label = name or (offer.get("name") if isinstance(offer, Mapping) else None) or "New loan"
    lender = offer.get("lender", "") if isinstance(offer, Mapping) else ""
    known = {i.id for i in portfolio.items}
    new_id = OFFER_ID if OFFER_ID not in known else f"{OFFER_ID}-{len(known)}"
    new = Item(new_id, str(label), product, lender=str(lender))
    figures = analyse(product)
    schedule = figures.schedule
    upfront = sum((f.amount for f in product.fees if f.type is FeeType.UPFRONT), ZERO)
    advance = schedule.advance
    cash_difference = advance - to_repay
    far = horizon_end(today, _LONGEST)
    repaid = []
    for item, (balance, payoff, penalty) in zip(items, owed, strict=True):
        ip = project_item(item, today, far)
        obligations = ip.obligations
        never = ip.card is not None and ip.card.never_repays and bool(obligations)
        if never:  # followed to the later of the offer's end and the projection's horizon
            until = max(horizon_end(today, MONTHS), schedule.last_date)
            obligations = tuple(o for o in obligations if o.date < until)
        remaining = sum((o.amount for o in obligations), ZERO)
        first = next((o for o in obligations if o.kind != "overdue"), None)
        repaid.append(Repaid(item.id, item.name, balance, payoff, penalty, remaining,
                             first.amount if first else ZERO,
                             obligations[-1].date if obligations else None, never))
    paid_before = sum((r.remaining for r in repaid), ZERO)
    offer_paid = sum((r.payment for r in schedule.rows), ZERO)
    paid_after = offer_paid + upfront - cash_difference
    months, break_even = _months(today, items, repaid, far, schedule.rows, day,
                                 upfront - cash_difference)
    whatif = _stress(portfolio, today, items, new, cash_difference, thresholds)
    last_before = max((r.last_payment for r in repaid if r.last_payment), default=None)
    return Refinance(day, tuple(repaid), new, figures, to_repay, advance, upfront,
                     cash_difference, sum((r.balance for r in repaid), ZERO), paid_before,
                     paid_after, sum((r.payment for r in repaid), ZERO), figures.payment,
                     last_before, schedule.last_date, months, break_even, whatif, redated)


def _index(today: date, day: date) -> int:
    return (day.year - today.year) * 12 + day.month - today.month


def _months(today: date, items: Sequence[Item], repaid: Sequence[Repaid], far: date,
            rows: Sequence[Any], day: date, at_start: Decimal
            ) -> tuple[tuple[CashMonth, ...], str | None]:
    before: dict[int, Decimal] = {}
    for item, r in zip(items, repaid, strict=True):
        for o in project_item(item, today, far).obligations:
            if r.last_payment is not None and o.date > r.last_payment:
                break
            k = _index(today, o.date)
            before[k] = before.get(k, ZERO) + o.amount
    after: dict[int, Decimal] = {_index(today, day): at_start}
    for row in rows:
        k = _index(today, row.date)
        after[k] = after.get(k, ZERO) + row.payment
    last = max([*before, *after])
    out = []
    cum_b = cum_a = ZERO
    for k in range(last + 1):
        b, a = before.get(k, ZERO), after.get(k, ZERO)
        cum_b, cum_a = cum_b + b, cum_a + a
        year, month0 = divmod(today.year * 12 + today.month - 1 + k, 12)
        out.append(CashMonth(f"{year:04d}-{month0 + 1:02d}", b, a, cum_b, cum_a))
    break_even = None
    for m in reversed(out):  # the earliest month from which "after" never costs more
        if m.cumulative_after > m.cumulative_before:
            break
        break_even = m.month
    return tuple(out), break_even


def _stress(portfolio: Portfolio, today: date, items: Sequence[Item], new: Item,
            cash_difference: Decimal, thresholds: Thresholds | None) -> WhatIf:
    t = thresholds or thresholds_of(portfolio)
    before: StressReport = stress_report(portfolio, today, t)
    gone = {i.id for i in items}
    horizon = horizon_end(today)
    kept = [ip for ip in before.projection.items if ip.item_id not in gone]
    household = portfolio.household
    household = dataclasses.replace(household,
                                    cash_buffer=household.cash_buffer + cash_difference)
    projection = assemble(household, today, (*kept, project_item(new, today, horizon)),
                          before.projection.excluded)
    warnings = assess(projection, t)
    after = StressReport(projection, warnings, stress_score(projection, warnings, t), t)
    return WhatIf(before, after, None, None, (), (), (new.id,))
