"""Tracking from money actually paid: remaining principal, overdue, next due, re-projection.

Golden schedule: 10,000 at 12% nominal a year (1% a month) over 12 months pays 888.49 a month,
the annuity formula P r / (1 - (1 + r)^-n) = 888.4879 (``numpy_financial.pmt(0.01, 12, 10000)``
is -888.4878867834 in numpy-financial's sign convention). Its first rows, at 1% of the balance
rounded half up: interest 100.00 / principal 788.49 / balance 9,211.51; 92.12 / 796.37 /
8,415.14; 84.15 / 804.34 / 7,610.80; 76.11 / 812.38 / 6,798.42.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.portfolio import parse_item
from planner.core.schedule import PrepaymentMode
from planner.core.tracking import track

LOAN = {"id": "a", "name": "loan", "kind": "loan", "principal": "10000", "start": "2025-01-15",
        "term": 12, "rate": {"annual": "0.12"}}
ZERO_RATE = {"id": "z", "name": "zero", "kind": "loan", "principal": "1200",
             "start": "2025-01-10", "term": 12, "rate": {"annual": "0"}}
D = Decimal


def item(payments: list[tuple[str, str]], base: dict = LOAN):
    return parse_item({**base, "payments": [{"date": d, "amount": a} for d, a in payments]})


def regular_rows(position):
    return [r for r in position.schedule.rows if not r.prepayment]


def test_paying_on_schedule_follows_the_schedule():
    paid = [("2025-02-15", "888.49"), ("2025-03-15", "888.49"), ("2025-04-15", "888.49")]
    p = track(item(paid), date(2025, 4, 15))
    assert p.remaining_principal == D("7610.80")
    assert (p.overdue, p.missed, p.overdue_since, p.paid_ahead) == (D("0.00"), 0, None, D("0.00"))
    assert (p.next_due, p.next_amount) == (date(2025, 5, 15), D("888.49"))
    assert p.prepayments == ()


def test_missed_payments_are_overdue_and_leave_principal_owed():
    p = track(item([("2025-02-15", "888.49"), ("2025-03-15", "888.49")]), date(2025, 5, 20))
    assert p.overdue == D("1776.98")              # installments of 15 April and 15 May
    assert (p.overdue_since, p.missed) == (date(2025, 4, 15), 2)
    assert p.remaining_principal == D("8415.14")  # still the balance after the second payment
    assert (p.next_due, p.next_amount) == (date(2025, 6, 15), D("888.49"))


def test_a_partial_payment_goes_to_interest_before_principal():
    # 500 towards the 888.49 of 15 March: 92.12 interest first, 407.88 principal.
    paid = [("2025-02-15", "888.49"), ("2025-03-15", "500")]
    on_the_day = track(item(paid), date(2025, 3, 15))
    assert on_the_day.remaining_principal == D("9211.51") - D("407.88")
    assert on_the_day.overdue == D("0.00")  # still due today, not yet overdue
    assert (on_the_day.next_due, on_the_day.next_amount) == (date(2025, 3, 15), D("388.49"))
    next_day = track(item(paid), date(2025, 3, 16))
    assert (next_day.overdue, next_day.overdue_since) == (D("388.49"), date(2025, 3, 15))
    assert next_day.remaining_principal == on_the_day.remaining_principal


def test_a_payment_smaller_than_the_interest_repays_no_principal():
    p = track(item([("2025-02-15", "888.49"), ("2025-03-15", "50")]), date(2025, 3, 16))
    assert p.remaining_principal == D("9211.51")
    assert p.overdue == D("838.49")


def test_an_installment_due_today_is_next_not_overdue():
    p = track(item([("2025-02-15", "888.49")]), date(2025, 3, 15))
    assert (p.overdue, p.missed, p.overdue_since) == (D("0.00"), 0, None)
    assert (p.next_due, p.next_amount) == (date(2025, 3, 15), D("888.49"))
    assert p.remaining_principal == D("9211.51")


def test_extra_money_pays_the_next_installment_then_principal_and_shortens_the_plan():
    # 3,888.49 on 1 March: 888.49 pays the 15 March installment early, 3,000 is principal.
    p = track(item([("2025-02-15", "888.49"), ("2025-03-01", "3888.49")]), date(2025, 3, 1))
    assert [(r.date, r.amount) for r in p.prepayments] == [(date(2025, 3, 1), D("3000.00"))]
    # What is owed falls by all the principal the money paid: the 3,000 and the 811.37 of
    # principal in the March installment paid ahead (888.49 less its 77.12 of interest).
    assert p.remaining_principal == D("9211.51") - D("3000") - (D("888.49") - D("77.12"))
    assert p.paid_ahead == D("888.49")
    assert (p.next_due, p.next_amount) == (date(2025, 4, 15), D("888.49"))
    rows = regular_rows(p)
    assert len(rows) == 9 and rows[-1].date == date(2025, 10, 15)   # three payments fewer
    assert all(r.payment == D("888.49") for r in rows[:-1])          # the payment is unchanged
    # 15 March interest: 14 of 28 days on 9,211.51 and 14 on 6,211.51, at 1% a month.
    assert rows[1].interest == D("77.12")
    assert sum(r.principal for r in p.schedule.rows) == D("10000.00")


def test_extra_principal_without_interest_shortens_by_whole_installments():
    p = track(item([("2025-02-10", "100"), ("2025-02-20", "300")], ZERO_RATE), date(2025, 2, 20))
    assert [r.amount for r in p.prepayments] == [D("200.00")]
    # 1,200 less February's 100, the 200 of extra principal and March's 100 paid ahead
    assert p.remaining_principal == D("800.00") and p.paid_ahead == D("100.00")
    assert len(regular_rows(p)) == 10 and p.schedule.last_date == date(2025, 11, 10)
    assert (p.next_due, p.next_amount) == (date(2025, 4, 10), D("100.00"))


def test_lower_payment_mode_keeps_the_term_and_spreads_the_rest():
    p = track(item([("2025-02-10", "100"), ("2025-02-20", "300")], ZERO_RATE), date(2025, 2, 20),
              PrepaymentMode.LOWER_PAYMENT)
    rows = regular_rows(p)
    assert len(rows) == 12 and p.schedule.last_date == date(2026, 1, 10)
    assert rows[1].payment == D("81.82")           # 900 / 11, rounded half up
    assert rows[-1].payment == D("81.80")          # the last absorbs the residue
    # The 100 paid ahead covers March's 81.82 and 18.18 of April's.
    assert (p.next_due, p.next_amount) == (date(2025, 4, 10), D("63.64"))


def test_paying_everything_early_settles_the_item_that_day():
    """Issue 19: exactly the payoff amount closes the item on the day it is paid."""
    before = track(item([], ZERO_RATE), date(2025, 2, 5))
    assert before.payoff == D("1200.00")
    paid = [("2025-02-05", "1200")]
    on_the_day = track(item(paid, ZERO_RATE), date(2025, 2, 5))
    assert on_the_day.settled and on_the_day.remaining_principal == D("0.00")
    assert on_the_day.next_due is None and on_the_day.payoff == D("0.00")
    assert [(r.date, r.amount) for r in on_the_day.prepayments] == [(date(2025, 2, 5),
                                                                       D("1200.00"))]


def test_money_paid_on_the_start_date_is_held_not_extra_principal():
    p = track(item([("2025-01-10", "500")], ZERO_RATE), date(2025, 2, 10))
    assert p.prepayments == ()
    # it pays February's 100 (due today) and the next four ahead: 500 of principal repaid
    assert p.remaining_principal == D("700.00")
    assert p.paid_ahead == D("400.00")
    assert (p.next_due, p.next_amount) == (date(2025, 7, 10), D("100.00"))


def test_payments_dated_after_today_are_not_counted_yet():
    p = track(item([("2025-02-15", "888.49"), ("2025-06-15", "5000")]), date(2025, 2, 20))
    assert p.paid == D("888.49") and p.prepayments == ()


def test_a_card_stands_where_its_statements_replayed_put_it():
    # 5,000 on Jan 1 at 0.05% a day, due 25 days later (CNY), minimum 10%. Nothing by Jan 26:
    # 500 overdue, and interest 5,000 x 0.0005 x (25 + 6 days to Feb 1) = 77.50. Feb 1: 5,077.50;
    # the 1,200 paid that day counts for it (due Feb 26) and covers 500 + 507.75: no arrears.
    # Interest 5,077.50 x 0.0005 x 25 + 3,877.50 x 0.0005 x 3 = 63.47 + 5.82 = 69.29 (rounded
    # once: 69.285 -> 69.29). Mar 1: 3,877.50 + 69.29 = 3,946.79, issued today, due Mar 26.
    card = parse_item({"id": "c", "name": "card", "kind": "card", "balance": "5000",
                       "start": "2025-01-01", "rate": {"daily": "0.0005"},
                       "payments": [{"date": "2025-02-01", "amount": "1200"}]})
    p = track(card, date(2025, 3, 1))
    assert p.remaining_principal == D("3946.79") and p.overdue == 0 and p.missed == 0
    assert (p.next_due, p.next_amount) == (date(2025, 3, 26), D("394.68"))
    assert p.schedule is not None and p.schedule.rows[0].date == date(2025, 3, 26)
    assert p.schedule.rows[-1].balance == 0  # the minimum strategy, re-projected, repays it


_PAYMENTS = st.lists(st.tuples(st.integers(0, 400), st.integers(1, 300_000)), max_size=8)


@settings(max_examples=60, deadline=None)
@given(_PAYMENTS, st.integers(0, 400), st.integers(1, 300_000))
def test_paying_more_never_leaves_more_owed(payments, extra_day, extra_cents):
    """Adding a payment never raises the principal left or the amount overdue."""
    start = date(2025, 1, 15)
    today = start + timedelta(days=420)

    def as_item(pays):
        return item([((start + timedelta(days=d)).isoformat(), str(D(c) / 100))
                     for d, c in pays])

    base = track(as_item(payments), today)
    more = track(as_item([*payments, (extra_day, extra_cents)]), today)
    assert more.remaining_principal <= base.remaining_principal
    assert more.overdue <= base.overdue
    assert more.paid == base.paid + D(extra_cents) / 100
    # Overdue is exactly the installments dated before today that the money did not cover.
    before = sum(r.payment for r in more.schedule.rows if r.date < today)
    assert more.overdue == max(before - more.paid, D(0))
    # What is owed is the principal no money has repaid: the balance after the last
    # installment the money covers in full, less at most the money put into the next one.
    before_partial, left_over = D(10000), more.paid
    for row in more.schedule.rows:
        if left_over < row.payment:
            break
        before_partial, left_over = row.balance, left_over - row.payment
    assert before_partial - left_over <= more.remaining_principal <= before_partial
    assert more.payoff >= more.overdue


def test_the_items_own_prepayment_choice_is_followed():
    from planner.core.portfolio import item_to_json, parse_item

    base = {"id": "car", "name": "car", "kind": "loan", "principal": "12000",
            "start": "2025-01-10", "term": 12, "rate": {"annual": "0.06"},
            "payments": [{"date": "2025-02-10", "amount": "1032.80"},
                         {"date": "2025-02-20", "amount": "5000"}]}
    shorter = track(parse_item(base), date(2025, 3, 1))
    lower = parse_item(dict(base, prepayment_mode="lower_payment"))
    assert parse_item(item_to_json(lower)) == lower  # the choice round-trips
    lowered = track(lower, date(2025, 3, 1))
    regular = [r for r in lowered.schedule.rows if not r.prepayment]
    assert regular[-1].date == date(2026, 1, 10)  # the term is kept...
    assert regular[2].payment < regular[0].payment  # ...and the payment falls
    assert shorter.schedule.rows[-1].date < date(2026, 1, 10)  # default: a shorter plan


_KINDS = [LOAN, ZERO_RATE,
          {"id": "f", "name": "fee plan", "kind": "installment", "principal": "6000",
           "start": "2025-01-10", "term": 12, "rate": {"monthly_fee": "0.005"}},
          {"id": "d", "name": "daily", "kind": "credit_line", "principal": "20000",
           "start": "2025-01-12", "term": 12, "rate": {"daily": "0.0003"},
           "method": "equal_principal"},
          {"id": "c", "name": "card", "kind": "card", "balance": "5000", "start": "2025-01-01",
           "rate": {"daily": "0.0005"}},
          # issue 12: a rate that changes, a combined loan, deferred interest, quarterly
          {"id": "r", "name": "repriced", "kind": "loan", "principal": "10000",
           "start": "2025-01-15", "term": 12, "rate": {"annual": "0.12"},
           "rate_changes": [{"date": "2025-04-01", "rate": {"annual": "0.06"}},
                            {"date": "2025-09-20", "rate": {"annual": "0.09"}}]},
          {"id": "h", "name": "组合贷", "kind": "loan", "start": "2025-01-15", "term": 12,
           "parts": [{"name": "公积金", "principal": "6000", "rate": {"annual": "0.026"}},
                     {"name": "商贷", "principal": "4000",
                      "lpr_spread": {"spread": "0.01", "reset": "anniversary"}}]},
          {"id": "p", "name": "promo", "kind": "installment", "principal": "1200",
           "currency": "USD", "start": "2025-01-10", "term": 12, "method": "annuity",
           "rate": {"annual": "0"}, "deferred_interest": True,
           "rate_changes": [{"date": "2025-07-10", "rate": {"annual": "0.2499"}}]},
          {"id": "q", "name": "quarterly", "kind": "loan", "principal": "10000",
           "start": "2025-01-15", "term": 4, "frequency": "quarterly",
           "rate": {"annual": "0.08"}}]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_KINDS), _PAYMENTS, st.integers(0, 420))
def test_paying_the_payoff_amount_settles_any_item_on_any_day(base, payments, day):
    """Issue 19: whatever was paid before, exactly ``payoff`` paid on a day clears the item
    that day; and no payment is needed when it is zero."""
    start = date.fromisoformat(base["start"])
    today = start + timedelta(days=day)
    history = [((start + timedelta(days=d)).isoformat(), str(D(c) / 100))
               for d, c in payments if d <= day]
    before = track(item(history, base), today)
    assert before.payoff >= before.remaining_principal
    if before.payoff == 0:
        assert before.remaining_principal == 0
        return
    after = track(item([*history, (today.isoformat(), str(before.payoff))], base), today)
    assert after.settled, (before, after)
    assert after.remaining_principal == 0 and after.overdue == 0 and after.next_due is None
    # nothing left over: every unit of the money is in the plan (or clears the card)
    assert after.paid_ahead == before.paid_ahead if base["kind"] == "card" else \
        after.paid_ahead == 0 or after.schedule.rows[-1].date > today


def test_an_installment_paid_on_its_start_day_lowers_what_is_owed():
    """Issue 19: 6,000 in 12 at a 0.5% monthly fee (500 + 30 a month); 530 paid on the start
    day pays the first installment ahead: 5,500 owed, 530 paid ahead, the next due moves on."""
    plan = _KINDS[2]
    p = track(item([("2025-01-10", "530")], plan), date(2025, 1, 10))
    assert p.remaining_principal == D("5500.00") and p.paid_ahead == D("530.00")
    assert (p.next_due, p.next_amount) == (date(2025, 3, 10), D("530.00"))
    assert p.payoff == D("5500.00")


def test_twenty_thousand_payments_are_tracked_in_one_walk():
    """Issue 16: tracking walked the schedule again for every payment (16,000 payments on one
    item took 75 s). 20,000 small payments on a 1,200-payment loan now take one walk; the
    figure is measured by tests/core/test_engine_benchmark.py."""
    loan = {"id": "m", "name": "mortgage", "kind": "loan", "principal": "900000",
            "start": "2000-01-01", "term": 1200, "rate": {"annual": "0.049"}}
    start = date(2000, 1, 2)
    history = [((start + timedelta(days=k)).isoformat(), "150") for k in range(20000)]
    p = track(item(history, loan), date(2054, 12, 31))
    assert p.paid == D("3000000.00") and p.settled or p.remaining_principal > 0
    assert sum(r.principal for r in p.schedule.rows) == D("900000.00")
