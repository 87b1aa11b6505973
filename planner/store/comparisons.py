"""Saved offer comparisons: a name and the offers, each a product as ``planner calc`` reads it.

Offers are kept as their product JSON (``product_to_json``) and parsed back on the way out, so a
comparison saved by one version opens in the next exactly as the engine would read the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from planner.core.errors import InputError
from planner.core.privacy import refuse_card_numbers
from planner.core.product import Product, parse_product, product_to_json
from planner.store import jsontext
from planner.store.errors import NotFound


@dataclass(frozen=True, slots=True)
class SavedOffer:
    label: str
    product: Product


@dataclass(frozen=True, slots=True)
class SavedComparison:
    name: str
    offers: tuple[SavedOffer, ...]
    saved_at: str = ""


def save_comparison(db: Database, name: str, offers: Sequence[SavedOffer]) -> None:
    """Save (or overwrite) the comparison ``name``; the caller commits both tables at once."""
    name = name.strip() if isinstance(name, str) else ""
    if not name:
        raise InputError("name", "a comparison needs a name")
    if not offers:
        raise InputError("offers", "a comparison needs at least one offer")
    refuse_card_numbers(name, "name")
    for index, offer in enumerate(offers):
        refuse_card_numbers(offer.label, f"offers[{index}].label")
    db.execute("DELETE FROM comparisons WHERE name = ?", [name])
    cursor = db.execute("INSERT INTO comparisons (name, saved_at) VALUES (?, ?)",
                        [name, datetime.now(UTC).isoformat(timespec="seconds")])
    db.conn.executemany("INSERT INTO comparison_offers (comparison_id, seq, label, product_json)"
                        " VALUES (?, ?, ?, ?)",
                        [(cursor.lastrowid, seq, offer.label,
                          jsontext.dumps(product_to_json(offer.product)))
                         for seq, offer in enumerate(offers)])


def list_comparisons(db: Database) -> list[SavedComparison]:
    return [get_comparison(db, name)
            for (name,) in db.execute("SELECT name FROM comparisons ORDER BY name")]


def get_comparison(db: Database, name: str) -> SavedComparison:
    row = db.execute("SELECT id, saved_at FROM comparisons WHERE name = ?", [name]).fetchone()
    if row is None:
        raise NotFound("comparison", name)
    offers = tuple(SavedOffer(label, parse_product(jsontext.loads(text)))
                   for label, text in db.execute(
                       "SELECT label, product_json FROM comparison_offers "
                       "WHERE comparison_id = ? ORDER BY seq", [row[0]]))
    return SavedComparison(name, offers, row[1])


def delete_comparison(db: Database, name: str) -> None:
    if db.execute("DELETE FROM comparisons WHERE name = ?", [name]).rowcount == 0:
        raise NotFound("comparison", name)
