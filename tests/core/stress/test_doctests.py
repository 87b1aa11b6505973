"""The runnable examples in the stress, payoff and what-if modules' docstrings."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["planner.core.stress", "planner.core.stress.projection",
           "planner.core.stress.obligations", "planner.core.stress.thresholds",
           "planner.core.stress.caps", "planner.core.stress.warnings",
           "planner.core.stress.credit_rules", "planner.core.stress.score",
           "planner.core.stress.calendar", "planner.core.payoff", "planner.core.whatif"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0 or name.endswith(("flow_rules",))
