"""A product's figures without its rate (issue 14): the window's first figures are built
before numpy is loaded and the true annual rate is worked out when first read. Worked out
later it must be the same rate, and a rate that cannot be found must still be refused."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from planner.core.errors import InputError
from planner.core.figures import analyse
from planner.core.portfolio import parse_portfolio
from planner.core.product import parse_product
from planner.ui.demo import DEMO_AS_OF, demo_data

ROOT = Path(__file__).resolve().parents[2]

#: an upfront fee as large as the loan: nothing is lent net of it, so no rate can be found
NOTHING_LENT = {"kind": "installment", "start": "2027-10-17", "principal": "10",
                "term": 12, "fees": [{"type": "upfront", "amount": "10"}]}


def _demo_products():
    return [item.product for item in parse_portfolio(demo_data(DEMO_AS_OF)).items]


@pytest.mark.parametrize("product", _demo_products(), ids=lambda p: p.kind.value)
def test_the_rate_worked_out_later_is_the_rate_worked_out_at_once(product) -> None:
    now = analyse(product)
    later = analyse(product, rate_now=False)
    assert later._apr is None  # not worked out yet
    assert later == now  # same schedule and totals (the rate is not compared)
    assert later.apr == now.apr
    assert later._apr is later.apr  # worked out once, then kept


def test_a_rate_that_cannot_be_found_is_refused_when_read() -> None:
    product = parse_product(NOTHING_LENT)
    with pytest.raises(InputError, match="payments"):
        analyse(product)
    figures = analyse(product, rate_now=False)  # the schedule and totals are there
    assert figures.total_fees == Decimal("10.00")
    with pytest.raises(InputError, match="payments"):
        figures.apr  # noqa: B018 - reading it works it out


def test_the_engine_builds_figures_without_numpy() -> None:
    """The store, the overview's positions and a product's figures load and run without
    numpy; reading a rate loads it (sqlite-utils, which tries numpy on import, is imported
    with it hidden: planner/store/__init__.py)."""
    script = (
        "import sys\n"
        "import planner.store.profile, planner.core.overview, planner.core.compare\n"
        "from planner.core.figures import analyse\n"
        "from planner.core.portfolio import parse_portfolio\n"
        "from planner.ui.demo import DEMO_AS_OF, demo_data\n"
        "figures = [analyse(i.product, rate_now=False)\n"
        "           for i in parse_portfolio(demo_data(DEMO_AS_OF)).items]\n"
        "print('numpy' in sys.modules)\n"
        "figures[0].apr\n"
        "import sqlite_utils.db\n"
        "print('numpy' in sys.modules, sqlite_utils.db.np)\n")
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[:2] == ["False", "True None"]
