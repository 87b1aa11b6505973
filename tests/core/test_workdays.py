"""Due dates moved off days off (调休, weekends) where the lender does so (issue 15)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from planner.core.obligations import project_item
from planner.core.portfolio import parse_item, parse_portfolio
from planner.core.stress.calendar import due_dates
from planner.core.workdays import DueShift, china_known_until, is_workday, shift_due


def test_china_s_holidays_and_working_weekends():
    # 2026: National Day 1-7 October off; Saturday 10 October a working day (调休)
    assert shift_due(date(2026, 10, 1), DueShift.NEXT, "CNY").day == date(2026, 10, 8)
    assert shift_due(date(2026, 10, 1), DueShift.PREVIOUS, "CNY").day == date(2026, 9, 30)
    assert shift_due(date(2026, 10, 10), DueShift.NEXT, "CNY").day == date(2026, 10, 10)
    assert shift_due(date(2026, 9, 20), DueShift.NEXT, "CNY").day == date(2026, 9, 20)  # Sun
    # Spring Festival 2026: 15-23 February off
    assert shift_due(date(2026, 2, 17), DueShift.NEXT, "CNY").day == date(2026, 2, 24)


def test_other_currencies_move_off_weekends_only():
    assert shift_due(date(2026, 10, 1), DueShift.NEXT, "USD").day == date(2026, 10, 1)
    assert shift_due(date(2026, 10, 3), DueShift.NEXT, "USD").day == date(2026, 10, 5)
    assert shift_due(date(2026, 10, 3), DueShift.PREVIOUS, "USD").day == date(2026, 10, 2)


def test_beyond_the_published_years_only_weekends_and_it_says_so():
    later = date(china_known_until().year + 1, 1, 2)
    working, known = is_workday(later, "CNY")
    assert not known and working == (later.weekday() < 5)
    saturday = date(2099, 1, 3)
    assert shift_due(saturday, DueShift.NEXT, "CNY") == (date(2099, 1, 5), False)
    assert shift_due(date(2026, 10, 8), DueShift.NEXT, "CNY").known


def plan(**extra: object):
    return parse_item({"id": "p", "name": "plan", "kind": "installment", "principal": "3000",
                       "start": "2026-08-01", "term": 3, "rate": {"monthly_fee": "0"},
                       **extra})


def test_obligations_fall_on_the_moved_day_and_keep_the_contract_s_day():
    # due 1 September, 1 October (National Day), 1 November (a Sunday)
    shifted = project_item(plan(due_shift="next_workday"), date(2026, 8, 15),
                           date(2027, 1, 1))
    assert [(o.date.isoformat(), o.moved_from and o.moved_from.isoformat())
            for o in shifted.obligations] == [
        ("2026-09-01", None), ("2026-10-08", "2026-10-01"), ("2026-11-02", "2026-11-01")]
    fixed = project_item(plan(), date(2026, 8, 15), date(2027, 1, 1))
    assert [o.date.isoformat() for o in fixed.obligations] == [
        "2026-09-01", "2026-10-01", "2026-11-01"]
    assert sum(o.amount for o in shifted.obligations) == D(3000)


def test_a_moved_payment_is_not_overdue_before_its_moved_day():
    # on 5 October the 1 October installment is not overdue: the lender takes it on the 8th
    shifted = project_item(plan(due_shift="next_workday"), date(2026, 10, 5),
                           date(2027, 1, 1))
    assert [o.kind.value for o in shifted.obligations] == ["overdue", "regular", "regular"]
    assert shifted.obligations[0].amount == D(1000)  # September's, unpaid
    assert shifted.obligations[1].date == date(2026, 10, 8)


def test_the_calendar_lists_the_moved_day():
    p = parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [
        {"id": "p", "name": "plan", "kind": "installment", "principal": "3000",
         "start": "2026-08-01", "term": 3, "rate": {"monthly_fee": "0"},
         "due_shift": "next_workday"}]})
    dues = due_dates(p, date(2026, 9, 15), months=3)
    assert [(d.date, d.moved_from, d.holidays_known, d.shifts) for d in dues] == [
        (date(2026, 9, 15), None, True, True),  # September's, unpaid: overdue, shown today
        (date(2026, 10, 8), date(2026, 10, 1), True, True),
        (date(2026, 11, 2), date(2026, 11, 1), True, True)]
