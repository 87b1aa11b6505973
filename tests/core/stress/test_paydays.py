"""The 13-week projection and the cash-shortfall and payment-cluster warnings with real paydays
(issue 15): every figure worked out by hand from zero-rate loans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from planner.core.portfolio import Household, Portfolio, parse_portfolio
from planner.core.stress import stress_report
from planner.core.stress.projection import project
from planner.core.whatif import what_if

TODAY = date(2026, 12, 1)  # a Tuesday


def household(buffer: str, **extra: object) -> dict:
    return {"currency": "CNY", "cash_buffer": buffer,
            "income_schedule": [{"kind": "semimonthly", "amount": "5000", "days": [10, 25]}],
            **extra}


def loan(item_id: str, principal: str, start: str, term: int = 10) -> dict:
    return {"id": item_id, "name": item_id, "kind": "loan", "principal": principal,
            "start": start, "term": term, "rate": {"annual": "0"}}


def portfolio(profile: dict, *items: dict) -> Portfolio:
    return parse_portfolio({"format": "planner-portfolio", "version": 1, "profile": profile,
                            "items": list(items)})


def warning(report, code: str):
    found = [w for w in report.warnings if w.code.value == code]
    return found[0] if found else None


def test_a_single_monthly_figure_still_spreads_over_the_weeks():
    p = project(Portfolio(Household(monthly_income=D(5200), essential_expenses=D(1040)), ()),
                TODAY)
    # 5,200 x 12 / 52 = 1,200 and 1,040 x 12 / 52 = 240 each week, as before issue 15
    assert {w.income for w in p.weeks} == {D(1200)}
    assert {w.essentials for w in p.weeks} == {D(240)}
    assert not p.timed and p.paydays == ()
    assert p.months[0].income == D(5200)


def test_paydays_put_the_money_on_its_days():
    p = project(portfolio(household("0")), TODAY)
    assert p.timed
    assert [d.isoformat() for d in p.paydays[:3]] == ["2026-12-10", "2026-12-25",
                                                      "2027-01-10"]
    # week 1 runs 8 to 14 December (the 10th), week 3 22 to 28 December (the 25th)
    assert [w.income for w in p.weeks[:4]] == [D(0), D(5000), D(0), D(5000)]
    assert p.months[0].income == D(10000)
    assert p.days[9].day == date(2026, 12, 10) and p.days[9].income == D(5000)
    assert p.days[9].cash == D(5000)


def test_a_payment_due_the_day_before_payday_that_the_buffer_cannot_carry():
    # 1,500 due on the 9th of every month from 9 December; the buffer is 1,000: cash falls
    # to -500 on the 9th and is back at 4,500 on payday the 10th.
    report = stress_report(portfolio(household("1000"), loan("car", "15000", "2026-11-09")),
                           TODAY)
    w = warning(report, "cash_shortfall")
    assert w is not None and w.severity.value == "caution"
    assert w.dates[0] == date(2026, 12, 9)
    assert (w.detail["first_gap_start"], w.detail["first_gap_end"],
            w.detail["first_gap_payday"]) == (date(2026, 12, 9), date(2026, 12, 10),
                                               date(2026, 12, 10))
    assert w.detail["first_gap_lowest"] == D("-500.00")
    assert w.items == ("car",)
    # by the 9th of January two paydays have passed: 1,000 - 1,500 + 2 x 5,000 = 9,500 left
    assert [d.isoformat() for d in w.dates] == ["2026-12-09"]
    assert w.detail["days_below"] == 1
    assert report.projection.months[0].cash > 0  # the month as a whole is fine


def test_a_buffer_that_carries_the_payment_to_payday_is_no_warning():
    report = stress_report(portfolio(household("1500"), loan("car", "15000", "2026-11-09")),
                           TODAY)  # exactly enough: cash reaches 0, not below it
    assert warning(report, "cash_shortfall") is None


def test_the_same_payment_after_payday_is_no_warning():
    report = stress_report(portfolio(household("1000"), loan("car", "15000", "2026-11-11")),
                           TODAY)
    assert warning(report, "cash_shortfall") is None


def test_without_paydays_the_week_decides_as_before():
    # The same household and loan with one monthly figure: the week of the 9th has its
    # 10,000 x 12 / 52 = 2,307.69, so no gap shows.
    profile = {"currency": "CNY", "cash_buffer": "1000", "monthly_income": "10000"}
    report = stress_report(portfolio(profile, loan("car", "15000", "2026-11-09")), TODAY)
    assert warning(report, "cash_shortfall") is None


def test_a_cluster_stops_at_payday():
    # 1,500 on the 9th and 1,500 on the 11th: 3,000 within 5 days is above 25% of the
    # 10,000 a month -- unless payday the 10th comes between them.
    items = (loan("a", "15000", "2026-11-09"), loan("b", "15000", "2026-11-11"))
    timed = stress_report(portfolio(household("100000"), *items), TODAY)
    assert warning(timed, "payment_cluster") is None
    flat = stress_report(portfolio({"currency": "CNY", "cash_buffer": "100000",
                                    "monthly_income": "10000"}, *items), TODAY)
    assert warning(flat, "payment_cluster") is not None


def test_a_cluster_before_payday_names_the_payday():
    items = (loan("a", "15000", "2026-11-06"), loan("b", "15000", "2026-11-08"))
    w = warning(stress_report(portfolio(household("100000"), *items), TODAY),
                "payment_cluster")
    assert w is not None
    assert (w.detail["largest_start"], w.detail["largest_end"], w.detail["next_payday"]) == (
        date(2026, 12, 6), date(2026, 12, 8), date(2026, 12, 10))


def test_the_score_weighs_the_deepest_day():
    report = stress_report(portfolio(household("1000"), loan("car", "15000", "2026-11-09")),
                           TODAY)
    factor = {f.code: f for f in report.score.factors}["cash_shortfall"]
    # 500 short, against the average month of 10,000: 5% of 25 points = 1.25 -> 1.3
    assert factor.measure == D("500.00") and factor.points == D("1.3")


def test_an_income_change_moves_every_payday():
    result = what_if(portfolio(household("1000")), TODAY, income_change=D("-0.2"))
    assert result.after.projection.days[9].income == D("4000.00")
    assert result.after.projection.months[0].income == D("8000.00")


def test_the_gap_is_explained_and_worded_in_both_languages():
    from planner.core.explain_stress import explain_warning
    from planner.text.explain import render
    from planner.text.stress import StressText

    report = stress_report(portfolio(household("1000"), loan("car", "15000", "2026-11-09")),
                           TODAY)
    w = warning(report, "cash_shortfall")
    english = render(explain_warning(w, {"car": "Car"}, "CNY"))
    assert english.startswith("Payments come before the money: on 2026-12-09 cash falls to "
                              "-¥500.00, below ¥0.00, and stays short until payday on "
                              "2026-12-10")
    assert "发薪日" in render(explain_warning(w, {"car": "Car"}, "CNY"), "zh_CN")
    assert StressText("en", "CNY").headline(w) == (
        "Cash runs short before payday: it falls to -¥500.00 on 2026-12-09, payday is "
        "2026-12-10.")
    assert StressText("zh_CN", "CNY").headline(w).startswith("发薪日前现金不够")


def test_a_cluster_before_payday_is_explained_with_the_payday():
    from planner.core.explain_stress import explain_warning
    from planner.text.explain import render

    items = (loan("a", "15000", "2026-11-06"), loan("b", "15000", "2026-11-08"))
    w = warning(stress_report(portfolio(household("100000"), *items), TODAY),
                "payment_cluster")
    assert "comes before payday on 2026-12-10" in render(explain_warning(w, {}, "CNY"))
