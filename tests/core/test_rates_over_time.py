"""Issue 12, the engine's second edition: rates that change, LPR-linked rates, deferred
interest, combined loans, quarterly and yearly schedules, monthly compounding, day-count bases.

Every expected figure below is worked by hand in its comment (the annuity formula
P r / (1 - (1 + r)^-n), simple interest on days); the properties hold for any product.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.figures import analyse
from planner.core.lpr import DEFAULT_TABLE, LprFixing, LprTable, Tenor
from planner.core.portfolio import parse_item
from planner.core.product import parse_product, product_to_json
from planner.core.schedule import build_schedule
from planner.core.tracking import track

D = Decimal
CENT = D("0.01")


def loan(**fields):
    base = {"kind": "loan", "principal": "12000", "start": "2025-01-10", "term": 12,
            "rate": {"annual": "0.12"}}
    base.update(fields)
    return parse_product(base)


def annuity(principal: Decimal, periodic: Decimal, n: int) -> Decimal:
    if periodic == 0:
        return (principal / n).quantize(CENT, ROUND_HALF_UP)
    return (principal * periodic / (1 - (1 + periodic) ** -n)).quantize(CENT, ROUND_HALF_UP)


# -- rate_changes ------------------------------------------------------------------------

def test_a_change_inside_a_period_accrues_both_rates_by_their_days():
    # 12,000 at 12% over 12 months; from 2025-07-01 the rate is 6%. The period 06-10..07-10
    # (30 days) accrues 21 days at 1% a month and 9 days at 0.5% a month, pro rata by days.
    s = build_schedule(loan(rate_changes=[{"date": "2025-07-01", "rate": {"annual": "0.06"}}]))
    straddling = s.rows[5]
    opening = s.rows[4].balance
    assert straddling.date == date(2025, 7, 10)
    expected = (opening * (D("0.01") * 21 / 30 + D("0.005") * 9 / 30)).quantize(CENT)
    assert straddling.interest == expected == D("60.97")
    # the payment is the old one until the first period starting after the change...
    assert straddling.payment == s.rows[0].payment == annuity(D(12000), D("0.01"), 12)
    # ...then the annuity of what is owed over the 6 payments left at 0.5% a month
    assert s.rows[6].payment == annuity(straddling.balance, D("0.005"), 6) == D("1046.11")
    assert sum(r.principal for r in s.rows) == D(12000) and s.rows[-1].balance == 0


def test_a_change_on_the_start_date_is_the_new_rate_from_the_start():
    changed = loan(rate_changes=[{"date": "2025-01-10", "rate": {"annual": "0.06"}}])
    assert changed == loan(rate={"annual": "0.06"})
    assert build_schedule(changed).rows == build_schedule(loan(rate={"annual": "0.06"})).rows


def test_equal_principal_keeps_its_principal_part_across_changes():
    s = build_schedule(loan(method="equal_principal", rate_changes=[
        {"date": "2025-04-20", "rate": {"annual": "0.24"}},
        {"date": "2025-09-10", "rate": {"annual": "0.03"}}]))
    assert [r.principal for r in s.rows] == [D("1000.00")] * 12
    # after 2025-09-10 the interest is 0.25% a month of what is left: 4,000 on 10-10
    assert s.rows[8].interest == D("10.00")


def test_rate_changes_refuse_what_cannot_change():
    with pytest.raises(InputError) as caught:
        loan(rate_changes=[{"date": "2024-12-01", "rate": {"annual": "0.06"}}])
    assert caught.value.field == "rate_changes[0].date"
    with pytest.raises(InputError) as caught:
        loan(rate_changes=[{"date": "2025-05-01", "rate": {"monthly": "0.005"}}])
    assert caught.value.field == "rate_changes[0].rate"
    with pytest.raises(InputError) as caught:
        loan(rate_changes=[{"date": "2025-05-01", "rate": {"annual": "-1"}}])
    assert caught.value.field == "rate_changes[0].rate.annual"
    with pytest.raises(InputError) as caught:
        loan(rate_changes=[{"date": "2025-05-01", "rate": {"annual": "0.1"}},
                           {"date": "2025-05-01", "rate": {"annual": "0.2"}}])
    assert caught.value.field == "rate_changes[1].date"
    with pytest.raises(InputError) as caught:
        parse_product({"kind": "installment", "principal": "1000", "start": "2025-01-10",
                       "term": 6, "rate": {"monthly_fee": "0.006"},
                       "rate_changes": [{"date": "2025-03-01", "rate": {"monthly_fee": "0"}}]})
    assert caught.value.field == "rate_changes"


_RATES = st.decimals(min_value=0, max_value=D("0.3"), places=4)


@settings(max_examples=120, deadline=None)
@given(principal=st.integers(100, 2_000_000), term=st.integers(1, 100),
       method=st.sampled_from(["annuity", "equal_principal", "interest_only", "bullet"]),
       frequency=st.sampled_from(["monthly", "quarterly", "yearly", "biweekly"]),
       first=_RATES, changes=st.lists(st.tuples(st.integers(0, 4000), _RATES), max_size=4),
       basis=st.sampled_from(["act/365", "act/360", "act/act"]))
def test_schedules_with_changes_repay_the_principal_to_the_cent(principal, term, method,
                                                                 frequency, first, changes,
                                                                 basis):
    days = sorted({d for d, _ in changes})
    rates = dict(changes)
    product = parse_product({
        "kind": "loan", "principal": str(principal), "start": "2024-02-29", "term": term,
        "method": method, "frequency": frequency, "rate": {"annual": str(first)},
        "day_count": basis,
        "rate_changes": [{"date": date.fromordinal(date(2024, 2, 29).toordinal() + d)
                          .isoformat(), "rate": {"annual": str(rates[d])}} for d in days]})
    s = build_schedule(product)
    assert sum(r.principal for r in s.rows) == product.principal
    assert s.rows[-1].balance == 0
    assert all(r.interest >= 0 and r.principal >= 0 for r in s.rows)
    assert all(r.payment == r.principal + r.interest + r.fee for r in s.rows)
    assert parse_product(product_to_json(product)) == product


def test_a_cards_promotional_rate_ends_on_its_date():
    # 3,000 at 0% until 2025-07-05, then 24.99%; 200 a month. Each cycle accrues the rate in
    # force on its statement date: the statement of 2025-07-05 (1,800) is the first charged,
    # 1,800 x 0.2499 / 12 = 37.49 on the next statement (12 CFR 1026 Appendix M2's rate / 12).
    card = parse_product({"kind": "card", "balance": "3000", "currency": "USD",
                          "start": "2025-01-05", "rate": {"annual": "0"},
                          "rate_changes": [{"date": "2025-07-05", "rate": {"annual": "0.2499"}}],
                          "strategy": {"fixed": "200"}})
    rows = analyse(card).schedule.rows
    assert [r.interest for r in rows[:7]] == [D(0)] * 7
    assert rows[7].interest == D("37.49")
    assert parse_product(product_to_json(card)) == card
    with pytest.raises(InputError) as caught:
        parse_product({"kind": "card", "balance": "3000", "start": "2025-01-05",
                       "rate": {"annual": "0"}, "deferred_interest": True})
    assert caught.value.field == "deferred_interest"


# -- lpr_spread --------------------------------------------------------------------------

def lpr_loan(**fields):
    base = {"kind": "loan", "principal": "1000000", "start": "2024-06-01", "term": 360,
            "lpr_spread": {"spread": "-0.003", "tenor": "5y", "reset": "january"}}
    base.update(fields)
    return parse_product(base)


def test_an_lpr_rate_is_the_lpr_on_each_reset_date_plus_the_spread():
    # 5-year LPR: 3.95% from 2024-02-20, 3.60% from 2024-10-21, 3.50% from 2025-05-20.
    p = lpr_loan()
    assert p.rate.value == D("0.0365") and p.variable_rate
    s = build_schedule(p)
    assert s.rows[0].interest == D("3041.67")  # 1,000,000 x 3.65% / 12
    # reset on 2025-01-01 to 3.60% - 0.30%: from the period starting 2025-01-01
    assert s.rows[7].date == date(2025, 2, 1)
    assert s.rows[7].interest == (s.rows[6].balance * D("0.033") / 12).quantize(CENT)
    assert s.rows[7].payment == annuity(s.rows[6].balance, D("0.033") / 12, 353)
    anniversary = build_schedule(lpr_loan(lpr_spread={"spread": "-0.003",
                                                      "reset": "anniversary"}))
    # reset on 2025-06-01 (3.50% - 0.30%): the first six months of 2025 stay at 3.65%
    assert anniversary.rows[11].interest == (anniversary.rows[10].balance * D("0.0365")
                                             / 12).quantize(CENT)
    assert anniversary.rows[12].payment == annuity(anniversary.rows[11].balance,
                                                   D("0.032") / 12, 348)


def test_a_zero_spread_is_the_lpr_path():
    spread = lpr_loan(lpr_spread={"spread": "0", "tenor": "1y", "reset": "anniversary"})
    fixed = parse_product({"kind": "loan", "principal": "1000000", "start": "2024-06-01",
                           "term": 360, "rate": {"annual": "0.0345"},
                           "rate_changes": [
                               {"date": f"{y}-06-01",
                                "rate": {"annual": str(DEFAULT_TABLE.rate(
                                    Tenor.ONE_YEAR, date(y, 6, 1)))}}
                               for y in range(2025, 2055)]})
    assert build_schedule(spread).rows == build_schedule(fixed).rows


def test_fixings_the_user_adds_move_the_rate():
    newer = LprTable((LprFixing(date(2025, 11, 20), Tenor.FIVE_YEAR, D("0.0330")),))
    data = {"kind": "loan", "principal": "1000000", "start": "2024-06-01", "term": 360,
            "lpr_spread": {"spread": "-0.003"}}
    shipped = build_schedule(parse_product(data))
    moved = build_schedule(parse_product(data, newer))
    assert shipped.rows[:19] == moved.rows[:19]  # up to 2026-01-01 nothing differs
    assert moved.rows[19].interest == (moved.rows[18].balance * D("0.030") / 12).quantize(CENT)
    assert moved.rows[19].payment < shipped.rows[19].payment


def test_lpr_spread_refusals_name_the_field():
    for data, field in [
        ({"lpr_spread": {"spread": "-0.003"}, "rate": {"annual": "0.04"}}, "rate"),
        ({"lpr_spread": {"spread": "x"}}, "lpr_spread.spread"),
        ({"lpr_spread": {"spread": "0", "tenor": "10y"}}, "lpr_spread.tenor"),
        ({"lpr_spread": {"spread": "0", "reset": "monthly"}}, "lpr_spread.reset"),
        ({"lpr_spread": {"spread": "0"}, "currency": "USD"}, "lpr_spread"),
        ({"lpr_spread": {"spread": "0"}, "variable_rate": False}, "variable_rate"),
        ({"lpr_spread": {"spread": "0"},
          "rate_changes": [{"date": "2025-01-01", "rate": {"annual": "0.05"}}]},
         "rate_changes"),
    ]:
        base = {"kind": "loan", "principal": "100000", "start": "2024-06-01", "term": 120}
        base.update(data)
        if "rate" not in data:
            base.pop("rate", None)
        with pytest.raises(InputError) as caught:
            parse_product(base)
        assert caught.value.field == field, data


# -- deferred interest -------------------------------------------------------------------

PROMO = {"kind": "installment", "principal": "1200", "currency": "USD", "start": "2025-01-10",
         "term": 24, "method": "annuity", "rate": {"annual": "0"}, "deferred_interest": True,
         "rate_changes": [{"date": "2026-01-10", "rate": {"annual": "0.2499"}}]}


def test_deferred_interest_is_charged_when_the_promotion_is_not_cleared():
    # 0% for 12 months, 1,200 over 24 payments of 50: 600 is still owed on 2026-01-10. The
    # interest 24.99% would have charged: on 1,200, 1,150, ... 650 a month each, 11,100 x
    # 0.2499 / 12 = 231.16, charged with the first payment after the promotion, on top of that
    # month's own interest (600 x 0.2499 / 12 = 12.50) and the recomputed annuity.
    s = build_schedule(parse_product(PROMO))
    assert [r.payment for r in s.rows[:12]] == [D("50.00")] * 12
    first_after = s.rows[12]
    assert first_after.date == date(2026, 2, 10)
    assert first_after.interest == D("231.16") + D("12.50")
    assert first_after.principal == annuity(D(600), D("0.2499") / 12, 12) - D("12.50")
    assert sum(r.principal for r in s.rows) == D(1200) and s.rows[-1].balance == 0


def test_deferred_interest_is_not_charged_when_cleared_in_time():
    cleared = build_schedule(parse_product(dict(PROMO, term=12)))
    assert sum(r.interest for r in cleared.rows) == 0
    paid_off = track(parse_item({**PROMO, "id": "p", "name": "sofa", "payments": [
        {"date": "2025-12-20", "amount": "1200"}]}), date(2026, 3, 1))
    assert paid_off.settled and sum(r.interest for r in paid_off.schedule.rows) == 0
    # 600 paid ten days after the promotion: the twelve installments, late; 600 is owed, and
    # paying off now takes the deferred 231.16 too, with ten days at 24.99% (act/365: 4.11)
    late = track(parse_item({**PROMO, "id": "p", "name": "sofa", "payments": [
        {"date": "2026-01-20", "amount": "600"}]}), date(2026, 1, 20))
    assert late.remaining_principal == D(600)
    assert late.payoff == D(600) + D("231.16") + D("4.11")


def test_deferred_interest_needs_a_promotion():
    for change, field in [({"rate_changes": []}, "deferred_interest"),
                          ({"deferred_interest": "yes"}, "deferred_interest"),
                          ({"rate": {"annual": "0.3"}}, "deferred_interest")]:
        with pytest.raises(InputError) as caught:
            parse_product({**PROMO, **change})
        assert caught.value.field == field


# -- parts -------------------------------------------------------------------------------

COMBINED = {"kind": "loan", "start": "2025-01-15", "term": 360, "parts": [
    {"name": "公积金", "principal": "600000", "rate": {"annual": "0.026"}},
    {"name": "商贷", "principal": "400000",
     "lpr_spread": {"spread": "-0.003", "tenor": "5y", "reset": "january"}}]}


def test_a_combined_loan_is_the_sum_of_its_parts():
    p = parse_product(COMBINED)
    assert p.principal == D(1000000) and p.follows_lpr
    s = build_schedule(p)
    (n1, gjj), (n2, sd) = s.parts
    assert (n1, n2) == ("公积金", "商贷")
    # each part as a loan of its own gives the same schedule
    alone = build_schedule(parse_product({"kind": "loan", "principal": "600000",
                                          "start": "2025-01-15", "term": 360,
                                          "rate": {"annual": "0.026"}}))
    assert gjj.rows == alone.rows
    assert gjj.regular_payment == annuity(D(600000), D("0.026") / 12, 360) == D("2402.04")
    # 商贷 at 3.60% - 0.30% from the start (5-year LPR of 2024-10-21)
    assert sd.rows[0].interest == D("1100.00")
    for row, a, b in zip(s.rows, gjj.rows, sd.rows, strict=True):
        assert row.date == a.date == b.date
        assert row.payment == a.payment + b.payment
        assert row.principal == a.principal + b.principal
        assert row.balance == a.balance + b.balance
    assert sum(r.principal for r in s.rows) == p.principal and s.rows[-1].balance == 0
    assert s.regular_payment == gjj.regular_payment + sd.regular_payment
    assert parse_product(product_to_json(p)) == p


def test_a_combined_loans_annual_rate_is_that_of_the_summed_flows():
    f = analyse(parse_product(COMBINED))
    # between the two parts' rates (2.6% and 3.3%, then 3.2%), nearer the larger part's
    assert D("0.026") < D(repr(f.apr.rate)) < D("0.0295")
    assert f.total_interest == sum(sum(r.interest for r in s.rows)
                                   for _, s in f.schedule.parts)


COMBINED_EQUAL_PRINCIPAL = {
    "kind": "loan", "start": "2026-01-15", "term": 24, "method": "equal_principal",
    "parts": [{"name": "公积金", "principal": "60000", "rate": {"annual": "0.026"}},
              {"name": "商贷", "principal": "40000", "rate": {"annual": "0.035"}}]}


def test_an_equal_principal_parts_payment_is_its_first_payment():
    # Issue 12: each part's payment was its principal share (2,500.00 and 1,666.67). By hand:
    # 公积金 60,000 / 24 = 2,500.00 + 60,000 x 2.6% / 12 = 130.00 -> 2,630.00;
    # 商贷 40,000 / 24 = 1,666.67 + 40,000 x 3.5% / 12 = 116.67 -> 1,783.34;
    # the whole loan's first payment is their sum, 4,413.34
    f = analyse(parse_product(COMBINED_EQUAL_PRINCIPAL))
    assert f.part_payments == (("公积金", D("2630.00")), ("商贷", D("1783.34")))
    assert f.payment == D("4413.34") == sum(payment for _, payment in f.part_payments)
    for name, schedule in f.schedule.parts:
        assert dict(f.part_payments)[name] == schedule.rows[0].payment
    # an annuity's parts keep their level payment, and add up to the loan's too
    annuity_loan = analyse(parse_product(COMBINED))
    assert annuity_loan.part_payments[0] == ("公积金", D("2402.04"))
    assert annuity_loan.payment == sum(payment for _, payment in annuity_loan.part_payments)
    assert analyse(parse_product({"kind": "loan", "principal": "1000", "start": "2026-01-15",
                                  "term": 3, "rate": {"annual": "0.1"}})).part_payments == ()


def test_money_repaid_early_goes_to_the_dearer_part_first():
    item = parse_item({**COMBINED, "id": "home", "name": "home", "payments": [
        {"date": "2025-02-15", "amount": "4153.86"},
        {"date": "2025-03-01", "amount": "100000"}]})
    position = track(item, date(2025, 3, 1))
    extra = [r for r in position.schedule.rows if r.prepayment]
    # the money pays the next installment ahead first (tracking's order), the rest is extra
    # principal, all of it on 商贷 (3.30% against 2.60%)
    next_installment = [r for r in position.schedule.rows if not r.prepayment][1].payment
    assert len(extra) == 1 and extra[0].principal == D(100000) - next_installment
    gjj, sd = (s for _, s in position.schedule.parts)
    assert [r.principal for r in sd.rows if r.prepayment] == [extra[0].principal]
    assert not any(r.prepayment for r in gjj.rows)
    payoff = track(parse_item({**COMBINED, "id": "home", "name": "home", "payments": [
        {"date": "2025-03-01", "amount": str(track(item, date(2025, 3, 1)).payoff
                                              + D("104153.86"))}]}), date(2025, 3, 1))
    assert payoff.settled


def test_parts_refusals_name_the_field():
    for change, field in [
        ({"parts": [COMBINED["parts"][0]]}, "parts"),
        ({"rate": {"annual": "0.03"}}, "rate"),
        ({"principal": "999999"}, "principal"),
        ({"parts": [COMBINED["parts"][0], {"name": "公积金", "principal": "1",
                                            "rate": {"annual": "0.03"}}]}, "parts[1].name"),
        ({"parts": [COMBINED["parts"][0], {"name": "x", "principal": "1"}]}, "parts[1].rate"),
        ({"parts": [COMBINED["parts"][0], {"name": "x", "principal": "1",
                                            "rate": {"monthly": "0.003"}}]}, "parts[1].rate"),
        ({"method": "fee_installment"}, "rate"),
        ({"fees": [{"type": "financed", "amount": "100"}]}, "fees[0].type"),
    ]:
        with pytest.raises(InputError) as caught:
            parse_product({**COMBINED, **change})
        assert caught.value.field == field, change
    with pytest.raises(InputError) as caught:
        parse_product({**COMBINED, "kind": "credit_line"})
    assert caught.value.field == "parts"


# -- quarterly and yearly ----------------------------------------------------------------

def test_quarterly_and_yearly_schedules():
    q = build_schedule(loan(frequency="quarterly", term=8))
    assert [r.date for r in q.rows[:3]] == [date(2025, 4, 10), date(2025, 7, 10),
                                            date(2025, 10, 10)]
    assert q.regular_payment == annuity(D(12000), D("0.03"), 8) == D("1709.48")
    assert q.rows[0].interest == D("360.00")
    y = build_schedule(loan(frequency="yearly", term=3))
    # 12,000 at 12% a year over 3 years: 12,000 x 0.12 / (1 - 1.12^-3) = 4,996.19
    assert y.regular_payment == D("4996.19")
    assert [r.date.year for r in y.rows] == [2026, 2027, 2028]
    assert sum(r.principal for r in y.rows) == D(12000)


def test_a_yearly_first_period_with_odd_days():
    # first payment 2026-02-13: one whole year back to 2025-02-13, then 34 odd days from
    # 2025-01-10 at act/365: 12,000 x (0.12 + 0.12 x 34 / 365) = 1,440 + 134.14
    s = build_schedule(loan(frequency="yearly", term=3, first_payment="2026-02-13",
                            day_count="act/365", method="interest_only"))
    assert s.rows[0].interest == D("1574.14")


def test_a_schedule_may_not_run_past_a_hundred_years():
    with pytest.raises(InputError) as caught:
        loan(frequency="yearly", term=101)
    assert caught.value.field == "term"


# -- compounding -------------------------------------------------------------------------

def test_monthly_compounding_capitalises_interest_every_month():
    # 10,000 at 12% a year, interest added every month and paid at the end of 12 months:
    # 10,000 x 1.01^12 = 11,268.25 (simple interest: 11,200.00)
    simple = build_schedule(loan(principal="10000", method="bullet"))
    compound = build_schedule(loan(principal="10000", method="bullet", compounding="monthly"))
    assert simple.rows[0].payment == D("11200.00")
    assert compound.rows[0].payment == D("11268.25")
    # so its EU APRC is the effective rate of 1% a month, 1.01^12 - 1 = 12.6825%
    f = analyse(loan(principal="10000", method="bullet", compounding="monthly",
                     currency="EUR"))
    assert f.apr.rate == pytest.approx(0.126825, abs=5e-7)


def test_monthly_compounding_needs_a_bullet():
    with pytest.raises(InputError) as caught:
        loan(compounding="monthly")
    assert caught.value.field == "compounding"
    with pytest.raises(InputError) as caught:
        loan(compounding="daily")
    assert caught.value.field == "compounding"


# -- day-count bases ---------------------------------------------------------------------

@pytest.mark.parametrize(("currency", "basis", "expected"), [
    # 10,000 at 3.65%, first payment 2025-03-01: a whole month plus 22 days from 2025-01-10
    ("CNY", None, D("52.72")),           # 30.4167 + 10,000 x 0.0365 x 22 / 360 = 22.3056
    ("USD", None, D("52.42")),           # 30.4167 + 22 / 365: 22.0000
    ("EUR", None, D("52.36")),           # act/act: the year back from 2025-02-01 holds
                                         # 29 February 2024, 366 days: 21.9399
    ("CNY", "act/365", D("52.42")),
    ("USD", "act/360", D("52.72")),
])
def test_odd_days_follow_the_day_count_basis(currency, basis, expected):
    fields = {"principal": "10000", "first_payment": "2025-03-01", "term": 2,
              "rate": {"annual": "0.0365"}, "method": "interest_only", "currency": currency}
    if basis:
        fields["day_count"] = basis
    assert build_schedule(loan(**fields)).rows[0].interest == expected


def test_act_act_counts_the_days_of_the_year_back_from_where_the_odd_days_end():
    # Directive 2014/17/EU Annex I remark (c)(iii), as the Commission's 2015 APRC examples apply
    # it to interest (example 2, cases 1 and 2): odd days are a share of the complete year
    # counted back from where they end. 22 odd days from 2024-01-10 to 2024-02-01 (a first
    # payment on 2024-03-01 is one whole month after 2024-02-01): the year back from 2024-02-01
    # has no 29 February, 365 days, though 2024 is a leap year:
    # 10,000 x (0.0366 / 12 + 0.0366 x 22 / 365) = 30.50 + 22.06 = 52.56
    s = build_schedule(loan(principal="10000", start="2024-01-10", first_payment="2024-03-01",
                            rate={"annual": "0.0366"}, method="interest_only", term=2,
                            currency="EUR"))
    assert s.rows[0].interest == D("52.56")
    # 22 odd days from 2025-01-10 to 2025-02-01: the year back from 2025-02-01 holds
    # 29 February 2024, 366 days, though 2025 is not a leap year: 0.0366 x 22 / 366 = 0.0022
    # exactly; 10,000 x (0.0366 / 12 + 0.0022) = 30.50 + 22.00
    s = build_schedule(loan(principal="10000", start="2025-01-10", first_payment="2025-03-01",
                            rate={"annual": "0.0366"}, method="interest_only", term=2,
                            currency="EUR"))
    assert s.rows[0].interest == D("52.50")


def test_paying_off_between_due_dates_counts_days_on_the_basis():
    # A credit-line draw of 10,000 at 3.6% a year in 6 equal parts; after the first
    # (1,666.67) the 8,333.33 left is repaid on 2025-02-20, 10 days into the second period:
    # 8,333.33 x 0.036 x 10 / 360 = 8.33 for CNY; x 10 / 365 = 8.22 for USD
    data = {"kind": "credit_line", "principal": "10000", "start": "2025-01-10", "term": 6,
            "rate": {"annual": "0.036"}, "method": "equal_principal",
            "repayments": [{"date": "2025-02-20", "amount": "8333.33"}]}
    cny = build_schedule(parse_product(data))
    assert cny.rows[-1].prepayment and cny.rows[-1].balance == 0
    assert cny.rows[-1].interest == D("8.33")
    usd = build_schedule(parse_product({**data, "currency": "USD"}))
    assert usd.rows[-1].interest == D("8.22")


def test_a_bad_day_count_is_refused():
    with pytest.raises(InputError) as caught:
        loan(day_count="30/360")
    assert caught.value.field == "day_count"


# -- annual rates ------------------------------------------------------------------------

def test_eu_aprc_counts_a_yearly_schedule_in_whole_years_then_days():
    # Annex I remark (c) counts the schedule's own period: payments 1 year + 34 days, 2 years
    # + 34 days, ... after the drawdown are k + 34/365 years (the Commission's 2015 examples
    # count yearly instalments so), not 12k + 1 months and 3 days. Payments built as
    # 1,000 / 3 x 1.1^(k + 34/365) make the APRC exactly 10% on that count.
    from planner.core.apr import CashFlow, annual_percentage_rate

    start = date(2015, 1, 1)
    times = [k + D(34) / 365 for k in (1, 2, 3)]
    pays = [CashFlow(date(2015 + k, 2, 4), D(repr(1000 / 3 * 1.1 ** float(t))))
            for k, t in zip((1, 2, 3), times, strict=True)]
    result = annual_percentage_rate([CashFlow(start, D(1000))], pays, "eu-aprc", "year")
    assert result.rate == pytest.approx(0.10, abs=1e-12)
    by_months = annual_percentage_rate([CashFlow(start, D(1000))], pays, "eu-aprc", "month")
    assert abs(by_months.rate - 0.10) > 1e-5  # the month count is another figure


def test_a_yearly_eur_loan_is_measured_in_years():
    # drawn 2022-01-10, paid each 13 February from 2023: k + 34/365 years (the year counted
    # back from 2022-02-13 has 365 days)
    product = loan(currency="EUR", frequency="yearly", term=3, start="2022-01-10",
                   first_payment="2023-02-13")
    f = analyse(product)
    flows = [(r.payment, k + D(34) / 365) for k, r in enumerate(f.schedule.rows, start=1)]
    x = D(repr(f.apr.rate))
    npv = sum(float(amount) * (1 + float(x)) ** -float(t) for amount, t in flows) - 12000
    assert abs(npv) < 1e-6


@pytest.mark.parametrize(("start", "days"), [("2025-01-01", 31), ("2025-02-01", 28)])
def test_cn_irr_of_a_single_repayment_priced_by_the_day_counts_days(start, days):
    # 0.1% a day on 1,000 repaid with its interest after the term: the IRR over the term is
    # 0.1% x days, and there are 365 / days terms a year: 36.5%, whatever the month's length.
    f = analyse(parse_product({"kind": "credit_line", "principal": "1000", "start": start,
                               "term": 1, "method": "bullet", "rate": {"daily": "0.001"}}))
    assert f.schedule.rows[0].interest == D(days)
    assert f.apr.rate == pytest.approx(0.365, abs=1e-12)
    assert str(f.apr.unit_period) == f"{days}-day term"
