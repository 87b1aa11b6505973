"""A card replayed from the payments actually made (planner.core.card_tracking): the grace
period kept, a missed minimum overdue, arrears made up, today's balance, the rest re-projected;
hand-computed cases and hypothesis properties against card.py's own simulation."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.core.card import simulate_unchecked
from planner.core.card_tracking import replay, reproject
from planner.core.portfolio import Payment, parse_item
from planner.core.product import CardStrategy, StrategyKind, parse_product
from planner.core.tracking import track

D = Decimal


def card(balance: str = "10000", start: str = "2025-01-10", **extra: object):
    """A CNY card at 0.05% a day: due 25 days after each statement, minimum 10%."""
    return parse_product({"kind": "card", "balance": balance, "start": start,
                          "rate": {"daily": "0.0005"}, **extra})


def paid(*entries: tuple[str, str]) -> list[Payment]:
    return [Payment(date.fromisoformat(d), D(a)) for d, a in entries]


# --- Hand-computed cases -----------------------------------------------------------------------
# The card of most cases: 10,000 on 2025-01-10, due Feb 4 (25 days later); statements on the
# 10th, each due 25 days later (Mar 7, Apr 4, ...). A cycle's interest is the statement balance
# x 0.0005 x 25 days to the due date + what is left after the payment x 0.0005 x the days from
# the due date to the next statement (6 in January, 3 in February, 6 in March).


def test_paid_in_full_by_the_due_date_keeps_the_grace_period():
    # 3,000 on Mar 5, due Mar 30, paid 1,000 + 2,000 before then: no interest, nothing left
    p = replay(card("3000", "2025-03-05"), paid(("2025-03-10", "1000"), ("2025-03-30", "2000")),
               date(2025, 6, 1))
    assert (p.balance, p.interest, p.overdue, p.credit) == (0, 0, 0, 0)
    assert (p.next_due, p.next_amount, p.cleared) == (None, None, True)
    assert [(s.paid, s.interest, s.left) for s in p.statements] == [(D("3000.00"), 0, 0)]
    assert reproject(p).rows == ()
    item = parse_item({"id": "c", "name": "c", "kind": "card", "balance": "3000",
                       "start": "2025-03-05", "rate": {"daily": "0.0005"},
                       "payments": [{"date": "2025-03-30", "amount": "3000"}]})
    position = track(item, date(2025, 6, 1))
    assert position.settled and position.schedule is None and position.missed == 0


def test_paid_beyond_the_balance_is_credit():
    p = replay(card("3000", "2025-03-05"), paid(("2025-03-20", "3500")), date(2025, 4, 1))
    assert p.cleared and p.balance == 0 and p.credit == D("500.00")


def test_a_missed_minimum_is_overdue_from_its_due_date():
    product = card()
    # the due date itself: owed, not late
    p = replay(product, [], date(2025, 2, 4))
    assert (p.overdue, p.next_due, p.next_amount) == (0, date(2025, 2, 4), D("1000.00"))
    # a day later: the 1,000 minimum (10% of 10,000) is overdue since Feb 4; the Feb 10
    # statement is not issued, so the balance is still 10,000 and the next minimum projected:
    # interest 10,000 x 0.0005 x (25 + 6) = 155, statement 10,155, minimum 1,015.50 on Mar 7
    p = replay(product, [], date(2025, 2, 5))
    assert (p.overdue, p.overdue_since, p.missed) == (D("1000.00"), date(2025, 2, 4), 1)
    assert p.balance == D("10000.00")
    assert (p.next_due, p.next_amount) == (date(2025, 3, 7), D("1015.50"))


def test_two_missed_minimums_add_up():
    # Feb 4: 1,000 unpaid; Mar 7: 1,015.50 unpaid -> 2,015.50 overdue since Feb 4, 2 missed.
    # Mar 10 statement: 10,155 + 10,155 x 0.0005 x (25 + 3) = 10,155 + 142.17 = 10,297.17
    # (126.9375 + 15.2325 = 142.17), minimum 1,029.72 due Apr 4.
    p = replay(card(), [], date(2025, 3, 20))
    assert (p.overdue, p.overdue_since, p.missed) == (D("2015.50"), date(2025, 2, 4), 2)
    assert p.balance == D("10297.17")
    assert (p.next_due, p.next_amount) == (date(2025, 4, 4), D("1029.72"))


def test_a_partial_payment_then_a_catch_up_clears_the_arrears():
    product = card()
    partial = paid(("2025-02-01", "400"))
    # 400 of the 1,000 minimum by Feb 4: 600 overdue. Interest 10,000 x 0.0125 + 9,600 x 0.003
    # = 125 + 28.80 = 153.80; Feb 10 statement 9,600 + 153.80 = 9,753.80, minimum 975.38.
    p = replay(product, partial, date(2025, 2, 20))
    assert (p.overdue, p.overdue_since, p.missed) == (D("600.00"), date(2025, 2, 4), 1)
    assert (p.balance, p.next_due, p.next_amount) == (D("9753.80"), date(2025, 3, 7),
                                                      D("975.38"))
    # 600 + 975.38 = 1,575.38 on Feb 25: the arrears first, then this statement's minimum
    catch_up = [*partial, *paid(("2025-02-25", "1575.38"))]
    p = replay(product, catch_up, date(2025, 2, 26))
    assert (p.overdue, p.overdue_since, p.missed) == (0, None, 0)
    assert p.balance == D("8178.42")  # 9,753.80 - 1,575.38
    # this statement's minimum is paid: the next is the Mar 10 statement's, as if nothing more
    # were paid by Mar 7: 9,753.80 x 0.0125 + 8,178.42 x 0.0015 = 121.9225 + 12.26763 = 134.19;
    # 8,178.42 + 134.19 = 8,312.61, minimum 831.26 due Apr 4
    assert (p.next_due, p.next_amount) == (date(2025, 4, 4), D("831.26"))
    # after Mar 7 the cycle is closed: 600 + 975.38 - 1,575.38 = 0 in arrears
    p = replay(product, catch_up, date(2025, 3, 20))
    assert (p.overdue, p.balance, p.next_amount) == (0, D("8312.61"), D("831.26"))


def test_a_late_payment_goes_to_the_arrears_first():
    # nothing by Feb 4, 1,000 on Feb 6: the overdue minimum is made up at once; the Mar 7
    # minimum (1,015.50 of the 10,155 statement) is still to pay
    p = replay(card(), paid(("2025-02-06", "1000")), date(2025, 2, 7))
    assert (p.overdue, p.next_due, p.next_amount) == (0, date(2025, 3, 7), D("1015.50"))


def test_todays_balance_is_the_statement_less_the_payments_since():
    # 1,000 on Feb 1 pays the first minimum: interest 10,000 x 0.0125 + 9,000 x 0.003 = 152,
    # Feb 10 statement 9,152.00 (minimum 915.20). 200 on Feb 8 (after the Feb 4 due date, before
    # the statement: it counts for the next one, as if paid on Mar 7) and 300 on Feb 15.
    product = card()
    payments = paid(("2025-02-01", "1000"), ("2025-02-08", "200"), ("2025-02-15", "300"))
    p = replay(product, payments, date(2025, 2, 20))
    assert p.statements[-1].balance == D("9152.00")
    assert p.balance == D("8652.00")  # 9,152 - 200 - 300
    assert (p.next_due, p.next_amount) == (date(2025, 3, 7), D("415.20"))  # 915.20 - 500
    # before the Feb 10 statement: what the Jan statement left (9,000) less the 200
    assert replay(product, payments, date(2025, 2, 9)).balance == D("8800.00")
    # before the first statement's date: the balance entered, less what was paid already
    assert replay(card(start="2025-03-01"), paid(("2025-02-20", "100")),
                  date(2025, 2, 25)).balance == D("9900.00")


def test_the_re_projection_pays_the_overdue_today_then_follows_the_strategy():
    # two minimums missed (2,015.50 overdue on Mar 20, see above); a fixed 1,500 a month: the
    # Apr 4 row pays 1,500 on top of the arrears (the minimum, 1,029.72, is lower)
    product = card(strategy={"fixed": "1500"})
    p = replay(product, [], date(2025, 3, 20))
    plan = reproject(p)
    assert plan.rows[0].date == date(2025, 4, 4) and plan.rows[0].payment == D("1500.00")
    assert all(r.payment == D("1500.00") for r in plan.rows[:-1]) and plan.cleared
    assert plan.rows[-1].balance == 0
    # cut at a horizon, the rows stop before it
    assert [r.date for r in reproject(p, until=date(2025, 6, 1)).rows] == [
        date(2025, 4, 4), date(2025, 5, 5)]


def test_obligations_cut_at_the_horizon_stop_there():
    # statements on the 5th, due 25 days later: Jan 30, then Mar 2 (Feb 5 + 25 days in 2026).
    # Up to Mar 1 only the Jan 30 payment falls: nothing is invented for February.
    from planner.core.obligations import project_item

    item = parse_item({"id": "c", "name": "c", "kind": "card", "balance": "10000",
                       "start": "2025-12-05", "rate": {"daily": "0.0005"},
                       "payments": [{"date": "2025-12-30", "amount": "1000"}]})
    ip = project_item(item, date(2026, 1, 10), date(2026, 3, 1))
    assert [o.date for o in ip.obligations] == [date(2026, 1, 30)]


def test_track_fills_the_position_of_a_card():
    item = parse_item({"id": "c", "name": "c", "kind": "card", "balance": "10000",
                       "start": "2025-01-10", "rate": {"daily": "0.0005"},
                       "payments": [{"date": "2025-02-01", "amount": "400"}]})
    p = track(item, date(2025, 2, 20))
    assert (p.remaining_principal, p.overdue, p.overdue_since, p.missed) == (
        D("9753.80"), D("600.00"), date(2025, 2, 4), 1)
    assert (p.paid, p.paid_ahead, p.next_due, p.next_amount) == (
        D("400.00"), D("0.00"), date(2025, 3, 7), D("975.38"))
    assert p.schedule is not None and p.schedule.rows[0].date == date(2025, 3, 7)
    assert p.schedule.rows[0].payment == D("975.38")  # the minimum strategy, arrears apart


# --- Properties against card.py's simulation ---------------------------------------------------

rates = st.one_of(
    st.integers(0, 3600).map(lambda bp: {"annual": str(Decimal(bp) / 10000)}),
    st.integers(0, 60).map(lambda p: {"daily": str(Decimal(p) / 100000)}))
strategies = st.one_of(st.just("minimum"), st.integers(1, 60).map(lambda m: {"months": m}),
                       st.integers(100, 300_000).map(lambda c: {"fixed": str(D(c) / 100)}))
cards = st.builds(
    lambda cents, rate, percent, floor, plus, grace, start, fee, strategy: parse_product({
        "kind": "card", "balance": str(D(cents) / 100), "start": start.isoformat(),
        "currency": "CNY", "rate": rate, "grace_days": grace, "strategy": strategy,
        "minimum_payment": {"percent": str(D(percent) / 1000), "floor": str(floor),
                            "plus_interest": plus},
        "fees": [{"type": "per_payment", "amount": str(fee)}] if fee else []}),
    st.integers(100, 5_000_000), rates, st.integers(5, 200), st.integers(0, 50), st.booleans(),
    st.integers(0, 28), st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.sampled_from([0, 0, 0, 1, 5]), strategies)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _paid_within_cycles(rows, start: date, offsets: list[int]) -> list[Payment]:
    """Each row's payment on a day of its own cycle: after the previous due date (from a few
    days before the statement for the first), up to its due date."""
    out, previous = [], start - timedelta(days=5)
    for row, offset in zip(rows, offsets, strict=False):
        span = (row.date - previous).days
        out.append(Payment(row.date - timedelta(days=offset % max(span, 1)), row.payment))
        previous = row.date
    return out


@SETTINGS
@given(cards, st.lists(st.integers(0, 40), min_size=60, max_size=60), st.integers(-10, 2000))
def test_paying_every_minimum_on_time_is_never_overdue(product, offsets, days):
    product = product.with_changes(strategy=CardStrategy(StrategyKind.MINIMUM))
    result = simulate_unchecked(product, max_months=60)
    rows = result.schedule.rows
    today = product.start + timedelta(days=days)
    assume(not result.never_repays or today <= rows[-1].date)  # no payments past the rows
    p = replay(product, _paid_within_cycles(rows, product.start, offsets), today)
    assert (p.overdue, p.overdue_since, p.missed) == (0, None, 0)


@SETTINGS
@given(cards, st.lists(st.integers(0, 40), min_size=60, max_size=60), st.integers(0, 10_000),
       st.integers(1, 20))
def test_paying_what_simulate_plans_reproduces_it(product, offsets, seed, after):
    result = simulate_unchecked(product, max_months=60)
    rows = result.schedule.rows
    payments = _paid_within_cycles(rows, product.start, offsets)
    # every row paid: each statement is left with simulate's balance, and a cleared plan clears
    p = replay(product, payments, rows[-1].date + timedelta(days=1))
    closed = [s for s in p.statements if s.closed]
    assert [s.left for s in closed] == [r.balance for r in rows]
    assert [s.paid for s in closed] == [r.payment for r in rows]
    if not result.never_repays:
        assert p.cleared and p.balance == 0 and p.overdue == 0
        assert p.interest == result.total_interest
    # nothing paid yet, or paid up to a due date and looked at a little later: the rest
    # re-projected is simulate's (a plan that never repays is cut where simulate gave up)
    fresh = reproject(replay(product, [], product.start), max_months=59)
    assert fresh.rows[:len(rows)] == rows
    assert fresh.rows == rows or result.never_repays
    assume(len(rows) > 1)
    cut = seed % (len(rows) - 1)
    today = min(rows[cut].date + timedelta(days=after), rows[cut + 1].date - timedelta(days=1))
    assume(today > rows[cut].date)
    so_far = [pay for pay, row in zip(payments, rows, strict=False) if row.date <= rows[cut].date]
    p = replay(product, so_far, today)
    issued = p.statements[-1]
    assert p.overdue == 0
    assert p.balance == (issued.balance if issued.date <= today else rows[cut].balance)
    plan = reproject(p, max_months=58 - cut)
    assert plan.rows[:len(rows) - cut - 1] == rows[cut + 1:]
    assert plan.rows == rows[cut + 1:] or result.never_repays


@SETTINGS
@given(cards, st.lists(st.tuples(st.integers(-10, 900), st.integers(0, 500_000)), max_size=12),
       st.integers(-10, 1000))
def test_any_payments_leave_a_consistent_position(product, entries, days):
    payments = [Payment(product.start + timedelta(days=d), D(c) / 100) for d, c in entries]
    today = product.start + timedelta(days=days)
    p = replay(product, payments, today)
    assert 0 <= p.overdue <= p.balance
    assert (p.overdue_since is not None) == (p.overdue > 0) == (p.missed > 0)
    assert p.overdue_since is None or p.overdue_since < today
    assert p.next_due is None or (p.next_due >= today and p.next_amount > 0)
    assert not p.cleared or (p.balance == 0 and p.next_due is None)
    assert p.paid == sum((x.amount for x in payments if x.date <= today), D(0))
