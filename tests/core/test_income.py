"""Income and essential spending as they arrive (issue 15): each kind of rule dated by hand, the
average month, the JSON, and the household's monthly figure following its schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from planner.core.errors import InputError
from planner.core.income import (
    Flow,
    FlowKind,
    dated,
    in_month,
    monthly_average,
    occurrences,
    parse_schedule,
    schedule_to_json,
)
from planner.core.portfolio import Household, parse_household, parse_portfolio, portfolio_to_json


def days(flow: Flow, start: date, end: date) -> list[str]:
    return [f"{d.isoformat()} {a}" for d, a in occurrences(flow, start, end)]


def test_monthly_on_a_day_clips_to_the_end_of_short_months():
    flow = Flow(FlowKind.MONTHLY, D(9000), day=31)
    assert days(flow, date(2027, 1, 1), date(2027, 4, 1)) == [
        "2027-01-31 9000", "2027-02-28 9000", "2027-03-31 9000"]


def test_twice_a_month_on_the_10th_and_25th():
    flow = Flow(FlowKind.SEMIMONTHLY, D(6000), days=(10, 25))
    assert days(flow, date(2026, 12, 6), date(2027, 1, 26)) == [
        "2026-12-10 6000", "2026-12-25 6000", "2027-01-10 6000", "2027-01-25 6000"]
    # the end is exclusive, the start inclusive
    assert days(flow, date(2026, 12, 10), date(2026, 12, 25)) == ["2026-12-10 6000"]


def test_every_two_weeks_counts_from_any_payday_before_or_after():
    flow = Flow(FlowKind.BIWEEKLY, D(4000), first=date(2027, 1, 8))
    # 2027-01-08 less 14 days is 2026-12-25, less 28 days 2026-12-11
    assert days(flow, date(2026, 12, 6), date(2027, 1, 23)) == [
        "2026-12-11 4000", "2026-12-25 4000", "2027-01-08 4000", "2027-01-22 4000"]


def test_a_yearly_bonus_and_irregular_months():
    bonus = Flow(FlowKind.YEARLY, D(24000), day=20, month=1)
    assert days(bonus, date(2026, 12, 1), date(2028, 12, 1)) == [
        "2027-01-20 24000", "2028-01-20 24000"]
    gigs = Flow(FlowKind.MONTHS, day=15, amounts=(("2027-01", D(3000)), ("2027-03", D(500))))
    assert days(gigs, date(2026, 12, 1), date(2027, 12, 1)) == [
        "2027-01-15 3000", "2027-03-15 500"]


def test_a_month_counts_its_paydays_and_its_spread_money():
    schedule = (Flow(FlowKind.SEMIMONTHLY, D(6000), days=(10, 25)),
                Flow(FlowKind.YEARLY, D(24000), day=20, month=1),
                Flow(FlowKind.MONTHLY, D(500)))  # a side income, day not known
    assert in_month(schedule, 2026, 12) == D(12500)
    assert in_month(schedule, 2027, 1) == D(36500)
    assert [d.isoformat() for d, _ in dated(schedule, date(2027, 1, 1),
                                            date(2027, 2, 1))] == [
        "2027-01-10", "2027-01-20", "2027-01-25"]


def test_the_average_month_by_hand():
    # 6,000 x 24 = 144,000; 24,000 once; 4,000 x 26 = 104,000; (3,000 + 500) / 2 = 1,750
    schedule = (Flow(FlowKind.SEMIMONTHLY, D(6000), days=(10, 25)),
                Flow(FlowKind.YEARLY, D(24000), day=20, month=1),
                Flow(FlowKind.BIWEEKLY, D(4000), first=date(2027, 1, 8)),
                Flow(FlowKind.MONTHS, day=15, amounts=(("2027-01", D(3000)),
                                                       ("2027-03", D(500)))))
    assert monthly_average(schedule, "CNY") == (D(144000 + 24000 + 104000) / 12
                                                + D(1750)).quantize(D("0.01"))
    assert monthly_average(schedule, "CNY") == D("24416.67")


def test_the_json_reads_back_to_the_same_schedule():
    data = [{"kind": "semimonthly", "amount": "6000.00", "days": [25, 10], "label": "salary"},
            {"kind": "yearly", "amount": "24000.00", "month": 1, "day": 20, "label": "年终奖"},
            {"kind": "biweekly", "amount": "100.00", "first": "2027-01-08"},
            {"kind": "months", "day": 15, "amounts": {"2027-01": "3000.00"}},
            {"kind": "monthly", "amount": "2500.00"}]
    schedule = parse_schedule(data, "income_schedule", "CNY")
    assert schedule[0].days == (10, 25)
    assert parse_schedule(schedule_to_json(schedule), "x", "CNY") == schedule


@pytest.mark.parametrize("rule, field", [
    ({"kind": "hourly", "amount": "1"}, "income_schedule[0].kind"),
    ({"kind": "monthly"}, "income_schedule[0].amount"),
    ({"kind": "monthly", "amount": "1", "day": 32}, "income_schedule[0].day"),
    ({"kind": "semimonthly", "amount": "1", "days": [10]}, "income_schedule[0].days"),
    ({"kind": "semimonthly", "amount": "1", "days": [10, 10]}, "income_schedule[0].days"),
    ({"kind": "biweekly", "amount": "1"}, "income_schedule[0].first"),
    ({"kind": "yearly", "amount": "1", "day": 20}, "income_schedule[0].month"),
    ({"kind": "yearly", "amount": "1", "month": 13, "day": 20}, "income_schedule[0].month"),
    ({"kind": "months", "day": 1, "amounts": {"2027-13": "1"}}, 'income_schedule[0].amounts'),
    ({"kind": "monthly", "amount": "-1", "day": 1}, "income_schedule[0].amount"),
    ({"kind": "monthly", "amount": "1", "day": 1, "every": 2}, "income_schedule[0].every"),
])
def test_a_bad_rule_is_refused_naming_its_field(rule, field):
    with pytest.raises(InputError) as caught:
        parse_schedule([rule], "income_schedule", "CNY")
    assert caught.value.field.startswith(field)


def test_the_household_monthly_figures_follow_their_schedules():
    household = parse_household({
        "monthly_income": "1", "cash_buffer": "3000",
        "income_schedule": [{"kind": "semimonthly", "amount": "6000", "days": [10, 25]},
                            {"kind": "yearly", "amount": "24000", "month": 1, "day": 20}],
        "expense_schedule": [{"kind": "monthly", "amount": "3500", "day": 5},
                             {"kind": "monthly", "amount": "2500"}]})
    assert household.monthly_income == D("14000.00")  # 12,000 + 24,000 / 12; "1" is ignored
    assert household.essential_expenses == D("6000.00")
    assert household.scaled_income(D("0.5")).monthly_income == D("7000.00")
    assert household.scaled_income(D("0.5")).income_schedule[0].amount == D("3000.00")


def test_a_single_figure_is_that_much_a_month_its_day_unknown():
    household = Household(monthly_income=D(9000))
    assert household.income_flows() == (Flow(FlowKind.MONTHLY, D(9000)),)
    assert household.income_flows()[0].spread
    assert Household().income_flows() == ()


def test_the_portfolio_json_round_trips_schedules_shifts_and_penalties():
    data = {"format": "planner-portfolio", "version": 1,
            "profile": {"currency": "CNY", "cash_buffer": "3000",
                        "income_schedule": [{"kind": "monthly", "amount": "9000", "day": 10}]},
            "items": [{"id": "a", "name": "loan", "kind": "loan", "principal": "1200",
                       "start": "2026-11-10", "term": 12, "rate": {"annual": "0.05"},
                       "due_shift": "next_workday",
                       "prepayment_penalty": {"percent": "0.02", "days_of_interest": 30}}]}
    portfolio = parse_portfolio(data)
    again = parse_portfolio(portfolio_to_json(portfolio))
    assert again == portfolio
    assert portfolio_to_json(portfolio)["profile"]["monthly_income"] == "9000.00"
    assert again.items[0].due_shift.value == "next_workday"
    assert again.items[0].prepayment_penalty.days_of_interest == 30


@pytest.mark.parametrize("extra, field", [
    ({"due_shift": "sometimes"}, "items[0].due_shift"),
    ({"prepayment_penalty": {"percent": "0.5"}}, "items[0].prepayment_penalty.percent"),
    ({"prepayment_penalty": {"days_of_interest": -1}},
     "items[0].prepayment_penalty.days_of_interest"),
    ({"prepayment_penalty": {"fee": "10"}}, "items[0].prepayment_penalty.fee"),
])
def test_bad_item_planning_fields_are_refused(extra, field):
    item = {"id": "a", "name": "loan", "kind": "loan", "principal": "1200",
            "start": "2026-11-10", "term": 12, "rate": {"annual": "0.05"}, **extra}
    with pytest.raises(InputError) as caught:
        parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [item]})
    assert caught.value.field == field
