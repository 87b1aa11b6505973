"""Speed of the store (issue 3): open a profile of 1,000 items with 20,000 recorded payments and
list it, in under 0.3 s.

Runs once as a plain test; measure with
``uv run pytest tests/store/test_store_benchmark.py --benchmark-enable``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import keyring
import pytest

from planner.store.profile import open_profile

from ..conftest import MemoryKeyring, installed_keyring

TODAY = date(2025, 6, 1)
ITEMS, PAYMENTS_EACH = 1000, 20
BUDGET_SECONDS = 0.3


def _item(n: int) -> dict:
    start = date(2023, 1, 1) + timedelta(days=n % 365)
    kind = ("loan", "installment", "credit_line", "card")[n % 4]
    item: dict = {"id": f"item-{n}", "name": f"Item {n}", "lender": "Bank", "kind": kind,
                  "start": start.isoformat(), "notes": "benchmark"}
    if kind == "card":
        item.update(balance="8000", rate={"daily": "0.0005"}, card_last4="1234")
    elif kind == "installment":
        item.update(principal="6000", term=24, rate={"monthly_fee": "0.006"})
    else:
        item.update(principal="50000", term=36, rate={"annual": "0.06"},
                    fees=[{"type": "upfront", "amount": "100"}])
    item["payments"] = [{"date": (start + timedelta(days=30 * (k + 1))).isoformat(),
                         "amount": "250.50"} for k in range(PAYMENTS_EACH)]
    return item


@pytest.fixture(scope="module")
def big_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, MemoryKeyring]]:
    data_dir = tmp_path_factory.mktemp("bench")
    backend = MemoryKeyring()
    with installed_keyring(backend):
        with open_profile(data_dir, "big", None, today=TODAY) as profile:
            profile.import_portfolio({"format": "planner-portfolio", "version": 1,
                                      "items": [_item(n) for n in range(ITEMS)]})
        open_profile(data_dir, "big", None, today=TODAY).close()  # today's backup, once
    yield data_dir, backend


def _open_and_list(data_dir: Path) -> int:
    with open_profile(data_dir, "big", None, today=TODAY) as profile:
        items = profile.items()
    return sum(len(item.payments) for item in items)


def test_open_and_list_1000_items_20000_payments(benchmark, big_profile):
    data_dir, backend = big_profile
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        started = time.perf_counter()
        payments = benchmark(_open_and_list, data_dir)
        elapsed = time.perf_counter() - started
    finally:
        keyring.set_keyring(previous)
    assert payments == ITEMS * PAYMENTS_EACH
    if benchmark.disabled:
        # One cold run inside a busy test session: a loose guard against a gross regression;
        # the 0.3 s budget is checked with --benchmark-enable below.
        assert elapsed < 3 * BUDGET_SECONDS
    else:
        assert benchmark.stats.stats.median < BUDGET_SECONDS
