"""A household that fires every stress warning: the balloon, stacking and minimum-payment
teaching scenarios put together, on a modest income, with one item in another currency."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from planner.core.portfolio import Portfolio, parse_portfolio

AS_OF = date(2026, 11, 28)  # the date the scenarios are written for
SCENARIOS = Path(__file__).resolve().parents[2] / "resources" / "scenarios"


def strained_portfolio() -> Portfolio:
    items = []
    for name in ("balloon-payment", "bnpl-stacking", "minimum-payment-trap"):
        for item in json.loads((SCENARIOS / f"{name}.json").read_text("utf-8"))["items"]:
            items.append({**item, "id": f"{name}-{item['id']}"})
    items.append({"id": "usd", "name": "US plan", "kind": "installment", "principal": "1000",
                  "start": "2026-10-01", "term": 6, "currency": "USD"})
    return parse_portfolio({"format": "planner-portfolio", "version": 1,
                            "profile": {"monthly_income": "9000", "essential_expenses": "5000",
                                        "cash_buffer": "20000"},
                            "items": items})
