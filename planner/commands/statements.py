"""``planner import-statement FILE``: read an Alipay or WeChat Pay bill, a bank or card CSV or an
OFX/QFX file, match its repayments with the profile's plan, and (``--apply``) record them.

``--dry-run`` (the default) records nothing. ``--apply`` records the matched rows that are not
already recorded, in one transaction, through the store's payment recording. A file that cannot
be read exits 2 with one line naming the file and line, and records nothing; a bank CSV whose
columns cannot be guessed exits 2 saying which option to give (``--date-column`` and friends,
remembered for files with the same header). ``--card LAST4`` says the file is that card's own
statement, for a card CSV that does not name its card (an OFX file's account, a CSV's 卡号
column or header lines, say it themselves).

JSON (``--json``)::

    {"source", "rows", "repayments": [{"row", "date", "amount", "counterparty", "status",
     "item_id", "due_date", "difference"}], "recorded", "duplicates", "proposed_items",
     "skipped": [{"row", "reason"}]}

``row`` is the row's line in the file, ``difference`` is paid - scheduled (null when they agree
or nothing matched), ``recorded`` what this run recorded (0 on a dry run), ``duplicates`` the
repayment rows already recorded (by an earlier import, or typed in), ``proposed_items`` the
drawdowns (借呗放款…) as credit-line draws to complete with their term and rate, ``skipped``
the dated rows left out and why (a bank CSV's row with nothing in its money columns); the text
output says how many were skipped, and why, in one line per reason.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import Any

from planner.commands.jsonio import print_json
from planner.commands.profile_access import (
    add_today_option,
    open_command_profile,
    refusing_store_errors,
    today_of,
)

ROLES = {"date": "the date", "amount": "the signed amount", "debit": "money out",
         "credit": "money in", "description": "the description", "counterparty": "who was paid",
         "txn_id": "the transaction id", "direction": "收/支 or 借贷 (which way)"}
OPTION = {"txn_id": "id"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import-statement",
        help="match an Alipay, WeChat Pay, bank/card CSV or OFX statement with the plan; "
             "--apply records its repayments")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=["alipay", "wechat", "csv", "ofx"],
                   help="the kind of file (default: recognised by its content)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", dest="apply", action="store_false",
                      help="show what matches and record nothing (the default)")
    mode.add_argument("--apply", dest="apply", action="store_true",
                      help="record the matched repayments, all in one transaction")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--card", metavar="LAST4", type=_last4,
                   help="the file is this card's own statement (its last four digits): a "
                        "repayment row naming no card (PAYMENT - THANK YOU) is that card's "
                        "where the file does not say its card itself")
    for role, what in ROLES.items():
        p.add_argument(f"--{OPTION.get(role, role)}-column", dest=f"column_{role}",
                       metavar="NAME|N",
                       help=f"bank CSV: the column holding {what} (its header name, or its "
                            "number from 1); remembered for files with the same header")
    add_today_option(p)
    p.set_defaults(handler=run_import_statement, apply=False)


@refusing_store_errors
def run_import_statement(args: argparse.Namespace) -> int:
    from planner.core.reconcile import reconcile
    from planner.core.statement import on_account, row_keys
    from planner.store.statements import COLUMNS_SETTING, ColumnMap, read_statement_file
    from planner.store.statements.imported import ImportedPayment

    today = today_of(args)
    path = Path(args.file)
    given = ColumnMap(**{role: getattr(args, f"column_{role}") for role in ROLES
                         if getattr(args, f"column_{role}")})
    if not path.is_file():  # before the profile is opened: a typo leaves no trace
        read_statement_file(path, format=args.format, columns=given)
    with open_command_profile(args) as profile:
        remembered = profile.setting(COLUMNS_SETTING, {}) or {}
        read = read_statement_file(path, format=args.format, columns=given,
                                   remembered=remembered if isinstance(remembered, dict)
                                   else {})
        statement = read.statement
        if args.card:
            statement = on_account(statement, args.card)
        household = profile.household()
        items = profile.items()

        imported = profile.imported_statement_keys(row_keys(statement))
        result = reconcile(statement, items, today, imported=imported)
        recorded = 0
        if args.apply:
            entries = [ImportedPayment(m.key, m.item_id, m.row.date, m.row.amount, m.row.line)
                       for m in result.to_record if m.item_id]
            recorded = profile.record_statement_payments(path.name, statement.source, entries)
        if read.columns is not None and (read.columns.how == "given" or (
                args.apply and read.columns.how == "guessed")):
            # Confirmed: given on the command line, or a guess the person applied.
            stored = dict(remembered) if isinstance(remembered, dict) else {}
            stored[read.columns.signature] = read.columns.columns.to_json()
            profile.set_setting(COLUMNS_SETTING, stored)
    report = _report(result, recorded, household.currency, statement.skipped)
    if args.json:
        print_json(report)
    else:
        _print_text(report, result, read.columns, args.apply)
    return 0


def _last4(text: str) -> str:
    digits = text.strip()
    if len(digits) != 4 or not digits.isdigit() or not digits.isascii():
        raise argparse.ArgumentTypeError(f"{text!r} is not a card's last four digits")
    return digits


def _report(result, recorded: int, currency: str, skipped: tuple) -> dict[str, Any]:
    return {
        "source": result.source,
        "rows": result.rows,
        "repayments": [{"row": m.row.line, "date": m.row.date, "amount": m.row.amount,
                        "counterparty": m.row.counterparty, "status": m.status.value,
                        "item_id": m.item_id, "due_date": m.due_date,
                        "difference": m.difference}
                       for m in result.matches],
        "recorded": recorded,
        "duplicates": result.duplicates,
        "proposed_items": [{"row": p.row.line, "date": p.row.date, "amount": p.row.amount,
                            "counterparty": p.row.counterparty, **p.item_json(currency)}
                           for p in result.proposals],
        "skipped": [{"row": s.line, "reason": s.reason} for s in skipped],
    }


def _print_text(report: dict[str, Any], result, columns, applied: bool) -> None:
    if columns is not None:
        used = ", ".join(f"{role}={name}" for role, name in columns.columns.to_json().items())
        print(f"columns ({columns.how}): {used}")
    header = ["ROW", "DATE", "AMOUNT", "COUNTERPARTY", "STATUS", "ITEM", "DUE", "DIFFERENCE"]
    lines = []
    for entry, match in zip(report["repayments"], result.matches, strict=True):
        status = entry["status"] + (" (recorded before)" if match.duplicate else "")
        item = entry["item_id"] or ""
        if match.status.value == "ambiguous":
            item = " or ".join(f"{c.item_id} ({c.due_date})" for c in match.candidates)
        difference = entry["difference"]
        lines.append([str(entry["row"]), entry["date"].isoformat(), f"{entry['amount']:,}",
                      entry["counterparty"][:24], status, item,
                      entry["due_date"].isoformat() if entry["due_date"] else "",
                      f"{difference:+,}" if difference is not None else ""])
    if lines:
        widths = [max(_width(r[c]) for r in [header, *lines]) for c in range(len(header))]
        for row in [header, *lines]:
            print("  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True))
                  .rstrip())
    matched = sum(1 for m in result.matches if m.status.value == "matched")
    print(f"{report['source']}: {report['rows']} rows, {len(result.matches)} repayments "
          f"({matched} matched), {report['duplicates']} recorded before")
    reasons: dict[str, list[int]] = {}
    for skipped in report["skipped"]:
        reasons.setdefault(skipped["reason"], []).append(skipped["row"])
    for reason, lines in reasons.items():
        shown = ", ".join(str(n) for n in lines[:10]) + (", …" if len(lines) > 10 else "")
        print(f"skipped {len(lines)} {'row' if len(lines) == 1 else 'rows'} ({reason}): "
              f"line{'' if len(lines) == 1 else 's'} {shown}")
    for proposal in report["proposed_items"]:
        print(f"proposed: a {proposal['lender']} draw of {proposal['principal']} on "
              f"{proposal['start']} (row {proposal['row']}): add it with its term and rate")
    if applied:
        print(f"recorded {report['recorded']} payments")
    elif result.to_record:
        print(f"dry run: nothing recorded; --apply records {len(result.to_record)} payments")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
