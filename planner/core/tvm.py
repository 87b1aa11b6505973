"""Time value of money for level-payment loans: the one wrapper around numpy-financial 1.0.0.

Callers speak the borrower's language: a principal received and positive payments made.
numpy-financial's sign convention (money received positive) and its known defects stay in here,
and only Python floats and Decimals come out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal, localcontext

import numpy as np
import numpy_financial as npf

from planner.core.apr_solver import solve_rate
from planner.core.errors import InputError


def _check(periodic_rate: Decimal | float, principal: Decimal | None = None,
           periods: int | None = None) -> None:
    if not math.isfinite(periodic_rate) or periodic_rate <= -1:
        raise InputError("rate", "must be a finite rate above -100% per period")
    if principal is not None and not principal > 0:
        raise InputError("principal", "must be greater than zero")
    if periods is not None and (isinstance(periods, bool) or not isinstance(periods, int)
                                or periods < 1):
        raise InputError("periods", "must be a whole number of periods, at least 1")


def _decimal(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def level_payment(periodic_rate: Decimal, periods: int, principal: Decimal) -> Decimal:
    """The level payment that repays ``principal`` in ``periods`` payments at the end of each
    period: P r / (1 - (1 + r)^-n), or P / n at a zero rate. Positive and not rounded.

    Computed in 40-digit Decimal from that closed form. It agrees with ``numpy_financial.pmt``
    (whose answer is negative: money paid out; its docstring example is a test) but keeps its
    digits at small rates, where pmt's (1 + r)^n - 1 cancels: pmt(1e-7, 1, 100) is off by 0.6%
    of the interest.

    >>> from planner.core.money import round_money
    >>> pay = level_payment(Decimal("0.065") / 12, 360, Decimal("200000"))
    >>> round_money(pay, "CNY")
    Decimal('1264.14')
    >>> level_payment(Decimal(0), 12, Decimal("1200"))
    Decimal('100')
    """
    _check(periodic_rate, principal, periods)
    if periodic_rate == 0:
        return principal / periods
    with localcontext() as ctx:
        ctx.prec = 40
        if abs(periodic_rate) < Decimal("1e-30"):  # (1 + r) would round to 1: P/n (1 + r(n+1)/2)
            payment = principal / periods * (1 + periodic_rate * (periods + 1) / 2)
        else:
            payment = principal * periodic_rate / (1 - (1 + periodic_rate) ** -periods)
    return +payment


def periods_to_repay(periodic_rate: Decimal, payment: Decimal, principal: Decimal
                     ) -> Decimal | None:
    """How many payments of ``payment`` repay ``principal``: n = -ln(1 - P r / A) / ln(1 + r),
    fractional (the last payment is a part one). None when the payment never repays, that is
    when it does not exceed the first period's interest.

    Wraps ``numpy_financial.nper``, guarding its defect ``nper(0, -10, 100) == -10`` (a zero
    rate is P / A periods, here 10).

    >>> round(periods_to_repay(Decimal("0.07") / 12, Decimal(150), Decimal(8000)), 5)
    Decimal('64.07335')
    >>> periods_to_repay(Decimal(0), Decimal(10), Decimal(100))
    Decimal('10')
    >>> periods_to_repay(Decimal("0.01"), Decimal(10), Decimal(1000)) is None
    True
    """
    _check(periodic_rate, principal)
    if not payment > 0:
        raise InputError("payment", "must be greater than zero")
    if periodic_rate == 0:
        return principal / payment
    if payment <= principal * periodic_rate:
        return None
    periods = float(npf.nper(float(periodic_rate), -float(payment), float(principal)))
    return _decimal(periods) if math.isfinite(periods) and periods > 0 else None


def periodic_rate_for(periods: int, payment: Decimal, principal: Decimal) -> float:
    """The rate per period at which ``periods`` end-of-period payments of ``payment`` repay
    ``principal``: the r with P = A (1 - (1 + r)^-n) / r. Negative when they repay less.

    Wraps ``numpy_financial.rate``, whose Newton iteration from 10% can return nan or a rate
    below -100% (numpy-financial issue #126); such answers, and any that do not satisfy the
    equation, are replaced by the bracketed solver of :mod:`planner.core.apr_solver`.

    >>> round(periodic_rate_for(360, Decimal("1264.14"), Decimal(200000)) * 12, 6)
    0.065
    >>> round(periodic_rate_for(12, Decimal(500), Decimal(1000)), 6)  # npf.rate says -1.878
    0.496022
    """
    _check(0.0, principal, periods)
    if not payment > 0 or not math.isfinite(payment):
        raise InputError("payment", "must be greater than zero")
    a, p = float(payment), float(principal)
    with np.errstate(all="ignore"):
        rate = float(npf.rate(periods, -a, p, 0.0))
    if math.isfinite(rate) and rate > -1 and _annuity_gap(rate, periods, a, p) <= 1e-13:
        return rate
    amounts = np.concatenate([[p], np.full(periods, -a)])
    roots = solve_rate(amounts, np.arange(periods + 1, dtype=np.float64))
    if roots is None:  # cannot happen: one sign change always has a root
        raise InputError("payment", "no rate repays the principal")
    return roots.rate


def _annuity_gap(rate: float, periods: int, payment: float, principal: float) -> float:
    """|present value of the payments at ``rate`` - principal| / principal."""
    value = payment * periods if rate == 0 else payment * -math.expm1(
        -periods * math.log1p(rate)) / rate
    return abs(value - principal) / principal


def net_present_value(periodic_rate: Decimal | float, flows: Sequence[Decimal]) -> Decimal:
    """Sum of flows[k] / (1 + r)^k, the first flow at period 0 (not discounted), whatever
    sign the caller gives each flow.

    Wraps ``numpy_financial.npv``; its docstring example:

    >>> net_present_value(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000]).quantize(
    ...     Decimal("0.00001"))
    Decimal('3065.22267')
    """
    _check(periodic_rate)
    if not flows:
        raise InputError("flows", "needs at least one cash flow")
    return _decimal(npf.npv(float(periodic_rate), [float(f) for f in flows]))


def payment_split(periodic_rate: Decimal, period: int, periods: int, principal: Decimal
                  ) -> tuple[Decimal, Decimal]:
    """(interest, principal) in payment ``period`` (1 = first) of a level-payment loan.

    Principal part = P r (1 + r)^(k-1) / ((1 + r)^n - 1); interest = payment - principal part.
    Computed in 40-digit Decimal from this closed form, not by ``numpy_financial.ppmt`` /
    ``ipmt``, which lose all precision late in long schedules (numpy-financial issue #35).

    >>> interest, repaid = payment_split(Decimal("0.01"), 1, 12, Decimal(1200))
    >>> round(interest, 2), round(repaid, 2)
    (Decimal('12.00'), Decimal('94.62'))
    """
    _check(periodic_rate, principal, periods)
    if not 1 <= period <= periods:
        raise InputError("period", f"must be between 1 and {periods}")
    if periodic_rate == 0:
        return Decimal(0), principal / periods
    with localcontext() as ctx:
        ctx.prec = 40
        growth = 1 + periodic_rate
        total = growth ** periods - 1
        repaid = principal * periodic_rate * growth ** (period - 1) / total
        interest = principal * periodic_rate * (growth ** periods - growth ** (period - 1)) / total
    return +interest, +repaid
