"""Benchmark (issue 11): a 10,000-row statement reconciled against a 1,000-item profile in under
1 s — every open item tracked, every repayment row matched.

Run with ``uv run pytest tests/core/test_reconcile_benchmark.py --benchmark-enable``; in normal
runs it executes once, as a correctness check of the mix.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from planner.core.portfolio import parse_item
from planner.core.reconcile import MatchStatus, reconcile
from planner.core.schedule import build_schedule
from planner.core.statement import Flow, Statement, StatementRow

TODAY = date(2026, 4, 5)
BUDGET_SECONDS = 1.0
LENDERS = ["招商银行", "建设银行", "工商银行", "京东", "支付宝", "微众银行", "中信银行", "平安银行"]


def household(count: int = 1000, seed: int = 11) -> list:
    """Installment plans, cash-loan draws, loans and cards, started over the last two years,
    each with a name and a lender as people type them."""
    rng = random.Random(seed)
    items = []
    for n in range(count):
        start = date(2024, 6, 1) + timedelta(days=rng.randint(0, 600))
        lender = rng.choice(LENDERS)
        roll = n % 10
        base = {"id": f"i{n}", "name": f"计划{n}号", "lender": lender,
                "start": start.isoformat()}
        if roll < 4:
            base.update(kind="installment", principal=str(rng.randint(600, 20000)),
                        term=rng.choice([6, 12, 24, 36]),
                        rate={"monthly_fee": rng.choice(["0", "0.005", "0.006"])})
        elif roll < 6:
            base.update(kind="credit_line", principal=str(rng.randint(1000, 50000)),
                        term=rng.choice([12, 24, 36]), rate={"daily": "0.0003"})
        elif roll < 8:
            base.update(kind="loan", principal=str(rng.randint(20000, 400000)),
                        term=rng.choice([36, 60, 120, 360]), rate={"annual": "0.049"})
        else:
            base.update(kind="card", balance=str(rng.randint(500, 30000)),
                        rate={"daily": "0.0005"}, card_last4=f"{n % 10000:04d}",
                        strategy={"fixed": "2000"})
        items.append(parse_item(base))
    return items


def statement(items: list, rows: int = 10_000, seed: int = 12
              ) -> tuple[Statement, dict[int, str]]:
    """Three months of a busy account: about four rows in ten repay an item (named by its
    name, its lender, or nothing but the amount; some a little off the schedule), the rest
    purchases and transfers. Also the item each row naming its item (or card) pays, by line."""
    rng = random.Random(seed)
    dues = []
    for item in items:
        if item.product.kind.value == "card":
            continue
        for row in build_schedule(item.product).rows:
            if date(2026, 1, 1) <= row.date <= date(2026, 3, 31):
                dues.append((item, row))
    out = []
    named: dict[int, str] = {}
    for line in range(2, rows + 2):
        day = date(2026, 1, 1) + timedelta(days=rng.randint(0, 89))
        roll = rng.random()
        if roll < 0.35 and dues:
            item, due = rng.choice(dues)
            paid_on = due.date - timedelta(days=rng.randint(0, 5))
            amount = due.payment + (Decimal("3.20") if rng.random() < 0.1 else 0)
            words = rng.choice([f"{item.lender} 还款", f"{item.name} 还款", "还款"])
            if item.name in words:
                named[line] = item.id
            out.append(StatementRow(line, paid_on, amount, Flow.OUT, counterparty=words,
                                    txn_id=f"T{line}"))
        elif roll < 0.40:
            card = items[rng.randrange(8, len(items), 10)]
            day = max(day, card.product.start)
            named[line] = card.id
            out.append(StatementRow(line, day, Decimal(rng.randint(100, 3000)), Flow.NONE,
                                    counterparty=f"信用卡还款 尾号{card.card_last4}",
                                    txn_id=f"T{line}"))
        else:
            out.append(StatementRow(line, day, Decimal(rng.randint(1, 200000)) / 100, Flow.OUT,
                                    counterparty=rng.choice(["超市", "餐厅", "加油站", "网购"]),
                                    description="消费", txn_id=f"T{line}"))
    return Statement("csv", tuple(out)), named


def test_ten_thousand_rows_against_a_thousand_items(benchmark):
    items = household()
    rows, named = statement(items)
    result = benchmark.pedantic(reconcile, args=(rows, items, TODAY), rounds=5, iterations=1)
    statuses = [m.status for m in result.matches]
    assert result.rows == 10_000
    assert len(result.matches) > 3_500
    assert statuses.count(MatchStatus.MATCHED) > 0.9 * len(statuses)
    # A row that names its item (or its card's digits) goes to that item.
    went = {m.row.line: m.item_id for m in result.matches}
    assert len(named) > 1_000 and all(went[line] == item for line, item in named.items())
    if not benchmark.disabled:
        assert benchmark.stats.stats.median < BUDGET_SECONDS
