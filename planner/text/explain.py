"""Explanations in words: :func:`render` turns an :class:`~planner.core.explain.Explanation`
into English or Chinese sentences with the user's own numbers, exactly as the record holds them.

The Qt app calls :func:`render` (its language setting picks ``lang``); the command line and the
PDF reports call it too, so every surface words a figure the same way.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.core.explain import Explanation, Unit, Value, unit_of
from planner.text.templates import template

LANGUAGES = ("en", "zh_CN")

_TOPICS: dict[str, tuple[str, str]] = {
    "payment": ("Regular payment", "每期还款"),
    "total_interest": ("Total interest", "总利息"),
    "total_fees": ("Total fees", "总费用"),
    "total_paid": ("Total paid", "总还款"),
    "total_cost": ("Cost of credit", "借款成本"),
    "apr": ("True annual rate", "真实年化利率"),
    "ear": ("Effective annual rate", "实际年利率"),
    "months_to_payoff": ("Months to pay off", "还清月数"),
    "warning": ("Warning", "预警"),
    "stress_score": ("Stress score", "压力分"),
    "total_owed": ("Total owed", "总欠款"),
    "due_this_month": ("Due this month", "本月应还"),
    "due_next_month": ("Due next month", "下月应还"),
    "debt_free": ("Debt-free on", "还清日期"),
    "income_share": ("Payments' share of income", "还款占收入比例"),
}

#: Stable codes that appear inside sentences, worded.
_CODES: dict[str, tuple[str, str]] = {
    "month": ("month", "月"), "semimonth": ("half-month", "半月"), "biweek": ("two weeks", "两周"),
    "week": ("week", "周"), "year": ("year", "年"), "day": ("day", "天"),
    "calm": ("calm", "平稳"), "watch": ("watch", "留意"), "strained": ("strained", "吃紧"),
    "severe": ("severe", "严重"), "info": ("info", "提示"), "caution": ("caution", "注意"),
    "danger": ("danger", "危险"), "yes": ("found", "有"), "no": ("none", "无"),
    "monthly_fee": ("monthly fee", "月手续费"), "flat": ("flat rate a year", "年固定利率"),
    "plus_interest": (" plus the interest and fees just charged", "加上本期利息和费用"),
    "percent_only": ("", ""),
    "cn-irr": ("annualised IRR (PBoC 2021 No. 3)", "年化内部收益率（人民银行2021年第3号公告）"),
    "us-reg-z": ("US Regulation Z APR", "美国 Z 条例 APR"),
    "eu-aprc": ("EU APRC", "欧盟 APRC"),
    "monthly": ("monthly", "每月"), "semimonthly": ("twice a month", "每半月"),
    "biweekly": ("every two weeks", "每两周"), "weekly": ("weekly", "每周"),
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
}

#: Short names of the APR conventions, for labels.
SHORT_CONVENTION = {"cn-irr": ("IRR", "IRR 法"), "us-reg-z": ("Reg Z", "Z 条例"),
                    "eu-aprc": ("APRC", "APRC")}


def topic_title(topic: str, lang: str) -> str:
    """The heading of a topic (``payment`` -> "Regular payment" / "每期还款")."""
    pair = _TOPICS.get(topic, (topic, topic))
    return pair[1] if lang == "zh_CN" else pair[0]


def short_convention(code: str, lang: str) -> str:
    pair = SHORT_CONVENTION.get(code, (code, code))
    return pair[1] if lang == "zh_CN" else pair[0]


def code_word(code: str, lang: str) -> str:
    pair = _CODES.get(code)
    if pair is None:
        return code
    return pair[1] if lang == "zh_CN" else pair[0]


def format_money(amount: Decimal, *, cents: bool = True) -> str:
    """``12,345.60``; whole amounts without cents when ``cents`` is False (``720``)."""
    if not cents and amount == amount.to_integral_value():
        return f"{amount.quantize(Decimal(1)):,}"
    return f"{amount:,}"


def format_percent(fraction: Decimal | float, decimals: int | None = 2) -> str:
    """A fraction as a percentage; ``decimals=None`` shows a quoted rate exactly
    (``0.006`` -> ``0.6%``).

    >>> format_percent(0.130342), format_percent(Decimal("0.006"), None)
    ('13.03%', '0.6%')
    """
    if decimals is None:
        text = format((Decimal(fraction) * 100).normalize(), "f")
        return f"{text}%"
    value = Decimal(repr(fraction)) if isinstance(fraction, float) else Decimal(fraction)
    percent = (value * 100).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return f"{percent}%"


def format_value(name: str, value: Value, lang: str, spec: str = "") -> str:
    """One value as the sentences show it; ``spec`` ``.N`` asks for N decimals."""
    decimals = int(spec[1:]) if spec.startswith(".") and spec[1:].isdigit() else None
    if value is None:
        return "—"
    unit = unit_of(name, value)
    if unit is Unit.DATE:
        assert isinstance(value, date)
        return value.isoformat()
    if unit is Unit.CODE:
        return code_word(str(value), lang)
    if unit is Unit.COUNT:
        return str(value)
    if unit is Unit.RATE:
        assert isinstance(value, (Decimal, float))
        if decimals is None and isinstance(value, Decimal):
            # A quoted rate or a line (0.05%, 7.2%) exactly; a computed one to 2 decimals.
            exact = (value * 100).normalize()
            return format_percent(value, None if -exact.as_tuple().exponent <= 3 else 2)
        return format_percent(value, 2 if decimals is None else decimals)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)  # type: ignore[arg-type]
    if unit is Unit.NUMBER:
        if decimals is not None:
            return f"{number.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP):,}"
        text = f"{number.quantize(Decimal('0.01'), ROUND_HALF_UP):,}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return format_money(number, cents=decimals is not None or number != number.to_integral_value())


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        return (key, kwargs[key])

    def format_field(self, value: Any, format_spec: str) -> str:
        name, raw = value
        if name == "share_words" or name == "item":  # derived words, a name as typed
            return str(raw)
        if name == "sources":
            joiner = "；" if self.lang == "zh_CN" else "; "
            return joiner.join(code_word(c.strip(), self.lang) for c in str(raw).split(","))
        return format_value(str(name), raw, self.lang, format_spec)


def _share_words(share: Value, lang: str) -> str:
    if not isinstance(share, Decimal):
        return ""
    if Decimal("0.45") <= share <= Decimal("0.6"):
        return f"about half ({format_percent(share, 0)})" if lang != "zh_CN" else \
            f"大约一半（{format_percent(share, 0)}）"
    return f"about {format_percent(share, 0)}" if lang != "zh_CN" else \
        f"约 {format_percent(share, 0)}"


def fill(key: str, values: Mapping[str, Value], lang: str) -> str:
    """The template ``key`` in ``lang`` with ``values`` put in."""
    extra = {"share_words": _share_words(values.get("average_share"), lang)}
    return _Formatter(lang).vformat(template(key, lang), (), {**values, **extra})


def render(explanation: Explanation, lang: str = "en") -> str:
    """The explanation as sentences: the formula with its numbers, then one line per step.

    >>> from planner.core.figures import analyse
    >>> from planner.core.explain import explain_apr
    >>> from planner.core.product import parse_product
    >>> f = analyse(parse_product({"kind": "installment", "principal": "10000",
    ...     "start": "2026-01-10", "term": 12, "rate": {"monthly_fee": "0.006"}}))
    >>> print(render(explain_apr(f)).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    A 0.6% monthly fee on the original 10,000 over 12 months is 720 in charges; as principal
    is repaid along the way, only about half (54%) of it is in use on average (average
    balance ≈ 5,416.69), so the true annual rate is about 13.0%, not 7.2%.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}")
    lines = [fill(explanation.formula, explanation.values, lang)]
    lines += [fill(step.code, step.values, lang) for step in explanation.steps]
    return "\n".join(lines)
