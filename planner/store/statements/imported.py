"""What an import keeps: for each statement row recorded as a payment, its key (a SHA-256 from
:func:`planner.core.statement.row_keys`), its source and the payment it became (item, date,
amount) — never the row's words. A key counts as recorded while that payment is still on the
item: undoing an import, deleting the payment or the item lets the row be imported again.

Callers run writes inside one transaction (``write_transaction``); these functions do not commit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlite_utils import Database

from planner.core.money import to_minor

_CHUNK = 500  # SQLite's bound-parameter limit is far above this; keeps statements short


@dataclass(frozen=True, slots=True)
class ImportedPayment:
    """A statement row to record: ``line`` is only for messages, never stored."""

    key: str
    item_id: str
    date: date
    amount: Decimal
    line: int = 0


def live_keys(db: Database, keys: Iterable[str]) -> dict[str, str]:
    """Of ``keys``, those recorded whose payment is still on its item: key -> item id."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for key, item_id in db.execute(
                f"SELECT i.key, i.item_id FROM imported_payments i WHERE i.key IN ({marks}) "
                "AND EXISTS (SELECT 1 FROM payments p WHERE p.item_id = i.item_id "
                "AND p.date = i.date AND p.amount_minor = i.amount_minor)", chunk):
            found[key] = item_id
    return found


def remember(db: Database, source: str, entry: ImportedPayment, currency: str) -> None:
    db.execute("INSERT INTO imported_payments (key, source, item_id, date, amount_minor, "
               "imported_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
               "source = excluded.source, item_id = excluded.item_id, date = excluded.date, "
               "amount_minor = excluded.amount_minor, imported_at = excluded.imported_at",
               [entry.key, source, entry.item_id, entry.date.isoformat(),
                to_minor(entry.amount, currency),
                datetime.now(UTC).isoformat(timespec="seconds")])


def forget(db: Database, keys: Iterable[str]) -> int:
    wanted = list(dict.fromkeys(keys))
    removed = 0
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        removed += db.execute(f"DELETE FROM imported_payments WHERE key IN "
                              f"({', '.join('?' * len(chunk))})", chunk).rowcount
    return removed
