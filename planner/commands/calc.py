"""``planner calc`` and ``planner apr``: one product's schedule and true rate, or a batch."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from planner.commands.jsonio import each_object, print_json, read_json
from planner.commands.report_text import figures_text
from planner.core.apr import CashFlow, annual_percentage_rate
from planner.core.card import deferred_due, payment_for_months
from planner.core.convention import Convention
from planner.core.dates import parse_date
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.money import ZERO, parse_amount
from planner.core.product import Kind, Part, parse_currency, parse_product
from planner.core.rate_path import paths
from planner.core.schedule import Schedule
from planner.text.names import name


def register(subparsers: argparse._SubParsersAction) -> None:
    calc = subparsers.add_parser("calc", help="schedule, total cost and true APR of a product")
    calc.add_argument("file", metavar="FILE|-", help="product JSON (or a list of them)")
    calc.add_argument("--json", action="store_true", help="print JSON")
    calc.add_argument("--convention", choices=[c.value for c in Convention],
                      help="APR convention (default: the product's, else by currency)")
    calc.set_defaults(handler=run_calc)
    apr = subparsers.add_parser("apr", help="true annual rate of dated cash flows")
    apr.add_argument("file", metavar="FILE|-", help='{"convention", "advances", "payments"}')
    apr.add_argument("--json", action="store_true", help="print JSON")
    apr.set_defaults(handler=run_apr)


def run_calc(args: argparse.Namespace) -> int:
    data = read_json(args.file)
    convention = Convention(args.convention) if args.convention else None
    products, batch = each_object(data, parse_product)
    results = []
    for index, product in enumerate(products):
        try:
            results.append(analyse(product, convention))
        except InputError as error:
            raise (error.within(f"[{index}]") if batch else error) from None
    if args.json:
        out = [figures_json(f) for f in results]
        print_json(out if batch else out[0])
    else:
        print("\n\n".join(figures_text(f) for f in results))
    return 0


def figures_json(f: Figures) -> dict[str, Any]:
    """The ``planner calc --json`` object (the contract of issue 2)."""
    out: dict[str, Any] = {
        "payment": f.payment,
        "schedule": schedule_json(f.schedule.rows),
        "total_interest": f.total_interest,
        "total_fees": f.total_fees,
        "total_paid": f.total_paid,
        "total_cost": f.total_cost,
        "apr_percent": f.apr.rate * 100,
        "ear_percent": f.apr.effective_annual_rate * 100,
        "convention": f.apr.convention.value,
        "currency": f.product.currency,
        "last_payment": f.schedule.last_date,
    }
    if f.apr.multiple_roots:
        out["apr_note"] = "several rates solve these flows; the positive one nearest zero is shown"
    p = f.product
    out["day_count"] = p.day_basis.value
    rates = dict(paths(p, f.schedule.last_date))
    if len(rates.get("", ())) > 1:
        out["rates"] = _rates_json(rates[""])
    if p.parts:
        payments = dict(f.part_payments)
        out["parts"] = [_part_json(part, schedule, payments[name], rates[name])
                        for part, (name, schedule) in zip(p.parts, f.schedule.parts,
                                                          strict=True)]
    if p.deferred_interest:
        out["deferred_interest"] = _deferred_json(f)
    if f.product.kind is Kind.CARD:
        out["months_to_payoff"] = f.months_to_payoff
        out["payment_for_36_months"] = payment_for_months(f.product, 36)
    return out


def schedule_json(rows: Any) -> list[dict[str, Any]]:
    return [{"n": r.n, "date": r.date, "payment": r.payment, "principal": r.principal,
             "interest": r.interest, "fee": r.fee, "balance": r.balance} for r in rows]


def _rates_json(path: Any) -> list[dict[str, Any]]:
    """The rate over time: each rate with the date it accrues from."""
    return [{"from": day, "rate": {rate.quote.value: rate.value}} for day, rate in path]


def _part_json(part: Part, schedule: Schedule, payment: Decimal,
               path: Any) -> dict[str, Any]:
    """A part of a combined loan; its payment quoted as the whole loan's is (an equal-principal
    part's first payment, Figures.part_payments)."""
    return {"name": part.name, "principal": part.principal,
            "payment": payment, "rates": _rates_json(path),
            "total_interest": sum((r.interest for r in schedule.rows), ZERO),
            "schedule": schedule_json(schedule.rows)}


def _deferred_json(f: Figures) -> dict[str, Any]:
    """The promotion's end and what is charged then if it is not cleared (zero if it is): a
    loan's with its first payment after the end, a card's on its first statement after it,
    paid by that statement's due date."""
    end = f.product.rate_changes[0].date
    charged = f.schedule.deferred_interest
    on = None
    if charged:
        on = deferred_due(f.product) if f.product.kind is Kind.CARD else next(
            (r.date for r in f.schedule.rows if r.date > end), None)
    return {"promotion_ends": end, "charged": charged, "charged_on": on}


def run_apr(args: argparse.Namespace) -> int:
    data = read_json(args.file)
    requests, batch = each_object(data, _parse_flows)
    out = []
    for convention, advances, payments in requests:
        result = annual_percentage_rate(advances, payments, convention)
        out.append({"apr_percent": result.rate * 100, "convention": result.convention.value,
                    "unit_period": str(result.unit_period),
                    "ear_percent": result.effective_annual_rate * 100})
    if args.json:
        print_json(out if batch else out[0])
    else:
        for entry in out:
            print(f"{entry['apr_percent']:.4f}%  under "
                  f"{name(Convention(entry['convention']), 'en')}, unit period "
                  f"{entry['unit_period']}")
    return 0


def _parse_flows(data: Any) -> tuple[Convention, list[CashFlow], list[CashFlow]]:
    if not isinstance(data, dict):
        raise InputError("input", "must be an object with convention, advances and payments")
    unknown = sorted(set(data) - {"convention", "advances", "payments", "currency"})
    if unknown:
        raise InputError(unknown[0], "is not a field of an APR request")
    try:
        convention = Convention(data.get("convention", "cn-irr"))
    except ValueError:
        raise InputError("convention", "must be one of " +
                         ", ".join(c.value for c in Convention)) from None
    currency = parse_currency(data.get("currency", "CNY"))
    return (convention, _flows(data, "advances", currency), _flows(data, "payments", currency))


def _flows(data: dict, key: str, currency: str) -> list[CashFlow]:
    raw = data.get(key)
    if not isinstance(raw, list) or not raw:
        raise InputError(key, "must be a non-empty list of {date, amount}")
    flows = []
    for i, entry in enumerate(raw):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise InputError(where, "must be an object with date and amount")
        for needed in ("date", "amount"):
            if needed not in entry:
                raise InputError(f"{where}.{needed}", "is missing")
        flows.append(CashFlow(parse_date(entry["date"], f"{where}.date"),
                              parse_amount(entry["amount"], f"{where}.amount", currency)))
    return flows
