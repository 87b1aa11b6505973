"""Where a credit card really stands: its statements replayed from the payments actually made,
what is overdue and since when, what falls due next, and the rest re-projected under its strategy.

The model is :mod:`planner.core.card`'s (``CardCycles``), walked with real money, not a plan:
- Statement k is dated ``add_months(start, k)`` (statement 0 is the balance the user entered),
  due ``grace_days`` later; no new purchases. A payment counts for the first statement whose
  due date is on or after it: after the previous due date, up to this one (statement 0 takes
  everything up to its due date). The cycle is priced as if it were all paid on the due date,
  card.py's assumption (12 CFR 1026 Appendix M1 lets the issuer assume payments land at the
  cycle's end), so money paid a few days after a due date counts towards the next statement
  and does not lower that statement's balance, only what is left of it.
- Paying statement 0 in full by its due date keeps the grace period: no interest, the card is
  clear. Otherwise the cycle's payment P_k goes to fees, then interest, then principal, and the
  next statement carries interest c_full x B_k + c_rest x max(B_k - P_k, 0), rounded half up
  to the minor unit once, plus any per-payment fee. Once revolving, clearing takes the
  statement balance plus the interest since the statement (round(c_full x B_k)); paying only
  B_k leaves that interest on the next statement (trailing interest), as card.py prices it.
- A promotion with deferred interest defers by card.py's rule (``CardCycles.defer``): each
  promotional cycle not cleared adds what the later rate would have charged, and the first
  statement after the promotion carries the sum, unless the balance was cleared before it.
- The minimum due M_k is ``minimum_due`` of B_k and the interest and fees just charged.
  Arrears: A_k = min(max(A_(k-1) + M_k - P_k, 0), what is left after P_k): money beyond the
  current minimum makes up earlier arrears, and nothing can be overdue beyond what is owed.
  Between due dates the money paid so far goes to the arrears first (what a lender does with
  a late payment), then to the coming minimum; over a whole cycle that is the same sum.
- Overdue today = the arrears after the last due date before today, less what has been paid
  since; ``overdue_since`` = the due date when those arrears began; ``missed`` = the
  statements since then whose own minimum was not paid. A due date of today is owed, not late.
- Balance today = the latest statement issued (statement 0 before its date) less the payments
  that count towards it or later; money beyond a cleared balance is ``credit``.
- Next due: the first due date on or after today with something still to pay: that
  statement's minimum less what was paid towards it (its projected minimum when it is not
  issued yet); once it is paid, the next statement's, projected as if nothing more is paid.
- The re-projection from today pays the overdue money today, then follows the strategy from
  the open statement (the level payment or the minimum when higher) with card.py's own loop.
Simplifications: no late fees or penalty interest (the product's ``late_fee`` is not charged),
interest does not depend on the day a payment lands within its cycle, a lender's demand for
the whole balance after missed payments is not modelled, and money is in Decimal throughout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from planner.core.card import (
    CardCycles,
    CardResult,
    CycleState,
    cycle_payment,
    level_payment,
    minimum_due,
    split_payment,
)
from planner.core.dates import add_months
from planner.core.money import ZERO, round_money
from planner.core.product import CardStrategy, FeeType, Product
from planner.core.schedule import Installment


class DatedAmount(Protocol):
    @property
    def date(self) -> date: ...
    @property
    def amount(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement replayed: its balance and minimum, the money counted towards it so far,
    the interest its cycle put on the next statement, and what was left after its payment."""

    n: int                 # 1 = the opening statement
    date: date
    due: date
    balance: Decimal
    minimum: Decimal
    paid: Decimal          # counted towards it (up to today for the open statement)
    interest: Decimal      # charged on the next statement (settling: the interest paid with it)
    left: Decimal          # owed after its payment (card.py's row balance)
    arrears: Decimal       # minimums unpaid after its due date (zero while it is open)
    closed: bool           # its due date is before today


@dataclass(frozen=True, slots=True)
class _Open:
    """The statement whose due date is the first on or after today, ready to be re-projected."""

    state: CycleState
    balance: Decimal
    residual: Decimal      # interest since the statement, paid when clearing it
    minimum: Decimal
    due: date
    arrears: Decimal       # A_(k-1): arrears carried into it
    paid: Decimal          # paid towards it so far


@dataclass(frozen=True, slots=True)
class CardPosition:
    """A card on ``as_of`` from the payments recorded up to that day."""

    as_of: date
    statements: tuple[Statement, ...]  # the closed ones, then the open one (if not cleared)
    balance: Decimal                   # owed today
    paid: Decimal                      # every payment up to as_of
    credit: Decimal                    # paid beyond a cleared balance
    overdue: Decimal
    overdue_since: date | None
    missed: int
    next_due: date | None
    next_amount: Decimal | None
    interest: Decimal                  # interest charged so far (closed cycles)
    card: CardCycles = field(repr=False, compare=False)
    open: _Open | None = field(default=None, repr=False, compare=False)  # None: cleared

    @property
    def cleared(self) -> bool:
        return self.open is None

    @property
    def payoff(self) -> Decimal:
        """What clears the card today: the open statement's balance and the interest since it
        (the settling amount), less what was already paid towards it."""
        o = self.open
        return self.card.zero if o is None else max(o.balance + o.residual - o.paid,
                                                    self.card.zero)


@dataclass(frozen=True, slots=True)
class CardPlan:
    """The re-projected payments from today: each row dated on a due date, its ``payment`` what
    is still to pay then (the overdue money, due today, is the position's ``overdue``)."""

    rows: tuple[Installment, ...]
    cleared: bool          # the rows clear the balance (False: cut at ``until``, or never)
    stalled: bool = False  # the balance stopped falling before ``until``: it never repays
    deferred_interest: Decimal = ZERO  # a promotion's, charged on a statement still to come


def replay(product: Product, payments: Iterable[DatedAmount], today: date) -> CardPosition:
    """Walk the card's statements from its start with the money actually paid up to ``today``.

    >>> from planner.core.portfolio import Payment
    >>> from planner.core.product import parse_product
    >>> card = parse_product({"kind": "card", "balance": "1000", "start": "2025-01-05",
    ...     "currency": "USD", "rate": {"annual": "0.12"},
    ...     "minimum_payment": {"percent": "0.02", "floor": "20"}})
    >>> p = replay(card, [Payment(date(2025, 1, 20), Decimal("100"))], date(2025, 3, 1))
    >>> p.balance, p.overdue, p.overdue_since
    (Decimal('910.00'), Decimal('20.00'), datetime.date(2025, 2, 26))
    >>> p.next_due, p.next_amount
    (datetime.date(2025, 3, 26), Decimal('20.00'))
    """
    card = CardCycles(product)
    unit, zero, rule, currency = card.unit, card.zero, card.rule, product.currency
    dated = sorted(((p.date, p.amount) for p in payments if p.date <= today),
                   key=lambda e: e[0])
    paid_total = round_money(sum((a for _, a in dated), ZERO), currency)
    per_cycle = card.fees[FeeType.PER_PAYMENT]
    principal, interest_owed, fee_owed, charged, deferred = card.opening, zero, zero, ZERO, ZERO
    arrears, since, missed, interest_total = zero, None, 0, zero
    statements: list[Statement] = []
    i, k = 0, 0
    while True:
        balance = principal + interest_owed + fee_owed
        due, c_full, c_rest = card.cycle(k)
        issued = add_months(product.start, k)
        residual = zero if k == 0 else (c_full * balance).quantize(unit, ROUND_HALF_UP)
        minimum = minimum_due(rule, balance, charged, unit)
        paid = zero
        while i < len(dated) and dated[i][0] <= due:
            paid += dated[i][1]
            i += 1
        paid = round_money(paid, currency)
        is_open = due >= today
        if paid >= balance + residual:  # cleared: everything after it is credit
            credit = paid - balance - residual + sum((a for _, a in dated[i:]), ZERO)
            interest_total += residual
            statements.append(Statement(k + 1, issued, due, balance, minimum, paid, residual,
                                        zero, zero, not is_open))
            return CardPosition(today, tuple(statements), zero, paid_total,
                                round_money(credit, currency), zero, None, 0, None, None,
                                interest_total, card)
        if is_open:
            break
        interest, left, principal, interest_owed, fee_owed = _apply(
            card, principal, interest_owed, fee_owed, balance, residual, paid, c_full, c_rest)
        deferred, extra = card.defer(k, deferred, balance, paid)
        interest, interest_owed = interest + extra, interest_owed + extra
        fee_owed += per_cycle
        charged = interest + per_cycle
        interest_total += interest
        before = arrears
        arrears = min(max(arrears + minimum - paid, zero), left)
        if not arrears:
            since, missed = None, 0
        elif not before:  # arrears begin at this due date
            since, missed = due, 1
        else:
            missed += paid < minimum
        statements.append(Statement(k + 1, issued, due, balance, minimum, paid, interest, left,
                                    arrears, True))
        k += 1
    # the open statement (due on or after today), issued or not
    base = balance if issued <= today or k == 0 else statements[-1].left
    owed_today = max(base - paid, zero)
    overdue = max(arrears - paid, zero)
    rest = balance + residual - paid - overdue  # what paying in full would still take
    next_amount = min(max(minimum - max(paid - arrears, zero), zero), max(rest, zero))
    open_ = _Open(CycleState(k, principal, interest_owed, fee_owed, charged, deferred), balance,
                  residual, minimum, due, arrears, paid)
    next_due: date | None = due
    if not next_amount:
        next_due, next_amount = _following(card, open_, rest)
    statements.append(Statement(k + 1, issued, due, balance, minimum, paid, zero, owed_today,
                                zero, False))
    return CardPosition(today, tuple(statements), owed_today, paid_total, zero, overdue,
                        since if overdue else None, missed if overdue else 0, next_due,
                        next_amount, interest_total, card, open_)


def reproject(position: CardPosition, strategy: CardStrategy | None = None, *,
              until: date | None = None, max_months: int = 1200,
              whole: CardResult | None = None) -> CardPlan:
    """The payments still to make from ``position.as_of`` under ``strategy`` (default: the
    card's own), the overdue money being paid today: rows dated before ``until`` (all of
    them, up to ``max_months`` statements, when None).

    The open statement's row is what its cycle still needs: arrears + max(paid beyond the
    arrears, the strategy's payment), less what was paid (card.py's ``cycle_payment``: the
    level or the minimum when higher, at most the settling amount). ``whole``, the plan from the
    statement date under the same strategy (:func:`whole_plan`), is the answer as it stands
    while nothing has happened yet (the first statement open, nothing paid).

    >>> from planner.core.portfolio import Payment
    >>> from planner.core.product import parse_product
    >>> card = parse_product({"kind": "card", "balance": "1000", "start": "2025-01-05",
    ...     "currency": "USD", "rate": {"annual": "0.12"},
    ...     "minimum_payment": {"percent": "0.02", "floor": "20"}})
    >>> p = replay(card, [Payment(date(2025, 1, 20), Decimal("100"))], date(2025, 3, 1))
    >>> row = reproject(p).rows[0]  # 919.10 on Mar 5, less the 20 overdue paid today
    >>> row.date, row.payment, row.balance
    (datetime.date(2025, 3, 26), Decimal('20.00'), Decimal('879.10'))
    """
    card, o = position.card, position.open
    if o is None:
        return CardPlan((), True)
    if whole is not None and o.state.k == 0 and not o.paid:
        rows = tuple(r for r in whole.schedule.rows if until is None or r.date < until)
        stalled = whole.never_repays and len(rows) == len(whole.schedule.rows)
        return CardPlan(rows, not whole.never_repays, stalled, whole.schedule.deferred_interest)
    product = card.product
    level = level_payment(card, strategy or product.strategy)
    balance, residual = o.balance, o.residual
    settle = balance + residual
    target = cycle_payment(level, o.minimum, balance, residual)
    total = min(o.arrears + max(o.paid - o.arrears, target), settle)
    before = o.paid + max(o.arrears - o.paid, card.zero)  # paid, and the overdue paid today
    state, k = o.state, o.state.k
    _, c_full, c_rest = card.cycle(k)
    ahead = _split(card, state, balance, residual, before, c_full, c_rest)
    done = _split(card, state, balance, residual, total, c_full, c_rest)
    rows: list[Installment] = []
    if total > before:
        rows.append(Installment(k + 1, o.due, total - before, done[2] - ahead[2],
                                done[1] - ahead[1], done[0] - ahead[0], done[3]))
    if total == settle:
        return CardPlan(tuple(rows), True)
    interest, _, principal, interest_owed, fee_owed = _apply(
        card, *state[1:4], balance, residual, total, c_full, c_rest)
    deferred, extra = card.defer(k, state.deferred, balance, total)
    interest, interest_owed = interest + extra, interest_owed + extra
    per_cycle = card.fees[FeeType.PER_PAYMENT]
    limit = max_months if until is None else max(
        (until.year - o.due.year) * 12 + until.month - o.due.month + 1, 1)
    later, cleared, charged = card.run(level, limit, resume=CycleState(
        k + 1, principal, interest_owed, fee_owed + per_cycle, interest + per_cycle, deferred))
    stalled = not cleared and (until is None or len(later) < limit)
    if until is not None:
        later = [r for r in later if r.date < until]
        rows = [r for r in rows if r.date < until]
    return CardPlan((*rows, *later), cleared, stalled, extra + charged)


def minimum_on(product: Product, balance: Decimal) -> Decimal:
    """The card's minimum rule applied to ``balance`` (nothing just charged).

    >>> from planner.core.product import parse_product
    >>> minimum_on(parse_product({"kind": "card", "balance": "2000", "start": "2025-06-05",
    ...     "rate": {"daily": "0.0005"}}), Decimal("1234.56"))
    Decimal('123.46')
    """
    card = CardCycles(product)
    return minimum_due(card.rule, balance, ZERO, card.unit)


def whole_plan(position: CardPosition, strategy: CardStrategy | None = None) -> CardResult:
    """The card's plan from its statement date, as ``simulate_unchecked`` makes it, on the
    replay's own terms (each cycle and the level payment are computed once for both)."""
    card = position.card
    level = level_payment(card, strategy or card.product.strategy)
    return card.result(level, card.run(level, 1200))


def _apply(card: CardCycles, principal: Decimal, interest_owed: Decimal, fee_owed: Decimal,
           balance: Decimal, residual: Decimal, paid: Decimal, c_full: Decimal,
           c_rest: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal, Decimal]:
    """A cycle not cleared by ``paid`` (card.py's ``run``): the interest charged on the next
    statement, the balance left after the payment, and principal, interest and fees owed."""
    fee_part, interest_part, principal_part, prepaid = split_payment(
        paid, fee_owed, interest_owed, principal)
    left = balance + (residual if prepaid else 0) - paid
    interest = (c_full * balance + c_rest * max(balance - paid, ZERO)).quantize(
        card.unit, ROUND_HALF_UP)
    return (interest, left, principal - principal_part,
            interest_owed + interest - interest_part - prepaid, fee_owed - fee_part)


def _split(card: CardCycles, state: CycleState, balance: Decimal, residual: Decimal, paid: Decimal,
           c_full: Decimal, c_rest: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """How ``paid`` splits into fee, interest (with interest paid in advance) and principal on
    the open statement, and the balance left after it (card.py's row)."""
    _, principal, interest_owed, fee_owed, _, _ = state
    if paid == balance + residual:
        interest_owed += residual
    fee, interest, principal_part, prepaid = split_payment(paid, fee_owed, interest_owed,
                                                           principal)
    left = card.zero if paid == balance + residual else \
        balance + (residual if prepaid else 0) - paid
    return fee, interest + prepaid, principal_part, left


def _following(card: CardCycles, o: _Open, rest: Decimal) -> tuple[date | None, Decimal | None]:
    """The open statement's minimum is paid: the next statement's due date and its minimum, as
    if nothing more were paid before the open one falls due."""
    if rest <= 0:
        return None, None
    _, c_full, c_rest = card.cycle(o.state.k)
    interest, _, principal, interest_owed, fee_owed = _apply(
        card, *o.state[1:4], o.balance, o.residual, o.paid, c_full, c_rest)
    _, extra = card.defer(o.state.k, o.state.deferred, o.balance, o.paid)
    interest, interest_owed = interest + extra, interest_owed + extra
    per_cycle = card.fees[FeeType.PER_PAYMENT]
    balance = principal + interest_owed + fee_owed + per_cycle
    if balance <= 0:
        return None, None
    due = card.cycle(o.state.k + 1)[0]
    return due, minimum_due(card.rule, balance, interest + per_cycle, card.unit)
