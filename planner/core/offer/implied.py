"""The rate a quoted payment implies: ``月供888元，共24期`` on a 20,000 price, ``24 monthly
payments of $115.25`` on $2,499.

The level payment A that repays P in n periods fixes the periodic rate r of P = A (1 - (1 +
r)^-n) / r; :func:`planner.core.tvm.periodic_rate_for` solves it (numpy-financial's rate,
guarded by the engine's bracketed solver). The reader states it as an annual rate (r x payments
a year), with the fewest decimals for which the engine's own schedule charges exactly the
quoted payment, so ``planner calc`` on the product prints the payment the lender printed.
"""

from __future__ import annotations

from decimal import Decimal

from planner.core.dates import Frequency
from planner.core.money import round_money
from planner.core.schedule import annuity_payment
from planner.core.tvm import periodic_rate_for

_MOST_DIGITS = 16


def implied_annual_rate(principal: Decimal, payment: Decimal, periods: int,
                        frequency: Frequency, currency: str) -> Decimal | None:
    """The nominal annual rate at which ``periods`` payments of ``payment`` repay
    ``principal``: ``Decimal(0)`` when they repay it exactly, None when they repay less.

    >>> implied_annual_rate(Decimal(200000), Decimal("1264.14"), 360, Frequency.MONTHLY, "CNY")
    Decimal('0.065')
    >>> implied_annual_rate(Decimal(300), Decimal(100), 3, Frequency.MONTHLY, "CNY")
    Decimal('0')
    """
    if round_money(principal / periods, currency) == payment:
        return Decimal(0)  # 2,000 in 6: 333.33 a period, the last absorbing the cents
    if payment * periods < principal:
        return None
    per_year = frequency.per_year
    guess = Decimal(repr(periodic_rate_for(periods, payment, principal) * per_year))
    best = None
    for digits in range(2, _MOST_DIGITS + 1):
        step = Decimal(1).scaleb(-digits)
        centre = guess.quantize(step)
        for candidate in (centre, centre - step, centre + step):
            if candidate <= 0:
                continue
            paid = _level(principal, candidate / per_year, periods, currency)
            if paid == payment:
                return candidate.normalize() if candidate != candidate.to_integral_value() \
                    else candidate
        best = centre
    return best


def _level(principal: Decimal, periodic: Decimal, periods: int, currency: str) -> Decimal:
    """The payment the schedule charges (schedule.py: every regular factor equal, rounded
    half up once)."""
    return round_money(annuity_payment(principal, [periodic] * periods), currency)
