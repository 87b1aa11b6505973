"""The words of a read offer's warnings (issue 10), in English and Chinese.

The reader (:mod:`planner.core.offer`) returns codes and numbers; the command line and the
app's paste box say them with these sentences.
"""

from __future__ import annotations

from decimal import Decimal

from planner.text import format as fmt
from planner.text.names import CONVENTIONS_SHORT, name

_UNDERSTATES = (
    "The text states {quoted} a year (\u201c{text}\u201d), but the true annual rate is {true} "
    "({convention}): the quote understates the cost by {gap} percentage points.",
    "文中写的年化 {quoted}（“{text}”）低于真实年化利率 {true}（{convention}），"
    "少说了 {gap} 个百分点。",
)
_PAYMENT_DIFFERS = (
    "The text quotes a payment of {quoted}, but its own terms give {calculated}: check the "
    "rate, fees and term it states.",
    "文中写的每期还款 {quoted} 与按其条款算出的 {calculated} 不一致，请核对利率、费用和期数。",
)
_CANNOT_PRICE = (
    "The product read from the text cannot be priced: {problem}",
    "按文中条款无法计算：{problem}",
)


def understatement_sentence(text: str, quoted_percent: Decimal, true_percent: float,
                            convention: str, lang: str = "en") -> str:
    """The sentence of a ``quoted_rate_understates`` warning.

    >>> understatement_sentence("折合年化仅7.2%", Decimal("7.2"), 13.034, "cn-irr")
    'The text states 7.2% a year (“折合年化仅7.2%”), but the true annual rate is 13.03% (IRR): \
the quote understates the cost by 5.83 percentage points.'
    >>> understatement_sentence("0% interest", Decimal(0), 52.3, "us-reg-z", "zh_CN")
    '文中写的年化 0%（“0% interest”）低于真实年化利率 52.30%（Z 条例），少说了 52.30 个百分点。'
    """
    true = Decimal(repr(float(true_percent))) / 100
    gap = (true * 100 - quoted_percent).quantize(Decimal("0.01"))
    template = _UNDERSTATES[1] if lang == "zh_CN" else _UNDERSTATES[0]
    return template.format(quoted=fmt.exact_percent(quoted_percent / 100), text=text,
                           true=fmt.rate(true), gap=gap,
                           convention=name(convention, lang, CONVENTIONS_SHORT))


def payment_differs_sentence(quoted: Decimal, calculated: Decimal, lang: str = "en") -> str:
    """The sentence of a ``quoted_payment_differs`` warning.

    >>> payment_differs_sentence(Decimal(1450), Decimal("1446.06"), "zh_CN")
    '文中写的每期还款 1,450 与按其条款算出的 1,446.06 不一致，请核对利率、费用和期数。'
    """
    template = _PAYMENT_DIFFERS[1] if lang == "zh_CN" else _PAYMENT_DIFFERS[0]
    return template.format(quoted=fmt.number(quoted), calculated=fmt.number(calculated))


def cannot_price_sentence(problem: str, lang: str = "en") -> str:
    """The sentence of a ``cannot_price`` warning: ``calc`` refuses the product read."""
    template = _CANNOT_PRICE[1] if lang == "zh_CN" else _CANNOT_PRICE[0]
    return template.format(problem=problem)
