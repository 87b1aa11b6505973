"""Every subcommand family, in the order ``planner --help`` lists them."""

from __future__ import annotations

from planner.commands import calc, compare, offer, portfolio, statements, stress, workshop

COMMAND_MODULES = [calc, compare, offer, portfolio, statements, stress, workshop]
