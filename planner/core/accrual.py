"""How much interest one period (or part of one) accrues, for each way a rate is quoted.

- ``daily`` (日利率): outstanding principal x daily rate x actual days, always.
- ``annual`` / ``monthly``: a regular period accrues the periodic rate (annual / payments a year;
  a monthly rate x 12 / payments a year). An odd first period accrues its whole periods at the
  periodic rate plus its remaining days at the annual rate / 365 (simple interest on the odd days,
  the usual lender practice and the treatment Regulation Z Appendix J gives odd days).
- A part of a period (money repaid early inside it) accrues the period's factor pro rata by days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.dates import Frequency, add_months, nth_due_date
from planner.core.product import Rate, RateQuote

_DAYS_IN_YEAR = Decimal(365)


@dataclass(frozen=True, slots=True)
class Accrual:
    """The interest rule of one product: its rate and its payment frequency."""

    rate: Rate
    frequency: Frequency

    @property
    def periodic_rate(self) -> Decimal:
        """The rate of one regular period; for a daily quote, daily x 365 / payments a year.

        >>> Accrual(Rate(RateQuote.ANNUAL, Decimal("0.12")), Frequency.MONTHLY).periodic_rate
        Decimal('0.01')
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
        """
        if self.rate.value == 0 or end <= start:
            return Decimal(0)
        if self.rate.quote is RateQuote.DAILY:
            return self.rate.value * (end - start).days
        whole, odd_days = whole_periods_between(start, end, self.frequency)
        factor = self.periodic_rate * whole
        if odd_days:
            factor += self.rate.annual_equivalent * odd_days / _DAYS_IN_YEAR
        return factor


def whole_periods_between(start: date, end: date, frequency: Frequency) -> tuple[int, int]:
    """Whole payment periods from ``start`` to ``end``, counted back from ``end``, and the days
    left over (Regulation Z Appendix J counts back from the later date the same way).

    >>> whole_periods_between(date(2025, 1, 1), date(2025, 3, 11), Frequency.MONTHLY)
    (2, 10)
    >>> whole_periods_between(date(2025, 1, 31), date(2025, 2, 28), Frequency.MONTHLY)
    (1, 0)
    """
    if frequency is Frequency.MONTHLY:
        months = (end.year - start.year) * 12 + end.month - start.month
        while months > 0 and add_months(end, -months) < start:
            months -= 1
        # Month ends: Jan 31 to Feb 28 is one whole month, as the schedule dates are anchored.
        if months >= 0 and add_months(start, months + 1) == end:
            months += 1
        back = add_months(end, -months)
        return months, max((back - start).days, 0)
    if frequency is Frequency.SEMIMONTHLY:
        count = 0
        while nth_due_date(start, count + 1, frequency) <= end:
            count += 1
        return count, (end - nth_due_date(start, count, frequency)).days
    step = 14 if frequency is Frequency.BIWEEKLY else 7
    days = (end - start).days
    return days // step, days % step
