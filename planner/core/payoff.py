"""Payoff plans for a monthly debt budget: avalanche (highest rate first), snowball (smallest
balance first) or a custom order, with extra one-off payments, and the strategies compared.

The model, the one debt-payoff guides use (simplifications stated):
- Each debt is a balance, a monthly rate = its true APR / 12, and a minimum payment: its
  scheduled payment (a bullet's is 0 until the end), or a card's minimum rule applied to
  today's balance (its statements replayed from the money paid), held fixed (paying the first
  minimum throughout, as guides advise).
- Month by month (the first is today's month: balances are today's, and a month's payments
  are made by its end): interest = balance x monthly rate,
  rounded half up to the minor unit; then every minimum is paid (at most the balance), then
  all the rest of the budget plus any one-off payment dated in that month goes to the debts in
  the strategy's order; a debt paid off frees its minimum for the next (it rolls over).
- Money overdue today is part of the balance (a missed installment's principal is still owed);
  late fees and penalty interest are not modelled.
- A fee-on-original installment plan (分期, 月费率) is modelled at its true APR on its
  remaining principal: its fee is turned into interest at the equivalent rate.
- A budget below the sum of the minimums is reported with its shortfall, never stretched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from planner.core.errors import InputError
from planner.core.money import ZERO, quantum
from planner.core.portfolio import Portfolio

MAX_MONTHS = 1200
_STALL = 12  # a year without the total owed falling: the budget never repays the debts


class Strategy(StrEnum):
    AVALANCHE = "avalanche"
    SNOWBALL = "snowball"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Debt:
    id: str
    balance: Decimal
    annual_rate: Decimal    # the true APR, a fraction
    minimum: Decimal

    @property
    def monthly_rate(self) -> Decimal:
        return self.annual_rate / 12


@dataclass(frozen=True, slots=True)
class ExtraPayment:
    date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PlanMonth:
    month: str                      # YYYY-MM
    payments: dict[str, Decimal]    # debt id -> paid this month
    balances: dict[str, Decimal]    # debt id -> owed after the payment
    interest: Decimal               # charged this month, all debts


@dataclass(frozen=True, slots=True)
class PayoffPlan:
    strategy: Strategy
    order: tuple[str, ...]
    budget: Decimal
    debt_free: str | None           # the month of the last payment
    months_to_debt_free: int | None
    total_interest: Decimal
    total_paid: Decimal
    months: tuple[PlanMonth, ...]
    budget_below_minimums: bool = False
    shortfall: Decimal = ZERO       # minimums - budget, when the budget is below them
    never_repays: bool = False      # the budget does not outrun the interest


def order_debts(debts: Sequence[Debt], strategy: Strategy,
                custom: Sequence[str] = ()) -> tuple[str, ...]:
    """The order extra money goes in. Avalanche: highest rate first (then smaller balance);
    snowball: smallest balance first (then higher rate); custom: the ids given, then the rest
    in avalanche order. Ties end on the id, so the order is stable.

    >>> ds = [Debt("a", Decimal(600), Decimal("0.24"), Decimal(50)),
    ...       Debt("b", Decimal(300), Decimal("0.12"), Decimal(30))]
    >>> order_debts(ds, Strategy.AVALANCHE), order_debts(ds, Strategy.SNOWBALL)
    (('a', 'b'), ('b', 'a'))
    """
    avalanche = [d.id for d in sorted(debts, key=lambda d: (-d.annual_rate, d.balance, d.id))]
    if strategy is Strategy.AVALANCHE:
        return tuple(avalanche)
    if strategy is Strategy.SNOWBALL:
        return tuple(d.id for d in sorted(debts, key=lambda d: (d.balance, -d.annual_rate,
                                                                 d.id)))
    known = set(avalanche)
    for position, debt_id in enumerate(custom):
        if debt_id not in known:
            raise InputError("order", f"{debt_id!r} is not an open debt (one of "
                             f"{', '.join(avalanche)})")
        if debt_id in custom[:position]:
            raise InputError("order", f"{debt_id!r} is listed twice")
    return (*custom, *(i for i in avalanche if i not in custom))


def payoff_plan(debts: Sequence[Debt], budget: Decimal, strategy: Strategy, today: date, *,
                extras: Iterable[ExtraPayment] = (), order: Sequence[str] = (),
                currency: str = "CNY") -> PayoffPlan:
    """Repay ``debts`` with ``budget`` a month under ``strategy``.

    >>> ds = [Debt("a", Decimal(600), Decimal("0.24"), Decimal(50)),
    ...       Debt("b", Decimal(300), Decimal("0.12"), Decimal(30))]
    >>> p = payoff_plan(ds, Decimal(400), Strategy.AVALANCHE, date(2025, 6, 15))
    >>> p.debt_free, p.total_interest, p.months[0].payments
    ('2025-08', Decimal('23.80'), {'a': Decimal('370.00'), 'b': Decimal('30.00')})
    >>> payoff_plan(ds, Decimal("79.99"), Strategy.SNOWBALL, date(2025, 6, 15)).shortfall
    Decimal('0.01')
    """
    if budget <= 0:
        raise InputError("budget", "must be greater than zero")
    unit = quantum(currency)
    budget = budget.quantize(unit, ROUND_HALF_UP)
    live = [Debt(d.id, d.balance.quantize(unit, ROUND_HALF_UP), d.annual_rate,
                 d.minimum.quantize(unit, ROUND_HALF_UP)) for d in debts if d.balance > 0]
    sequence = order_debts(live, strategy, order)
    minimums = sum((min(d.minimum, d.balance) for d in live), ZERO)
    if minimums > budget:
        return PayoffPlan(strategy, sequence, budget, None, None, ZERO, ZERO, (),
                          budget_below_minimums=True, shortfall=minimums - budget)
    by_id = {d.id: d for d in live}
    balances = {d.id: d.balance for d in live}
    extra_by_month: dict[int, Decimal] = {}
    base = today.year * 12 + today.month
    for e in extras:
        index = max(e.date.year * 12 + e.date.month - base, 0)
        extra_by_month[index] = extra_by_month.get(index, ZERO) + e.amount.quantize(unit)
    months: list[PlanMonth] = []
    total_interest = total_paid = ZERO
    history = [sum(balances.values(), ZERO)]
    for index in range(MAX_MONTHS):
        if not any(balances.values()):
            break
        interest = ZERO
        for debt_id, owed in balances.items():
            if owed > 0:
                charge = (owed * by_id[debt_id].monthly_rate).quantize(unit, ROUND_HALF_UP)
                balances[debt_id] = owed + charge
                interest += charge
        paid = {i: min(by_id[i].minimum, owed) for i, owed in balances.items() if owed > 0}
        pool = budget - sum(paid.values(), ZERO) + extra_by_month.get(index, ZERO)
        for debt_id in sequence:
            left = balances[debt_id] - paid.get(debt_id, ZERO)
            if pool <= 0:
                break
            if left > 0:
                more = min(pool, left)
                paid[debt_id] = paid.get(debt_id, ZERO) + more
                pool -= more
        for debt_id, amount in paid.items():
            balances[debt_id] -= amount
        total_interest += interest
        total_paid += sum(paid.values(), ZERO)
        year, month0 = divmod(base + index - 1, 12)  # base counts months from 1
        months.append(PlanMonth(f"{year:04d}-{month0 + 1:02d}", paid, dict(balances), interest))
        history.append(sum(balances.values(), ZERO))
        if len(history) > _STALL and history[-1] >= history[-1 - _STALL]:
            break
    done = not any(balances.values())
    return PayoffPlan(strategy, sequence, budget, months[-1].month if done and months else None,
                      len(months) if done else None, total_interest, total_paid, tuple(months),
                      never_repays=not done)


@dataclass(frozen=True, slots=True)
class PayoffComparison:
    plans: tuple[PayoffPlan, ...]
    cheapest: Strategy | None       # least total interest among plans that finish
    interest_difference: Decimal    # most minus least total interest among those plans
    months_difference: int          # longest minus shortest time to debt-free among them


def compare_strategies(plans: Sequence[PayoffPlan]) -> PayoffComparison:
    """How the finished plans differ: the cheapest, and the spread in interest and time."""
    finished = [p for p in plans if p.months_to_debt_free is not None]
    if not finished:
        return PayoffComparison(tuple(plans), None, ZERO, 0)
    cheapest = min(finished, key=lambda p: (p.total_interest, p.months_to_debt_free))
    interests = [p.total_interest for p in finished]
    durations = [p.months_to_debt_free or 0 for p in finished]
    return PayoffComparison(tuple(plans), cheapest.strategy, max(interests) - min(interests),
                            max(durations) - min(durations))


def debts_of(portfolio: Portfolio, today: date) -> tuple[Debt, ...]:
    """The household's open debts in its currency as payoff :class:`Debt` records: balance
    owed today, true APR (a card's: its nominal rate), minimum (see the module notes).

    >>> from planner.core.portfolio import parse_portfolio
    >>> p = parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [
    ...     {"id": "car", "name": "car", "kind": "loan", "principal": "1200",
    ...      "start": "2025-01-10", "term": 12, "rate": {"annual": "0"}}]})
    >>> [(d.id, d.balance, d.annual_rate, d.minimum) for d in debts_of(p, date(2025, 6, 1))]
    [('car', Decimal('1200.00'), Decimal('0.000000'), Decimal('100.00'))]
    """
    from planner.core.card_tracking import minimum_on
    from planner.core.product import Kind, Method
    from planner.core.stress.credit_rules import item_apr
    from planner.core.stress.projection import project

    out = []
    for ip in project(portfolio, today).items:
        product = ip.item.product
        if ip.balance <= 0:
            continue
        rate = item_apr(ip)
        rate = product.rate.annual_equivalent if rate is None else rate
        if product.kind is Kind.CARD:  # today's balance: where the money paid has put it
            minimum = minimum_on(product, ip.balance)
        elif product.method is Method.BULLET:
            minimum = ZERO
        else:
            minimum = ip.scheduled_payment if ip.scheduled_payment is not None else ip.balance
        out.append(Debt(ip.item_id, ip.balance, rate, min(minimum, ip.balance)))
    return tuple(out)


def months_until(today: date, by: date) -> int:
    """How many plan months end by the month of ``by`` (today's month is the first).

    >>> months_until(date(2026, 12, 6), date(2027, 12, 31)), months_until(date(2026, 12, 6),
    ...                                                                     date(2026, 12, 31))
    (13, 1)
    """
    return (by.year - today.year) * 12 + by.month - today.month + 1


def budget_for_date(debts: Sequence[Debt], by: date, strategy: Strategy, today: date, *,
                    extras: Iterable[ExtraPayment] = (), order: Sequence[str] = (),
                    currency: str = "CNY") -> PayoffPlan:
    """The plan of the smallest monthly budget (to the minor unit) that is debt-free by the
    month of ``by`` (a month's payments are made by its end, so a plan whose last payment falls
    in that month is in time).

    It is found by halving: more budget never finishes later (each debt is owed no more, month
    by month, with more money going in the same order), so the smallest budget in time lies
    between the minimum payments (which may already be in time) and everything owed plus a
    month's interest (debt-free in the first month). A date before today cannot be reached.

    >>> ds = [Debt("a", Decimal(1200), Decimal("0"), Decimal(100))]
    >>> budget_for_date(ds, date(2026, 6, 30), Strategy.AVALANCHE, date(2026, 1, 15)).budget
    Decimal('200.00')
    >>> budget_for_date(ds, date(2027, 6, 30), Strategy.AVALANCHE, date(2026, 1, 15)).budget
    Decimal('100.00')
    """
    if by < today:
        raise InputError("by", f"{by} is before today ({today}): a plan starts today")
    unit = quantum(currency)
    live = [d for d in debts if d.balance > 0]
    if not live:
        raise InputError("by", "there are no open debts: the household is debt-free already")
    extras = tuple(extras)
    allowed = months_until(today, by)

    def plan(units: int) -> PayoffPlan:
        return payoff_plan(live, unit * units, strategy, today, extras=extras, order=order,
                           currency=currency)

    def in_time(p: PayoffPlan) -> bool:
        return p.months_to_debt_free is not None and p.months_to_debt_free <= allowed

    minimums = sum((min(d.minimum, d.balance) for d in live), ZERO)
    low = max(int((minimums / unit).to_integral_value(ROUND_HALF_UP)), 1)
    found = plan(low)
    if in_time(found):
        return found
    high = sum((d.balance + (d.balance * d.monthly_rate).quantize(unit, ROUND_HALF_UP)
                for d in live), ZERO)
    high_units = max(int((high / unit).to_integral_value(ROUND_HALF_UP)) + 1, low + 1)
    best = plan(high_units)
    if not in_time(best):  # pragma: no cover - everything owed is paid in the first month
        raise InputError("by", "no budget repays the debts by then")
    while high_units - low > 1:  # low is too little, high_units is in time
        middle = (low + high_units) // 2
        attempt = plan(middle)
        if in_time(attempt):
            high_units, best = middle, attempt
        else:
            low = middle
    return best
