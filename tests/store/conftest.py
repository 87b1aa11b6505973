"""Store fixtures: a fresh profile directory and key per test, and a portfolio that uses every
kind of product and every optional field, so a round trip has something to lose."""

from __future__ import annotations

import copy
import secrets
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from planner.store.profile import Profile

TODAY = date(2025, 6, 1)

SAMPLE = {
    "format": "planner-portfolio", "version": 1,
    "profile": {"currency": "CNY", "monthly_income": "18000", "essential_expenses": "7250.50",
                "cash_buffer": "20000", "name": "Li household",
                "thresholds": {"dti_caution": Decimal("0.36"), "stacking_plans": 24},
                "language": "zh_CN"},
    "items": [
        {"id": "car", "name": "车贷 Car loan", "lender": "招商银行", "notes": "fixed rate",
         "kind": "loan", "principal": "100000", "start": "2025-01-15", "term": 36,
         "rate": {"annual": "0.045"}, "method": "equal_principal",
         "first_payment": "2025-03-01",
         "fees": [{"type": "upfront", "amount": "500"}, {"type": "financed", "amount": "1200"},
                  {"type": "per_payment", "amount": "5.5"}],
         "repayments": [{"date": "2026-01-10", "amount": "10000"}],
         "payments": [{"date": "2025-03-01", "amount": "3300.12"},
                      {"date": "2025-04-01", "amount": "100"},
                      {"date": "2025-04-01", "amount": "3200"}]},
        {"id": "baitiao", "name": "白条 12期", "lender": "京东", "kind": "installment",
         "principal": "6000", "start": "2025-01-10", "term": 12,
         "rate": {"monthly_fee": "0.006"}, "status": "disputed",
         "late_fee": {"daily": Decimal("0.0005"), "min": 1, "note": "per the contract"}},
        {"id": "phone", "name": "Phone pay-in-4", "kind": "installment", "principal": "799.96",
         "start": "2025-05-01", "term": 4, "frequency": "biweekly",
         "fees": [{"type": "upfront", "amount": "9.99"}], "currency": "USD",
         "convention": "us-reg-z", "status": "paid_off"},
        {"id": "visa", "name": "Visa", "lender": "HSBC", "card_last4": "4821", "kind": "card",
         "balance": "2500.75", "start": "2025-04-01", "rate": {"annual": "0.2399"},
         "currency": "GBP", "minimum_payment": {"percent": "0.03", "plus_interest": True,
                                                "floor": "25"},
         "strategy": {"fixed": "150"}, "grace_days": 25, "variable_rate": True,
         "status": "archived",
         "payments": [{"date": "2025-05-01", "amount": "150"}]},
        {"id": "jiebei", "name": "借呗", "kind": "credit_line", "principal": "20000",
         "start": "2025-02-01", "term": 6, "rate": {"daily": "0.0003"},
         "payments": [{"date": "2025-03-01", "amount": "3500"}]},
        {"id": "yen", "name": "Yen loan", "kind": "loan", "principal": "500000",
         "start": "2025-01-31", "term": 24, "rate": {"monthly": "0.01"}, "currency": "JPY",
         "frequency": "semimonthly", "method": "interest_only"},
    ],
}


def sample() -> dict:
    return copy.deepcopy(SAMPLE)


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "profiles" / "test"
    directory.mkdir(parents=True)
    return directory


@pytest.fixture
def profile(profile_dir: Path, key: bytes) -> Iterator[Profile]:
    opened = Profile.open(profile_dir, key, today=TODAY)
    try:
        yield opened
    finally:
        opened.close()
