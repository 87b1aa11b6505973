"""Revolving cards: published repayment figures, the engine's rules, and hypothesis properties."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.core.apr import annual_percentage_rate
from planner.core.card import (
    card_act_disclosure,
    card_cash_flows,
    payment_for_months,
    simulate,
    simulate_unchecked,
)
from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.core.product import CardStrategy, StrategyKind, parse_product

CENT = Decimal("0.01")


def card(balance: str, rate: dict, *, currency: str = "USD", start: str = "2025-01-05",
         **extra: object):
    return parse_product({"kind": "card", "balance": balance, "start": start,
                          "currency": currency, "rate": rate, **extra})


def fixed(amount: str) -> CardStrategy:
    return CardStrategy(StrategyKind.FIXED, amount=Decimal(amount))


# --- Published figures -------------------------------------------------------------------------

# Truth in Lending Act section 127(b)(11)(A)-(B) as added by the Bankruptcy Abuse Prevention and
# Consumer Protection Act of 2005, Pub. L. 109-8, section 1301(a) (15 U.S.C. 1637(b)(11), the
# statutory "Minimum Payment Warning" before the CARD Act replaced it): "making only the typical
# 2% minimum monthly payment on a balance of $1,000 at an interest rate of 17% would take 88
# months to repay the balance in full", and "the typical 5% minimum monthly payment on a balance
# of $300 at an interest rate of 17% would take 24 months". The statute states no floor; the
# usual "2% or $20" reproduces 88, and the 5% example needs its first payment, $15, as the floor.
@pytest.mark.parametrize(("balance", "percent", "floor", "months"), [
    ("1000", "0.02", "20", 88),
    ("300", "0.05", "15", 24),
])
def test_statutory_minimum_payment_warning_examples(balance, percent, floor, months):
    product = card(balance, {"annual": "0.17"},
                   minimum_payment={"percent": percent, "floor": floor})
    assert simulate(product).months_to_payoff == months


def test_appendix_m2_periodic_rate_is_apr_over_12():
    # 12 CFR 1026 Appendix M2: days = 365/12; periodic rate = (apr / 365) * days, i.e. APR / 12.
    # 1,000 at 17%: 1,000 x 0.17 / 12 = 14.1666... -> 14.17 on the second statement, which owes
    # 1,000 - 20 (first minimum) + 14.17 = 994.17, whose minimum is still the $20 floor.
    rows = simulate(card("1000", {"annual": "0.17"},
                         minimum_payment={"percent": "0.02", "floor": "20"})).schedule.rows
    assert (rows[0].payment, rows[0].balance) == (Decimal("20.00"), Decimal("980.00"))
    assert rows[1].interest == Decimal("14.17")
    assert rows[1].balance == Decimal("994.17") - Decimal("20.00")


@pytest.mark.parametrize("balance", ["1000", "2500", "784.53", "12000", "5000.50"])
@pytest.mark.parametrize("apr", ["0.0999", "0.1499", "0.17", "0.2199", "0.2999", "0.36"])
def test_36_month_payment_matches_appendix_m2(balance, apr):
    # Appendix M2: pvaf = (1 - (1 + r) ** -36) / r; pmt01 = round(tbal / pvaf, 0.01). This engine
    # rounds up instead, so that the payment really clears: equal, or one cent more.
    product = card(balance, {"annual": apr}, minimum_payment={"percent": "0.01"})
    r = Decimal(apr) / 12
    m2 = (Decimal(balance) / ((1 - (1 + r) ** -36) / r)).quantize(CENT, ROUND_HALF_UP)
    assert payment_for_months(product, 36) - m2 in (Decimal(0), CENT)


def test_ubs_true_cost_of_credit_example():
    # UBS, "The true cost of credit": a $400 ticket on a card at 18%, paying $15 a month, is paid
    # off "after almost three years" with "$115 in interest for a total cost of $515".
    product = card("400", {"annual": "0.18"}, minimum_payment={"percent": "0.01"})
    result = simulate(product, fixed("15"))
    assert result.months_to_payoff == 35
    assert result.total_interest.quantize(Decimal(1), ROUND_HALF_UP) == 115
    assert result.total_paid.quantize(Decimal(1), ROUND_HALF_UP) == 515


def test_chinese_revolving_interest_illustration():
    # Computed by hand from the rule Chinese card terms state for 循环利息 (FINANCE.md, "Credit
    # cards": daily interest, commonly 0.05%/day, from the posting date once the statement is
    # not paid in full): 10,000 posted on 30 March, statement 5 April, due 23 April, only the
    # 1,000 minimum (10%) paid; the 5 May statement charges 10,000 x 0.05% x 24 days (30 Mar to
    # 23 Apr) + 9,000 x 0.05% x 12 days (23 Apr to 5 May) = 120 + 54 = 174.
    product = card("10000", {"daily": "0.0005"}, currency="CNY", start="2025-04-05",
                   grace_days=18)
    rows = simulate(product, posted=date(2025, 3, 30)).schedule.rows
    assert (rows[0].date, rows[0].payment) == (date(2025, 4, 23), Decimal("1000.00"))
    assert rows[1].interest == Decimal("174.00")
    assert rows[1].payment == Decimal("917.40")  # 10% of the 9,174.00 statement


# --- Rules -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("currency", "due"), [("CNY", date(2025, 1, 30)),
                                               ("USD", date(2025, 1, 26))])
def test_statement_paid_in_full_by_the_due_date_costs_nothing(currency, due):
    result = simulate(card("500", {"daily": "0.0005"}, currency=currency), fixed("500"))
    assert [(r.date, r.payment, r.interest) for r in result.schedule.rows] == [
        (due, Decimal("500.00"), Decimal("0.00"))]


def test_due_dates_follow_statements_anchored_on_the_start_day():
    product = card("3000", {"annual": "0.2"}, start="2024-01-31", grace_days=20)
    dates = [r.date for r in simulate(product).schedule.rows[:4]]
    # Statements Jan 31, Feb 29, Mar 31, Apr 30, each due 20 days later.
    assert dates == [date(2024, 2, 20), date(2024, 3, 20), date(2024, 4, 20), date(2024, 5, 20)]


def test_daily_interest_counts_the_payment_on_the_due_date():
    # Statement 5 May owes 9,174.00; 917.40 paid on 23 May (18 days at 9,174.00), then 13 days
    # at 8,256.60 to the 5 June statement: (9,174 x 18 + 8,256.60 x 13) x 0.0005 = 136.23.
    product = card("10000", {"daily": "0.0005"}, currency="CNY", start="2025-04-05",
                   grace_days=18)
    rows = simulate(product, posted=date(2025, 3, 30)).schedule.rows
    assert rows[2].interest == Decimal("136.23")


def test_fixed_payment_below_the_minimum_pays_the_minimum():
    result = simulate(card("10000", {"daily": "0.0005"}, currency="CNY"), fixed("100"))
    assert result.schedule.rows[0].payment == Decimal("1000.00")


def test_minimum_plus_interest_adds_what_was_just_charged():
    product = card("1000", {"annual": "0.24"}, minimum_payment={"percent": "0.01",
                                                                 "plus_interest": True})
    rows = simulate(product).schedule.rows
    # First statement: 1% of 1,000. Second: 1,000 - 10 + 20 interest = 1,010 -> 10.10 + 20.
    assert [r.payment for r in rows[:2]] == [Decimal("10.00"), Decimal("30.10")]


def test_fixed_payment_below_the_interest_is_refused():
    product = card("10000", {"annual": "0.24"}, minimum_payment={"percent": "0.01"})
    with pytest.raises(InputError) as caught:
        simulate(product, fixed("150"))
    assert caught.value.field == "strategy.fixed"
    assert "never repays" in caught.value.problem and "200.00" in caught.value.problem


def test_minimum_that_never_repays_is_refused_but_unchecked_reports_it():
    product = card("10000", {"annual": "0.24"}, minimum_payment={"percent": "0.01"})
    with pytest.raises(InputError) as caught:
        simulate(product)
    assert caught.value.field == "minimum_payment"
    result = simulate_unchecked(product)
    assert result.never_repays and result.months_to_payoff is None
    disclosure = card_act_disclosure(product)
    assert disclosure.months_at_minimum is None and disclosure.savings is None


def test_months_strategy_clears_in_time_with_the_level_payment():
    product = card("2500", {"annual": "0.1999"}, strategy={"months": 24})
    result = simulate(product)
    assert result.months_to_payoff == 24
    assert result.schedule.regular_payment == payment_for_months(product, 24)


def test_fees_are_charged_paid_first_and_counted():
    product = card("1000", {"annual": "0.18"}, minimum_payment={"percent": "0.01"},
                   fees=[{"type": "per_payment", "amount": "5"},
                         {"type": "financed", "amount": "50"},
                         {"type": "upfront", "amount": "10"}])
    result = simulate(product, fixed("100"))
    rows = result.schedule.rows
    assert rows[0].fee == 0 and rows[1].fee == Decimal("5.00")
    assert sum(r.principal for r in rows) == Decimal("1050.00")
    assert result.total_fees == sum(r.fee for r in rows) + Decimal("60")
    assert result.total_paid == sum(r.payment for r in rows) + Decimal("10")


def test_card_act_disclosure_figures():
    product = card("1000", {"annual": "0.17"})  # USD default minimum: 2% or $20
    d = card_act_disclosure(product)
    at_minimum = simulate(product)
    in_36 = simulate(product, fixed(str(d.payment_for_36_months)))
    assert (d.months_at_minimum, d.total_at_minimum) == (88, at_minimum.total_paid)
    assert d.payment_for_36_months == payment_for_months(product, 36)
    assert (in_36.months_to_payoff, d.total_for_36_months) == (36, in_36.total_paid)
    assert d.savings == d.total_at_minimum - d.total_for_36_months
    assert d.statement_period == (7, "years")  # 88 months, rounded to whole years


def test_card_cash_flows_give_the_true_rate():
    result = simulate(card("1000", {"annual": "0.17"}))
    advances, payments = card_cash_flows(result)
    assert [(a.date, a.amount) for a in advances] == [(date(2025, 1, 5), Decimal("1000"))]
    assert sum(p.amount for p in payments) == result.total_paid
    # Interest runs to each cycle's end while payments are dated on the due date (M1's
    # end-of-cycle assumption), so the true rate is a little above the quoted 17%.
    apr = annual_percentage_rate(advances, payments, Convention.US_REG_Z).rate
    assert 0.17 < apr < 0.1725


def test_posting_date_after_the_statement_is_refused():
    with pytest.raises(InputError) as caught:
        simulate(card("100", {"annual": "0.2"}), posted=date(2025, 2, 1))
    assert caught.value.field == "posted"


# --- Properties --------------------------------------------------------------------------------

rates = st.one_of(
    st.integers(0, 3600).map(lambda bp: {"annual": str(Decimal(bp) / 10000)}),
    st.integers(0, 60).map(lambda p: {"daily": str(Decimal(p) / 100000)}))
cards = st.builds(
    lambda cents, rate, percent, floor, plus, grace, start, fee: card(
        str(Decimal(cents) / 100), rate, currency="CNY", start=start.isoformat(),
        grace_days=grace, minimum_payment={"percent": str(Decimal(percent) / 1000),
                                           "floor": str(floor), "plus_interest": plus},
        fees=[{"type": "per_payment", "amount": str(fee)}] if fee else []),
    st.integers(100, 5_000_000), rates, st.integers(5, 200), st.integers(0, 50), st.booleans(),
    st.integers(0, 28), st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.sampled_from([0, 0, 0, 1, 5]))
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(cards, st.integers(1, 500_000))
def test_principal_repaid_and_closing_balance(product, cents):
    result = simulate_unchecked(product, fixed(str(Decimal(cents) / 100)))
    assume(not result.never_repays)
    rows = result.schedule.rows
    assert sum(r.principal for r in rows) == product.principal
    assert rows[-1].balance == 0
    assert all(r.payment == r.principal + r.interest + r.fee for r in rows)
    assert result.total_paid == sum(r.payment for r in rows)


@SETTINGS
@given(cards, st.integers(1, 200_000), st.integers(1, 200_000))
def test_paying_more_never_takes_longer_nor_costs_more(product, a, b):
    low, high = sorted((a, b))
    slow = simulate_unchecked(product, fixed(str(Decimal(low) / 100)))
    assume(not slow.never_repays)
    fast = simulate_unchecked(product, fixed(str(Decimal(high) / 100)))
    assert fast.months_to_payoff <= slow.months_to_payoff
    assert fast.total_interest <= slow.total_interest


@SETTINGS
@given(cards, st.integers(1, 60))
def test_payment_for_months_is_the_smallest_level_payment_that_clears(product, months):
    from planner.core.card import CardCycles

    payment = payment_for_months(product, months)

    def level_clears(amount: Decimal) -> bool:  # the plain level payment, minimums aside
        return CardCycles(product).run(amount, months, record=False, floor_minimum=False)[1]

    assert level_clears(payment)
    assert payment == CENT or not level_clears(payment - CENT)
    # Paid as the lender requires (the minimum due when it is higher), it clears in time too.
    cleared = simulate_unchecked(product, fixed(str(payment)), max_months=months)
    assert not cleared.never_repays and cleared.months_to_payoff <= months


def test_the_36_month_payment_of_a_chinese_card_is_a_level_payment():
    # 10,000 at 0.05% a day with the usual 10% minimum: the 36-month figure is the level payment
    # a person would plan (about 1.52% a month of interest), not the tail of a schedule whose
    # first months are dominated by the 10% minimums.
    product = card("10000", {"daily": "0.0005"}, currency="CNY")
    payment = payment_for_months(product, 36)
    assert Decimal("340") < payment < Decimal("380")
    planned = simulate(product, fixed(str(payment)))
    assert planned.schedule.rows[0].payment == Decimal("1000.00")  # the minimum is higher
    assert planned.schedule.regular_payment == Decimal("1000.00")  # what is paid first
    assert planned.months_to_payoff < 36
