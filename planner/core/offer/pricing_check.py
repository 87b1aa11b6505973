"""A read offer priced and checked: its figures (``planner calc``'s, through ``analyse``) and
what the text's own claims get wrong (a stated annual rate below the true one, a quoted payment
the terms do not give). Shared by ``planner read-offer`` and the app's paste box; codes and
numbers only, worded by :mod:`planner.text.offer`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.offer.honesty import (
    PaymentMismatch,
    Understatement,
    payment_mismatch,
    understatements,
)
from planner.core.offer.reading import OfferReading
from planner.core.product import FeeType, parse_product

CANNOT_PRICE = "cannot_price"


@dataclass(frozen=True, slots=True)
class PricedOffer:
    """``figures`` when the product can be priced, else ``refusal`` (why ``calc`` refuses
    it, when the text is complete but its terms never repay, say)."""

    reading: OfferReading
    figures: Figures | None
    refusal: InputError | None
    understated: tuple[Understatement, ...]
    mismatch: PaymentMismatch | None


def price_offer(reading: OfferReading) -> PricedOffer:
    """Price ``reading``'s product and check the text's claims against the figures.

    >>> from datetime import date
    >>> from planner.core.offer import read_offer
    >>> priced = price_offer(read_offer("分12期，每期手续费0.6%，折合年化仅7.2%，借款10000元",
    ...                                  date(2026, 1, 10)))
    >>> round(priced.figures.apr.rate * 100, 2), [u.code for u in priced.understated]
    (13.03, ['quoted_rate_understates'])
    """
    if not reading.complete:
        return PricedOffer(reading, None, None, (), None)
    try:
        figures = analyse(parse_product(reading.product))
    except InputError as error:
        return PricedOffer(reading, None, error, (), None)
    fee_each = sum((f.amount for f in figures.product.fees if f.type is FeeType.PER_PAYMENT),
                   Decimal(0))
    return PricedOffer(reading, figures, None,
                       tuple(understatements(reading.quoted, figures.apr.rate * 100)),
                       payment_mismatch(reading.payment, figures.payment,
                                        reading.product.get("method"), fee_each))
