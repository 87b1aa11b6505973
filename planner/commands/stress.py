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
from planner.core import reminders
from planner.core.dates import parse_date
from planner.core.errors import InputError
from planner.core.money import parse_amount, parse_decimal
from planner.core.payoff import (
    ExtraPayment,
    PayoffPlan,
    Strategy,
    budget_for_date,
    compare_strategies,
    debts_of,
    payoff_plan,
)
from planner.core.portfolio import Item, Portfolio, parse_item, parse_portfolio
from planner.core.product import parse_product
from planner.core.refinance import Refinance, refinance
from planner.core.stress import StressReport, StressWarning, stress_report
from planner.core.stress.calendar import DueDate, due_dates
from planner.core.whatif import WhatIf, what_if
from planner.text import format as fmt
from planner.text.stress import StressText

RATIO = Decimal("0.0001")


def register(subparsers: argparse._SubParsersAction) -> None:
    add = subparsers.add_parser
    p = add("stress", help="repayment stress: obligations against income, warnings, score")
    _common(p)
    p.set_defaults(handler=run_stress)
    p = add("plan", help="a payoff plan for a monthly budget (avalanche, snowball, custom), or "
                         "the smallest budget that is debt-free by a date")
    _common(p)
    p.add_argument("--budget", metavar="AMOUNT", help="money for debts a month")
    p.add_argument("--by", metavar="DATE", help="debt-free by DATE: find the smallest budget")
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
    p.add_argument("--replace", metavar="ID_OR_NAME,...",
                   help="refinance: the items (ids, or names) the offer repays")
    p.add_argument("--with", dest="offer", metavar="OFFER_FILE",
                   help="refinance: the offer (product JSON; no principal: what is needed)")
    p.set_defaults(handler=run_whatif)
    p = add("calendar", help="due dates for the coming months (or an .ics file)")
    _common(p)
    p.add_argument("--months", type=int, default=3, help="how many months (1 to 36)")
    p.add_argument("--ics", metavar="PATH", help="write the due dates as iCalendar to PATH")
    p.add_argument("--remind", "--alarm", dest="remind", metavar="DAYS",
                   help="with --ics: alarms DAYS before each due date at 09:00, like 3,1 (0: on "
                        "the day; none: no alarms); default: the profile's setting, else 1")
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
        "paydays_known": p.timed,
        "paydays": [d for d in p.paydays if d < p.weeks[-1].end] if p.weeks else [],
        "days": [{"date": d.day, "income": d.income, "essentials": d.essentials,
                  "payments": d.payments, "cash": d.cash} for d in p.days] if p.timed else [],
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
    if (args.budget is None) == (args.by is None):
        raise Refused("give --budget AMOUNT (a plan for it) or --by DATE (the budget that is "
                      "debt-free by then), one of them")
    today = today_of(args)
    portfolio = _portfolio(args)
    currency = portfolio.household.currency
    extras = [_extra(text, currency) for text in args.extra]
    strategy = Strategy(args.strategy)
    order = [i.strip() for i in (args.order or "").split(",") if i.strip()]
    if strategy is Strategy.CUSTOM and not order:
        raise InputError("--order", "is needed with --strategy custom (item ids, comma "
                                    "separated)")
    debts = debts_of(portfolio, today)
    target = None
    if args.by is not None:
        by = parse_date(args.by, "--by")
        try:
            target = budget_for_date(debts, by, strategy, today, extras=extras,
                                     order=order if strategy is Strategy.CUSTOM else (),
                                     currency=currency)
        except InputError as error:
            raise InputError(f"--{error.field}", error.problem) from None
        budget = target.budget
    else:
        budget = parse_amount(args.budget, "--budget", currency)
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
    if target is not None:
        print(f"Debt-free by {args.by}: the smallest monthly budget is {budget:,} {currency} "
              f"({strategy.value}, the last payment in {target.debt_free}).\n")
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
    if args.replace is not None or args.offer is not None:
        return run_refinance(args)
    if args.income_change is None and args.rate_change is None and args.add is None:
        raise Refused("give at least one of --income-change, --rate-change, --add, or "
                      "--replace with --with")
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


# -- refinance ------------------------------------------------------------------------------

def run_refinance(args: argparse.Namespace) -> int:
    if args.replace is None or args.offer is None:
        raise Refused("--replace ID_OR_NAME,... and --with OFFER.json go together")
    if args.income_change is not None or args.rate_change is not None or args.add is not None:
        raise Refused("--replace and --with are a what-if of their own: leave out "
                      "--income-change, --rate-change and --add")
    wanted = [part.strip() for part in args.replace.split(",") if part.strip()]
    if not wanted:
        raise InputError("--replace", "names no item (ids or names, comma separated)")
    offer = read_json(args.offer)
    if not isinstance(offer, dict):
        raise InputError("--with", "must be one product (a JSON object), like "
                                   '{"kind": "loan", "term": 36, "rate": {"annual": "0.072"}}')
    today = today_of(args)
    result = refinance(_portfolio(args), today, wanted, offer)
    if args.json:
        out = whatif_json(result.whatif)
        out["refinance"] = refinance_json(result)
        print_json(out)
    else:
        print(refinance_text(result))
    return 0


def refinance_json(r: Refinance) -> dict[str, Any]:
    """What the offer repays, its schedule, the totals before and after, the break-even month,
    the longer-and-dearer call-out and the score before and after (``planner whatif
    --replace``)."""
    f = r.figures
    before, after = r.whatif.before.score, r.whatif.after.score
    return {
        "day": r.day, "redated": r.redated,
        "replaced": [{"id": x.item_id, "name": x.name, "balance": x.balance,
                      "payoff": x.payoff, "penalty": x.penalty, "repay": x.total,
                      "remaining": x.remaining, "payment": x.payment,
                      "last_payment": x.last_payment, "never_repays": x.never_repays}
                     for x in r.repaid],
        "to_repay": r.to_repay,
        "offer": {"id": r.offer.id, "name": r.offer.name, "principal": f.product.principal,
                  "advance": r.advance, "upfront_fees": r.upfront_fees,
                  "start": f.product.start, "term": f.product.term, "payment": f.payment,
                  "apr_percent": f.apr.rate * 100, "total_interest": f.total_interest,
                  "total_fees": f.total_fees, "total_paid": f.total_paid,
                  "last_payment": f.schedule.last_date,
                  "schedule": [{"n": x.n, "date": x.date, "payment": x.payment,
                                "principal": x.principal, "interest": x.interest, "fee": x.fee,
                                "balance": x.balance} for x in f.schedule.rows]},
        "cash_difference": r.cash_difference,
        "balance": r.balance,
        "total_paid_before": r.paid_before, "total_paid_after": r.paid_after,
        "cost_before": r.cost_before, "cost_after": r.cost_after,
        "saving": r.saving, "pays": r.pays,
        "payment_before": r.payment_before, "payment_after": r.payment_after,
        "last_payment_before": r.last_before, "last_payment_after": r.last_after,
        "break_even_month": r.break_even, "break_even_months": r.break_even_months,
        "longer_term": r.longer_term, "costs_more": r.saving < 0,
        "longer_and_dearer": r.longer_and_dearer, "never_repays": r.never_repays,
        "score_before": before.score, "score_after": after.score,
        "score_change": after.score - before.score,
        "band_before": before.band.value, "band_after": after.band.value,
        "months": [{"month": m.month, "before": m.before, "after": m.after,
                    "cumulative_before": m.cumulative_before,
                    "cumulative_after": m.cumulative_after} for m in r.months],
    }


def refinance_text(r: Refinance) -> str:
    from planner.core.explain_planning import explain_refinance
    from planner.text.explain import render

    c = r.figures.product.currency
    money = lambda v: fmt.money(v, c)  # noqa: E731
    lines = [f"Replace {', '.join(x.name for x in r.repaid)} with {r.offer.name} "
             f"on {fmt.day(r.day)}", ""]
    lines += [f"  {'REPAID':<24}{'PAYOFF':>14}{'PENALTY':>12}{'STILL TO PAY':>16}"]
    for x in r.repaid:
        lines.append(f"  {x.name[:23]:<24}{money(x.payoff):>14}{money(x.penalty):>12}"
                     f"{money(x.remaining):>16}")
    lines += ["", render(explain_refinance(r), "en")]
    return "\n".join(lines)


# -- calendar --------------------------------------------------------------------------------

@refusing_store_errors
def run_calendar(args: argparse.Namespace) -> int:
    today = today_of(args)
    portfolio = _portfolio(args)
    if not 1 <= args.months <= 36:
        raise InputError("--months", "must be a whole number from 1 to 36")
    if args.remind is not None and not args.ics:
        raise InputError("--remind", "goes with --ics PATH (the alarms are in the .ics file)")
    dues = due_dates(portfolio, today, args.months)
    names = {i.id: i.name for i in portfolio.items}
    cards = {i.id for i in portfolio.items if i.product.kind.value == "card"}
    if args.ics:
        days = reminders.parse_days(args.remind) if args.remind is not None \
            else _saved_reminders(args)
        count = _write_ics(Path(args.ics), portfolio, today,
                           today + relativedelta(months=args.months), days)
        if not args.json:
            alarms = (" with reminders " + ", ".join(
                "on the day" if d == 0 else f"{d} day{'' if d == 1 else 's'} before"
                for d in days) if days else " without reminders")
            print(f"wrote {count} due dates to {args.ics}{alarms}")
    if args.json:
        print_json([due_json(d, names[d.item_id]) for d in dues])
    elif not args.ics:
        for d in dues:
            note = "  (overdue)" if d.kind == "overdue" else ""
            if d.moved_from is not None:
                note += f"  (due {d.moved_from}, a day off)"
            if not d.holidays_known:
                note += "  (holidays for the year not yet published: weekends only)"
            if d.item_id in cards:  # the plan's amount; `list` shows the minimum due
                note += "  (your plan" + (f"; the minimum due is {d.minimum:,})"
                                          if d.minimum is not None else ")")
            print(f"{d.date}  {d.amount:>12,} {d.currency}  {names[d.item_id]}{note}")
        if not dues:
            print("nothing due")
    return 0


def due_json(d: DueDate, name: str) -> dict[str, Any]:
    """One due date; an item whose lender moves due dates off days off adds ``moved_from``
    (the contract's day, or null) and ``holidays_known`` (false past the years China's
    holidays are published for: only weekends were moved)."""
    out: dict[str, Any] = {"date": d.date, "item": d.item_id, "name": name,
                           "amount": d.amount, "currency": d.currency, "kind": d.kind}
    if d.shifts:
        out.update({"moved_from": d.moved_from, "holidays_known": d.holidays_known})
    return out


def _saved_reminders(args: argparse.Namespace) -> tuple[int, ...]:
    """The reminder days chosen in the app's Settings (the profile's), else the default."""
    if args.file:
        return reminders.DEFAULT_DAYS
    with open_command_profile(args) as profile:
        return profile.reminder_days()


def _write_ics(path: Path, portfolio: Portfolio, today: date, until: date,
               remind_days: tuple[int, ...]) -> int:
    """The installments due from ``today`` until ``until`` (exclusive), through the store's
    iCalendar writer (stable UIDs: a newer export updates a calendar, never duplicates)."""
    from planner.store.importexport import write_due_dates_ics

    try:
        return write_due_dates_ics(path, list(portfolio.items), today, until,
                                   remind_days=remind_days)
    except OSError as error:
        raise InputError("--ics", f"cannot write {path}: {error.strerror}") from None
