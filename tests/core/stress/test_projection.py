"""The projection: each item's obligations from today (overdue money due today, money paid
ahead taken off the next installments, cards from their statements replayed) and the monthly
and weekly buckets against income, essentials and the buffer."""

from __future__ import annotations

from datetime import date

from planner.core.obligations import ObligationKind, project_item
from planner.core.portfolio import parse_item
from planner.core.stress.projection import horizon_end, project
from tests.core.stress.cases import TODAY, D, card, household, one_payment, plan

HORIZON = horizon_end(TODAY)


def obligations(data: dict, today: date = TODAY):
    return [(o.date.isoformat(), o.amount, o.kind.value)
            for o in project_item(parse_item(data), today, HORIZON).obligations]


def test_overdue_installments_are_due_today():
    # 1,200 over 12 from 2025-01-10: four 100s due Feb-May, one paid
    loan = {"id": "a", "name": "a", "kind": "loan", "principal": "1200", "start": "2025-01-10",
            "term": 12, "rate": {"annual": "0"},
            "payments": [{"date": "2025-02-10", "amount": "100"}]}
    out = obligations(loan)
    assert out[0] == ("2025-06-01", D("300.00"), "overdue")
    assert out[1] == ("2025-06-10", D("100.00"), "regular")
    assert len(out) == 1 + 8 and out[-1][0] == "2026-01-10"


def test_money_paid_ahead_comes_off_the_next_installments():
    # 300 over 3 from 2025-05-10; 150 paid on 2025-05-20 covers June's 100 and, by tracking's
    # rule, the other 50 is extra principal that shortens the plan: 100 in July, 50 in August
    item = plan("p", "300", "2025-05-10", 3, payments=[{"date": "2025-05-20", "amount": "150"}])
    assert obligations(item) == [("2025-07-10", D("100.00"), "regular"),
                                 ("2025-08-10", D("50.00"), "regular")]


def test_a_payment_due_today_is_regular_not_overdue():
    assert obligations(plan("p", "300", "2025-05-01", 3))[0] == ("2025-06-01", D("100.00"),
                                                                 "regular")


def test_card_statements_left_unpaid_are_overdue_today():
    # statement 2025-04-05 of 1,000 at 0%, due 25 days later, minimum 50%, nothing recorded:
    # Apr 30: 500 unpaid; May 30: 500 + 500 = 1,000 unpaid (at most the 1,000 owed) -- all of
    # it is overdue today, and the June statement asks nothing more
    data = card("c", "1000", {"annual": "0"}, start="2025-04-05",
                minimum_payment={"percent": "0.5"})
    ip = project_item(parse_item(data), TODAY, HORIZON)
    assert [(o.date.isoformat(), o.amount, o.kind.value) for o in ip.obligations] == [
        ("2025-06-01", D("1000.00"), "overdue")]
    assert ip.balance == D("1000.00")


def test_card_follows_the_money_paid_then_its_strategy():
    # 500 on Apr 30 pays the 1st statement's minimum (50% of 1,000); 300 on May 30 is 50 more
    # than the 2nd's (50% of 500), so 200 is left; the Jun 5 statement (not issued today) asks
    # 50% of 200 = 100 on Jun 30, then 50 on Jul 30, and so on to the last cent
    data = card("c", "1000", {"annual": "0"}, start="2025-04-05",
                minimum_payment={"percent": "0.5"},
                payments=[{"date": "2025-04-30", "amount": "500"},
                          {"date": "2025-05-30", "amount": "300"}])
    ip = project_item(parse_item(data), TODAY, HORIZON)
    assert [(o.date.isoformat(), o.amount) for o in ip.obligations[:2]] == [
        ("2025-06-30", D("100.00")), ("2025-07-30", D("50.00"))]
    assert ip.balance == D("200.00")
    assert sum(o.amount for o in ip.obligations) == D("200.00")


def test_card_that_never_repays_keeps_paying_to_the_horizon():
    data = card("c", "1000", {"annual": "0.24"}, minimum_payment={"percent": "0.01"})
    ip = project_item(parse_item(data), TODAY, HORIZON)
    assert ip.card is not None and ip.card.never_repays
    assert ip.obligations[-1].date > date(2028, 4, 1)  # monthly up to the 36th month
    assert len(ip.obligations) == 36


def test_balloon_is_the_last_payment_of_an_interest_only_loan():
    loan = {"id": "b", "name": "b", "kind": "loan", "principal": "12000",
            "start": "2025-05-20", "term": 3, "method": "interest_only",
            "rate": {"annual": "0.12"}}
    out = obligations(loan)
    assert out[-1] == ("2025-08-20", D("12120.00"), ObligationKind.BALLOON.value)
    assert out[0][2] == "regular" and out[0][1] == D("120.00")


def test_month_and_week_buckets():
    items = [one_payment("a", "1000", "2025-06-03"), one_payment("b", "500", "2025-06-09"),
             one_payment("c", "700", "2025-07-31")]
    p = project(household(items, income="5200", essentials="2600", buffer="100"), TODAY)
    june, july = p.months[0], p.months[1]
    assert (june.month, june.payments, june.by_item) == ("2025-06", D("1500.00"),
                                                         {"a": D("1000.00"), "b": D("500.00")})
    assert june.ratio == D("1500") / D("5200")
    assert june.cash == D("100") + D("5200") - D("2600") - D("1500")
    assert july.cash == june.cash + D("5200") - D("2600") - D("700")
    assert len(p.months) == 36 and p.months[-1].month == "2028-05"
    # weekly income 5,200 x 12 / 52 = 1,200; essentials 600
    w0, w1 = p.weeks[0], p.weeks[1]
    assert (w0.start.isoformat(), w0.payments, w0.income, w0.essentials) == (
        "2025-06-01", D("1000.00"), D("1200.00"), D("600.00"))
    assert w1.payments == D("500.00") and w1.cash == D("100") + 2 * D("600") - D("1500")
    assert len(p.weeks) == 13


def test_closed_items_do_not_count():
    items = [one_payment("a", "1000", "2025-06-03", status="paid_off"),
             one_payment("b", "400", "2025-06-03", status="disputed")]
    p = project(household(items), TODAY)
    assert p.months[0].payments == D("400.00") and [i.item_id for i in p.items] == ["b"]


def test_zero_income_has_no_ratio():
    p = project(household([one_payment("a", "10", "2025-06-03")], income="0"), TODAY)
    assert p.months[0].ratio is None
