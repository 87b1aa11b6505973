"""Warnings about single items: a true rate above the caps (``high_cost_credit``) and a card
whose minimum payment takes years or never repays it (``minimum_payment_trap``).

The true rate of an item is its own convention's nominal APR from ``analyse`` (US Reg Z, EU
APRC or China's IRR, by currency), computed on the contract's schedule. A card's is its
periodic rate x periods in a year, the APR of open-end credit (12 CFR 1026.14(b)); a card is
high-cost only while it revolves -- one paid in full within its grace period costs nothing.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from dateutil.relativedelta import relativedelta

from planner.core.card import deferred_due, payment_for_months
from planner.core.convention import Convention
from planner.core.dates import Frequency
from planner.core.errors import InputError
from planner.core.figures import schedule_apr
from planner.core.obligations import ItemProjection
from planner.core.product import Kind, Method, Product, RateQuote
from planner.core.schedule import build_schedule
from planner.core.stress.caps import rate_caps
from planner.core.stress.projection import Projection
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning

APR_PLACES = Decimal("0.000001")  # compared to a ten-thousandth of a percentage point


def item_apr(ip: ItemProjection) -> Decimal | None:
    """The true annual rate of the item as a fraction (None when no rate solves its flows).

    >>> from datetime import date
    >>> from planner.core.portfolio import parse_item
    >>> from planner.core.obligations import project_item
    >>> plan = parse_item({"id": "p", "name": "plan", "kind": "installment",
    ...     "principal": "10000", "start": "2025-01-10", "term": 12,
    ...     "rate": {"monthly_fee": "0.006"}})
    >>> item_apr(project_item(plan, date(2025, 1, 10), date(2028, 1, 1)))  # not 7.2%
    Decimal('0.130342')
    """
    product = ip.item.product
    if product.kind is Kind.CARD:
        # The card's true annual rate, as its page shows it: the IRR of its simulated payments
        # under its strategy; the quoted rate only when that strategy never repays it.
        return _memo(("apr", product), lambda: _card_apr(ip))
    if product.method is Method.INTEREST_FREE and not product.fees:
        return Decimal(0)  # nothing is charged: no rate to solve for
    plan = ip.plan  # when present, the product's own schedule: no need to build it again

    def solve() -> Decimal | None:
        try:  # the rate alone: the totals a Figures would add are not read here
            return _fraction(schedule_apr(product, plan if plan is not None
                                          else build_schedule(product)).rate)
        except InputError:
            return None
    return _memo(("apr", product), solve)


def apr_is_quoted(ip: ItemProjection) -> bool:
    """True when :func:`item_apr` had to fall back on the quoted rate: a card whose strategy
    never repays it has no payments that end, so no true annual rate to solve for."""
    return ip.item.product.kind is Kind.CARD and (ip.card is None or ip.card.never_repays)


def _card_apr(ip: ItemProjection) -> Decimal:
    if apr_is_quoted(ip):
        return ip.item.product.rate.annual_equivalent
    assert ip.card is not None
    return _fraction(schedule_apr(ip.item.product, ip.card.schedule).rate)


_MEMO: dict[tuple, Any] = {}
_MEMO_LIMIT = 16384


def _memo(key: tuple, compute: Callable[[], Any]) -> Any:
    """Per-product results (rates, screens, comparison payments), kept across calls: products
    are immutable, so a profile re-assessed after one change recomputes one item."""
    try:
        return _MEMO[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable field (a free-form late-fee rule): compute every time
        return compute()
    value = compute()
    if len(_MEMO) >= _MEMO_LIMIT:
        _MEMO.clear()
    _MEMO[key] = value
    return value


def clear_cache() -> None:
    """Forget cached rates (benchmarks measure the cold path)."""
    _MEMO.clear()


def _fraction(rate: float) -> Decimal:
    return Decimal(repr(rate)).quantize(APR_PLACES)


def high_cost_credit(p: Projection, t: Thresholds) -> list[StressWarning]:
    """One warning per item whose true APR is above its caution line (caution) or its danger
    line (danger); the lines come from :func:`planner.core.stress.caps.rate_caps`."""
    out = []
    for ip in p.items:
        product = ip.item.product
        if not ip.obligations:
            continue  # nothing left to pay: its price no longer weighs on the household
        if product.kind is Kind.CARD and (ip.card is None or ip.card.total_interest <= 0):
            continue  # paid in full within the grace period: no interest, no cost
        caps = rate_caps(product.currency, product.start, t.apr_cap)
        lowest = min((c for c in (caps.caution, caps.danger) if c is not None), default=None)
        if lowest is None or (product.kind is not Kind.CARD and (
                _cheap(product, lowest) or _memo(
                    ("above", product, lowest, ip.plan is not None),
                    partial(_above_at_whole_months, ip, lowest)) is False)):
            continue
        apr = item_apr(ip)
        if apr is None or apr <= lowest:
            continue
        danger = caps.danger is not None and apr > caps.danger
        line = caps.danger if danger else caps.caution
        rule = ("apr > danger" if danger else
                "apr > apr_cap" if t.apr_cap is not None else "apr > caution")
        out.append(StressWarning(
            Code.HIGH_COST_CREDIT, Severity.DANGER if danger else Severity.CAUTION,
            items=(ip.item_id,), dates=(product.start,),
            detail={"apr": apr, "caution": caps.caution, "danger": caps.danger,
                    "balance": ip.balance, "quoted": apr_is_quoted(ip)},
            rule=rule, threshold=line, sources=caps.sources))
    return out


def _cheap(product: Product, line: Decimal) -> bool:
    """True when the item's APR cannot be above ``line``, without solving for it: interest on
    the balance at a quoted nominal rate r with no fees has an APR of r (the EU APRC, compounded
    yearly, at most e^r - 1 < r (1 + r) for r < 1); a margin of 0.5 point covers rounding and
    odd first periods. Fee and flat quotes, and any fee, always go to the solver."""
    rate = product.rate
    if product.fees or rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT):
        return False
    if product.rate_changes or product.lpr_spread or product.parts or product.deferred_interest:
        return False  # a rate that changes (a promotion's end, the LPR): ask the solver
    r = rate.annual_equivalent
    return r * (1 + r) + Decimal("0.005") < line


def _above_at_whole_months(ip: ItemProjection, line: Decimal) -> bool | None:
    """Whether the item's APR is above ``line``, read from the sign of the APR equation's net
    present value at the line's own rate, without solving: with one advance and later payments
    the NPV falls as the rate rises, so NPV(line) > 0 exactly when the APR is above the line.

    It applies when every payment falls a whole number of months after the start (two or
    more of them): then all three conventions measure time in whole months -- US Reg Z and
    China's IRR discount at line / 12 a month, the EU APRC at (1 + line)^(1/12) - 1. None
    (undecided: ask the solver) otherwise, or when the NPV is too close to zero to trust.
    """
    product, plan = ip.item.product, ip.plan
    if plan is None or product.frequency is not Frequency.MONTHLY or len(plan.rows) < 2:
        return None
    start = product.start
    if product.apr_convention is Convention.EU_APRC:
        periodic = (1 + float(line)) ** (1 / 12) - 1
    else:
        periodic = float(line) / 12
    discount = 1 / (1 + periodic)
    npv = float(plan.upfront_fees) - float(plan.advance)
    as_float: dict[Decimal, float] = {}  # a schedule repeats one payment: convert it once
    previous, factor = 0, 1.0
    for row in plan.rows:
        k = _whole_months(start, row.date)
        if k is None:
            return None
        amount = as_float.get(row.payment)
        if amount is None:
            amount = as_float[row.payment] = float(row.payment)
        factor = factor * discount if k == previous + 1 else discount ** k
        previous = k
        npv += amount * factor
    if abs(npv) <= 1e-9 * float(plan.advance):
        return None
    return npv > 0


def _whole_months(start: date, day: date) -> int | None:
    """k when ``day`` is ``start`` moved k > 0 calendar months (the day clipped to the month's
    length, as schedules anchor their dates), else None."""
    k = (day.year - start.year) * 12 + day.month - start.month
    if k <= 0:
        return None
    if day.day == start.day or (start.day > 28 and day.day < start.day
                                and day.day == monthrange(day.year, day.month)[1]):
        return k
    return None


def minimum_payment_trap(p: Projection, t: Thresholds) -> list[StressWarning]:
    """A card paid by its minimum whose payoff takes more than ``minimum_payoff_months``
    (caution) or never comes (danger); and any card whose own plan never repays (it pays at
    least the minimum, so the minimum never repays it either). The figures are the CARD Act
    disclosure's (12 CFR 1026.7(b)(12)(i)): months and total cost at the minimum, and the
    payment that clears the balance in the comparison period -- paid as max(that amount, the
    minimum due), so where the minimum is a large share of the balance (10% for most Chinese
    cards) it is far below the early payments and is not a level payment
    (see :func:`planner.core.card.payment_for_months`)."""
    out = []
    for ip in p.items:
        card = ip.card
        if card is None or not (ip.on_minimum or card.never_repays):
            continue
        months = card.months_to_payoff
        if not card.never_repays and months is not None and months <= t.minimum_payoff_months:
            continue
        product = ip.item.product
        total = None if card.never_repays else card.total_paid - card.schedule.upfront_fees
        out.append(StressWarning(
            Code.MINIMUM_PAYMENT_TRAP, Severity.DANGER if card.never_repays else Severity.CAUTION,
            items=(ip.item_id,), dates=(product.start,),
            detail={"months_at_minimum": None if card.never_repays else months,
                    "total_at_minimum": total, "balance": product.principal,
                    "comparison_months": t.minimum_payoff_months,
                    "payment_for_comparison": _memo(
                        ("level", product, t.minimum_payoff_months),
                        partial(payment_for_months, product, t.minimum_payoff_months))},
            rule="minimum never repays" if card.never_repays
            else "months at minimum > minimum_payoff_months",
            threshold=t.minimum_payoff_months, sources=("us-card-act-1026.7b12",)))
    return out


def deferred_interest(p: Projection, t: Thresholds) -> list[StressWarning]:
    """A promotion with deferred interest ("no interest if paid in full by ...") that the
    plan, as the money paid leaves it, does not clear by the promotion's end: the interest the
    later rate would have charged since the start falls due with the first payment after it.
    A caution from the start, so there is time to act; a danger within
    ``deferred_interest_months`` of the end. The figures are the projection's: what is still
    owed on the last day, and the interest charged then."""
    out = []
    for ip in p.items:
        product, schedule = ip.item.product, ip.schedule
        if not product.deferred_interest or schedule is None:
            continue
        end = product.rate_changes[0].date
        if end < p.today or not schedule.deferred_interest:
            continue
        owed_at_end = next((r.balance for r in reversed(schedule.rows) if r.date <= end),
                           schedule.advance + schedule.financed_fees)
        # a card's is charged on its first statement after the end, paid by its due date
        charged_on = deferred_due(product) if product.kind is Kind.CARD else next(
            r.date for r in schedule.rows if r.date > end)
        near = end <= p.today + relativedelta(months=t.deferred_interest_months)
        out.append(StressWarning(
            Code.DEFERRED_INTEREST, Severity.DANGER if near else Severity.CAUTION,
            months=(f"{end.year:04d}-{end.month:02d}",), dates=(end,), items=(ip.item_id,),
            detail={"deferred_interest": schedule.deferred_interest, "owed_at_end": owed_at_end,
                    "charged_on": charged_on, "days_ahead": (end - p.today).days,
                    "later_rate": product.rate_changes[0].rate.annual_equivalent},
            rule="promotion not cleared by its end, within deferred_interest_months" if near
            else "promotion not cleared by its end",
            threshold=t.deferred_interest_months, sources=("us-reg-z-1026.7b14",)))
    return out


RULES = (high_cost_credit, minimum_payment_trap, deferred_interest)

