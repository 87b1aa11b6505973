"""Explanations: every number an explanation shows equals the figure it explains, the formulas
hold with the user's own numbers, and every explanation reads in English and Chinese.

The monthly-fee example is FINANCE.md's "Public examples" (12 periods of 10,000
at a 0.6% monthly fee on the original principal: fees 720, APR about 13.03%, not 7.2%).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from planner.core.convention import Convention
from planner.core.explain import Explanation, Topic, Unit, explain_figures, unit_of
from planner.core.explain_stress import explain_score, explain_warning
from planner.core.figures import Figures, analyse
from planner.core.product import parse_product
from planner.core.stress.score import Band, Factor, StressScore
from planner.core.stress.warnings import Code, Severity, StressWarning
from planner.text.explain import format_value, render
from planner.text.templates import has_template

FEE_PLAN = {"kind": "installment", "principal": "10000", "start": "2026-01-10", "term": 12,
            "rate": {"monthly_fee": "0.006"}}
PRODUCTS = {
    "fee installment": FEE_PLAN,
    "annuity usd": {"kind": "loan", "principal": "200000", "start": "2026-01-15", "term": 360,
                    "rate": {"annual": "0.065"}, "currency": "USD"},
    "equal principal + upfront fee": {
        "kind": "loan", "principal": "12000", "start": "2026-01-15", "term": 12,
        "rate": {"annual": "0.12"}, "method": "equal_principal",
        "fees": [{"type": "upfront", "amount": "100"}]},
    "interest only": {"kind": "loan", "principal": "50000", "start": "2026-02-10", "term": 12,
                      "rate": {"annual": "0.048"}, "method": "interest_only"},
    "bullet": {"kind": "loan", "principal": "30000", "start": "2026-03-15", "term": 6,
               "rate": {"annual": "0.06"}, "method": "bullet"},
    "daily rate eur": {"kind": "credit_line", "principal": "12000", "start": "2026-01-31",
                       "term": 12, "rate": {"daily": "0.0003"}, "currency": "EUR"},
    "flat": {"kind": "installment", "principal": "6000", "start": "2026-04-01", "term": 12,
             "rate": {"flat": "0.08"}, "method": "fee_installment"},
    "interest free, fees": {
        "kind": "installment", "principal": "6000", "start": "2026-04-01", "term": 6,
        "fees": [{"type": "upfront", "amount": "360"}, {"type": "per_payment", "amount": "5"},
                 {"type": "financed", "amount": "60"}]},
    "annuity, odd first period": {
        "kind": "loan", "principal": "8000", "start": "2026-01-05", "first_payment": "2026-02-20",
        "term": 10, "rate": {"monthly": "0.01"}},
    "card minimum": {"kind": "card", "balance": "10000", "start": "2026-01-05",
                     "rate": {"daily": "0.0005"}},
    "card fixed usd": {"kind": "card", "balance": "3000", "start": "2026-01-05",
                       "currency": "USD", "rate": {"annual": "0.24"},
                       "minimum_payment": {"percent": "0.02", "floor": "25"},
                       "strategy": {"fixed": "200"}},
    "card 36 months": {"kind": "card", "balance": "5000", "start": "2026-01-05",
                       "rate": {"annual": "0.18"}, "strategy": {"months": 36}},
}
FIELD_OF = {Topic.PAYMENT: "payment", Topic.TOTAL_INTEREST: "total_interest",
            Topic.TOTAL_FEES: "total_fees", Topic.TOTAL_PAID: "total_paid",
            Topic.TOTAL_COST: "total_cost", Topic.MONTHS_TO_PAYOFF: "months_to_payoff"}


def _figures(name: str) -> Figures:
    return analyse(parse_product(PRODUCTS[name]))


def test_the_monthly_fee_example_reads_from_the_users_numbers() -> None:
    f = analyse(parse_product(FEE_PLAN))
    apr = next(e for e in explain_figures(f) if e.topic == "apr")
    first = render(apr, "en").splitlines()[0]
    assert ("A 0.6% monthly fee on the original ¥10,000.00 over 12 months is ¥720.00 in "
            "charges" in first)
    assert "only about half (54.2%) of it is in use on average" in first
    # the balances the schedule actually has: 833.33 a month, the last part 833.37
    assert "average balance ≈ ¥5,416.69" in first
    assert first.endswith("the true annual rate is about 13.0%, not 7.2%.")
    chinese = render(apr, "zh_CN").splitlines()[0]
    assert "按原始本金 ¥10,000.00 收取 0.6% 的月手续费，12 个月共 ¥720.00" in chinese
    assert "真实年化利率约为 13.0%，而不是 7.2%" in chinese


@pytest.mark.parametrize("name", PRODUCTS)
def test_every_explanation_equals_the_figure_it_explains(name: str) -> None:
    f = _figures(name)
    explanations = explain_figures(f)
    topics = [e.topic for e in explanations]
    assert {"payment", "total_interest", "total_fees", "total_paid", "total_cost",
            "ear"} <= set(topics)
    assert topics.count("apr") == 3  # one per convention
    for e in explanations:
        if e.topic in FIELD_OF:
            assert e.figure == getattr(f, FIELD_OF[Topic(e.topic)])
            named = e.values.get(FIELD_OF[Topic(e.topic)])
            assert named is None or named == e.figure
        elif e.topic == "apr":
            convention = Convention(e.values["convention"])
            assert e.figure == analyse(f.product, convention).apr.rate
            assert e.values["apr"] == e.figure
        elif e.topic == "ear":
            assert e.figure == e.values["ear"] == f.apr.effective_annual_rate


@pytest.mark.parametrize("name", PRODUCTS)
def test_the_totals_add_up_from_their_parts(name: str) -> None:
    f = _figures(name)
    by_topic = {e.topic: e for e in explain_figures(f)}
    fees = by_topic["total_fees"].values
    assert fees["upfront"] + fees["per_payment"] + fees["financed"] == f.total_fees
    paid = by_topic["total_paid"].values
    assert paid["payments"] + paid["upfront"] == f.total_paid
    cost = by_topic["total_cost"].values
    assert cost["total_paid"] - cost["advance"] == f.total_cost


def test_the_annuity_formula_gives_the_payment() -> None:
    f = _figures("annuity usd")
    e = next(e for e in explain_figures(f) if e.topic == "payment")
    assert e.formula == "payment.annuity"
    assert e.values["unrounded"].quantize(Decimal("0.01")) == f.payment == Decimal("1264.14")
    assert "1,264.14" in render(e, "en")


@pytest.mark.parametrize("name", PRODUCTS)
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_explanation_renders_and_shows_its_figure(name: str, lang: str) -> None:
    for e in explain_figures(_figures(name)):
        assert has_template(e.formula) and all(has_template(s.code) for s in e.steps)
        text = render(e, lang)
        assert "{" not in text and "}" not in text
        shown = format_value(e.topic if e.topic != "months_to_payoff" else "months",
                             e.figure, lang)
        assert shown in text, (e.formula, shown, text)
        if lang == "zh_CN":
            assert re.search(r"[\u4e00-\u9fff]", text)


@pytest.mark.parametrize("name", PRODUCTS)
def test_value_names_say_their_units(name: str) -> None:
    for e in explain_figures(_figures(name)):
        for values in (e.values, *(s.values for s in e.steps)):
            for key, value in values.items():
                unit = unit_of(key, value)
                if unit is Unit.MONEY:
                    assert isinstance(value, Decimal), (e.formula, key)
                if unit is Unit.RATE:
                    assert isinstance(value, (Decimal, float)), (e.formula, key)


def _warning(code: Code, severity: Severity, detail: dict, **extra) -> StressWarning:
    return StressWarning(code, severity, items=("a",), detail=detail, **extra)


WARNINGS = [
    _warning(Code.DEBT_TO_INCOME, Severity.CAUTION, {
        "worst_month": "2027-01", "worst_payments": Decimal("4000.00"),
        "income": Decimal("10000"), "worst_ratio": Decimal("0.4000"), "months_over_caution": 2,
        "months_over_danger": 0}, threshold=Decimal("0.36"), sources=("common-36",)),
    _warning(Code.DEBT_TO_INCOME, Severity.DANGER, {
        "worst_month": "2027-01", "worst_payments": Decimal("800.00"), "income": Decimal(0),
        "worst_ratio": None, "months_over_caution": 1, "months_over_danger": 1},
        threshold=Decimal("0.50")),
    _warning(Code.CASH_SHORTFALL, Severity.CAUTION, {
        "lowest_cash": Decimal("-120.50"), "cash_buffer": Decimal("100"), "months_below": 0,
        "weeks_below": 1, "first_week": date(2027, 1, 8)}, threshold=Decimal(0)),
    _warning(Code.PAYMENT_CLUSTER, Severity.CAUTION, {
        "clusters": 1, "largest_total": Decimal("2600.00"), "largest_start": date(2027, 1, 2),
        "largest_end": date(2027, 1, 5), "income": Decimal("10000"),
        "largest_share": Decimal("0.2600"), "window_days": 5}, threshold=Decimal("0.25")),
    _warning(Code.INSTALLMENT_STACKING, Severity.CAUTION, {
        "most_plans": 4, "worst_month": "2027-02", "months_over": 3,
        "plans_payments": Decimal("900.00")}, threshold=3),
    _warning(Code.HIGH_COST_CREDIT, Severity.DANGER, {
        "apr": Decimal("0.250000"), "caution": None, "danger": Decimal("0.24"),
        "balance": Decimal("3000.00")}, threshold=Decimal("0.24"),
        sources=("spc-private-lending-2015",)),
    _warning(Code.MINIMUM_PAYMENT_TRAP, Severity.DANGER, {
        "months_at_minimum": None, "total_at_minimum": None, "balance": Decimal("5000"),
        "comparison_months": 36, "payment_for_comparison": Decimal("190.12")}, threshold=36),
    _warning(Code.BALLOON_AHEAD, Severity.CAUTION, {
        "amount": Decimal("30900.00"), "income": Decimal("14000"),
        "cash_buffer": Decimal("20000"), "days_ahead": 104}, threshold=Decimal(1),
        dates=(date(2027, 3, 15),), rule="balloon > balloon_income_multiple x income"),
    _warning(Code.OTHER_CURRENCY, Severity.INFO, {"count": 1}),
]
FIGURE_OF = {Code.DEBT_TO_INCOME: "worst_ratio", Code.CASH_SHORTFALL: "lowest_cash",
             Code.PAYMENT_CLUSTER: "largest_total", Code.INSTALLMENT_STACKING: "most_plans",
             Code.HIGH_COST_CREDIT: "apr", Code.MINIMUM_PAYMENT_TRAP: "months_at_minimum",
             Code.BALLOON_AHEAD: "amount", Code.OTHER_CURRENCY: "count"}


@pytest.mark.parametrize("warning", WARNINGS, ids=lambda w: f"{w.code.value}-{w.severity}")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_warning_is_explained_with_its_own_numbers(warning: StressWarning,
                                                        lang: str) -> None:
    e = explain_warning(warning, {"a": "Phone plan"})
    assert e.topic == "warning"
    assert e.figure == warning.detail[FIGURE_OF[warning.code]]
    assert e.values["items"] == "Phone plan"
    text = render(e, lang)
    assert "{" not in text and "Phone plan" in text
    if e.figure is not None:
        assert format_value(FIGURE_OF[warning.code], e.figure, lang) in text


def test_the_score_is_the_sum_of_its_factors() -> None:
    factors = (Factor("debt_to_income", Decimal("14.0"), 35, Decimal("0.3600")),
               Factor("cash_shortfall", Decimal("0.0"), 25, Decimal(0)),
               Factor("high_cost_credit", Decimal("7.5"), 15, Decimal("0.5000")),
               Factor("minimum_payment_trap", Decimal("5.0"), 10, 1),
               Factor("installment_stacking", Decimal("1.7"), 5, 4),
               Factor("payment_cluster", Decimal("5.0"), 5, None),
               Factor("balloon_ahead", Decimal("0.0"), 5, None))
    score = StressScore(33, Band.WATCH, factors)
    e = explain_score(score)
    assert e.figure == 33 and e.values["total_points"] == Decimal("33.2")
    assert [s.values["points"] for s in e.steps] == [f.points for f in factors]
    text = render(e, "en")
    assert "33.2" in text and "33 of 100 (watch)" in text and "36.0%" in text
    assert "压力分" in render(e, "zh_CN")


def test_explanations_are_data_not_sentences() -> None:
    e = explain_figures(_figures("fee installment"))[0]
    assert isinstance(e, Explanation)
    assert all(" " not in str(v) for v in e.values.values() if isinstance(v, str))
