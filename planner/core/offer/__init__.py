"""Read a lender's offer text: paste it, get the product, the spans it was read from, and the
annual figures the text claims (issue 10).

Pure engine code: no Qt, no I/O, no storage; rule-based and offline. Chinese and English, mixed
freely, full-width digits and Chinese numerals (through cn2an) included.

API (for the command line and the app's "Paste an offer…" box):

``read_offer(text: str, start: datetime.date) -> OfferReading``
    Raises :class:`planner.core.errors.InputError` (field ``text``) only when the text states
    no credit terms at all (or is over :data:`MAX_TEXT` characters). ``OfferReading`` fields:

    - ``product: dict`` -- the product JSON exactly as ``parse_product`` / ``planner calc``
      read it (money and rates as decimal strings), holding what the text gave or implied:
      ``kind``, ``principal`` (``balance`` for a card), ``currency``, ``start``, ``term``,
      ``frequency``, ``method``, ``rate``, ``fees``, ``minimum_payment``, ``first_payment``.
      No ``convention``: the currency decides it, as in ``calc``.
    - ``complete: bool`` -- ``parse_product(product)`` accepts it, so it can be priced;
    - ``missing: tuple[str, ...]`` -- the fields still needed (``principal``, ``balance``,
      ``term``, ``rate``, ``currency``) when it is not complete;
    - ``found: tuple[Span, ...]`` -- ``Span(field, text, start, end)``, character offsets into
      the ORIGINAL text (``text == original[start:end]``), sorted by position; ``field`` is a
      product field (``principal``, ``balance``, ``term``, ``frequency``, ``method``, ``rate``,
      ``fees``, ``minimum_payment``, ``first_payment``) or ``payment`` (a quoted payment),
      ``quoted`` (an annual figure that is not the product's rate), ``down_payment``;
    - ``quoted: tuple[Quote, ...]`` -- ``Quote(text, percent, start, end)``, the annual
      figures the text offers as its price (APR, 年化, 年利率, p.a., flat, "0% interest",
      "interest-free"; beside an APR a plain interest rate is not one), ``percent`` a Decimal
      (``7.2`` for 7.2%);
    - ``payment: Decimal | None`` -- the payment the text quotes, if any (None for an
      approximate one: "约860元", "as low as").

``understatements(quoted, true_percent) -> list[Understatement]``
    After pricing the product (``planner.core.figures.analyse(parse_product(product))``), the
    quotes more than 0.5 percentage point below its true annual rate (``apr.rate * 100``):
    ``Understatement(code="quoted_rate_understates", quote, true_percent)``. Codes and numbers
    only; the sentence is the caller's, in its language.

``payment_mismatch(quoted, calculated, method, fee_each=0) -> PaymentMismatch | None``
    ``code="quoted_payment_differs"`` when the payment the text quotes (``reading.payment``)
    differs by more than a cent from the level payment the product's terms give
    (``figures.payment``, with or without the per-payment fees ``fee_each``; annuity,
    fee_installment, interest_free and interest_only only).

Not read (the text stays partial or is read as noted): terms in days or weeks (``借30天``,
"for 6 weeks"); a choice of terms or a range of rates (``3/6/12期``, ``7.2%-24%``: the first
is read); promotional periods ("0% for 12 months, then 24.99%"); a stated minimum payment
amount without its rule. A legal APR stated beside a fee, with no separate interest rate, is
read as the interest rate, so where the lender's APR already includes the fee the true rate
counts it twice.

>>> from datetime import date
>>> reading = read_offer("0% interest! $600 laptop, pay in 4, $29 fee", date(2025, 3, 1))
>>> reading.product["method"], reading.product["frequency"], reading.product["fees"]
('interest_free', 'biweekly', [{'type': 'upfront', 'amount': '29'}])
"""

from planner.core.offer.honesty import (
    QUOTED_PAYMENT_DIFFERS,
    QUOTED_RATE_UNDERSTATES,
    TOLERANCE_POINTS,
    PaymentMismatch,
    Quote,
    Understatement,
    payment_mismatch,
    understatements,
)
from planner.core.offer.reader import MAX_TEXT, OfferReading, Span, read_offer

__all__ = ["MAX_TEXT", "QUOTED_PAYMENT_DIFFERS", "QUOTED_RATE_UNDERSTATES", "TOLERANCE_POINTS",
           "OfferReading", "PaymentMismatch", "Quote", "Span", "Understatement",
           "payment_mismatch", "read_offer", "understatements"]
