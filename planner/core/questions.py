"""Workshop questions the engine answers: the true annual rate of an item, which offer costs
least, in which month the cash runs out, the total cost, the months to pay off... A teaching
guide names the question's kind and its parameters (never the answer); :func:`answer`
computes the answer from a portfolio and a day, with the explanations behind it (records of
:mod:`planner.core.explain`, worded by ``planner.text``).

Kinds and parameters (``item`` is an item id of the portfolio; ``change`` product fields put
over the item's own -- ``term``, ``method``, ``strategy`` -- for "what if it ran 24 months?"):

    kind              parameters                       answer
    apr               item, change                     a rate: the true annual rate
    quoted_rate       item                             a rate: the headline annual rate
    total_cost        item, change                     money: the cost of credit
    total_interest    item, change                     money
    payment           item, change                     money: the regular payment
    months_to_payoff  item, change                     a count: months (a plan's payments)
    balloon           item                             money: the last, largest payment
    cheapest          items (default: all), by         an item: least apr (or total_cost)
    dearest           items (default: all), by         an item: most apr (or total_cost)
    cash_runs_out     income_change                    a month, or none within 36 months
    stress_score      income_change                    a count: the score, 0 to 100
    most_plans        -                                a count: plans paying in one month
    debt_to_income    -                                a ratio: the worst of 12 months
    payoff_months     budget, strategy                 a count: months to debt-free
    payoff_interest   budget, strategy                 money: interest until debt-free
    spare_cash        months                           money: buffer - months x essentials
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from planner.core.errors import InputError, shown
from planner.core.money import ZERO, parse_amount
from planner.core.portfolio import Item, Portfolio, item_to_json, parse_item

if TYPE_CHECKING:  # the engine is imported when a question is answered, not to read a guide
    from planner.core.explain import Explanation, Value
    from planner.core.figures import Figures

TOPIC = "workshop"
#: How many months the debt-to-income question looks ahead.
DTI_MONTHS = 12


class QuestionKind(StrEnum):
    APR = "apr"
    QUOTED_RATE = "quoted_rate"
    TOTAL_COST = "total_cost"
    TOTAL_INTEREST = "total_interest"
    PAYMENT = "payment"
    MONTHS_TO_PAYOFF = "months_to_payoff"
    BALLOON = "balloon"
    CHEAPEST = "cheapest"
    DEAREST = "dearest"
    CASH_RUNS_OUT = "cash_runs_out"
    STRESS_SCORE = "stress_score"
    MOST_PLANS = "most_plans"
    DEBT_TO_INCOME = "debt_to_income"
    PAYOFF_MONTHS = "payoff_months"
    PAYOFF_INTEREST = "payoff_interest"
    SPARE_CASH = "spare_cash"


class AnswerUnit(StrEnum):
    RATE = "rate"        # a computed annual rate, a fraction
    RATIO = "ratio"      # a share of income, a fraction
    MONEY = "money"
    COUNT = "count"      # months, plans, points
    MONTH = "month"      # "YYYY-MM", or None: not within the months projected
    CHOICE = "choice"    # an item id


K = QuestionKind
ITEM_KINDS = frozenset({K.APR, K.QUOTED_RATE, K.TOTAL_COST, K.TOTAL_INTEREST, K.PAYMENT,
                        K.MONTHS_TO_PAYOFF, K.BALLOON})
CHANGEABLE = frozenset({K.APR, K.TOTAL_COST, K.TOTAL_INTEREST, K.PAYMENT, K.MONTHS_TO_PAYOFF})
CHOICE_KINDS = frozenset({K.CHEAPEST, K.DEAREST})
UNITS: dict[QuestionKind, AnswerUnit] = {
    K.APR: AnswerUnit.RATE, K.QUOTED_RATE: AnswerUnit.RATE, K.TOTAL_COST: AnswerUnit.MONEY,
    K.TOTAL_INTEREST: AnswerUnit.MONEY, K.PAYMENT: AnswerUnit.MONEY,
    K.MONTHS_TO_PAYOFF: AnswerUnit.COUNT, K.BALLOON: AnswerUnit.MONEY,
    K.CHEAPEST: AnswerUnit.CHOICE, K.DEAREST: AnswerUnit.CHOICE,
    K.CASH_RUNS_OUT: AnswerUnit.MONTH, K.STRESS_SCORE: AnswerUnit.COUNT,
    K.MOST_PLANS: AnswerUnit.COUNT, K.DEBT_TO_INCOME: AnswerUnit.RATIO,
    K.PAYOFF_MONTHS: AnswerUnit.COUNT, K.PAYOFF_INTEREST: AnswerUnit.MONEY,
    K.SPARE_CASH: AnswerUnit.MONEY,
}
#: The parameters each kind takes (besides ``question``, ``kind`` and ``note``).
PARAMETERS: dict[QuestionKind, frozenset[str]] = {
    **{k: frozenset({"item", "change"}) for k in CHANGEABLE},
    K.QUOTED_RATE: frozenset({"item"}), K.BALLOON: frozenset({"item"}),
    K.CHEAPEST: frozenset({"items", "by"}), K.DEAREST: frozenset({"items", "by"}),
    K.CASH_RUNS_OUT: frozenset({"income_change"}), K.STRESS_SCORE: frozenset({"income_change"}),
    K.MOST_PLANS: frozenset(), K.DEBT_TO_INCOME: frozenset(),
    K.PAYOFF_MONTHS: frozenset({"budget", "strategy"}),
    K.PAYOFF_INTEREST: frozenset({"budget", "strategy"}),
    K.SPARE_CASH: frozenset({"months"}),
}
#: Product fields a ``change`` may set.
CHANGE_FIELDS = frozenset({"term", "method", "strategy"})
MEASURES = ("apr", "total_cost")
STRATEGIES = ("avalanche", "snowball")


@dataclass(frozen=True, slots=True)
class AnswerSpec:
    """How the engine answers one question of a guide (``question`` is its id)."""

    question: str
    kind: QuestionKind
    item: str | None = None
    items: tuple[str, ...] = ()
    by: str = "apr"
    change: Mapping[str, Any] = field(default_factory=dict)
    income_change: Decimal | None = None
    budget: Decimal | None = None
    strategy: str = "avalanche"
    months: int | None = None

    @property
    def unit(self) -> AnswerUnit:
        return UNITS[self.kind]

    def parameters(self) -> dict[str, Any]:
        """The parameters a question's words may name: ``{item}``, ``{budget}``,
        ``{income_change}``, ``{months}``, and each field of ``change`` (``{term}``,
        ``{fixed}`` for a fixed card payment, ``{target_months}``)."""
        out: dict[str, Any] = {}
        if self.item is not None:
            out["item"] = self.item
        if self.budget is not None:
            out["budget"] = self.budget
        if self.income_change is not None:
            out["income_change"] = self.income_change
        if self.months is not None:
            out["months"] = self.months
        for key, value in self.change.items():
            if key == "strategy" and isinstance(value, dict):
                for inner, amount in value.items():
                    out["fixed" if inner == "fixed" else "target_months"] = \
                        Decimal(str(amount)) if inner == "fixed" else amount
            else:
                out[key] = value
        return out

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"question": self.question, "kind": self.kind.value}
        if self.item is not None:
            out["item"] = self.item
        if self.items:
            out["items"] = list(self.items)
        if self.kind in CHOICE_KINDS:
            out["by"] = self.by
        if self.change:
            out["change"] = _plain(self.change)
        if self.income_change is not None:
            out["income_change"] = str(self.income_change)
        if self.budget is not None:
            out["budget"] = str(self.budget)
        if self.kind in (K.PAYOFF_MONTHS, K.PAYOFF_INTEREST):
            out["strategy"] = self.strategy
        if self.months is not None:
            out["months"] = self.months
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    return value


def parse_answer_spec(data: object, item_ids: Sequence[str] | None = None,
                      currency: str = "CNY") -> AnswerSpec:
    """One entry of a guide's ``answers``, checked: a known kind with the parameters it takes,
    and (given ``item_ids``) items that the portfolio holds.

    >>> parse_answer_spec({"question": "q", "kind": "apr", "item": "x"}, ["x"]).unit
    <AnswerUnit.RATE: 'rate'>
    >>> parse_answer_spec({"question": "q", "kind": "apr", "item": "y"}, ["x"])
    Traceback (most recent call last):
    planner.core.errors.InputError: item: 'y' is not an item of the scenario (one of x)
    """
    if not isinstance(data, dict):
        raise InputError("answer", "must be a JSON object")
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        raise InputError("question", "must name the question this answers")
    try:
        kind = QuestionKind(data.get("kind"))
    except ValueError:
        raise InputError("kind", f"{shown(data.get('kind'))} is not a question kind (one of "
                                 f"{', '.join(k.value for k in QuestionKind)})") from None
    allowed = PARAMETERS[kind] | {"question", "kind", "note"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise InputError(unknown[0], f"is not a parameter of a {kind.value} question")
    known = list(item_ids) if item_ids is not None else None

    def item_id(value: object, where: str) -> str:
        if not isinstance(value, str) or not value:
            raise InputError(where, "must be an item id")
        if known is not None and value not in known:
            raise InputError(where, f"{shown(value)} is not an item of the scenario (one of "
                                    f"{', '.join(known)})")
        return value

    spec: dict[str, Any] = {}
    if kind in ITEM_KINDS:
        if "item" not in data:
            raise InputError("item", f"is needed: a {kind.value} question is about one item")
        spec["item"] = item_id(data["item"], "item")
    if "items" in data:
        raw = data["items"]
        if not isinstance(raw, list) or len(raw) < 2:
            raise InputError("items", "must list at least two item ids")
        spec["items"] = tuple(item_id(v, f"items[{i}]") for i, v in enumerate(raw))
        if len(set(spec["items"])) != len(spec["items"]):
            raise InputError("items", "lists an item twice")
    if "by" in data:
        if data["by"] not in MEASURES:
            raise InputError("by", f"must be one of {', '.join(MEASURES)}")
        spec["by"] = data["by"]
    if "change" in data:
        change = data["change"]
        if not isinstance(change, dict) or not change:
            raise InputError("change", "must be an object of product fields")
        bad = sorted(set(change) - CHANGE_FIELDS)
        if bad:
            raise InputError(f"change.{bad[0]}", "cannot be changed in a question (only "
                                                 f"{', '.join(sorted(CHANGE_FIELDS))})")
        spec["change"] = dict(change)
    if "income_change" in data:
        spec["income_change"] = _fraction(data["income_change"], "income_change",
                                          Decimal(-1), Decimal(10))
    if kind in (K.PAYOFF_MONTHS, K.PAYOFF_INTEREST):
        if "budget" not in data:
            raise InputError("budget", "is needed: the money a month for the debts")
        spec["budget"] = parse_amount(data["budget"], "budget", currency)
        strategy = data.get("strategy", "avalanche")
        if strategy not in STRATEGIES:
            raise InputError("strategy", f"must be one of {', '.join(STRATEGIES)}")
        spec["strategy"] = strategy
    if kind is K.SPARE_CASH:
        months = data.get("months")
        if not isinstance(months, int) or isinstance(months, bool) or not 0 <= months <= 120:
            raise InputError("months", "must be a whole number of months from 0 to 120")
        spec["months"] = months
    return AnswerSpec(question.strip(), kind, **spec)


def _fraction(value: object, where: str, low: Decimal, high: Decimal) -> Decimal:
    try:
        number = Decimal(str(value)) if isinstance(value, (str, int, Decimal)) \
            and not isinstance(value, bool) else None
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite() or not low <= number <= high:
        raise InputError(where, f"must be a fraction from {low} to {high} (-0.2 is a 20% fall)")
    return number


@dataclass(frozen=True, slots=True)
class Answer:
    """What the engine says to one question: ``value`` in ``spec.unit`` (a ``Decimal`` rate,
    ratio or money, an ``int`` count, a ``YYYY-MM`` month or None, an item id), the
    explanations behind it, and for a choice every candidate with its measure, best first."""

    spec: AnswerSpec
    value: Decimal | int | str | None
    explanations: tuple[Explanation, ...]
    currency: str
    ranking: tuple[tuple[str, Decimal], ...] = ()
    due: date | None = None   # a balloon's day

    @property
    def unit(self) -> AnswerUnit:
        return self.spec.unit


def answer(spec: AnswerSpec, portfolio: Portfolio, today: date) -> Answer:
    """The engine's answer to ``spec`` for ``portfolio`` as of ``today``."""
    from planner.core.explain import Explanation

    currency = portfolio.household.currency
    kind = spec.kind
    if kind in ITEM_KINDS:
        return _item_answer(spec, _item(portfolio, spec.item), currency)
    if kind in CHOICE_KINDS:
        return _choice(spec, portfolio, currency)
    if kind in (K.CASH_RUNS_OUT, K.STRESS_SCORE, K.MOST_PLANS, K.DEBT_TO_INCOME):
        return _stress_answer(spec, portfolio, today, currency)
    if kind in (K.PAYOFF_MONTHS, K.PAYOFF_INTEREST):
        return _payoff(spec, portfolio, today, currency)
    household = portfolio.household
    assert spec.months is not None
    spare = household.cash_buffer - spec.months * household.essential_expenses
    return Answer(spec, spare, (Explanation(TOPIC, "workshop.spare_cash", spare, {
        "cash_buffer": household.cash_buffer, "essentials": household.essential_expenses,
        "months": spec.months, "spare": spare}, currency=currency),), currency)


def _item(portfolio: Portfolio, item_id: str | None) -> Item:
    for item in portfolio.items:
        if item.id == item_id:
            return item
    raise InputError("item", f"{shown(item_id)} is not an item of the portfolio (one of "
                             f"{', '.join(i.id for i in portfolio.items)})")


def changed(item: Item, change: Mapping[str, Any]) -> Item:
    """``item`` with the product fields of ``change`` put over its own (checked as typed)."""
    if not change:
        return item
    data = item_to_json(item)
    data.update(_plain(change))
    try:
        return parse_item(data)
    except InputError as error:
        raise error.within("change") from None


def _item_answer(spec: AnswerSpec, item: Item, currency: str) -> Answer:
    from planner.core.explain import (
        Explanation,
        explain_apr,
        explain_months_to_payoff,
        explain_payment,
        explain_total_cost,
        explain_total_interest,
    )
    from planner.core.figures import analyse

    kind = spec.kind
    product = item.product
    if kind is K.QUOTED_RATE:
        headline = product.rate.annual_equivalent
        formula = f"workshop.quoted.{product.rate.quote.value}"
        return Answer(spec, headline, (Explanation(TOPIC, formula, headline, {
            "quoted_rate": product.rate.value, "headline_rate": headline},
            currency=currency),), currency)
    f = analyse(changed(item, spec.change).product)
    if kind is K.APR:
        return Answer(spec, f.apr.rate, (explain_apr(f),), currency)
    if kind is K.TOTAL_COST:
        return Answer(spec, f.total_cost, (explain_total_cost(f),), currency)
    if kind is K.TOTAL_INTEREST:
        return Answer(spec, f.total_interest, (explain_total_interest(f),), currency)
    if kind is K.PAYMENT:
        return Answer(spec, f.payment, (explain_payment(f),), currency)
    if kind is K.MONTHS_TO_PAYOFF:
        if f.months_to_payoff is not None:
            return Answer(spec, f.months_to_payoff, (explain_months_to_payoff(f),), currency)
        count = sum(1 for r in f.schedule.rows if r.payment > 0)
        return Answer(spec, count, (Explanation(TOPIC, "workshop.payments", count, {
            "count": count, "last_date": f.schedule.last_date}, currency=currency),), currency)
    last = f.schedule.rows[-1]  # BALLOON: the plan's last payment, and its payment rule
    return Answer(spec, last.payment, (explain_payment(f), Explanation(
        TOPIC, "workshop.balloon", last.payment, {"balloon": last.payment, "due": last.date,
                                                  "payment": f.payment}, currency=currency)),
        currency, due=last.date)


def _choice(spec: AnswerSpec, portfolio: Portfolio, currency: str) -> Answer:
    from planner.core.explain import explain_apr, explain_total_cost
    from planner.core.figures import analyse

    ids = spec.items or tuple(i.id for i in portfolio.items if i.is_open)
    figures: list[tuple[Item, Figures]] = [(item, analyse(item.product))
                                           for item in (_item(portfolio, i) for i in ids)]

    def measure(f: Figures) -> Decimal:
        return f.apr.rate if spec.by == "apr" else f.total_cost

    # Least first; ties on the other measure, then the order given.
    order = sorted(figures, key=lambda pair: (measure(pair[1]), pair[1].total_cost
                                              if spec.by == "apr" else pair[1].apr.rate))
    if spec.kind is K.DEAREST:
        order.reverse()
    ranking = tuple((item.id, measure(f)) for item, f in order)
    explain = explain_apr if spec.by == "apr" else explain_total_cost
    return Answer(spec, ranking[0][0], tuple(explain(f) for _, f in order), currency,
                  ranking=ranking)


def _stress_answer(spec: AnswerSpec, portfolio: Portfolio, today: date,
                   currency: str) -> Answer:
    from planner.core.explain import Explanation
    from planner.core.explain_stress import explain_score
    from planner.core.stress import stress_report
    from planner.core.stress.flow_rules import plans_running
    from planner.core.whatif import what_if

    if spec.income_change is not None:
        report = what_if(portfolio, today, income_change=spec.income_change).after
    else:
        report = stress_report(portfolio, today)
    projection = report.projection
    kind = spec.kind
    if kind is K.STRESS_SCORE:
        return Answer(spec, report.score.score,
                      (explain_score(report.score, report.thresholds, currency),), currency)
    if kind is K.MOST_PLANS:
        running = plans_running(projection)
        month, ids = max(running, key=lambda entry: len(entry[1]))
        names = {i.id: i.name for i in portfolio.items}
        return Answer(spec, len(ids), (Explanation(TOPIC, "workshop.most_plans", len(ids), {
            "most_plans": len(ids), "month": month.month,
            "plans": ", ".join(names[i] for i in ids), "plan_ids": ",".join(ids)},
            currency=currency),), currency)
    if kind is K.DEBT_TO_INCOME:
        months = projection.months[:DTI_MONTHS]
        worst = max(months, key=lambda m: (m.payments, -months.index(m)))
        ratio = (worst.payments / worst.income).quantize(Decimal("0.0001")) \
            if worst.income else None
        return Answer(spec, ratio, (Explanation(TOPIC, "workshop.debt_to_income", ratio, {
            "worst_month": worst.month, "payments": worst.payments, "income": worst.income,
            "worst_ratio": ratio, "months_ahead": DTI_MONTHS}, currency=currency),), currency)
    household = projection.household
    first = next((m for m in projection.months if m.cash < 0), None)
    values: dict[str, Value] = {"cash_buffer": household.cash_buffer,
                                "income": household.monthly_income,
                                "essentials": household.essential_expenses,
                                "months_ahead": len(projection.months)}
    if first is None:
        lowest = min(projection.months, key=lambda m: m.cash)
        values.update({"lowest_cash": lowest.cash, "lowest_month": lowest.month})
        return Answer(spec, None, (Explanation(TOPIC, "workshop.cash_never_runs_out", None,
                                               values, currency=currency),), currency)
    index = projection.months.index(first)
    paid = sum((m.payments for m in projection.months[:index + 1]), ZERO)
    values.update({"month": first.month, "count": index + 1, "payments": paid,
                   "cash": first.cash, "month_payments": first.payments})
    return Answer(spec, first.month, (Explanation(TOPIC, "workshop.cash_runs_out", first.month,
                                                  values, currency=currency),), currency)


def _payoff(spec: AnswerSpec, portfolio: Portfolio, today: date, currency: str) -> Answer:
    from planner.core.explain import Explanation
    from planner.core.payoff import Strategy, debts_of, payoff_plan

    assert spec.budget is not None
    plan = payoff_plan(debts_of(portfolio, today), spec.budget, Strategy(spec.strategy), today,
                       currency=currency)
    values: dict[str, Value] = {"budget": spec.budget, "months": plan.months_to_debt_free,
                                "debt_free": plan.debt_free, "total_interest":
                                plan.total_interest, "shortfall": plan.shortfall}
    if plan.budget_below_minimums:
        formula = "workshop.payoff_short"
    elif plan.months_to_debt_free is None:
        formula = "workshop.payoff_never"
    else:
        formula = f"workshop.payoff.{spec.strategy}"
    value: Decimal | int | None = plan.months_to_debt_free if spec.kind is K.PAYOFF_MONTHS \
        else (plan.total_interest if plan.months_to_debt_free is not None else None)
    return Answer(spec, value, (Explanation(TOPIC, formula, value, values, currency=currency),),
                  currency)


def scaled_spec(spec: AnswerSpec, factor: Decimal, step: Decimal) -> AnswerSpec:
    """``spec`` with its amounts (a payoff budget, a fixed card payment) times ``factor``,
    rounded to ``step``: a question of a household whose amounts were scaled."""
    def scale(amount: Decimal) -> Decimal:
        return max(step, (amount * factor / step).quantize(Decimal(1)) * step)

    updates: dict[str, Any] = {}
    if spec.budget is not None:
        updates["budget"] = scale(spec.budget)
    strategy = spec.change.get("strategy")
    if isinstance(strategy, dict) and "fixed" in strategy:
        updates["change"] = {**spec.change, "strategy": {
            "fixed": str(scale(Decimal(str(strategy["fixed"]))))}}
    return dataclasses.replace(spec, **updates) if updates else spec
