"""How the planning figures are computed, as explanation records (see :mod:`planner.core.explain`):
the household's average month from its schedule, a refinance's verdict, and the budget that
is debt-free by a date. Worded by :mod:`planner.text.explain` with the templates of
:mod:`planner.text.templates.planning`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from planner.core.explain import Explanation, Step, Topic, Value
from planner.core.income import Flow, FlowKind
from planner.core.money import quantum
from planner.core.payoff import Debt, ExtraPayment, PayoffPlan, months_until, payoff_plan
from planner.core.refinance import Refinance


def explain_schedule(schedule: Sequence[Flow], average: Decimal, currency: str,
                     topic: Topic = Topic.MONTHLY_INCOME) -> Explanation:
    """The average month of an income (or spending) schedule, rule by rule."""
    steps = []
    for f in schedule:
        values: dict[str, Value] = {"amount": f.amount, "item": f.label or "—"}
        if f.kind is FlowKind.MONTHLY:
            if f.day is None:
                steps.append(Step("schedule.monthly_spread", values))
                continue
            values["day"] = f.day
        elif f.kind is FlowKind.SEMIMONTHLY:
            values.update({"day": f.days[0], "second_day": f.days[1]})
        elif f.kind is FlowKind.BIWEEKLY:
            values["first"] = f.first
        elif f.kind is FlowKind.YEARLY:
            values.update({"month_number": f.month, "day": f.day})
        else:
            total = sum((a for _, a in f.amounts), Decimal(0))
            values.update({"day": f.day, "months_listed": len(f.amounts), "total": total,
                           "amount": (total / len(f.amounts)).quantize(quantum(currency))
                           if f.amounts else Decimal(0)})
        steps.append(Step(f"schedule.{f.kind.value}", values))
    formula = "schedule.average" if schedule else "schedule.none"
    return Explanation(topic.value, formula, average,
                       {"average": average, "rules": len(schedule)}, tuple(steps), currency)


def explain_refinance(r: Refinance) -> Explanation:
    """Whether replacing the items pays: what is repaid, the totals before and after, the
    break-even month, and a longer term that costs more called out."""
    f = r.figures
    values: dict[str, Value] = {
        "to_repay": r.to_repay, "advance": r.advance, "cash_difference": abs(r.cash_difference),
        "paid_before": r.paid_before, "paid_after": r.paid_after, "saving": abs(r.saving),
        "balance": r.balance, "payment_before": r.payment_before,
        "payment_after": r.payment_after, "last_before": r.last_before,
        "last_after": r.last_after, "break_even": r.break_even, "cost_before": r.cost_before,
        "cost_after": r.cost_after, "item": r.offer.name, "term": f.product.term,
        "apr": Decimal(repr(f.apr.rate)), "count": len(r.repaid),
        "score_before": r.whatif.before.score.score, "score_after": r.whatif.after.score.score}
    if r.longer_and_dearer:
        formula = "refinance.longer_dearer"
    elif r.saving > 0:
        formula = "refinance.saves"
    elif r.saving < 0:
        formula = "refinance.costs_more"
    else:
        formula = "refinance.same"
    steps = [Step("refinance.item", {"item": x.name, "payoff": x.payoff, "penalty": x.penalty,
                                     "remaining": x.remaining, "day": r.day})
             for x in r.repaid]
    if r.cash_difference > 0:
        steps.append(Step("refinance.cash_left", values))
    elif r.cash_difference < 0:
        steps.append(Step("refinance.cash_needed", values))
    steps.append(Step("refinance.totals", values))
    steps.append(Step("refinance.break_even" if r.break_even else "refinance.no_break_even",
                      values))
    steps.append(Step("refinance.score", values))
    return Explanation(Topic.REFINANCE.value, formula, r.saving, values, tuple(steps),
                       f.product.currency)


def explain_budget_for_date(plan: PayoffPlan, by: date, today: date, minimums: Decimal,
                            debts: Sequence[Debt], currency: str, *,
                            extras: Sequence[ExtraPayment] = (),
                            order: Sequence[str] = ()) -> Explanation:
    """Why this budget is the smallest that is debt-free by ``by``: its plan finishes in time
    and one minor unit less does not (unless the minimums already do)."""
    allowed = months_until(today, by)
    values: dict[str, Value] = {
        "by": by, "budget": plan.budget, "minimums": minimums, "months_allowed": allowed,
        "debt_free": plan.debt_free, "months": plan.months_to_debt_free,
        "strategy": plan.strategy.value, "total_interest": plan.total_interest}
    if plan.budget <= minimums:
        return Explanation(Topic.DEBT_FREE_BY.value, "debt_free_by.minimums", plan.budget,
                           values, (), currency)
    less = plan.budget - quantum(currency)
    slower = payoff_plan(debts, less, plan.strategy, today, currency=currency, order=order,
                         extras=extras)
    values.update({"less": less, "later": slower.debt_free})
    step = "debt_free_by.one_less" if slower.debt_free else "debt_free_by.one_less_never"
    return Explanation(Topic.DEBT_FREE_BY.value, "debt_free_by.found", plan.budget, values,
                       (Step(step, values),), currency)
