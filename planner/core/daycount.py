"""Day-count bases: how many years a run of odd days is, for interest over days that are not a
whole number of payment periods (an odd first period, a credit-line draw repaid between two
due dates, a day's interest from an annual rate). FINANCE.md, "Day-count bases", gives the
rules and their sources.

- ``act/365``: actual days / 365, whatever the year.
- ``act/360``: actual days / 360 -- the PBoC's conversion of an annual rate to a daily one for
  renminbi loans (日利率 = 年利率 / 360).
- ``act/act``: the days in each calendar year over that year's length (365 or 366), added up
  (ISDA's Actual/Actual); the European Commission's APRC examples count 366 in a leap year.

The default follows the currency (:func:`default_day_count`); a product may state its own.
A light module, as :mod:`planner.core.convention` is: the product model names a basis without
loading anything else.
"""

from __future__ import annotations

from calendar import isleap
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
    >>> year_fraction(date(2023, 12, 1), date(2024, 1, 31), DayCount.ACT_ACT)  # 31/365 + 30/366
    Decimal('0.1668987199640691668538064226')
    """
    days = (end - start).days
    if days <= 0:
        return Decimal(0)
    if basis is not DayCount.ACT_ACT:
        return days / _DAYS[basis]
    total = Decimal(0)
    while start.year < end.year:
        boundary = date(start.year + 1, 1, 1)
        total += Decimal((boundary - start).days) / _year_days(start.year)
        start = boundary
    return total + Decimal((end - start).days) / _year_days(end.year)


def days_in_year(basis: DayCount, on: date) -> Decimal:
    """The year a day's interest is a share of, on ``on``: 365, 360, or that year's length."""
    return _year_days(on.year) if basis is DayCount.ACT_ACT else _DAYS[basis]


def _year_days(year: int) -> Decimal:
    return Decimal(366 if isleap(year) else 365)
