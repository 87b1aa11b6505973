"""The rate screen of ``high_cost_credit`` decides "above the line" exactly as the solver's
APR does, and the whole-month calendar it relies on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.obligations import project_item
from planner.core.portfolio import parse_item
from planner.core.stress.credit_rules import _above_at_whole_months, _whole_months, item_apr

D = Decimal
TODAY = date(2025, 6, 1)


def projected(data: dict):
    return project_item(parse_item({"id": "x", "name": "x", **data}), TODAY, date(2028, 6, 1))


def agrees(ip, line: Decimal) -> None:
    decided = _above_at_whole_months(ip, line)
    assert decided is None or decided == (item_apr(ip) > line)


@settings(max_examples=80, deadline=None)
@given(kind=st.sampled_from(["fee", "loan", "line"]),
       principal=st.integers(300, 500_000), term=st.sampled_from([2, 3, 6, 12, 24, 60, 120]),
       rate=st.integers(1, 200), fee=st.integers(0, 900),
       currency=st.sampled_from(["CNY", "USD", "EUR"]), day=st.integers(1, 31),
       shift=st.sampled_from([D("-0.000002"), D("0.000002"), D("-0.01"), D("0.01")]))
def test_screen_agrees_with_the_solver(kind, principal, term, rate, fee, currency, day, shift):
    start = date(2025, 1, day)  # days 29-31 exercise the clipped month ends
    data = {"principal": str(principal), "start": start.isoformat(), "term": term,
            "currency": currency}
    if kind == "fee":
        data.update(kind="installment", rate={"monthly_fee": str(D(rate) / 10000)})
    elif kind == "loan":
        data.update(kind="loan", rate={"annual": str(D(rate) / 1000)},
                    fees=[{"type": "upfront", "amount": str(fee + 1)}])
    else:
        data.update(kind="credit_line", rate={"daily": str(D(rate) / 100000)})
    ip = projected(data)
    apr = item_apr(ip)
    if apr is not None and apr + shift > 0:
        agrees(ip, apr + shift)


@pytest.mark.parametrize(("start", "day", "k"), [
    (date(2025, 1, 31), date(2025, 2, 28), 1),    # clipped to February's length
    (date(2025, 1, 31), date(2025, 3, 31), 2),
    (date(2025, 1, 31), date(2025, 4, 30), 3),
    (date(2025, 1, 15), date(2026, 1, 15), 12),
    (date(2025, 1, 15), date(2025, 2, 16), None),  # an odd day: not whole months
    (date(2025, 1, 31), date(2025, 4, 29), None),
    (date(2025, 1, 15), date(2025, 1, 15), None),  # not after the start
])
def test_whole_months(start, day, k):
    assert _whole_months(start, day) == k


def test_prepaid_or_irregular_plans_are_left_to_the_solver():
    weekly = projected({"kind": "installment", "principal": "400", "start": "2025-06-01",
                        "term": 4, "frequency": "weekly", "rate": {"monthly_fee": "0.01"}})
    assert _above_at_whole_months(weekly, D("0.12")) is None
    odd = projected({"kind": "loan", "principal": "1000", "start": "2025-06-01",
                     "first_payment": "2025-07-15", "term": 6, "rate": {"annual": "0.2"}})
    assert _above_at_whole_months(odd, D("0.12")) is None
