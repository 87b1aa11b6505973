"""How much interest one period (or part of one) accrues, for each way a rate is quoted.

- ``daily`` (日利率): outstanding principal x daily rate x actual days, always.
- ``annual`` / ``monthly``: a regular period accrues the periodic rate (annual / payments a year;
  a monthly rate x 12 / payments a year). An odd first period accrues its whole periods at the
  periodic rate plus its remaining days at the annual rate over the product's day-count basis
  (simple interest on the odd days, the usual lender practice and the treatment Regulation Z
  Appendix J gives odd days; the basis is FINANCE.md's "Day-count bases": actual/360 for
  renminbi, actual/actual for euro, actual/365 otherwise).
- A part of a period (money repaid early inside it) accrues the period's factor pro rata by days;
  interest to a payoff day inside a period counts the days on the basis (:meth:`Accrual.to_day`).
- Monthly compounding (a bullet whose interest is capitalised each month): the whole months,
  counted back from the end, each at the monthly rate, and the odd days before them at simple
  interest, multiplied together (:meth:`Accrual.compounded`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from planner.core.dates import Frequency, add_months, nth_due_date
from planner.core.daycount import DayCount, year_fraction
from planner.core.product import Rate, RateQuote

_DAYS_IN_YEAR = Decimal(365)


@dataclass(frozen=True, slots=True)
class Accrual:
    """The interest rule of one product: its rate, its payment frequency and its day basis."""

    rate: Rate
    frequency: Frequency
    basis: DayCount = DayCount.ACT_365

    @property
    def periodic_rate(self) -> Decimal:
        """The rate of one regular period; for a daily quote, daily x 365 / payments a year.

        >>> Accrual(Rate(RateQuote.ANNUAL, Decimal("0.12")), Frequency.MONTHLY).periodic_rate
        Decimal('0.01')
        >>> Accrual(Rate(RateQuote.ANNUAL, Decimal("0.12")), Frequency.QUARTERLY).periodic_rate
        Decimal('0.03')
        """
        if self.rate.quote is RateQuote.DAILY:
            return self.rate.value * _DAYS_IN_YEAR / self.frequency.per_year
        return self.rate.annual_equivalent / self.frequency.per_year

    def factor(self, start: date, end: date) -> Decimal:
        """Interest per unit of balance for the period from ``start`` to ``end``.

        >>> a = Accrual(Rate(RateQuote.DAILY, Decimal("0.0002")), Frequency.MONTHLY)
        >>> a.factor(date(2025, 1, 1), date(2025, 2, 1))
        Decimal('0.0062')
        >>> b = Accrual(Rate(RateQuote.ANNUAL, Decimal("0.0365")), Frequency.MONTHLY)
        >>> b.factor(date(2025, 1, 1), date(2025, 2, 11))  # one month plus 10 odd days
        Decimal('0.004041666666666666666666666667')
        >>> c = Accrual(Rate(RateQuote.ANNUAL, Decimal("0.036")), Frequency.MONTHLY,
        ...             DayCount.ACT_360)
        >>> round(c.factor(date(2025, 1, 1), date(2025, 2, 11)), 12)  # 0.036/12 + 0.036x10/360
        Decimal('0.004000000000')
        """
        if self.rate.value == 0 or end <= start:
            return Decimal(0)
        if self.rate.quote is RateQuote.DAILY:
            return self.rate.value * (end - start).days
        whole, odd_days = whole_periods_between(start, end, self.frequency)
        factor = self.periodic_rate * whole
        if odd_days:
            factor += self.rate.annual_equivalent * year_fraction(
                start, start + timedelta(days=odd_days), self.basis)
        return factor

    def to_day(self, start: date, end: date) -> Decimal:
        """Interest per unit of balance from ``start`` to ``end`` counted in days: the daily
        rate x days, or the annual rate x the days' share of a year on the basis.

        >>> Accrual(Rate(RateQuote.ANNUAL, Decimal("0.036")), Frequency.MONTHLY,
        ...         DayCount.ACT_360).to_day(date(2025, 3, 1), date(2025, 3, 11)).normalize()
        Decimal('0.001')
        """
        if self.rate.value == 0 or end <= start:
            return Decimal(0)
        if self.rate.quote is RateQuote.DAILY:
            return self.rate.value * (end - start).days
        return self.rate.annual_equivalent * year_fraction(start, end, self.basis)

    def month_factor(self, start: date, end: date) -> Decimal:
        """One whole calendar month's interest (a daily quote counts its actual days)."""
        if self.rate.quote is RateQuote.DAILY:
            return self.rate.value * (end - start).days
        return self.rate.annual_equivalent / 12

    def compounded(self, start: date, end: date) -> Decimal:
        """Interest per unit of balance from ``start`` to ``end`` when interest is added to the
        balance every month: (1 + odd days' simple interest) x (1 + monthly rate)^months - 1.

        >>> a = Accrual(Rate(RateQuote.ANNUAL, Decimal("0.12")), Frequency.MONTHLY)
        >>> round(a.compounded(date(2025, 1, 10), date(2026, 1, 10)), 10)  # 1.01^12 - 1
        Decimal('0.1268250301')
        """
        growth = Decimal(1)
        for a, b, whole in month_segments(start, end):
            growth *= 1 + (self.month_factor(a, b) if whole else self.to_day(a, b))
        return growth - 1


def month_segments(start: date, end: date) -> list[tuple[date, date, bool]]:
    """``start``..``end`` cut into whole calendar months counted back from ``end`` and the odd
    days before them: ``(from, to, whole)`` in date order.

    >>> [(a.day, b.isoformat(), w) for a, b, w in month_segments(date(2025, 1, 5),
    ...                                                          date(2025, 3, 10))]
    [(5, '2025-01-10', False), (10, '2025-02-10', True), (10, '2025-03-10', True)]
    """
    whole, odd = whole_periods_between(start, end, Frequency.MONTHLY)
    back = start + timedelta(days=odd)
    out = [(start, back, False)] if odd else []
    anchor_months = whole
    for k in range(whole):
        a = add_months(end, -(anchor_months - k))
        b = add_months(end, -(anchor_months - k - 1))
        out.append((max(a, back), b, True))
    return out


def whole_periods_between(start: date, end: date, frequency: Frequency) -> tuple[int, int]:
    """Whole payment periods from ``start`` to ``end``, counted back from ``end``, and the days
    left over (Regulation Z Appendix J counts back from the later date the same way).

    >>> whole_periods_between(date(2025, 1, 1), date(2025, 3, 11), Frequency.MONTHLY)
    (2, 10)
    >>> whole_periods_between(date(2025, 1, 31), date(2025, 2, 28), Frequency.MONTHLY)
    (1, 0)
    >>> whole_periods_between(date(2025, 1, 1), date(2026, 2, 4), Frequency.YEARLY)
    (1, 34)
    >>> whole_periods_between(date(2025, 1, 15), date(2025, 8, 20), Frequency.QUARTERLY)
    (2, 36)
    """
    step = frequency.months
    if step:
        months = (end.year - start.year) * 12 + end.month - start.month
        while months > 0 and add_months(end, -months) < start:
            months -= 1
        # Month ends: Jan 31 to Feb 28 is one whole month, as the schedule dates are anchored.
        if months >= 0 and add_months(start, months + 1) == end:
            months += 1
        whole = max(months, 0) // step
        # max: an anchored month end (Jan 31 back from Feb 28 reaches Jan 28) is whole.
        back = max(add_months(end, -whole * step), start)
        return whole, max((back - start).days, 0)
    if frequency is Frequency.SEMIMONTHLY:
        count = 0
        while nth_due_date(start, count + 1, frequency) <= end:
            count += 1
        return count, (end - nth_due_date(start, count, frequency)).days
    step_days = 14 if frequency is Frequency.BIWEEKLY else 7
    days = (end - start).days
    return days // step_days, days % step_days
