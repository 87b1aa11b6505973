"""Benchmark (issue 5): projection plus every warning (and the score) for 1,000 items in under
0.5 s, measured cold: the per-item caches are cleared before every round.

Run with ``uv run pytest tests/core/stress/test_stress_benchmark.py --benchmark-enable``; in
normal runs it executes once, as a correctness check of the mix.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from decimal import Decimal

from planner.core.obligations import clear_cache
from planner.core.portfolio import Household, Payment, Portfolio, parse_item
from planner.core.stress import stress_report
from planner.core.stress.credit_rules import clear_cache as clear_apr_cache

TODAY = date(2025, 7, 1)


def mixed_portfolio(count: int = 1000, seed: int = 7) -> Portfolio:
    """The engine benchmark's household-scale mix (tests/core/test_engine_benchmark.py) as
    portfolio items started in 2025 (some after today), every fifth with a recorded payment: 40%
    installment plans, 20% credit-line draws, 20% cards (minimum, fixed or 12-month plans),
    20% loans of 12 to 360 months with an upfront fee."""
    rng = random.Random(seed)
    items = []
    for i in range(count):
        start = date(2025, rng.randint(1, 12), rng.randint(1, 28))
        roll = i % 10
        if roll < 4:
            data = {"kind": "installment", "principal": str(rng.randint(300, 20000)),
                    "term": rng.choice([3, 6, 12, 24]),
                    "rate": {"monthly_fee": rng.choice(["0.005", "0.006", "0.0075"])}}
        elif roll < 6:
            data = {"kind": "credit_line", "principal": str(rng.randint(1000, 50000)),
                    "term": rng.choice([3, 6, 12]),
                    "method": rng.choice(["annuity", "equal_principal"]),
                    "rate": {"daily": rng.choice(["0.0002", "0.0003", "0.0005"])}}
        elif roll < 8:
            data = {"kind": "card", "balance": str(rng.randint(500, 30000)),
                    "rate": {"daily": "0.0005"}, "strategy": rng.choice(
                        ["minimum", {"fixed": "2000"}, {"months": 12}])}
        else:
            data = {"kind": "loan", "principal": str(rng.randint(10000, 500000)),
                    "term": rng.choice([12, 36, 60, 120, 360]),
                    "method": rng.choice(["annuity", "equal_principal"]),
                    "rate": {"annual": rng.choice(["0.039", "0.049", "0.065"])},
                    "fees": [{"type": "upfront", "amount": "200"}]}
        payments = ([{"date": (start.replace(day=28)).isoformat(), "amount": "500"}]
                    if i % 5 == 0 and start.replace(day=28) <= TODAY else [])
        items.append(parse_item({**data, "id": f"i{i}", "name": f"item {i}",
                                 "start": start.isoformat(), "payments": payments}))
    household = Household("CNY", Decimal(400000), Decimal(150000), Decimal(200000))
    return Portfolio(household, tuple(items))


def cold_report(portfolio: Portfolio):
    clear_cache()
    clear_apr_cache()
    return stress_report(portfolio, TODAY)


def test_thousand_items_projection_and_warnings(benchmark):
    portfolio = mixed_portfolio()
    report = benchmark.pedantic(cold_report, args=(portfolio,), rounds=10, iterations=1)
    assert len(report.projection.items) == 1000
    assert report.warnings  # this many plans at once stack, at least


def test_thousand_items_again_after_one_change(benchmark):
    """The app's case: the profile re-assessed after one payment was recorded -- the other
    999 items' projections and rates come from the per-item caches."""
    portfolio = mixed_portfolio()
    stress_report(portfolio, TODAY)
    first = portfolio.items[0]
    amounts = iter(range(1, 1_000_000))

    def one_payment_recorded():
        paid = Payment(first.product.start, Decimal(next(amounts)))
        items = (dataclasses.replace(first, payments=(paid,)), *portfolio.items[1:])
        return stress_report(Portfolio(portfolio.household, items), TODAY)

    report = benchmark(one_payment_recorded)
    assert len(report.projection.items) == 1000
