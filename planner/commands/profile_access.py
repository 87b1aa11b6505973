"""How a command reaches the store's profile: opening it (never creating one by accident),
turning store and key failures into exit 2 with their one line, and the ``--today`` option."""

from __future__ import annotations

import argparse
import functools
import shlex
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.commands.base import Refused
from planner.core.dates import parse_date
from planner.store import paths

if TYPE_CHECKING:
    from planner.store.profile import Profile


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")


def refusing_store_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """Store and key failures become exit 2 with their one line."""
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from planner.store.errors import CorruptDatabase, StoreError
        from planner.store.keys import SecretError

        try:
            status = handler(args)
            # Said once the command has done its work (a refusal says enough on its own).
            if getattr(args, "backup_warning", None):
                print(f"planner: warning: {args.backup_warning}", file=sys.stderr)
            return status
        except CorruptDatabase as error:
            hint = (f"; restore it with: {restore_command(args, error.newest_backup.name)}"
                    if error.newest_backup else "")
            raise Refused(f"{error}{hint}") from None
        except (StoreError, SecretError) as error:
            raise Refused(str(error).replace("planner restore BACKUP",
                                             restore_command(args, "BACKUP"))) from None
        except OSError as error:  # a file of the store or the output: one line naming it
            from planner.store.errors import file_error

            raise Refused(str(file_error(error, error.filename or "a file"))) from None
    return run


def restore_command(args: argparse.Namespace, backup: str) -> str:
    """The ``planner restore`` line a refusal advises, with the ``--data-dir`` and
    ``--profile`` the person typed: without them the advice, copied, restored over the
    default profile in the default folder instead of the one refused."""
    words = ["planner", "restore", backup]
    for option, value in (("--data-dir", getattr(args, "data_dir", None)),
                          ("--profile", getattr(args, "profile", None))):
        if value:
            words += [option, shlex.quote(str(value))]
    return " ".join(words)


def open_command_profile(args: argparse.Namespace, *, create: bool = False) -> Profile:
    """The profile; only ``import`` and ``add`` may create it (a typo in ``--profile`` on
    ``list`` should not leave an empty profile behind)."""
    from planner.commands.passphrase import env_or_terminal_passphrase
    from planner.store.profile import open_profile

    if not create:
        existing_profile_dir(args)
    profile = open_profile(args.data_dir, args.profile, env_or_terminal_passphrase,
                           attempts=3 if sys.stdin.isatty() else 1)
    if profile.backup_problem:  # reads go on; the person is told once, at the end
        args.backup_warning = ("today's automatic backup was not taken: "
                               f"{profile.backup_problem}")
    return profile


def today_of(args: argparse.Namespace) -> date:
    return parse_date(args.today, "--today") if args.today else date.today()


def existing_profile_dir(args: argparse.Namespace, *, key_record: bool = True) -> Path:
    """The profile's directory, which must already exist (listing creates nothing); with
    ``key_record`` False a profile folder that lost its key record counts (restore brings it
    back from beside the backup)."""
    name = paths.validate_profile_name(args.profile)
    root = paths.data_dir(args.data_dir)
    paths.check_data_dir(root)
    directory = paths.profile_dir(root, name, create=False)
    found = paths.key_record_path(directory).exists() or (
        not key_record and paths.backup_dir(directory).is_dir())
    if not found:
        raise Refused(f"there is no profile {name!r} in {paths.data_dir(args.data_dir)} "
                      "(planner import FILE or planner add FILE creates it)")
    return directory
