"""The numpy-financial wrapper: its documented examples, and each 1.0.0 defect it guards."""

from __future__ import annotations

import math
import warnings
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.money import round_money
from planner.core.tvm import (
    level_payment,
    net_present_value,
    payment_split,
    periodic_rate_for,
    periods_to_repay,
)

D = Decimal


def annuity_value(rate: float, periods: int, payment: float) -> float:
    return payment * periods if rate == 0 else payment * (1 - (1 + rate) ** -periods) / rate


# -- published examples -----------------------------------------------------------------------

def test_mortgage_payment_is_1264_14():
    # FINANCE.md "Public examples": 200,000 at 6.5% nominal over 360 months pays 1,264.14.
    assert round_money(level_payment(D("0.065") / 12, 360, D(200000)), "CNY") == D("1264.14")


def test_pmt_docstring_example():
    # numpy-financial 1.0.0 pmt docstring: 200,000 over 15 years at 7.5% a year,
    # npf.pmt(0.075/12, 12*15, 200000) == -1854.0247200054619 (money paid out is negative).
    assert level_payment(D("0.075") / 12, 180, D(200000)) == pytest.approx(
        D("1854.0247200054619"), abs=D("1e-9"))


def test_nper_docstring_example():
    # numpy-financial 1.0.0 nper docstring: 150 a month on 8,000 at 7% takes 64.07335 months.
    assert round(periods_to_repay(D("0.07") / 12, D(150), D(8000)), 5) == D("64.07335")


def test_rate_inverts_the_pmt_docstring_example():
    # numpy-financial 1.0.0's rate docstring has no example; this inverts the pmt one above.
    assert periodic_rate_for(180, D("1854.0247200054619"), D(200000)) == pytest.approx(
        0.075 / 12, abs=1e-12)


def test_npv_docstring_example():
    # numpy-financial 1.0.0 npv docstring: 40,000 invested, then 5,000, 8,000, 12,000 and
    # 30,000 at 8%: npf.npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000]) -> 3065.22267.
    npv = net_present_value(0.08, [D(-40_000), D(5_000), D(8_000), D(12_000), D(30_000)])
    assert npv.quantize(D("0.00001")) == D("3065.22267")


def test_zero_rate_payment_is_principal_over_periods():
    assert level_payment(D(0), 12, D(1000)) == D(1000) / 12


def test_small_rate_payment_keeps_its_digits():
    # npf.pmt computes (1 + r)^n - 1, which cancels at small rates: at 1e-7 on 100 over one
    # period it charges 0.00000994 of interest instead of 0.00001.
    assert -npf.pmt(1e-7, 1, 100) - 100 == pytest.approx(0.00000994, abs=2e-9)
    assert level_payment(D("1e-7"), 1, D(100)) == D("100.00001")


def test_payment_split_adds_up_to_the_level_payment():
    rate, principal = D("0.065") / 12, D(200000)
    payment = level_payment(rate, 360, principal)
    interest, repaid = payment_split(rate, 1, 360, principal)
    assert interest == pytest.approx(principal * rate, abs=D("1e-20"))
    assert interest + repaid == pytest.approx(payment, abs=D("1e-9"))
    total = sum(payment_split(rate, k, 360, principal)[1] for k in range(1, 361))
    assert total == pytest.approx(principal, abs=D("1e-20"))


# -- numpy-financial 1.0.0 defects (FINANCE.md), each shown to exist and then guarded -------

def test_nper_zero_rate_defect_is_guarded():
    # DEFECT in numpy-financial 1.0.0: nper(0, -10, 100) returns -10; it takes 10 payments.
    assert npf.nper(0, -10, 100) == -10
    assert periods_to_repay(D(0), D(10), D(100)) == 10


@pytest.mark.parametrize(("periods", "payment"), [(12, 500), (24, 200), (60, 1000)])
def test_rate_below_minus_100_percent_defect_is_guarded(periods, payment):
    # DEFECT in numpy-financial 1.0.0 (issue #126): rate's Newton iteration from 10% runs
    # below -100% on high-cost loans, e.g. 12 payments of 500 on 1,000.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert npf.rate(periods, -payment, 1000, 0) < -1
    rate = periodic_rate_for(periods, D(payment), D(1000))
    assert rate > 0
    assert annuity_value(rate, periods, payment) == pytest.approx(1000, rel=1e-12)


def test_rate_nan_defect_is_guarded():
    # DEFECT in numpy-financial 1.0.0: rate returns nan when its iteration does not settle,
    # e.g. 360 payments of 200 on 1,000 (20% a period, an almost perpetual annuity).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert math.isnan(npf.rate(360, -200, 1000, 0))
    assert periodic_rate_for(360, D(200), D(1000)) == pytest.approx(0.2, abs=1e-12)


def test_ppmt_precision_defect_is_guarded():
    # DEFECT in numpy-financial 1.0.0 (issue #35): ppmt / ipmt go through fv and lose all
    # precision late in long schedules. 100 at 10% over 400 periods: the last payment repays
    # 9.0909... of principal, but npf says +41.2 principal and -51.2 interest.
    assert npf.ppmt(0.1, 400, 400, 100) == pytest.approx(41.2, abs=0.5)
    interest, repaid = payment_split(D("0.1"), 400, 400, D(100))
    assert repaid == pytest.approx(D(100) / D(11), rel=D("1e-20"))
    assert interest + repaid == pytest.approx(level_payment(D("0.1"), 400, D(100)),
                                              rel=D("1e-12"))


# -- properties and bad input -------------------------------------------------------------------

@settings(max_examples=80, deadline=None)
@given(st.floats(min_value=-0.05, max_value=1.5), st.integers(min_value=1, max_value=480),
       st.integers(min_value=100, max_value=1_000_000))
def test_payment_and_rate_round_trip(rate, periods, principal):
    payment = level_payment(D(repr(rate)), periods, D(principal))
    assert payment > 0
    assert periodic_rate_for(periods, payment, D(principal)) == pytest.approx(
        rate, rel=1e-8, abs=1e-10)


@settings(max_examples=80, deadline=None)
@given(st.floats(min_value=0.0001, max_value=0.02), st.integers(min_value=1, max_value=480),
       st.integers(min_value=100, max_value=1_000_000))
def test_periods_round_trip(rate, periods, principal):
    # Rates up to 2% a period: past that, 480 periods leave (1 + r)^-n so small that n is
    # ill-conditioned in the payment (a float's last digit moves it by 1e-4 periods).
    payment = level_payment(D(repr(rate)), periods, D(principal))
    assert float(periods_to_repay(D(repr(rate)), payment, D(principal))) == pytest.approx(
        periods, rel=1e-6)


def test_a_payment_at_or_below_the_interest_never_repays():
    assert periods_to_repay(D("0.01"), D(10), D(1000)) is None
    assert periods_to_repay(D("0.01"), D(5), D(1000)) is None


def test_results_never_carry_numpy_scalars():
    assert type(periodic_rate_for(12, D(100), D(1000))) is float
    assert type(net_present_value(0.1, [D(1), D(2)])) is Decimal
    assert type(periods_to_repay(D("0.01"), D(100), D(1000))) is Decimal


@pytest.mark.parametrize(("call", "field"), [
    (lambda: level_payment(D(-1), 12, D(100)), "rate"),
    (lambda: level_payment(D("0.01"), 0, D(100)), "periods"),
    (lambda: level_payment(D("0.01"), 12, D(0)), "principal"),
    (lambda: periods_to_repay(D("0.01"), D(0), D(100)), "payment"),
    (lambda: periodic_rate_for(12, D(-1), D(100)), "payment"),
    (lambda: net_present_value(0.1, []), "flows"),
    (lambda: payment_split(D("0.01"), 13, 12, D(100)), "period"),
])
def test_bad_input_names_the_field(call, field):
    with pytest.raises(InputError) as error:
        call()
    assert error.value.field == field


@settings(max_examples=300, deadline=None)
@given(rate=st.decimals(min_value=0, max_value=Decimal("0.05"), places=6),
       periods=st.integers(1, 480), principal=st.integers(1, 10_000_000))
def test_the_schedules_general_annuity_is_the_textbook_one_when_periods_are_regular(
        rate, periods, principal):
    # planner.core.schedule solves B prod(1 + f) = A sum prod(1 + f) for any period factors; with
    # every factor equal it must be the textbook P r / (1 - (1 + r)^-n) the explanations show.
    from planner.core.schedule import annuity_payment

    general = annuity_payment(Decimal(principal), [rate] * periods)
    textbook = level_payment(rate, periods, Decimal(principal))
    assert abs(general - textbook) <= Decimal("1e-12") * max(textbook, Decimal(1))
