"""Speed of the dated-flow rate solver against numpy_financial.irr on a 360-payment mortgage.

Runs once as a plain test; measure with
``uv run pytest tests/core/test_apr_benchmark.py --benchmark-enable``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
from dateutil.relativedelta import relativedelta

from planner.core.apr import CashFlow, annual_percentage_rate

START = date(2024, 1, 15)
ADVANCES = [CashFlow(START, Decimal(200000))]
PAYMENTS = [CashFlow(START + relativedelta(months=k), Decimal("1264.14")) for k in range(1, 361)]
VALUES = [-200000.0] + [1264.14] * 360  # the same 361 flows, one per month


@pytest.mark.parametrize("convention", ["cn-irr", "us-reg-z", "eu-aprc"])
def test_benchmark_annual_percentage_rate(benchmark, convention):
    result = benchmark(annual_percentage_rate, ADVANCES, PAYMENTS, convention)
    assert 0.064 < result.rate < 0.068


def test_benchmark_numpy_financial_irr(benchmark):
    rate = benchmark(npf.irr, VALUES)
    assert rate == pytest.approx(0.065 / 12, abs=1e-6)


def test_dated_solver_equals_npf_irr():
    ours = annual_percentage_rate(ADVANCES, PAYMENTS, "cn-irr").periodic_rate
    assert abs(ours - float(npf.irr(VALUES))) < 1e-9
