"""Import and export: the portfolio JSON (all or nothing, in one transaction), CSV of item
lists and schedules (escaped against formula injection), and due dates as iCalendar.

Importing a portfolio into a profile that already has items follows ONE rule, :func:`merge`,
for the command line (``planner import``) and the app (File → Import a portfolio), both through
:func:`import_portfolio`:

- An item is known by its id. An id the profile does not have is a new item, added at the end
  of the list in the file's order; an id it has is the same item, brought up to date: its
  terms, name, lender, notes and status become the file's, and it keeps its place in the list.
- A merge never drops a recorded payment: the item's payments are the file's and the
  profile's, a payment (day and amount) that both list counted once -- as many times as the
  list holding it more often. Importing the same file twice changes nothing; importing an
  older export keeps the payments recorded since. Payments of the profile that do not fit the
  file's terms (made before its new start) refuse the import whole, naming the item.
- Items the file does not list are kept.
- The household (the file's ``profile``: income, expenses, cash buffer, thresholds) is the
  file's only when the profile has none yet (a new profile); a profile that has its own keeps
  it, and the summary says so when the file's differs (:attr:`ImportSummary.household_kept`).

``ImportMode.REPLACE`` makes the profile exactly the file instead (``planner import
--replace``): items it does not list are deleted, payments and household are the file's.
:func:`merge` is pure; :func:`import_portfolio` writes what it decides to the profile, and its
summary keeps what was replaced, so the app can undo an import (:func:`undo_import`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner import APP_ID, APP_NAME
from planner.core import reminders
from planner.core.errors import InputError, shown
from planner.core.lpr import table_of
from planner.core.money import ZERO
from planner.core.portfolio import (
    Household,
    Item,
    Payment,
    Portfolio,
    item_to_json,
    parse_item,
    parse_portfolio,
    portfolio_to_json,
)
from planner.core.product import Kind, with_lpr_table
from planner.core.schedule import Installment, Schedule
from planner.core.tracking import Position, track
from planner.core.workdays import shift_due
from planner.store import items as item_rows
from planner.store import jsontext
from planner.store.db import write_transaction
from planner.store.household import get_household, has_household, set_household

#: A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV Injection");
#: tab and carriage return are on OWASP's list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ImportMode(StrEnum):
    MERGE = "merge"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did, and what undoing it puts back."""

    added: int
    replaced: int
    removed: int
    household_set: bool
    #: Items the file lists that the profile already held exactly so (nothing written).
    unchanged: int = 0
    #: The file had a household other than the profile's, and the profile kept its own (a
    #: merge into a profile that has one).
    household_kept: bool = False
    #: The ids the import added.
    added_ids: tuple[str, ...] = ()
    #: What it wrote: the items added and those brought up to date, in the file's order.
    items: tuple[Item, ...] = ()
    #: The items it replaced or removed, as they were before.
    before: tuple[Item, ...] = ()
    #: The household it set (None: the profile's was left as it was).
    household: Household | None = None
    #: The household before it, when it set one and the profile had one.
    household_before: Household | None = None


def merged_payments(kept: Sequence[Payment], incoming: Sequence[Payment]
                    ) -> tuple[Payment, ...]:
    """The payments of an item the file and the profile both have: every payment of either,
    one that both list (same day, same amount) counted as many times as the list holding it
    more often, by date.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> a, b, c = (Payment(date(2025, 3, d), Decimal("100")) for d in (1, 2, 3))
    >>> [p.date.day for p in merged_payments([a, b], [a, c])]
    [1, 2, 3]
    >>> [p.date.day for p in merged_payments([a, a], [a])]
    [1, 1]
    """
    extra = Counter(kept) - Counter(incoming)
    return tuple(sorted((*incoming, *extra.elements()), key=lambda p: p.date))


def merge(current: Portfolio, data: object, mode: ImportMode = ImportMode.MERGE, *,
          has_household: bool) -> ImportSummary:
    """THE rule (this module's docstring): what importing the portfolio file ``data`` into a
    profile holding ``current`` (``has_household``: one it set itself) writes, and what it
    replaces. Pure: :func:`import_portfolio` writes it to a database, the app's in-memory
    session (``planner.ui.backends``) to its portfolio. Refuses (:class:`InputError`, naming
    the item and field) a file that does not parse, or whose items cannot take the payments
    the profile has recorded for them."""
    return _merge(current, parse_portfolio(data), _has_household(data), mode,
                  has_household=has_household)


def _has_household(data: object) -> bool:
    return isinstance(data, dict) and "profile" in data


def _merge(current: Portfolio, portfolio: Portfolio, file_has_one: bool, mode: ImportMode, *,
           has_household: bool) -> ImportSummary:
    known = {} if mode is ImportMode.REPLACE else {item.id: item for item in current.items}
    added: list[str] = []
    written: list[Item] = []
    before: list[Item] = list(current.items) if mode is ImportMode.REPLACE else []
    unchanged = 0
    taken = mode is ImportMode.REPLACE or (file_has_one and not has_household)
    # An LPR-linked item reads with the fixings of the household the profile ends up with.
    table = table_of((portfolio.household if taken else current.household).extra)
    for index, item in enumerate(portfolio.items):
        product = with_lpr_table(item.product, table)
        if product is not item.product:
            item = replace(item, product=product)
        was = known.get(item.id)
        if was is None:
            added.append(item.id)
            written.append(item)
            continue
        try:
            merged = _fitting(replace(item, payments=merged_payments(was.payments,
                                                                     item.payments)), item)
        except InputError as error:
            raise error.within(f"items[{index}]") from None
        if _same(merged, was):
            unchanged += 1
            continue
        written.append(merged)
        before.append(was)
    return ImportSummary(
        added=len(added), replaced=len(written) - len(added),
        removed=len(current.items) if mode is ImportMode.REPLACE else 0,
        household_set=taken, unchanged=unchanged,
        household_kept=file_has_one and not taken and portfolio.household != current.household,
        added_ids=tuple(added), items=tuple(written), before=tuple(before),
        household=portfolio.household if taken else None,
        household_before=current.household if taken and has_household else None)


def applied(current: Portfolio, summary: ImportSummary) -> Portfolio:
    """``current`` with the import ``summary`` made: the items brought up to date in their
    places, the new ones at the end (after a replace, only the file's)."""
    household = summary.household or current.household
    if summary.removed:
        return Portfolio(household, summary.items)
    written = {item.id: item for item in summary.items}
    kept = tuple(written.pop(item.id, item) for item in current.items)
    return Portfolio(household, kept + tuple(written.values()))


def unapplied(current: Portfolio, summary: ImportSummary) -> Portfolio:
    """``current`` (:func:`applied`) as it was before the import ``summary``."""
    added = set(summary.added_ids)
    was = {item.id: item for item in summary.before}
    items = tuple(was.pop(item.id, item) for item in current.items if item.id not in added)
    household = current.household
    if summary.household_set:
        household = summary.household_before or Household()
    return Portfolio(household, items + tuple(was.values()))


def import_portfolio(db: Database, data: object, mode: ImportMode = ImportMode.MERGE
                     ) -> ImportSummary:
    """Import the portfolio file ``data`` into the profile's database by the rule
    (:func:`merge`): the whole file checked first, then written in ONE transaction, so after
    a crash at any instant the profile holds either all of the import or none of it."""
    portfolio = parse_portfolio(data)  # refused before anything is read
    where = {item.id: index for index, item in enumerate(portfolio.items)}
    with write_transaction(db):
        summary = _merge(read_portfolio(db), portfolio, _has_household(data), mode,
                         has_household=has_household(db))
        if mode is ImportMode.REPLACE:
            db.execute("DELETE FROM items")
        position = item_rows.next_position(db)
        added = set(summary.added_ids)
        for item in summary.items:
            try:
                if item.id in added:
                    item_rows.insert_item(db, item, position)
                    position += 1
                else:
                    item_rows.replace_item(db, item)
            except InputError as error:  # the store's own checks (card numbers in late_fee)
                raise error.within(f"items[{where[item.id]}]") from None
        if summary.household is not None:
            set_household(db, summary.household)
    return summary


def undo_import(db: Database, summary: ImportSummary) -> None:
    """Put the profile back as it was before the import ``summary`` tells of, in ONE
    transaction: the items it added deleted, those it replaced or removed back as they were
    (with their payments), the household it set back (or none, if there was none)."""
    with write_transaction(db):
        for item_id in summary.added_ids:
            item_rows.delete_item(db, item_id)
        position = item_rows.next_position(db)
        for item in summary.before:
            if item_rows.exists(db, item.id):
                item_rows.replace_item(db, item)
            else:
                item_rows.insert_item(db, item, position)
                position += 1
        if summary.household_set:
            if summary.household_before is None:
                db.execute("DELETE FROM household WHERE id = 1")
            else:
                set_household(db, summary.household_before)


def _fitting(merged: Item, incoming: Item) -> Item:
    """``merged`` checked as an import checks an item; the profile's payments that do not fit
    the file's terms are refused naming them as the profile's."""
    try:
        return parse_item(item_to_json(merged), lpr=merged.product.lpr)
    except InputError as error:
        if not error.field.startswith("payments") or incoming.payments == merged.payments:
            raise
        raise InputError("payments", f"the payments this profile has recorded for "
                         f"{shown(merged.id)} do not fit the file's terms ({error}); change "
                         "the file or remove those payments first") from None


def _same(a: Item, b: Item) -> bool:
    """The same item, its payments in any order."""
    return (replace(a, payments=()) == replace(b, payments=())
            and Counter(a.payments) == Counter(b.payments))


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
