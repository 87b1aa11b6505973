"""The stress score's documented formula, factor by factor, and its bands."""

from __future__ import annotations

import pytest

from planner.core.stress.score import WEIGHTS, band_of
from tests.core.stress.cases import D, card, household, one_payment, plan, report


def factors(r) -> dict:
    return {f.code: f.points for f in r.score.factors}


def test_weights_add_up_to_one_hundred():
    assert sum(WEIGHTS.values()) == 100


def test_empty_household_scores_zero():
    r = report(household([]))
    assert r.score.score == 0 and r.score.band.value == "calm"
    assert set(factors(r)) == set(WEIGHTS)


@pytest.mark.parametrize(("amount", "points"), [
    ("2000", D("0.0")),     # 20%: where the scale starts
    ("3600", D("14.0")),    # 36%: 35 x (0.36 - 0.20) / 0.40 = 14
    ("4000", D("17.5")),    # 40%: 35 x 0.5
    ("5000", D("26.3")),    # 50%: 26.25, rounded half up to 26.3
    ("6000", D("35.0")),    # 60% and above: full
    ("9000", D("35.0")),
])
def test_debt_to_income_points(amount, points):
    r = report(household([one_payment("a", amount, "2025-07-05")]))
    assert factors(r)["debt_to_income"] == points


def test_debt_to_income_counts_the_next_twelve_months_only():
    # 9,000 due in the 13th month (2026-06) weighs on warnings, not on the score
    r = report(household([one_payment("a", "9000", "2026-06-05")]))
    assert factors(r)["debt_to_income"] == D("0.0")
    assert [w.code for w in r.warnings] == ["debt_to_income"]


def test_cash_shortfall_points_scale_with_the_deficit():
    # buffer 0, income = essentials: June ends at -2,500, a quarter of the income: 25 x 0.25
    r = report(household([one_payment("a", "2500", "2025-06-20")], income="10000",
                         essentials="10000", buffer="0"))
    assert factors(r)["cash_shortfall"] == D("6.3")  # 6.25 rounded half up


def test_high_cost_points_are_the_share_of_debt_above_the_cap():
    items = [card("dear", "1000", {"annual": "0.30"}),
             plan("free", "3000", "2025-05-20", 3)]
    r = report(household(items))
    # 1,000 of 4,000 owed is above the caps: 15 x 0.25
    assert factors(r)["high_cost_credit"] == D("3.8")


def test_trap_stacking_cluster_points():
    items = [plan(f"p{k}", "200", "2025-05-20", 2) for k in range(5)]  # 5 plans, line 3
    r = report(household(items, income="1000"))
    f = factors(r)
    assert f["installment_stacking"] == D("3.3")   # 5 x (5 - 3) / 3
    assert f["payment_cluster"] == D("5.0")        # 500 on one day > 25% of 1,000
    trapped = report(household([card("c", "1000", {"annual": "0.24"},
                                     minimum_payment={"percent": "0.01"})]))
    assert factors(trapped)["minimum_payment_trap"] == D("10.0")   # never repays


def test_score_is_the_sum_of_the_points_and_sets_the_band():
    r = report(household([one_payment("a", "6000", "2025-07-05")], income="10000",
                         essentials="10000", buffer="0"))
    total = sum(f.points for f in r.score.factors)
    assert r.score.score == int(total.quantize(D(1)))
    assert r.score.band is band_of(r.score.score)


@pytest.mark.parametrize(("score", "band"), [(0, "calm"), (19, "calm"), (20, "watch"),
                                             (49, "watch"), (50, "strained"),
                                             (74, "strained"), (75, "severe"),
                                             (100, "severe")])
def test_bands(score, band):
    assert band_of(score).value == band
