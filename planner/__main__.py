"""Composition root: a subcommand runs the command line; none opens the desktop app.

The app's own options are parsed first by a parser that loads no subcommand, so starting the
window never waits for numpy, the store or the command modules.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli import build_app_parser, build_parser, run

    argv = list(sys.argv[1:] if argv is None else argv)
    app_parser = build_app_parser()
    # A subcommand may take an option of the app's with other values (handout --lang both):
    # what the app's parser cannot read goes to the whole command line, which says what is
    # wrong if anything is.
    app_parser.exit_on_error = False
    try:
        app_args, rest = app_parser.parse_known_args(argv)
    except argparse.ArgumentError:
        app_args, rest = None, argv
    if not rest and app_args is not None:
        _no_collections_until_ready()
        _engine_before_qt()
        from planner.ui.app import start_app  # Qt is imported only when the window is wanted

        app_args.command = None
        _window_closed(start_app(app_args))
    args = build_parser().parse_args(argv)
    if args.command:
        return run(args)
    _no_collections_until_ready()
    _engine_before_qt()
    from planner.ui.app import start_app

    _window_closed(start_app(args))


def _no_collections_until_ready() -> None:
    """Start the window without the cyclic garbage collector: start-up makes about a million
    objects that live as long as the app (modules, classes, Qt's enums, the engine's tables),
    and the collector ran some 130 times over them on the way to the first figures, 50-70 ms
    of a 0.7 s start. ``planner.ui.app.start_app`` turns it back on once the first figures are
    painted (or the app ends without them); reference counting frees everything meanwhile."""
    gc.disable()


def _engine_before_qt() -> None:
    """Import what the first figures need of the engine and the store before Qt. Once PySide6
    is imported it reads the source of every module imported after it (looking for its
    ``__feature__`` switches): some 200 modules that never use Qt. numpy is not among them:
    the first figures are shown without it, and it is loaded with the rates right after."""
    import planner.core.figures  # noqa: F401 - figures (their rates come later)
    import planner.core.overview  # noqa: F401 - positions, stress projection
    import planner.store.profile  # noqa: F401 - the encrypted store


def _window_closed(code: int) -> NoReturn:
    """End the process once the app has closed, without tearing the interpreter down.

    By then everything the app keeps is written and closed: the profile (its WAL folded back,
    its lock released), the window's settings synced, a demo's or scenario's files removed.
    What remained was freeing, one by one, the million objects start-up made (modules, Qt's
    wrappers, the engine's tables) and Qt's own teardown: 40-50 ms after the window had gone,
    in which nobody waited for anything but the process to end, and which a start-up measured
    from launch to exit counted (issue 14). Handlers registered with ``atexit`` still run and
    the standard streams are flushed; the operating system frees the memory at once."""
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed, or none (a windowed bundle)
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
