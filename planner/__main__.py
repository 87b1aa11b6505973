"""Composition root: a subcommand runs the command line; none opens the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command:
        return run(args)
    from planner.ui.app import start_app  # Qt is imported only when the window is wanted

    return start_app(args)


if __name__ == "__main__":
    sys.exit(main())
