"""Payoff plans against a small case computed by hand.

Two debts, budget 400 a month, interest rounded half up to the cent each month, plan months
June, July, August 2025 (today 2025-06-15):
  A: 600.00 at 24% (2% a month), minimum 50;   B: 300.00 at 12% (1% a month), minimum 30.

Avalanche (A first, the higher rate):
  June:   A 600 + 12.00 = 612.00, B 300 + 3.00 = 303.00; minimums 50 + 30, the other 320 to A:
          A pays 370 -> 242.00; B pays 30 -> 273.00
  July:   A 242 + 4.84 = 246.84, B 273 + 2.73 = 275.73; A pays 246.84 (its minimum 50 and
          196.84 of the extra), the extra left 320 - 196.84 = 123.16 goes to B: B pays
          30 + 123.16 = 153.16 -> 122.57
  August: B 122.57 + 1.2257 -> 1.23 = 123.80, paid in full.
  Interest 12.00 + 3.00 + 4.84 + 2.73 + 1.23 = 23.80; paid 900 + 23.80 = 923.80.
Snowball (B first, the smaller balance):
  June:   A 612.00, B 303.00; minimums 50 + 30; the extra 320 to B: it needs 273 more -> 0;
          the 47 left goes to A: A pays 97 -> 515.00
  July:   A 515 + 10.30 = 525.30; B's minimum is freed: the whole 400 to A -> 125.30
  August: A 125.30 + 2.506 -> 2.51 = 127.81, paid in full.
  Interest 12.00 + 3.00 + 10.30 + 2.51 = 27.81: avalanche saves 4.01, both free in August.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.payoff import (
    Debt,
    ExtraPayment,
    Strategy,
    compare_strategies,
    debts_of,
    order_debts,
    payoff_plan,
)
from planner.core.portfolio import parse_portfolio

D = Decimal
TODAY = date(2025, 6, 15)
DEBTS = [Debt("A", D("600"), D("0.24"), D("50")), Debt("B", D("300"), D("0.12"), D("30"))]


def test_avalanche_matches_the_hand_computation():
    p = payoff_plan(DEBTS, D(400), Strategy.AVALANCHE, TODAY)
    assert p.order == ("A", "B")
    assert [m.month for m in p.months] == ["2025-06", "2025-07", "2025-08"]
    assert [m.payments for m in p.months] == [
        {"A": D("370.00"), "B": D("30.00")},
        {"A": D("246.84"), "B": D("153.16")},
        {"B": D("123.80")}]
    assert [m.balances for m in p.months] == [
        {"A": D("242.00"), "B": D("273.00")},
        {"A": D("0.00"), "B": D("122.57")},
        {"A": D("0.00"), "B": D("0.00")}]
    assert [m.interest for m in p.months] == [D("15.00"), D("7.57"), D("1.23")]
    assert (p.debt_free, p.months_to_debt_free, p.total_interest, p.total_paid) == (
        "2025-08", 3, D("23.80"), D("923.80"))


def test_snowball_matches_the_hand_computation():
    p = payoff_plan(DEBTS, D(400), Strategy.SNOWBALL, TODAY)
    assert p.order == ("B", "A")
    assert [m.payments for m in p.months] == [
        {"A": D("97.00"), "B": D("303.00")},
        {"A": D("400.00")},
        {"A": D("127.81")}]
    assert (p.debt_free, p.total_interest) == ("2025-08", D("27.81"))


def test_comparison_names_the_cheaper_strategy():
    plans = [payoff_plan(DEBTS, D(400), s, TODAY) for s in (Strategy.AVALANCHE,
                                                            Strategy.SNOWBALL)]
    c = compare_strategies(plans)
    assert (c.cheapest, c.interest_difference, c.months_difference) == (
        Strategy.AVALANCHE, D("4.01"), 0)


def test_custom_order_puts_the_named_debts_first():
    assert order_debts(DEBTS, Strategy.CUSTOM, ["B"]) == ("B", "A")
    custom = payoff_plan(DEBTS, D(400), Strategy.CUSTOM, TODAY, order=["B", "A"])
    assert custom.total_interest == D("27.81")  # the same order as the snowball here
    with pytest.raises(InputError, match="'C' is not an open debt"):
        order_debts(DEBTS, Strategy.CUSTOM, ["C"])
    with pytest.raises(InputError, match="listed twice"):
        order_debts(DEBTS, Strategy.CUSTOM, ["A", "A"])


def test_budget_below_the_minimums_is_reported_not_stretched():
    short = payoff_plan(DEBTS, D("79.99"), Strategy.AVALANCHE, TODAY)
    assert short.budget_below_minimums and short.shortfall == D("0.01")
    assert short.months == () and short.debt_free is None
    exact = payoff_plan(DEBTS, D("80"), Strategy.AVALANCHE, TODAY)
    assert not exact.budget_below_minimums and exact.debt_free is not None


def test_extra_one_off_payment_goes_to_the_first_target():
    # June as above, plus 100 extra: A pays 470 -> 142.00
    p = payoff_plan(DEBTS, D(400), Strategy.AVALANCHE, TODAY,
                    extras=[ExtraPayment(date(2025, 6, 30), D(100))])
    assert p.months[0].payments == {"A": D("470.00"), "B": D("30.00")}
    assert p.total_interest < D("23.80")


def test_a_budget_that_never_outruns_the_interest_is_flagged():
    # 1,000 at 24%: 20 of interest a month against a 10 budget
    p = payoff_plan([Debt("A", D(1000), D("0.24"), D(10))], D(10), Strategy.AVALANCHE, TODAY)
    assert p.never_repays and p.debt_free is None and p.months_to_debt_free is None
    assert len(p.months) < 1200


def test_budget_must_be_positive():
    with pytest.raises(InputError, match="budget"):
        payoff_plan(DEBTS, D(0), Strategy.AVALANCHE, TODAY)


def test_debts_of_a_portfolio():
    portfolio = parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [
        {"id": "bt", "name": "bt", "kind": "installment", "principal": "1200",
         "start": "2025-06-01", "term": 12, "rate": {"monthly_fee": "0.006"}},
        {"id": "card", "name": "card", "kind": "card", "balance": "2000",
         "start": "2025-06-05", "rate": {"daily": "0.0005"}},
        {"id": "done", "name": "done", "kind": "installment", "principal": "100",
         "start": "2025-01-01", "term": 1, "status": "paid_off"}]})
    debts = {d.id: d for d in debts_of(portfolio, date(2025, 6, 1))}
    assert set(debts) == {"bt", "card"}
    # the fee plan: remaining principal, scheduled payment 100 + 7.20 fee, true APR ~13%
    assert debts["bt"].balance == D("1200.00") and debts["bt"].minimum == D("107.20")
    assert D("0.12") < debts["bt"].annual_rate < D("0.14")
    # the card: its true annual rate, the one its page shows (the IRR of its payments at the
    # minimum, a little above the 18.25% quoted as 0.05% a day), and its first minimum
    from planner.core.figures import analyse

    true_rate = D(repr(analyse(portfolio.items[1].product).apr.rate)).quantize(D("0.000001"))
    assert debts["card"].annual_rate == true_rate > D("0.1825")
    assert debts["card"].minimum == D("200.00")


_debt = st.builds(
    lambda i, b, r, m: Debt(f"d{i}", D(b).scaleb(-2), D(r).scaleb(-4), D(m).scaleb(-2)),
    st.integers(0, 5), st.integers(100, 5_000_000), st.integers(0, 3600),
    st.integers(100, 100_000))


@settings(max_examples=60, deadline=None)
@given(st.lists(_debt, min_size=1, max_size=5, unique_by=lambda d: d.id),
       st.integers(1_000, 2_000_000), st.sampled_from([Strategy.AVALANCHE, Strategy.SNOWBALL]))
def test_money_is_conserved_and_the_budget_respected(debts, budget_cents, strategy):
    budget = D(budget_cents).scaleb(-2)
    p = payoff_plan(debts, budget, strategy, TODAY)
    if p.budget_below_minimums:
        assert p.shortfall == sum(min(d.minimum, d.balance) for d in debts) - budget > 0
        return
    for month in p.months:
        assert sum(month.payments.values()) <= budget
        assert all(b >= 0 for b in month.balances.values())
    if p.debt_free is not None:
        # everything owed plus every cent of interest, and not a cent more, was paid
        assert p.total_paid == sum(d.balance for d in debts) + p.total_interest
        assert all(b == 0 for b in p.months[-1].balances.values())
