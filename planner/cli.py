"""The ``planner`` command line: argparse over the engine and the store, never Qt.

Exit statuses (``planner.commands.base``): 0 success; 2 bad input or refused request (one line
on stderr naming the field, nothing on stdout); 1 an internal error. Subcommands live in
``planner/commands``, one module per family, each exposing ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner import __version__
from planner.commands.base import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    CommandParser,
    Refused,
    add_profile_options,
    one_line,
)
from planner.core.errors import InputError


def build_app_parser(*, add_help: bool = False) -> argparse.ArgumentParser:
    """The options of ``planner`` itself (the app), without loading any subcommand: parsing
    them costs nothing, so the window can start before numpy or the store are imported."""
    parser = CommandParser(prog="planner", add_help=add_help,
                     description="Planner (分期规划): personal credit, its true cost and "
                                 "repayment stress, offline.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    add_profile_options(parser)
    parser.add_argument("--demo", action="store_true", help="open the app on the demo profile")
    parser.add_argument("--scenario", metavar="NAME",
                        help="open a teaching scenario (a name, or a scenario file)")
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language of the app")
    parser.add_argument("--exit-after-first-paint", action="store_true",
                        help="exit as soon as the main window has painted (timing)")
    parser.add_argument("--exit-when-figures-shown", action="store_true",
                        help="exit as soon as the opened page's figures are painted, before "
                             "its chart and warnings (timing)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="exit as soon as the opened page's figures, tables and chart are "
                             "painted (timing, smoke tests)")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="save a PNG of the main window after it paints, then exit")
    parser.add_argument("--presenter", action="store_true", help="start in presenter mode")
    parser.add_argument("--window-size", metavar="WxH", type=_window_size,
                        help="open the window at this size (screenshots: 1024x700, 1600x1000)")
    parser.add_argument("--page", metavar="PAGE",
                        help="open on this page (overview, cards, installments, loans, "
                             "credit_lines, compare, stress, payoff, calendar, settings)")
    return parser


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1024x700") \
            from None
    if not (320 <= width <= 10000 and 240 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x240 to 10000x10000")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the app's options and every subcommand."""
    from planner.commands.registry import COMMAND_MODULES

    parser = build_app_parser(add_help=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND",
                                       parser_class=CommandParser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    for command in subparsers.choices.values():  # as users type them: after the command too
        add_profile_options(command, after_command=True)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand and turn every failure into its exit status and one line."""
    try:
        return args.handler(args) or EXIT_OK
    except (InputError, Refused) as error:
        print(f"planner: {one_line(error)}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the contract: internal errors exit 1, one line, no traceback
        print(f"planner: internal error: {type(error).__name__}: {one_line(error)}",
              file=sys.stderr)
        return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(args)
