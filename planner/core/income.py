"""Money as it arrives (income) or goes (essential spending): a household's schedule of flows.

A schedule is a list of rules, each in the profile JSON as an object:

- ``{"kind": "monthly", "amount": "9000", "day": 10}``: every month on the 10th (发薪日); a day
  past the month's end is its last day. Without ``day`` the month's amount is known but not
  its day: it is spread evenly (the 13-week projection gives each week 12/52 of it), which is
  what the household's single ``monthly_income`` / ``essential_expenses`` figure means.
- ``{"kind": "semimonthly", "amount": "4500", "days": [10, 25]}``: twice a month, that much
  each time.
- ``{"kind": "biweekly", "amount": "4000", "first": "2026-12-04"}``: every 14 days from a
  payday (before or after today).
- ``{"kind": "yearly", "amount": "30000", "month": 1, "day": 20}``: once a year (年终奖, a 13th
  salary).
- ``{"kind": "months", "day": 15, "amounts": {"2027-01": "3000", "2027-02": "5200"}}``:
  irregular amounts, month by month, on a day (nothing in a month not listed).

Each rule may carry a ``label`` (a name as typed: "salary", "年终奖"). The schedule's
:func:`monthly_average` is what a month brings on average over a year (the bonus counted as a
twelfth a month): the household's ``monthly_income`` once a schedule is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from planner.core.dates import add_months, parse_date
from planner.core.errors import InputError, shown
from planner.core.money import ZERO, parse_amount, quantum
from planner.core.privacy import refuse_card_numbers

MAX_RULES = 24
MAX_MONTHS_LISTED = 120


class FlowKind(StrEnum):
    MONTHLY = "monthly"
    SEMIMONTHLY = "semimonthly"
    BIWEEKLY = "biweekly"
    YEARLY = "yearly"
    MONTHS = "months"


@dataclass(frozen=True, slots=True)
class Flow:
    """One rule of a schedule (see the module notes for each kind's fields)."""

    kind: FlowKind
    amount: Decimal = ZERO                   # each time (all kinds but ``months``)
    day: int | None = None                   # monthly (None: spread), yearly, months
    days: tuple[int, ...] = ()               # semimonthly: the two days of the month
    first: date | None = None                # biweekly: one payday
    month: int | None = None                 # yearly: the month (1-12)
    amounts: tuple[tuple[str, Decimal], ...] = ()  # months: (YYYY-MM, amount), by month
    label: str = ""

    @property
    def spread(self) -> bool:
        """A monthly amount whose day is not known."""
        return self.kind is FlowKind.MONTHLY and self.day is None

    def scaled(self, factor: Decimal, currency: str) -> Flow:
        """The same rule with every amount times ``factor`` (an income change)."""
        unit = quantum(currency)
        return Flow(self.kind, (self.amount * factor).quantize(unit, ROUND_HALF_UP), self.day,
                    self.days, self.first, self.month,
                    tuple((m, (a * factor).quantize(unit, ROUND_HALF_UP))
                          for m, a in self.amounts), self.label)


Schedule = tuple[Flow, ...]


def _day_in(year: int, month: int, day: int) -> date:
    """``day`` of the month, clipped to its last day.

    >>> _day_in(2027, 2, 31)
    datetime.date(2027, 2, 28)
    """
    return date(year, month, day if day <= 28 else min(day, _last_day(year, month)))


def _last_day(year: int, month: int) -> int:
    nxt = add_months(date(year, month, 1), 1)
    return (nxt - timedelta(days=1)).day


def _months_between(start: date, end: date) -> Iterable[tuple[int, int]]:
    """(year, month) of every calendar month touching [start, end)."""
    index = start.year * 12 + start.month - 1
    last = end.year * 12 + end.month - 1
    while index <= last:
        year, month0 = divmod(index, 12)
        yield year, month0 + 1
        index += 1


def occurrences(flow: Flow, start: date, end: date) -> list[tuple[date, Decimal]]:
    """The dated amounts of ``flow`` from ``start`` up to ``end`` (exclusive), by date; a
    spread monthly rule has none (see :func:`spread_monthly`).

    >>> f = Flow(FlowKind.SEMIMONTHLY, Decimal(4500), days=(10, 25))
    >>> [(d.isoformat(), a) for d, a in occurrences(f, date(2026, 12, 11), date(2027, 1, 11))]
    [('2026-12-25', Decimal('4500')), ('2027-01-10', Decimal('4500'))]
    >>> b = Flow(FlowKind.BIWEEKLY, Decimal(4000), first=date(2026, 12, 4))
    >>> [d.isoformat() for d, _ in occurrences(b, date(2026, 11, 25), date(2026, 12, 31))]
    ['2026-12-04', '2026-12-18']
    """
    out: list[tuple[date, Decimal]] = []
    if flow.spread or end <= start:
        return out
    kind = flow.kind
    if kind is FlowKind.BIWEEKLY:
        assert flow.first is not None
        offset = (start - flow.first).days
        k = -((-offset) // 14)  # the first payday on or after start
        day = flow.first + timedelta(days=14 * k)
        while day < end:
            out.append((day, flow.amount))
            day += timedelta(days=14)
        return out
    if kind is FlowKind.MONTHS:
        assert flow.day is not None
        for label, amount in flow.amounts:
            year, month = int(label[:4]), int(label[5:7])
            day = _day_in(year, month, flow.day)
            if start <= day < end:
                out.append((day, amount))
        return out
    for year, month in _months_between(start, end):
        if kind is FlowKind.MONTHLY:
            assert flow.day is not None
            days = [_day_in(year, month, flow.day)]
        elif kind is FlowKind.SEMIMONTHLY:
            days = [_day_in(year, month, d) for d in flow.days]
        else:  # yearly
            if month != flow.month:
                continue
            assert flow.day is not None
            days = [_day_in(year, month, flow.day)]
        out.extend((d, flow.amount) for d in days if start <= d < end)
    return sorted(out)


def dated(schedule: Sequence[Flow], start: date, end: date) -> list[tuple[date, Decimal]]:
    """Every dated amount of the schedule in [start, end), by date."""
    out: list[tuple[date, Decimal]] = []
    for flow in schedule:
        out.extend(occurrences(flow, start, end))
    return sorted(out, key=lambda e: e[0])


def spread_monthly(schedule: Sequence[Flow]) -> Decimal:
    """The monthly amount of the schedule whose day is not known (spread over the month)."""
    return sum((f.amount for f in schedule if f.spread), ZERO)


def in_month(schedule: Sequence[Flow], year: int, month: int) -> Decimal:
    """All that the schedule brings in one calendar month, spread amounts included.

    >>> s = (Flow(FlowKind.SEMIMONTHLY, Decimal(4500), days=(10, 25)),
    ...      Flow(FlowKind.YEARLY, Decimal(30000), month=1, day=20))
    >>> in_month(s, 2026, 12), in_month(s, 2027, 1)
    (Decimal('9000'), Decimal('39000'))
    """
    first = date(year, month, 1)
    return spread_monthly(schedule) + sum(
        (a for _, a in dated(schedule, first, add_months(first, 1))), ZERO)


def has_days(schedule: Sequence[Flow]) -> bool:
    """Some of the schedule's money has a known day."""
    return any(not f.spread for f in schedule)


def monthly_average(schedule: Sequence[Flow], currency: str) -> Decimal:
    """A month on average over a year: monthly x 12, twice-monthly x 24, every two weeks x 26
    and yearly x 1, over 12; irregular months: their average. Rounded half up to the minor
    unit.

    >>> s = (Flow(FlowKind.SEMIMONTHLY, Decimal(4500), days=(10, 25)),
    ...      Flow(FlowKind.YEARLY, Decimal(30000), month=1, day=20))
    >>> monthly_average(s, "CNY")  # 9,000 a month plus 30,000 / 12
    Decimal('11500.00')
    """
    per_year = {FlowKind.MONTHLY: 12, FlowKind.SEMIMONTHLY: 24, FlowKind.BIWEEKLY: 26,
                FlowKind.YEARLY: 1}
    total = ZERO
    for f in schedule:
        if f.kind is FlowKind.MONTHS:
            total += sum((a for _, a in f.amounts), ZERO) / len(f.amounts) if f.amounts \
                else ZERO
        else:
            total += f.amount * per_year[f.kind] / 12
    return total.quantize(quantum(currency), ROUND_HALF_UP)


# -- JSON ----------------------------------------------------------------------------------

_FIELDS = {FlowKind.MONTHLY: {"day"}, FlowKind.SEMIMONTHLY: {"days"},
           FlowKind.BIWEEKLY: {"first"}, FlowKind.YEARLY: {"month", "day"},
           FlowKind.MONTHS: {"day", "amounts"}}


def _whole(value: object, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(where, f"{shown(value)} must be a whole number from {low} to {high}")
    return value


def parse_schedule(data: object, where: str, currency: str) -> Schedule:
    """A schedule from JSON; the first problem is raised naming the rule and field.

    >>> parse_schedule([{"kind": "monthly", "amount": "9000", "day": 10}], "income", "CNY")
    (Flow(kind=<FlowKind.MONTHLY: 'monthly'>, amount=Decimal('9000.00'), day=10, days=(), \
first=None, month=None, amounts=(), label=''),)
    >>> parse_schedule([{"kind": "weekly", "amount": "1"}], "income", "CNY")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: income[0].kind: must be one of monthly, semimonthly, \
biweekly, yearly, months
    """
    if not isinstance(data, list):
        raise InputError(where, "must be a list of rules")
    if len(data) > MAX_RULES:
        raise InputError(where, f"has {len(data)} rules; at most {MAX_RULES}")
    out = []
    for index, raw in enumerate(data):
        at = f"{where}[{index}]"
        if not isinstance(raw, dict):
            raise InputError(at, 'must be an object like {"kind": "monthly", "amount": "9000", '
                                 '"day": 10}')
        try:
            kind = FlowKind(raw.get("kind"))
        except ValueError:
            raise InputError(f"{at}.kind", "must be one of " + ", ".join(k.value for k in
                                                                          FlowKind)) from None
        allowed = {"kind", "label"} | _FIELDS[kind] | ({"amount"} if kind is not
                                                       FlowKind.MONTHS else set())
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise InputError(f"{at}.{unknown[0]}", f"is not a field of a {kind.value} rule")
        label = raw.get("label", "")
        if not isinstance(label, str) or len(label) > 80:
            raise InputError(f"{at}.label", "must be text of at most 80 characters")
        refuse_card_numbers(label, f"{at}.label")
        amount = ZERO
        if kind is not FlowKind.MONTHS:
            if "amount" not in raw:
                raise InputError(f"{at}.amount", "is missing")
            amount = parse_amount(raw["amount"], f"{at}.amount", currency, allow_zero=True)
        day = None
        if "day" in raw:
            day = _whole(raw["day"], f"{at}.day", 1, 31)
        elif kind in (FlowKind.YEARLY, FlowKind.MONTHS):
            raise InputError(f"{at}.day", "is missing")
        days: tuple[int, ...] = ()
        first = None
        month = None
        amounts: tuple[tuple[str, Decimal], ...] = ()
        if kind is FlowKind.SEMIMONTHLY:
            raw_days = raw.get("days")
            if not isinstance(raw_days, list) or len(raw_days) != 2:
                raise InputError(f"{at}.days", "must be the two days of the month, like [10, 25]")
            days = tuple(sorted(_whole(d, f"{at}.days[{k}]", 1, 31)
                                for k, d in enumerate(raw_days)))
            if days[0] == days[1]:
                raise InputError(f"{at}.days", "must be two different days")
        elif kind is FlowKind.BIWEEKLY:
            if "first" not in raw:
                raise InputError(f"{at}.first", "is missing (a date it is paid on)")
            first = parse_date(raw["first"], f"{at}.first")
        elif kind is FlowKind.YEARLY:
            month = _whole(raw.get("month"), f"{at}.month", 1, 12)
        elif kind is FlowKind.MONTHS:
            amounts = _months(raw.get("amounts"), f"{at}.amounts", currency)
        out.append(Flow(kind, amount, day, days, first, month, amounts, label.strip()))
    return tuple(out)


def _months(data: object, where: str, currency: str) -> tuple[tuple[str, Decimal], ...]:
    if not isinstance(data, dict) or not data:
        raise InputError(where, 'must be amounts by month, like {"2027-01": "3000"}')
    if len(data) > MAX_MONTHS_LISTED:
        raise InputError(where, f"lists {len(data)} months; at most {MAX_MONTHS_LISTED}")
    out = []
    for label, value in data.items():
        ok = (isinstance(label, str) and len(label) == 7 and label[4] == "-"
              and label[:4].isdigit() and label[5:].isdigit() and 1 <= int(label[5:]) <= 12
              and 1900 <= int(label[:4]) <= 2999)
        if not ok:
            raise InputError(f"{where}.{shown(label)}", "must be a month like 2027-01")
        out.append((label, parse_amount(value, f"{where}.{label}", currency, allow_zero=True)))
    return tuple(sorted(out))


def schedule_to_json(schedule: Sequence[Flow]) -> list[dict[str, Any]]:
    """The JSON :func:`parse_schedule` reads back to an equal schedule."""
    out = []
    for f in schedule:
        entry: dict[str, Any] = {"kind": f.kind.value}
        if f.kind is not FlowKind.MONTHS:
            entry["amount"] = str(f.amount)
        if f.kind is FlowKind.SEMIMONTHLY:
            entry["days"] = list(f.days)
        if f.kind is FlowKind.BIWEEKLY and f.first is not None:
            entry["first"] = f.first.isoformat()
        if f.kind is FlowKind.YEARLY:
            entry["month"] = f.month
        if f.day is not None:
            entry["day"] = f.day
        if f.kind is FlowKind.MONTHS:
            entry["amounts"] = {m: str(a) for m, a in f.amounts}
        if f.label:
            entry["label"] = f.label
        out.append(entry)
    return out


def single(amount: Decimal) -> Schedule:
    """The schedule a single monthly figure stands for: that much a month, day unknown."""
    return (Flow(FlowKind.MONTHLY, amount),) if amount else ()


def scaled(schedule: Sequence[Flow], factor: Decimal, currency: str) -> Schedule:
    return tuple(f.scaled(factor, currency) for f in schedule)
