"""Unit periods and the measurement of time between dated cash flows, one rule per convention.

Dates arrive as int64 day numbers (days since 1970-01-01) and every rule below is vectorised
with numpy, so that a 360-payment schedule is measured in microseconds, not per flow in Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from planner.core.apr_flows import UnitPeriod
from planner.core.errors import InputError

Days = np.ndarray  # int64 day numbers since 1970-01-01

_MONTH_DAYS = 365 / 12  # "an equal month is presumed to have 30,41666 days" (2008/48/EC Annex I)


_NAMED = {("day", 1): UnitPeriod.DAY, ("week", 1): UnitPeriod.WEEK,
          ("week", 2): UnitPeriod.BIWEEK, ("week", 4): UnitPeriod.FOUR_WEEK,
          ("semimonth", 1): UnitPeriod.SEMIMONTH, ("month", 1): UnitPeriod.MONTH,
          ("month", 2): UnitPeriod.BIMONTH, ("month", 3): UnitPeriod.QUARTER,
          ("month", 6): UnitPeriod.HALF_YEAR, ("month", 12): UnitPeriod.YEAR}
_BY_NAME = {label.value: key for key, label in _NAMED.items()}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit period: ``kind`` is day, week, semimonth, month, or a single-payment term
    (``term_days`` / ``term_months``) with ``multiple`` days or months in it."""

    kind: str
    multiple: int = 1

    @property
    def per_year(self) -> float:
        """Unit periods in a year, Appendix J (b)(5)(ii)-(vii): 365 days, 52 weeks, 24, 12."""
        per = {"day": 365, "term_days": 365, "week": 52, "semimonth": 24, "month": 12,
               "term_months": 12}[self.kind]
        return per / self.multiple

    @property
    def approx_days(self) -> float:
        scale = {"day": 1.0, "term_days": 1.0, "week": 7.0, "semimonth": 365 / 24,
                 "month": _MONTH_DAYS, "term_months": _MONTH_DAYS}[self.kind]
        return scale * self.multiple

    @property
    def label(self) -> UnitPeriod | str:
        named = _NAMED.get((self.kind, self.multiple))
        if named is not None:
            return named
        if self.kind.startswith("term"):
            return f"{self.multiple}-{'day' if self.kind == 'term_days' else 'month'} term"
        return f"{self.multiple}-{self.kind}"


def parse_unit(value: UnitPeriod | str) -> Unit:
    """The :class:`Unit` of a ``UnitPeriod`` or of a label such as ``"3-week"``, ``"5-month"``
    or ``"255-day term"`` (what :attr:`Unit.label` gives back).

    >>> parse_unit("quarter"), parse_unit("3-week"), parse_unit("6-month term").per_year
    (Unit(kind='month', multiple=3), Unit(kind='week', multiple=3), 2.0)
    """
    text = str(value).strip().lower()
    if text in _BY_NAME:
        return Unit(*_BY_NAME[text])
    count, _, kind = text.partition("-")
    if count.isdigit() and int(count) > 0 and kind in ("day term", "month term"):
        return Unit("term_days" if kind == "day term" else "term_months", int(count))
    if count.isdigit() and kind in ("day", "week", "month"):
        limit = {"day": 1, "week": 52, "month": 12}[kind]
        if 1 <= int(count) <= limit:
            return Unit(kind, int(count))
    raise InputError("unit_period", f"{value!r} is not a standard interval of time")


# -- calendar arithmetic on int64 day numbers -------------------------------------------------

def _month_start_and_length(month_index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    months = month_index.astype("datetime64[M]")
    start = months.astype("datetime64[D]").astype(np.int64)
    return start, (months + 1).astype("datetime64[D]").astype(np.int64) - start


def _shift_months(month_index: np.ndarray, nominal_day: np.ndarray, back: np.ndarray) -> Days:
    """The date ``back`` months earlier on the nominal day, clamped to the month's length."""
    start, length = _month_start_and_length(month_index - back)
    return start + np.minimum(nominal_day, length) - 1


@dataclass(frozen=True, slots=True)
class Calendar:
    """Day number, month index and nominal day of each date of one transaction.

    Appendix J (b)(3)(iv): a series scheduled for the last day of each month is measured from
    month end to month end, and one scheduled for the 29th or 30th uses the last day of
    February. So a date on a month's last day counts as the series' day (the largest day of 28
    or more among the dates): Feb 28 in a 31st-of-the-month schedule counts back to Jan 31.
    """

    days: Days
    month: np.ndarray
    day: np.ndarray

    @classmethod
    def of(cls, days: Days) -> Calendar:
        month = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
        start, length = _month_start_and_length(month)
        day = days - start + 1
        late = day[day >= 28]
        anchor = int(late.max()) if late.size else 0
        return cls(days, month, np.where((day == length) & (day < anchor), anchor, day))

    def __getitem__(self, index: np.ndarray | slice) -> Calendar:
        return Calendar(self.days[index], self.month[index], self.day[index])


def months_back(earlier: Calendar, later: Calendar) -> tuple[np.ndarray, Days]:
    """Whole months counted back from each later date towards the earlier one, and the date
    reached. Appendix J (b)(5)(ii): "the number of full unit-periods between 2 dates shall be
    the number of months measured back from the later date"; the same count serves Annex I
    remark (c)(ii) ("equal periods and then days shall be counted backwards").
    """
    whole = later.month - earlier.month
    reached = _shift_months(later.month, later.day, whole)
    short = reached < earlier.days
    if short.any():
        whole = whole - short
        reached = np.where(short, _shift_months(later.month, later.day, whole), reached)
    return whole, reached


def _year_length(day: Days) -> Days:
    """Days (365 or 366) of the complete year counted back from ``day`` to the same day of the
    previous year (Feb 29 goes back to Feb 28)."""
    month = day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    start, _ = _month_start_and_length(month)
    return day - _shift_months(month, day - start + 1, np.full(day.size, 12))


# -- unit period: Appendix J (b)(4) -----------------------------------------------------------

_KIND_CODES = ("month", "week", "semimonth", "day")


def _period_kinds(earlier: Calendar, later: Calendar) -> Counter[Unit]:
    """Count the periods by kind: a standard interval (b)(3)(iii) where the period is one,
    else its number of days."""
    whole, reached = months_back(earlier, later)
    gap = later.days - earlier.days
    month = (reached == earlier.days) & (whole >= 1) & (whole <= 12)
    week = ~month & (gap % 7 == 0) & (gap >= 7) & (gap <= 364)
    semimonth = ~month & ~week & (gap >= 13) & (gap <= 16)
    code = np.where(month, whole, np.where(week, 100 + gap // 7,
                                           np.where(semimonth, 200, 1000 + gap)))
    counts = Counter(code.tolist())
    return Counter({_decode(c): n for c, n in counts.items()})


def _decode(code: int) -> Unit:
    if code < 100:
        return Unit("month", code)
    if code < 200:
        return Unit("week", code - 100)
    return Unit("semimonth") if code == 200 else Unit("day", max(code - 1000, 1))


def _nearest_standard(days: float) -> Unit:
    """The standard interval nearest ``days``; on a tie the shorter one, (b)(4)(i)(B)."""
    candidates = [Unit("day")] + [Unit("week", k) for k in range(1, 53)]
    candidates += [Unit("semimonth")] + [Unit("month", k) for k in range(1, 13)]
    return min(candidates, key=lambda u: (abs(u.approx_days - days), u.approx_days))


def detect_unit(cal: Calendar, paid: np.ndarray, received: np.ndarray) -> Unit:
    """Appendix J (b)(4)(i): the common period that occurs most often (the shorter on a tie);
    with no common period, the average period rounded to the nearest standard interval (a lone
    period that is a standard interval, one month say, is kept as it is rather than averaged
    into days and rounded to 4 weeks).

    ``cal`` holds the transaction's dates in order, the first being the start of the term;
    ``paid`` and ``received`` mark payment and advance dates. Periods are the intervals between
    payments, between advances, and from the start to the first payment (b)(3)(i).
    """
    pays = np.flatnonzero(paid[1:]) + 1
    advs = np.flatnonzero(received)
    if pays.size == 0:
        raise InputError("payments", "needs at least one payment after the first advance")
    earlier = np.concatenate([[0], pays[:-1], advs[:-1]]).astype(np.intp)
    later = np.concatenate([pays, advs[1:]]).astype(np.intp)
    counts = _period_kinds(cal[earlier], cal[later])
    common = [(-n, u.approx_days, u) for u, n in counts.items() if n > 1]
    if common:
        chosen = min(common, key=lambda item: (item[0], item[1]))[2]
    elif len(counts) == 1:  # a lone period: it is its own average, kept whole if standard
        chosen = next(iter(counts))
    else:
        chosen = _nearest_standard(float(np.mean(cal.days[later] - cal.days[earlier])))
    if chosen.kind == "day" and chosen.multiple > 1:
        chosen = _nearest_standard(chosen.multiple)
    return chosen


def single_payment_term(cal: Calendar) -> Unit:
    """Appendix J (b)(4)(ii) and (b)(5)(vi)-(vii): a single-advance, single-payment
    transaction's unit period is its term, not more than a year: whole months if the term is
    a whole number of months (12 / months per year), else its days (365 / days per year)."""
    whole, reached = months_back(cal[:1], cal[1:])
    months, start = int(whole[0]), int(cal.days[0])
    if months >= 12:
        return Unit("month", 12)
    if int(reached[0]) == start and months > 0:
        return Unit("term_months", months)
    return Unit("term_days", max(int(cal.days[1]) - start, 1))


# -- time of each flow, per convention --------------------------------------------------------

def reg_z_times(cal: Calendar, unit: Unit) -> tuple[np.ndarray, np.ndarray]:
    """Whole unit periods t and fraction f from the start of the term, Appendix J (b)(5).

    (ii)/(iii) months and semimonths: 30 x whole months counted back from the later date plus
    the remaining days, divided by 15 (semimonth) or 30 x months per unit; (iv) days and weeks:
    actual days divided by days per unit; (v) years: whole years back, then remaining months/12
    if a whole number of months, else remaining days/365; (vi)/(vii) single-payment term: t=1.
    """
    start = int(cal.days[0])
    gap = (cal.days - start).astype(np.float64)
    if unit.kind.startswith("term"):
        return np.where(gap > 0, 1.0, 0.0), np.zeros(gap.size)
    if unit.kind in ("day", "week"):
        per = 7.0 * unit.multiple if unit.kind == "week" else float(unit.multiple)
        whole = np.floor(gap / per)
        return whole, (gap - whole * per) / per
    months, reached = months_back(cal[:1], cal)
    stub = (reached - start).astype(np.float64)
    if unit.kind == "month" and unit.multiple == 12:
        years = months // 12
        back = _shift_months(cal.month, cal.day, 12 * years) - start
        frac = np.where(stub == 0, (months - 12 * years) / 12.0, back / 365.0)
        return years.astype(np.float64), frac
    per = 15.0 if unit.kind == "semimonth" else 30.0 * unit.multiple
    thirty = 30.0 * months + stub
    whole = np.floor(thirty / per)
    return whole, (thirty - whole * per) / per


def eu_years(cal: Calendar, unit: Unit) -> np.ndarray:
    """Years from the first drawdown, Directive 2008/48/EC Annex I remark (c) (as amended by
    Directive 2011/90/EU), in the schedule's own period: whole weeks / 52 for a weekly
    schedule, whole years for a yearly one, else whole months / 12, each counted backwards from
    the flow date, then the remaining days over the days (365 or 366) of the complete year
    counted back from the last day of that stub. A yearly flow 34 days and k years after the
    drawdown is k + 34/365 years (the Commission's 2015 examples), not 12k + 1 months and 3
    days."""
    start = int(cal.days[0])
    if unit.kind == "week":
        weeks = (cal.days - start) // 7
        reached = cal.days - 7 * weeks
        return weeks / 52.0 + (reached - start) / _year_length(reached)
    months, reached = months_back(cal[:1], cal)
    if unit.kind in ("month", "term_months") and unit.multiple == 12:
        years = months // 12
        reached = _shift_months(cal.month, cal.day, 12 * years)
        return years + (reached - start) / _year_length(reached)
    return months / 12.0 + (reached - start) / _year_length(reached)


def periods_compound(cal: Calendar, unit: Unit) -> np.ndarray:
    """Unit periods from the start, fractions included, for compound discounting (cn-irr).

    Whole months are counted back from the flow date as in Appendix J; the remaining days are a
    fraction of the actual month before the date reached (of 15 days for a semimonth).
    """
    gap = (cal.days - cal.days[0]).astype(np.float64)
    if unit.kind in ("day", "week"):
        return gap / unit.approx_days
    if unit.kind == "term_days":
        return gap / unit.multiple
    months, reached = months_back(cal[:1], cal)
    stub = (reached - cal.days[0]).astype(np.float64)
    if unit.kind == "semimonth":
        return 2.0 * months + stub / 15.0
    month_length = reached - _shift_months(cal.month, cal.day, months + 1)
    return (months + stub / month_length) / unit.multiple
