"""Payment frequencies and calendar-correct payment dates.

Monthly dates are anchored on the first payment's day and computed from it rather than chained,
so Jan 31 is followed by Feb 28 (29 in a leap year) and then Mar 31 again (FINANCE.md,
"Repayment methods"). :func:`add_months` is dateutil's ``relativedelta(months=n)`` rule — the
day clipped to the month's length — written out because schedules call it hundreds of thousands
of times and relativedelta costs ~6 µs a call; a property test holds it equal to relativedelta.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from enum import StrEnum

from planner.core.errors import InputError, shown

#: The dates an input may name: schedules run up to 100 years past their start, and every
#: date they reach stays a real one.
EARLIEST_DATE, LATEST_DATE = date(1900, 1, 1), date(2200, 12, 31)


class Frequency(StrEnum):
    """How often payments fall due; the value is the word the product JSON uses."""

    MONTHLY = "monthly"
    SEMIMONTHLY = "semimonthly"
    BIWEEKLY = "biweekly"
    WEEKLY = "weekly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def per_year(self) -> int:
        """Payments in a year: 12, 24, 26, 52, 4 or 1."""
        return _PER_YEAR[self]

    @property
    def months(self) -> int:
        """Calendar months in one period of a month-based frequency (0 for the others).

        >>> Frequency.QUARTERLY.months, Frequency.YEARLY.months, Frequency.WEEKLY.months
        (3, 12, 0)
        """
        return _MONTHS.get(self, 0)


_PER_YEAR = {Frequency.MONTHLY: 12, Frequency.SEMIMONTHLY: 24, Frequency.BIWEEKLY: 26,
             Frequency.WEEKLY: 52, Frequency.QUARTERLY: 4, Frequency.YEARLY: 1}
_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, the day clipped to the target month's length.

    >>> add_months(date(2024, 1, 31), 1), add_months(date(2024, 3, 31), -1)
    (datetime.date(2024, 2, 29), datetime.date(2024, 2, 29))
    """
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    if day.day <= 28:  # every month has the day: no clipping to look up
        return date(year, month0 + 1, day.day)
    return date(year, month0 + 1, min(day.day, monthrange(year, month0 + 1)[1]))


def nth_due_date(first: date, index: int, frequency: Frequency) -> date:
    """The date of payment ``index`` (0 is ``first``) on a schedule anchored at ``first``.

    Semimonthly payments fall on the anchored monthly date and fifteen days after it
    (the 1st and 16th, say), the pattern Regulation Z treats as 24 unit periods a year.

    >>> nth_due_date(date(2024, 1, 31), 1, Frequency.MONTHLY)
    datetime.date(2024, 2, 29)
    >>> nth_due_date(date(2024, 1, 31), 2, Frequency.MONTHLY)
    datetime.date(2024, 3, 31)
    >>> nth_due_date(date(2024, 1, 1), 3, Frequency.SEMIMONTHLY)
    datetime.date(2024, 2, 16)
    >>> nth_due_date(date(2024, 2, 29), 1, Frequency.YEARLY)
    datetime.date(2025, 2, 28)
    """
    months = _MONTHS.get(frequency)
    if months is not None:  # monthly, quarterly, yearly: whole months from the anchor
        return add_months(first, index * months)
    if frequency is Frequency.SEMIMONTHLY:
        return add_months(first, index // 2) + timedelta(days=15 * (index % 2))
    step = 14 if frequency is Frequency.BIWEEKLY else 7
    return first + timedelta(days=step * index)


def due_dates(first: date, count: int, frequency: Frequency) -> list[date]:
    """``count`` payment dates starting at ``first``."""
    return [nth_due_date(first, k, frequency) for k in range(count)]


def months_apart(anchor: date, step: int, first: int, count: int) -> list[date]:
    """``anchor`` moved by ``first`` x ``step`` months, then ``first`` + 1 times, ... (``count``
    dates): :func:`add_months` of each, in one pass, as every monthly schedule asks for them.

    >>> months_apart(date(2024, 1, 31), 1, 1, 3)
    [datetime.date(2024, 2, 29), datetime.date(2024, 3, 31), datetime.date(2024, 4, 30)]
    """
    base = anchor.year * 12 + anchor.month - 1
    day = anchor.day
    out = []
    for k in range(first, first + count):
        year, month0 = divmod(base + k * step, 12)
        out.append(date(year, month0 + 1, day) if day <= 28 else
                   date(year, month0 + 1, min(day, monthrange(year, month0 + 1)[1])))
    return out



def month_of(label: str) -> date:
    """The first day of the month a projection labels ``2026-12``.

    >>> month_of("2026-12")
    datetime.date(2026, 12, 1)
    """
    year, month = label.split("-")[:2]
    return date(int(year), int(month), 1)


def parse_date(value: object, field_name: str) -> date:
    """An ISO calendar date (``2025-02-28``); ``2025-02-30`` is refused as impossible, and a
    date outside :data:`EARLIEST_DATE` to :data:`LATEST_DATE` as out of reach.

    >>> parse_date(" 2024-02-29", "start")
    datetime.date(2024, 2, 29)
    >>> parse_date("2025-02-30", "start")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: start: '2025-02-30' is not a real calendar date (YYYY-MM-DD)
    """
    if not isinstance(value, str):
        raise InputError(field_name, "must be an ISO date string like 2025-01-31")
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(field_name, f"{shown(value)} is not a real calendar date "
                                     "(YYYY-MM-DD)") \
            from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        # Schedules run up to 100 years past their start; keep every date they reach real.
        raise InputError(field_name, f"{day} is outside {EARLIEST_DATE.year} to "
                                     f"{LATEST_DATE.year}")
    return day
