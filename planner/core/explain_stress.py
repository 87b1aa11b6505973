"""Why each stress warning fired and how the stress score adds up, as explanation records (see
:mod:`planner.core.explain`): the rule, the line it crossed and the household's own numbers.

The numbers are the warning's ``detail`` and ``threshold`` and the score's factors, unchanged:
renamed only so that each name carries its unit (``*_ratio`` is a fraction, and so on).
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.core.explain import Explanation, Step, Topic, Value
from planner.core.money import ZERO
from planner.core.stress.score import DTI_FROM, DTI_FULL, StressScore
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, StressWarning

#: The score's bands: below each bound the band named (planner.core.stress.score.band_of).
BAND_BOUNDS = (("calm", 20), ("watch", 50), ("strained", 75))


def explain_warning(w: StressWarning, names: Mapping[str, str] | None = None,
                    currency: str = "") -> Explanation:
    """The warning's rule with its numbers; ``names`` maps item ids to the names shown."""
    d = w.detail
    names = names or {}
    items = ", ".join(names.get(i, i) for i in w.items)
    common: dict[str, Value] = {"severity": w.severity.value, "items": items,
                                "item_count": len(w.items)}
    code = w.code
    if code is Code.DEBT_TO_INCOME:
        values = {**common, "worst_month": d["worst_month"], "payments": d["worst_payments"],
                  "income": d["income"], "worst_ratio": d["worst_ratio"],
                  "line_ratio": w.threshold, "months_over": d["months_over_caution"],
                  "months_over_danger": d["months_over_danger"]}
        variant = "no_income" if d["worst_ratio"] is None else "ratio"
        return _warning(w, variant, d["worst_ratio"], values, currency)
    if code is Code.CASH_SHORTFALL:
        first = d.get("first_month") or d.get("first_week") or d.get("first_gap_start")
        values = {**common, "lowest_cash": d["lowest_cash"], "cash_buffer": d["cash_buffer"],
                  "months_below": d["months_below"], "weeks_below": d["weeks_below"],
                  "first": first, "floor": w.threshold}
        if d.get("gaps") and not d["months_below"]:  # paydays known: the gap before a payday
            values.update({"gap_start": d["first_gap_start"], "gap_end": d["first_gap_end"],
                           "payday": d["first_gap_payday"], "gap_lowest": d["first_gap_lowest"],
                           "gaps": len(d["gaps"]), "days_below": d["days_below"]})
            variant = "gap" if d["first_gap_payday"] is not None else "gap_no_payday"
            return _warning(w, variant, d["lowest_cash"], values, currency)
        return _warning(w, "month" if d["months_below"] else "week", d["lowest_cash"],
                        values, currency)
    if code is Code.PAYMENT_CLUSTER:
        values = {**common, "clusters": d["clusters"], "largest_total": d["largest_total"],
                  "largest_start": d["largest_start"], "largest_end": d["largest_end"],
                  "income": d["income"], "largest_share": d["largest_share"],
                  "window_days": d["window_days"], "line_share": w.threshold}
        if d.get("next_payday") is not None:
            values["next_payday"] = d["next_payday"]
            return _warning(w, "window_payday", d["largest_total"], values, currency)
        return _warning(w, "window", d["largest_total"], values, currency)
    if code is Code.INSTALLMENT_STACKING:
        values = {**common, "most_plans": d["most_plans"], "worst_month": d["worst_month"],
                  "months_over": d["months_over"], "plans_payments": d["plans_payments"],
                  "line_plans": w.threshold}
        return _warning(w, "plans", d["most_plans"], values, currency)
    if code is Code.HIGH_COST_CREDIT:
        values = {**common, "apr": d["apr"], "caution_rate": d["caution"],
                  "danger_rate": d["danger"], "line_rate": w.threshold,
                  "balance": d["balance"], "sources": ", ".join(w.sources)}
        return _warning(w, w.severity.value, d["apr"], values, currency)
    if code is Code.MINIMUM_PAYMENT_TRAP:
        never = d["months_at_minimum"] is None
        values = {**common, "months_at_minimum": d["months_at_minimum"],
                  "total_at_minimum": d["total_at_minimum"], "balance": d["balance"],
                  "comparison_months": d["comparison_months"],
                  "payment_for_comparison": d["payment_for_comparison"]}
        return _warning(w, "never" if never else "months", d["months_at_minimum"], values,
                        currency)
    if code is Code.BALLOON_AHEAD:
        over_buffer = w.rule.startswith("balloon > income + cash_buffer")
        values = {**common, "amount": d["amount"], "due": w.dates[0], "income": d["income"],
                  "cash_buffer": d["cash_buffer"], "days_ahead": d["days_ahead"]}
        if not over_buffer:
            values["line_multiple"] = w.threshold
        return _warning(w, "over_buffer" if over_buffer else "over_income", d["amount"],
                        values, currency)
    if code is Code.DEFERRED_INTEREST:
        values = {**common, "deferred_interest": d["deferred_interest"],
                  "owed_at_end": d["owed_at_end"], "ends": w.dates[0],
                  "charged_on": d["charged_on"], "days_ahead": d["days_ahead"],
                  "later_rate": d["later_rate"], "months_line": w.threshold}
        return _warning(w, "ahead", d["deferred_interest"], values, currency)
    return _warning(w, "excluded", d.get("count", len(w.items)),
                    {**common, "count": d.get("count", len(w.items))}, currency)


def _warning(w: StressWarning, variant: str, figure: Value, values: dict[str, Value],
             currency: str) -> Explanation:
    steps = (Step("sources", {"sources": ", ".join(w.sources)}),) if w.sources else ()
    return Explanation(Topic.WARNING.value, f"warning.{w.code.value}.{variant}", figure,
                       values, steps, currency)


def explain_score(score: StressScore, thresholds: Thresholds | None = None,
                  currency: str = "") -> Explanation:
    """The score as the sum of its factors' points, each factor with its measure and rule."""
    t = thresholds or Thresholds()
    total = sum((f.points for f in score.factors), ZERO)
    steps = []
    for f in score.factors:
        values: dict[str, Value] = {"points": f.points, "max_points": f.max_points}
        if f.code == "debt_to_income":
            values.update({"worst_ratio": f.measure, "from_ratio": DTI_FROM,
                           "full_ratio": DTI_FULL})
        elif f.code == "cash_shortfall":
            values["deficit"] = f.measure
        elif f.code == "high_cost_credit":
            values["costly_share"] = f.measure
        elif f.code == "minimum_payment_trap":
            values["cards"] = f.measure
        elif f.code == "installment_stacking":
            values.update({"most_plans": f.measure, "line_plans": t.stacking_plans})
        else:
            values["present"] = "yes" if f.points > 0 else "no"
        steps.append(Step(f"factor.{f.code}", values))
    bounds: dict[str, Value] = {f"{band}_below": bound for band, bound in BAND_BOUNDS}
    return Explanation(Topic.STRESS_SCORE.value, "stress_score.sum", score.score,
                       {"score": score.score, "band": score.band.value,
                        "total_points": total, **bounds}, tuple(steps), currency)


def explain_factor(score: StressScore, code: str, thresholds: Thresholds | None = None,
                   currency: str = "") -> Explanation:
    """One factor of the score: its points, what it measured and the rule that gives them
    (the factor's own line of :func:`explain_score`), its figure its points."""
    whole = explain_score(score, thresholds, currency)
    step = next(s for s in whole.steps if s.code == f"factor.{code}")
    return Explanation(Topic.STRESS_SCORE.value, step.code, step.values["points"],
                       step.values, (), currency)


def explain_report_items(warnings: tuple[StressWarning, ...], score: StressScore,
                         names: Mapping[str, str] | None = None, currency: str = "",
                         thresholds: Thresholds | None = None) -> tuple[Explanation, ...]:
    """The score's explanation, then one per warning (most severe first, as given)."""
    return (explain_score(score, thresholds, currency),
            *(explain_warning(w, names, currency) for w in warnings))

