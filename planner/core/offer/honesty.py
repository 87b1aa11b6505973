"""Does the text understate its price? Each annual figure it states (an APR, 年化, 0% interest,
interest-free) against the true annual rate of the product it describes; and does the payment
it quotes agree with the payment its own terms give?

The check returns codes and numbers only; the sentences a person reads are made by whoever
shows them (the command line, the app), in their language.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: A stated annual figure more than this many percentage points below the true annual rate
#: understates it (rounding a true 13.03% to "13%" is not misleading; "7.2%" is).
TOLERANCE_POINTS = Decimal("0.5")

QUOTED_RATE_UNDERSTATES = "quoted_rate_understates"
QUOTED_PAYMENT_DIFFERS = "quoted_payment_differs"
#: Methods whose regular payment is the level payment a lender quotes (月供, "$X a month").
_LEVEL_METHODS = ("annuity", "fee_installment", "interest_free", "interest_only")


@dataclass(frozen=True, slots=True)
class Quote:
    """An annual figure the text states: its words, as a percentage (``7.2`` for 7.2%)."""

    text: str
    percent: Decimal
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Understatement:
    """``quote`` is more than :data:`TOLERANCE_POINTS` below ``true_percent``."""

    code: str
    quote: Quote
    true_percent: Decimal


def understatements(quoted: tuple[Quote, ...] | list[Quote], true_percent: Decimal | float
                    ) -> list[Understatement]:
    """The quotes that understate ``true_percent`` (the product's true annual rate, in percent,
    as ``planner calc`` gives it), in text order.

    >>> q = Quote("折合年化仅7.2%", Decimal("7.2"), 0, 9)
    >>> [u.code for u in understatements([q], 13.03)]
    ['quoted_rate_understates']
    >>> understatements([Quote("年化18.25%", Decimal("18.25"), 0, 8)], 18.3)
    []
    """
    true = Decimal(repr(float(true_percent))) if isinstance(true_percent, float) \
        else Decimal(true_percent)
    if not true.is_finite():
        return []
    return [Understatement(QUOTED_RATE_UNDERSTATES, q, true) for q in quoted
            if q.percent < true - TOLERANCE_POINTS]


@dataclass(frozen=True, slots=True)
class PaymentMismatch:
    """The text quotes ``quoted`` a period; its own terms charge ``calculated``."""

    code: str
    quoted: Decimal
    calculated: Decimal


def payment_mismatch(quoted: Decimal | None, calculated: Decimal, method: str | None,
                     fee_each: Decimal = Decimal(0)) -> PaymentMismatch | None:
    """A quoted level payment that differs by more than a cent from the product's, with or
    without the fee added to each payment (``fee_each``: "4 payments of $30, $1 fee per
    payment" quotes the payment before the fee); None when it agrees.

    >>> payment_mismatch(Decimal(1450), Decimal("1446.06"), "annuity").code
    'quoted_payment_differs'
    >>> payment_mismatch(Decimal("893.33"), Decimal("893.33"), "fee_installment") is None
    True
    >>> payment_mismatch(Decimal(30), Decimal(31), "interest_free", Decimal(1)) is None
    True
    """
    if quoted is None or method not in _LEVEL_METHODS:
        return None
    cent = Decimal("0.01")
    if abs(quoted - calculated) <= cent or abs(quoted - (calculated - fee_each)) <= cent:
        return None
    return PaymentMismatch(QUOTED_PAYMENT_DIFFERS, quoted, calculated)
