"""Default caps on the true annual rate, by currency, kept as dated data.

- CNY caution: 4 x the one-year Loan Prime Rate on the item's start date -- the judicial
  protection line of the Supreme People's Court's provisions on private lending cases (2020
  revision, 法释〔2020〕6号/17号, in force from 20 August 2020): the LPR "when the contract was
  made". LPR points are the National Interbank Funding Center's published one-year LPR changes
  (:mod:`planner.core.lpr`); only changes that table is sure of are listed, and a date before
  the first point (20 August 2019, the reformed LPR's first) uses the first point.
- CNY danger: 24% -- the line the 2015 provisions (法释〔2015〕18号) protected; above 36% a
  contract's interest was void.
- USD danger: 36% -- the Military Lending Act cap on the military APR, 10 U.S.C. 987(b).
- EUR, GBP danger: 36% -- a common cap line; this app's product default, not an EU or UK law.
- Other currencies have no default: only a cap the user sets (``Thresholds.apr_cap``) applies,
  and it replaces the caution line everywhere.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from planner.core.lpr import DEFAULT_TABLE, Tenor

#: One-year LPR changes (date from which it applies, rate as a fraction): the one-year series
#: of the shipped LPR table (:mod:`planner.core.lpr`, sources cited there).
ONE_YEAR_LPR: tuple[tuple[date, Decimal], ...] = DEFAULT_TABLE.series(Tenor.ONE_YEAR)
_LPR_DATES = [d for d, _ in ONE_YEAR_LPR]

LPR_MULTIPLE = Decimal(4)
_DANGER = {"CNY": Decimal("0.24"), "USD": Decimal("0.36"), "EUR": Decimal("0.36"),
           "GBP": Decimal("0.36")}
_SOURCES = {"CNY": ("spc-private-lending-2020", "spc-private-lending-2015"),
            "USD": ("us-mla-10-usc-987",), "EUR": ("product-default",),
            "GBP": ("product-default",)}


@dataclass(frozen=True, slots=True)
class RateCaps:
    """The lines for one item: above ``caution`` a caution, above ``danger`` a danger; either
    may be absent. ``sources`` are stable codes the interface turns into citations."""

    caution: Decimal | None
    danger: Decimal | None
    sources: tuple[str, ...]


def one_year_lpr(on: date) -> Decimal:
    """The one-year LPR in force on ``on``.

    >>> one_year_lpr(date(2025, 5, 20)), one_year_lpr(date(2025, 5, 19))
    (Decimal('0.0300'), Decimal('0.0310'))
    """
    index = bisect_right(_LPR_DATES, on) - 1
    return ONE_YEAR_LPR[max(index, 0)][1]


def rate_caps(currency: str, start: date, user_cap: Decimal | None = None) -> RateCaps:
    """The caution and danger lines for an item in ``currency`` that started on ``start``.

    >>> rate_caps("CNY", date(2025, 6, 1)).caution
    Decimal('0.1200')
    >>> rate_caps("CNY", date(2024, 8, 1)).caution, rate_caps("USD", date(2025, 1, 1)).danger
    (Decimal('0.1340'), Decimal('0.36'))
    >>> rate_caps("JPY", date(2025, 1, 1), Decimal("0.15"))
    RateCaps(caution=Decimal('0.15'), danger=None, sources=('user-cap',))
    """
    danger = _DANGER.get(currency)
    sources = _SOURCES.get(currency, ())
    caution = LPR_MULTIPLE * one_year_lpr(start) if currency == "CNY" else None
    if user_cap is not None:
        caution, sources = user_cap, ("user-cap", *sources)
    if caution is not None and danger is not None and caution >= danger:
        caution = None  # a cap at or above the danger line adds no separate caution
    return RateCaps(caution, danger, sources)
