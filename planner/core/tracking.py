"""Where an item really stands, from the money actually paid rather than the plan's calendar:
principal left, what is overdue and since when, what falls due next, what settles it today, and
the plan re-projected.

How a payment is applied (the order US mortgage servicers and Chinese consumer lenders use:
arrears first, interest and fees before principal, then the next installment, then principal):
1. to installments already due and unpaid, oldest first, each one's interest and fee before its
   principal;
2. then, when the money left settles everything still owed on the payment's day (the balance,
   the interest accrued on it so far: :meth:`ScheduleWalk.payoff`), the item is paid off then;
3. else to the next installment not yet due, up to its amount (paying a bill early): that
   installment is paid ahead, its principal no longer owed;
4. anything beyond that is extra principal on the payment's date, shortening the plan (or
   lowering the payment, as chosen).
Money paid on or before the start date is never extra principal; it is held for the
installments (or, if it is the whole principal, pays the item off). Late fees and penalty
interest are not charged here: overdue is the scheduled money that has not been paid.

The schedule is walked once with the payments (``ScheduleWalk``), each payment deciding what its
money buys as the walk reaches it, so tracking takes time in proportion to the payments and
installments, not to their product.

A card revolves: its statements are replayed from the money paid (``planner.core.card_tracking``
states the model), overdue is the minimums left unpaid, and its schedule is the rest
re-projected from today under its strategy.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from planner.core.card_tracking import replay, reproject
from planner.core.errors import InputError
from planner.core.money import ZERO, round_money
from planner.core.portfolio import Item, Payment
from planner.core.product import FeeType, Kind, Repayment
from planner.core.schedule import (
    CombinedWalk,
    PrepaymentMode,
    Schedule,
    ScheduleWalk,
    walk_of,
)


@dataclass(frozen=True, slots=True)
class Position:
    """An item's position on ``as_of`` from the payments recorded up to that day."""

    as_of: date
    paid: Decimal                       # every recorded payment up to as_of
    remaining_principal: Decimal        # principal still owed: not repaid by any money paid
    overdue: Decimal                    # scheduled money due before as_of and not paid
    overdue_since: date | None          # due date of the oldest installment not fully paid
    missed: int                         # installments due before as_of, not fully paid
    paid_ahead: Decimal                 # paid beyond everything due, towards what comes next
    next_due: date | None
    next_amount: Decimal | None
    prepayments: tuple[Repayment, ...]  # the money treated as extra principal
    schedule: Schedule | None           # the plan re-projected (a card: from today on; None
    #                                     when it is cleared or its strategy never repays it)
    payoff: Decimal = Decimal(0)        # what paying it off on as_of takes: money overdue,
    #                                     the principal left, interest accrued to the day

    @property
    def settled(self) -> bool:
        return self.remaining_principal == 0 and self.overdue == 0 and self.payoff == 0


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
    >>> p.payoff  # the 100 overdue and the 1,000 of principal after it
    Decimal('1100.00')
    """
    product = item.product
    if product.kind is Kind.CARD:
        return _card_position(item, today)
    payments = sorted((p for p in item.payments if p.date <= today), key=lambda p: p.date)
    walk = walk_of(product, mode=mode or item.prepayment_mode)
    zero = walk.zero
    paid = zero
    extras: list[Repayment] = []
    for payment in payments:
        paid += payment.amount
        _book_due(walk, payment.date)
        if walk.done:
            continue  # the plan is over: anything more is an overpayment, held as credit
        # beyond the money of every row booked (due, paid off or prepaid); negative: arrears
        available = paid - walk.booked
        held = max(available - payment.amount, zero)  # paid before, towards what comes next
        if payment.date >= product.start and available >= walk.payoff(payment.date, held) \
                + held:
            extras.append(Repayment(payment.date, walk.balance))
            walk.settle(payment.date, held)
            continue
        if payment.date <= product.start:
            continue
        upcoming = walk.peek()
        assert upcoming is not None
        extra = min(available - upcoming.payment, payment.amount)  # only its own money
        if extra > 0:
            extras.append(Repayment(payment.date, extra))
            walk.prepay(payment.date, extra)
    _book_due(walk, today)
    held = max(paid - walk.booked, zero)
    payoff = max(walk.booked - paid, zero) + (zero if walk.done else walk.payoff(today, held))
    plan = walk.finish()
    return _position(plan, tuple(extras), round_money(paid, product.currency), today,
                     product.currency, payoff)


class Overpayment(InputError):
    """A payment larger than everything owed on its day (principal, interest accrued and
    charges due): refused, with the amount that pays the item off (``owed``, zero when nothing
    is owed any more)."""

    def __init__(self, amount: Decimal, owed: Decimal, day: date, currency: str) -> None:
        if owed:
            problem = (f"{amount:,} {currency} is more than everything owed on {day}: "
                       f"{owed:,} {currency} pays it off")
        else:
            problem = f"nothing is owed on {day}: the item is paid off"
        super().__init__("amount", problem)
        self.amount, self.owed, self.day = amount, owed, day


def check_payment(item: Item, paid_on: date, amount: Decimal) -> Position:
    """Where ``item`` stands on ``paid_on`` once ``amount`` is paid that day, or
    :class:`Overpayment` when that is more than its payoff amount then (payments dated later
    are not counted). Exactly the payoff amount settles it.

    >>> from planner.core.portfolio import parse_item
    >>> plan = parse_item({"id": "p", "name": "phone", "kind": "installment",
    ...     "principal": "6000", "start": "2026-01-10", "term": 12,
    ...     "rate": {"monthly_fee": "0.005"}})
    >>> check_payment(plan, date(2026, 1, 10), Decimal("530")).remaining_principal
    Decimal('5500.00')
    >>> check_payment(plan, date(2026, 1, 10), Decimal("99999"))
    Traceback (most recent call last):
    ...
    planner.core.tracking.Overpayment: amount: 99,999 CNY is more than everything owed on \
2026-01-10: 6,000.00 CNY pays it off
    """
    before = track(item, paid_on)
    if amount > before.payoff:
        raise Overpayment(amount, before.payoff, paid_on, item.product.currency)
    paid = replace(item, payments=(*item.payments, Payment(paid_on, amount)))
    return track(paid, paid_on)


def _book_due(walk: ScheduleWalk | CombinedWalk, day: date) -> None:
    """Book every regular row due on or before ``day``."""
    while not walk.done and walk.dates[walk.k] <= day:
        walk.advance()


def _position(plan: Schedule, prepayments: tuple[Repayment, ...], paid: Decimal,
              today: date, currency: str, payoff: Decimal) -> Position:
    """Installments are covered oldest first by the money paid, each one's interest and fee
    before its principal; what is owed is the principal no money has repaid, whether its
    installment is due yet or not. One due today and not yet paid is owed but not overdue:
    it is the next one due."""
    rows = plan.rows
    zero = round_money(ZERO, currency)
    cumulative = zero
    missed = 0
    overdue_since = next_due = next_amount = None
    overdue = repaid_principal = due_by_today = zero
    for index, row in enumerate(rows):
        before = cumulative
        if before >= paid and row.date > today and next_due is not None:
            # The money paid is used up and the rest lies ahead, the next one due found: the
            # rows left are neither covered, nor overdue, nor due by today (only a row whose
            # charges were negative would still count, as principal repaid by nothing).
            for later in rows[index:]:
                if later.interest + later.fee < 0:
                    repaid_principal -= later.interest + later.fee
            break
        cumulative += row.payment
        if row.date <= today:
            due_by_today += row.payment
        covered = min(max(paid - before, zero), row.payment)
        repaid_principal += max(covered - row.interest - row.fee, zero)
        uncovered = row.payment - covered
        if row.date <= today and uncovered:
            if row.date < today:
                missed += 1
                overdue += uncovered
                overdue_since = overdue_since or row.date
        if uncovered and row.date >= today and next_due is None:
            next_due, next_amount = row.date, uncovered
    owed = plan.advance + plan.financed_fees - repaid_principal
    paid_ahead = max(paid - due_by_today, zero)
    return Position(today, paid, owed, overdue, overdue_since, missed, paid_ahead, next_due,
                    next_amount, prepayments, plan, payoff)


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
                    card.missed, card.credit, card.next_due, card.next_amount, (), schedule,
                    card.payoff)
