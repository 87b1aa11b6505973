"""Issue 12 in the stress projection: a deferred-interest promotion warned of well before its
end, a rate rise on LPR-linked loans and combined loans, and the projected payments of a rate
that changes. Households from ``cases`` (today 2025-06-01, income 10,000)."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.explain_stress import explain_warning
from planner.core.obligations import project_item
from planner.core.portfolio import parse_item
from planner.core.schedule import build_schedule
from planner.core.stress.projection import horizon_end
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Severity
from planner.core.whatif import what_if
from planner.text.explain import render
from planner.text.stress import StressText
from tests.core.stress.cases import TODAY, D, codes, household, report

#: A sofa bought on a 0% promotion for 12 months, deferred interest at 24.99%, 24 payments.
SOFA = {"id": "sofa", "name": "sofa", "kind": "installment", "principal": "2400",
        "start": "2025-01-10", "term": 24, "method": "annuity", "rate": {"annual": "0"},
        "deferred_interest": True,
        "rate_changes": [{"date": "2026-01-10", "rate": {"annual": "0.2499"}}]}


def test_a_promotion_not_cleared_is_a_caution_from_the_start():
    (w,) = codes(report(household([SOFA])), "deferred_interest")
    assert w.severity is Severity.CAUTION
    assert w.dates == (date(2026, 1, 10),) and w.items == ("sofa",)
    # 100 a month for 12 months leaves 1,200 owed on 2026-01-10; the 24.99% interest on
    # 2,400, 2,300, ... 1,300 a month: 22,200 x 0.2499 / 12 = 462.32
    assert w.detail["owed_at_end"] == D("1200.00")
    assert w.detail["deferred_interest"] == D("462.32")
    assert w.detail["charged_on"] == date(2026, 2, 10)
    assert w.detail["days_ahead"] == (date(2026, 1, 10) - TODAY).days


def test_within_the_last_months_it_is_a_danger():
    soon = {**SOFA, "start": "2024-08-10",
            "rate_changes": [{"date": "2025-08-10", "rate": {"annual": "0.2499"}}]}
    (w,) = codes(report(household([soon])), "deferred_interest")
    assert w.severity is Severity.DANGER  # 2025-08-10 is within 3 months of 2025-06-01
    later = report(household([soon], thresholds={"deferred_interest_months": 1}))
    assert codes(later, "deferred_interest")[0].severity is Severity.CAUTION


def test_a_promotion_cleared_in_time_or_over_is_not_warned_of():
    cleared = {**SOFA, "term": 12}
    assert codes(report(household([cleared])), "deferred_interest") == []
    paid = {**SOFA, "payments": [{"date": "2025-05-20", "amount": "2000"}]}
    assert codes(report(household([paid])), "deferred_interest") == []  # paid off early
    over = {**SOFA, "start": "2024-01-10",
            "rate_changes": [{"date": "2025-01-10", "rate": {"annual": "0.2499"}}]}
    assert codes(report(household([over])), "deferred_interest") == []  # already charged


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_warning_is_worded_and_explained(lang):
    (w,) = codes(report(household([SOFA])), "deferred_interest")
    words = StressText(lang, "CNY", {"sofa": "Sofa"})
    assert "462.32" in words.headline(w) and "2026-01-10" in words.headline(w)
    assert words.figure(w)[1] == "¥462.32"
    assert words.rule(w, Thresholds())
    text = render(explain_warning(w, {"sofa": "Sofa"}, "CNY"), lang)
    assert "¥462.32" in text and "2026-02-10" in text and "{" not in text


def test_the_threshold_is_checked():
    from planner.core.errors import InputError

    with pytest.raises(InputError) as caught:
        Thresholds.from_mapping({"deferred_interest_months": 0})
    assert caught.value.field == "profile.thresholds.deferred_interest_months"


# -- what if rates rise -----------------------------------------------------------------

LPR_HOME = {"id": "home", "name": "home", "kind": "loan", "principal": "1000000",
            "start": "2025-05-25", "term": 360,
            "lpr_spread": {"spread": "-0.003", "tenor": "5y", "reset": "january"}}


def test_a_rate_rise_moves_an_lpr_loans_whole_path():
    w = what_if(household([LPR_HOME], income="30000"), TODAY, rate_change=D("0.01"))
    assert w.variable == ("home",) and w.repriced == ("home",)
    after = w.after.projection.items[0]
    # before the first payment: the same as a loan 100 points above the LPR from the start
    higher = build_schedule(parse_item({**LPR_HOME, "lpr_spread": {
        "spread": "0.007", "tenor": "5y", "reset": "january"}}).product)
    expected = [r.payment for r in higher.rows if r.date < horizon_end(TODAY)]
    assert [o.amount for o in after.obligations] == expected
    assert after.item.product.lpr_spread.spread == D("0.007")


def test_a_rate_rise_moves_only_the_lpr_part_of_a_combined_loan():
    combined = {"id": "home", "name": "home", "kind": "loan", "start": "2025-05-25",
                "term": 360, "parts": [
                    {"name": "公积金", "principal": "600000", "rate": {"annual": "0.026"}},
                    {"name": "商贷", "principal": "400000",
                     "lpr_spread": {"spread": "-0.003"}}]}
    w = what_if(household([combined], income="30000"), TODAY, rate_change=D("0.01"))
    assert w.repriced == ("home",)
    after = w.after.projection.items[0]
    parts = after.item.product.parts
    assert parts[0].rate.value == D("0.026")  # the provident-fund part is fixed
    assert parts[1].lpr_spread.spread == D("0.007")
    gjj = build_schedule(parse_item({"id": "a", "name": "a", "kind": "loan",
                                     "principal": "600000", "start": "2025-05-25",
                                     "term": 360, "rate": {"annual": "0.026"}}).product)
    sd = build_schedule(parse_item({"id": "b", "name": "b", "kind": "loan",
                                    "principal": "400000", "start": "2025-05-25", "term": 360,
                                    "lpr_spread": {"spread": "0.007"}}).product)
    first = after.obligations[0]
    assert first.amount == gjj.rows[0].payment + sd.rows[0].payment


def test_a_rate_rise_midway_moves_the_known_changes_too():
    loan = {"id": "car", "name": "car", "kind": "loan", "principal": "12000",
            "start": "2025-01-10", "term": 12, "rate": {"annual": "0.06"},
            "variable_rate": True,
            "rate_changes": [{"date": "2025-09-01", "rate": {"annual": "0.08"}}],
            "payments": [{"date": f"2025-{m:02d}-10", "amount": "1032.80"}
                         for m in (2, 3, 4, 5)]}
    w = what_if(household([loan]), TODAY, rate_change=D("0.01"))
    product = w.after.projection.items[0].item.product
    assert product.rate.value == D("0.07") and product.rate_changes[0].rate.value == D("0.09")
    before = {o.date: o.amount for o in w.before.projection.items[0].obligations}
    after = {o.date: o.amount for o in w.after.projection.items[0].obligations}
    assert all(after[d] > before[d] for d in before if d < date(2026, 1, 10))


def test_projected_payments_follow_the_rate_path():
    # started 2025-05-10 at the LPR of 2024-10-21 (3.60%) - 0.30%; reset on 2026-01-01 to
    # 3.50% - 0.30%: the payments of 2025-06-10 to 2026-01-10 are one level (the last one
    # straddles the reset), the next ones lower, from the period starting 2026-01-10
    ip = project_item(parse_item({**LPR_HOME, "start": "2025-05-10"}), TODAY,
                      horizon_end(TODAY))
    amounts = [o.amount for o in ip.obligations]
    assert ip.obligations[7].date == date(2026, 1, 10)
    assert len(set(amounts[:8])) == 1 and amounts[8] < amounts[7]
    assert len(set(amounts[8:-1])) == 1  # the LPR has not changed since 2025-05-20
