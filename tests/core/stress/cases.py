"""Small constructed households for the stress tests: every figure is chosen so the arithmetic
can be checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from planner.core.portfolio import Portfolio, parse_portfolio
from planner.core.stress import StressReport, stress_report

TODAY = date(2025, 6, 1)
D = Decimal


def household(items: list[dict], income: str = "10000", essentials: str = "0",
              buffer: str = "1000000", thresholds: dict | None = None,
              currency: str = "CNY") -> Portfolio:
    profile = {"currency": currency, "monthly_income": income, "essential_expenses": essentials,
               "cash_buffer": buffer}
    if thresholds is not None:
        profile["thresholds"] = thresholds
    return parse_portfolio({"format": "planner-portfolio", "version": 1, "profile": profile,
                            "items": items})


def one_payment(item_id: str, amount: str, due: str, **extra) -> dict:
    """An interest-free plan paid in one installment on ``due`` (started a month before)."""
    start = date.fromisoformat(due) - relativedelta(months=1)
    return {"id": item_id, "name": item_id, "kind": "installment", "principal": amount,
            "start": start.isoformat(), "first_payment": due, "term": 1, **extra}


def plan(item_id: str, principal: str, start: str, term: int, **extra) -> dict:
    return {"id": item_id, "name": item_id, "kind": "installment", "principal": principal,
            "start": start, "term": term, **extra}


def card(item_id: str, balance: str, rate: dict, start: str = "2025-06-01", **extra) -> dict:
    return {"id": item_id, "name": item_id, "kind": "card", "balance": balance,
            "start": start, "rate": rate, **extra}


def report(portfolio: Portfolio, today: date = TODAY) -> StressReport:
    return stress_report(portfolio, today)


def codes(r: StressReport, code: str) -> list:
    return [w for w in r.warnings if w.code == code]
