"""``planner import/export/list/add/remove/pay/status/backup/backups/restore``: the profile's
portfolio on the command line.

Input is validated before the profile is opened, so bad input exits 2 with one line and leaves
no trace (not even a new empty profile). Store and key problems exit 2 with their one line.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from planner.commands.base import Refused
from planner.commands.jsonio import print_json, read_json
from planner.commands.profile_access import (
    add_today_option,
    existing_profile_dir,
    open_command_profile,
    refusing_store_errors,
    today_of,
)
from planner.core.dates import parse_date
from planner.core.errors import InputError, shown
from planner.core.money import parse_decimal, round_money
from planner.core.portfolio import Status, item_to_json, parse_item, parse_portfolio
from planner.core.tracking import Position, track
from planner.store import paths

# The store (sqlite-utils, SQLCipher, keyring, icalendar) is imported inside the handlers, so
# ``planner calc`` does not pay for it at start-up.


def register(subparsers: argparse._SubParsersAction) -> None:
    add = subparsers.add_parser
    p = add("import", help="import a portfolio JSON file (all of it or none of it)")
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--replace", action="store_true",
                   help="make the profile exactly the file (default: merge by item id: new "
                        "ids added, known ones brought up to date keeping their recorded "
                        "payments, the profile's own household kept)")
    p.set_defaults(handler=run_import)
    p = add("export", help="the portfolio as JSON (stdout), CSV, or due dates as .ics")
    p.add_argument("--format", choices=["json", "csv", "ics"], default="json")
    p.add_argument("--schedules", action="store_true", help="CSV: every schedule, not the list")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    add_today_option(p)
    p.set_defaults(handler=run_export)
    p = add("list", help="the items, with what is left and what is due")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_today_option(p)
    p.set_defaults(handler=run_list)
    p = add("add", help="add one item (a portfolio item JSON)")
    p.add_argument("file", metavar="FILE|-")
    p.set_defaults(handler=run_add)
    p = add("remove", help="delete an item and its recorded payments")
    p.add_argument("id")
    p.set_defaults(handler=run_remove)
    p = add("pay", help="record a payment actually made")
    p.add_argument("id")
    p.add_argument("--date", required=True, help="the day it was paid (YYYY-MM-DD)")
    p.add_argument("--amount", required=True, help="how much was paid")
    p.set_defaults(handler=run_pay)
    p = add("status", help="mark an item paid off, archived, disputed or active again")
    p.add_argument("id")
    p.add_argument("status", choices=[s.value for s in Status])
    p.set_defaults(handler=run_status)
    add("backup", help="take an encrypted backup now").set_defaults(handler=run_backup)
    p = add("backups", help="list the profile's backups, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_backups)
    p = add("restore", help="replace the database with a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE", help="a backup file, or its name in the backups list")
    p.set_defaults(handler=run_restore)


@refusing_store_errors
def run_import(args: argparse.Namespace) -> int:
    data = read_json(args.file)
    from planner.store.importexport import ImportMode

    count = len(parse_portfolio(data).items)  # refuse bad input before opening anything
    with open_command_profile(args, create=True) as profile:
        summary = profile.import_portfolio(
            data, ImportMode.REPLACE if args.replace else ImportMode.MERGE)
    print(f"imported {count} items: {summary.added} new, {summary.replaced} replaced, "
          f"{summary.unchanged} unchanged"
          + (f", {summary.removed} removed" if summary.removed else ""))
    if summary.household_kept:
        print("the household in the file was not taken: this profile has its own (import "
              "--replace makes the profile exactly the file)")
    return 0


@refusing_store_errors
def run_export(args: argparse.Namespace) -> int:
    today = today_of(args)
    if args.output:
        output_file(args.output, "--output")  # before opening anything
    with open_command_profile(args) as profile:
        if args.format == "json":
            content: str | bytes = profile.export_json_text()
        elif args.format == "csv":
            content = (profile.export_schedules_csv(today) if args.schedules
                       else profile.export_items_csv(today))
        else:
            content = profile.export_ics(today)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    if args.output:
        from planner.store.errors import file_error

        try:
            paths.write_private_file(Path(args.output), data)
        except OSError as error:
            raise Refused(str(file_error(error, args.output))) from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


@refusing_store_errors
def run_list(args: argparse.Namespace) -> int:
    today = today_of(args)
    with open_command_profile(args) as profile:
        items = profile.items()
    positions = [track(item, today) for item in items]
    if args.json:
        print_json([{**item_to_json(item), "position": _position_json(pos)}
                    for item, pos in zip(items, positions, strict=True)])
        return 0
    if not items:
        print("no items yet: planner add FILE, or planner import FILE")
        return 0
    header = ["ID", "NAME", "KIND", "STATUS", "AMOUNT", "LEFT", "PAID AHEAD", "OVERDUE",
              "NEXT DUE"]
    rows = [[item.id, item.name, item.product.kind.value, item.status.value,
             f"{item.product.principal:,} {item.product.currency}",
             f"{pos.remaining_principal:,}", f"{pos.paid_ahead:,}" if pos.paid_ahead else "",
             f"{pos.overdue:,}" if pos.overdue else "",
             f"{pos.next_due} {pos.next_amount:,}" if pos.next_due else ""]
            for item, pos in zip(items, positions, strict=True)]
    widths = [max(_width(r[c]) for r in [header, *rows]) for c in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


@refusing_store_errors
def run_add(args: argparse.Namespace) -> int:
    data = read_json(args.file)
    item = parse_item(data, default_id="new")
    with open_command_profile(args, create=True) as profile:
        if not (isinstance(data, dict) and data.get("id")):
            item = dataclasses.replace(item, id=profile.new_item_id())
        profile.add_item(item)
    print(f"added {item.id}: {item.name}")
    return 0


@refusing_store_errors
def run_remove(args: argparse.Namespace) -> int:
    with open_command_profile(args) as profile:
        name = profile.item(args.id).name
        profile.delete_item(args.id)
    print(f"removed {args.id}: {name}")
    return 0


@refusing_store_errors
def run_pay(args: argparse.Namespace) -> int:
    paid_on = parse_date(args.date, "--date")
    amount = parse_decimal(args.amount, "--amount")
    with open_command_profile(args) as profile:
        try:
            item = profile.record_payment(args.id, paid_on, amount)
        except InputError as error:
            raise InputError(f"--{error.field}", error.problem) from None
    pos = track(item, max(date.today(), paid_on))
    currency = item.product.currency
    line = (f"recorded {round_money(amount, currency):,} {currency} on {paid_on} for {item.id}; "
            f"left {pos.remaining_principal:,}")
    if pos.paid_ahead:
        line += f"; paid ahead {pos.paid_ahead:,}"
    if item.status is Status.PAID_OFF:
        line += "; paid off"
    if pos.overdue:
        line += f"; overdue {pos.overdue:,} since {pos.overdue_since}"
    if pos.next_due:
        line += f"; next {pos.next_amount:,} on {pos.next_due}"
    print(line)
    return 0


@refusing_store_errors
def run_status(args: argparse.Namespace) -> int:
    with open_command_profile(args) as profile:
        item = profile.set_status(args.id, Status(args.status))
    print(f"{item.id}: {item.status.value}")
    return 0


@refusing_store_errors
def run_backup(args: argparse.Namespace) -> int:
    with open_command_profile(args) as profile:
        made = profile.backup()
    print(f"backed up to {made.path}")
    return 0


@refusing_store_errors
def run_backups(args: argparse.Namespace) -> int:
    from planner.store.backups import list_backups

    directory = existing_profile_dir(args)
    found = list_backups(paths.backup_dir(directory))
    if args.json:
        print_json([{"name": b.path.name, "path": str(b.path), "kind": b.kind.value,
                     "taken": b.taken.isoformat(), "bytes": b.path.stat().st_size}
                    for b in found])
    elif not found:
        print("no backups yet")
    for b in [] if args.json else found:
        size = b.path.stat().st_size
        print(f"{b.path.name}  {b.kind.value}  {b.taken:%Y-%m-%d %H:%M}  {size:,} bytes")
    return 0


@refusing_store_errors
def run_restore(args: argparse.Namespace) -> int:
    from planner.commands.passphrase import env_or_terminal_passphrase
    from planner.store.profile import restore_profile

    directory = existing_profile_dir(args, key_record=False)
    backup = Path(args.file)
    if not backup.exists() and (paths.backup_dir(directory) / args.file).exists():
        backup = paths.backup_dir(directory) / args.file
    if not backup.is_file():
        raise InputError(args.file, "no such backup file (see: planner backups)")
    name = paths.validate_profile_name(args.profile)
    aside = restore_profile(directory, name, backup, env_or_terminal_passphrase)
    print(f"restored {backup}" + (f"; the previous database is kept as {aside}" if aside else ""))
    return 0


def output_file(text: str, option: str) -> Path:
    """The file an output option names: its folder must exist, and it must not be a folder."""
    path = Path(text)
    if path.is_dir():
        raise InputError(option, f"{shown(text)} is a folder; name a file in it")
    if not path.parent.is_dir():
        raise InputError(option, f"the folder {shown(str(path.parent))} does not exist")
    return path


def _position_json(pos: Position) -> dict[str, Any]:
    return {"paid": pos.paid, "remaining_principal": pos.remaining_principal,
            "overdue": pos.overdue, "overdue_since": pos.overdue_since,
            "missed": pos.missed, "paid_ahead": pos.paid_ahead, "next_due": pos.next_due,
            "next_amount": pos.next_amount, "payoff": pos.payoff}


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
