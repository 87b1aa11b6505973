"""What-ifs: income, rates and a new purchase, with the warnings and score before and after."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from planner.core.errors import InputError
from planner.core.obligations import project_item
from planner.core.portfolio import parse_item
from planner.core.schedule import build_schedule
from planner.core.stress.projection import horizon_end
from planner.core.whatif import reprice, what_if
from tests.core.stress.cases import TODAY, card, household, one_payment, plan

D = Decimal
#: An LPR-linked loan: its rate moves with the market.
LOAN = {"id": "home", "name": "home", "kind": "loan", "principal": "120000",
        "start": "2025-05-20", "term": 120, "rate": {"annual": "0.04"}, "variable_rate": True}
#: A car loan at a rate fixed for its whole term.
CAR = {"id": "car", "name": "car", "kind": "loan", "principal": "60000", "start": "2025-05-20",
       "term": 36, "rate": {"annual": "0.045"}}


def codes(report) -> set[str]:
    return {w.code.value for w in report.warnings}


def test_income_fall_crosses_the_debt_to_income_line():
    # 3,000 a month against 10,000 is 30%; 20% less income makes it 37.5% > 36%
    portfolio = household([one_payment("tv", "3000", "2025-07-05")])
    w = what_if(portfolio, TODAY, income_change=D("-0.2"))
    assert "debt_to_income" not in codes(w.before)
    assert "debt_to_income" in codes(w.after)
    assert w.after.projection.months[1].income == D("8000.00")
    assert w.after.score.score > w.before.score.score
    assert w.repriced == () and w.added == ()


def test_rate_rise_reprices_variable_rate_items_only():
    items = [LOAN, CAR, plan("bt", "1200", "2025-05-20", 12, rate={"monthly_fee": "0.006"}),
             plan("free", "600", "2025-05-20", 3),
             card("visa", "5000", {"daily": "0.0005"}, variable_rate=True),
             card("cmb", "3000", {"daily": "0.0005"})]
    w = what_if(household(items), TODAY, rate_change=D("0.02"))
    assert w.variable == ("home", "visa") and w.repriced == ("home", "visa")
    assert w.variable_marked and not w.no_variable_items
    before = {ip.item_id: ip for ip in w.before.projection.items}
    after = {ip.item_id: ip for ip in w.after.projection.items}
    for fixed in ("car", "cmb", "bt", "free"):  # reused as they were
        assert after[fixed] is before[fixed], fixed
    assert after["home"].obligations[0].amount > before["home"].obligations[0].amount
    assert after["visa"].item.product.rate.value == D("0.0005") + D("0.02") / 365
    assert after["cmb"].item.product.rate.value == D("0.0005")


def test_with_no_variable_rate_item_a_rate_rise_changes_nothing():
    # The defect this guards against: a fixed car loan and a card priced up by a market move.
    items = [CAR, card("cmb", "3000", {"daily": "0.0005"})]
    w = what_if(household(items, income="4000"), TODAY, rate_change=D("0.03"))
    assert w.variable == () and w.repriced == ()
    assert w.no_variable_items and not w.variable_marked
    assert w.after.projection.items == w.before.projection.items
    assert w.after.score == w.before.score and w.after.warnings == w.before.warnings


def test_a_variable_item_with_nothing_left_to_reprice_is_variable_but_not_repriced():
    # All three installments fell due before today and nothing was paid: overdue, not re-priced.
    overdue = {**LOAN, "id": "old", "start": "2024-01-20", "term": 3, "principal": "3000"}
    w = what_if(household([overdue, LOAN]), TODAY, rate_change=D("0.01"))
    assert w.variable == ("old", "home") and w.repriced == ("home",)
    assert not w.no_variable_items


def test_repricing_before_the_first_payment_equals_a_loan_at_the_new_rate():
    w = what_if(household([LOAN]), TODAY, rate_change=D("0.015"))
    repriced = w.after.projection.items[0]
    at_new_rate = build_schedule(parse_item({**LOAN, "rate": {"annual": "0.055"}}).product)
    expected = [r.payment for r in at_new_rate.rows if r.date < horizon_end(TODAY)]
    assert [o.amount for o in repriced.obligations] == expected


def test_repricing_midway_re_spreads_what_is_owed_over_the_installments_left():
    paid = [{"date": f"2025-{m:02d}-20", "amount": "1214.94"} for m in (2, 3, 4, 5)]
    loan = {**LOAN, "start": "2025-01-20", "payments": paid}
    portfolio = household([loan])
    before = project_item(portfolio.items[0], TODAY, horizon_end(TODAY))
    owed = before.schedule.rows[3].balance  # after the May installment
    w = what_if(portfolio, TODAY, rate_change=D("0.01"))
    after = w.after.projection.items[0]
    assert after.obligations[0].date == date(2025, 6, 20)
    # a 116-installment annuity of ``owed`` at 5%: interest of the first month is owed x 5%/12
    first_interest = (owed * D("0.05") / 12).quantize(D("0.01"))
    rows = build_schedule(parse_item({**LOAN, "principal": str(owed), "start": "2025-05-20",
                                      "term": 116, "rate": {"annual": "0.05"}}).product).rows
    assert rows[0].interest == first_interest
    assert after.obligations[0].amount == rows[0].payment


def test_a_new_variable_rate_loan_is_priced_at_the_moved_rate():
    new = parse_item({**LOAN, "id": "new-home"})
    fixed = parse_item({**CAR, "id": "new-car"})
    w = what_if(household([CAR]), TODAY, rate_change=D("0.015"), add=[new, fixed])
    assert w.variable == ("new-home",) and w.repriced == ("new-home",)
    after = {ip.item_id: ip for ip in w.after.projection.items}
    at_new_rate = build_schedule(parse_item({**LOAN, "rate": {"annual": "0.055"}}).product)
    assert [o.amount for o in after["new-home"].obligations] == \
        [r.payment for r in at_new_rate.rows if r.date < horizon_end(TODAY)]
    assert after["new-car"].item.product.rate.value == D("0.045")


def test_a_new_installment_purchase_shows_its_stacking():
    items = [plan(f"p{k}", "300", "2025-05-20", 3) for k in range(3)]
    new = parse_item(plan("sofa", "3000", "2025-06-05", 6))
    w = what_if(household(items), TODAY, add=[new])
    assert "installment_stacking" not in codes(w.before)
    assert "installment_stacking" in codes(w.after)
    assert w.added == ("sofa",)
    assert w.after.projection.months[1].by_item["sofa"] == D("500.00")


#: A 0% promotion on a sofa bought on credit, then 24.99%, interest deferred ("no interest if
#: paid in full by 2025-12-15"); 500 a month during the promotion does not clear it.
PROMOTION = {"id": "sofa", "name": "sofa", "kind": "loan", "principal": "12000",
             "start": "2025-01-15", "term": 24, "rate": {"annual": "0"}, "variable_rate": True,
             "deferred_interest": True,
             "rate_changes": [{"date": "2025-12-15", "rate": {"annual": "0.2499"}}]}


@pytest.mark.parametrize("data", [
    PROMOTION,  # the promotion runs past the re-spread (from 2025-05-15, the last booked)
    {**PROMOTION, "rate_changes": [{"date": "2025-05-15", "rate": {"annual": "0.2499"}}]},
    {**PROMOTION, "rate_changes": [{"date": "2025-03-15", "rate": {"annual": "0.2499"}}]},
    {**PROMOTION, "prepayment_mode": "lower_payment",
     "payments": [*({"date": f"2025-{m:02d}-15", "amount": "500"} for m in (2, 3, 4, 5)),
                  {"date": "2025-03-20", "amount": "2000"}]},
], ids=["running", "ends on the last booked", "charged before", "prepaid"])
def test_repricing_by_no_points_keeps_the_plan_deferred_interest_included(data):
    # Re-spreading what is owed at the same rates changes nothing: the deferred interest falls
    # due as planned whether the promotion ends after the re-spread, on it, or ended before
    # (charged once, in the past). The what-if used to drop it from the re-spread rest.
    item = household([data]).items[0]
    before = project_item(item, TODAY, horizon_end(TODAY))
    assert before.schedule.deferred_interest > 0
    after = reprice(before, D(0), TODAY, horizon_end(TODAY))
    assert after.obligations == before.obligations


def test_a_rate_rise_keeps_the_deferred_interest_of_a_running_promotion():
    w = what_if(household([PROMOTION]), TODAY, rate_change=D("0.02"))
    assert w.repriced == ("sofa",)
    due = {o.date: o.amount for o in w.after.projection.items[0].obligations}
    # Unpaid, 10,000 is owed after the installment of 2025-05-15 and re-spread over 20 at 2%
    # (the promotion's 0% + 2 points): 508.80 a month; from 2025-12-15 at 26.99% (24.99% + 2),
    # 585.60. Deferred interest: (later rate - promotional rate) / 12 = 24.99% / 12 a month on
    # each month's opening balance over the promotion: 12,000, 11,500, 11,000 and 10,500 as
    # booked before, then the rest's balances from 10,000; charged with the payment of
    # 2026-01-15 (schedule.py: the first payment after the promotion).
    assert due[date(2025, 6, 15)] == D("508.80") and due[date(2026, 2, 15)] == D("585.60")
    balance, balances = D(10000), []
    for _ in range(7):  # May 15 to Dec 15
        balances.append(balance)
        balance -= D("508.80") - (balance * D("0.02") / 12).quantize(D("0.01"), ROUND_HALF_UP)
    deferred = ((D(45000) + sum(balances)) * D("0.2499") / 12).quantize(D("0.01"),
                                                                         ROUND_HALF_UP)
    assert deferred == D("2179.05")
    assert due[date(2026, 1, 15)] == D("585.60") + deferred
    # and the warning of the deferred interest ahead stays, with the moved figure
    warned = [x for x in w.after.warnings if x.code.value == "deferred_interest"]
    assert [x.detail["deferred_interest"] for x in warned] == [deferred]
    assert [x.detail["deferred_interest"] for x in w.before.warnings
            if x.code.value == "deferred_interest"] == [D("2176.21")]


def test_bad_changes_are_refused():
    portfolio = household([])
    with pytest.raises(InputError, match="income_change"):
        what_if(portfolio, TODAY, income_change=D("-1.5"))
    with pytest.raises(InputError, match="rate_change"):
        what_if(portfolio, TODAY, rate_change=D("3"))
    existing = household([plan("a", "300", "2025-05-20", 3)])
    with pytest.raises(InputError, match="add.id"):
        what_if(existing, TODAY, add=[parse_item(plan("a", "100", "2025-06-01", 1))])
