"""Where the household stands today, from each item's schedule: what is owed, what is still due
this month, next month and in the next 30 days, when the last debt ends, and 24 months of
obligations; and the explanation behind each of those headline figures.

Pure Python over core objects (no Qt), so the overview, its chart and the tests share it.
Every item stands where the money actually paid puts it (``planner.core.tracking``; a card's
statements are replayed). The money still to pay comes from the stress projection's own
obligations (``planner.core.obligations.project_item``: paid installments dropped, money
overdue due today), so the overview, the calendar and the Stress page tell one story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from planner.core.dates import add_months
from planner.core.explain import Explanation, Topic
from planner.core.explain_overview import (
    explain_debt_free,
    explain_due_in_month,
    explain_income_share,
    explain_total_owed,
)
from planner.core.figures import Figures
from planner.core.money import ZERO
from planner.core.obligations import ObligationKind, project_item
from planner.core.portfolio import Item
from planner.core.product import Kind
from planner.core.schedule import Installment
from planner.core.tracking import track


@dataclass(frozen=True, slots=True)
class ItemPosition:
    item: Item
    figures: Figures | None
    owed: Decimal                    # principal still outstanding today
    next_date: date | None           # when the next payment falls due
    next_amount: Decimal | None      # and how much of it is still to pay
    paid_so_far: Decimal             # money recorded as paid
    overdue: Decimal = ZERO          # due and not paid
    plan: tuple[Installment, ...] = ()  # the schedule from here on, as re-projected
    overdue_since: date | None = None
    paid_ahead: Decimal = ZERO       # paid before it falls due, counted off what is owed

    @property
    def last_date(self) -> date | None:
        """The last payment of the plan as re-projected from the money paid."""
        return self.plan[-1].date if self.plan else None


@dataclass(frozen=True, slots=True)
class Upcoming:
    """A payment falling due soon; ``overdue_since``: money already late (shown as due today),
    the date it first fell due."""

    date: date
    item: Item
    amount: Decimal
    overdue_since: date | None = None
    #: A card's: the amount is what the plan pays; this is the minimum due that day (its
    #: next payment on the item pages and in ``list``). None for other items.
    minimum: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Overview:
    currency: str
    total_owed: Decimal
    this_month: Decimal
    next_month: Decimal
    debt_free: date | None
    upcoming: tuple[Upcoming, ...]
    months: tuple[date, ...]                            # first day of each month shown
    by_item: tuple[tuple[Item, tuple[Decimal, ...]], ...]  # obligations per month, per item
    owed_by_item: tuple[tuple[Item, Decimal], ...] = ()    # what makes up total_owed
    last_by_item: tuple[tuple[Item, date], ...] = ()       # the dates behind debt_free


def item_position(item: Item, figures: Figures | None, today: date) -> ItemPosition:
    paid = sum((p.amount for p in item.payments if p.date <= today), ZERO)
    unanalysed = figures is None or not figures.schedule.rows
    if not item.is_open or (unanalysed and item.product.kind is not Kind.CARD):
        # (a card whose strategy never repays it has no figures, but a balance all the same)
        return ItemPosition(item, figures, ZERO, None, None, paid)
    tracked = track(item, today)
    rows = tracked.schedule.rows if tracked.schedule is not None else ()
    return ItemPosition(item, figures, tracked.remaining_principal, tracked.next_due,
                        tracked.next_amount, tracked.paid, tracked.overdue, tuple(rows),
                        tracked.overdue_since, tracked.paid_ahead)


def month_start(day: date) -> date:
    return day.replace(day=1)


def overview(positions: Sequence[ItemPosition], today: date, currency: str,
             months: int = 24) -> Overview:
    """Totals over the open items, and ``months`` months of obligations from this month on."""
    first = month_start(today)
    month_list = tuple(add_months(first, k) for k in range(months))
    index = {m: k for k, m in enumerate(month_list)}
    soon = today + timedelta(days=30)
    total = ZERO
    upcoming: list[Upcoming] = []
    by_item = []
    owed_by_item = []
    last_by_item = []
    debt_free: date | None = None
    for position in positions:
        if not position.item.is_open or position.figures is None:
            continue
        total += position.owed
        owed_by_item.append((position.item, position.owed))
        amounts = [ZERO] * months
        projection = project_item(position.item, today, add_months(first, months))
        for due in projection.obligations:
            amounts[index[month_start(due.date)]] += due.amount
            if due.date <= soon:
                late = due.kind is ObligationKind.OVERDUE
                card_due = position.item.product.kind is Kind.CARD and \
                    due.kind is ObligationKind.REGULAR and due.date == position.next_date
                upcoming.append(Upcoming(due.date, position.item, due.amount,
                                         position.overdue_since if late else None,
                                         position.next_amount if card_due else None))
        by_item.append((position.item, tuple(amounts)))
        last = position.last_date
        if last is not None:
            last_by_item.append((position.item, last))
            if debt_free is None or last > debt_free:
                debt_free = last
    this_month = sum((a[0] for _, a in by_item), ZERO)
    next_month = sum((a[1] for _, a in by_item), ZERO) if months > 1 else ZERO
    upcoming.sort(key=lambda u: (u.date, u.item.name))
    return Overview(currency, total, this_month, next_month, debt_free, tuple(upcoming),
                    month_list, tuple(by_item), tuple(owed_by_item), tuple(last_by_item))


def explain_tiles(view: Overview, monthly_income: Decimal) -> dict[str, Explanation]:
    """The explanation behind each figure of the overview, keyed as its tiles are: each
    record adds up the same parts as ``view``, so its figure is the tile's."""
    c = view.currency
    this = view.months[0] if view.months else None
    nxt = view.months[1] if len(view.months) > 1 else None
    out = {"owed": explain_total_owed([(i.name, owed) for i, owed in view.owed_by_item], c),
           "debt_free": explain_debt_free([(i.name, d) for i, d in view.last_by_item], c)}
    if this is not None:
        out["this_month"] = explain_due_in_month(
            Topic.DUE_THIS_MONTH, this, [(i.name, a[0]) for i, a in view.by_item], c)
    if nxt is not None:
        out["next_month"] = explain_due_in_month(
            Topic.DUE_NEXT_MONTH, nxt, [(i.name, a[1]) for i, a in view.by_item], c)
        out["share"] = explain_income_share(nxt, view.next_month, monthly_income, c)
    return out
