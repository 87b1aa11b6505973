"""The European Commission's worked APRC examples, reproduced (FINANCE.md, "Public examples").

Source: European Commission, DG FISMA, *Examples for the calculation of the annual percentage
rate of charge for credit agreements for consumers relating to residential immovable
property*, January 2015, prepared by G. M. Soto (Markt/2014/107/H3/TA/LV), section 2.1 "Set of
examples" (the equations and X) and section 2.2 "Credit information and amortisation tables"
(each example's first rows). Every published figure below is quoted from it with its example
number; the APRC X is published to six decimals of a percent, so it is held to half the last
digit (5e-7 points), the money to the cent.

The examples use nominal annual rates charged periodically (6% is 0.5% a month, section 2.1)
and an odd first period's days as a share of the year counted back from where they end, the
rule Planner's act/act basis (the euro's default) follows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from planner.core.apr import CashFlow, annual_percentage_rate
from planner.core.convention import Convention
from planner.core.dates import add_months
from planner.core.figures import analyse
from planner.core.product import parse_product

HALF_DIGIT = 5e-7  # percentage points: half the sixth decimal X is published to
POINT = 0.01       # the engine's own schedule against the published X: to 0.01 point


def mortgage(**fields: object):
    """The examples' mortgage: 200,000 at 6% nominal, 240 monthly payments, 2% (4,000) paid at
    the conclusion of the agreement."""
    data = {"kind": "loan", "principal": "200000", "rate": {"annual": "0.06"}, "term": 240,
            "currency": "EUR", "fees": [{"type": "upfront", "amount": "4000"}], **fields}
    return parse_product(data)


def published_aprc(start: date, first: date, count: int, amount: str, months: int) -> float:
    """The APRC of the example's own equation: 200,000 lent, 4,000 paid at signing, ``count``
    payments of ``amount`` every ``months`` months from ``first``."""
    payments = [CashFlow(start, D(4000))] + [CashFlow(add_months(first, k * months), D(amount))
                                             for k in range(count)]
    return annual_percentage_rate([CashFlow(start, D(200000))], payments,
                                  Convention.EU_APRC).rate * 100


def test_example_1_monthly_payments_in_whole_months():
    # Example 1: "The monthly instalment which provides full repayment of the credit is
    # €1432.86", "giving X = 6.434412%".
    f = analyse(mortgage(start="2012-01-12"))
    assert f.payment == D("1432.86")
    assert f.apr.convention is Convention.EU_APRC
    # the equation pays 1,432.86 240 times; the engine's last payment takes the rounding
    # residue (1,433.76), a few millionths of a point
    assert published_aprc(date(2012, 1, 12), date(2012, 2, 12), 240, "1432.86", 1) \
        == pytest.approx(6.434412, abs=HALF_DIGIT)
    assert f.apr.rate * 100 == pytest.approx(6.434412, abs=POINT)


@pytest.mark.parametrize(("start", "first", "payment", "interest", "balance", "x"), [
    # Case 1: signed 12 January 2012, paid on the 15th from February 2012: 1/12 + 3/365 (the
    # year back from 15 January 2012 has 365 days); section 2.2, example 2 case 1, period 1:
    # interest 1098.63, capital 334.94, final balance 199665.06; X = 6.434185%.
    ("2012-01-12", "2012-02-15", "1433.57", "1098.63", "199665.06", 6.434185),
    # Case 2: a year later, 1/12 + 3/366 (the year back from 15 January 2013 holds 29 February
    # 2012): "The monthly instalment becomes 1 cent lower, and amounts to €1433.56"; period 1:
    # interest 1098.36, capital 335.20, final balance 199664.80; X = 6.434111%.
    ("2013-01-12", "2013-02-15", "1433.56", "1098.36", "199664.80", 6.434111),
])
def test_example_2_an_odd_first_period_counts_its_days_over_the_year_back(
        start, first, payment, interest, balance, x):
    f = analyse(mortgage(start=start, first_payment=first))
    row = f.schedule.rows[0]
    assert (f.payment, row.interest, row.balance) == (D(payment), D(interest), D(balance))
    assert row.principal == D(payment) - D(interest)
    assert published_aprc(date.fromisoformat(start), date.fromisoformat(first), 240, payment,
                          1) == pytest.approx(x, abs=HALF_DIGIT)
    # The Commission's table carries the unrounded instalment from period 2 on, the engine the
    # rounded one it charges ("Money and rounding"), so later rows may differ by a cent and the
    # X of the engine's own flows by a few millionths of a point.
    assert f.apr.rate * 100 == pytest.approx(x, abs=POINT)


def test_example_2_case_3_yearly_payments_count_whole_years_then_days():
    # Case 3: signed 12 January 2012, paid each 15 February from 2012 to 2031: 34/365 + k
    # years. "The annual instalment which provides full repayment of the credit is
    # €16541.86", "giving X = 6.282070%"; section 2.2, period 1: interest 1117.81
    # (200,000 x 6% x 34/365), capital 15424.05, final balance 184575.95.
    f = analyse(mortgage(start="2012-01-12", first_payment="2012-02-15", term=20,
                         frequency="yearly"))
    row = f.schedule.rows[0]
    assert (f.payment, row.interest, row.principal, row.balance) == (
        D("16541.86"), D("1117.81"), D("15424.05"), D("184575.95"))
    assert published_aprc(date(2012, 1, 12), date(2012, 2, 15), 20, "16541.86", 12) \
        == pytest.approx(6.282070, abs=HALF_DIGIT)
    assert str(f.apr.unit_period) == "year"
    assert f.apr.rate * 100 == pytest.approx(6.282070, abs=POINT)


def test_example_3_insurance_spread_over_the_payments():
    # Example 3: example 1 plus home insurance of 200 a year spread over the monthly
    # repayments: "A = 1432.86 + 200/12 = 1432.86 + 16.67 = €1449.53", "giving
    # X = 6.588554%". The insurance is a fee added to every payment.
    f = analyse(mortgage(start="2012-01-12",
                         fees=[{"type": "upfront", "amount": "4000"},
                               {"type": "per_payment", "amount": "16.67"}]))
    assert f.payment == D("1449.53")
    assert published_aprc(date(2012, 1, 12), date(2012, 2, 12), 240, "1449.53", 1) \
        == pytest.approx(6.588554, abs=HALF_DIGIT)
    assert f.apr.rate * 100 == pytest.approx(6.588554, abs=POINT)


@pytest.mark.parametrize("start", ["2025-01-12", "2024-01-31", "2023-12-29"])
def test_example_40_a_bridging_loan_compounded_monthly(start):
    # Example 40: a bridging loan of 200,000 for 6 months at 7.5% nominal, interest debited
    # monthly but paid with the capital at the end, 2% (4,000) at the conclusion:
    # "200000 x (1 + 7.5%/12)^6 = €207618.17", "giving X = 12.206644%". The example names no
    # dates; six whole months are 6/12 of a year from any start.
    f = analyse(parse_product({
        "kind": "loan", "principal": "200000", "start": start, "term": 6, "method": "bullet",
        "compounding": "monthly", "rate": {"annual": "0.075"}, "currency": "EUR",
        "fees": [{"type": "upfront", "amount": "4000"}]}))
    (row,) = f.schedule.rows
    assert row.date == add_months(date.fromisoformat(start), 6)
    assert row.payment == D("207618.17")
    assert f.apr.rate * 100 == pytest.approx(12.206644, abs=HALF_DIGIT)
