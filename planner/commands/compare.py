"""``planner compare``: offers side by side, cheapest first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.commands.jsonio import print_json, read_json
from planner.core.compare import Comparison, Offer, compare_offers, offers_from_json
from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.text.names import name


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("compare", help="compare 2 to 6 loan offers, cheapest first")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="a product JSON, a list of them, or a portfolio file "
                             "(as the app saves offers)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--convention", choices=[c.value for c in Convention])
    parser.set_defaults(handler=run_compare)


def read_offers(files: list[str]) -> list[Offer]:
    """Offers from the files: a portfolio (the app's "Save offers to a file…" writes one), a
    list of products as ``planner calc`` reads them, or one product; each optionally named."""
    offers = []
    for source in files:
        data = read_json(source)
        name = "stdin" if source == "-" else Path(source).stem
        try:
            offers.extend(offers_from_json(data, name))
        except InputError as error:
            raise InputError(f"{source}: {error.field}", error.problem) from None
    return offers


def comparison_json(comparison: Comparison) -> list[dict[str, Any]]:
    return [{"rank": r.rank, "name": r.offer.name, "cheapest": r.cheapest,
             "payment": r.figures.payment, "total_interest": r.figures.total_interest,
             "total_fees": r.figures.total_fees, "total_cost": r.figures.total_cost,
             "total_paid": r.figures.total_paid, "apr_percent": r.figures.apr.rate * 100,
             "ear_percent": r.figures.apr.effective_annual_rate * 100,
             "convention": comparison.convention.value,
             "last_payment": r.figures.schedule.last_date, "extra_cost": r.extra_cost}
            for r in comparison.ranked]


def run_compare(args: argparse.Namespace) -> int:
    convention = Convention(args.convention) if args.convention else None
    comparison = compare_offers(read_offers(args.files), convention)
    rows = comparison_json(comparison)
    if args.json:
        print_json(rows)
        return 0
    header = f"{'#':>2}  {'offer':<24}{'payment':>12}{'total cost':>14}{'APR':>9}{'EAR':>9}" \
             f"  last payment"
    print(header)
    for row in rows:
        mark = "*" if row["cheapest"] else " "
        print(f"{row['rank']:>2}{mark} {row['name'][:24]:<24}{row['payment']:>12,}"
              f"{row['total_cost']:>14,}{row['apr_percent']:>8.2f}%{row['ear_percent']:>8.2f}%"
              f"  {row['last_payment']}")
    print(f"* cheapest by true annual rate under {name(comparison.convention, 'en')}")
    return 0
