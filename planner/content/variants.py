"""Group households: from one scenario, N anonymised variants with their own numbers and the
same lesson, so each table group of a workshop works on its own household and the answer key
lists them all. The same scenario, seed and number give the same household, whatever N.

What varies, within realistic ranges, for variant ``k`` (a ``random.Random`` seeded with the
scenario's name, the seed and ``k``):
- the household's name: a fictional family (``王家 · The Wang household``), each variant of
  a seed a different one;
- amounts: every debt (principal, card balance, fees, a fixed card payment, early
  repayments) times one factor from 0.70 to 1.40 in steps of 0.05 (not 1.00; the groups of
  a seed each get their own), rounded to a round sum;
  income, essential spending and the buffer times that factor and a further 0.90 to 1.10, so
  the household's debts keep their weight against its income; amounts in item names follow
  (a "360 fee" becomes a "410 fee"); payments already recorded are what the varied plan
  asked on their day; a question's own amounts (a payoff budget) scale with the debts;
- dates: every item's days of the month move together by -4 to +12 days (kept on days 1 to
  28 of the same month), so the items stay as close together or as far apart as they were.
Rates are the scenario's: they are its lesson (0.6% a month against 7.2% a year).

The lesson is checked on each variant (:func:`lesson_failures`): every choice answered as in
the scenario (the cheaper offer stays the cheaper), a month answer present or absent as in the
scenario (the cash still runs out, or still does not), and the guide's own ``lesson`` checks
(one answer above another, a warning that fires). A draw that breaks it is drawn again.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from planner.content.scenarios import Guide, Scenario
from planner.core.errors import InputError
from planner.core.portfolio import Portfolio, parse_portfolio
from planner.core.questions import Answer, AnswerUnit, answer, scaled_spec

MAX_VARIANTS = 50
ATTEMPTS = 60
#: Fictional families; a seed deals them out without repeating.
HOUSEHOLDS: tuple[tuple[str, str], ...] = (
    ("王家", "The Wang household"), ("李家", "The Li household"),
    ("张家", "The Zhang household"), ("刘家", "The Liu household"),
    ("陈家", "The Chen household"), ("杨家", "The Yang household"),
    ("赵家", "The Zhao household"), ("黄家", "The Huang household"),
    ("周家", "The Zhou household"), ("吴家", "The Wu household"),
    ("徐家", "The Xu household"), ("孙家", "The Sun household"),
    ("胡家", "The Hu household"), ("朱家", "The Zhu household"),
    ("高家", "The Gao household"), ("林家", "The Lin household"),
    ("何家", "The He household"), ("郭家", "The Guo household"),
    ("马家", "The Ma household"), ("罗家", "The Luo household"),
)
_ITEM_AMOUNTS = ("principal", "balance")
#: What the amounts are multiplied by: never 1, so each group's numbers are its own.
FACTORS = [Decimal(k) / 100 for k in range(70, 145, 5) if k != 100]


@dataclass(frozen=True, slots=True)
class Variant:
    """One group's household: ``number`` from 1, its portfolio JSON (``data``) and parsed,
    the guide with its amounts scaled, and the engine's answers to the guide's questions."""

    number: int
    seed: int
    household: tuple[str, str]   # (中文, English)
    factor: Decimal
    data: dict[str, Any]
    portfolio: Portfolio
    guide: Guide
    answers: tuple[Answer, ...]

    def household_name(self, lang: str) -> str:
        return self.household[1] if lang != "zh_CN" else self.household[0]


def variants(scenario: Scenario, count: int, seed: int) -> list[Variant]:
    """``count`` variants of ``scenario`` (1 to :data:`MAX_VARIANTS`) for ``seed``."""
    if not 1 <= count <= MAX_VARIANTS:
        raise InputError("--variants", f"must be from 1 to {MAX_VARIANTS}, not {count}")
    original = scenario.answers()
    return [variant(scenario, number, seed, original) for number in range(1, count + 1)]


def _dealt(scenario: Scenario, seed: int, what: str, cards: list, number: int):  # noqa: ANN202
    """Card ``number`` of ``cards`` shuffled for this scenario and seed: the first
    ``len(cards)`` groups each get a different one."""
    deck = list(cards)
    random.Random(f"{scenario.name}/{seed}/{what}").shuffle(deck)
    return deck[(number - 1) % len(deck)]


def variant(scenario: Scenario, number: int, seed: int,
            original: list[Answer] | None = None) -> Variant:
    """Variant ``number`` of ``scenario`` for ``seed``: the first draw that keeps the lesson.
    Households and amount factors are dealt so that groups of a seed differ (20 names, 14
    factors: 0.70 to 1.40 but 1.00)."""
    original = original if original is not None else scenario.answers()
    household = _dealt(scenario, seed, "households", list(HOUSEHOLDS), number)
    first = _dealt(scenario, seed, "factors", FACTORS, number)
    for attempt in range(ATTEMPTS):
        rng = random.Random(f"{scenario.name}/{seed}/{number}/{attempt}")
        factor = first if attempt == 0 else rng.choice(FACTORS)
        income_factor = factor * Decimal(rng.randrange(90, 111, 2)) / 100
        shift = rng.choice([d for d in range(-4, 13) if d])
        data = vary(scenario.data, factor, income_factor, shift, household)
        portfolio = parse_portfolio(data)
        guide = dataclasses.replace(scenario.guide, answers=tuple(
            scaled_spec(spec, factor, _step(spec.budget or Decimal(100)))
            for spec in scenario.guide.answers))
        specs = {a.question: a for a in guide.answers}
        answers = tuple(answer(specs[q.id], portfolio, scenario.today)
                        for q in guide.questions)
        if not lesson_failures(guide, original, answers, portfolio, scenario.today):
            return Variant(number, seed, household, factor, data, portfolio, guide, answers)
    raise InputError("--variants", f"no variant of {scenario.name} keeps its lesson after "
                                   f"{ATTEMPTS} draws (seed {seed}, group {number})")


def vary(data: dict[str, Any], factor: Decimal, income_factor: Decimal, shift: int,
         household: tuple[str, str]) -> dict[str, Any]:
    """A copy of portfolio JSON ``data`` with its amounts, days and names varied."""
    profile = dict(data.get("profile", {}))
    for key in ("monthly_income", "essential_expenses", "cash_buffer"):
        if key in profile:
            profile[key] = str(_round(Decimal(str(profile[key])) * income_factor))
    profile["name"] = f"{household[0]} · {household[1]}"
    items = [_vary_item(item, factor, shift) for item in data.get("items", [])]
    return {**data, "profile": profile, "items": items}


def _vary_item(raw: dict[str, Any], factor: Decimal, shift: int) -> dict[str, Any]:
    item = dict(raw)
    renamed: dict[str, str] = {}
    for key in _ITEM_AMOUNTS:
        if key in item:
            old = Decimal(str(item[key]))
            item[key] = str(_round(old * factor))
            renamed[_plain(old)] = _plain(Decimal(item[key]))
    if item.get("fees"):
        fees = []
        for fee in item["fees"]:
            old = Decimal(str(fee["amount"]))
            new = _round(old * factor)
            renamed[_plain(old)] = _plain(new)
            fees.append({**fee, "amount": str(new)})
        item["fees"] = fees
    strategy = item.get("strategy")
    if isinstance(strategy, dict) and "fixed" in strategy:
        item["strategy"] = {"fixed": str(_round(Decimal(str(strategy["fixed"])) * factor))}
    for key in ("start", "first_payment"):
        if isinstance(item.get(key), str):
            item[key] = _shifted(item[key], shift)
    if item.get("repayments"):
        item["repayments"] = [{"date": _shifted(r["date"], shift),
                               "amount": str(_round(Decimal(str(r["amount"])) * factor))}
                              for r in item["repayments"]]
    if item.get("payments"):
        item["payments"] = _payments(raw, item, factor, shift)
    for key in ("name", "notes"):
        if isinstance(item.get(key), str):
            item[key] = _renumber(item[key], renamed)
    return item


def _payments(raw: dict[str, Any], item: dict[str, Any], factor: Decimal,
              shift: int) -> list[dict[str, str]]:
    """Recorded payments on their moved days: the varied plan's own installment where the
    original paid the original's, else the amount scaled."""
    from planner.core.portfolio import parse_item
    from planner.core.product import Kind
    from planner.core.schedule import build_schedule

    def schedule_of(entry: dict[str, Any]) -> list[Decimal]:
        product = parse_item({**entry, "payments": []}).product
        return [] if product.kind is Kind.CARD else \
            [r.payment for r in build_schedule(product).rows]

    before, after = schedule_of(raw), schedule_of(item)
    out = []
    for index, paid in enumerate(sorted(raw["payments"], key=lambda p: p["date"])):
        amount = Decimal(str(paid["amount"]))
        if index < len(before) and index < len(after) and amount == before[index]:
            new = after[index]
        else:
            new = _round(amount * factor, Decimal("0.01"))
        out.append({"date": _shifted(paid["date"], shift), "amount": str(new)})
    return out


def _shifted(text: str, shift: int) -> str:
    day = date.fromisoformat(text)
    return day.replace(day=min(max(day.day + shift, 1), 28)).isoformat()


def _step(amount: Decimal) -> Decimal:
    """The round sum an amount of this size is rounded to.

    >>> [str(_step(Decimal(a))) for a in ("40", "360", "5000", "60000", "800000")]
    ['1', '10', '100', '1000', '10000']
    """
    for limit, step in ((100, 1), (1000, 10), (20000, 100), (200000, 1000)):
        if amount < limit:
            return Decimal(step)
    return Decimal(10000)


def _round(amount: Decimal, step: Decimal | None = None) -> Decimal:
    step = step or _step(amount)
    return max(step, (amount / step).quantize(Decimal(1)) * step)


def _plain(amount: Decimal) -> str:
    return format(amount.normalize(), "f")


def _renumber(text: str, renamed: dict[str, str]) -> str:
    """Whole numbers in ``text`` that were amounts, replaced by the varied amounts (never a
    rate: ``8%`` stays)."""
    def swap(match: re.Match[str]) -> str:
        digits = match.group(0).replace(",", "")
        return renamed.get(digits, match.group(0))

    return re.sub(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.%])|(?<![\d.,])\d+(?![\d.,%])",
                  swap, text)


# -- the lesson ------------------------------------------------------------------------------

def lesson_failures(guide: Guide, original: list[Answer] | tuple[Answer, ...],
                    answers: list[Answer] | tuple[Answer, ...], portfolio: Portfolio,
                    today: date) -> list[str]:
    """What of the lesson a variant's ``answers`` break (empty: it holds)."""
    failures = []
    by_id = {a.spec.question: a for a in answers}
    first = {a.spec.question: a for a in original}
    for question, a in by_id.items():
        was = first[question]
        if a.unit is AnswerUnit.CHOICE and a.value != was.value:
            failures.append(f"{question}: {a.value} instead of {was.value}")
        if a.unit is AnswerUnit.MONTH and (a.value is None) != (was.value is None):
            failures.append(f"{question}: {a.value} instead of {was.value}")
    warned: set[str] | None = None
    for check in guide.lesson:
        if check.kind == "warns":
            if warned is None:
                from planner.core.stress import stress_report

                warned = {w.code.value for w in stress_report(portfolio, today).warnings}
            if check.args[0] not in warned:
                failures.append(f"no {check.args[0]} warning")
            continue
        values = [_comparable(by_id[q]) for q in check.args]
        if check.kind == "same" and by_id[check.args[0]].value != first[check.args[0]].value:
            failures.append(f"{check.args[0]} changed")
        elif check.kind == "positive" and not (values[0] is not None and values[0] > 0):
            failures.append(f"{check.args[0]} is not above zero")
        elif check.kind in ("more", "less"):
            a, b = values
            holds = a is not None and b is not None and (a > b if check.kind == "more"
                                                           else a < b)
            if not holds:
                failures.append(f"{check.args[0]} is not {check.kind} than {check.args[1]}")
    return failures


def _comparable(a: Answer) -> Decimal | None:
    if a.value is None or a.unit is AnswerUnit.CHOICE:
        return None
    if a.unit is AnswerUnit.MONTH:
        year, month = str(a.value).split("-")
        return Decimal(int(year) * 12 + int(month))
    return Decimal(str(a.value))
