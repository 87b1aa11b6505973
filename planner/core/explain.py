"""How each figure is computed, as data: a topic, a formula key, the user's own numbers and the
steps between them -- never a sentence (``planner.text.explain`` words them in each language).

Every explanation carries ``figure``, the number it explains, equal to the field of
:class:`~planner.core.figures.Figures` shown beside it. Values are named by what they are, and
the name says the unit (:func:`unit_of`): ``*_rate``, ``apr``, ``ear``, ``*_ratio``,
``*_share`` are fractions; ``*points``, ``*_per_year``, ``*_multiple`` plain numbers; other
Decimals money; ints counts; dates dates; text stable codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from planner.core.card import deferred_due
from planner.core.convention import Convention
from planner.core.figures import Figures, summarise
from planner.core.money import ZERO, round_money
from planner.core.product import (
    BALANCE_QUOTES,
    Compounding,
    FeeType,
    Kind,
    LprSpread,
    Method,
    Product,
    Rate,
    RateQuote,
    StrategyKind,
)
from planner.core.rate_path import paths
from planner.core.schedule import Schedule

Value = Decimal | float | int | date | str | None


class Topic(StrEnum):
    PAYMENT = "payment"
    TOTAL_INTEREST = "total_interest"
    TOTAL_FEES = "total_fees"
    TOTAL_PAID = "total_paid"
    TOTAL_COST = "total_cost"
    APR = "apr"
    EAR = "ear"
    MONTHS_TO_PAYOFF = "months_to_payoff"
    WARNING = "warning"
    STRESS_SCORE = "stress_score"
    TOTAL_OWED = "total_owed"            # the overview's tiles (planner.core.explain_overview)
    DUE_THIS_MONTH = "due_this_month"
    DUE_NEXT_MONTH = "due_next_month"
    DEBT_FREE = "debt_free"
    INCOME_SHARE = "income_share"
    MONTHLY_INCOME = "monthly_income"    # planning (planner.core.explain_planning)
    MONTHLY_ESSENTIALS = "monthly_essentials"
    REFINANCE = "refinance"
    DEBT_FREE_BY = "debt_free_by"


class Unit(StrEnum):
    MONEY = "money"
    RATE = "rate"        # a fraction, shown as a percentage
    NUMBER = "number"
    COUNT = "count"
    DATE = "date"
    CODE = "code"


_RATE_SUFFIXES = ("rate", "apr", "ear", "ratio", "share")
_NUMBER_SUFFIXES = ("points", "per_year", "multiple")


def unit_of(name: str, value: Value) -> Unit:
    """The unit a value is shown in, read from its type and its name.

    >>> unit_of("apr", 0.13), unit_of("principal", Decimal(1)), unit_of("term", 12)
    (<Unit.RATE: 'rate'>, <Unit.MONEY: 'money'>, <Unit.COUNT: 'count'>)
    """
    if isinstance(value, date):
        return Unit.DATE
    if isinstance(value, str) or isinstance(value, bool) or value is None:
        return Unit.CODE
    if isinstance(value, int):
        return Unit.COUNT
    last = name.rsplit("_", 1)[-1]
    if name.endswith(_NUMBER_SUFFIXES):
        return Unit.NUMBER
    if last in _RATE_SUFFIXES:
        return Unit.RATE
    return Unit.NUMBER if isinstance(value, float) else Unit.MONEY


@dataclass(frozen=True, slots=True)
class Step:
    code: str
    values: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Explanation:
    """``formula`` is a template key (``payment.annuity``); ``values`` the numbers it names."""

    topic: str
    formula: str
    figure: Value
    values: Mapping[str, Value]
    steps: tuple[Step, ...] = ()
    currency: str = ""


def explain_figures(f: Figures, conventions: tuple[Convention, ...] | None = None
                    ) -> tuple[Explanation, ...]:
    """Every figure of ``f`` explained; the APR and EAR under ``f``'s convention first, then
    the APR under each other convention of ``conventions`` (default: all three)."""
    out = [explain_payment(f), explain_total_interest(f), explain_total_fees(f),
           explain_total_paid(f), explain_total_cost(f), explain_apr(f), explain_ear(f)]
    if f.months_to_payoff is not None:
        out.append(explain_months_to_payoff(f))
    for convention in conventions or tuple(Convention):
        if convention is not f.apr.convention:
            out.append(explain_apr(summarise(f.product, f.schedule, convention,
                                             months_to_payoff=f.months_to_payoff)))
    return tuple(out)


def _explanation(f: Figures, topic: Topic, formula: str, figure: Value,
                 values: dict[str, Value], steps: list[Step] | None = None) -> Explanation:
    return Explanation(topic.value, formula, figure, values, tuple(steps or ()),
                       f.product.currency)


def explain_payment(f: Figures) -> Explanation:
    """The regular payment, by repayment method (the rule of ``planner.core.schedule``); then,
    for a rate that changes, each rate from its date and each payment computed again, and a
    promotion's deferred interest."""
    if f.product.parts:
        return _combined_payment(f)
    base = _payment(f)
    extra = _rate_steps(f) + _deferred_steps(f)
    return replace(base, steps=base.steps + tuple(extra)) if extra else base


def _combined_payment(f: Figures) -> Explanation:
    """A combined loan: each part repaid as a loan of its own; the payment is their sum (by
    equal principal, each part's first payment and their sum the loan's first, as a whole
    equal-principal loan's payment is its first)."""
    p, s = f.product, f.schedule
    steps = []
    named = dict(paths(p, s.last_date))
    payments = dict(f.part_payments)
    falling = p.method is Method.EQUAL_PRINCIPAL
    for part, (name, schedule) in zip(p.parts, s.parts, strict=True):
        steps.append(Step("part_equal_principal" if falling else "part",
                          {"item": name, "principal": part.principal,
                           "new_rate": part.rate.value, "per": part.rate.quote.value,
                           "part_payment": payments[name]}))
        if part.lpr_spread is not None:
            steps.append(_lpr_step(p, part.lpr_spread, part.rate, name))
        steps += _path_steps(named[name], schedule, p.method, name)
    formula = "payment.combined_equal_principal" if falling else "payment.combined"
    return _explanation(f, Topic.PAYMENT, formula, f.payment,
                        {"principal": s.advance, "count": len(p.parts), "term": p.term,
                         "payment": f.payment}, steps)


def _rate_steps(f: Figures) -> list[Step]:
    p, s = f.product, f.schedule
    path = paths(p, s.last_date)[0][1]
    steps = [_lpr_step(p, p.lpr_spread, p.rate, "")] if p.lpr_spread is not None else []
    return steps + _path_steps(path, s, p.method if p.kind is not Kind.CARD else None, "",
                               recompute=p.kind is not Kind.CARD)


def _lpr_step(p: Product, spread: LprSpread, first: Rate, name: str) -> Step:
    values: dict[str, Value] = {
        "tenor": spread.tenor.value, "reset": spread.reset.value,
        "lpr_rate": p.lpr_table.rate(spread.tenor, p.start), "spread_rate": spread.spread,
        "first_rate": first.value}
    if name:
        values["item"] = name
    return Step("part_lpr" if name else "lpr", values)


def _path_steps(path: tuple, schedule: Schedule, method: Method | None,
                name: str, recompute: bool = True) -> list[Step]:
    """Each rate after the first from its date; an annuity's payment from the first period
    starting on or after it (less any deferred interest charged with it); one line when a
    change falls inside a period."""
    if len(path) < 2:
        return []
    rows = [r for r in schedule.rows if not r.prepayment]
    starts = [path[0][0], *(r.date for r in rows[:-1])]
    label: dict[str, Value] = {"item": name} if name else {}
    steps, inside = [], False
    for since, rate in path[1:]:
        steps.append(Step("part_rate_from" if name else "rate_from",
                          {**label, "since": since, "new_rate": rate.value,
                           "per": rate.quote.value}))
        inside = inside or any(a < since < r.date for a, r in zip(starts, rows, strict=True))
        first = next((k for k, a in enumerate(starts) if a >= since), None)
        if recompute and (method or Method.ANNUITY) is Method.ANNUITY and first is not None \
                and first < len(rows) - 1:
            row = rows[first]
            deferred = schedule.deferred_interest if row.date > path[1][0] and first == next(
                k for k, r in enumerate(rows) if r.date > path[1][0]) else ZERO
            steps.append(Step("part_payment_from" if name else "payment_from",
                              {**label, "since": row.date,
                               "new_payment": row.payment - deferred}))
    if inside:
        steps.append(Step("rates_by_days"))
    return steps


def _deferred_steps(f: Figures) -> list[Step]:
    p, s = f.product, f.schedule
    if not p.deferred_interest:
        return []
    end = p.rate_changes[0].date
    if not s.deferred_interest:
        return [Step("deferred_cleared", {"since": end})]
    # a card's is charged on its first statement after the promotion, paid by that one's due date
    on = deferred_due(p) if p.kind is Kind.CARD else next(r.date for r in s.rows
                                                           if r.date > end)
    return [Step("deferred_charged", {"since": end, "deferred_interest": s.deferred_interest,
                                      "charged_on": on,
                                      "later_rate": p.rate_changes[0].rate.value,
                                      "per": p.rate_changes[0].rate.quote.value})]


def _payment(f: Figures) -> Explanation:
    p, s = f.product, f.schedule
    rows = s.rows
    owed = s.advance + s.financed_fees
    fee = sum((x.amount for x in p.fees if x.type is FeeType.PER_PAYMENT), ZERO)
    base: dict[str, Value] = {"principal": owed, "term": p.term, "payment": f.payment}
    steps = [Step("per_payment_fee", {"fee": fee})] if fee and p.kind is not Kind.CARD else []
    level_methods = (Method.ANNUITY, Method.FEE_INSTALLMENT, Method.INTEREST_FREE)
    if rows and rows[-1].payment != f.payment and p.method in level_methods:
        steps.append(Step("last_payment", {"last_payment": rows[-1].payment,
                                           "last_date": rows[-1].date}))
    if p.kind is Kind.CARD:
        return _card_payment(f)
    method = p.method or Method.ANNUITY
    periodic = _periodic_rate(f)
    if method is Method.ANNUITY:
        first_days = (rows[0].date - p.start).days if rows else 0
        regular = p.rate.quote is not RateQuote.DAILY and p.first_payment is None
        if regular:
            # The textbook formula, through the time-value toolkit (planner.core.tvm, numpy:
            # loaded when an explanation is asked for, not with the pages that offer one).
            from planner.core.tvm import level_payment

            level = level_payment(Decimal(periodic), p.term, owed)
            return _explanation(f, Topic.PAYMENT, "payment.annuity", f.payment,
                                {**base, "periodic_rate": periodic,
                                 "unrounded": level.quantize(Decimal("0.0001"))}, steps)
        return _explanation(f, Topic.PAYMENT, "payment.annuity_actual_days", f.payment,
                            {**base, "annual_rate": p.rate.annual_equivalent,
                             "first_days": first_days}, steps)
    if method is Method.EQUAL_PRINCIPAL:
        return _explanation(f, Topic.PAYMENT, "payment.equal_principal", f.payment,
                            {**base, "periodic_rate": periodic,
                             "principal_part": rows[0].principal,
                             "first_interest": rows[0].interest}, steps)
    if method is Method.INTEREST_ONLY:
        return _explanation(f, Topic.PAYMENT, "payment.interest_only", f.payment,
                            {**base, "periodic_rate": periodic,
                             "balloon": rows[-1].payment}, steps[:1])
    if method is Method.BULLET and p.compounding is Compounding.MONTHLY:
        return _explanation(f, Topic.PAYMENT, "payment.bullet_compound", f.payment,
                            {**base, "interest": rows[-1].interest, "annual_rate":
                             p.rate.annual_equivalent, "due": rows[-1].date}, steps[:1])
    if method is Method.BULLET:
        return _explanation(f, Topic.PAYMENT, "payment.bullet", f.payment,
                            {**base, "interest": rows[-1].interest, "annual_rate":
                             p.rate.annual_equivalent, "due": rows[-1].date}, steps[:1])
    part = round_money(owed / p.term, p.currency)
    if method is Method.FEE_INSTALLMENT and p.rate.quote is RateQuote.FLAT:
        return _explanation(f, Topic.PAYMENT, "payment.flat", f.payment,
                            {**base, "flat_rate": p.rate.value, "principal_part": part,
                             "interest_part": rows[0].interest}, steps)
    if method is Method.FEE_INSTALLMENT:
        return _explanation(f, Topic.PAYMENT, "payment.fee_installment", f.payment,
                            {**base, "monthly_fee_rate": p.rate.value, "principal_part": part,
                             "fee_part": rows[0].fee - fee}, steps)
    return _explanation(f, Topic.PAYMENT, "payment.interest_free", f.payment,
                        {**base, "principal_part": part}, steps)


def _card_payment(f: Figures) -> Explanation:
    p = f.product
    values: dict[str, Value] = {"balance": p.principal, "payment": f.payment,
                                "months": f.months_to_payoff}
    strategy = p.strategy
    if strategy.kind is StrategyKind.FIXED:
        return _explanation(f, Topic.PAYMENT, "payment.card_fixed", f.payment, values)
    if strategy.kind is StrategyKind.MONTHS:
        return _explanation(f, Topic.PAYMENT, "payment.card_months", f.payment,
                            {**values, "target_months": strategy.months})
    rule = p.minimum_payment
    assert rule is not None
    values.update({"minimum_rate": rule.percent, "floor": rule.floor,
                   "plus": "plus_interest" if rule.plus_interest else "percent_only"})
    formula = "payment.card_minimum" if rule.floor else "payment.card_minimum_no_floor"
    return _explanation(f, Topic.PAYMENT, formula, f.payment, values)


def _periodic_rate(f: Figures) -> Decimal:
    rate = f.product.rate
    if rate.quote is RateQuote.DAILY:
        return rate.value * 365 / f.product.frequency.per_year
    return rate.annual_equivalent / f.product.frequency.per_year


def explain_total_interest(f: Figures) -> Explanation:
    """The interest added up; for interest on the balance, the day-count basis that counted
    its odd days (FINANCE.md, "Day-count bases")."""
    rows = f.schedule.rows
    p = f.product
    values: dict[str, Value] = {"total_interest": f.total_interest, "count": len(rows)}
    steps = [Step("first_interest", {"first_interest": rows[0].interest,
                                     "first_date": rows[0].date})] if f.total_interest else []
    if f.total_interest == 0 and f.total_fees > 0:
        steps.append(Step("charged_as_fees", {"total_fees": f.total_fees}))
    if p.kind is not Kind.CARD and p.rate.quote in BALANCE_QUOTES:
        basis = p.day_basis.value
        steps.append(Step("day_count.stated", {"basis": basis}) if p.day_count else
                     Step("day_count.default", {"basis": basis, "currency_code": p.currency}))
    return _explanation(f, Topic.TOTAL_INTEREST, "total_interest.sum", f.total_interest,
                        values, steps)


def explain_total_fees(f: Figures) -> Explanation:
    s = f.schedule
    per_payment = sum((r.fee for r in s.rows), ZERO)
    return _explanation(f, Topic.TOTAL_FEES, "total_fees.sum", f.total_fees,
                        {"upfront": s.upfront_fees, "per_payment": per_payment,
                         "financed": s.financed_fees, "total_fees": f.total_fees})


def explain_total_paid(f: Figures) -> Explanation:
    s = f.schedule
    payments = sum((r.payment for r in s.rows), ZERO)
    return _explanation(f, Topic.TOTAL_PAID, "total_paid.sum", f.total_paid,
                        {"payments": payments, "count": len(s.rows),
                         "upfront": s.upfront_fees, "total_paid": f.total_paid})


def explain_total_cost(f: Figures) -> Explanation:
    steps = []
    if f.total_interest + f.total_fees == f.total_cost:
        steps.append(Step("split", {"total_interest": f.total_interest,
                                    "total_fees": f.total_fees}))
    return _explanation(f, Topic.TOTAL_COST, "total_cost.difference", f.total_cost,
                        {"total_paid": f.total_paid, "advance": f.schedule.advance,
                         "total_cost": f.total_cost}, steps)


def explain_months_to_payoff(f: Figures) -> Explanation:
    return _explanation(f, Topic.MONTHS_TO_PAYOFF, "months_to_payoff.card", f.months_to_payoff,
                        {"months": f.months_to_payoff, "balance": f.product.principal,
                         "payment": f.payment, "total_interest": f.total_interest})


def average_balance(f: Figures) -> Decimal:
    """The principal in use on average over the regular payments: the mean of the balances
    owed at the start of each period, as the schedule has them (10,000 repaid in 12 parts of
    833.33, the last 833.37: 5,416.69; unrounded parts would give 10,000 x 13 / 24 = 5,416.67).
    """
    s = f.schedule
    owed = s.advance + s.financed_fees
    openings = []
    for row in s.rows:
        if not row.prepayment:
            openings.append(owed)
        owed = row.balance
    return round_money(sum(openings, ZERO) / len(openings), f.product.currency) \
        if openings else ZERO


def explain_apr(f: Figures) -> Explanation:
    """The true annual rate under ``f.apr.convention``; for a fee or flat quote, the trap in
    the quote: the fee is charged on the original principal while the balance falls."""
    a, p = f.apr, f.product
    payments = [r for r in f.schedule.rows if r.payment > 0]
    flows: dict[str, Value] = {"advance": f.schedule.advance, "count": len(payments),
                               "total_paid": f.total_paid, "upfront": f.schedule.upfront_fees}
    steps = [Step("flows_upfront" if f.schedule.upfront_fees else "flows", flows)]
    conv = {"apr": a.rate, "periodic_rate": a.periodic_rate,
            "periods_per_year": a.periods_per_year, "unit": str(a.unit_period)}
    steps.append(Step(f"convention.{a.convention.value}", conv))
    if a.multiple_roots:
        steps.append(Step("several_roots", {"roots": len(a.roots), "apr": a.rate}))
    values: dict[str, Value] = {"apr": a.rate, "convention": a.convention.value,
                                "headline_rate": p.rate.annual_equivalent}
    on_original = p.rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT) and p.rate.value
    if on_original and p.kind is not Kind.CARD:
        average = average_balance(f)
        values.update({"quote": p.rate.quote.value, "quoted_rate": p.rate.value,
                       "principal": p.principal, "term": p.term, "total_charge": f.total_cost,
                       "average_balance": average,
                       "average_share": (average / p.principal).quantize(Decimal("0.0001"))})
        return _explanation(f, Topic.APR, "apr.fee_on_original", a.rate, values, steps)
    return _explanation(f, Topic.APR, f"apr.{a.convention.value}", a.rate,
                        {**values, "total_cost": f.total_cost}, steps)


def explain_ear(f: Figures) -> Explanation:
    """The effective annual rate: (1 + i)^k - 1; the EU APRC already compounds yearly."""
    a = f.apr
    formula = "ear.aprc" if a.convention is Convention.EU_APRC else "ear.compound"
    return _explanation(f, Topic.EAR, formula, a.effective_annual_rate,
                        {"ear": a.effective_annual_rate, "periodic_rate": a.periodic_rate,
                         "periods_per_year": a.periods_per_year, "apr": a.rate})
