"""Recorded payments: money the household actually paid towards an item, on a date.

Amounts are checked the way the portfolio JSON checks them (positive, in the item's currency's
minor unit, not before the item starts), so a payment recorded here exports and re-imports.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlite_utils import Database

from planner.core.errors import InputError
from planner.core.money import parse_amount, to_minor
from planner.core.portfolio import Payment
from planner.store.errors import NotFound


def record_payment(db: Database, item_id: str, paid_on: date, amount: Decimal) -> Payment:
    """Add one payment; the caller commits."""
    currency, start = _item_terms(db, item_id)
    payment = checked_payment(paid_on, amount, currency, start)
    db.execute("INSERT INTO payments (item_id, date, amount_minor, recorded_at) "
               "VALUES (?, ?, ?, ?)",
               [item_id, payment.date.isoformat(), to_minor(payment.amount, currency),
                datetime.now(UTC).isoformat(timespec="seconds")])
    return payment


def delete_payment(db: Database, item_id: str, paid_on: date, amount: Decimal) -> None:
    """Remove one payment of ``amount`` on ``paid_on`` (the last recorded, if several match):
    the undo for a payment typed by mistake."""
    currency, _start = _item_terms(db, item_id)
    row = db.execute("SELECT id FROM payments WHERE item_id = ? AND date = ? AND amount_minor = ?"
                     " ORDER BY id DESC LIMIT 1",
                     [item_id, paid_on.isoformat(), to_minor(amount, currency)]).fetchone()
    if row is None:
        raise NotFound("payment", f"{item_id} {paid_on.isoformat()} {amount}")
    db.execute("DELETE FROM payments WHERE id = ?", [row[0]])


def checked_payment(paid_on: date, amount: Decimal | str, currency: str, start: date) -> Payment:
    """A :class:`Payment` that the portfolio JSON would accept, or :class:`InputError`."""
    value = parse_amount(str(amount) if isinstance(amount, Decimal) else amount, "amount",
                         currency)
    if paid_on < start:
        raise InputError("date", f"{paid_on} is before the item starts ({start})")
    return Payment(paid_on, value)


def _item_terms(db: Database, item_id: str) -> tuple[str, date]:
    row = db.execute("SELECT currency, start FROM items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFound("item", item_id)
    return row[0], date.fromisoformat(row[1])
