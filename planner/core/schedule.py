"""Dated repayment schedules for loans, installment plans and credit-line draws.

Rounding rule (one for every product built here): each period's interest and fee are rounded
half up to the currency's minor unit, the level payment is rounded half up once, and the last
payment absorbs the residue, so principal repaid equals principal owed to the cent and the
closing balance is exactly zero (FINANCE.md, "Repayment methods").

Rates that change (FINANCE.md, "Rates that change"): each rate accrues from its date; a period
that a change falls inside accrues both rates, each over its days (the period's interest at
each rate, pro rata by days); an annuity's payment is computed again, over the payments left
and at the new rate, from the first period that starts on or after the change (equal principal
keeps its principal part). A combined loan (组合贷) is walked part by part, each part a schedule
of its own, and its rows are their sums (:class:`CombinedWalk`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import NamedTuple

from planner.core.accrual import Accrual, month_segments
from planner.core.dates import due_dates, months_apart, nth_due_date
from planner.core.daycount import days_in_year
from planner.core.money import ZERO, quantum, round_money
from planner.core.product import (
    Compounding,
    FeeType,
    Kind,
    Method,
    Part,
    Product,
    Rate,
    RateQuote,
    Repayment,
)
from planner.core.rate_path import product_path


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
    """Every payment of a product, with the fees that are not part of any payment; a combined
    loan's rows are the sums of its ``parts``' (name, schedule)."""

    rows: tuple[Installment, ...]
    regular_payment: Decimal
    advance: Decimal           # money the borrower actually receives
    upfront_fees: Decimal      # paid in cash at the start
    financed_fees: Decimal     # added to the amount owed
    parts: tuple[tuple[str, Schedule], ...] = ()
    #: Deferred interest charged when a promotion was not cleared (in that row's interest).
    deferred_interest: Decimal = ZERO

    @property
    def last_date(self) -> date:
        return self.rows[-1].date


def build_schedule(product: Product, *, extra: Sequence[Repayment] = (),
                   mode: PrepaymentMode | None = None,
                   penalty: PenaltyRule | None = None,
                   deferred_so_far: Decimal = ZERO) -> Schedule:
    """The schedule of a loan, installment plan or credit-line draw.

    ``extra`` adds money repaid early to the product's own ``repayments``; ``mode`` says whether
    it shortens the term or lowers the payment (default: shorter term for loans, lower payment
    for credit lines, whose lenders re-spread the rest over the remaining installments).
    ``deferred_so_far`` is the deferred interest (unrounded) a promotion had already accrued
    before ``product.start``: what is left of a loan re-spread in the middle of its promotion
    (:func:`planner.core.whatif.reprice`) carries it, charged with the rest unless cleared.

    >>> from planner.core.product import parse_product
    >>> loan = parse_product({"kind": "loan", "principal": "200000", "start": "2025-01-15",
    ...                       "term": 360, "rate": {"annual": "0.065"}})
    >>> s = build_schedule(loan)
    >>> s.regular_payment, s.rows[-1].balance, sum(r.principal for r in s.rows)
    (Decimal('1264.14'), Decimal('0.00'), Decimal('200000.00'))
    """
    walk = walk_of(product, mode=mode, penalty=penalty)
    if deferred_so_far:
        if not isinstance(walk, ScheduleWalk) or walk.promo_end is None:
            raise ValueError("deferred interest so far needs a deferred-interest promotion")
        walk.promo_extra = deferred_so_far
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


def walk_of(product: Product, *, mode: PrepaymentMode | None = None,
            penalty: PenaltyRule | None = None) -> ScheduleWalk | CombinedWalk:
    """The walk of ``product``'s schedule: a combined loan's walks its parts together."""
    if product.parts:
        return CombinedWalk(product, mode=mode, penalty=penalty)
    return ScheduleWalk(product, mode=mode, penalty=penalty)


def payment_dates(product: Product) -> list[date]:
    """The due dates: anchored on the first payment date when one is given, else on the start
    (one period after it, then the next ones anchored on the start's day, not chained).

    >>> from planner.core.product import parse_product
    >>> plan = parse_product({"kind": "installment", "principal": "300", "start": "2024-01-31",
    ...                       "term": 3})
    >>> [d.isoformat() for d in payment_dates(plan)]
    ['2024-02-29', '2024-03-31', '2024-04-30']
    """
    months = product.frequency.months
    if product.first_payment is not None:
        if months:
            return months_apart(product.first_payment, months, 0, product.term)
        return due_dates(product.first_payment, product.term, product.frequency)
    if months:
        return months_apart(product.start, months, 1, product.term)
    return [nth_due_date(product.start, k, product.frequency)
            for k in range(1, product.term + 1)]


@dataclass(frozen=True, slots=True)
class PenaltyRule:
    """A prepayment penalty: a share of the amount prepaid, or some days of its interest."""

    percent: Decimal = ZERO
    days_of_interest: int = 0

    def charge(self, amount: Decimal, accrual: Accrual, currency: str,
               on: date | None = None) -> Decimal:
        """The penalty on ``amount`` prepaid on ``on``: a day's interest is the daily rate, or
        the annual rate over the day-count basis's year."""
        daily = (accrual.rate.value if accrual.rate.quote is RateQuote.DAILY
                 else accrual.rate.annual_equivalent / (
                     days_in_year(accrual.basis, on) if on else Decimal(365)))
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
                 penalty: PenaltyRule | None = None, fees: bool = True) -> None:
        if product.kind is Kind.CARD:
            raise ValueError("a card revolves; simulate it with planner.core.card")
        zero = round_money(ZERO, product.currency)
        own = product.fees if fees else ()
        financed = sum((f.amount for f in own if f.type is FeeType.FINANCED), zero)
        self.upfront = sum((f.amount for f in own if f.type is FeeType.UPFRONT), zero)
        self.financed = financed
        self.product = product
        self.method = product.method or Method.ANNUITY
        dates = payment_dates(product)
        self.dates = dates[-1:] if self.method is Method.BULLET else dates
        self.mode = mode or (PrepaymentMode.LOWER_PAYMENT if product.kind is Kind.CREDIT_LINE
                             else PrepaymentMode.SHORTEN_TERM)
        self.penalty = penalty
        self.owed = product.principal + financed
        self.fee = sum((f.amount for f in own if f.type is FeeType.PER_PAYMENT), zero)
        self.basis = product.day_basis
        self.accrual = Accrual(product.rate, product.frequency, self.basis)
        self.currency = product.currency
        self.zero = zero
        self.starts = [product.start, *self.dates[:-1]]
        # Fee and flat quotes charge the ORIGINAL principal, not the balance: nothing accrues.
        self.on_original = product.rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT)
        self.compound = product.compounding is Compounding.MONTHLY
        self.daily = product.rate.quote is RateQuote.DAILY
        self.path = product_path(product, self.dates[-1]) if (
            product.rate_changes or product.lpr_spread) else ((product.start, product.rate),)
        self._accruals: dict[Rate, Accrual] = {product.rate: self.accrual}
        self._periodic: dict[Rate, Decimal] = {}
        if len(self.path) == 1 and not (self.on_original or self.compound):
            # Periods between two due dates are regular by construction (anchored dates); only
            # the first, from the start, can be odd. A daily quote always counts actual days.
            accrual = self.accrual
            if self.daily:
                self.factors = [accrual.factor(a, b)
                                for a, b in zip(self.starts, self.dates, strict=True)]
            else:
                self.factors = [accrual.factor(self.starts[0], self.dates[0])]
                self.factors += [accrual.periodic_rate] * (len(self.dates) - 1)
        elif len(self.path) == 1:
            self.factors = [self._factor_at(product.rate, k) for k in range(len(self.dates))]
        else:
            self.factors = [self._mixed(k, self.starts[k], self.dates[k], whole=True)
                            for k in range(len(self.dates))]
        # An annuity is computed again from the first period starting on or after a change.
        self.resets = frozenset(
            k for k in (self._first_period_from(day) for day, _ in self.path[1:])
            if k is not None) if self.method is Method.ANNUITY else frozenset()
        # Deferred interest: the later rate's interest over the promotion, less what the
        # promotional rate charged, charged with the first payment after it unless cleared.
        self.promo_end = product.rate_changes[0].date if product.deferred_interest else None
        self.promo_extra = ZERO        # unrounded, accrued so far
        self.end_balance = self.owed   # owed on the promotion's last day, as booked so far
        self.promo_charged = False
        self.deferred_charged = self.zero  # the deferred interest booked, once charged
        self._peeked_deferred = self._settled_deferred = self.zero
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

    @property
    def simple(self) -> bool:
        """One rate throughout and no deferred interest: the tight path of :meth:`plain_rows`."""
        return len(self.path) == 1 and self.promo_end is None

    def schedule(self) -> Schedule:
        return Schedule(tuple(self.rows), self.regular, self.product.principal, self.upfront,
                        self.financed, deferred_interest=self.deferred_charged)

    def plain_rows(self) -> list[Installment]:
        """Every row when nothing is repaid early: the walk's arithmetic, written tight because
        nearly every schedule takes this path."""
        if not self.simple:
            return self._walked_rows()
        return self._plain_from(0, self.owed, [])

    def _plain_from(self, first: int, balance: Decimal, rows: list[Installment]
                    ) -> list[Installment]:
        """The regular rows from period ``first`` on, owing ``balance`` at its start with nothing
        accrued yet, appended to ``rows``: what :meth:`peek` and :meth:`advance` would book one
        by one on the :attr:`simple` path (one rate, no deferred interest, so no level reset)."""
        unit = quantum(self.currency)
        fee, flat, zero, level = self.row_fee, self.flat_interest, self.zero, self.level
        annuity = self.method is Method.ANNUITY
        level_principal = self.method in (Method.EQUAL_PRINCIPAL, Method.FEE_INSTALLMENT,
                                          Method.INTEREST_FREE)
        last = len(self.dates) - 1
        dates, factors, append, new = self.dates, self.factors, rows.append, tuple.__new__
        n = len(rows)
        for k in range(first, last + 1):
            interest = (balance * factors[k]).quantize(unit, ROUND_HALF_UP) + flat
            # min(max(level - interest, zero), balance) and min(level, balance), compared
            # inline: the loop runs once per row of every schedule
            if k == last:
                principal = balance
            elif annuity:
                principal = level - interest
                if principal < zero:
                    principal = zero
                if principal > balance:
                    principal = balance
            elif level_principal:
                principal = level if level <= balance else balance
            else:
                principal = zero
            balance -= principal
            n += 1
            append(new(Installment, (n, dates[k], principal + interest + fee, principal,
                                     interest, fee, balance, False)))
            if balance == 0:
                break
        return rows

    def _walked_rows(self) -> list[Installment]:
        while not self.done:
            self.advance()
        return self.rows

    def peek(self) -> Installment | None:
        """The next regular row as things stand (None once the walk is done)."""
        if self.done:
            return None
        k, due = self.k, self.dates[self.k]
        accrued = self.accrued + self.balance * self._part(k, self.segment_start, due)
        interest = round_money(accrued, self.currency) + self.flat_interest
        principal = self._principal(k, self.balance, interest, self.level,
                                    k == len(self.dates) - 1)
        if self.promo_end is not None:  # charged on top of the installment, rounded on its own
            self._peeked_deferred = round_money(self._deferred_due(k, due), self.currency)
            interest += self._peeked_deferred
        return Installment(len(self.rows) + 1, due, principal + interest + self.row_fee,
                           principal, interest, self.row_fee, self.balance - principal)

    def advance(self) -> Installment:
        """Book the next regular row."""
        row = self.peek()
        if row is None:
            raise ValueError("the schedule is over")
        if self.promo_end is not None and not self.promo_charged:
            if row.date > self.promo_end:
                self.promo_charged = True
                self.deferred_charged = self._peeked_deferred
            else:
                self.promo_extra += self.balance * self._promo_part(
                    self.k, self.segment_start, row.date)
        self.rows.append(row)
        self.booked += row.payment
        self.balance = row.balance
        self.k += 1
        if self.promo_end is not None and row.date <= self.promo_end:
            self.end_balance = self.balance
        self.segment_start = self.starts[self.k] if self.k < len(self.dates) else row.date
        self.accrued = ZERO
        if self.k in self.resets and self.balance:
            self.level = self._level(self.balance, self.k)
        return row

    def prepay(self, when: date, amount: Decimal) -> Installment:
        """Book ``amount`` repaid early on ``when``: it reduces principal (repaying everything
        settles the interest accrued so far too, counted to the day), and the level amount
        follows the mode."""
        if self.done:
            raise ValueError("nothing is owed")
        k = self.k
        if not self.starts[k] <= when < self.dates[k]:
            raise ValueError(f"{when} is outside the period from {self.starts[k]} to "
                             f"{self.dates[k]}")
        if amount >= self.balance:
            return self.settle(when)
        self._accrue_to(when)
        when = self.segment_start
        penalty = (self.penalty.charge(min(amount, self.balance), self.accrual, self.currency,
                                       when)
                   if self.penalty else self.zero)
        principal = amount
        self.balance -= principal
        row = Installment(len(self.rows) + 1, when, principal + penalty, principal,
                          self.zero, penalty, self.balance, prepayment=True)
        self.rows.append(row)
        self.booked += row.payment
        if self.promo_end is not None and when <= self.promo_end:
            self.end_balance = self.balance
        if self.balance and (self.mode is PrepaymentMode.LOWER_PAYMENT or self.method in (
                Method.INTEREST_ONLY, Method.BULLET)):
            self.level = self._level(self.balance, k, when)
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
        so far (to the day) and any prepayment penalty, except that the interest and fees of
        installments already paid ahead (by ``held``) stay charged: paying off early never takes
        back the price of an installment the borrower paid."""
        if self.done:
            raise ValueError("nothing is owed")
        interest, fee = self._settling_charges(when, held)
        if self._settled_deferred:
            self.deferred_charged, self.promo_charged = self._settled_deferred, True
        self._accrue_to(when)
        principal, self.balance = self.balance, self.zero
        row = Installment(len(self.rows) + 1, max(when, self.segment_start),
                          principal + interest + fee, principal, interest, fee, self.zero,
                          prepayment=True)
        self.rows.append(row)
        self.booked += row.payment
        return row

    def _settling_charges(self, when: date, held: Decimal) -> tuple[Decimal, Decimal]:
        """Interest and fee of paying everything off on ``when``: the interest accrued to the
        day and the penalty, or, when higher, what ``held`` money already paid of the coming
        installments' interest and fees (fees, then interest, installment by installment)."""
        k = self.k
        end = min(max(when, self.segment_start), self.dates[k])
        accrued = self.accrued + self.balance * self._to_day(k, self.segment_start, end)
        deferred = self.zero
        if self.promo_end is not None and not self.promo_charged and end > self.promo_end \
                and self.end_balance:
            deferred = round_money(self.promo_extra + self.balance * self._promo_part(
                k, self.segment_start, end), self.currency)
        accrued = round_money(accrued, self.currency) + deferred
        self._settled_deferred = deferred
        penalty = (self.penalty.charge(self.balance, self.accrual, self.currency, end)
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
        if self.promo_end is not None and not self.promo_charged:
            self.promo_extra += self.balance * self._promo_part(self.k, self.segment_start,
                                                                when)
        self.accrued += self.balance * self._part(self.k, self.segment_start, when)
        self.segment_start = when

    def finish(self) -> Schedule:
        """Book every regular row left and return the whole schedule."""
        while not self.done:
            if self.simple and not self.accrued and self.segment_start == self.starts[self.k]:
                self._book_plain()  # the rest, as advance() would book it, in one tight pass
                break
            self.advance()
        return self.schedule()

    def _book_plain(self) -> None:
        before = len(self.rows)
        self._plain_from(self.k, self.balance, self.rows)
        booked = self.rows[before:]
        self.booked += sum((r.payment for r in booked), self.zero)
        self.balance = booked[-1].balance
        self.k += len(booked)
        self.segment_start = self.starts[self.k] if self.k < len(self.dates) \
            else booked[-1].date

    # -- rates over time -----------------------------------------------------------------

    def rate_at(self, day: date) -> Rate:
        """The rate accruing on ``day``."""
        path = self.path
        if len(path) == 1:
            return path[0][1]
        rate = path[0][1]
        for since, r in path[1:]:
            if since > day:
                break
            rate = r
        return rate

    def _accrual_of(self, rate: Rate) -> Accrual:
        found = self._accruals.get(rate)
        if found is None:
            found = self._accruals[rate] = Accrual(rate, self.product.frequency, self.basis)
        return found

    def _factor_at(self, rate: Rate, k: int) -> Decimal:
        """Period ``k``'s whole factor if ``rate`` accrued throughout it."""
        if self.on_original:
            return ZERO
        if k and not (self.daily or self.compound):
            regular = self._periodic.get(rate)
            if regular is None:
                regular = self._periodic[rate] = self._accrual_of(rate).periodic_rate
            return regular
        accrual = self._accrual_of(rate)
        start, due = self.starts[k], self.dates[k]
        if self.compound:
            return accrual.compounded(start, due)
        return accrual.factor(start, due)  # the first period may be odd; a daily quote counts days

    def _pieces(self, start: date, end: date) -> list[tuple[Rate, int]]:
        """The rates accruing from ``start`` to ``end`` with the days each accrues."""
        out = []
        rate, since = self.path[0][1], start
        for day, r in self.path[1:]:
            if day >= end:
                break
            if day > since:
                if day > start:
                    out.append((rate, (day - max(since, start)).days))
                    since = day
            rate = r
        out.append((rate, (end - max(since, start)).days))
        return [(r, d) for r, d in out if d > 0]

    def _mixed(self, k: int, start: date, end: date, *, whole: bool = False) -> Decimal:
        """Period ``k``'s factor from ``start`` to ``end`` when rates change: each rate's whole
        factor of the period, pro rata by the days it accrues."""
        if self.on_original or end <= start:
            return ZERO
        if self.compound and whole:
            return self._compound_mixed(start, end)
        period = (self.dates[k] - self.starts[k]).days
        pieces = self._pieces(start, end)
        if whole and len(pieces) == 1:
            return self._factor_at(pieces[0][0], k)
        if period <= 0:
            return ZERO
        return sum((self._factor_at(rate, k) * days / period for rate, days in pieces), ZERO)

    def _compound_mixed(self, start: date, end: date) -> Decimal:
        growth = Decimal(1)
        for a, b, whole in month_segments(start, end):
            days = (b - a).days
            step = ZERO
            for rate, piece in self._pieces(a, b):
                accrual = self._accrual_of(rate)
                full = accrual.month_factor(a, b) if whole else accrual.to_day(a, b)
                step += full * piece / days
            growth *= 1 + step
        return growth - 1

    def _first_period_from(self, day: date) -> int | None:
        for k, start in enumerate(self.starts):
            if start >= day:
                return k if k > 0 else None
        return None

    def _promo_part(self, k: int, start: date, end: date) -> Decimal:
        """What the rate after the promotion would have added, per unit of balance, from
        ``start`` to ``end`` (the part of it inside the promotion)."""
        end = min(end, self.promo_end)  # type: ignore[type-var]
        if end <= start:
            return ZERO
        later = self.product.rate_changes[0].rate
        period = (self.dates[k] - self.starts[k]).days
        if period <= 0:
            return ZERO
        return (self._factor_at(later, k) - self._factor_at(self.product.rate, k)) \
            * (end - start).days / period

    def _deferred_due(self, k: int, due: date) -> Decimal:
        """The deferred interest charged with the row of period ``k`` due on ``due``: all of
        it on the first row after the promotion, unless the balance was cleared by then."""
        end = self.promo_end
        if end is None or self.promo_charged or due <= end or not self.end_balance:
            return ZERO
        return self.promo_extra + self.balance * self._promo_part(k, self.segment_start, due)

    # -- the parts of one period -------------------------------------------------------------

    def _part(self, k: int, start: date, end: date) -> Decimal:
        """The factor for ``start``..``end`` inside period ``k``: pro rata by days."""
        if start == self.starts[k] and end == self.dates[k]:
            return self.factors[k]
        if len(self.path) > 1:
            return self._mixed(k, start, end)
        whole = (self.dates[k] - self.starts[k]).days
        if whole <= 0 or end <= start:
            return ZERO
        return self.factors[k] * (end - start).days / whole

    def _to_day(self, k: int, start: date, end: date) -> Decimal:
        """The factor for ``start``..``end`` counted in days on the day-count basis (interest
        to a payoff day); the whole period is its own factor."""
        if self.on_original or end <= start:
            return ZERO
        if (start == self.starts[k] and end == self.dates[k]) or self.compound:
            return self._part(k, start, end)
        total, cursor = ZERO, start
        for rate, days in self._pieces_from(start, end):
            following = cursor + timedelta(days=days)
            total += self._accrual_of(rate).to_day(cursor, following)
            cursor = following
        return total

    def _pieces_from(self, start: date, end: date) -> list[tuple[Rate, int]]:
        return self._pieces(start, end) if len(self.path) > 1 else \
            [(self.path[0][1], (end - start).days)]

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

    def _level(self, balance: Decimal, k: int, on: date | None = None) -> Decimal:
        """The level amount from period ``k`` on: the annuity payment (at the rate accruing on
        ``on``, the period's start by default, as if it held to the end), or the principal
        part."""
        remaining = len(self.dates) - k
        if self.method is Method.ANNUITY:
            if len(self.path) == 1:
                factors = self.factors[k:]
            else:
                rate = self.rate_at(on or self.starts[k])
                factors = [self._factor_at(rate, j) for j in range(k, len(self.dates))]
            return round_money(annuity_payment(balance, factors), self.currency)
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


class CombinedWalk:
    """A combined loan (组合贷) walked as its parts, each a :class:`ScheduleWalk` of its own
    principal and rate over the loan's dates and method; each row is the sum of the parts'
    rows that day. Money repaid early goes to the part with the highest rate that day first
    (ties: in the order given), each part taking at most what pays it off; money paid ahead is
    shared out installment by installment, each part's installment in turn."""

    def __init__(self, product: Product, *, mode: PrepaymentMode | None = None,
                 penalty: PenaltyRule | None = None) -> None:
        self.product = product
        self.currency = product.currency
        self.zero = round_money(ZERO, product.currency)
        self.upfront = sum((f.amount for f in product.fees if f.type is FeeType.UPFRONT),
                           self.zero)
        self.parts: list[tuple[Part, ScheduleWalk]] = [
            (part, ScheduleWalk(part_product(product, part), mode=mode, penalty=penalty))
            for part in product.parts]
        first = self.parts[0][1]
        self.dates, self.starts, self.mode = first.dates, first.starts, first.mode
        self.rows: list[Installment] = []

    @property
    def walks(self) -> list[ScheduleWalk]:
        return [walk for _, walk in self.parts]

    @property
    def open_walks(self) -> list[ScheduleWalk]:
        return [walk for walk in self.walks if not walk.done]

    @property
    def done(self) -> bool:
        return all(walk.done for walk in self.walks)

    @property
    def k(self) -> int:
        return min((walk.k for walk in self.open_walks), default=len(self.dates))

    @property
    def balance(self) -> Decimal:
        return sum((walk.balance for walk in self.walks), self.zero)

    @property
    def booked(self) -> Decimal:
        return sum((walk.booked for walk in self.walks), self.zero)

    @property
    def regular(self) -> Decimal:
        return sum((walk.regular for walk in self.walks), self.zero)

    def schedule(self) -> Schedule:
        return Schedule(tuple(self.rows), self.regular, self.product.principal, self.upfront,
                        self.zero, tuple((part.name, walk.schedule())
                                         for part, walk in self.parts))

    def plain_rows(self) -> list[Installment]:
        while not self.done:
            self.advance()
        return self.rows

    def finish(self) -> Schedule:
        while not self.done:
            self.advance()
        return self.schedule()

    def peek(self) -> Installment | None:
        rows = [row for row in (walk.peek() for walk in self.open_walks) if row is not None]
        if not rows:
            return None
        return self._sum(rows, self.balance - sum((r.principal for r in rows), self.zero))

    def advance(self) -> Installment:
        rows = [walk.advance() for walk in self.open_walks]
        if not rows:
            raise ValueError("the schedule is over")
        return self._book(rows)

    def prepay(self, when: date, amount: Decimal) -> Installment:
        if self.done:
            raise ValueError("nothing is owed")
        unit = quantum(self.currency)
        order = sorted(self.open_walks, key=lambda w: -w.rate_at(when).annual_equivalent)
        rows, left = [], amount
        for walk in order:
            if left <= 0:
                break
            payoff = walk.payoff(when)
            if left >= payoff:
                row = walk.settle(when)
            else:
                row = walk.prepay(when, min(left, walk.balance - unit))
            rows.append(row)
            left -= row.payment
        return self._book(rows, prepayment=True)

    def payoff(self, when: date, held: Decimal = ZERO) -> Decimal:
        if self.done:
            return self.zero
        shares = self._held_shares(held)
        return sum((walk.payoff(when, share) for walk, share in shares), self.zero)

    def settle(self, when: date, held: Decimal = ZERO) -> Installment:
        if self.done:
            raise ValueError("nothing is owed")
        rows = [walk.settle(when, share) for walk, share in self._held_shares(held)]
        return self._book(rows, prepayment=True)

    def rate_at(self, day: date) -> Rate:
        return self.product.rate

    def _held_shares(self, held: Decimal) -> list[tuple[ScheduleWalk, Decimal]]:
        """Money paid ahead shared among the open parts, installment by installment."""
        walks = self.open_walks
        shares = [self.zero] * len(walks)
        if held > 0:
            probes = []
            for walk in walks:
                probe = copy.copy(walk)
                probe.rows = list(walk.rows)
                probes.append(probe)
            while held > 0 and not all(p.done for p in probes):
                for index, probe in enumerate(probes):
                    if held <= 0 or probe.done:
                        continue
                    give = min(held, probe.advance().payment)
                    shares[index] += give
                    held -= give
            shares[0] += max(held, self.zero)  # beyond every installment: the first part's
        return list(zip(walks, shares, strict=True))

    def _sum(self, rows: list[Installment], balance: Decimal,
             prepayment: bool = False) -> Installment:
        zero = self.zero
        principal = sum((r.principal for r in rows), zero)
        interest = sum((r.interest for r in rows), zero)
        fee = sum((r.fee for r in rows), zero)
        return Installment(len(self.rows) + 1, max(r.date for r in rows),
                           principal + interest + fee, principal, interest, fee, balance,
                           prepayment)

    def _book(self, rows: list[Installment], prepayment: bool = False) -> Installment:
        """The sum of rows the parts have just booked."""
        row = self._sum(rows, self.balance, prepayment)
        self.rows.append(row)
        return row


def part_product(product: Product, part: Part) -> Product:
    """One part of a combined loan as a loan of its own: its principal and rate, the loan's
    dates, term and method, no fees (the loan's fees are paid at signing, not by a part)."""
    return product.with_changes(principal=part.principal, rate=part.rate,
                                rate_changes=part.rate_changes, lpr_spread=part.lpr_spread,
                                parts=(), fees=(), repayments=(), deferred_interest=False,
                                variable_rate=part.lpr_spread is not None,
                                lpr=product.lpr if part.lpr_spread is not None else None)


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
