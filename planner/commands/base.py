"""What every command shares: the exit statuses, the refusal a command raises, the parser that
exits 2 on a usage error, and the profile options.

Exit statuses: 0 success; 2 bad input or a refused request (one line on stderr naming the
field, nothing on stdout); 1 an internal error.
"""

from __future__ import annotations

import argparse

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


class Refused(Exception):
    """A request the command line refuses with exit status 2 (not an input-field error)."""


class CommandParser(argparse.ArgumentParser):
    """argparse's own usage errors exit 2 too, in the command line's one-line form."""

    def error(self, message: str) -> None:
        self.exit(EXIT_INPUT, f"planner: {message}\n")


def add_profile_options(parser: argparse.ArgumentParser, *, after_command: bool = False
                        ) -> None:
    """``--data-dir`` and ``--profile``. ``after_command``: the same options on a subcommand,
    so ``planner import F --data-dir D`` works as ``planner --data-dir D import F`` does; left
    out, they do not overwrite a value given before the command."""
    default = argparse.SUPPRESS if after_command else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="where profiles are kept")
    parser.add_argument("--profile", metavar="NAME", default=default,
                        help="which profile (default: default)")


def one_line(message: object, longest: int = 80) -> str:
    """A refusal as the command line prints it: one line, and no run of characters (a value
    quoted whole, a path) longer than ``longest`` unless it is cut.

    >>> one_line("term: " + "9" * 100 + " is outside 1 to 1200")[:20], len(one_line("x" * 500))
    ('term: 99999999999999', 81)
    """
    words = str(message).split()
    return " ".join(w if len(w) <= longest or "/" in w or "\\" in w else w[:longest] + "…"
                    for w in words)
