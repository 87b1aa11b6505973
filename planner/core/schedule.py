"""Dated repayment schedules for loans, installment plans and credit-line draws.

Rounding rule (one for every product built here): each period's interest and fee are rounded
half up to the currency's minor unit, the level payment is rounded half up once, and the last
payment absorbs the residue, so principal repaid equals principal owed to the cent and the
closing balance is exactly zero (FINANCE.md, "Repayment methods").
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import NamedTuple

from planner.core.accrual import Accrual
from planner.core.dates import due_dates, nth_due_date
from planner.core.money import ZERO, quantum, round_money
from planner.core.product import FeeType, Kind, Method, Product, RateQuote, Repayment


class PrepaymentMode(StrEnum):
    """What money repaid early buys: fewer payments, or smaller ones."""

    SHORTEN_TERM = "shorten_term"
    LOWER_PAYMENT = "lower_payment"


class Installment(NamedTuple):
    """One dated payment. ``payment`` = ``principal`` + ``interest`` + ``fee``.

    A NamedTuple (beancount's ``Amount`` shape): immutable, and cheap enough to build by the
    hundred thousand in a household's projection.
    """

    n: int
    date: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    fee: Decimal
    balance: Decimal
    prepayment: bool = False


@dataclass(frozen=True, slots=True)
class Schedule:
    """Every payment of a product, with the fees that are not part of any payment."""

    rows: tuple[Installment, ...]
    regular_payment: Decimal
    advance: Decimal           # money the borrower actually receives
    upfront_fees: Decimal      # paid in cash at the start
    financed_fees: Decimal     # added to the amount owed

    @property
    def last_date(self) -> date:
        return self.rows[-1].date


def build_schedule(product: Product, *, extra: Sequence[Repayment] = (),
                   mode: PrepaymentMode | None = None,
                   penalty: PenaltyRule | None = None) -> Schedule:
    """The schedule of a loan, installment plan or credit-line draw.

    ``extra`` adds money repaid early to the product's own ``repayments``; ``mode`` says whether
    it shortens the term or lowers the payment (default: shorter term for loans, lower payment
    for credit lines, whose lenders re-spread the rest over the remaining installments).

    >>> from planner.core.product import parse_product
    >>> loan = parse_product({"kind": "loan", "principal": "200000", "start": "2025-01-15",
    ...                       "term": 360, "rate": {"annual": "0.065"}})
    >>> s = build_schedule(loan)
    >>> s.regular_payment, s.rows[-1].balance, sum(r.principal for r in s.rows)
    (Decimal('1264.14'), Decimal('0.00'), Decimal('200000.00'))
    """
    walk = ScheduleWalk(product, mode=mode, penalty=penalty)
    early = sorted((*product.repayments, *extra), key=lambda r: r.date)
    if not early:
        walk.rows = walk.plain_rows()
        return walk.schedule()
    for repay in early:
        # Money repaid on a due date comes after that date's regular payment; money repaid on
        # or before the start is not an early repayment.
        while not walk.done and walk.dates[walk.k] <= repay.date:
            walk.advance()
        if walk.done:
            break
        if repay.date > walk.product.start:
            walk.prepay(repay.date, repay.amount)
    return walk.finish()


def payment_dates(product: Product) -> list[date]:
    """The due dates: anchored on the first payment date when one is given, else on the start
    (one period after it, then the next ones anchored on the start's day, not chained).

    >>> from planner.core.product import parse_product
    >>> plan = parse_product({"kind": "installment", "principal": "300", "start": "2024-01-31",
    ...                       "term": 3})
    >>> [d.isoformat() for d in payment_dates(plan)]
    ['2024-02-29', '2024-03-31', '2024-04-30']
    """
    if product.first_payment is not None:
        return due_dates(product.first_payment, product.term, product.frequency)
    return [nth_due_date(product.start, k, product.frequency)
            for k in range(1, product.term + 1)]


@dataclass(frozen=True, slots=True)
class PenaltyRule:
    """A prepayment penalty: a share of the amount prepaid, or some days of its interest."""

    percent: Decimal = ZERO
    days_of_interest: int = 0

    def charge(self, amount: Decimal, accrual: Accrual, currency: str) -> Decimal:
        daily = (accrual.rate.value if accrual.rate.quote is RateQuote.DAILY
                 else accrual.rate.annual_equivalent / 365)
        return round_money(amount * self.percent + amount * daily * self.days_of_interest,
                           currency)


class ScheduleWalk:
    """A product's schedule walked period by period, taking money repaid early as it comes.

    :func:`build_schedule` walks it with every early repayment known in advance; tracking
    (``planner.core.tracking``) walks it with the payments actually made, deciding at each one
    what its money buys, so a whole history is walked once instead of rebuilt per payment.
    ``peek`` is the next regular row as things stand, ``advance`` books it, ``prepay`` books
    money repaid early (inside the coming period, or on the due date just booked, after the
    regular payment), and ``payoff`` is what settling everything on a day would take.
    """

    def __init__(self, product: Product, *, mode: PrepaymentMode | None = None,
                 penalty: PenaltyRule | None = None) -> None:
        if product.kind is Kind.CARD:
            raise ValueError("a card revolves; simulate it with planner.core.card")
        zero = round_money(ZERO, product.currency)
        financed = sum((f.amount for f in product.fees if f.type is FeeType.FINANCED), zero)
        self.upfront = sum((f.amount for f in product.fees if f.type is FeeType.UPFRONT), zero)
        self.financed = financed
        self.product = product
        self.method = product.method or Method.ANNUITY
        dates = payment_dates(product)
        self.dates = dates[-1:] if self.method is Method.BULLET else dates
        self.mode = mode or (PrepaymentMode.LOWER_PAYMENT if product.kind is Kind.CREDIT_LINE
                             else PrepaymentMode.SHORTEN_TERM)
        self.penalty = penalty
        self.owed = product.principal + financed
        self.fee = sum((f.amount for f in product.fees if f.type is FeeType.PER_PAYMENT), zero)
        self.accrual = Accrual(product.rate, product.frequency)
        self.currency = product.currency
        self.zero = zero
        self.starts = [product.start, *self.dates[:-1]]
        # Fee and flat quotes charge the ORIGINAL principal, not the balance: nothing accrues.
        on_original = product.rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT)
        # Periods between two due dates are regular by construction (anchored dates); only the
        # first, from the start, can be odd. A daily quote always counts the actual days.
        regular = self.accrual.periodic_rate
        daily = product.rate.quote is RateQuote.DAILY
        self.factors = [ZERO if on_original else
                        self.accrual.factor(a, b) if (k == 0 or daily) else regular
                        for k, (a, b) in enumerate(zip(self.starts, self.dates, strict=True))]
        self.flat_interest = (round_money(self.owed * product.rate.value
                                          / product.frequency.per_year, self.currency)
                              if product.rate.quote is RateQuote.FLAT else ZERO)
        self.row_fee = self._period_fee()
        # the walk's state: the period ahead, what is owed, the level amount, interest accrued
        # (unrounded) in the period so far up to ``segment_start``, the rows booked
        self.k = 0
        self.balance = self.owed
        self.level = self._level(self.owed, 0)
        self.regular = self._regular_payment(self.level)
        self.segment_start = product.start
        self.accrued = ZERO
        self.rows: list[Installment] = []
        self.booked = zero  # the money of the rows booked so far


    @property
    def done(self) -> bool:
        return self.balance == 0 or self.k >= len(self.dates)

    def schedule(self) -> Schedule:
        return Schedule(tuple(self.rows), self.regular, self.product.principal, self.upfront,
                        self.financed)

    def plain_rows(self) -> list[Installment]:
        """Every row when nothing is repaid early: the walk's arithmetic, written tight because
        nearly every schedule takes this path."""
        unit = quantum(self.currency)
        fee, flat, zero, level = self.row_fee, self.flat_interest, self.zero, self.level
        annuity = self.method is Method.ANNUITY
        level_principal = self.method in (Method.EQUAL_PRINCIPAL, Method.FEE_INSTALLMENT,
                                          Method.INTEREST_FREE)
        balance = self.owed
        rows = []
        last = len(self.dates) - 1
        for k, (due, factor) in enumerate(zip(self.dates, self.factors, strict=True)):
            interest = (balance * factor).quantize(unit, ROUND_HALF_UP) + flat
            if k == last:
                principal = balance
            elif annuity:
                principal = min(max(level - interest, zero), balance)
            elif level_principal:
                principal = min(level, balance)
            else:
                principal = zero
            balance -= principal
            rows.append(Installment(k + 1, due, principal + interest + fee, principal, interest,
                                    fee, balance))
            if balance == 0:
                break
        return rows

    def peek(self) -> Installment | None:
        """The next regular row as things stand (None once the walk is done)."""
        if self.done:
            return None
        k, due = self.k, self.dates[self.k]
        accrued = self.accrued + self.balance * self._part(k, self.segment_start, due)
        interest = round_money(accrued, self.currency) + self.flat_interest
        principal = self._principal(k, self.balance, interest, self.level,
                                    k == len(self.dates) - 1)
        return Installment(len(self.rows) + 1, due, principal + interest + self.row_fee,
                           principal, interest, self.row_fee, self.balance - principal)

    def advance(self) -> Installment:
        """Book the next regular row."""
        row = self.peek()
        if row is None:
            raise ValueError("the schedule is over")
        self.rows.append(row)
        self.booked += row.payment
        self.balance = row.balance
        self.k += 1
        self.segment_start = self.starts[self.k] if self.k < len(self.dates) else row.date
        self.accrued = ZERO
        return row

    def prepay(self, when: date, amount: Decimal) -> Installment:
        """Book ``amount`` repaid early on ``when``: it reduces principal (repaying everything
        settles the interest accrued so far too), and the level amount follows the mode."""
        if self.done:
            raise ValueError("nothing is owed")
        k = self.k
        if not self.starts[k] <= when < self.dates[k]:
            raise ValueError(f"{when} is outside the period from {self.starts[k]} to "
                             f"{self.dates[k]}")
        self._accrue_to(when)
        when = self.segment_start
        penalty = (self.penalty.charge(min(amount, self.balance), self.accrual, self.currency)
                   if self.penalty else self.zero)
        interest = self.zero
        principal = amount
        if amount >= self.balance:
            principal = self.balance
            interest = round_money(self.accrued, self.currency)
        self.balance -= principal
        row = Installment(len(self.rows) + 1, when, principal + interest + penalty, principal,
                          interest, penalty, self.balance, prepayment=True)
        self.rows.append(row)
        self.booked += row.payment
        if self.balance and (self.mode is PrepaymentMode.LOWER_PAYMENT or self.method in (
                Method.INTEREST_ONLY, Method.BULLET)):
            self.level = self._level(self.balance, k)
        return row

    def payoff(self, when: date, held: Decimal = ZERO) -> Decimal:
        """The money that settles everything still owed on ``when`` (inside the coming
        period), when ``held`` was already paid towards the coming installments: what
        :meth:`settle` books, less ``held``."""
        if self.done:
            return self.zero
        interest, fee = self._settling_charges(when, held)
        return self.balance + interest + fee - held

    def settle(self, when: date, held: Decimal = ZERO) -> Installment:
        """Book the repayment of everything on ``when``: the balance, with the interest accrued
        so far and any prepayment penalty, except that the interest and fees of installments
        already paid ahead (by ``held``) stay charged: paying off early never takes back the
        price of an installment the borrower paid."""
        if self.done:
            raise ValueError("nothing is owed")
        interest, fee = self._settling_charges(when, held)
        self._accrue_to(when)
        principal, self.balance = self.balance, self.zero
        row = Installment(len(self.rows) + 1, max(when, self.segment_start),
                          principal + interest + fee, principal, interest, fee, self.zero,
                          prepayment=True)
        self.rows.append(row)
        self.booked += row.payment
        return row

    def _settling_charges(self, when: date, held: Decimal) -> tuple[Decimal, Decimal]:
        """Interest and fee of paying everything off on ``when``: the interest accrued and
        the penalty, or, when higher, what ``held`` money already paid of the coming
        installments' interest and fees (fees, then interest, installment by installment)."""
        k = self.k
        end = min(max(when, self.segment_start), self.dates[k])
        accrued = round_money(self.accrued + self.balance * self._part(
            k, self.segment_start, end), self.currency)
        penalty = (self.penalty.charge(self.balance, self.accrual, self.currency)
                   if self.penalty else self.zero)
        paid_interest = paid_fee = self.zero
        if held > 0:
            probe = copy.copy(self)
            probe.rows = list(self.rows)
            while held > 0 and not probe.done:
                row = probe.advance()
                fee = min(held, row.fee)
                interest = min(held - fee, row.interest)
                paid_fee, paid_interest = paid_fee + fee, paid_interest + interest
                held -= row.payment
        return max(accrued, paid_interest), max(penalty, paid_fee)

    def _accrue_to(self, when: date) -> None:
        when = min(max(when, self.segment_start), self.dates[self.k])
        self.accrued += self.balance * self._part(self.k, self.segment_start, when)
        self.segment_start = when

    def finish(self) -> Schedule:
        """Book every regular row left and return the whole schedule."""
        while not self.done:
            self.advance()
        return self.schedule()

    # -- the parts of one period -------------------------------------------------------------

    def _part(self, k: int, start: date, end: date) -> Decimal:
        """The factor for ``start``..``end`` inside period ``k``: pro rata by days."""
        if start == self.starts[k] and end == self.dates[k]:
            return self.factors[k]
        whole = (self.dates[k] - self.starts[k]).days
        if whole <= 0 or end <= start:
            return ZERO
        return self.factors[k] * (end - start).days / whole

    def _principal(self, k: int, balance: Decimal, interest: Decimal, level: Decimal,
                   last: bool) -> Decimal:
        if last:
            return balance
        if self.method is Method.ANNUITY:
            return min(max(level - interest, self.zero), balance)
        if self.method in (Method.EQUAL_PRINCIPAL, Method.FEE_INSTALLMENT,
                           Method.INTEREST_FREE):
            return min(level, balance)
        return self.zero  # interest only and bullet repay principal at the end

    def _period_fee(self) -> Decimal:
        fee = self.fee
        if self.method is Method.FEE_INSTALLMENT and self.product.rate.quote \
                is RateQuote.MONTHLY_FEE:
            # The fee is on the ORIGINAL principal every period, however much is left.
            fee += round_money(self.owed * self.product.rate.value * 12
                               / self.product.frequency.per_year, self.currency)
        return fee

    def _level(self, balance: Decimal, k: int) -> Decimal:
        """The level amount from period ``k`` on: the annuity payment, or the principal part."""
        remaining = len(self.dates) - k
        if self.method is Method.ANNUITY:
            return round_money(annuity_payment(balance, self.factors[k:]), self.currency)
        if self.method in (Method.EQUAL_PRINCIPAL, Method.FEE_INSTALLMENT,
                           Method.INTEREST_FREE):
            return round_money(balance / remaining, self.currency)
        return ZERO

    def _regular_payment(self, level: Decimal) -> Decimal:
        """The payment a borrower would quote: the level payment, or the first full one."""
        if self.method is Method.ANNUITY:
            return level + self.fee
        if self.method is Method.BULLET:
            return round_money(self.owed * (1 + sum(self.factors)), self.currency) + self.fee
        if self.method is Method.INTEREST_ONLY:
            return round_money(self.owed * self.accrual.periodic_rate, self.currency) + self.fee
        return level + self.row_fee + self.flat_interest


def annuity_payment(balance: Decimal, factors: Sequence[Decimal]) -> Decimal:
    """The level payment that repays ``balance`` over periods of the given interest factors.

    With every factor r this is the textbook P r / (1 - (1 + r)^-n); with an odd first period
    (or actual-day factors of a daily rate) it solves B * prod(1 + f) = A * sum over j of
    prod_{l > j}(1 + f_l) exactly.

    >>> round(annuity_payment(Decimal(200000), [Decimal("0.065") / 12] * 360), 2)
    Decimal('1264.14')
    """
    growth = Decimal(1)
    annuity = Decimal(0)
    for f in reversed(factors):
        annuity += growth
        growth *= 1 + f
    return balance * growth / annuity
