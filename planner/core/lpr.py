"""China's Loan Prime Rate (贷款市场报价利率, LPR) as dated data, and the fixings a user adds.

The LPR is published by the National Interbank Funding Center (全国银行间同业拆借中心) on the
20th of each month (the next working day when the 20th is not one), for two tenors: one year
and over five years. Since the reform of August 2019 (PBoC Announcement [2019] No. 15) new
loans are priced as the LPR plus a spread, and floating-rate loans written before it were
converted in 2020 to the over-five-year LPR plus a fixed spread (PBoC Announcement [2019]
No. 30), repriced at least once a year on 1 January or on the loan's anniversary, as agreed.

:data:`SHIPPED` lists the months in which either tenor changed, from the NIFC's announcements
(and the PBoC's releases of them); a month not listed kept the previous figures. Only changes
this table is sure of are listed: the last one is that of 20 May 2025. Later fixings come from
the user (the app's settings, or the portfolio file's ``profile.lpr_fixings``); a user fixing on
a date replaces the shipped one of the same tenor. Before 20 August 2019 there was no LPR of
this kind; a date before it takes the first fixing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planner.core.dates import parse_date
from planner.core.errors import InputError
from planner.core.money import parse_decimal


class Tenor(StrEnum):
    ONE_YEAR = "1y"
    FIVE_YEAR = "5y"   # over five years: the mortgage rate's reference


@dataclass(frozen=True, slots=True)
class LprFixing:
    """The LPR of ``tenor`` in force from ``date`` (a fraction: 0.035 is 3.5%)."""

    date: date
    tenor: Tenor
    rate: Decimal


def _shipped(*rows: tuple[date, str, str]) -> tuple[LprFixing, ...]:
    out = []
    for day, one, five in rows:
        out += [LprFixing(day, Tenor.ONE_YEAR, Decimal(one)),
                LprFixing(day, Tenor.FIVE_YEAR, Decimal(five))]
    return tuple(out)


#: Each fixing at which either tenor changed: (date, one year, over five years).
SHIPPED: tuple[LprFixing, ...] = _shipped(
    (date(2019, 8, 20), "0.0425", "0.0485"),
    (date(2019, 9, 20), "0.0420", "0.0485"),
    (date(2019, 11, 20), "0.0415", "0.0480"),
    (date(2020, 2, 20), "0.0405", "0.0475"),
    (date(2020, 4, 20), "0.0385", "0.0465"),
    (date(2021, 12, 20), "0.0380", "0.0465"),
    (date(2022, 1, 20), "0.0370", "0.0460"),
    (date(2022, 5, 20), "0.0370", "0.0445"),
    (date(2022, 8, 22), "0.0365", "0.0430"),
    (date(2023, 6, 20), "0.0355", "0.0420"),
    (date(2023, 8, 21), "0.0345", "0.0420"),
    (date(2024, 2, 20), "0.0345", "0.0395"),
    (date(2024, 7, 22), "0.0335", "0.0385"),
    (date(2024, 10, 21), "0.0310", "0.0360"),
    (date(2025, 5, 20), "0.0300", "0.0350"),
)


@dataclass(frozen=True, slots=True)
class LprTable:
    """The shipped fixings with ``added`` (the user's) over them.

    >>> table = LprTable()
    >>> table.rate(Tenor.FIVE_YEAR, date(2025, 5, 20)), table.rate(Tenor.ONE_YEAR,
    ...                                                              date(2025, 5, 19))
    (Decimal('0.0350'), Decimal('0.0310'))
    >>> newer = LprTable((LprFixing(date(2025, 10, 20), Tenor.FIVE_YEAR, Decimal("0.034")),))
    >>> [t.rate(Tenor.FIVE_YEAR, date(2026, 1, 1)) for t in (newer, table)]
    [Decimal('0.034'), Decimal('0.0350')]
    """

    added: tuple[LprFixing, ...] = ()

    def series(self, tenor: Tenor) -> tuple[tuple[date, Decimal], ...]:
        """The fixings of one tenor in date order, a user's replacing a shipped one that day."""
        return _series(self.added, tenor)

    def rate(self, tenor: Tenor, on: date) -> Decimal:
        """The LPR of ``tenor`` in force on ``on``."""
        points = self.series(tenor)
        index = bisect_right(points, (on, Decimal("Infinity"))) - 1
        return points[max(index, 0)][1]


_SERIES: dict[tuple[tuple[LprFixing, ...], Tenor], tuple[tuple[date, Decimal], ...]] = {}


def _series(added: tuple[LprFixing, ...], tenor: Tenor) -> tuple[tuple[date, Decimal], ...]:
    key = (added, tenor)
    found = _SERIES.get(key)
    if found is None:
        merged = {f.date: f.rate for f in SHIPPED if f.tenor is tenor}
        merged.update({f.date: f.rate for f in added if f.tenor is tenor})
        found = _SERIES[key] = tuple(sorted(merged.items()))
        if len(_SERIES) > 64:
            _SERIES.clear()
            _SERIES[key] = found
    return found


DEFAULT_TABLE = LprTable()


def parse_fixings(value: object, where: str = "lpr_fixings") -> tuple[LprFixing, ...]:
    """The user's fixings from JSON: ``[{"date": "2025-06-20", "tenor": "5y", "rate":
    "0.035"}]``; each bad value names its field.

    >>> parse_fixings([{"date": "2025-06-20", "tenor": "1y", "rate": "0.03"}])[0].rate
    Decimal('0.03')
    """
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(where, 'must be a list like [{"date": "2025-06-20", "tenor": "5y", '
                                '"rate": "0.035"}]')
    out = []
    seen = set()
    for index, entry in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict):
            raise InputError(at, "must be an object with date, tenor and rate")
        unknown = sorted(set(entry) - {"date", "tenor", "rate"})
        if unknown:
            raise InputError(f"{at}.{unknown[0]}", "is not a field of an LPR fixing")
        for needed in ("date", "tenor", "rate"):
            if entry.get(needed) is None:
                raise InputError(f"{at}.{needed}", "is missing")
        day = parse_date(entry["date"], f"{at}.date")
        try:
            tenor = Tenor(entry["tenor"])
        except (ValueError, TypeError):
            raise InputError(f"{at}.tenor", "must be 1y or 5y") from None
        rate = parse_decimal(entry["rate"], f"{at}.rate")
        if not 0 <= rate < 1:
            raise InputError(f"{at}.rate", "must be a fraction from 0 to 1 (0.035 for 3.5%)")
        if (day, tenor) in seen:
            raise InputError(f"{at}.date", f"{day} already has a {tenor.value} fixing")
        seen.add((day, tenor))
        out.append(LprFixing(day, tenor, rate))
    return tuple(sorted(out, key=lambda f: (f.date, f.tenor.value)))


def fixings_to_json(fixings: tuple[LprFixing, ...]) -> list[dict[str, Any]]:
    """The JSON of ``fixings``; :func:`parse_fixings` reads it back to an equal value."""
    return [{"date": f.date.isoformat(), "tenor": f.tenor.value, "rate": str(f.rate)}
            for f in fixings]


def table_of(extra: dict[str, Any] | None) -> LprTable:
    """The table of a profile: the shipped fixings with the profile's own
    (``household.extra["lpr_fixings"]``, already checked when the profile was read)."""
    raw = (extra or {}).get("lpr_fixings")
    if not raw:
        return DEFAULT_TABLE
    return LprTable(parse_fixings(raw, "profile.lpr_fixings"))
