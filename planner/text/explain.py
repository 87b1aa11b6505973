"""Explanations in words: :func:`render` turns an :class:`~planner.core.explain.Explanation`
into English or Chinese sentences with the user's own numbers, exactly as the record holds them.

The Qt app calls :func:`render` (its language setting picks ``lang``); the command line and the
PDF reports call it too, so every surface words a figure the same way.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from planner.core.explain import Explanation, Unit, Value, unit_of
from planner.text import format as fmt
from planner.text.names import (
    BANDS,
    CONVENTIONS_LONG,
    DAY_COUNTS,
    LPR_RESETS,
    LPR_TENORS,
    QUOTE_UNITS,
    SEVERITIES,
    TOPICS,
    WARNINGS,
    name,
)
from planner.text.templates import template

_name = name  # the formatter's own ``name`` is a value's

#: Stable codes that appear inside sentences, worded.
_CODES: dict[str, tuple[str, str]] = {
    "month": ("month", "月"), "semimonth": ("half-month", "半月"), "biweek": ("two weeks", "两周"),
    "week": ("week", "周"), "year": ("year", "年"), "day": ("day", "天"),
    "yes": ("found", "有"), "no": ("none", "无"),
    "monthly_fee": ("monthly fee", "月手续费"), "flat": ("flat rate a year", "年固定利率"),
    "plus_interest": (" plus the interest and fees just charged", "加上本期利息和费用"),
    "percent_only": ("", ""),
    "monthly": ("monthly", "每月"), "semimonthly": ("twice a month", "每半月"),
    "biweekly": ("every two weeks", "每两周"), "weekly": ("weekly", "每周"),
    "quarter": ("quarter", "季度"), "half-year": ("half-year", "半年"),
    "quarterly": ("quarterly", "每季度"), "yearly": ("yearly", "每年"),

    # the documents behind warning lines (planner.core.stress sources)
    "cn-cbrc-2004-57": ("China's bank guideline 银监发〔2004〕57号 (all debt payments at most 55% "
                        "of income)", "银监发〔2004〕57号（全部债务支出不超过收入的 55%）"),
    "us-qm-43": ("the US qualified-mortgage rule (43% of income)",
                 "美国合格抵押贷款规则（收入的 43%）"),
    "common-36": ("the common 36% caution line", "常用的 36% 警戒线"),
    "product-default": ("this app's default", "本应用的默认值"),
    "cfpb-bnpl-2022": ("CFPB, Buy Now, Pay Later: Market trends and consumer impacts (2022)",
                       "美国消费者金融保护局《先买后付：市场趋势与消费者影响》（2022）"),
    "spc-private-lending-2020": ("Supreme People's Court private lending provisions, 2020 "
                                 "(4 × the one-year LPR)",
                                 "最高人民法院民间借贷司法解释（2020 年修正，一年期 LPR 的 4 倍）"),
    "spc-private-lending-2015": ("Supreme People's Court private lending provisions, 2015 "
                                 "(24% protected, above 36% void)",
                                 "最高人民法院民间借贷司法解释（2015，24% 受保护，超过 36% 无效）"),
    "us-mla-10-usc-987": ("US Military Lending Act, 10 U.S.C. 987 (36%)",
                          "美国《军人借贷法》10 U.S.C. 987（36%）"),
    "us-card-act-1026.7b12": ("US CARD Act repayment disclosure, 12 CFR 1026.7(b)(12)",
                              "美国 CARD 法案还款披露，12 CFR 1026.7(b)(12)"),
    "user-cap": ("your own cap", "你设定的上限"),
    "us-reg-z-1026.7b14": ("US Regulation Z, 12 CFR 1026.7(b)(14): each statement of a "
                           "deferred-interest promotion gives the date to pay it in full by",
                           "美国 Z 条例 12 CFR 1026.7(b)(14)：递延利息优惠期内每期账单须列明全额"
                           "还清的截止日期"),
    # payoff strategies, inside sentences (planner.core.payoff.Strategy)
    "avalanche": ("avalanche (highest rate first)", "雪崩法（利率最高的先还）"),
    "snowball": ("snowball (smallest balance first)", "滚雪球法（余额最小的先还）"),
    "custom": ("your own", "自定"),
}

_MONTH_LABEL = re.compile(r"\d{4}-\d{2}")
#: Rates that are lines a person set (thresholds), shown exactly as set.
_LINES = frozenset({"caution_rate", "danger_rate", "from_ratio", "full_ratio"})


def topic_title(topic: str, lang: str) -> str:
    """The heading of a topic (``payment`` -> "Regular payment" / "每期还款")."""
    return name(topic, lang, TOPICS)


def code_word(code: str, lang: str) -> str:
    """A stable code inside a sentence: a convention by its full name, a score band or a
    severity by the name the screens give it (lower case in English), else :data:`_CODES`."""
    if code in CONVENTIONS_LONG:
        return name(code, lang, CONVENTIONS_LONG)
    for table in (BANDS, SEVERITIES):
        if code in table:
            text = name(code, lang, table)
            return text if lang == "zh_CN" else text.lower()
    for table in (LPR_TENORS, LPR_RESETS, DAY_COUNTS):  # named as the form names them
        if code in table:
            text = name(code, lang, table)
            return text if lang == "zh_CN" else text[0].lower() + text[1:]
    pair = _CODES.get(code)
    return code if pair is None else fmt.pick(pair, lang)


def format_value(name_: str, value: Value, lang: str, spec: str = "", currency: str = "") -> str:
    """One value as the sentences show it, in the formats of every other surface
    (:mod:`planner.text.format`): money with its currency's sign, a computed rate to two
    decimals, a share to one, a quoted rate or a line as given; ``spec`` ``.N`` asks for N
    decimals.

    >>> format_value("apr", Decimal("0.130342"), "en")
    '13.03%'
    >>> format_value("average_share", Decimal("0.54123"), "en")
    '54.1%'
    >>> format_value("monthly_fee_rate", Decimal("0.006"), "en")
    '0.6%'
    >>> format_value("fee", Decimal(720), "en", currency="CNY")
    '¥720.00'
    """
    decimals = int(spec[1:]) if spec.startswith(".") and spec[1:].isdigit() else None
    if value is None:
        return fmt.NOTHING
    unit = unit_of(name_, value)
    if unit is Unit.DATE:
        assert isinstance(value, date)
        return fmt.day(value)
    if unit is Unit.CODE:
        if isinstance(value, str) and _MONTH_LABEL.fullmatch(value):
            return fmt.month(value, lang)  # a month of the projection, "2026-12"
        return code_word(str(value), lang)
    if unit is Unit.COUNT:
        return str(value)
    if unit is Unit.RATE:
        assert isinstance(value, (Decimal, float))
        if decimals is not None:
            return fmt.percent(value, decimals)
        if name_.startswith("line_") or name_ in _LINES:
            return fmt.exact_percent(Decimal(value))  # a line a person set: 36%, 12.5%
        if name_.endswith(("ratio", "share")):
            return fmt.ratio(value)
        if isinstance(value, Decimal) and name_ not in ("apr", "ear") \
                and -(value * 100).normalize().as_tuple().exponent <= 3:
            return fmt.exact_percent(value)  # a rate as quoted: 0.05%, 7.2%
        return fmt.rate(value)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)  # type: ignore[arg-type]
    if unit is Unit.NUMBER:
        return fmt.number(number, 2 if decimals is None else decimals)
    if currency:
        return fmt.money(number, currency)
    return fmt.amount(number, "CNY")


def figure_text(explanation: Explanation, lang: str) -> str:
    """The figure an explanation is about, as the screens, the reports and the command line
    show it: ``13.03%``, ``¥720.00``, ``2027-03-20``."""
    return format_value(explanation.topic, explanation.figure, lang,
                        currency=explanation.currency or "CNY")


class _Formatter(string.Formatter):
    def __init__(self, lang: str, currency: str) -> None:
        super().__init__()
        self.lang = lang
        self.currency = currency

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return (key, kwargs[key])

    def format_field(self, value: Any, format_spec: str) -> str:
        name, raw = value
        if name in ("share_words", "item", "factor"):  # derived words, a name as typed
            return str(raw)
        if name == "items":  # names as typed, listed the language's way (、 in Chinese)
            return str(raw).replace(", ", "、") if self.lang == "zh_CN" else str(raw)
        if name == "per":  # what follows a quoted rate: " a year", "/年"
            return _name(str(raw), self.lang, QUOTE_UNITS)
        if name == "sources":
            joiner = "；" if self.lang == "zh_CN" else "; "
            return joiner.join(code_word(c.strip(), self.lang) for c in str(raw).split(","))
        return format_value(str(name), raw, self.lang, format_spec, self.currency)


def _share_words(share: Value, lang: str) -> str:
    if not isinstance(share, Decimal):
        return ""
    if Decimal("0.45") <= share <= Decimal("0.6"):
        return f"about half ({fmt.ratio(share)})" if lang != "zh_CN" else \
            f"大约一半（{fmt.ratio(share)}）"
    return f"about {fmt.ratio(share)}" if lang != "zh_CN" else f"约 {fmt.ratio(share)}"


_PLURAL = re.compile(r"\b(\d[\d,]*) ([A-Za-z]+)\(s\)( are)?")


def plurals(text: str) -> str:
    """English counts as they are said: a template's ``{n} month(s) are`` filled with 1 reads
    "1 month is", with 5 "5 months are".

    >>> plurals("1 month(s) are over; 5 gap(s), 0 day(s) short")
    '1 month is over; 5 gaps, 0 days short'
    """
    def said(match: re.Match) -> str:
        one = match.group(1) == "1"
        verb = (" is" if one else " are") if match.group(3) else ""
        return f"{match.group(1)} {match.group(2)}{'' if one else 's'}{verb}"

    return _PLURAL.sub(said, text)


def fill(key: str, values: Mapping[str, Value], lang: str, currency: str = "") -> str:
    """The template ``key`` in ``lang`` with ``values`` put in, money in ``currency``."""
    extra = {"share_words": _share_words(values.get("average_share"), lang)}
    if key.startswith("factor."):  # a score factor is named as its warning is
        extra["factor"] = name(key.removeprefix("factor."), lang, WARNINGS)
    text = _Formatter(lang, currency).vformat(template(key, lang), (), {**values, **extra})
    return text if lang == "zh_CN" else plurals(text)


def render(explanation: Explanation, lang: str = "en") -> str:
    """The explanation as sentences: the formula with its numbers, then one line per step.

    >>> from planner.core.figures import analyse
    >>> from planner.core.explain import explain_apr
    >>> from planner.core.product import parse_product
    >>> f = analyse(parse_product({"kind": "installment", "principal": "10000",
    ...     "start": "2026-01-10", "term": 12, "rate": {"monthly_fee": "0.006"}}))
    >>> print(render(explain_apr(f)).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    A 0.6% monthly fee on the original ¥10,000.00 over 12 months is ¥720.00 in charges; as
    principal is repaid along the way, only about half (54.2%) of it is in use on average
    (average balance ≈ ¥5,416.69), so the true annual rate is about 13.0%, not 7.2%.
    """
    fmt.check_language(lang)
    currency = explanation.currency
    lines = [fill(explanation.formula, explanation.values, lang, currency)]
    lines += [fill(step.code, step.values, lang, currency) for step in explanation.steps]
    return "\n".join(lines)
