"""Day-count bases: how many years a run of odd days is, for interest over days that are not a
whole number of payment periods (an odd first period, a credit-line draw repaid between two
due dates, a day's interest from an annual rate). FINANCE.md, "Day-count bases", gives the
rules and their sources.

- ``act/365``: actual days / 365, whatever the year.
- ``act/360``: actual days / 360 -- the PBoC's conversion of an annual rate to a daily one for
  renminbi loans (日利率 = 年利率 / 360).
- ``act/act``: whole years counted back from the end, then the days left over the days (365 or
  366) of the complete year counted back from where those days end to the same day of the year
  before: the rule of Directive 2014/17/EU Annex I remark (c)(iii) for the APRC's time, which
  the European Commission's 2015 APRC examples apply to interest too (example 2: 3 days from
  12 to 15 January 2012 are 3/365 -- the year back from 15 January 2012 has no 29 February --
  and the same 3 days in 2013 are 3/366). It is not ISDA's Actual/Actual, which would count
  those days in 2012 over 366.

The default follows the currency (:func:`default_day_count`); a product may state its own.
A light module, as :mod:`planner.core.convention` is: the product model names a basis without
loading anything else.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum


class DayCount(StrEnum):
    ACT_365 = "act/365"
    ACT_360 = "act/360"
    ACT_ACT = "act/act"


#: Each currency's market rule; any other currency counts actual days over 365.
_DEFAULTS = {"CNY": DayCount.ACT_360, "EUR": DayCount.ACT_ACT}
_DAYS = {DayCount.ACT_365: Decimal(365), DayCount.ACT_360: Decimal(360)}


def default_day_count(currency: str) -> DayCount:
    """The basis a product in ``currency`` uses when it does not say.

    >>> [default_day_count(c).value for c in ("CNY", "EUR", "USD")]
    ['act/360', 'act/act', 'act/365']
    """
    return _DEFAULTS.get(currency, DayCount.ACT_365)


def year_fraction(start: date, end: date, basis: DayCount) -> Decimal:
    """The years from ``start`` to ``end`` (zero when ``end`` is not later) under ``basis``.

    >>> year_fraction(date(2025, 1, 1), date(2025, 1, 31), DayCount.ACT_360)
    Decimal('0.08333333333333333333333333333')
    >>> year_fraction(date(2012, 1, 12), date(2012, 1, 15), DayCount.ACT_ACT) * 365
    Decimal('3.000000000000000000000000000')
    >>> year_fraction(date(2013, 1, 12), date(2013, 1, 15), DayCount.ACT_ACT) * 366
    Decimal('3.000000000000000000000000000')
    >>> year_fraction(date(2012, 1, 12), date(2013, 2, 15), DayCount.ACT_ACT)  # 1 + 34/365
    Decimal('1.093150684931506849315068493')
    """
    days = (end - start).days
    if days <= 0:
        return Decimal(0)
    if basis is not DayCount.ACT_ACT:
        return days / _DAYS[basis]
    years, anchor = 0, end
    while (before := _year_before(anchor)) >= start:
        years, anchor = years + 1, before
    return years + Decimal((anchor - start).days) / _year_days(anchor)


def days_in_year(basis: DayCount, on: date) -> Decimal:
    """The year a day's interest is a share of, for days ending on ``on``: 365, 360, or the
    days of the complete year counted back from ``on`` (act/act)."""
    return _year_days(on) if basis is DayCount.ACT_ACT else _DAYS[basis]


def _year_before(day: date) -> date:
    """The same day a year earlier (29 February goes back to 28 February)."""
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def _year_days(end: date) -> Decimal:
    """Days (365 or 366) of the complete year counted back from ``end``.

    >>> _year_days(date(2012, 1, 15)), _year_days(date(2013, 1, 15)), _year_days(date(2024, 2, 29))
    (Decimal('365'), Decimal('366'), Decimal('366'))
    """
    return Decimal((end - _year_before(end)).days)
