"""The examples in the offer reader's docstrings are run, so the documented API stays true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["__init__", "cards", "honesty", "implied", "methods", "numbers", "pricing", "rates",
           "reader", "sums", "terms", "text"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str):
    module = importlib.import_module("planner.core.offer" if name == "__init__"
                                     else f"planner.core.offer.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0
