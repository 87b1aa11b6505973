"""Does the text understate its price? Each annual figure it states (an APR, 年化, 0% interest,
interest-free) against the true annual rate of the product it describes.

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
