"""The one way each kind of figure is written, in English and Chinese: money with its currency's
sign and minor units, the three kinds of percentage, dates and months.

Every surface (the app's tables and tiles, the explanations, the PDF reports, the command
line's text) formats through here, so a figure reads the same wherever it is shown. Money
stays ``Decimal`` from the engine to the text: no float is ever in between.

- Money: ``¥18,336.00``, ``-¥194.50``, ``$2,499.00``; the minor unit is the currency's own
  (``planner.core.money``: none for JPY and KRW).
- Rates (the true annual rate, the effective annual rate): two decimals, ``13.03%``.
- Ratios (a share of income, debt to income): one decimal, ``47.2%``.
- Quoted rates and lines set by a person (``0.05%`` a day, a ``36%`` line): as exact as given.
- Dates: ISO ``2026-12-05`` in both languages, unambiguous in each; months ``Dec 2026`` and
  ``2026年12月``.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from planner.core.dates import month_of
from planner.core.money import minor_exponent

LANGUAGES = ("en", "zh_CN")
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$",
           "TWD": "NT$", "SGD": "S$", "AUD": "A$", "CAD": "C$", "CHF": "CHF ", "KRW": "₩"}
RATE_DECIMALS = 2
RATIO_DECIMALS = 1
NOTHING = "—"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}")
    return lang


def pick(pair: tuple[str, str], lang: str) -> str:
    """The English or Chinese half of a ``(en, zh_CN)`` pair."""
    return pair[1] if lang == "zh_CN" else pair[0]


def grouped(value: Decimal, decimals: int) -> str:
    """``value`` rounded half up to ``decimals`` places, thousands grouped with commas.

    >>> grouped(Decimal("1234567.005"), 2), grouped(Decimal("-0.4"), 0)
    ('1,234,567.01', '-0')
    """
    step = Decimal(1).scaleb(-decimals)
    return f"{Decimal(value).quantize(step, ROUND_HALF_UP):,}"


def money(amount: Decimal | None, currency: str, *, sign: bool = False) -> str:
    """An amount with its currency's sign and minor units; ``sign`` shows a ``+`` too.

    >>> money(Decimal("18336"), "CNY"), money(Decimal("-194.5"), "USD")
    ('¥18,336.00', '-$194.50')
    >>> money(Decimal(1500), "JPY")
    '¥1,500'
    >>> money(Decimal("3"), "EUR", sign=True), money(None, "CNY")
    ('+€3.00', '—')
    """
    if amount is None:
        return NOTHING
    text = grouped(abs(Decimal(amount)), minor_exponent(currency))
    prefix = "-" if amount < 0 else ("+" if sign and amount > 0 else "")
    return f"{prefix}{SYMBOLS.get(currency, currency + ' ')}{text}"


def amount(value: Decimal | None, currency: str) -> str:
    """An amount in its currency's minor units without the sign (table cells under a header
    that names the currency, CSV-like text): ``18,336.00``."""
    return NOTHING if value is None else grouped(Decimal(value), minor_exponent(currency))


def percent(fraction: Decimal | float | None, decimals: int) -> str:
    """A fraction as a percentage with ``decimals`` places, rounded half up."""
    if fraction is None:
        return NOTHING
    value = Decimal(repr(float(fraction))) if isinstance(fraction, float) else Decimal(fraction)
    return f"{(value * 100).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)}%"


def rate(fraction: Decimal | float | None) -> str:
    """A computed annual rate (true annual rate, EAR): ``13.03%``.

    >>> rate(Decimal("0.130342")), rate(0.1824)
    ('13.03%', '18.24%')
    """
    return percent(fraction, RATE_DECIMALS)


def ratio(fraction: Decimal | float | None) -> str:
    """A share (of income, of the cost): ``47.2%``.

    >>> ratio(Decimal("0.47216")), ratio(None)
    ('47.2%', '—')
    """
    return percent(fraction, RATIO_DECIMALS)


def exact_percent(fraction: Decimal) -> str:
    """A rate as it was given (a quote, a threshold a person set), no digit lost or added:
    ``0.0005`` -> ``0.05%``, ``0.36`` -> ``36%``.

    >>> exact_percent(Decimal("0.0005")), exact_percent(Decimal("0.360"))
    ('0.05%', '36%')
    """
    text = format((Decimal(fraction) * 100).normalize(), "f")
    return f"{text}%"


def number(value: Decimal | float | int, decimals: int = 2) -> str:
    """A plain number: ``1.5``, ``12``; up to ``decimals`` places, no trailing zeros.

    >>> number(Decimal("1.50")), number(12), number(Decimal("0.333333"), 2)
    ('1.5', '12', '0.33')
    """
    # float(): a numpy float's repr is "np.float64(3.0)" (a chart's axis hands those in)
    text = grouped(Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value),
                   decimals)
    return text.rstrip("0").rstrip(".") if "." in text else text


def day(value: date | None) -> str:
    """A date: ``2026-12-05`` in both languages."""
    return NOTHING if value is None else value.isoformat()


def month(value: date | str | None, lang: str) -> str:
    """A month: ``Dec 2026`` / ``2026年12月``; takes a date or a ``2026-12`` label.

    >>> month("2026-12", "en"), month(date(2027, 1, 31), "zh_CN")
    ('Dec 2026', '2027年1月')
    """
    if value is None:
        return NOTHING
    if isinstance(value, str):
        value = month_of(value)
    if lang == "zh_CN":
        return f"{value.year}年{value.month}月"
    return f"{_MONTHS_EN[value.month - 1]} {value.year}"


def short_month(value: date, lang: str) -> str:
    """A month on a chart's axis: ``Dec`` / ``12月``."""
    return f"{value.month}月" if lang == "zh_CN" else _MONTHS_EN[value.month - 1]


def listing(names: list[str] | tuple[str, ...], lang: str, few: int = 3) -> str:
    """Names joined as each language lists them, the rest counted: ``a, b, c and 2 more``.

    >>> listing(["a", "b", "c", "d", "e"], "en"), listing(["甲", "乙"], "zh_CN")
    ('a, b, c and 2 more', '甲、乙')
    """
    joiner = "、" if lang == "zh_CN" else ", "
    shown = joiner.join(names[:few])
    rest = len(names) - few
    if rest > 0:
        return f"{shown} 等（另 {rest} 项）" if lang == "zh_CN" else f"{shown} and {rest} more"
    return shown
