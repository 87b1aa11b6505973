"""One item's future obligations as dated amounts from ``today``, with its balance today.

Rules (issue 5, "Projection"):
- Loans, installment plans and credit-line draws follow ``track(item, today)``: the plan is
  re-projected from the money actually paid. Installments dated before today and not covered by
  recorded payments are overdue and count as due today; the rest is due on its own date, less
  any money paid ahead (tracking's order: the oldest installment first).
- Cards start from where the money actually paid puts them (``planner.core.card_tracking``: the
  statements replayed from the statement date of the balance): the minimums left unpaid are
  overdue and due today, the balance is today's, and the rest follows the item's own strategy
  (minimum by default) from the open statement -- the same figures as ``track(item, today)``.
  A card whose plan never repays keeps paying every month to the end of the horizon.
  ``card`` is still the whole plan from the statement date (``simulate_unchecked``'s): the
  minimum-payment warning reads the repayment disclosure of the statement from it. A card with
  a deferred-interest promotion keeps the re-projection as its ``schedule`` too, with the
  deferred interest it charges (the warning of the deferred interest ahead reads it).
- The final payment of an interest-only (先息后本) or bullet (到期一次还本付息) plan is its balloon.
- An item whose lender moves a due date falling on a day off (``due_shift``) is due on the
  working day it is moved to (``planner.core.workdays``: China's holidays and 调休 for CNY,
  weekends otherwise); the obligation keeps the contract's date in ``moved_from``. Whether
  money is overdue is judged on the moved day.
Results are cached per (item, today, horizon): items are immutable, so a what-if that changes
one item re-projects only that one.

The Overview, the stress projection, what-ifs and refinancing all read these; the module sits
beside them rather than in :mod:`planner.core.stress`, so the Overview's figures do not load
the stress rules (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from planner.core.card import CardResult
from planner.core.card_tracking import replay, reproject, whole_plan
from planner.core.money import ZERO, round_money
from planner.core.portfolio import Item
from planner.core.product import Kind, Method, StrategyKind
from planner.core.schedule import Installment, Schedule
from planner.core.tracking import track
from planner.core.workdays import shift_due


class ObligationKind(StrEnum):
    OVERDUE = "overdue"    # scheduled before today, not paid: due today
    REGULAR = "regular"
    BALLOON = "balloon"    # the last payment of an interest-only or bullet plan


@dataclass(frozen=True, slots=True)
class Obligation:
    date: date
    amount: Decimal
    kind: ObligationKind
    moved_from: date | None = None  # the contract's due date, when the lender moves it to a
    #                                 working day (the item's ``due_shift``)


@dataclass(frozen=True, slots=True)
class ItemProjection:
    """What ``item`` asks of the household from ``today`` to the horizon."""

    item: Item
    obligations: tuple[Obligation, ...]   # date order, today <= date < horizon
    balance: Decimal                      # principal owed today (a card: its balance today)
    plan: Schedule | None                 # the contract's own schedule, when unchanged by
    #                                       prepayments (reused for the APR); None otherwise
    card: CardResult | None               # a card's simulation under its strategy
    balloon: Obligation | None = None     # the balloon still owed (dated today when overdue)
    scheduled_payment: Decimal | None = None  # the next regular installment as scheduled
    schedule: Schedule | None = None      # the plan re-projected from the money paid

    @property
    def item_id(self) -> str:
        return self.item.id

    @property
    def on_minimum(self) -> bool:
        """A card paid by its minimum only."""
        return self.card is not None and \
            self.item.product.strategy.kind is StrategyKind.MINIMUM


def project_item(item: Item, today: date, horizon: date) -> ItemProjection:
    """The obligations of ``item`` dated from ``today`` up to (not including) ``horizon``.

    >>> from planner.core.portfolio import parse_item
    >>> plan = parse_item({"id": "p", "name": "phone", "kind": "installment",
    ...     "principal": "3000", "start": "2025-01-10", "term": 3,
    ...     "payments": [{"date": "2025-02-10", "amount": "1000"}]})
    >>> p = project_item(plan, date(2025, 3, 20), date(2026, 1, 1))
    >>> [(o.date.isoformat(), o.amount, o.kind.value) for o in p.obligations]
    [('2025-03-20', Decimal('1000.00'), 'overdue'), ('2025-04-10', Decimal('1000.00'), 'regular')]
    """
    try:
        return _cached(item, today, horizon)
    except TypeError:  # an unhashable field (a free-form late-fee rule): compute uncached
        return _project(item, today, horizon)


@lru_cache(maxsize=4096)
def _cached(item: Item, today: date, horizon: date) -> ItemProjection:
    return _project(item, today, horizon)


def clear_cache() -> None:
    """Forget cached projections (benchmarks measure the cold path)."""
    _cached.cache_clear()


def _project(item: Item, today: date, horizon: date) -> ItemProjection:
    if item.product.kind is Kind.CARD:
        return _project_card(item, today, horizon)
    position = track(item, today)
    schedule = position.schedule
    assert schedule is not None  # only a card has no schedule
    obligations, balloon = dated_obligations(item, schedule.rows, position.paid, today, horizon,
                                             shift=shifter(item))
    scheduled = next((r.payment for r in schedule.rows
                      if r.date >= today and not r.prepayment), None)
    return ItemProjection(item, obligations, position.remaining_principal,
                          None if position.prepayments else schedule, None, balloon, scheduled,
                          schedule)


def shifter(item: Item) -> Callable[[date], date] | None:
    """The day a due date is paid on for ``item`` (None: the contract's day)."""
    if item.due_shift is None:
        return None
    shift, currency = item.due_shift, item.product.currency
    return lambda day: shift_due(day, shift, currency).day


def dated_obligations(item: Item, rows: Sequence[Installment], paid: Decimal, today: date,
                      horizon: date, shift: Callable[[date], date] | None = None
                      ) -> tuple[tuple[Obligation, ...], Obligation | None]:
    """What is still owed of ``rows`` once ``paid`` has covered them oldest first (tracking's
    order): one overdue amount dated today for rows before today, then each later row up to
    the horizon; and the balloon still owed, if the plan has one. ``shift`` moves each due
    date to the day it is paid on."""
    product = item.product
    balloon_method = product.method in (Method.INTEREST_ONLY, Method.BULLET)
    last = len(rows) - 1
    overdue = round_money(ZERO, product.currency)
    out: list[Obligation] = []
    cumulative = ZERO
    balloon = None
    for index, row in enumerate(rows):
        cumulative += row.payment
        day = shift(row.date) if shift is not None else row.date
        if day >= horizon:
            break
        owed = min(row.payment, cumulative - paid)
        if owed <= 0:
            continue
        is_balloon = balloon_method and index == last
        moved = row.date if day != row.date else None
        if is_balloon:
            balloon = Obligation(max(day, today), owed, ObligationKind.BALLOON, moved)
        if day < today:
            overdue += owed
        else:
            out.append(Obligation(day, owed, ObligationKind.BALLOON if is_balloon
                                  else ObligationKind.REGULAR, moved))
    if overdue:
        out.insert(0, Obligation(today, overdue, ObligationKind.OVERDUE))
    return tuple(out), balloon


def _project_card(item: Item, today: date, horizon: date) -> ItemProjection:
    product = item.product
    position = replay(product, item.payments, today)
    result = whole_plan(position)  # simulate_unchecked's: the minimum-payment trap reads it
    plan = reproject(position, until=horizon, whole=result)
    out = [Obligation(today, position.overdue, ObligationKind.OVERDUE)] if position.overdue \
        else []
    shift = shifter(item)
    dues = [(r.date, r.payment) for r in plan.rows]
    if plan.stalled and plan.rows:
        # The balance does not fall: the same payment recurs monthly after the simulation stops.
        last = plan.rows[-1]
        k = 1
        while (day := last.date + relativedelta(months=k)) < horizon:
            dues.append((day, last.payment))
            k += 1
    for due, payment in dues:
        day = shift(due) if shift is not None else due
        if day < horizon:
            out.append(Obligation(max(day, today), payment, ObligationKind.REGULAR,
                                  due if day != due else None))
    # a promotion's deferred interest ahead is read from the plan as re-projected (its warning)
    schedule = Schedule(plan.rows, plan.rows[0].payment if plan.rows else position.balance,
                        position.balance, ZERO, ZERO,
                        deferred_interest=plan.deferred_interest) \
        if product.deferred_interest else None
    return ItemProjection(item, tuple(out), position.balance, None, result, schedule=schedule)
