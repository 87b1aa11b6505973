"""The true annual rate of dated cash flows under the three legal conventions the app shows:
US Regulation Z Appendix J, the EU Consumer Credit Directive APRC, and China's annualised IRR.
"""

from __future__ import annotations

import datetime
import math
import operator
from collections.abc import Sequence
from decimal import Decimal

import numpy as np

from planner.core.apr_flows import AprResult, CashFlow, UnitPeriod
from planner.core.apr_solver import solve_rate
from planner.core.apr_time import (
    Calendar,
    Unit,
    detect_unit,
    eu_years,
    parse_unit,
    periods_compound,
    reg_z_times,
    single_payment_term,
)
from planner.core.convention import Convention
from planner.core.errors import InputError

__all__ = ["AprResult", "CashFlow", "UnitPeriod", "annual_percentage_rate",
           "annual_percentage_rate_of", "unit_period_of"]

_EPOCH = datetime.date(1970, 1, 1).toordinal()
_DATE, _AMOUNT = operator.attrgetter("date"), operator.attrgetter("amount")
_NUMBER_TYPES = (Decimal, int)


def _read(flows: Sequence[CashFlow], field: str) -> tuple[np.ndarray, np.ndarray]:
    """Day numbers and float amounts of ``flows``; the first bad item is named exactly."""
    try:
        return _arrays(list(map(_DATE, flows)), list(map(_AMOUNT, flows)), field)
    except AttributeError:
        for k, flow in enumerate(flows):
            if not isinstance(getattr(flow, "date", None), datetime.date):
                raise InputError(f"{field}[{k}].date", "must be a date") from None
            if type(getattr(flow, "amount", None)) not in _NUMBER_TYPES:
                raise InputError(f"{field}[{k}].amount", "must be a Decimal amount") from None
        raise


def _arrays(dates: Sequence[datetime.date], raw: Sequence[Decimal],
            field: str) -> tuple[np.ndarray, np.ndarray]:
    """Day numbers and float amounts of the flows on ``dates`` of the amounts ``raw``.

    Each distinct amount is converted once: schedules repeat one instalment many times and
    ``float(Decimal)`` is the slowest step of reading them.
    """
    if not dates:
        raise InputError(field, "needs at least one cash flow")
    try:
        days = np.fromiter(map(datetime.date.toordinal, dates), np.int64, len(dates)) - _EPOCH
        as_float = {a: float(a) for a in set(raw) if type(a) in _NUMBER_TYPES}
        amounts = np.fromiter(map(as_float.__getitem__, raw), np.float64, len(raw))
    except (TypeError, KeyError, ValueError):
        for k, (day, amount) in enumerate(zip(dates, raw, strict=True)):
            if not isinstance(day, datetime.date):
                raise InputError(f"{field}[{k}].date", "must be a date") from None
            if type(amount) not in _NUMBER_TYPES:
                raise InputError(f"{field}[{k}].amount", "must be a Decimal amount") from None
        raise
    bad = np.flatnonzero(~(amounts > 0) | ~np.isfinite(amounts))
    if bad.size:
        raise InputError(f"{field}[{int(bad[0])}].amount", "must be greater than zero")
    return days, amounts


def _net(adv_days, adv_amounts, pay_days, pay_amounts) -> tuple[np.ndarray, np.ndarray]:
    """Net flow per date (received positive): a fee paid at signing reduces the advance."""
    signed = np.concatenate([adv_amounts, -pay_amounts])
    if adv_days.size == 1 and pay_days[0] >= adv_days[0] and (
            pay_days.size == 1 or (pay_days[1:] > pay_days[:-1]).all()):
        # One advance, then payments on distinct dates in order (every schedule): the dates
        # are already sorted and unique but the first payment's, on the advance's day when it
        # is a fee paid then; the same sums as bincount's below, in the same order.
        if pay_days[0] == adv_days[0]:
            days = pay_days
            net = -pay_amounts
            net[0] = 0.0 + adv_amounts[0] - pay_amounts[0]
        else:
            days = np.concatenate([adv_days, pay_days])
            net = signed.copy()
    else:
        days, where = np.unique(np.concatenate([adv_days, pay_days]), return_inverse=True)
        net = np.bincount(where, weights=signed)
    net[np.abs(net) <= 1e-12 * np.abs(signed).max()] = 0.0
    keep = net != 0.0
    return days[keep], net[keep]


def unit_period_of(payments: Sequence[CashFlow], advances: Sequence[CashFlow] = ()
                   ) -> UnitPeriod | str:
    """The unit period of a schedule: the most common interval between payments, the shorter
    on a tie, else the average interval rounded to a standard one (12 CFR 1026 Appendix J
    (b)(4)(i)). With ``advances``, the periods between advances and from the first advance to
    the first payment count too (b)(3)(i). Multiples without a name come back as ``"3-week"``.

    >>> from datetime import date
    >>> pays = [CashFlow(date(2024, m, 15), Decimal(100)) for m in range(2, 8)]
    >>> unit_period_of(pays)
    <UnitPeriod.MONTH: 'month'>
    """
    pay_days, _ = _read(payments, "payments")
    adv_days = _read(advances, "advances")[0] if advances else pay_days[:0]
    if not advances and np.unique(pay_days).size < 2:
        raise InputError("payments", "needs two payment dates, or the advances, to show a period")
    start = min(adv_days.min(), pay_days.min()) if advances else pay_days.min()
    days = np.unique(np.concatenate([[start], adv_days, pay_days]))
    return detect_unit(Calendar.of(days), np.isin(days, pay_days),
                       np.isin(days, adv_days) | (days == start)).label


def annual_percentage_rate(advances: Sequence[CashFlow], payments: Sequence[CashFlow],
                           convention: Convention | str,
                           unit_period: UnitPeriod | str | None = None) -> AprResult:
    """The true annual rate of ``advances`` (money the borrower receives) against ``payments``
    (money the borrower pays, a fee at signing being a payment on the advance date).

    The conventions and their formulas are described on :class:`Convention`. Where the flows
    admit several rates the positive one nearest zero is taken (UK MCOB 10.3.1B(2)), else the
    one nearest zero: a negative rate is an answer, not an error.

    >>> from datetime import date
    >>> lent = [CashFlow(date(2023, 3, 1), Decimal("1000"))]
    >>> repaid = [CashFlow(date(2024, 3, 1), Decimal("1100"))]
    >>> round(annual_percentage_rate(lent, repaid, "eu-aprc").rate, 10)
    0.1
    >>> r = annual_percentage_rate(lent, repaid, "us-reg-z")
    >>> r.unit_period, r.periods_per_year, round(r.rate, 10)
    (<UnitPeriod.YEAR: 'year'>, 1.0, 0.1)
    """
    convention, forced = _terms(convention, unit_period)
    return _annual_rate(_read(advances, "advances"), _read(payments, "payments"), convention,
                        forced)


def annual_percentage_rate_of(advance_dates: Sequence[datetime.date],
                              advance_amounts: Sequence[Decimal],
                              payment_dates: Sequence[datetime.date],
                              payment_amounts: Sequence[Decimal],
                              convention: Convention | str,
                              unit_period: UnitPeriod | str | None = None) -> AprResult:
    """:func:`annual_percentage_rate` of the flows given as their dates and amounts, in two
    lists each (a schedule's rows read once, without a :class:`CashFlow` for each).

    >>> from datetime import date
    >>> round(annual_percentage_rate_of([date(2023, 3, 1)], [Decimal("1000")],
    ...                                 [date(2024, 3, 1)], [Decimal("1100")], "eu-aprc").rate, 10)
    0.1
    """
    convention, forced = _terms(convention, unit_period)
    return _annual_rate(_arrays(advance_dates, advance_amounts, "advances"),
                        _arrays(payment_dates, payment_amounts, "payments"), convention,
                        forced)


def _terms(convention: Convention | str,
           unit_period: UnitPeriod | str | None) -> tuple[Convention, Unit | None]:
    """The convention and the unit period named, checked before any flow is read."""
    try:
        convention = Convention(convention)
    except ValueError:
        raise InputError("convention", f"{convention!r} is not one of "
                         f"{', '.join(c.value for c in Convention)}") from None
    return convention, parse_unit(unit_period) if unit_period is not None else None


def _annual_rate(advances: tuple[np.ndarray, np.ndarray], payments: tuple[np.ndarray, np.ndarray],
                 convention: Convention, forced: Unit | None) -> AprResult:
    adv_days, adv_amounts = advances
    pay_days, pay_amounts = payments
    start = int(adv_days.min())
    early = np.flatnonzero(pay_days < start)
    if early.size:
        raise InputError(f"payments[{int(early[0])}].date", "is before the first advance")
    days, net = _net(adv_days, adv_amounts, pay_days, pay_amounts)
    paid, received = net < 0, net > 0
    if not paid.any() or not received.any():
        raise InputError("payments", "net of same-day advances, nothing is left to repay or "
                         "nothing was lent: no rate can be found")
    if days[0] != start:  # a fee as large as the first advance leaves no net flow that day
        days, net = np.concatenate([[start], days]), np.concatenate([[0.0], net])
        paid, received = net < 0, net > 0
    cal = Calendar.of(days)
    unit = forced or _unit_for(convention, cal, paid, received)
    fractions = None
    if convention is Convention.US_REG_Z:
        times, fractions = reg_z_times(cal, unit)
    elif convention is Convention.EU_APRC:
        # The schedule's own period: a single repayment is measured in months (remark (c)).
        several = forced is not None or int(np.count_nonzero(paid)) > 1
        times = eu_years(cal, unit if several else Unit("month"))
    else:
        times = periods_compound(cal, unit)
    roots = solve_rate(net, times, fractions)
    if roots is None:
        raise InputError("payments", "no rate makes the payments repay the advances")
    per_year = 1.0 if convention is Convention.EU_APRC else unit.per_year
    label = UnitPeriod.YEAR if convention is Convention.EU_APRC else unit.label
    return AprResult(
        rate=roots.rate * per_year,
        convention=convention,
        unit_period=label,
        periods_per_year=per_year,
        periodic_rate=roots.rate,
        effective_annual_rate=_effective(roots.rate, per_year),
        multiple_roots=roots.multiple,
        roots=tuple(x * per_year for x in roots.roots),
    )


def _unit_for(convention: Convention, cal: Calendar, paid: np.ndarray,
              received: np.ndarray) -> Unit:
    """The unit period the convention uses when the caller does not name one."""
    single = cal.days.size == 2 and paid[1] and received[0]
    if single and convention is not Convention.EU_APRC:
        return single_payment_term(cal)
    return detect_unit(cal, paid, received)


def _effective(periodic: float, per_year: float) -> float:
    """(1 + i)^k - 1, computed through logs so that tiny rates keep their digits."""
    if periodic <= -1.0:  # a rate within 1e-16 of -100% rounds to it in binary floating point
        return -1.0
    try:
        return math.expm1(per_year * math.log1p(periodic))
    except OverflowError:
        return math.inf
