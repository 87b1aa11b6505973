"""Every subcommand family, in the order ``planner --help`` lists them."""

from __future__ import annotations

from planner.commands import calc, compare, portfolio, stress, workshop

COMMAND_MODULES = [calc, compare, portfolio, stress, workshop]
