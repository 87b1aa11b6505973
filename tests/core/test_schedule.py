"""Schedules: golden payments from published examples and the invariants every schedule keeps."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.product import Repayment, parse_product
from planner.core.schedule import PenaltyRule, PrepaymentMode, build_schedule, payment_dates


def loan(**fields):
    base = {"kind": "loan", "principal": "10000", "start": "2025-01-10", "term": 12,
            "rate": {"annual": "0.12"}}
    base.update(fields)
    return parse_product(base)


def test_thirty_year_mortgage_payment():
    # FINANCE.md "Public examples": 200,000 at 6.5% nominal over 360 months pays 1,264.14
    # (also numpy-financial's pmt docstring scale: pmt(0.065/12, 360, 200000) = -1264.136).
    s = build_schedule(loan(principal="200000", term=360, rate={"annual": "0.065"}))
    assert s.regular_payment == Decimal("1264.14")
    assert all(r.payment == Decimal("1264.14") for r in s.rows[:-1])
    assert s.rows[-1].balance == 0


def test_monthly_fee_installment_golden():
    # FINANCE.md: 12 periods of 10,000 at a 0.6% monthly fee on the ORIGINAL principal pay
    # 893.33 (833.33 principal + 60 fee); fees 720.
    s = build_schedule(parse_product({"kind": "installment", "principal": "10000",
                                      "start": "2025-03-05", "term": 12,
                                      "rate": {"monthly_fee": "0.006"}}))
    assert s.regular_payment == Decimal("893.33")
    assert [r.fee for r in s.rows] == [Decimal("60.00")] * 12
    assert s.rows[-1].principal == Decimal("833.37")  # the last absorbs the residue
    assert sum(r.fee for r in s.rows) == Decimal("720.00")


def test_equal_principal_falls_by_interest_on_one_part():
    # 等额本金 12,000 at 1%/month: principal 1,000 each, interest 1% of what is left.
    s = build_schedule(loan(principal="12000", rate={"monthly": "0.01"},
                            method="equal_principal"))
    assert [r.payment for r in s.rows[:3]] == [Decimal("1120.00"), Decimal("1110.00"),
                                               Decimal("1100.00")]
    assert s.rows[-1].payment == Decimal("1010.00")


def test_interest_only_then_balloon():
    s = build_schedule(loan(rate={"monthly": "0.01"}, method="interest_only"))
    assert [r.payment for r in s.rows[:-1]] == [Decimal("100.00")] * 11
    assert s.rows[-1].payment == Decimal("10100.00")


def test_bullet_is_one_payment_of_simple_interest():
    s = build_schedule(loan(rate={"annual": "0.10"}, method="bullet"))
    assert len(s.rows) == 1
    assert s.rows[0].date == date(2026, 1, 10)
    assert s.rows[0].payment == Decimal("11000.00")


def test_daily_rate_accrues_actual_days():
    # 日利率 0.02% on 10,000: January 10 to February 10 is 31 days -> 62.00 of interest.
    s = build_schedule(loan(rate={"daily": "0.0002"}, method="interest_only", term=2))
    assert s.rows[0].interest == Decimal("62.00")
    assert s.rows[1].interest == Decimal("56.00")  # Feb 10 to Mar 10: 28 days


def test_odd_first_period_accrues_its_real_length():
    s = build_schedule(loan(first_payment="2025-03-01", rate={"annual": "0.0365"},
                            method="interest_only", term=2, day_count="act/365"))
    # One whole month counted back from Mar 1 (to Feb 1) plus 22 odd days from Jan 10:
    # 10,000 x (0.0365/12 + 0.0365 x 22 / 365) = 30.42 + 22.00
    assert s.rows[0].interest == Decimal("52.42")


def test_odd_days_of_a_renminbi_loan_count_a_360_day_year():
    # The PBoC's daily rate is the annual rate / 360 (FINANCE.md, "Day-count bases"), the
    # default for CNY: 10,000 x (0.0365/12 + 0.0365 x 22 / 360) = 30.4167 + 22.3056 = 52.72.
    s = build_schedule(loan(first_payment="2025-03-01", rate={"annual": "0.0365"},
                            method="interest_only", term=2))
    assert s.rows[0].interest == Decimal("52.72")


def test_month_end_dates_anchor_on_the_original_day():
    plan = parse_product({"kind": "installment", "principal": "400", "start": "2024-01-31",
                          "term": 4})
    assert payment_dates(plan) == [date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30),
                                   date(2024, 5, 31)]


def test_pay_in_four_first_at_purchase_every_two_weeks():
    plan = parse_product({"kind": "installment", "principal": "400", "start": "2025-06-01",
                          "first_payment": "2025-06-01", "term": 4, "frequency": "biweekly"})
    s = build_schedule(plan)
    assert [r.date for r in s.rows] == [date(2025, 6, 1), date(2025, 6, 15), date(2025, 6, 29),
                                        date(2025, 7, 13)]
    assert [r.payment for r in s.rows] == [Decimal("100.00")] * 4


def test_fees_upfront_financed_and_per_payment():
    s = build_schedule(loan(fees=[{"type": "upfront", "amount": "50"},
                                  {"type": "financed", "amount": "200"},
                                  {"type": "per_payment", "amount": "5"}]))
    assert s.upfront_fees == Decimal("50") and s.financed_fees == Decimal("200")
    assert sum(r.principal for r in s.rows) == Decimal("10200.00")
    assert all(r.fee == Decimal("5") for r in s.rows)


def test_prepayment_shortens_or_lowers():
    base = loan(principal="12000")
    extra = [Repayment(date(2025, 4, 10), Decimal("6000"))]
    shorter = build_schedule(base, extra=extra, mode=PrepaymentMode.SHORTEN_TERM)
    lower = build_schedule(base, extra=extra, mode=PrepaymentMode.LOWER_PAYMENT)
    regular = build_schedule(base).regular_payment
    assert len([r for r in shorter.rows if not r.prepayment]) < 12
    assert shorter.rows[4].payment == regular
    assert lower.rows[-1].date == date(2026, 1, 10)
    assert lower.rows[5].payment < regular


def test_prepayment_inside_a_period_splits_its_interest():
    s = build_schedule(loan(rate={"daily": "0.0005"}, method="interest_only", term=3),
                       extra=[Repayment(date(2025, 2, 20), Decimal("4000"))])
    # Feb 10..Feb 20 on 10,000 (10 days) + Feb 20..Mar 10 on 6,000 (18 days), at 0.05%/day
    assert s.rows[2].interest == Decimal("50.00") + Decimal("54.00")


def test_penalty_percent_of_the_amount_prepaid():
    s = build_schedule(loan(), extra=[Repayment(date(2025, 4, 10), Decimal("5000"))],
                       penalty=PenaltyRule(percent=Decimal("0.02")))
    early = next(r for r in s.rows if r.prepayment)
    assert early.fee == Decimal("100.00")


def test_paying_everything_early_settles_accrued_interest():
    s = build_schedule(loan(rate={"daily": "0.0005"}, method="interest_only"),
                       extra=[Repayment(date(2025, 2, 20), Decimal("10000"))])
    assert s.rows[-1].prepayment and s.rows[-1].balance == 0
    assert s.rows[-1].interest == Decimal("50.00")


methods = st.sampled_from(["annuity", "equal_principal", "interest_only", "bullet"])
quotes = st.sampled_from(["annual", "monthly", "daily"])


@settings(max_examples=200, deadline=None)
@given(principal=st.integers(100, 5_000_000), cents=st.integers(0, 99),
       term=st.integers(1, 120), method=methods, quote=quotes,
       rate=st.decimals(min_value=0, max_value=Decimal("0.36"), places=4),
       day=st.integers(1, 28), month=st.integers(1, 12),
       frequency=st.sampled_from(["monthly", "semimonthly", "biweekly", "weekly"]))
def test_principal_repaid_exactly_and_balance_closes(principal, cents, term, method, quote,
                                                     rate, day, month, frequency):
    value = {"annual": rate, "monthly": rate / 12, "daily": rate / 365}[quote]
    product = parse_product({"kind": "loan", "principal": f"{principal}.{cents:02d}",
                             "start": f"2024-{month:02d}-{day:02d}", "term": term,
                             "method": method, "frequency": frequency,
                             "rate": {quote: str(value)}})
    s = build_schedule(product)
    assert sum(r.principal for r in s.rows) == product.principal
    assert s.rows[-1].balance == 0
    assert all(r.balance >= 0 and r.interest >= 0 for r in s.rows)
    assert all(a.date <= b.date for a, b in zip(s.rows, s.rows[1:], strict=False))
    assert all(r.payment == r.principal + r.interest + r.fee for r in s.rows)


@pytest.mark.parametrize("start,expected", [("2024-01-31", date(2024, 2, 29)),
                                            ("2023-01-31", date(2023, 2, 28))])
def test_leap_february(start, expected):
    assert payment_dates(loan(start=start))[0] == expected


@settings(max_examples=500, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       months=st.integers(-1200, 1200))
def test_add_months_is_relativedelta(day, months):
    from dateutil.relativedelta import relativedelta

    from planner.core.dates import add_months

    assert add_months(day, months) == day + relativedelta(months=months)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       step=st.sampled_from([1, 3, 12]), first=st.integers(0, 1),
       count=st.integers(0, 60))
def test_months_apart_is_add_months_of_each(day, step, first, count):
    """The one-pass due dates of a monthly, quarterly or yearly schedule are add_months'."""
    from planner.core.dates import add_months, months_apart

    assert months_apart(day, step, first, count) == [
        add_months(day, k * step) for k in range(first, first + count)]
