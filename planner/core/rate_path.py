"""The rate a product charges over time: its rate from the start, then each change.

A product's path is ``((start, rate), (date, rate), ...)`` in date order, each rate accruing
from its date until the next. The changes come from ``rate_changes`` (known repricings, a
promotion's end), or from ``lpr_spread``: the LPR of the tenor in force on each reset date (every
1 January, or every anniversary of the start) plus the spread, never below zero (FINANCE.md,
"Rates that change"). A change on the start date is the rate from the start.
"""

from __future__ import annotations

from datetime import date

from planner.core.dates import add_months
from planner.core.lpr import LprTable
from planner.core.product import LprReset, LprSpread, Product, Rate, RateChange, lpr_rate

Path = tuple[tuple[date, Rate], ...]


def path_of(start: date, rate: Rate, changes: tuple[RateChange, ...],
            spread: LprSpread | None, table: LprTable, until: date) -> Path:
    """The path of one rate (a product's, or a part's) from ``start`` up to ``until``.

    >>> from decimal import Decimal
    >>> from planner.core.lpr import DEFAULT_TABLE
    >>> spread = LprSpread(Decimal("-0.003"), reset=LprReset.JANUARY)
    >>> p = path_of(date(2024, 6, 1), lpr_rate(spread, date(2024, 6, 1)), (), spread,
    ...             DEFAULT_TABLE, date(2026, 6, 1))
    >>> [(d.isoformat(), str(r.value)) for d, r in p]
    [('2024-06-01', '0.0365'), ('2025-01-01', '0.0330'), ('2026-01-01', '0.0320')]
    """
    out: list[tuple[date, Rate]] = [(start, rate)]
    if spread is not None:
        changes = tuple(RateChange(day, lpr_rate(spread, day, table))
                        for day in reset_dates(start, spread.reset, until))
    for change in changes:
        if change.date > until:
            break
        if change.date <= out[-1][0]:
            out[-1] = (out[-1][0], change.rate)  # on the start: the rate from the start
        elif change.rate != out[-1][1]:
            out.append((change.date, change.rate))
    return tuple(out)


def reset_dates(start: date, reset: LprReset, until: date) -> list[date]:
    """The dates after ``start``, up to ``until``, on which an LPR-linked rate is set again.

    >>> [d.isoformat() for d in reset_dates(date(2024, 2, 29), LprReset.ANNIVERSARY,
    ...                                     date(2026, 6, 1))]
    ['2025-02-28', '2026-02-28']
    """
    out = []
    k = 1
    while True:
        day = (date(start.year + k, 1, 1) if reset is LprReset.JANUARY
               else add_months(start, 12 * k))
        if day > until:
            return out
        out.append(day)
        k += 1


def product_path(product: Product, until: date) -> Path:
    """The path of a single-rate product (not a combined loan's: each part has its own)."""
    return path_of(product.start, product.rate, product.rate_changes, product.lpr_spread,
                   product.lpr_table, until)


def part_path(product: Product, index: int, until: date) -> Path:
    """The path of part ``index`` of a combined loan."""
    part = product.parts[index]
    return path_of(product.start, part.rate, part.rate_changes, part.lpr_spread,
                   product.lpr_table, until)


def paths(product: Product, until: date) -> tuple[tuple[str, Path], ...]:
    """Each rate of ``product`` over time, named: a combined loan's by its parts' names, a
    single rate by the empty name.

    >>> from planner.core.product import parse_product
    >>> p = parse_product({"kind": "loan", "principal": "1000", "start": "2025-01-10",
    ...     "term": 12, "rate": {"annual": "0"},
    ...     "rate_changes": [{"date": "2025-07-10", "rate": {"annual": "0.2499"}}]})
    >>> [(name, [(d.isoformat(), str(r.value)) for d, r in path])
    ...  for name, path in paths(p, date(2026, 1, 10))]
    [('', [('2025-01-10', '0'), ('2025-07-10', '0.2499')])]
    """
    if product.parts:
        return tuple((part.name, part_path(product, k, until))
                     for k, part in enumerate(product.parts))
    return (("", product_path(product, until)),)
