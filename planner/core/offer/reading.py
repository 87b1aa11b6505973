"""What reading an offer gives: the product, the spans it was read from, and the annual
figures the text offers as its price."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from planner.core.offer.honesty import Quote
from planner.core.offer.rates import RateStatement, Stated


@dataclass(frozen=True, slots=True)
class Span:
    """What the text says about ``field``: ``text == original[start:end]``."""

    field: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OfferReading:
    """A read offer. ``product`` is product JSON (strings for money and rates) holding what the
    text gave or implied; ``complete`` when ``parse_product`` accepts it and ``planner calc``
    can price it, else ``missing`` names the fields still needed. ``quoted`` are the annual
    figures the text states (to check with :func:`.honesty.understatements`), ``payment`` the
    payment it quotes."""

    product: dict[str, Any]
    complete: bool
    missing: tuple[str, ...]
    found: tuple[Span, ...]
    quoted: tuple[Quote, ...]
    payment: Decimal | None


def quotes(text: str, rates: list[RateStatement]) -> tuple[Quote, ...]:
    """The annual figures the text offers as the price. Beside an APR (the lender's all-in
    figure), a plain interest rate is a part of the price, not a claim about all of it."""
    claims = [r for r in rates if r.quoted]
    if any(r.apr for r in claims):
        claims = [r for r in claims if r.apr or r.derived or r.kind is not Stated.ANNUAL
                  or r.value == 0]
    return tuple(Quote(text[r.start:r.end], _percent(r.value), r.start, r.end) for r in claims)


def _percent(fraction: Decimal) -> Decimal:
    value = fraction.scaleb(2)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
