"""Exact money: ``Decimal`` amounts, the minor unit of each currency, and one rounding rule.

Every amount the engine hands out is a ``Decimal`` quantized to its currency's minor unit with
ROUND_HALF_UP (the commercial rounding Chinese and US lenders print on statements). Storage keeps
integer minor units; :func:`to_minor` and :func:`from_minor` convert without loss.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from planner.core.errors import InputError, shown

#: ISO 4217 minor-unit exponents for the currencies the app offers.
MINOR_UNITS: dict[str, int] = {
    "CNY": 2, "USD": 2, "EUR": 2, "GBP": 2, "HKD": 2, "TWD": 2, "SGD": 2, "AUD": 2,
    "CAD": 2, "CHF": 2, "JPY": 0, "KRW": 0,
}

ZERO = Decimal(0)
#: Numbers beyond 10**±30 are refused: no rate or amount is that large or that small, and
#: arithmetic on 1e999999 overflows.
MAX_EXPONENT = 30
_QUANTA = {code: Decimal(1).scaleb(-digits) for code, digits in MINOR_UNITS.items()}


def minor_exponent(currency: str) -> int:
    """Digits after the decimal point in ``currency`` (ISO 4217)."""
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise InputError("currency", f"unknown currency {currency!r}") from None


def quantum(currency: str) -> Decimal:
    """The smallest amount of ``currency``: ``Decimal('0.01')`` for CNY."""
    try:
        return _QUANTA[currency]
    except KeyError:
        return Decimal(1).scaleb(-minor_exponent(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit.

    >>> round_money(Decimal("1264.135"), "CNY")
    Decimal('1264.14')
    >>> round_money(Decimal("2.5"), "JPY")
    Decimal('3')
    """
    return amount.quantize(_QUANTA.get(currency) or quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    """Integer minor units for storage; refuses an amount finer than the minor unit.

    >>> to_minor(Decimal("12.30"), "CNY")
    1230
    """
    scaled = amount.scaleb(minor_exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} is finer than the minor unit of {currency}")
    return int(scaled)


def from_minor(units: int, currency: str) -> Decimal:
    """The ``Decimal`` amount of ``units`` minor units.

    >>> from_minor(1230, "CNY")
    Decimal('12.30')
    """
    return Decimal(units).scaleb(-minor_exponent(currency))


def parse_decimal(value: object, field: str) -> Decimal:
    """A finite ``Decimal`` from a JSON string or number; anything else names ``field``.

    Numbers go through ``str`` so that ``0.1`` stays one tenth rather than a binary fraction.

    >>> parse_decimal("0.065", "rate.annual")
    Decimal('0.065')
    >>> parse_decimal(0.1, "amount")
    Decimal('0.1')
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise InputError(field, f"must be a number or a decimal string, not {_kind(value)}")
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):  # ValueError: an integer too long for str()
        raise InputError(field, f"{shown(value)} is not a number") from None
    if not number.is_finite():
        raise InputError(field, f"{shown(value)} is not a finite number")
    if number and not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        # 1e999999 is a valid Decimal, but anything computed from it overflows.
        size = "large" if number.adjusted() > 0 else "small"
        raise InputError(field, f"{shown(value)} is too {size} to be a rate or an amount")
    return number


#: The largest amount of money the engine takes: ten trillion, far above any consumer credit,
#: and below what its arithmetic and the database's integer minor units hold.
LARGEST_AMOUNT = Decimal("1e13")


def parse_amount(value: object, field: str, currency: str, *, allow_zero: bool = False) -> Decimal:
    """A positive money amount (zero when allowed), rounded to the currency's minor unit."""
    number = parse_decimal(value, field)
    if number < 0 or (number == 0 and not allow_zero):
        raise InputError(field, "must be greater than zero" if not allow_zero
                         else "must not be negative")
    if number > LARGEST_AMOUNT:
        raise InputError(field, f"{shown(value)} is too large for a consumer credit amount")
    rounded = round_money(number, currency)
    if rounded != number:
        raise InputError(field, f"{shown(value)} has more decimals than {currency} allows")
    return rounded


def _kind(value: object) -> str:
    return {type(None): "null", bool: "true/false", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)
