"""Which of the rates a text states prices the product, and how it is written in the product
JSON.

A rate stated per period (daily, monthly, a fee per period or in total, a flat add-on rate) is
the lender's own working and prices the product. Without one, a quoted payment with its price
and term does: the payment is the money, and an annual figure beside it is only a claim to be
checked. Without either, the first annual figure the text does not derive from another, and
last "interest-free" / "0%". Among annual figures an interest rate (年利率, p.a., interest rate)
comes before an APR (年化, APR, APRC), which is the lender's all-in figure to be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext

from planner.core.dates import Frequency
from planner.core.offer.implied import implied_annual_rate
from planner.core.offer.rates import RateStatement, Stated
from planner.core.product import Method

PER_PERIOD = (Stated.DAILY, Stated.MONTHLY, Stated.MONTHLY_FEE, Stated.TOTAL_FEE, Stated.FLAT)
#: Currencies whose law states the APR as an effective annual rate (the EU APRC, UK APR):
#: their "APR" figure is turned into the nominal rate that yields it.
EFFECTIVE_APR_CURRENCIES = ("EUR", "GBP")


@dataclass(frozen=True, slots=True)
class Pricing:
    """``rate`` as the product JSON writes it (None: interest-free, or not known); ``method``
    forced by the rate (a fee on the original principal is a fee_installment); ``zero`` for
    an interest-free reading; ``source`` the statement used (None when a payment implied it);
    ``pending`` names what the rate still waits for (the term of a total fee, say)."""

    rate: dict[str, str] | None
    method: Method | None
    zero: bool
    source: RateStatement | None
    implied: bool = False
    pending: str | None = None


NOTHING = Pricing(None, None, False, None)


def price(statements: list[RateStatement], *, principal: Decimal | None,
          payment: Decimal | None, payments: int | None, frequency: Frequency,
          currency: str | None, fee_each: Decimal = Decimal(0)) -> Pricing:
    """The pricing of a text's rate statements (in text order). A quoted payment is read as
    including the fee charged with each payment (``每期服务费12元，每期应还345.33元``) when
    that leaves enough to repay the principal, else as the payment before it."""
    per_period = [s for s in statements if s.kind in PER_PERIOD]
    if per_period:
        return _per_period(per_period[0], payments, frequency)
    if payment is not None and principal is not None and payments is not None:
        annual = None
        if 0 < fee_each < payment:
            annual = implied_annual_rate(principal, payment - fee_each, payments, frequency,
                                         currency or "CNY")
        if annual is None:
            annual = implied_annual_rate(principal, payment, payments, frequency,
                                         currency or "CNY")
        if annual is None:
            return Pricing(None, None, False, None, implied=True, pending="payment")
        if annual == 0:
            return Pricing(None, None, True, None, implied=True)
        return Pricing({"annual": str(annual)}, Method.ANNUITY, False, None, implied=True)
    annual = [s for s in statements if s.kind is Stated.ANNUAL]
    if annual:
        # An interest rate prices; an APR beside it is the lender's all-in claim to check.
        chosen = next((s for s in annual if not s.derived and not s.apr),
                      next((s for s in annual if not s.derived), annual[0]))
        if chosen.value == 0:
            return Pricing(None, None, True, chosen)
        value = chosen.value
        if chosen.apr and currency in EFFECTIVE_APR_CURRENCIES:
            value = nominal_of_effective(value, frequency.per_year)
        return Pricing({"annual": str(value)}, None, False, chosen)
    zero = [s for s in statements if s.kind is Stated.ZERO]
    if zero:
        return Pricing(None, None, True, zero[0])
    return NOTHING


def _per_period(s: RateStatement, payments: int | None, frequency: Frequency) -> Pricing:
    if s.kind is Stated.DAILY:
        return Pricing({"daily": str(s.value)}, None, False, s)
    if s.kind is Stated.MONTHLY:
        return Pricing({"monthly": str(s.value)}, None, False, s)
    if s.kind is Stated.FLAT:
        return Pricing({"flat": str(s.value)}, Method.FEE_INSTALLMENT, False, s)
    value = s.value
    if s.kind is Stated.TOTAL_FEE:
        if payments is None:
            return Pricing(None, Method.FEE_INSTALLMENT, False, s, pending="term")
        value = spread(s.value, payments)
    if value == 0:
        return Pricing(None, None, True, s)
    # The engine's monthly_fee is charged x12 / payments a year per period; a fee "per
    # period" at another frequency is stated per month here so each period pays what it says.
    monthly = value * frequency.per_year / 12 if frequency is not Frequency.MONTHLY else value
    return Pricing({"monthly_fee": str(_tidy(monthly))}, Method.FEE_INSTALLMENT, False, s)


def spread(total: Decimal, payments: int) -> Decimal:
    """A total fee rate per period: 7.5% over 12 periods is 0.625% (exact where it divides,
    else to 12 decimals: 10% over 3 periods is 0.033333333333).

    >>> spread(Decimal("0.075"), 12), spread(Decimal("0.1"), 3)
    (Decimal('0.00625'), Decimal('0.033333333333'))
    """
    share = total / payments
    if share * payments == total:
        return _tidy(share)
    return share.quantize(Decimal("1e-12"))


def nominal_of_effective(effective: Decimal, per_year: int) -> Decimal:
    """The nominal annual rate, compounded ``per_year`` times, whose effective annual rate is
    ``effective``: 12 x ((1 + 0.199)^(1/12) - 1) = 0.18255... for a UK 19.9% APR.

    >>> nominal_of_effective(Decimal("0.1268250301319698"), 12)
    Decimal('0.12')
    """
    with localcontext() as ctx:
        ctx.prec = 34
        nominal = per_year * ((1 + effective) ** (Decimal(1) / per_year) - 1)
    return _tidy(nominal.quantize(Decimal("1e-10")))


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
