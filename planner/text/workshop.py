"""The words of the workshop kit, shared by the handouts (PDF), the command line and the app's
predict-then-reveal: headings, a question with its parameters put in, an answer as the
screens show it, the hint beside a blank answer box, and how far a guess was.

Answers come from :mod:`planner.core.questions`; their explanations are worded by
:func:`planner.text.explain.render` like every other figure's.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from planner.core.dates import month_of
from planner.core.portfolio import Portfolio
from planner.core.questions import Answer, AnswerSpec, AnswerUnit, QuestionKind
from planner.text import format as fmt
from planner.text.names import METHODS, name

_WORDS: dict[str, tuple[str, str]] = {
    "worksheet": ("Worksheet", "练习单"),
    "answers": ("Answer key", "答案"),
    "for_facilitator": ("for the facilitator", "主持人用"),
    "group": ("Group {n}", "第 {n} 组"),
    "household": ("The household", "家庭情况"),
    "offers": ("What the household owes, or is offered", "这户人家的借款与报价"),
    "questions": ("Questions", "问题"),
    "instructions": ("Work out each answer from the household and the terms above, and write "
                     "it in its box. Show how you got there.",
                     "根据上面的家庭情况和借款条件算出每个答案，写在方框里，并写下你是怎么算的。"),
    "names_line": ("Names", "姓名"),
    "lesson": ("The lesson", "要点"),
    "lesson_numbers": ("(told with the bundled scenario's own numbers)",
                       "（按原场景的数字讲述）"),
    "answer": ("Answer", "答案"),
    "how": ("How it is computed", "怎么算出来的"),
    "note": ("Note", "提示"),
    "as_of": ("as of {today}", "截至 {today}"),
    "generated": ("Planner · every answer computed offline by the engine",
                  "分期规划（Planner）· 每个答案都由计算引擎离线算出"),
    "col.item": ("Item", "项目"), "col.kind": ("Kind", "类型"), "col.group": ("Group", "组"),
    "col.amount": ("Amount", "金额"), "col.start": ("Starts", "开始"),
    "col.term": ("Term", "期限"), "col.quoted": ("Quoted rate", "标称利率"),
    "col.repaid": ("Repaid", "还款方式"), "col.fees": ("Fees", "费用"),
    "income": ("Monthly income", "月收入"), "essentials": ("Essential spending a month",
                                                           "每月必要开支"),
    "buffer": ("Savings (cash buffer)", "存款（备用金）"), "today": ("Today is", "今天是"),
    "minimum": ("minimum {percent} of the balance, at least {floor}",
                "最低还款为余额的 {percent}，不低于 {floor}"),
    "fixed": ("pays {amount} a month", "每月还 {amount}"),
    "clear_in": ("clear in {months} months", "{months} 个月还清"),
    "paid_so_far": ("{count} payments made", "已还 {count} 期"),
    "months_n": ("{n} months", "{n} 个月"),
    "payments_n": ("{n} × {frequency}", "{n} 期（{frequency}）"),
    "never": ("not within {months} months", "{months} 个月内不会"),
    "unit.rate": ("% a year", "% /年"), "unit.ratio": ("% of income", "% 占收入"),
    "unit.months": ("months", "个月"), "unit.plans": ("plans", "笔"),
    "unit.points": ("points, 0 to 100", "分（0 到 100）"),
    "unit.month": ("month and year", "年、月"),
    "unit.choose": ("tick one", "选一项"),
    "unit.count": ("", ""),
    "ranking": ("Ranked: {ranking}.", "排序：{ranking}。"),
    # how far a guess was
    "spot_on": ("spot on", "完全正确"),
    "right": ("right", "答对了"),
    "wrong": ("not this one", "不对"),
    "points_high": ("{diff} points too high", "高了 {diff} 个百分点"),
    "points_low": ("{diff} points too low", "低了 {diff} 个百分点"),
    "money_high": ("{diff} too high ({share})", "高了 {diff}（{share}）"),
    "money_low": ("{diff} too low ({share})", "低了 {diff}（{share}）"),
    "count_high": ("{diff} too many", "多了 {diff}"),
    "count_low": ("{diff} too few", "少了 {diff}"),
    "months_early": ("{diff} months too early", "早了 {diff} 个月"),
    "months_late": ("{diff} months too late", "晚了 {diff} 个月"),
    "never_but": ("it does not happen within {months} months", "{months} 个月内不会发生"),
    "happens_but": ("it does happen: {month}", "会发生：{month}"),
    "unreadable": ("cannot read this guess", "看不懂这个猜测"),
    # one's own scenario, before its guide is written
    "own_title": ("Our own scenario", "自己的教学场景"),
    "own_summary": ("A household's income, spending and what it owes, its names replaced.",
                    "一户人家的收入、开支和欠款，名字已替换。"),
}


def word(key: str, lang: str, **values: object) -> str:
    """A workshop word in ``lang`` (``en``, ``zh_CN``), placeholders filled."""
    text = fmt.pick(_WORDS[key], lang)
    return text.format(**values) if values else text


def both(key: str, **values: object) -> str:
    """The word in English and Chinese side by side, for a handout in both languages."""
    return f"{word(key, 'en', **values)} · {word(key, 'zh_CN', **values)}"


# -- names and questions ---------------------------------------------------------------------

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def item_label(text: str, lang: str) -> str:
    """One language's half of a bilingual name ``中文 · English``; any other name as it is.

    >>> item_label("手机账单分期 · Phone on a card installment", "en")
    'Phone on a card installment'
    >>> item_label("手机账单分期 · Phone on a card installment", "zh_CN")
    '手机账单分期'
    >>> item_label("Car loan", "zh_CN")
    'Car loan'
    """
    parts = [p.strip() for p in text.split(" · ")]
    if len(parts) == 2 and lang in fmt.LANGUAGES:
        chinese = [p for p in parts if _CJK.search(p)]
        other = [p for p in parts if not _CJK.search(p)]
        if len(chinese) == 1 and len(other) == 1:
            return chinese[0] if lang == "zh_CN" else other[0]
    return text


def _in_sentence(label: str, lang: str) -> str:
    """An English name inside a sentence starts in lower case, unless it is an acronym."""
    if lang == "zh_CN" or len(label) < 2 or not label[0].isupper() or label[1].isupper():
        return label
    return label[0].lower() + label[1:]


def question_text(text: str, spec: AnswerSpec, portfolio: Portfolio, lang: str) -> str:
    """A question's words with its answer's parameters put in: ``{item}`` the item's name,
    ``{budget}`` and ``{fixed}`` as money, ``{income_change}`` as a percentage (a fall of
    20% is "20%"), ``{term}`` and other counts as numbers, ``{method}`` by its name."""
    currency = portfolio.household.currency
    names = {i.id: i.name for i in portfolio.items}
    values: dict[str, str] = {}
    for key, value in spec.parameters().items():
        if key == "item":
            values[key] = _in_sentence(item_label(names.get(value, value), lang), lang)
        elif key in ("budget", "fixed"):
            values[key] = fmt.money(Decimal(value), currency)
        elif key == "income_change":
            values[key] = fmt.exact_percent(abs(Decimal(value)))
        elif key == "method":
            values[key] = name(str(value), lang, METHODS)
        else:
            values[key] = str(value)
    return string.Formatter().vformat(text, (), values)


# -- answers ---------------------------------------------------------------------------------

COUNT_UNITS = {QuestionKind.MONTHS_TO_PAYOFF: "unit.months",
               QuestionKind.PAYOFF_MONTHS: "unit.months", QuestionKind.MOST_PLANS: "unit.plans",
               QuestionKind.STRESS_SCORE: "unit.points"}


def answer_text(a: Answer, lang: str, names: Mapping[str, str] | None = None) -> str:
    """The answer as the screens show it: ``13.03%``, ``¥864.00``, ``49 months``,
    ``May 2027``, an item's name."""
    value = a.value
    unit = a.unit
    if unit is AnswerUnit.CHOICE:
        label = (names or {}).get(str(value), str(value))
        return item_label(label, lang)
    if unit is AnswerUnit.MONTH:
        if value is None:
            return word("never", lang, months=_months_ahead(a))
        return fmt.month(str(value), lang)
    if value is None:
        return fmt.NOTHING
    if unit is AnswerUnit.RATE:
        return fmt.rate(value)  # type: ignore[arg-type]
    if unit is AnswerUnit.RATIO:
        return fmt.ratio(value)  # type: ignore[arg-type]
    if unit is AnswerUnit.MONEY:
        text = fmt.money(Decimal(value), a.currency)
        if a.due is not None:
            text += f" ({fmt.day(a.due)})"
        return text
    key = COUNT_UNITS.get(a.spec.kind)
    if key in ("unit.months",):
        return word("months_n", lang, n=value)
    return str(value)


def _months_ahead(a: Answer) -> int:
    for e in a.explanations:
        ahead = e.values.get("months_ahead")
        if isinstance(ahead, int):
            return ahead
    return 36


def explanation_text(e: Any, lang: str, names: Mapping[str, str] | None = None) -> str:
    """An answer's explanation as :func:`planner.text.explain.render` words it, the items it
    lists named in ``lang`` (one half of a bilingual name)."""
    from dataclasses import replace

    from planner.text.explain import render

    ids = e.values.get("plan_ids")
    if isinstance(ids, str) and names:
        joiner = "、" if lang == "zh_CN" else ", "
        listed = joiner.join(item_label(names.get(i, i), lang) for i in ids.split(",") if i)
        e = replace(e, values={**e.values, "plans": listed})
    return render(e, lang)


def ranking_text(a: Answer, lang: str, names: Mapping[str, str] | None = None) -> str:
    """A choice's candidates in order, each with its measure: ``A 7.29%, B 13.03%``."""
    joiner = "；" if lang == "zh_CN" else "; "
    parts = []
    for item_id, measure in a.ranking:
        label = item_label((names or {}).get(item_id, item_id), lang)
        shown = fmt.rate(measure) if a.spec.by == "apr" else fmt.money(Decimal(measure),
                                                                        a.currency)
        parts.append(f"{label} {shown}")
    return word("ranking", lang, ranking=joiner.join(parts))


def unit_hint(spec: AnswerSpec, lang: str, currency: str) -> str:
    """What goes in a blank answer box: ``% a year``, ``¥``, ``months``, ``tick one``."""
    unit = spec.unit
    if unit is AnswerUnit.MONEY:
        return fmt.SYMBOLS.get(currency, currency).strip()
    if unit is AnswerUnit.RATE:
        return word("unit.rate", lang)
    if unit is AnswerUnit.RATIO:
        return word("unit.ratio", lang)
    if unit is AnswerUnit.MONTH:
        return word("unit.month", lang)
    if unit is AnswerUnit.CHOICE:
        return word("unit.choose", lang)
    return word(COUNT_UNITS.get(spec.kind, "unit.count"), lang)


# -- guesses ---------------------------------------------------------------------------------

_NEVER = {"never", "no", "none", "not", "不会", "没有", "不", "无", "从不"}
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}


@dataclass(frozen=True, slots=True)
class Guess:
    """A participant's guess read for comparison: a number (a fraction for rates), a month
    ``YYYY-MM``, None for "never", or an item id."""

    text: str
    value: Decimal | str | None


def read_guess(text: str, spec: AnswerSpec, portfolio: Portfolio | None = None) -> Guess:
    """``text`` as typed read in the answer's unit; ValueError when it cannot be.

    Rates and ratios are percentages with or without ``%`` (``13``, ``13.5%``); money may
    carry a sign, commas, ``元``, ``k`` or ``万``; months read ``2027-05``, ``May 2027``,
    ``2027年5月`` or "never"; a choice is an item's id or (part of) its name.

    >>> from planner.core.questions import AnswerSpec, QuestionKind
    >>> read_guess("13%", AnswerSpec("q", QuestionKind.APR, item="x")).value
    Decimal('0.13')
    >>> read_guess("1.2万", AnswerSpec("q", QuestionKind.TOTAL_COST, item="x")).value
    Decimal('12000.0')
    >>> read_guess("2027年5月", AnswerSpec("q", QuestionKind.CASH_RUNS_OUT)).value
    '2027-05'
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    unit = spec.unit
    if not raw:
        raise ValueError("empty")
    if unit is AnswerUnit.CHOICE:
        return Guess(text, _choice(raw, spec, portfolio))
    if unit is AnswerUnit.MONTH:
        return Guess(text, _month(raw))
    cleaned = raw.lower().replace(",", "").replace("，", "")
    multiplier = Decimal(1)
    if cleaned.endswith("万"):
        multiplier, cleaned = Decimal(10000), cleaned[:-1]
    elif cleaned.endswith("k"):
        multiplier, cleaned = Decimal(1000), cleaned[:-1]
    number = re.search(r"-?\d+(?:\.\d+)?", cleaned)
    if number is None:
        raise ValueError(f"no number in {text!r}")
    try:
        value = Decimal(number.group()) * multiplier
    except InvalidOperation:
        raise ValueError(f"no number in {text!r}") from None
    if unit in (AnswerUnit.RATE, AnswerUnit.RATIO):
        value = value / 100
    return Guess(text, value)


def _month(raw: str) -> str | None:
    lowered = raw.lower()
    if lowered in _NEVER or lowered.startswith("never"):
        return None
    found = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?", raw)
    if found:
        year, month = int(found.group(1)), int(found.group(2))
    else:
        named = re.fullmatch(r"([a-z]{3})[a-z]*\.?\s+(\d{4})", lowered)
        slash = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{4})", raw)
        if named and named.group(1) in _MONTH_NAMES:
            year, month = int(named.group(2)), _MONTH_NAMES[named.group(1)]
        elif slash:
            year, month = int(slash.group(2)), int(slash.group(1))
        else:
            raise ValueError(f"{raw!r} is not a month")
    if not 1 <= month <= 12:
        raise ValueError(f"{raw!r} is not a month")
    return f"{year:04d}-{month:02d}"


def _choice(raw: str, spec: AnswerSpec, portfolio: Portfolio | None) -> str:
    items = [i for i in portfolio.items] if portfolio is not None else []
    allowed = set(spec.items) if spec.items else {i.id for i in items}
    candidates = [i for i in items if i.id in allowed]
    lowered = raw.lower()
    for item in candidates:
        if item.id == raw:
            return item.id
    if raw.isdigit() and 1 <= int(raw) <= len(candidates):  # the option's number
        return candidates[int(raw) - 1].id
    found = [i for i in candidates if lowered in i.name.lower()]
    if len(found) == 1:
        return found[0].id
    raise ValueError(f"{raw!r} names none of the items")


@dataclass(frozen=True, slots=True)
class Distance:
    """How far a guess was: ``off`` its distance in the answer's unit (points of a rate,
    money, a count, months; 0 when right; None when it cannot be measured: a wrong choice,
    "never" against a month), ``words`` the same said."""

    off: Decimal | None
    words: str

    @property
    def right(self) -> bool:
        return self.off == 0


def distance(guess: Guess, a: Answer, lang: str) -> Distance:
    """How far ``guess`` was from the answer, in words: points for a rate, money (and the
    share of the answer) for money, a count, months early or late, right or wrong."""
    unit = a.unit
    if unit is AnswerUnit.CHOICE:
        return Distance(Decimal(0), word("right", lang)) if guess.value == a.value else \
            Distance(None, word("wrong", lang))
    if unit is AnswerUnit.MONTH:
        if guess.value is None or a.value is None:
            if guess.value == a.value:
                return Distance(Decimal(0), word("spot_on", lang))
            if a.value is None:
                return Distance(None, word("never_but", lang, months=_months_ahead(a)))
            return Distance(None, word("happens_but", lang, month=fmt.month(str(a.value),
                                                                              lang)))
        months = _month_index(str(guess.value)) - _month_index(str(a.value))
        if months == 0:
            return Distance(Decimal(0), word("spot_on", lang))
        return Distance(Decimal(abs(months)), word("months_late" if months > 0 else
                                                   "months_early", lang, diff=abs(months)))
    if a.value is None or not isinstance(guess.value, Decimal):
        return Distance(None, word("unreadable", lang))
    answer_value = Decimal(str(a.value))
    diff = guess.value - answer_value
    if unit in (AnswerUnit.RATE, AnswerUnit.RATIO):
        points = (abs(diff) * 100).quantize(Decimal("0.01"))
        if points == 0:
            return Distance(Decimal(0), word("spot_on", lang))
        return Distance(points, word("points_high" if diff > 0 else "points_low", lang,
                                     diff=fmt.number(points, 2)))
    if unit is AnswerUnit.MONEY:
        off = abs(diff).quantize(Decimal("0.01"))
        if off == 0:
            return Distance(Decimal(0), word("spot_on", lang))
        share = fmt.ratio(off / abs(answer_value)) if answer_value else fmt.NOTHING
        return Distance(off, word("money_high" if diff > 0 else "money_low", lang,
                                  diff=fmt.money(off, a.currency), share=share))
    off = abs(diff)
    if off == 0:
        return Distance(Decimal(0), word("spot_on", lang))
    return Distance(off, word("count_high" if diff > 0 else "count_low", lang,
                              diff=fmt.number(off, 2)))


def _month_index(label: str) -> int:
    day = month_of(label)
    return day.year * 12 + day.month


def closest(distances: list[Distance]) -> list[int]:
    """The indexes of the guesses nearest the answer (ties all), none if none measurable."""
    measured = [(d.off, i) for i, d in enumerate(distances) if d.off is not None]
    if not measured:
        return []
    best = min(off for off, _ in measured)
    return [i for off, i in measured if off == best]


def answer_json(a: Answer, lang: str = "en", names: Mapping[str, str] | None = None
                ) -> dict[str, Any]:
    """An answer for ``--json``: its question, kind and unit, the value exactly (a string for
    a number), and as shown."""
    value: Any = a.value
    if isinstance(value, (Decimal, float)):
        value = str(value)
    out: dict[str, Any] = {"question": a.spec.question, "kind": a.spec.kind.value,
                           "unit": a.unit.value, "value": value,
                           "text": answer_text(a, lang, names)}
    if a.ranking:
        out["ranking"] = [{"item": i, "value": str(v)} for i, v in a.ranking]
    if a.due is not None:
        out["due"] = a.due.isoformat()
    return out


# -- the terms of an item, as a worksheet lists them -----------------------------------------

def terms_cells(item: Any, lang: str) -> dict[str, str]:
    """What a worksheet says of an item: its kind, amount, start, term, the rate as quoted,
    how it is repaid and its fees -- the terms, never a computed figure."""
    from planner.core.product import Kind, Method, RateQuote
    from planner.text.names import FEE_TYPES, FREQUENCIES, KINDS, QUOTE_UNITS

    p = item.product
    currency = p.currency
    if p.rate.value == 0 and p.rate.quote is not RateQuote.DAILY:
        quoted = "0%"
    else:
        quoted = fmt.exact_percent(p.rate.value) + name(p.rate.quote, lang, QUOTE_UNITS)
    if p.kind is Kind.CARD:
        term = fmt.NOTHING
        strategy = p.strategy
        if strategy.amount is not None:
            repaid = word("fixed", lang, amount=fmt.money(strategy.amount, currency))
        elif strategy.months is not None:
            repaid = word("clear_in", lang, months=strategy.months)
        else:
            rule = p.minimum_payment
            repaid = word("minimum", lang, percent=fmt.exact_percent(rule.percent),
                          floor=fmt.money(rule.floor, currency)) if rule else fmt.NOTHING
    else:
        frequency = p.frequency.value
        term = word("months_n", lang, n=p.term) if frequency == "monthly" else \
            word("payments_n", lang, n=p.term, frequency=name(frequency, lang, FREQUENCIES))
        method = p.method or (Method.ANNUITY if p.kind is not Kind.INSTALLMENT else None)
        repaid = name(method, lang, METHODS) if method is not None else fmt.NOTHING
    if item.payments:
        repaid += "; " if lang != "zh_CN" else "；"
        repaid += word("paid_so_far", lang, count=len(item.payments))
    fees = ("; " if lang != "zh_CN" else "；").join(
        f"{fmt.money(f.amount, currency)} {name(f.type, lang, FEE_TYPES)}" for f in p.fees) \
        or fmt.NOTHING
    return {"kind": name(p.kind, lang, KINDS), "amount": fmt.money(p.principal, currency),
            "start": fmt.day(p.start), "term": term, "quoted": quoted, "repaid": repaid,
            "fees": fees}


# -- making one's own questions --------------------------------------------------------------

#: What each kind of question asks, named in the guide editor's list.
KIND_NAMES: dict[str, tuple[str, str]] = {
    "apr": ("True annual rate of an item", "某项的真实年化利率"),
    "quoted_rate": ("Quoted annual rate of an item", "某项的标称年利率"),
    "total_cost": ("Total cost of an item", "某项的总成本"),
    "total_interest": ("Total interest of an item", "某项的总利息"),
    "payment": ("Regular payment of an item", "某项的每期还款"),
    "months_to_payoff": ("Months to pay an item off", "某项还清所需月数"),
    "balloon": ("Last (balloon) payment of an item", "某项最后一期（尾款）"),
    "cheapest": ("Which costs least", "哪个最便宜"),
    "dearest": ("Which costs most", "哪个最贵"),
    "cash_runs_out": ("Month the cash runs out", "现金用完的月份"),
    "stress_score": ("Stress score", "压力分"),
    "most_plans": ("Plans paid at once", "同时在还的分期数"),
    "debt_to_income": ("Debt payments' share of income", "还款占收入的比例"),
    "payoff_months": ("Months to debt-free on a budget", "按预算还清所需月数"),
    "payoff_interest": ("Interest until debt-free on a budget", "按预算还清的总利息"),
    "spare_cash": ("Savings spare after months of spending", "留足开支后可动用的存款"),
}
#: A first wording of each kind of question, for one's own guide (edited in the app).
QUESTION_WORDS: dict[str, tuple[str, str]] = {
    "apr": ("What is the true annual rate of the {item}?", "{item}的真实年化利率是多少？"),
    "quoted_rate": ("What annual rate is the {item} quoted at?", "{item}的标称年利率是多少？"),
    "total_cost": ("What does the {item} cost in total (interest and fees)?",
                   "{item}总共要花多少钱（利息和费用）？"),
    "total_interest": ("How much interest is paid on the {item}?", "{item}一共要付多少利息？"),
    "payment": ("What is the regular payment of the {item}?", "{item}每期要还多少？"),
    "months_to_payoff": ("How many months does it take to repay the {item}?",
                         "{item}要多少个月才能还清？"),
    "balloon": ("How much is due with the last payment of the {item}?",
                "{item}最后一期要还多少？"),
    "cheapest.apr": ("Which has the lowest true annual rate?", "哪一个的真实年化利率最低？"),
    "cheapest.total_cost": ("Which costs least in total?", "哪一个总成本最低？"),
    "dearest.apr": ("Which has the highest true annual rate?", "哪一个的真实年化利率最高？"),
    "dearest.total_cost": ("Which costs most in total?", "哪一个总成本最高？"),
    "cash_runs_out": ("With nothing else coming in, in which month does the cash run out?",
                      "如果没有其他进账，现金在哪个月用完？"),
    "stress_score": ("What is the household's stress score (0 to 100)?",
                     "这户人家的压力分是多少（0 到 100）？"),
    "most_plans": ("In the busiest month, how many plans are paid at the same time?",
                   "最忙的那个月，同时在还几笔分期？"),
    "debt_to_income": ("In the heaviest month of the next year, what share of income goes to "
                       "debt payments?", "未来一年里还款最多的那个月，还款占收入的比例是多少？"),
    "payoff_months.avalanche": (
        "Paying {budget} a month, highest true rate first, in how many months are all the "
        "debts repaid?", "每月拿出 {budget}，先还真实利率最高的，多少个月能还清全部债务？"),
    "payoff_months.snowball": (
        "Paying {budget} a month, smallest balance first, in how many months are all the "
        "debts repaid?", "每月拿出 {budget}，先还余额最小的，多少个月能还清全部债务？"),
    "payoff_interest.avalanche": (
        "Paying {budget} a month, highest true rate first, how much interest is paid in all?",
        "每月拿出 {budget}，先还真实利率最高的，一共付多少利息？"),
    "payoff_interest.snowball": (
        "Paying {budget} a month, smallest balance first, how much interest is paid in all?",
        "每月拿出 {budget}，先还余额最小的，一共付多少利息？"),
    "spare_cash": ("Keeping {months} months of essential spending, how much of the savings is "
                   "spare?", "留足 {months} 个月的必要开支后，存款里还有多少可以动用？"),
}


#: The options a kind is asked with: a choice by a measure, a payoff plan by its order.
OPTIONS: dict[str, tuple[str, ...]] = {
    "cheapest": ("apr", "total_cost"), "dearest": ("apr", "total_cost"),
    "payoff_months": ("avalanche", "snowball"), "payoff_interest": ("avalanche", "snowball")}
OPTION_NAMES: dict[str, tuple[str, str]] = {
    "apr": ("by true annual rate", "按真实年化利率"), "total_cost": ("by total cost", "按总成本"),
    "avalanche": ("highest rate first", "先还利率最高的"),
    "snowball": ("smallest balance first", "先还余额最小的")}


def question_words(kind: str, lang: str, option: str = "") -> str:
    """The first wording of a question of ``kind`` asked with ``option`` (one of
    :data:`OPTIONS`; the first when not given)."""
    options = OPTIONS.get(kind)
    key = f"{kind}.{option or options[0]}" if options else kind
    return fmt.pick(QUESTION_WORDS[key], lang)


def kind_name(kind: str, lang: str, option: str = "") -> str:
    """A kind of question as the guide editor lists it, with its option (``by true annual
    rate``)."""
    text = fmt.pick(KIND_NAMES[kind], lang)
    if option:
        text += (" — " if lang != "zh_CN" else "——") + fmt.pick(OPTION_NAMES[option], lang)
    return text
