"""The items repository: cards, plans, loans and credit lines as rows, handed out as core
``Item`` objects (never rows). Fees, planned repayments and recorded payments are child rows.

Callers run writes inside one transaction (``write_transaction``); these functions do not commit.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from planner.core.convention import Convention
from planner.core.dates import Frequency
from planner.core.daycount import DayCount
from planner.core.lpr import DEFAULT_TABLE, LprTable, Tenor, table_of
from planner.core.money import from_minor, to_minor
from planner.core.portfolio import Item, Payment, Status, parse_penalty, penalty_to_json
from planner.core.privacy import refuse_card_numbers
from planner.core.product import (
    CardStrategy,
    Compounding,
    Fee,
    FeeType,
    Kind,
    LprReset,
    LprSpread,
    Method,
    MinimumPayment,
    Part,
    Product,
    Rate,
    RateChange,
    RateQuote,
    Repayment,
    StrategyKind,
    blended_rate,
    lpr_rate,
)
from planner.core.schedule import PrepaymentMode
from planner.core.workdays import DueShift
from planner.store import jsontext
from planner.store.errors import NotFound

_ITEM_COLUMNS = (
    "id", "position", "name", "lender", "notes", "status", "card_last4", "kind", "currency",
    "principal_minor", "start", "term", "frequency", "method", "first_payment", "rate_quote",
    "rate_value", "convention", "min_percent", "min_plus_interest", "min_floor_minor",
    "strategy_kind", "strategy_amount_minor", "strategy_months", "grace_days", "late_fee_json",
    "updated_at", "prepayment_mode", "variable_rate", "due_shift", "prepayment_penalty_json",
    "day_count", "compounding", "deferred_interest", "lpr_spread", "lpr_tenor", "lpr_reset")
_INSERT_ITEM = (f"INSERT INTO items ({', '.join(_ITEM_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_ITEM_COLUMNS))})")


def list_items(db: Database) -> list[Item]:
    """Every item in its list order, with its payments; seven queries whatever the count. An
    LPR-linked rate follows the profile's LPR fixings (``profile.lpr_fixings``)."""
    fees, repayments, payments = _children(db, None)
    parts, changes = _rate_children(db, None)
    table = _lpr_table(db)
    rows = db.execute(f"SELECT {', '.join(_ITEM_COLUMNS)} FROM items "
                      "ORDER BY position, id").fetchall()
    return [_item(row, fees, repayments, payments, parts, changes, table) for row in rows]


def get_item(db: Database, item_id: str) -> Item:
    row = db.execute(f"SELECT {', '.join(_ITEM_COLUMNS)} FROM items WHERE id = ?",
                     [item_id]).fetchone()
    if row is None:
        raise NotFound("item", item_id)
    return _item(row, *_children(db, item_id), *_rate_children(db, item_id), _lpr_table(db))


def item_ids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM items ORDER BY position, id")]


def exists(db: Database, item_id: str) -> bool:
    return db.execute("SELECT 1 FROM items WHERE id = ?", [item_id]).fetchone() is not None


def next_position(db: Database) -> int:
    return db.execute("SELECT coalesce(max(position) + 1, 0) FROM items").fetchone()[0]


def position_of(db: Database, item_id: str) -> int:
    row = db.execute("SELECT position FROM items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFound("item", item_id)
    return row[0]


def insert_item(db: Database, item: Item, position: int) -> None:
    """Insert ``item`` with its fees, planned repayments and recorded payments.

    Every item write comes through here, so this is where the free-form late-fee rule is
    checked for card numbers too (numbers included: the check reads its JSON text).
    """
    if item.product.late_fee is not None:
        refuse_card_numbers(jsontext.dumps(item.product.late_fee), "late_fee")
    db.execute(_INSERT_ITEM, _item_values(item, position))
    currency = item.product.currency
    db.conn.executemany("INSERT INTO fees (item_id, seq, type, amount_minor) VALUES (?, ?, ?, ?)",
                        [(item.id, seq, f.type.value, to_minor(f.amount, currency))
                         for seq, f in enumerate(item.product.fees)])
    db.conn.executemany("INSERT INTO planned_repayments (item_id, seq, date, amount_minor) "
                        "VALUES (?, ?, ?, ?)",
                        [(item.id, seq, r.date.isoformat(), to_minor(r.amount, currency))
                         for seq, r in enumerate(item.product.repayments)])
    p = item.product
    db.conn.executemany(
        "INSERT INTO item_parts (item_id, seq, name, principal_minor, rate_quote, rate_value, "
        "lpr_spread, lpr_tenor, lpr_reset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(item.id, seq, part.name, to_minor(part.principal, currency), part.rate.quote.value,
          str(part.rate.value), *_spread_values(part.lpr_spread))
         for seq, part in enumerate(p.parts)])
    owned = [(-1, p.rate_changes)] + [(k, part.rate_changes) for k, part in enumerate(p.parts)]
    db.conn.executemany(
        "INSERT INTO rate_changes (item_id, part, seq, date, rate_quote, rate_value) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(item.id, part, seq, c.date.isoformat(), c.rate.quote.value, str(c.rate.value))
         for part, changes in owned for seq, c in enumerate(changes)])
    stamp = _now()
    db.conn.executemany("INSERT INTO payments (item_id, date, amount_minor, recorded_at) "
                        "VALUES (?, ?, ?, ?)",
                        [(item.id, p.date.isoformat(), to_minor(p.amount, currency), stamp)
                         for p in item.payments])


def delete_item(db: Database, item_id: str) -> None:
    """Delete an item; its fees and payments go with it (ON DELETE CASCADE)."""
    if db.execute("DELETE FROM items WHERE id = ?", [item_id]).rowcount == 0:
        raise NotFound("item", item_id)


def replace_item(db: Database, item: Item) -> None:
    """Replace the item with ``item.id`` wholesale, keeping its place in the list."""
    position = position_of(db, item.id)
    delete_item(db, item.id)
    insert_item(db, item, position)


def set_status(db: Database, item_id: str, status: Status) -> None:
    changed = db.execute("UPDATE items SET status = ?, updated_at = ? WHERE id = ?",
                         [status.value, _now(), item_id]).rowcount
    if changed == 0:
        raise NotFound("item", item_id)


def _item_values(item: Item, position: int) -> list[Any]:
    p = item.product
    money = p.currency
    mp = p.minimum_payment
    strategy = p.strategy if p.kind is Kind.CARD else None
    return [
        item.id, position, item.name, item.lender, item.notes, item.status.value,
        item.card_last4, p.kind.value, p.currency, to_minor(p.principal, money),
        p.start.isoformat(), p.term, p.frequency.value, p.method.value if p.method else None,
        p.first_payment.isoformat() if p.first_payment else None, p.rate.quote.value,
        str(p.rate.value), p.convention.value if p.convention else None,
        str(mp.percent) if mp else None, int(mp.plus_interest) if mp else None,
        to_minor(mp.floor, money) if mp else None,
        strategy.kind.value if strategy else None,
        to_minor(strategy.amount, money) if strategy and strategy.amount is not None else None,
        strategy.months if strategy else None, p.grace_days,
        jsontext.dumps(p.late_fee) if p.late_fee is not None else None, _now(),
        item.prepayment_mode.value if item.prepayment_mode else None, int(p.variable_rate),
        item.due_shift.value if item.due_shift else None,
        jsontext.dumps(penalty_to_json(item.prepayment_penalty))
        if item.prepayment_penalty is not None else None,
        p.day_count.value if p.day_count else None,
        p.compounding.value if p.compounding else None, int(p.deferred_interest),
        *_spread_values(p.lpr_spread),
    ]


def _spread_values(spread: LprSpread | None) -> tuple[str | None, str | None, str | None]:
    if spread is None:
        return None, None, None
    return str(spread.spread), spread.tenor.value, spread.reset.value


def _spread_of(spread: str | None, tenor: str | None, reset: str | None) -> LprSpread | None:
    if spread is None:
        return None
    return LprSpread(Decimal(spread), Tenor(tenor), LprReset(reset))


def _item(row: tuple, fees: dict, repayments: dict, payments: dict, parts_of: dict,
          changes_of: dict, table: LprTable) -> Item:
    (item_id, _position, name, lender, notes, status, last4, kind, currency, principal, start,
     term, frequency, method, first_payment, quote, rate_value, convention, min_percent,
     min_plus, min_floor, strategy_kind, strategy_amount, strategy_months, grace_days,
     late_fee, _updated, prepayment_mode, variable_rate, due_shift, penalty, day_count,
     compounding, deferred, lpr_spread, lpr_tenor, lpr_reset) = row
    start_day = date.fromisoformat(start)
    changes: dict[int, list[RateChange]] = defaultdict(list)
    for part, day, change_quote, change_value in changes_of.get(item_id, ()):
        changes[part].append(RateChange(date.fromisoformat(day),
                                        Rate(RateQuote(change_quote), Decimal(change_value))))
    parts = []
    for seq, part_name, part_principal, part_quote, part_value, *spread_columns in \
            parts_of.get(item_id, ()):
        part_spread = _spread_of(*spread_columns)
        part_rate = (lpr_rate(part_spread, start_day, table) if part_spread is not None
                     else Rate(RateQuote(part_quote), Decimal(part_value)))
        parts.append(Part(part_name, from_minor(part_principal, currency), part_rate,
                          tuple(changes.get(seq, ())), part_spread))
    spread = _spread_of(lpr_spread, lpr_tenor, lpr_reset)
    rate = Rate(RateQuote(quote), Decimal(rate_value))
    if spread is not None:
        rate = lpr_rate(spread, start_day, table)
    if parts:
        rate = blended_rate(tuple(parts))
    follows = spread is not None or any(part.lpr_spread for part in parts)
    minimum = None
    if min_percent is not None:
        minimum = MinimumPayment(Decimal(min_percent), bool(min_plus),
                                 from_minor(min_floor, currency))
    strategy = CardStrategy()
    if strategy_kind is not None:
        strategy = CardStrategy(StrategyKind(strategy_kind),
                                None if strategy_amount is None
                                else from_minor(strategy_amount, currency), strategy_months)
    product = Product(
        kind=Kind(kind), principal=from_minor(principal, currency),
        start=start_day, rate=rate,
        currency=currency, term=term, frequency=Frequency(frequency),
        method=Method(method) if method else None,
        first_payment=date.fromisoformat(first_payment) if first_payment else None,
        fees=tuple(Fee(FeeType(t), from_minor(a, currency)) for t, a in fees.get(item_id, ())),
        convention=Convention(convention) if convention else None, minimum_payment=minimum,
        strategy=strategy, grace_days=grace_days,
        repayments=tuple(Repayment(date.fromisoformat(d), from_minor(a, currency))
                         for d, a in repayments.get(item_id, ())),
        late_fee=jsontext.loads(late_fee) if late_fee is not None else None,
        variable_rate=bool(variable_rate), rate_changes=tuple(changes.get(-1, ())),
        lpr_spread=spread, deferred_interest=bool(deferred), parts=tuple(parts),
        compounding=Compounding(compounding) if compounding else None,
        day_count=DayCount(day_count) if day_count else None,
        lpr=table if follows and table != DEFAULT_TABLE else None)
    paid = tuple(Payment(date.fromisoformat(d), from_minor(a, currency))
                 for d, a in payments.get(item_id, ()))
    return Item(item_id, name, product, lender, notes, Status(status), last4, paid,
                PrepaymentMode(prepayment_mode) if prepayment_mode else None,
                DueShift(due_shift) if due_shift else None,
                parse_penalty(jsontext.loads(penalty)) if penalty is not None else None)


def _children(db: Database, item_id: str | None) -> tuple[dict, dict, dict]:
    where, args = ("WHERE item_id = ?", [item_id]) if item_id is not None else ("", [])
    grouped: list[dict[str, list[tuple]]] = []
    for sql in (f"SELECT item_id, type, amount_minor FROM fees {where} ORDER BY item_id, seq",
                f"SELECT item_id, date, amount_minor FROM planned_repayments {where} "
                "ORDER BY item_id, seq",
                f"SELECT item_id, date, amount_minor FROM payments {where} "
                "ORDER BY item_id, date, id"):
        by_item: dict[str, list[tuple]] = defaultdict(list)
        for owner, first, second in db.execute(sql, args):
            by_item[owner].append((first, second))
        grouped.append(by_item)
    return grouped[0], grouped[1], grouped[2]


def _rate_children(db: Database, item_id: str | None) -> tuple[dict, dict]:
    """Each item's parts (in order) and rate changes (part, date, quote, value), by item."""
    where, args = ("WHERE item_id = ?", [item_id]) if item_id is not None else ("", [])
    parts: dict[str, list[tuple]] = defaultdict(list)
    for owner, *rest in db.execute(
            "SELECT item_id, seq, name, principal_minor, rate_quote, rate_value, lpr_spread, "
            f"lpr_tenor, lpr_reset FROM item_parts {where} ORDER BY item_id, seq", args):
        parts[owner].append(tuple(rest))
    changes: dict[str, list[tuple]] = defaultdict(list)
    for owner, *rest in db.execute(
            "SELECT item_id, part, date, rate_quote, rate_value FROM rate_changes "
            f"{where} ORDER BY item_id, part, seq", args):
        changes[owner].append(tuple(rest))
    return parts, changes


def _lpr_table(db: Database) -> LprTable:
    """The shipped LPR fixings with the profile's own (``profile.lpr_fixings``)."""
    row = db.execute("SELECT extra_json FROM household WHERE id = 1").fetchone()
    return table_of(jsontext.loads(row[0])) if row is not None else DEFAULT_TABLE


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
