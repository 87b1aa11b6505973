"""Import and export: the portfolio JSON (all or nothing, in one transaction), CSV of item
lists and schedules (escaped against formula injection), and due dates as iCalendar.

Import merges by item id by default: an item whose id is already in the profile is replaced
whole (its recorded payments included, keeping its place in the list), new ids are appended,
items absent from the file are kept, and the household is replaced only if the file has a
``profile``. ``ImportMode.REPLACE`` makes the profile exactly the file instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner import APP_ID, APP_NAME
from planner.core import reminders
from planner.core.errors import InputError
from planner.core.money import ZERO
from planner.core.portfolio import Item, Portfolio, parse_portfolio, portfolio_to_json
from planner.core.product import Kind
from planner.core.schedule import Installment, Schedule
from planner.core.tracking import Position, track
from planner.core.workdays import shift_due
from planner.store import items as item_rows
from planner.store import jsontext
from planner.store.db import write_transaction
from planner.store.household import get_household, set_household

#: A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV Injection");
#: tab and carriage return are on OWASP's list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportMode(StrEnum):
    MERGE = "merge"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: int
    replaced: int
    removed: int
    household_set: bool


def import_portfolio(db: Database, data: object, mode: ImportMode = ImportMode.MERGE
                     ) -> ImportSummary:
    """Validate the whole portfolio first, then write it in ONE transaction: after a crash at
    any instant the profile holds either all of the import or none of it."""
    portfolio = parse_portfolio(data)
    has_profile = isinstance(data, dict) and "profile" in data
    added = replaced = removed = 0
    with write_transaction(db):
        if mode is ImportMode.REPLACE:
            removed = db.execute("DELETE FROM items").rowcount
        position = item_rows.next_position(db)
        for index, item in enumerate(portfolio.items):
            try:
                if mode is ImportMode.MERGE and item_rows.exists(db, item.id):
                    item_rows.replace_item(db, item)
                    replaced += 1
                else:
                    item_rows.insert_item(db, item, position)
                    position += 1
                    added += 1
            except InputError as error:  # the store's own checks (card numbers in late_fee)
                raise error.within(f"items[{index}]") from None
        if has_profile or mode is ImportMode.REPLACE:
            set_household(db, portfolio.household)
    return ImportSummary(added, replaced, removed, has_profile or mode is ImportMode.REPLACE)


def read_portfolio(db: Database) -> Portfolio:
    return Portfolio(get_household(db), tuple(item_rows.list_items(db)))


def export_json_text(portfolio: Portfolio) -> str:
    """The portfolio JSON as text: money as decimal strings, free-form numbers as numbers."""
    return jsontext.dumps(portfolio_to_json(portfolio), indent=2) + "\n"


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell("-5"), safe_cell("Card A")
    ('\\'=HYPERLINK("http://x")', "'-5", 'Card A')
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return out.getvalue()


_ITEM_HEADER = ["id", "name", "lender", "kind", "status", "currency", "principal", "start",
                "term", "frequency", "method", "rate_quote", "rate", "card_last4", "paid",
                "remaining_principal", "overdue", "overdue_since", "next_due", "next_amount",
                "notes"]


def items_csv(items: list[Item], today: date) -> str:
    """One row per item, with its position from the money actually paid."""
    rows = []
    for item in items:
        p = item.product
        pos = track(item, today)
        rows.append([item.id, item.name, item.lender, p.kind.value, item.status.value,
                     p.currency, p.principal, p.start, p.term if p.kind is not Kind.CARD else "",
                     p.frequency.value, p.method.value if p.method else "", p.rate.quote.value,
                     p.rate.value, item.card_last4, pos.paid, pos.remaining_principal,
                     pos.overdue, pos.overdue_since or "", pos.next_due or "",
                     "" if pos.next_amount is None else pos.next_amount, item.notes])
    return _csv(_ITEM_HEADER, rows)


def schedules_csv(items: list[Item], today: date) -> str:
    """Every item's schedule, re-projected from the payments made (cards: simulated)."""
    rows = []
    for item in items:
        plan = plan_of(item, today)
        for r in plan.rows if plan else ():
            rows.append([item.id, item.name, item.product.currency, r.n, r.date, r.payment,
                         r.principal, r.interest, r.fee, r.balance,
                         "prepayment" if r.prepayment else ""])
    return _csv(["item_id", "item_name", "currency", "n", "date", "payment", "principal",
                 "interest", "fee", "balance", "note"], rows)


def plan_of(item: Item, today: date, position: Position | None = None) -> Schedule | None:
    """The schedule to show for ``item``, re-projected from the money paid: a plan or loan's
    whole; a card's payments still to make from today under its strategy (None when nothing
    is owed or the strategy never repays it)."""
    return (position or track(item, today)).schedule


def due_dates_ics(items: list[Item], today: date, stamp: datetime | None = None, *,
                  until: date | None = None, remind_days: Sequence[int] = ()) -> bytes:
    """An iCalendar file with an all-day event for every payment still to come on open items
    (up to ``until``, exclusive, when given), each with an alarm ``n`` days before at 09:00 for
    every ``n`` of ``remind_days`` (:mod:`planner.core.reminders`).

    UIDs are stable (item, installment, contract date), so importing a newer export into a
    calendar updates the events instead of duplicating them. A due date the lender moves off a
    day off (the item's ``due_shift``) is the event's day; its description says so.
    The one writer of .ics files: the command line and the app's Calendar page use it.
    """
    import icalendar  # loaded on export only: it costs 0.1 s at start-up

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_ID}//EN")
    calendar.add("version", "2.0")
    stamp = stamp or datetime.now(UTC)
    for item in items:
        if not item.is_open:
            continue
        currency = item.product.currency
        for number, row in _still_due(item, today):
            day = shift_due(row.date, item.due_shift, currency).day
            if until is not None and day >= until:
                continue
            event = icalendar.Event()
            event.add("uid", f"{item.id}-{row.date.isoformat()}@{APP_ID}")
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
            summary = f"{item.name}: {row.payment} {currency}"
            event.add("summary", summary)
            moved = f" (due {row.date}, a day off: moved to {day})" if day != row.date else ""
            event.add("description", f"{item.lender or item.name}, installment {number}: "
                                     f"principal {row.principal}, interest {row.interest},"
                                     f" fee {row.fee}, balance after {row.balance}{moved}")
            for days_before in remind_days:
                alarm = icalendar.Alarm()
                alarm.add("uid", f"{item.id}-{row.date.isoformat()}-{days_before}d@{APP_ID}")
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{summary}, due {day}")
                alarm.add("trigger", reminders.trigger(days_before))
                event.add_component(alarm)
            calendar.add_component(event)
    return calendar.to_ical()


def write_due_dates_ics(path: Path, items: list[Item], today: date, until: date, *,
                        remind_days: Sequence[int] = (), stamp: datetime | None = None) -> int:
    """Write :func:`due_dates_ics` to ``path`` (readable by the user only); the number of
    payments (events) written. ``OSError`` when the file cannot be written."""
    from planner.store import paths

    data = due_dates_ics(items, today, stamp, until=until, remind_days=remind_days)
    paths.write_private_file(path, data)
    return data.count(b"BEGIN:VEVENT")


def _still_due(item: Item, today: date) -> list[tuple[int, Installment]]:
    """Regular installments on or after ``today`` (their day, moved off a day off when the
    lender does so) not already covered by money paid ahead,
    numbered among the regular installments (prepayment rows do not count); a card's payments
    still to make, numbered by statement."""
    position = track(item, today)
    plan = plan_of(item, today, position)
    if item.product.kind is Kind.CARD:
        return [(row.n, row) for row in plan.rows if row.payment > 0] if plan else []
    paid = position.paid
    due: list[tuple[int, Installment]] = []
    cumulative = ZERO
    number = 0
    for row in plan.rows if plan else ():
        cumulative += row.payment
        if row.prepayment:
            continue
        number += 1
        if shift_due(row.date, item.due_shift, item.product.currency).day >= today \
                and cumulative > paid:
            due.append((number, row))
    return due
