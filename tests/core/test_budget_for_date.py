"""Debt-free by a date (issue 15): the smallest monthly budget, checked against the plans one
minor unit either side of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from planner.core.errors import InputError
from planner.core.explain_planning import explain_budget_for_date
from planner.core.payoff import Debt, Strategy, budget_for_date, payoff_plan
from planner.text.explain import render

TODAY = date(2026, 12, 6)
ZERO_RATE = [Debt("a", D(1000), D(0), D(100)), Debt("b", D(2000), D(0), D(100))]


def test_zero_rate_debts_by_hand():
    # 3,000 to repay by June 2027: December to June is 7 months, 3,000 / 7 = 428.571...,
    # so 428.58 a month (428.57 x 7 = 2,999.99 leaves a cent for July).
    plan = budget_for_date(ZERO_RATE, date(2027, 6, 30), Strategy.AVALANCHE, TODAY)
    assert plan.budget == D("428.58") and plan.debt_free == "2027-06"
    slower = payoff_plan(ZERO_RATE, D("428.57"), Strategy.AVALANCHE, TODAY)
    assert slower.debt_free == "2027-07"


def test_the_day_of_the_month_does_not_matter_a_month_s_payments_are_made_by_its_end():
    first = budget_for_date(ZERO_RATE, date(2027, 6, 1), Strategy.SNOWBALL, TODAY)
    last = budget_for_date(ZERO_RATE, date(2027, 6, 30), Strategy.SNOWBALL, TODAY)
    assert first.budget == last.budget


def test_the_minimums_may_already_be_enough():
    plan = budget_for_date(ZERO_RATE, date(2030, 1, 1), Strategy.AVALANCHE, TODAY)
    # the minimums, 200 a month, repay 3,000 in 15 months: December 2026 to February 2028
    assert plan.budget == D("200.00") and plan.debt_free == "2028-02"
    text = render(explain_budget_for_date(plan, date(2030, 1, 1), TODAY, D(200), ZERO_RATE,
                                          "CNY"))
    assert text.startswith("The minimum payments, ¥200.00 a month, already")


@pytest.mark.parametrize("strategy", [Strategy.AVALANCHE, Strategy.SNOWBALL])
def test_with_interest_the_budget_is_the_smallest_in_time(strategy):
    debts = [Debt("card", D("12000"), D("0.1825"), D("360")),
             Debt("line", D("20000"), D("0.146"), D("1800")),
             Debt("car", D("48000"), D("0.068"), D("1850"))]
    by = date(2027, 12, 31)  # the minimums alone take until 2028
    plan = budget_for_date(debts, by, strategy, TODAY)
    assert plan.budget > D(4010)
    assert plan.debt_free is not None and plan.debt_free <= "2027-12"
    less = payoff_plan(debts, plan.budget - D("0.01"), strategy, TODAY)
    assert less.debt_free is None or less.debt_free > "2027-12"
    words = render(explain_budget_for_date(plan, by, TODAY, D(4010), debts, "CNY"))
    assert "the smallest monthly budget is" in words and "too late" in words


def test_a_date_before_today_cannot_be_reached():
    with pytest.raises(InputError) as caught:
        budget_for_date(ZERO_RATE, date(2026, 12, 5), Strategy.AVALANCHE, TODAY)
    assert caught.value.field == "by" and "before today" in caught.value.problem


def test_this_month_takes_everything_owed():
    plan = budget_for_date(ZERO_RATE, date(2026, 12, 31), Strategy.AVALANCHE, TODAY)
    assert plan.budget == D("3000.00") and plan.months_to_debt_free == 1


def test_no_debts_is_said_so():
    with pytest.raises(InputError) as caught:
        budget_for_date([], date(2027, 1, 1), Strategy.AVALANCHE, TODAY)
    assert "debt-free already" in caught.value.problem
