"""The command line's subcommands, one module per family, each with ``register(subparsers)``."""

from __future__ import annotations

from planner.commands import calc, compare, portfolio, stress, workshop

COMMAND_MODULES = [calc, compare, portfolio, stress, workshop]
