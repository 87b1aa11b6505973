"""What if: income changes, rates rise, or a new purchase goes on an installment plan -- the
warnings and the stress score before and after, side by side ("can I afford this?").

- Income change: a fraction of the monthly income (-0.2 is a 20% fall); essential spending and
  the buffer stay as they are.
- Rate change: points added to the annual rate (0.02 is two points; a monthly quote gets
  0.02 / 12, a daily one 0.02 / 365), never below zero. It applies only to the loans, credit
  lines and cards whose product is marked ``variable_rate`` (an LPR-linked mortgage, a
  prime-linked card): a fixed-rate loan keeps its price whatever the market does. The result
  lists the variable items and those re-priced; with no variable item nothing is re-priced
  and ``no_variable_items`` says so. Fee and flat quotes are prices fixed at purchase and
  cannot be marked variable.
  A loan or credit line is re-priced from today the way a lender resets a variable rate: what
  is owed after the last installment before today is re-spread over the installments left, at
  the new rate, with the same method and due dates (anchored on the next due date); what is
  overdue stays as it was. A rate that changes over time (known changes, the LPR path) moves
  by the points at every step; an LPR-linked loan's spread moves by them; a combined loan's
  LPR-linked parts move (all its parts, when none follows the LPR), each part re-spread from
  what it still owes. A promotion's deferred interest stays with the rest: what it accrued
  before, at the rates as they were, and what the rest accrues at the moved rates, charged with
  the first payment after the promotion unless the rest clears it by then. A card is simulated
  again from its statement at the new rate.
- A new product: an item (or a bare product, named "new") added to the open items; a new
  variable-rate loan, credit line or card is re-priced with the others.
Items untouched by the change reuse their cached projections.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.errors import InputError
from planner.core.money import ZERO, round_money
from planner.core.obligations import (
    ItemProjection,
    dated_obligations,
    project_item,
    shifter,
)
from planner.core.portfolio import Item, Portfolio
from planner.core.product import (
    FeeType,
    Kind,
    Part,
    Product,
    Rate,
    RateChange,
    RateQuote,
    blended_rate,
)
from planner.core.rate_path import Path, part_path, product_path
from planner.core.schedule import Installment, Schedule, ScheduleWalk, build_schedule
from planner.core.stress import StressReport, Thresholds, stress_report, thresholds_of
from planner.core.stress.assess import assess
from planner.core.stress.projection import assemble, horizon_end
from planner.core.stress.score import stress_score

_PER_YEAR = {RateQuote.ANNUAL: 1, RateQuote.MONTHLY: 12, RateQuote.DAILY: 365}


@dataclass(frozen=True, slots=True)
class WhatIf:
    before: StressReport
    after: StressReport
    income_change: Decimal | None
    rate_change: Decimal | None
    variable: tuple[str, ...]   # the items (new ones too) with a variable rate: what moves
    repriced: tuple[str, ...]   # those whose rate was changed (not one with nothing left)
    added: tuple[str, ...]

    @property
    def variable_marked(self) -> bool:
        """Some open item has a variable rate."""
        return bool(self.variable)

    @property
    def no_variable_items(self) -> bool:
        """No open item has a variable rate: a rate change moves nothing."""
        return not self.variable


def what_if(portfolio: Portfolio, today: date, *, income_change: Decimal | None = None,
            rate_change: Decimal | None = None, add: Sequence[Item] = (),
            thresholds: Thresholds | None = None) -> WhatIf:
    """The stress report now and under the change.

    >>> from planner.core.portfolio import Household
    >>> w = what_if(Portfolio(Household(monthly_income=Decimal(5000)), ()), date(2025, 6, 1),
    ...             income_change=Decimal("-0.2"))
    >>> w.before.projection.months[0].income, w.after.projection.months[0].income
    (Decimal('5000'), Decimal('4000.00'))
    """
    if income_change is not None and not Decimal(-1) <= income_change <= 10:
        raise InputError("income_change", "must be a fraction from -1 (no income) to 10")
    if rate_change is not None and not Decimal(-1) <= rate_change <= 1:
        raise InputError("rate_change", "must be points as a fraction (0.02 is two points), "
                                        "from -1 to 1")
    t = thresholds or thresholds_of(portfolio)
    before = stress_report(portfolio, today, t)
    household = portfolio.household
    if income_change is not None:  # every payday's amount, when the income has a schedule
        household = household.scaled_income(1 + income_change)
    horizon = horizon_end(today)
    items = list(before.projection.items)
    variable = [ip.item_id for ip in items if has_variable_rate(ip.item)]
    repriced: list[str] = []
    if rate_change:
        for index, ip in enumerate(items):
            if has_variable_rate(ip.item):
                changed = reprice(ip, rate_change, today, horizon)
                if changed is not None:
                    items[index] = changed
                    repriced.append(ip.item_id)
    known = {i.id for i in portfolio.items}
    excluded = list(before.projection.excluded)
    for new in add:
        if new.id in known:
            raise InputError("add.id", f"{new.id!r} is already an item of the portfolio")
        if new.product.currency != household.currency:
            excluded.append(new.id)
            continue
        projected = project_item(new, today, horizon)
        if has_variable_rate(new):  # a new variable-rate loan: what if rates rise as well?
            variable.append(new.id)
            changed = reprice(projected, rate_change, today, horizon) if rate_change else None
            if changed is not None:
                projected = changed
                repriced.append(new.id)
        items.append(projected)
    projection = assemble(household, today, tuple(items), tuple(excluded))
    warnings = assess(projection, t)
    after = StressReport(projection, warnings, stress_score(projection, warnings, t), t)
    return WhatIf(before, after, income_change, rate_change, tuple(variable), tuple(repriced),
                  tuple(i.id for i in add))


def has_variable_rate(item: Item) -> bool:
    """A loan, credit line or card marked variable-rate, priced on its balance (the product
    parser refuses the mark anywhere else; this also holds for products built in code)."""
    p = item.product
    return (p.variable_rate and p.kind in (Kind.LOAN, Kind.CREDIT_LINE, Kind.CARD)
            and p.rate.quote in _PER_YEAR)


def shifted(rate: Rate, points: Decimal) -> Rate:
    """``rate`` with ``points`` added a year, in its own quote, never below zero.

    >>> shifted(Rate(RateQuote.MONTHLY, Decimal("0.005")), Decimal("0.012")).value
    Decimal('0.006')
    """
    return Rate(rate.quote, max(rate.value + points / _PER_YEAR[rate.quote], Decimal(0)))


def shift_product(product: Product, points: Decimal) -> Product:
    """``product`` with its rate moved by ``points`` wherever it can move: the rate from the
    start and every later one, an LPR spread (the LPR path moves by the points), and of a
    combined loan its LPR-linked parts (every part when none follows the LPR)."""
    if product.parts:
        moving = any(part.lpr_spread for part in product.parts)
        parts = tuple(_shift_part(part, points) if (part.lpr_spread or not moving) else part
                      for part in product.parts)
        return product.with_changes(parts=parts, rate=blended_rate(parts))
    spread = product.lpr_spread
    return product.with_changes(
        rate=shifted(product.rate, points),
        rate_changes=tuple(RateChange(c.date, shifted(c.rate, points))
                           for c in product.rate_changes),
        lpr_spread=None if spread is None else dataclasses.replace(
            spread, spread=spread.spread + points))


def _shift_part(part: Part, points: Decimal) -> Part:
    spread = part.lpr_spread
    return dataclasses.replace(
        part, rate=shifted(part.rate, points),
        rate_changes=tuple(RateChange(c.date, shifted(c.rate, points))
                           for c in part.rate_changes),
        lpr_spread=None if spread is None else dataclasses.replace(
            spread, spread=spread.spread + points))


def _from(path: Path, day: date) -> tuple[Rate, tuple[RateChange, ...]]:
    """The rate accruing on ``day`` and the changes after it."""
    rate = path[0][1]
    for since, r in path:
        if since <= day:
            rate = r
    return rate, tuple(RateChange(since, r) for since, r in path if since > day)


def _deferred_so_far(item: Item, past: list[Installment]) -> Decimal | None:
    """The deferred interest of ``item``'s promotion accrued by the last of the ``past`` rows
    (booked at the rates as they were), or None when it is not still to be charged: already
    charged with a past payment, or the promotion cleared. The rows are walked again on the
    item's own terms, money repaid early included, so the balances are the ones booked."""
    walk = ScheduleWalk(item.product, mode=item.prepayment_mode)
    for row in past:
        if row.prepayment:
            walk.prepay(row.date, row.principal)
        else:
            walk.advance()
    if walk.promo_charged or not walk.end_balance:
        return None
    return walk.promo_extra


def reprice(ip: ItemProjection, points: Decimal, today: date,
            horizon: date) -> ItemProjection | None:
    """The projection of the item with its rate moved by ``points`` from today (see the module
    notes); None when nothing is left to re-price."""
    item = ip.item
    product = item.product
    moved = dataclasses.replace(item, product=shift_product(product, points))
    if product.kind is Kind.CARD:
        return project_item(moved, today, horizon)
    schedule = ip.schedule
    if schedule is None:
        return None
    past = [r for r in schedule.rows if r.date < today]
    ahead = [r for r in schedule.rows if r.date >= today and not r.prepayment]
    owed = past[-1].balance if past else schedule.advance + schedule.financed_fees
    if not ahead or owed <= 0:
        return None
    start = past[-1].date if past else product.start
    rest = product.with_changes(
        principal=owed, start=start, term=len(ahead), first_payment=ahead[0].date,
        fees=tuple(f for f in product.fees if f.type is FeeType.PER_PAYMENT),
        repayments=tuple(r for r in product.repayments if r.date >= today),
        deferred_interest=False, lpr_spread=None, lpr=None)
    carried = _deferred_so_far(item, past) if product.deferred_interest else None
    last = schedule.rows[-1].date
    changes: tuple[RateChange, ...] = ()
    if product.parts:
        parts = []
        for index, (part, (_, own)) in enumerate(zip(moved.product.parts, schedule.parts,
                                                     strict=True)):
            left = [r for r in own.rows if r.date < today]
            part_owed = left[-1].balance if left else part.principal
            if part_owed > 0:
                rate, changes = _from(part_path(moved.product, index, last), start)
                parts.append(Part(part.name, part_owed, rate, changes))
        rest = rest.with_changes(parts=tuple(parts), rate=blended_rate(tuple(parts)))
    else:
        rate, changes = _from(product_path(moved.product, last), start)
        rest = rest.with_changes(rate=rate, rate_changes=changes)
    end = product.rate_changes[0].date if carried is not None else None
    deferred = schedule.deferred_interest  # charged before the re-spread, or nothing
    if end is None:
        rows = list(build_schedule(rest).rows)
    elif end > start:
        # the promotion goes on past the re-spread: the rest accrues the deferred interest
        # from here, at the moved rates, on top of what it accrued before (its end stays the
        # first change even where the moved rates no longer differ, both held at zero)
        if not changes or changes[0].date != end:
            rest = rest.with_changes(rate_changes=(RateChange(end, rest.rate), *changes))
        spread = build_schedule(rest.with_changes(deferred_interest=True),
                                deferred_so_far=carried or ZERO)
        rows, deferred = list(spread.rows), spread.deferred_interest
    else:
        # the promotion ended on the last installment booked, not cleared: the deferred
        # interest goes with the first payment of the rest (schedule.py's rule)
        rows = list(build_schedule(rest).rows)
        deferred = round_money(carried or ZERO, product.currency)
        first = rows[0]
        rows[0] = first._replace(payment=first.payment + deferred,
                                 interest=first.interest + deferred)
    paid = round_money(sum((p.amount for p in item.payments if p.date <= today), ZERO),
                       product.currency)
    obligations, balloon = dated_obligations(moved, [*past, *rows], paid, today, horizon,
                                             shift=shifter(moved))
    # the plan as re-priced, for the warnings that read it (deferred interest ahead)
    replan = Schedule((*past, *rows), rows[0].payment, schedule.advance, schedule.upfront_fees,
                      schedule.financed_fees, deferred_interest=deferred)
    return ItemProjection(moved, obligations, ip.balance, None, None, balloon, rows[0].payment,
                          replan)
