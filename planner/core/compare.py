"""Loan offers side by side, normalised: payment, total cost, true APR and EAR, last date.
Offers are read from parsed JSON too (:func:`offers_from_json`): a portfolio, the file that
import, export and the workshop scenarios share, or a list of products.

The ranking is by the true annual rate under one convention (the price of the money per unit of
time, the measure every law in FINANCE.md asks lenders to disclose), then by total cost. An
offer's headline rate never enters the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.money import ZERO
from planner.core.portfolio import parse_portfolio
from planner.core.privacy import refuse_card_numbers
from planner.core.product import Product, parse_product

MIN_OFFERS, MAX_OFFERS = 2, 6
#: What a product entry may carry beside its terms; labels, not terms, so they are set aside.
_LABELS = frozenset({"name", "lender", "id", "notes", "payments"})
_ENTRY = re.compile(r"^(?:items)?\[(\d+)\]\.?(.*)$")


@dataclass(frozen=True, slots=True)
class Offer:
    name: str
    product: Product


@dataclass(frozen=True, slots=True)
class RankedOffer:
    offer: Offer
    figures: Figures
    rank: int                   # 1 is the cheapest
    extra_cost: Decimal         # total cost above the cheapest offer's

    @property
    def cheapest(self) -> bool:
        return self.rank == 1


@dataclass(frozen=True, slots=True)
class Comparison:
    convention: Convention
    ranked: tuple[RankedOffer, ...]

    def cumulative_cost(self) -> list[tuple[str, list[tuple[date, Decimal]]]]:
        """For each offer, the money paid so far minus the money received, by date: the series
        of the cumulative-cost chart (it ends at the total cost of credit)."""
        series = []
        for entry in self.ranked:
            schedule = entry.figures.schedule
            running = schedule.upfront_fees - schedule.advance
            points = [(entry.offer.product.start, running)]
            for row in schedule.rows:
                running += row.payment
                points.append((row.date, running))
            series.append((entry.offer.name, points))
        return series


def compare_offers(offers: Sequence[Offer], convention: Convention | None = None,
                   *, limit: bool = True) -> Comparison:
    """Rank ``offers`` cheapest first under ``convention`` (default: the first offer's).

    >>> from planner.core.product import parse_product
    >>> fee = Offer("card installment", parse_product({"kind": "installment",
    ...     "principal": "10000", "start": "2025-01-10", "term": 12,
    ...     "rate": {"monthly_fee": "0.006"}}))
    >>> loan = Offer("bank loan", parse_product({"kind": "loan", "principal": "10000",
    ...     "start": "2025-01-10", "term": 12, "rate": {"annual": "0.10"}}))
    >>> [r.offer.name for r in compare_offers([fee, loan]).ranked]
    ['bank loan', 'card installment']
    """
    if limit and not MIN_OFFERS <= len(offers) <= MAX_OFFERS:
        raise InputError("offers", f"compare {MIN_OFFERS} to {MAX_OFFERS} offers, "
                                   f"not {len(offers)}")
    if not offers:
        raise InputError("offers", "no offers to compare")
    convention = convention or offers[0].product.apr_convention
    analysed = []
    for index, offer in enumerate(offers):
        refuse_card_numbers(offer.name, f"offers[{index}].name")  # shown, saved and reported
        try:
            analysed.append((offer, analyse(offer.product, convention)))
        except InputError as error:
            raise error.within(f"offers[{index}]") from None
    analysed.sort(key=lambda pair: (pair[1].apr.rate, pair[1].total_cost))
    cheapest_cost = analysed[0][1].total_cost if analysed else ZERO
    ranked = tuple(RankedOffer(offer, figures, rank, figures.total_cost - cheapest_cost)
                   for rank, (offer, figures) in enumerate(analysed, start=1))
    return Comparison(convention, ranked)


def offers_from_json(data: object, default_name: str = "offer") -> list[Offer]:
    """The offers a parsed JSON value holds: a portfolio (``"format": "planner-portfolio"``,
    checked whole; each item an offer named by the item's name), a list of products, or one
    product, as ``planner calc`` reads them, each optionally with a ``name``. An unnamed
    product is called ``default_name`` (in a list, with its number). A problem raises
    ``InputError`` naming the entry and the field: ``items[1].rate``, ``[2].term``.

    >>> plan = {"kind": "installment", "principal": "10000", "start": "2025-01-10",
    ...         "term": 12, "rate": {"monthly_fee": "0.006"}}
    >>> [o.name for o in offers_from_json([dict(plan, name="phone"), plan])]
    ['phone', 'offer 2']
    >>> offers_from_json([plan, dict(plan, term=0)])
    Traceback (most recent call last):
    planner.core.errors.InputError: [1].term: 0 is outside 1 to 1200
    """
    if isinstance(data, dict) and "format" in data:
        return [Offer(item.name, item.product) for item in parse_portfolio(data).items]
    if not isinstance(data, list):
        return [_offer(data, default_name)]
    offers = []
    for index, entry in enumerate(data):
        try:
            offers.append(_offer(entry, f"{default_name} {index + 1}"))
        except InputError as error:
            raise error.within(f"[{index}]") from None
    return offers


def _offer(data: object, default_name: str) -> Offer:
    if not isinstance(data, dict):
        raise InputError("product", "must be a JSON object")
    name = data.get("name") or default_name
    if not isinstance(name, str):
        raise InputError("name", "must be text")
    refuse_card_numbers(name, "name")
    product = parse_product({k: v for k, v in data.items() if k not in _LABELS})
    return Offer(name.strip() or default_name, product)


@dataclass(frozen=True, slots=True)
class EntryField:
    """Where in a file of offers an ``InputError`` points."""

    number: int | None      # the offer it is in, counted from 1; None: the file as a whole
    name: str               # that offer's name in the file, "" when it has none
    field: str              # the field within the offer (or the file)


def locate_field(data: object, field: str) -> EntryField:
    """The offer of ``data`` (as :func:`offers_from_json` reads it) that ``field`` names.

    >>> data = {"format": "planner-portfolio", "items": [{"name": "car"}, {"name": "bank"}]}
    >>> locate_field(data, "items[1].rate.annual")
    EntryField(number=2, name='bank', field='rate.annual')
    >>> locate_field(data, "version")
    EntryField(number=None, name='', field='version')
    """
    portfolio = isinstance(data, dict) and "format" in data
    entries = data.get("items") if portfolio else data  # type: ignore[union-attr]
    if not portfolio and isinstance(entries, dict):  # one product: the file is the offer
        return EntryField(1, _name_of(entries), field)
    match = _ENTRY.match(field)
    if not isinstance(entries, list) or match is None \
            or portfolio != field.startswith("items"):
        return EntryField(None, "", field)
    index = int(match.group(1))
    entry = entries[index] if index < len(entries) else None
    return EntryField(index + 1, _name_of(entry), match.group(2))


def _name_of(entry: object) -> str:
    name = entry.get("name") if isinstance(entry, dict) else None
    return name.strip() if isinstance(name, str) else ""
