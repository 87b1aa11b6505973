"""Due dates for the calendar view."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.stress.calendar import due_dates
from tests.core.stress.cases import TODAY, D, card, household, plan


def test_due_dates_in_date_order_with_overdue_on_today():
    # "late": 100 on May 15 (unpaid: overdue today), June 15, July 15; "tv": June 3, July 3;
    # a USD card's statement of June 1 is due 21 days later; two months end before Aug 1
    items = [plan("late", "300", "2025-04-15", 3), plan("tv", "200", "2025-05-03", 2),
             card("usd", "100", {"annual": "0"}, currency="USD",
                  minimum_payment={"percent": "1"})]
    dues = due_dates(household(items), TODAY, months=2)
    assert [(d.date.isoformat(), d.item_id, d.amount, d.currency, d.kind.value)
            for d in dues] == [
        ("2025-06-01", "late", D("100.00"), "CNY", "overdue"),
        ("2025-06-03", "tv", D("100.00"), "CNY", "regular"),
        ("2025-06-15", "late", D("100.00"), "CNY", "regular"),
        ("2025-06-22", "usd", D("100.00"), "USD", "regular"),
        ("2025-07-03", "tv", D("100.00"), "CNY", "regular"),
        ("2025-07-15", "late", D("100.00"), "CNY", "regular"),
    ]
    assert len(due_dates(household(items), TODAY, months=1)) == 4


def test_months_out_of_range_is_refused():
    with pytest.raises(InputError):
        due_dates(household([]), TODAY, months=0)
