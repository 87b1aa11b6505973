"""Revolving credit cards: how a statement balance is repaid under a payment strategy, the level
payment that clears it in N months, and the CARD Act repayment disclosure (12 CFR 1026.7(b)(12)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import NamedTuple

from planner.core.apr_flows import CashFlow
from planner.core.dates import months_apart
from planner.core.daycount import days_in_year
from planner.core.errors import InputError
from planner.core.money import ZERO, quantum, round_money
from planner.core.product import (
    MAX_TERM,
    CardStrategy,
    FeeType,
    Kind,
    MinimumPayment,
    Product,
    Rate,
    RateQuote,
    StrategyKind,
)
from planner.core.schedule import Installment, Schedule

# The model (sources cited; figures checked in tests/core/test_card.py).
# - The balance is the statement balance on ``product.start``; statements follow monthly on the
#   same day (relativedelta from the start); each is due ``grace_days`` later (default 25 for
#   CNY, else 21: 12 CFR 1026.5(b)(2)(ii) requires at least 21 days). No new purchases
#   (12 CFR 1026 Appendix M1 (b)(4) makes the same assumption).
# - The first statement paid in full by its due date costs nothing (the grace period). Otherwise
#   grace is lost and each cycle charges interest on the statement balance:
#   annual or monthly quote: statement balance x APR / 12 -- Appendix M2 takes the periodic rate
#   (APR / 365) x (365 / 12), and M1 lets the issuer assume payments land at the cycle's end, so
#   a payment does not reduce its cycle's interest;
#   daily quote (日利率): statement balance x daily rate x days to the due date + what is left
#   after the payment x daily rate x the rest of the cycle (全额罚息, as Chinese banks illustrate
#   it). ``posted`` (记账日) adds the days from posting to the statement to the first revolving
#   cycle; without it interest starts at the statement date (a lower bound).
# - Once revolving, settling pays the statement balance plus the interest accrued since the
#   statement (the first term above), as M2's loop pays round(balance x (1 + rate)).
# - Minimum due = max(percent x statement balance (at least one minor unit) + the interest and
#   fees just charged when ``plus_interest``, floor), never above the statement balance; a
#   minimum equal to the whole statement settles it.
# - Payments go to fees, then interest, then principal. A per_payment fee is charged on each
#   statement after the first, a financed fee joins the opening balance, an upfront fee is paid
#   in cash on the start date.
# - Rounding: each cycle's interest, the settling interest and each minimum are rounded half up
#   to the minor unit, once; the last payment clears the balance exactly.
# - A promotion with deferred interest (issue 12; FINANCE.md, "Promotions and deferred
#   interest"): the whole balance is the promotional balance (no new purchases). Each cycle whose
#   statement is dated before the promotion's end (the first rate change) adds what the later
#   rate would have charged in it less what the promotional rate did, on the same terms (the
#   statement balance, and for a daily quote what is left after the payment); if the balance is
#   still owed on the first statement on or after the end, the sum, rounded once, is charged
#   on that statement with the cycle's interest. Cleared before that statement, nothing is.

_STALL_WINDOW = 48  # four years: the cycle lengths (and leap days) repeat, so no fall = never


def default_grace_days(currency: str) -> int:
    """Days from a statement to its due date when the product does not say."""
    return 25 if currency == "CNY" else 21


@dataclass(frozen=True, slots=True)
class CardResult:
    """A simulated repayment: ``schedule`` rows are dated on payment due dates."""

    schedule: Schedule
    start: date
    months_to_payoff: int | None   # None when the balance is not cleared
    total_paid: Decimal            # every payment plus upfront fees
    total_interest: Decimal
    total_fees: Decimal
    never_repays: bool             # not cleared within max_months (payments never outrun interest)


@dataclass(frozen=True, slots=True)
class Disclosure:
    """The five repayment figures of 12 CFR 1026.7(b)(12)(i), exact to the cent (a statement
    rounds the money to whole units). ``None`` where paying the minimum never repays."""

    months_at_minimum: int | None
    total_at_minimum: Decimal | None
    payment_for_36_months: Decimal
    total_for_36_months: Decimal
    savings: Decimal | None

    @property
    def statement_period(self) -> tuple[int, str] | None:
        """The period as 1026.7(b)(12)(i)(B) prints it: months below two years, else years
        rounded to the nearest whole year."""
        months = self.months_at_minimum
        if months is None:
            return None
        return (months, "months") if months < 24 else ((months + 6) // 12, "years")


def simulate(product: Product, strategy: CardStrategy | None = None, *, max_months: int = 1200,
             posted: date | None = None) -> CardResult:
    """Repay the card's statement balance under ``strategy`` (default: the product's own).

    >>> from planner.core.product import parse_product
    >>> card = parse_product({"kind": "card", "balance": "1000", "start": "2025-01-05",
    ...     "currency": "USD", "rate": {"annual": "0.17"},
    ...     "minimum_payment": {"percent": "0.02", "floor": "20"}})
    >>> r = simulate(card)
    >>> r.months_to_payoff, r.total_interest, r.schedule.rows[-1].balance
    (88, Decimal('751.83'), Decimal('0.00'))
    """
    strategy = strategy or product.strategy
    result = simulate_unchecked(product, strategy, max_months=max_months, posted=posted)
    if result.never_repays:
        raise _never_repays(CardCycles(product), strategy, result, max_months)
    return result


def simulate_unchecked(product: Product, strategy: CardStrategy | None = None, *,
                       max_months: int = 1200, posted: date | None = None) -> CardResult:
    """:func:`simulate` without refusing a plan that never repays (for stress analysis): the
    result then has ``never_repays`` set and the rows simulated until it stopped."""
    if max_months < 1:
        raise ValueError("max_months must be at least 1")
    if posted is not None and posted > product.start:
        raise InputError("posted", f"{posted} is after the statement date {product.start}")
    card = CardCycles(product)
    level = level_payment(card, strategy or product.strategy)
    return card.result(level, card.run(level, max_months, posted))


def payment_for_months(product: Product, months: int = 36) -> Decimal:
    """The level monthly payment, rounded up to the minor unit, that clears the balance in
    ``months`` payments: the smallest amount that, paid every month, leaves nothing owed after
    the last one (12 CFR 1026.7(b)(12)(i)(F); Appendix M2 computes it as tbal / pvaf).

    Minimum dues play no part in it: it is the payment a person would plan. Where a lender's
    minimum due is higher in some month (10% of the statement on most Chinese cards), that month
    pays the minimum, and the balance clears sooner. It starts from the exact level payment of
    the unrounded recurrence S(k+1) = S(k) (1 + c_full + c_rest) - P (1 + c_rest) + fee, written
    S(n-1) = A + B P = P, so P = A / (1 - B); then whole units up or down settle the rounding.

    >>> from planner.core.product import parse_product
    >>> card = parse_product({"kind": "card", "balance": "1000", "start": "2025-01-05",
    ...     "currency": "USD", "rate": {"annual": "0.17"}})
    >>> payment_for_months(card, 36)
    Decimal('35.66')
    """
    return _payment_for_months(CardCycles(product), months)


def card_act_disclosure(product: Product) -> Disclosure:
    """Months and total cost paying only the minimum, the 36-month payment, its total cost,
    and the saving (12 CFR 1026.7(b)(12); figures per Appendix M1, total cost = all payments).

    >>> from planner.core.product import parse_product
    >>> card = parse_product({"kind": "card", "balance": "1000", "start": "2025-01-05",
    ...     "currency": "USD", "rate": {"annual": "0.17"}})
    >>> d = card_act_disclosure(card)
    >>> d.months_at_minimum, d.total_at_minimum, d.payment_for_36_months, d.savings
    (88, Decimal('1751.83'), Decimal('35.66'), Decimal('468.42'))
    """
    card = CardCycles(product)
    at_minimum = card.result(None, card.run(None, 1200))
    payment = _payment_for_months(card, 36)
    in_36 = card.result(payment, card.run(payment, 36))
    total_36 = in_36.total_paid - in_36.schedule.upfront_fees
    if at_minimum.never_repays:
        return Disclosure(None, None, payment, total_36, None)
    total = at_minimum.total_paid - at_minimum.schedule.upfront_fees
    return Disclosure(at_minimum.months_to_payoff, total, payment, total_36, total - total_36)


def card_cash_flows(result: CardResult) -> tuple[list[CashFlow], list[CashFlow]]:
    """The flows of ``annual_percentage_rate``: the balance as the advance on the statement
    date; every payment on its due date (an upfront fee is a payment on the start date)."""
    schedule = result.schedule
    payments = [CashFlow(result.start, schedule.upfront_fees)] if schedule.upfront_fees else []
    payments.extend(CashFlow(r.date, r.payment) for r in schedule.rows if r.payment > 0)
    return [CashFlow(result.start, schedule.advance)], payments


def minimum_due(rule: MinimumPayment, balance: Decimal, charged: Decimal,
                unit: Decimal) -> Decimal:
    """The minimum due on a statement of ``balance`` when ``charged`` (the interest and fees of
    the cycle just closed) was added to it (model notes above). The plan (:meth:`CardCycles.run`)
    and the replay of real payments (:mod:`planner.core.card_tracking`) both ask for it here, so
    a minimum shown as overdue is the one the plan would have paid. The percent part is at least
    one minor unit, or a tiny balance would never clear.

    >>> from planner.core.product import MinimumPayment
    >>> rule = MinimumPayment(Decimal("0.01"), plus_interest=True, floor=Decimal(25))
    >>> minimum_due(rule, Decimal("1500"), Decimal("21.37"), Decimal("0.01"))
    Decimal('36.37')
    >>> minimum_due(rule, Decimal("18.40"), Decimal("0.30"), Decimal("0.01"))
    Decimal('18.40')
    """
    part = max((balance * rule.percent).quantize(unit, ROUND_HALF_UP), unit)
    return min(max(part + charged if rule.plus_interest else part, rule.floor), balance)


def level_payment(card: CardCycles, strategy: CardStrategy) -> Decimal | None:
    """What ``strategy`` pays each month before the minimum due is compared with it: the fixed
    amount, the level payment that clears the card in its months (searched once per card and
    term, then kept on ``card``), or None when it pays only the minimum. The plan and the
    re-projection from today (:mod:`planner.core.card_tracking`) take it from here, so both pay
    the same amount under the same strategy."""
    if strategy.kind is StrategyKind.FIXED:
        if strategy.amount is None or strategy.amount <= 0:
            raise InputError("strategy.fixed", "must be an amount greater than zero")
        return strategy.amount
    if strategy.kind is StrategyKind.MONTHS:
        if strategy.months is None:
            raise InputError("strategy.months", "must be a whole number of months")
        level = card.levels.get(strategy.months)
        if level is None:  # a search (about a millisecond): once per card and term
            level = card.levels[strategy.months] = _payment_for_months(card, strategy.months)
        return level
    return None


def _payment_for_months(card: CardCycles, months: int) -> Decimal:
    if not 1 <= months <= MAX_TERM:
        raise InputError("strategy.months", f"must be between 1 and {MAX_TERM}")
    unit = card.unit

    def clears(units: int) -> bool:
        return card.run(units * unit, months, record=False, floor_minimum=False)[1]

    units = max(int((card.estimate(months) / unit).to_integral_value(ROUND_CEILING)), 1)
    while not clears(units):
        units += 1
    while units > 1 and clears(units - 1):
        units -= 1
    return units * unit


def cycle_payment(level: Decimal | None, minimum: Decimal, balance: Decimal,
                  residual: Decimal) -> Decimal:
    """What a cycle's statement of ``balance`` is paid under a strategy paying ``level`` (None:
    only the minimum): the level or the ``minimum`` due when higher, at most the settling amount
    (the balance and the ``residual`` interest accrued since the statement); a minimum equal to
    the whole balance settles it. The plan and the re-projection from today
    (:mod:`planner.core.card_tracking`) pay by this one rule.

    >>> cycle_payment(Decimal(200), Decimal(25), Decimal(1000), Decimal("11.90"))
    Decimal('200')
    >>> cycle_payment(None, Decimal(25), Decimal(1000), Decimal("11.90"))
    Decimal('25')
    >>> cycle_payment(Decimal(200), Decimal(25), Decimal(150), Decimal("1.79"))
    Decimal('151.79')
    """
    settle = balance + residual
    if minimum == balance:  # the minimum due is the whole balance: settle it
        return settle
    if level is None:
        return minimum
    return min(max(level, minimum), settle)


def split_payment(paid: Decimal, fee_owed: Decimal, interest_owed: Decimal,
                  principal: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """How ``paid`` is applied (model notes above): the parts that go to fees, then interest,
    then principal, and what is left beyond all three, which prepays interest accruing now
    (paying past the statement, not to settlement). The plan and the replay of real payments
    (:mod:`planner.core.card_tracking`) split money by this one rule.

    >>> split_payment(Decimal(100), Decimal(5), Decimal(20), Decimal(500))
    (Decimal('5'), Decimal('20'), Decimal('75'), Decimal('0'))
    >>> split_payment(Decimal(100), Decimal(0), Decimal(10), Decimal(80))
    (Decimal('0'), Decimal('10'), Decimal('80'), Decimal('10'))
    """
    fee = min(paid, fee_owed)
    interest = min(paid - fee, interest_owed)
    principal_part = min(paid - fee - interest, principal)
    return fee, interest, principal_part, paid - fee - interest - principal_part


class CycleState(NamedTuple):
    """What is owed on statement ``k`` (0 = the opening statement), split as payments are
    applied, the interest and fees charged on it (the minimum rule may add them), and the
    deferred interest a promotion has accrued so far (unrounded; charged after it ends)."""

    k: int
    principal: Decimal
    interest: Decimal
    fees: Decimal
    charged: Decimal
    deferred: Decimal = ZERO


class CardRun(NamedTuple):
    """A run of statements: the rows paid, whether the balance was cleared, and the deferred
    interest charged on the way (zero when the promotion was cleared, or there is none)."""

    rows: list[Installment]
    cleared: bool
    deferred: Decimal = ZERO


class CardCycles:
    """One card's statement cycles: its terms (minimum rule, grace, fees, opening balance, minor
    unit), each cycle's due date and interest coefficients computed once, and the loop that pays
    them (:meth:`run`). A revolving cycle's interest is c_full x statement balance + c_rest x
    (balance - payment). The plan (:func:`simulate`) and the replay of the payments really made
    (:mod:`planner.core.card_tracking`) walk the same object, so the cycles they price agree."""

    def __init__(self, product: Product) -> None:
        if product.kind is not Kind.CARD:
            raise ValueError("only a card revolves; build other products with build_schedule")
        self.product = product
        # A product built without a rule gets the parser's default (10% for CNY, else 2% or 20).
        self.rule = product.minimum_payment or (
            MinimumPayment(Decimal("0.10")) if product.currency == "CNY"
            else MinimumPayment(Decimal("0.02"), floor=Decimal(20)))
        self.grace = timedelta(days=product.grace_days if product.grace_days is not None
                               else default_grace_days(product.currency))
        self.fees = {kind: sum((f.amount for f in product.fees if f.type is kind), ZERO)
                     for kind in FeeType}
        self.opening = product.principal + self.fees[FeeType.FINANCED]
        self.unit = quantum(product.currency)
        self.zero = round_money(ZERO, product.currency)
        self._cycles: list[tuple[date, Decimal, Decimal]] = []
        self.levels: dict[int, Decimal] = {}  # the months strategy's payment, by months
        # A promotion with deferred interest: its last cycle (the last statement dated before
        # the end) and, for each of its cycles, the later rate's coefficients less its own.
        self.promo_last: int | None = None
        self._deferring: list[tuple[Decimal, Decimal]] = []
        if product.deferred_interest and product.rate_changes:
            end, later = product.rate_changes[0].date, product.rate_changes[0].rate
            statements = [product.start]
            while (following := months_apart(product.start, 1, len(statements), 1)[0]) < end:
                statements.append(following)
            statements.append(following)
            self.promo_last = len(statements) - 2
            for k in range(len(statements) - 1):
                _, c_full, c_rest = self.cycle(k)
                _, l_full, l_rest = _cycle(statements[k], statements[k + 1], self.grace, later)
                self._deferring.append((l_full - c_full, l_rest - c_rest))

    def cycle(self, k: int) -> tuple[date, Decimal, Decimal]:
        """Cycle k: the due date of statement k and the coefficients of the interest charged
        on statement k + 1."""
        if k >= len(self._cycles):
            self._extend(k + 1)
        return self._cycles[k]

    def _extend(self, count: int) -> None:
        """The cycles up to ``count``, a year more at least (a run asks for them one by one):
        the statement dates in one pass, each cycle's terms from its statement date, the next
        one and the rate in force on it (:func:`_cycle`)."""
        n = len(self._cycles)
        count = max(count, n + 12)
        product, grace = self.product, self.grace
        statements = months_apart(product.start, 1, n, count - n + 1)
        changes = bool(product.rate_changes)
        append = self._cycles.append
        for j in range(count - n):
            statement = statements[j]
            append(_cycle(statement, statements[j + 1], grace,
                          self.rate_on(statement) if changes else product.rate))

    def rate_on(self, day: date) -> Rate:
        """The rate of the cycle starting on ``day``: a promotion's until it ends (issue 12:
        ``rate_changes``; a cycle accrues the rate in force on its statement date)."""
        rate = self.product.rate
        for change in self.product.rate_changes:
            if change.date > day:
                break
            rate = change.rate
        return rate

    def defer(self, k: int, so_far: Decimal, balance: Decimal, paid: Decimal
              ) -> tuple[Decimal, Decimal]:
        """Cycle ``k`` of a statement of ``balance`` paid ``paid``, not cleared: the deferred
        interest accrued by its end, and what is charged on the next statement (all of it
        after the promotion's last cycle, rounded half up once; else nothing). The plan and
        the replay of real payments (:mod:`planner.core.card_tracking`) defer by this rule."""
        last = self.promo_last
        if last is None or k > last:
            return so_far, ZERO
        d_full, d_rest = self._deferring[k]
        so_far += d_full * balance + d_rest * max(balance - paid, ZERO)
        if k < last:
            return so_far, ZERO
        return so_far, so_far.quantize(self.unit, ROUND_HALF_UP)

    def run(self, level: Decimal | None, limit: int, posted: date | None = None,
            record: bool = True, floor_minimum: bool = True,
            resume: CycleState | None = None) -> CardRun:
        """Pay ``level`` (or the minimum due when higher; only the minimum when None) for at most
        ``limit`` statements: the rows, whether the balance was cleared, and the deferred
        interest charged. ``resume`` starts at a later statement (a card replayed from its real
        payments) instead of the opening."""
        unit, zero, rule = self.unit, self.zero, self.rule
        first, principal, interest_owed, fee_owed, charged, deferred = resume or (
            0, self.opening, zero, zero, ZERO, ZERO)
        deferred_charged = zero
        per_cycle = self.fees[FeeType.PER_PAYMENT]
        rows: list[Installment] = []
        statements: list[Decimal] = []
        cycles = self._cycles
        for k in range(first, first + limit):
            balance = principal + interest_owed + fee_owed
            statements.append(balance)
            due, c_full, c_rest = cycles[k] if k < len(cycles) else self.cycle(k)
            # Once revolving, settling also pays the interest accrued since the statement.
            residual = zero if k == 0 else (c_full * balance).quantize(unit, ROUND_HALF_UP)
            minimum = minimum_due(rule, balance, charged, unit)
            if floor_minimum:
                paid = cycle_payment(level, minimum, balance, residual)
            else:  # a plain level payment, whatever the lender's minimum
                paid = min(level, balance + residual)
            settled = paid == balance + residual
            if settled:
                interest_owed += residual
            fee_part, interest_part, principal_part, prepaid = split_payment(
                paid, fee_owed, interest_owed, principal)
            if record:
                left = zero if settled else balance + (residual if prepaid else 0) - paid
                rows.append(Installment(k + 1, due, paid, principal_part, interest_part + prepaid,
                                        fee_part, left))
            if settled:
                return CardRun(rows, True, deferred_charged)
            if k - first >= _STALL_WINDOW and balance >= statements[k - first - _STALL_WINDOW]:
                break
            interest = c_full * balance + c_rest * max(balance - paid, ZERO)
            if k == 0 and posted is not None:
                days = (self.product.start - posted).days
                interest += balance * _daily_rate(self.product.rate, self.product) * days
                if self.promo_last is not None:  # the later rate's, from posting, deferred
                    deferred += balance * days * (_daily_rate(
                        self.product.rate_changes[0].rate, self.product) - _daily_rate(
                        self.product.rate, self.product))
            interest = interest.quantize(unit, ROUND_HALF_UP)
            if self.promo_last is not None:
                deferred, extra = self.defer(k, deferred, balance, paid)
                interest += extra
                deferred_charged += extra
            principal -= principal_part
            interest_owed += interest - interest_part - prepaid
            fee_owed += per_cycle - fee_part
            charged = interest + per_cycle
        return CardRun(rows, False, deferred_charged)

    def result(self, level: Decimal | None, run: CardRun) -> CardResult:
        rows, cleared, deferred = run
        upfront, financed = self.fees[FeeType.UPFRONT], self.fees[FeeType.FINANCED]
        schedule = Schedule(tuple(rows), rows[0].payment,
                            self.product.principal, upfront, financed,
                            deferred_interest=deferred)
        return CardResult(schedule, self.product.start, len(rows) if cleared else None,
                          sum((r.payment for r in rows), ZERO) + upfront,
                          sum((r.interest for r in rows), self.zero),
                          sum((r.fee for r in rows), self.zero) + upfront + financed,
                          not cleared)

    def estimate(self, months: int) -> Decimal:
        """The level payment of the unrounded recurrence, ignoring minimums (a promotion's
        deferred interest, linear in the balances too, included)."""
        owed, slope = self.opening, ZERO  # statement balance = owed + slope x P
        d_owed, d_slope = ZERO, ZERO      # deferred interest so far = d_owed + d_slope x P
        for k in range(months - 1):
            _, c_full, c_rest = self.cycle(k)
            if self.promo_last is not None and k <= self.promo_last:
                d_full, d_rest = self._deferring[k]
                d_owed += (d_full + d_rest) * owed
                d_slope += (d_full + d_rest) * slope - d_rest
            grow = 1 + c_full + c_rest
            owed, slope = owed * grow + self.fees[FeeType.PER_PAYMENT], slope * grow - 1 - c_rest
            if k == self.promo_last:
                owed, slope = owed + d_owed, slope + d_slope
        settle = 1 + self.cycle(months - 1)[1] if months > 1 else Decimal(1)
        return owed * settle / (1 - slope * settle)


def _cycle(statement: date, following: date, grace: timedelta, rate: Rate
           ) -> tuple[date, Decimal, Decimal]:
    """A cycle from ``statement`` to the ``following`` statement: its due date, and the
    coefficients of the interest it charges on the statement balance (to the due date, or the
    whole cycle) and on what is left after the payment (from the due date on)."""
    due = statement + grace
    if rate.quote is RateQuote.DAILY:
        split = min(due, following)
        return due, rate.value * (split - statement).days, rate.value * (following - split).days
    return due, rate.annual_equivalent / 12, ZERO


def _daily_rate(rate: Rate, product: Product) -> Decimal:
    """A day's interest: the daily rate, or the annual rate over the product's day-count
    basis's year (FINANCE.md, "Day-count bases")."""
    if rate.quote is RateQuote.DAILY:
        return rate.value
    return rate.annual_equivalent / days_in_year(product.day_basis, product.start)


def _never_repays(card: CardCycles, strategy: CardStrategy, result: CardResult,
                  max_months: int) -> InputError:
    _, c_full, c_rest = card.cycle(0)
    interest = (c_full * card.opening + c_rest * result.schedule.rows[0].balance).quantize(
        card.unit, ROUND_HALF_UP)
    fixed = strategy.kind is StrategyKind.FIXED
    field, paying = (("strategy.fixed", f"paying {strategy.amount} a month") if fixed
                     else ("minimum_payment", "paying only the minimum"))
    if len(result.schedule.rows) >= max_months:
        return InputError(field, f"{paying} does not repay the balance in {max_months} months")
    return InputError(field, f"{paying} never repays the balance: the first month's interest "
                             f"alone is {interest}")


def deferred_due(product: Product) -> date | None:
    """When a card's deferred interest falls due if its promotion is not cleared: the due date
    of the first statement on or after the promotion's end, the statement it is charged on
    (None without deferred interest).

    >>> from planner.core.product import parse_product
    >>> deferred_due(parse_product({"kind": "card", "balance": "1000", "start": "2025-01-10",
    ...     "currency": "USD", "rate": {"annual": "0"}, "deferred_interest": True,
    ...     "rate_changes": [{"date": "2025-07-01", "rate": {"annual": "0.2699"}}]}))
    datetime.date(2025, 7, 31)
    """
    if not product.deferred_interest or not product.rate_changes:
        return None
    end, k = product.rate_changes[0].date, 0
    while (statement := months_apart(product.start, 1, k, 1)[0]) < end:
        k += 1
    grace = product.grace_days if product.grace_days is not None \
        else default_grace_days(product.currency)
    return statement + timedelta(days=grace)
