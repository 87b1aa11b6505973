"""Refinance and consolidation (issue 15): what is repaid, the totals before and after, the
break-even month and the longer-and-dearer call-out, checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from planner.core.errors import InputError
from planner.core.explain_planning import explain_refinance
from planner.core.portfolio import parse_portfolio
from planner.core.refinance import refinance
from planner.text.explain import render

TODAY = date(2026, 12, 1)


def portfolio(*items: dict, buffer: str = "5000") -> object:
    return parse_portfolio({"format": "planner-portfolio", "version": 1,
                            "profile": {"currency": "CNY", "monthly_income": "20000",
                                        "essential_expenses": "5000", "cash_buffer": buffer},
                            "items": list(items)})


def zero_loan(item_id: str, principal: str, term: int, **extra: object) -> dict:
    # starts today: nothing paid, nothing overdue, the first payment on 1 January
    return {"id": item_id, "name": item_id.upper(), "kind": "loan", "principal": principal,
            "start": "2026-12-01", "term": term, "rate": {"annual": "0"}, **extra}


def test_a_longer_term_with_a_penalty_costs_more_and_is_called_out():
    # A: 1,200 over 12 months; B: 2,400 over 12 months with a 2% penalty (48). The offer,
    # given no principal, lends what is needed, 3,648, at 0% over 24 months: 152 a month.
    p = portfolio(zero_loan("a", "1200", 12),
                  zero_loan("b", "2400", 12, prepayment_penalty={"percent": "0.02"}))
    r = refinance(p, TODAY, ["a", "B"], {"kind": "loan", "term": 24, "rate": {"annual": "0"}})
    assert [(x.item_id, x.payoff, x.penalty, x.remaining) for x in r.repaid] == [
        ("a", D("1200.00"), D("0.00"), D("1200.00")),
        ("b", D("2400.00"), D("48.00"), D("2400.00"))]
    assert r.to_repay == D("3648.00") and r.advance == D("3648.00")
    assert r.cash_difference == 0
    assert (r.paid_before, r.paid_after, r.saving) == (D("3600.00"), D("3648.00"),
                                                        D("-48.00"))
    assert (r.payment_before, r.payment_after) == (D("300.00"), D("152.00"))
    assert r.last_before == date(2027, 12, 1) and r.last_after == date(2028, 12, 1)
    assert r.longer_term and r.longer_and_dearer and not r.pays
    assert r.break_even is None
    words = render(explain_refinance(r))
    assert words.startswith("A longer term that costs more")
    assert "¥48.00 more" in words and "2028-12-01" in words
    assert "长、总花费更多" in render(explain_refinance(r), "zh_CN")


def test_break_even_when_the_savings_repay_an_upfront_fee():
    # The old loan: 12,000 at 12% a year over 12 months, 1,066.19 a month. The offer: 12,000
    # at 0% over 12 months, 1,000 a month, with a 300 fee at signing. The new way gains
    # 66.19 a month: 4 x 66.19 = 264.76 < 300, 5 x 66.19 = 330.95 >= 300, so it breaks even
    # in the fifth month of payments, May 2027.
    p = portfolio({"id": "old", "name": "old", "kind": "loan", "principal": "12000",
                   "start": "2026-12-01", "term": 12, "rate": {"annual": "0.12"}})
    r = refinance(p, TODAY, ["old"], {"kind": "loan", "principal": "12000", "term": 12,
                                      "start": "2026-12-01", "rate": {"annual": "0"},
                                      "fees": [{"type": "upfront", "amount": "300"}]})
    assert r.repaid[0].payment == D("1066.19")
    assert r.upfront_fees == D(300) and r.cash_difference == 0
    assert r.months[0].after == D(300) and r.months[0].before == 0
    assert r.break_even == "2027-05" and r.break_even_months == 5
    assert r.months[4].cumulative_after == D(4300)
    assert r.months[4].cumulative_before == D("4264.76")
    assert r.months[5].cumulative_before == D("5330.95")
    # 12,000 + 794.0x of interest before; 12,300 after
    assert r.pays and r.saving == r.paid_before - D(12300)
    assert not r.longer_term
    assert "Break-even in May 2027" in render(explain_refinance(r))
    assert "2027年5月 回本" in render(explain_refinance(r), "zh_CN")


def test_cash_left_over_and_cash_needed():
    p = portfolio(zero_loan("a", "1000", 10))
    more = refinance(p, TODAY, ["a"], {"kind": "loan", "principal": "1500", "term": 10,
                                       "rate": {"annual": "0"}})
    assert more.cash_difference == D("500.00")
    assert more.paid_after == D(1500) - D(500)  # the 500 in hand counts against its cost
    assert more.whatif.after.projection.household.cash_buffer == D("5500.00")
    less = refinance(p, TODAY, ["a"], {"kind": "loan", "principal": "800", "term": 10,
                                       "rate": {"annual": "0"}})
    assert less.cash_difference == D("-200.00")
    assert less.whatif.after.projection.household.cash_buffer == D("4800.00")


def test_the_stress_score_before_and_after():
    # a 24%-a-year daily-rate line replaced by a 6% loan: the high-cost warning goes
    p = portfolio({"id": "line", "name": "line", "kind": "credit_line", "principal": "20000",
                   "start": "2026-12-01", "term": 12, "rate": {"daily": "0.00066"}})
    r = refinance(p, TODAY, ["line"], {"kind": "loan", "term": 12, "rate": {"annual": "0.06"}})
    before = {w.code.value for w in r.whatif.before.warnings}
    after = {w.code.value for w in r.whatif.after.warnings}
    assert "high_cost_credit" in before and "high_cost_credit" not in after
    assert r.whatif.after.score.score < r.whatif.before.score.score
    assert r.pays and r.break_even == "2026-12"  # cheaper from the start, no fee


def test_an_offer_dated_before_today_starts_today():
    p = portfolio(zero_loan("a", "1000", 10))
    r = refinance(p, TODAY, ["a"], {"kind": "loan", "term": 10, "start": "2026-01-01",
                                    "rate": {"annual": "0"}})
    assert r.redated and r.figures.product.start == TODAY


@pytest.mark.parametrize("names, problem", [
    (["a", "boat", "plane"], 'no item has the id or name "boat", "plane"'),
    (["twin"], 'more than one item is named "twin"'),
    (["done"], "done is paid_off"),
    (["a", "A"], "a second time"),
])
def test_items_named_wrongly_are_refused(names, problem):
    p = portfolio(zero_loan("a", "1000", 10),
                  {**zero_loan("t1", "100", 2), "name": "twin"},
                  {**zero_loan("t2", "100", 2), "name": "twin"},
                  {**zero_loan("done", "100", 2), "status": "paid_off"})
    with pytest.raises(InputError) as caught:
        refinance(p, TODAY, names, {"kind": "loan", "term": 10, "rate": {"annual": "0"}})
    assert caught.value.field == "--replace" and problem in caught.value.problem


def test_a_card_cannot_be_the_offer():
    p = portfolio(zero_loan("a", "1000", 10))
    with pytest.raises(InputError) as caught:
        refinance(p, TODAY, ["a"], {"kind": "card", "balance": "1000",
                                    "rate": {"annual": "0.1"}})
    assert caught.value.field == "--with"
