"""Dated repayment schedules for loans, installment plans and credit-line draws.

Rounding rule (one for every product built here): each period's interest and fee are rounded
half up to the currency's minor unit, the level payment is rounded half up once, and the last
payment absorbs the residue, so principal repaid equals principal owed to the cent and the
closing balance is exactly zero (FINANCE.md, "Repayment methods").
"""

from __future__ import annotations

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
    if product.kind is Kind.CARD:
        raise ValueError("a card revolves; simulate it with planner.core.card")
    zero = round_money(ZERO, product.currency)
    financed = sum((f.amount for f in product.fees if f.type is FeeType.FINANCED), zero)
    upfront = sum((f.amount for f in product.fees if f.type is FeeType.UPFRONT), zero)
    per_payment = sum((f.amount for f in product.fees if f.type is FeeType.PER_PAYMENT), zero)
    method = product.method or Method.ANNUITY
    dates = payment_dates(product)
    if method is Method.BULLET:
        dates = dates[-1:]
    if mode is None:
        mode = (PrepaymentMode.LOWER_PAYMENT if product.kind is Kind.CREDIT_LINE
                else PrepaymentMode.SHORTEN_TERM)
    early = sorted((*product.repayments, *extra), key=lambda r: r.date)
    builder = _Builder(product, method, dates, product.principal + financed, per_payment,
                       early, mode, penalty)
    rows, regular = builder.run()
    return Schedule(tuple(rows), regular, product.principal, upfront, financed)


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


class _Builder:
    """Walks the periods once, applying early repayments where they fall."""

    def __init__(self, product: Product, method: Method, dates: list[date], owed: Decimal,
                 per_payment_fee: Decimal, early: list[Repayment], mode: PrepaymentMode,
                 penalty: PenaltyRule | None) -> None:
        self.product = product
        self.method = method
        self.dates = dates
        self.owed = owed
        self.fee = per_payment_fee
        self.early = early
        self.mode = mode
        self.penalty = penalty
        self.accrual = Accrual(product.rate, product.frequency)
        self.currency = product.currency
        self.zero = round_money(ZERO, product.currency)
        self.starts = [product.start, *dates[:-1]]
        # Fee and flat quotes charge the ORIGINAL principal, not the balance: nothing accrues.
        on_original = product.rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT)
        # Periods between two due dates are regular by construction (anchored dates); only the
        # first, from the start, can be odd. A daily quote always counts the actual days.
        regular = self.accrual.periodic_rate
        daily = product.rate.quote is RateQuote.DAILY
        self.factors = [ZERO if on_original else
                        self.accrual.factor(a, b) if (k == 0 or daily) else regular
                        for k, (a, b) in enumerate(zip(self.starts, dates, strict=True))]
        self.flat_interest = (round_money(owed * product.rate.value / product.frequency.per_year,
                                          self.currency)
                              if product.rate.quote is RateQuote.FLAT else ZERO)
        self.row_fee = self._period_fee()

    def run(self) -> tuple[list[Installment], Decimal]:
        level = self._level(self.owed, 0)
        regular = self._regular_payment(level)
        if not self.early:
            return self._plain(level), regular
        rows: list[Installment] = []
        balance = self.owed
        early = list(self.early)
        n = 0
        for k, due in enumerate(self.dates):
            period_start = self.starts[k]
            accrued = self.zero
            segment_start = period_start
            # Money repaid early inside this period (on its due date: after the regular payment).
            while early and early[0].date < due and balance > 0:
                repay = early.pop(0)
                if repay.date <= period_start:
                    continue
                accrued += balance * self._part(k, segment_start, repay.date)
                segment_start = repay.date
                n += 1
                row, balance = self._early_row(n, repay, balance, accrued)
                rows.append(row)
                if balance == 0:
                    return rows, regular
                level = self._after_early(balance, k, level)
            if segment_start == period_start:
                accrued += balance * self.factors[k]
            else:
                accrued += balance * self._part(k, segment_start, due)
            interest = round_money(accrued, self.currency) + self.flat_interest
            n += 1
            last = k == len(self.dates) - 1
            principal = self._principal(k, balance, interest, level, last)
            fee = self.row_fee
            balance -= principal
            rows.append(Installment(n, due, principal + interest + fee, principal, interest, fee,
                                    balance))
            if balance == 0:
                return rows, regular
            while early and early[0].date == due:
                repay = early.pop(0)
                n += 1
                row, balance = self._early_row(n, repay, balance, self.zero)
                rows.append(row)
                if balance == 0:
                    return rows, regular
                level = self._after_early(balance, k + 1, level)
        return rows, regular

    def _plain(self, level: Decimal) -> list[Installment]:
        """The loop of :meth:`run` without early repayments: the same arithmetic, written
        tight because nearly every schedule takes this path."""
        unit = quantum(self.currency)
        fee, flat, zero = self.row_fee, self.flat_interest, self.zero
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

    # -- the parts of one period -------------------------------------------------------------

    def _part(self, k: int, start: date, end: date) -> Decimal:
        """The factor for ``start``..``end`` inside period ``k``: pro rata by days."""
        if start == self.starts[k] and end == self.dates[k]:
            return self.factors[k]
        whole = (self.dates[k] - self.starts[k]).days
        if whole <= 0:
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

    def _after_early(self, balance: Decimal, k: int, level: Decimal) -> Decimal:
        if k >= len(self.dates):
            return level
        if self.mode is PrepaymentMode.LOWER_PAYMENT or self.method in (
                Method.INTEREST_ONLY, Method.BULLET):
            return self._level(balance, k)
        return level

    def _early_row(self, n: int, repay: Repayment, balance: Decimal,
                   accrued: Decimal) -> tuple[Installment, Decimal]:
        """Money repaid early: it reduces principal; repaying everything settles the interest
        accrued so far too."""
        penalty = (self.penalty.charge(min(repay.amount, balance), self.accrual, self.currency)
                   if self.penalty else self.zero)
        interest = self.zero
        principal = repay.amount
        if repay.amount >= balance:
            principal = balance
            interest = round_money(accrued, self.currency)
        balance -= principal
        return (Installment(n, repay.date, principal + interest + penalty, principal, interest,
                            penalty, balance, prepayment=True), balance)


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
