"""``planner stress``, ``plan``, ``whatif`` and ``calendar``: repayment stress, payoff plans,
what-ifs and due dates (issue 5), on a portfolio FILE or, without one, the store's profile.

JSON money is a decimal string; every date is an ISO date and every month ``YYYY-MM``. The
readable reports are English; the JSON carries the stable codes and numbers to word them in any
language.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from planner.commands.base import Refused
from planner.commands.jsonio import print_json, read_json
from planner.commands.profile_access import open_command_profile, refusing_store_errors, today_of
from planner.core.errors import InputError
from planner.core.money import parse_amount, parse_decimal
from planner.core.payoff import (
    ExtraPayment,
    PayoffPlan,
    Strategy,
    compare_strategies,
    debts_of,
    payoff_plan,
)
from planner.core.portfolio import Item, Portfolio, parse_item, parse_portfolio
from planner.core.product import parse_date, parse_product
from planner.core.stress import StressReport, StressWarning, stress_report
from planner.core.stress.calendar import due_dates
from planner.core.whatif import WhatIf, what_if
from planner.text import format as fmt
from planner.text.stress import StressText

RATIO = Decimal("0.0001")


def register(subparsers: argparse._SubParsersAction) -> None:
    add = subparsers.add_parser
    p = add("stress", help="repayment stress: obligations against income, warnings, score")
    _common(p)
    p.set_defaults(handler=run_stress)
    p = add("plan", help="a payoff plan for a monthly budget (avalanche, snowball, custom)")
    _common(p)
    p.add_argument("--budget", required=True, metavar="AMOUNT", help="money for debts a month")
    p.add_argument("--strategy", choices=[s.value for s in Strategy], default="avalanche")
    p.add_argument("--order", metavar="ID,ID", help="custom: the item ids, first paid first")
    p.add_argument("--extra", action="append", default=[], metavar="DATE:AMOUNT",
                   help="a one-off extra payment (repeatable)")
    p.set_defaults(handler=run_plan)
    p = add("whatif", help="warnings and score before and after a change")
    _common(p)
    p.add_argument("--income-change", metavar="FRACTION", help="-0.2 is income down 20%%")
    p.add_argument("--rate-change", metavar="POINTS",
                   help="0.02 adds two points a year to the variable-rate items")
    p.add_argument("--add", metavar="PRODUCT_FILE", help="a new product or item JSON")
    p.set_defaults(handler=run_whatif)
    p = add("calendar", help="due dates for the coming months (or an .ics file)")
    _common(p)
    p.add_argument("--months", type=int, default=3, help="how many months (1 to 36)")
    p.add_argument("--ics", metavar="PATH", help="write the due dates as iCalendar to PATH")
    p.set_defaults(handler=run_calendar)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="portfolio JSON (- for stdin); default: the profile")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")


def _portfolio(args: argparse.Namespace) -> Portfolio:
    if args.file:
        return parse_portfolio(read_json(args.file))
    with open_command_profile(args) as profile:
        return profile.portfolio()


# -- stress ----------------------------------------------------------------------------------

@refusing_store_errors
def run_stress(args: argparse.Namespace) -> int:
    today = today_of(args)
    report = stress_report(_portfolio(args), today)
    if args.json:
        print_json(stress_json(report))
    else:
        print(stress_text(report))
    return 0


def stress_json(report: StressReport) -> dict[str, Any]:
    """The ``planner stress --json`` object (the contract of issue 5, with more fields)."""
    p, s = report.projection, report.score
    return {
        "score": s.score, "band": s.band.value, "today": p.today, "currency": p.currency,
        "factors": [{"code": f.code, "points": f.points, "max_points": f.max_points,
                     "measure": f.measure} for f in s.factors],
        "warnings": [warning_json(w) for w in report.warnings],
        "months": [{"month": m.month, "payments": m.payments, "income": m.income,
                    "essentials": m.essentials, "cash": m.cash,
                    "ratio": None if m.ratio is None else m.ratio.quantize(RATIO),
                    "by_item": m.by_item} for m in p.months],
        "weeks": [{"start": w.start, "end": w.end, "payments": w.payments, "income": w.income,
                   "essentials": w.essentials, "cash": w.cash} for w in p.weeks],
    }


def warning_json(w: StressWarning) -> dict[str, Any]:
    return {"code": w.code.value, "severity": w.severity.value, "months": list(w.months),
            "dates": list(w.dates), "items": list(w.items), "detail": w.detail,
            "rule": w.rule, "threshold": w.threshold, "sources": list(w.sources)}


def _few(values: tuple[str, ...] | list[str], limit: int = 4) -> str:
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _words(report: StressReport) -> StressText:
    """The stress analysis in English, items by name (the app's and the PDF's sentences)."""
    names = {ip.item_id: ip.item.name for ip in report.projection.items}
    return StressText("en", report.projection.currency, names)


def _warning_line(words: StressText, w: StressWarning) -> str:
    return (f"{words.severity_name(w.severity).upper():<8}{words.code_name(w.code)}: "
            f"{words.headline(w)}")


def stress_text(report: StressReport) -> str:
    p, s = report.projection, report.score
    words = _words(report)
    lines = [f"Stress score {s.score}/100 ({words.band_name(s.band)}) as of "
             f"{fmt.day(p.today)}, {p.currency}", ""]
    lines += [f"  {words.code_name(f.code):<28}{f.points:>6} / {f.max_points}"
              for f in s.factors]
    lines += ["", "Warnings" if report.warnings else "No warnings."]
    lines += [f"  {_warning_line(words, w)}" for w in report.warnings]
    lines += ["", f"  {'MONTH':<10}{'PAYMENTS':>16}{'INCOME':>16}{'RATIO':>9}{'CASH':>18}"]
    for m in p.months[:12]:
        lines.append(f"  {fmt.month(m.month, 'en'):<10}{fmt.money(m.payments, p.currency):>16}"
                     f"{fmt.money(m.income, p.currency):>16}{fmt.ratio(m.ratio):>9}"
                     f"{fmt.money(m.cash, p.currency):>18}")
    return "\n".join(lines)


# -- plan ------------------------------------------------------------------------------------

@refusing_store_errors
def run_plan(args: argparse.Namespace) -> int:
    today = today_of(args)
    portfolio = _portfolio(args)
    currency = portfolio.household.currency
    budget = parse_amount(args.budget, "--budget", currency)
    extras = [_extra(text, currency) for text in args.extra]
    strategy = Strategy(args.strategy)
    order = [i.strip() for i in (args.order or "").split(",") if i.strip()]
    if strategy is Strategy.CUSTOM and not order:
        raise InputError("--order", "is needed with --strategy custom (item ids, comma "
                                    "separated)")
    debts = debts_of(portfolio, today)
    try:
        plans = {s: payoff_plan(debts, budget, s, today, extras=extras, currency=currency,
                                order=order if s is Strategy.CUSTOM else ())
                 for s in Strategy if s is not Strategy.CUSTOM or order}
    except InputError as error:
        raise InputError(f"--{error.field}", error.problem) from None
    chosen = plans[strategy]
    comparison = compare_strategies(list(plans.values()))
    if args.json:
        out = plan_json(chosen)
        out["comparison"] = {
            "cheapest": comparison.cheapest, "interest_difference":
            comparison.interest_difference, "months_difference": comparison.months_difference,
            "plans": [{k: v for k, v in plan_json(p).items() if k != "months"}
                      for p in plans.values()]}
        print_json(out)
        return 0
    print(plan_text(chosen, list(plans.values())))
    return 0


def _extra(text: str, currency: str) -> ExtraPayment:
    when, _, amount = text.partition(":")
    if not amount:
        raise InputError("--extra", f"{text!r} must be DATE:AMOUNT, like 2025-12-01:5000")
    return ExtraPayment(parse_date(when, "--extra"), parse_amount(amount, "--extra", currency))


def plan_json(p: PayoffPlan) -> dict[str, Any]:
    # With a budget below the minimums no plan is made: its totals are unknown, not zero.
    made = not p.budget_below_minimums
    return {"strategy": p.strategy, "debt_free": p.debt_free,
            "months_to_debt_free": p.months_to_debt_free,
            "total_interest": p.total_interest if made else None,
            "total_paid": p.total_paid if made else None, "budget": p.budget,
            "order": list(p.order),
            "budget_below_minimums": p.budget_below_minimums, "shortfall": p.shortfall,
            "never_repays": p.never_repays,
            "months": [{"month": m.month, "payments": m.payments, "balances": m.balances,
                        "interest": m.interest} for m in p.months]}


def plan_text(chosen: PayoffPlan, plans: list[PayoffPlan]) -> str:
    if chosen.budget_below_minimums:
        return (f"The budget {chosen.budget:,} is {chosen.shortfall:,} below the minimum "
                f"payments; nothing is planned.")
    lines = [f"{'STRATEGY':<11}{'DEBT-FREE':>10}{'MONTHS':>8}{'INTEREST':>14}"]
    for p in plans:
        lines.append(f"{p.strategy.value:<11}{p.debt_free or 'never':>10}"
                     f"{p.months_to_debt_free or '-':>8}{p.total_interest:>14,}")
    lines += ["", f"{chosen.strategy.value} order: {', '.join(chosen.order)}"]
    for m in chosen.months[:24]:
        paid = ", ".join(f"{i} {a:,}" for i, a in m.payments.items() if a)
        lines.append(f"  {m.month}  {paid}")
    if len(chosen.months) > 24:
        lines.append(f"  ... {len(chosen.months) - 24} more months (--json for all)")
    return "\n".join(lines)


# -- whatif ----------------------------------------------------------------------------------

@refusing_store_errors
def run_whatif(args: argparse.Namespace) -> int:
    if args.income_change is None and args.rate_change is None and args.add is None:
        raise Refused("give at least one of --income-change, --rate-change, --add")
    income = None if args.income_change is None else parse_decimal(args.income_change,
                                                                   "--income-change")
    rate = None if args.rate_change is None else parse_decimal(args.rate_change,
                                                               "--rate-change")
    added = [_new_item(read_json(args.add))] if args.add else []
    today = today_of(args)
    try:
        result = what_if(_portfolio(args), today, income_change=income, rate_change=rate,
                         add=added)
    except InputError as error:
        if error.field in ("income_change", "rate_change"):
            raise InputError("--" + error.field.replace("_", "-"), error.problem) from None
        raise
    if args.json:
        print_json(whatif_json(result))
    else:
        print(whatif_text(result))
    return 0


def _new_item(data: object) -> Item:
    try:
        if isinstance(data, dict) and ("name" in data or "id" in data):
            return parse_item(data, default_id="new")
        return Item("new", "new", parse_product(data))
    except InputError as error:
        raise error.within("add") from None


def whatif_json(w: WhatIf) -> dict[str, Any]:
    """``variable`` lists the items with a variable rate, an added one included (what a rate
    change moves), ``repriced`` those it did move; ``no_variable_items``: there is none."""
    return {"income_change": w.income_change, "rate_change": w.rate_change,
            "repriced": list(w.repriced), "variable_marked": w.variable_marked,
            "variable": list(w.variable), "no_variable_items": w.no_variable_items,
            "added": list(w.added), "before": stress_json(w.before),
            "after": stress_json(w.after)}


def whatif_text(w: WhatIf) -> str:
    b, a = w.before, w.after
    words = _words(w.after)
    lines = [f"Stress score {b.score.score} ({words.band_name(b.score.band)}) -> "
             f"{a.score.score} ({words.band_name(a.score.band)})"]
    if w.rate_change and w.no_variable_items:
        lines.append('No item has a variable rate, so the rate change moves nothing (mark an '
                     'LPR- or prime-linked loan, credit line or card "variable_rate": true).')
    elif w.repriced:
        lines.append(f"Rate changed on: {_few(list(w.repriced), 8)} (fixed-rate items keep "
                     "their rate)")
    elif w.rate_change:
        lines.append(f"The variable-rate items have nothing left to re-price: "
                     f"{_few(list(w.variable), 8)}")
    before = {(x.code, x.items, x.severity) for x in b.warnings}
    after = {(x.code, x.items, x.severity) for x in a.warnings}
    for x in a.warnings:
        if (x.code, x.items, x.severity) not in before:
            lines.append(f"  + {_warning_line(words, x)}")
    for x in b.warnings:
        if (x.code, x.items, x.severity) not in after:
            lines.append(f"  - {_warning_line(words, x)}")
    if before == after:
        lines.append("  the same warnings before and after")
    return "\n".join(lines)


# -- calendar --------------------------------------------------------------------------------

@refusing_store_errors
def run_calendar(args: argparse.Namespace) -> int:
    today = today_of(args)
    portfolio = _portfolio(args)
    if not 1 <= args.months <= 36:
        raise InputError("--months", "must be a whole number from 1 to 36")
    dues = due_dates(portfolio, today, args.months)
    names = {i.id: i.name for i in portfolio.items}
    if args.ics:
        count = _write_ics(Path(args.ics), portfolio, today,
                           today + relativedelta(months=args.months))
        if not args.json:
            print(f"wrote {count} due dates to {args.ics}")
    if args.json:
        print_json([{"date": d.date, "item": d.item_id, "name": names[d.item_id],
                     "amount": d.amount, "currency": d.currency, "kind": d.kind}
                    for d in dues])
    elif not args.ics:
        for d in dues:
            note = "  (overdue)" if d.kind == "overdue" else ""
            print(f"{d.date}  {d.amount:>12,} {d.currency}  {names[d.item_id]}{note}")
        if not dues:
            print("nothing due")
    return 0


def _write_ics(path: Path, portfolio: Portfolio, today: date, until: date) -> int:
    """The installments due from ``today`` until ``until`` (exclusive), through the store's
    iCalendar writer (stable UIDs: a newer export updates a calendar, never duplicates)."""
    import icalendar

    from planner.store import paths
    from planner.store.importexport import due_dates_ics

    calendar = icalendar.Calendar.from_ical(due_dates_ics(list(portfolio.items), today))
    calendar.subcomponents[:] = [c for c in calendar.subcomponents
                                 if c.name != "VEVENT" or c.decoded("dtstart") < until]
    data = calendar.to_ical()
    try:
        paths.write_private_file(path, data)
    except OSError as error:
        raise InputError("--ics", f"cannot write {path}: {error.strerror}") from None
    return data.count(b"BEGIN:VEVENT")
