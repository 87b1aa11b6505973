"""Due dates for the coming months: every payment still owed on open items, dated, for a
calendar view (overdue money shows on today, as in the projection). A due date the lender moves
off a day off is listed on the day it moves to, with the contract's day in ``moved_from``;
``holidays_known`` is False where China's holidays for its year are not published yet (only
weekends were moved).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from planner.core.errors import InputError
from planner.core.obligations import ObligationKind, project_item
from planner.core.portfolio import Item, Portfolio
from planner.core.product import Kind
from planner.core.stress.projection import MONTHS, horizon_end
from planner.core.tracking import track
from planner.core.workdays import china_known_until


@dataclass(frozen=True, slots=True)
class DueDate:
    date: date
    item_id: str
    amount: Decimal
    currency: str
    kind: ObligationKind   # overdue (shown on today), regular or balloon
    moved_from: date | None = None  # the contract's due date, moved to a working day
    holidays_known: bool = True     # False: moved by China's calendar past its known years
    shifts: bool = False            # the item's lender moves due dates off days off
    #: A card's: the amount is what the plan pays; this is the statement's minimum due that
    #: day (what ``list`` and the item pages show as its next payment), None for other items.
    minimum: Decimal | None = None


def due_dates(portfolio: Portfolio, today: date, months: int = 3) -> tuple[DueDate, ...]:
    """Payments owed from ``today`` until the same day ``months`` months later (exclusive),
    by date, then item order. Items in any currency are listed, each in its own.

    >>> from planner.core.portfolio import parse_portfolio
    >>> p = parse_portfolio({"format": "planner-portfolio", "version": 1, "items": [
    ...     {"id": "tv", "name": "TV", "kind": "installment", "principal": "300",
    ...      "start": "2025-05-10", "term": 3}]})
    >>> [(d.date.isoformat(), d.amount) for d in due_dates(p, date(2025, 6, 1), months=2)]
    [('2025-06-10', Decimal('100.00')), ('2025-07-10', Decimal('100.00'))]
    """
    if not 1 <= months <= MONTHS:
        raise InputError("months", f"must be a whole number from 1 to {MONTHS}")
    until = today + relativedelta(months=months)
    horizon = horizon_end(today, MONTHS)  # the projection's own: shares its cached work
    out = []
    known_until = china_known_until()
    for order, item in enumerate(portfolio.items):
        if not item.is_open:
            continue
        chinese = item.due_shift is not None and item.product.currency == "CNY"
        minimum = card_minimum(item, today)
        for o in project_item(item, today, horizon).obligations:
            if o.date < until:
                known = not (chinese and (o.moved_from or o.date) > known_until)
                due_minimum = minimum[1] if minimum and o.date == minimum[0] and \
                    o.kind is ObligationKind.REGULAR else None
                out.append((o.date, order, DueDate(o.date, item.id, o.amount,
                                                   item.product.currency, o.kind,
                                                   o.moved_from, known,
                                                   item.due_shift is not None, due_minimum)))
    return tuple(d for _, _, d in sorted(out, key=lambda e: (e[0], e[1])))


def card_minimum(item: Item, today: date) -> tuple[date, Decimal] | None:
    """A card's next due date and the minimum due then (the plan may pay more), else None."""
    if item.product.kind is not Kind.CARD:
        return None
    tracked = track(item, today)
    if tracked.next_due is None or tracked.next_amount is None:
        return None
    return tracked.next_due, tracked.next_amount
