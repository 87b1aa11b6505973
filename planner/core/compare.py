"""Loan offers side by side, normalised: payment, total cost, true APR and EAR, last date.

The ranking is by the true annual rate under one convention (the price of the money per unit of
time, the measure every law in FINANCE.md asks lenders to disclose), then by total cost. An
offer's headline rate never enters the ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.apr import Convention
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.money import ZERO
from planner.core.product import Product

MIN_OFFERS, MAX_OFFERS = 2, 6


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
        try:
            analysed.append((offer, analyse(offer.product, convention)))
        except InputError as error:
            raise error.within(f"offers[{index}]") from None
    analysed.sort(key=lambda pair: (pair[1].apr.rate, pair[1].total_cost))
    cheapest_cost = analysed[0][1].total_cost if analysed else ZERO
    ranked = tuple(RankedOffer(offer, figures, rank, figures.total_cost - cheapest_cost)
                   for rank, (offer, figures) in enumerate(analysed, start=1))
    return Comparison(convention, ranked)
