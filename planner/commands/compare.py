"""``planner compare``: offers side by side, cheapest first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.commands.jsonio import print_json, read_json
from planner.core.apr import Convention
from planner.core.compare import Comparison, Offer, compare_offers
from planner.core.errors import InputError
from planner.core.product import parse_product

_LABELS = {"name", "lender", "id", "notes"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("compare", help="compare 2 to 6 loan offers, cheapest first")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="one product JSON per file, or one file holding a list")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--convention", choices=[c.value for c in Convention])
    parser.set_defaults(handler=run_compare)


def read_offers(files: list[str]) -> list[Offer]:
    """Offers from the files: products as ``planner calc`` reads them, each optionally named."""
    entries: list[tuple[str, Any]] = []
    for source in files:
        data = read_json(source)
        if isinstance(data, list):
            entries.extend((f"{source}[{i}]", d) for i, d in enumerate(data))
        elif isinstance(data, dict) and data.get("format") == "planner-portfolio":
            items = data.get("items", [])
            entries.extend((f"{source}.items[{i}]", d) for i, d in enumerate(items))
        else:
            entries.append((source, data))
    offers = []
    for where, data in entries:
        if not isinstance(data, dict):
            raise InputError(where, "must be a product JSON object")
        product = {k: v for k, v in data.items() if k not in _LABELS and k != "payments"}
        try:
            offers.append(Offer(str(data.get("name") or Path(where).stem),
                                parse_product(product)))
        except InputError as error:
            raise InputError(f"{where}: {error.field}", error.problem) from None
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
    print(f"* cheapest by true annual rate ({comparison.convention.value})")
    return 0
