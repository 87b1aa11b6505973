"""Working days, for lenders that move a due date falling on a day off (a weekend, a public
holiday) to the next working day (顺延) or the one before.

- An item in CNY follows China's calendar: the State Council's public holidays and its 调休
  working weekends (a Saturday or Sunday made a working day), from the ``chinesecalendar``
  library (MIT), which carries each year's official notice. Its data ends with the last year
  announced (:func:`china_known_until`); for a later day only Saturdays and Sundays are known to
  be days off, and :func:`shift_due` says the day is not known (``known`` False) rather than
  guessing next year's holidays.
- Any other currency: Saturdays and Sundays are days off.

>>> from datetime import date
>>> shift_due(date(2026, 10, 1), DueShift.NEXT, "CNY")  # National Day: to the next workday
Shifted(day=datetime.date(2026, 10, 8), known=True)
>>> shift_due(date(2026, 10, 10), DueShift.NEXT, "CNY")  # a Saturday made a working day (调休)
Shifted(day=datetime.date(2026, 10, 10), known=True)
>>> shift_due(date(2026, 10, 3), DueShift.NEXT, "USD")  # a Saturday, weekends only
Shifted(day=datetime.date(2026, 10, 5), known=True)
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple


class DueShift(StrEnum):
    """Where a lender moves a due date that falls on a day off."""

    NEXT = "next_workday"
    PREVIOUS = "previous_workday"


class Shifted(NamedTuple):
    day: date
    known: bool   # False: the day lies beyond the holiday data (weekends only were checked)


@lru_cache(maxsize=1)
def _china() -> tuple[object, int, int]:
    import chinese_calendar

    years = [d.year for d in chinese_calendar.holidays]
    return chinese_calendar, min(years), max(years)


def china_known_until() -> date:
    """The last day China's holidays are known for (the end of the last year announced).

    >>> china_known_until() >= date(2026, 12, 31)
    True
    """
    return date(_china()[2], 12, 31)


def is_workday(day: date, currency: str) -> tuple[bool, bool]:
    """Whether ``day`` is a working day where an item in ``currency`` is repaid, and whether
    that is known (China's calendar beyond its data: weekends only, not known).

    >>> is_workday(date(2026, 2, 14), "CNY"), is_workday(date(2026, 2, 17), "CNY")
    ((True, True), (False, True))
    >>> is_workday(date(2099, 1, 1), "CNY")  # a Thursday, but next years' holidays are unknown
    (True, False)
    """
    if currency == "CNY":
        module, first, last = _china()
        if first <= day.year <= last:
            return bool(module.is_workday(day)), True  # type: ignore[attr-defined]
        return day.weekday() < 5, False
    return day.weekday() < 5, True


def shift_due(day: date, shift: DueShift | None, currency: str) -> Shifted:
    """The day money is taken when the lender moves a due date off days off (at most 40 days:
    the longest run of days off is the Spring Festival's, about ten)."""
    if shift is None:
        return Shifted(day, True)
    step = timedelta(days=1 if shift is DueShift.NEXT else -1)
    known = True
    current = day
    for _ in range(40):
        working, sure = is_workday(current, currency)
        known = known and sure
        if working:
            return Shifted(current, known)
        current += step
    return Shifted(day, False)  # pragma: no cover - no calendar has 40 days off in a row
