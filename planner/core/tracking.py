"""Where an item really stands, from the money actually paid rather than the plan's calendar:
principal left, what is overdue and since when, what falls due next, and the plan re-projected.

How a payment is applied (the order US mortgage servicers and Chinese consumer lenders use:
arrears first, interest and fees before principal, then the next installment, then principal):
1. to installments already due and unpaid, oldest first, each one's interest and fee before its
   principal;
2. then to the next installment not yet due, up to its amount (paying a bill a few days early);
3. anything beyond that is extra principal on the payment's date: the plan is rebuilt with
   ``build_schedule(extra=...)``, shortening it (or lowering the payment, as chosen).
Money paid on or before the start date is never extra principal; it is held for the
installments. Late fees and penalty interest are not charged here: overdue is the scheduled
money that has not been paid.

A card revolves: its statements are replayed from the money paid (``planner.core.card_tracking``
states the model), overdue is the minimums left unpaid, and its schedule is the rest
re-projected from today under its strategy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.card_tracking import replay, reproject
from planner.core.money import ZERO, round_money
from planner.core.portfolio import Item
from planner.core.product import FeeType, Kind, Repayment
from planner.core.schedule import Installment, PrepaymentMode, Schedule, build_schedule


@dataclass(frozen=True, slots=True)
class Position:
    """An item's position on ``as_of`` from the payments recorded up to that day."""

    as_of: date
    paid: Decimal                       # every recorded payment up to as_of
    remaining_principal: Decimal        # owed principal, counting installments left unpaid
    overdue: Decimal                    # scheduled money due before as_of and not paid
    overdue_since: date | None          # due date of the oldest installment not fully paid
    missed: int                         # installments due before as_of, not fully paid
    paid_ahead: Decimal                 # paid beyond everything due, held for what comes next
    next_due: date | None
    next_amount: Decimal | None
    prepayments: tuple[Repayment, ...]  # the money treated as extra principal
    schedule: Schedule | None           # the plan re-projected (a card: from today on; None
    #                                     when it is cleared or its strategy never repays it)

    @property
    def settled(self) -> bool:
        return self.remaining_principal == 0 and self.overdue == 0


def track(item: Item, today: date, mode: PrepaymentMode | None = None) -> Position:
    """The position of ``item`` on ``today``; payments dated later are not counted yet.

    ``mode`` is what extra principal buys (default: the item's own choice, else
    ``build_schedule``'s: a shorter term for loans and plans, a lower payment for credit lines).

    >>> from planner.core.portfolio import parse_item
    >>> loan = parse_item({"id": "a", "name": "car", "kind": "loan", "principal": "1200",
    ...                    "start": "2025-01-10", "term": 12, "rate": {"annual": "0"},
    ...                    "payments": [{"date": "2025-02-10", "amount": "100"}]})
    >>> p = track(loan, date(2025, 4, 1))
    >>> p.remaining_principal, p.overdue, p.overdue_since, p.next_due
    (Decimal('1100.00'), Decimal('100.00'), datetime.date(2025, 3, 10), datetime.date(2025, 4, 10))
    """
    product = item.product
    if product.kind is Kind.CARD:
        return _card_position(item, today)
    payments = [p for p in item.payments if p.date <= today]
    paid = round_money(sum((p.amount for p in payments), ZERO), product.currency)
    plan, prepayments = _reproject(item, payments, mode or item.prepayment_mode)
    return _position(plan, prepayments, paid, today, product.currency)


def _reproject(item: Item, payments: list, mode: PrepaymentMode | None
               ) -> tuple[Schedule, tuple[Repayment, ...]]:
    """Walk the payments in date order, turning money beyond rule 2 into extra principal."""
    product = item.product
    extras: list[Repayment] = []
    plan = build_schedule(product, mode=mode)
    paid = ZERO
    for payment in payments:
        paid += payment.amount
        if payment.date <= product.start:
            continue
        rows = plan.rows
        settled_rows = [r for r in rows if r.date <= payment.date]
        if settled_rows and settled_rows[-1].balance == 0:
            continue  # the plan is over: anything more is an overpayment, held as credit
        upcoming = next((r for r in rows if r.date > payment.date and not r.prepayment), None)
        if upcoming is None:
            continue
        extra = paid - _total(settled_rows) - upcoming.payment
        extra = min(extra, payment.amount)  # only this payment's own money can be new extra
        if extra > 0:
            extras.append(Repayment(payment.date, extra))
            plan = build_schedule(product, extra=extras, mode=mode)
    return plan, tuple(extras)


def _position(plan: Schedule, prepayments: tuple[Repayment, ...], paid: Decimal,
              today: date, currency: str) -> Position:
    """Installments are covered oldest first by the money paid. One due today and not yet
    paid is owed but not overdue: it is the next one due."""
    rows = plan.rows
    zero = round_money(ZERO, currency)
    cumulative = zero
    missed = 0
    overdue_since = next_due = next_amount = None
    overdue = unpaid_principal = zero
    settled_rows = [r for r in rows if r.date <= today]
    for row in rows:
        cumulative += row.payment
        uncovered = min(row.payment, cumulative - paid) if cumulative > paid else zero
        if row.date <= today and uncovered:
            # What was paid of this installment went to its interest and fee first.
            unpaid_principal += min(uncovered, row.principal)
            if row.date < today:
                missed += 1
                overdue += uncovered
                overdue_since = overdue_since or row.date
        if uncovered and row.date >= today and next_due is None:
            next_due, next_amount = row.date, uncovered
        if row.date > today and next_due is not None:
            break
    scheduled_balance = (settled_rows[-1].balance if settled_rows
                         else plan.advance + plan.financed_fees)
    paid_ahead = max(paid - _total(settled_rows), zero)
    return Position(today, paid, scheduled_balance + unpaid_principal, overdue, overdue_since,
                    missed, paid_ahead, next_due, next_amount, prepayments, plan)


def _total(rows: list[Installment]) -> Decimal:
    return sum((r.payment for r in rows), ZERO)


def _card_position(item: Item, today: date) -> Position:
    """A card's statements replayed from the money paid; ``missed`` counts statements,
    ``paid_ahead`` is money paid beyond a cleared balance, and the schedule holds the payments
    still to make from today under the card's strategy (rows dated on its due dates)."""
    card = replay(item.product, item.payments, today)
    plan = reproject(card)
    schedule = None
    if plan.rows and plan.cleared:
        product = item.product
        fees = {t: sum((f.amount for f in product.fees if f.type is t), ZERO)
                for t in (FeeType.UPFRONT, FeeType.FINANCED)}
        schedule = Schedule(plan.rows, plan.rows[0].payment, product.principal,
                            fees[FeeType.UPFRONT], fees[FeeType.FINANCED])
    return Position(today, card.paid, card.balance, card.overdue, card.overdue_since,
                    card.missed, card.credit, card.next_due, card.next_amount, (), schedule)
