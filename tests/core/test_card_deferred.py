"""A card's promotion with deferred interest ("no interest if paid in full by ..."; issue 12):
the interest the later rate would have charged on each statement of the promotion is charged on
the first statement after it unless the balance is paid in full by then (FINANCE.md,
"Promotions and deferred interest"). Figures worked by hand; the plan and the replay of real
payments agree (card_tracking), and so do calc, the explanation and the stress warning."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli import main
from planner.core.card import deferred_due, simulate, simulate_unchecked
from planner.core.card_tracking import replay, reproject
from planner.core.errors import InputError
from planner.core.explain import explain_payment
from planner.core.figures import analyse
from planner.core.portfolio import parse_item
from planner.core.product import parse_product, product_to_json
from planner.core.stress import stress_report
from planner.text.explain import render
from tests.core.stress.cases import household
from tests.core.test_card_tracking import SETTINGS, _paid_within_cycles, cards

#: 1,200 at 0% until 10 April 2025, then 24% a year (2% a month on the statement balance,
#: Appendix M2's APR / 12), statements on the 10th, due 21 days later, 200 paid each month.
PROMO = {"kind": "card", "balance": "1200", "start": "2025-01-10", "currency": "USD",
         "rate": {"annual": "0"}, "deferred_interest": True,
         "rate_changes": [{"date": "2025-04-10", "rate": {"annual": "0.24"}}],
         "strategy": {"fixed": "200"}}


def test_not_cleared_by_the_end_the_deferred_interest_goes_on_the_next_statement():
    result = simulate(parse_product(PROMO))
    rows = result.schedule.rows
    # The statements of 10 January, February and March fall in the promotion: 24% would have
    # charged 2% of each: 1,200 x 2% + 1,000 x 2% + 800 x 2% = 24 + 20 + 16 = 60.00, charged
    # on the statement of 10 April (600 left after three payments of 200): 660.00, whose
    # cycle then charges 2% of it, 13.20, on the statement of 10 May (Appendix M1: on the
    # statement balance, the payment assumed at the cycle's end).
    assert [r.interest for r in rows[:3]] == [D("0.00")] * 3
    assert [r.balance for r in rows[:3]] == [D("1000.00"), D("800.00"), D("600.00")]
    assert result.schedule.deferred_interest == D("60.00")
    assert rows[3].date == date(2025, 5, 1) == deferred_due(parse_product(PROMO))
    assert rows[3].interest == D("60.00") and rows[3].balance == D("460.00")
    assert rows[4].interest == D("13.20")
    assert result.total_interest == sum(r.interest for r in rows)
    assert sum(r.principal for r in rows) == D("1200.00")


def test_paid_in_full_by_then_nothing_is_deferred():
    # 400 a month clears 1,200 with the payment due 31 March, before the 10 April statement
    result = simulate(parse_product({**PROMO, "strategy": {"fixed": "400"}}))
    assert result.schedule.deferred_interest == 0 and result.total_interest == 0
    assert result.months_to_payoff == 3


def test_without_deferred_interest_the_promotion_costs_nothing_until_it_ends():
    plain = simulate(parse_product({**PROMO, "deferred_interest": False}))
    deferred = simulate(parse_product(PROMO))
    assert plain.schedule.deferred_interest == 0
    assert plain.schedule.rows[3].interest == D("0.00") and plain.schedule.rows[4].interest \
        == D("12.00")  # 600.00 x 2%: only the later rate, from the end
    assert deferred.total_interest > plain.total_interest


def test_a_daily_rate_defers_the_days_it_would_have_charged():
    # 0.05% a day after the promotion, 0% a day during it (a daily quote, as Chinese cards
    # state): each promotional cycle would have charged the daily rate on the statement balance
    # to the due date and on what is left after the payment to the next statement.
    data = {**PROMO, "currency": "CNY", "rate": {"daily": "0"}, "grace_days": 20,
            "rate_changes": [{"date": "2025-03-10", "rate": {"daily": "0.0005"}}]}
    rows = simulate(parse_product(data)).schedule.rows
    # Jan 10 to Jan 30 (20 days) on 1,200, Jan 30 to Feb 10 (11 days) on 1,000; Feb 10 to
    # Mar 2 (20 days) on 1,000, Mar 2 to Mar 10 (8 days) on 800:
    # 0.0005 x (1,200 x 20 + 1,000 x 11 + 1,000 x 20 + 800 x 8) = 0.0005 x 61,400 = 30.70
    assert simulate(parse_product(data)).schedule.deferred_interest == D("30.70")
    assert rows[2].interest == D("30.70")  # with the payment due 30 March


def test_replaying_the_payments_made_agrees_with_the_plan():
    product = parse_product(PROMO)
    rows = simulate(product).schedule.rows
    paid = [parse_item({"id": "c", "name": "c", **PROMO, "payments": [
        {"date": r.date.isoformat(), "amount": str(r.payment)} for r in rows[:k]]})
        for k in (2, 4)]
    # two payments made, looked at on 15 March (the March statement open): the rest re-projected
    # is the plan's, the deferred interest of the April statement included
    position = replay(product, paid[0].payments, date(2025, 3, 15))
    plan = reproject(position)
    assert plan.rows == rows[2:] and plan.deferred_interest == D("60.00")
    # four made (the deferred interest on the April statement paid with the fourth): nothing
    # more is deferred; the May statement owes what the plan left, 460.00, and 13.20 of
    # interest on April's 660.00; interest charged so far: 60.00 + 13.20
    position = replay(product, paid[1].payments, date(2025, 5, 15))
    assert position.balance == rows[3].balance + D("13.20") == D("473.20")
    assert position.interest == D("73.20")
    assert reproject(position).rows == rows[4:] and reproject(position).deferred_interest == 0


@SETTINGS
@given(cards, st.integers(1, 14), st.sampled_from(["0", "0.0001"]),
       st.lists(st.integers(0, 40), min_size=60, max_size=60), st.integers(0, 10_000))
def test_replayed_plans_reproduce_the_simulation_with_a_promotion(product, months, promo,
                                                                   offsets, seed):
    quote = next(iter(product_to_json(product)["rate"]))
    later = product.rate.value + D("0.01") if quote == "annual" else \
        product.rate.value + D("0.0002")
    product = parse_product({**product_to_json(product), "rate": {quote: promo},
                             "deferred_interest": True, "rate_changes": [{
                                 "date": (product.start + timedelta(days=30 * months)).isoformat(),
                                 "rate": {quote: str(later)}}]})
    result = simulate_unchecked(product, max_months=60)
    rows = result.schedule.rows
    payments = _paid_within_cycles(rows, product.start, offsets)
    p = replay(product, payments, rows[-1].date + timedelta(days=1))
    closed = [s for s in p.statements if s.closed]
    assert [s.left for s in closed] == [r.balance for r in rows]
    if not result.never_repays:
        assert p.cleared and p.interest == result.total_interest
    cut = seed % len(rows)
    so_far = [pay for pay, row in zip(payments, rows, strict=False) if row.date <= rows[cut].date]
    plan = reproject(replay(product, so_far, rows[cut].date + timedelta(days=1)),
                     max_months=59 - cut)
    assert plan.rows[:len(rows) - cut - 1] == rows[cut + 1:]


def test_calc_and_the_explanation_say_it(capsys):
    out = tmp_json(capsys, PROMO)
    assert out["deferred_interest"] == {"promotion_ends": "2025-04-10", "charged": "60.00",
                                        "charged_on": "2025-05-01"}
    text = render(explain_payment(analyse(parse_product(PROMO))), "en")
    assert "$60.00, is charged with the payment of 2025-05-01" in text
    cleared = render(explain_payment(analyse(parse_product({**PROMO, "strategy":
                                                            {"fixed": "400"}}))), "en")
    assert "no deferred interest is charged" in cleared


def tmp_json(capsys, data: dict) -> dict:
    import io
    import sys

    sys.stdin = io.StringIO(json.dumps(data))
    try:
        assert main(["calc", "-", "--json"]) == 0
    finally:
        sys.stdin = sys.__stdin__
    return json.loads(capsys.readouterr().out)


def test_the_stress_warning_names_the_card():
    item = {"id": "store-card", "name": "store card", **PROMO, "start": "2025-04-10",
            "rate_changes": [{"date": "2025-07-10", "rate": {"annual": "0.24"}}]}
    report = stress_report(household([item], currency="USD"), date(2025, 4, 15))
    (warning,) = [w for w in report.warnings if w.code.value == "deferred_interest"]
    assert warning.items == ("store-card",) and warning.dates == (date(2025, 7, 10),)
    assert warning.detail["deferred_interest"] == D("60.00")
    assert warning.detail["charged_on"] == date(2025, 7, 31)
    assert warning.detail["owed_at_end"] == D("600.00")  # left after the 1 July payment


def test_a_card_promotion_must_end_below_the_later_rate():
    with pytest.raises(InputError) as caught:
        parse_product({**PROMO, "rate": {"annual": "0.3"}})
    assert caught.value.field == "deferred_interest"
    with pytest.raises(InputError) as caught:
        parse_product({**PROMO, "rate_changes": None})
    assert caught.value.field == "deferred_interest"
