"""How the overview's headline figures add up, as explanation records (see
:mod:`planner.core.explain`): total owed, the payments due this and next month, the debt-free
date and the share of income the payments take, each from the household's own items.

The caller passes each open item's part (its name and amount, or its last payment date); the
figure is worked out here from those parts, so a test can hold it against the tile it explains.
Month labels are ``YYYY-MM`` codes; item names are shown as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from planner.core.explain import Explanation, Step, Topic, Value
from planner.core.money import ZERO

Part = tuple[str, Decimal]


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def explain_total_owed(parts: Sequence[Part], currency: str = "") -> Explanation:
    """Total owed = the principal still to repay, summed over the open items.

    >>> e = explain_total_owed([("car", Decimal("80000.00")), ("phone", Decimal("2400.50"))])
    >>> e.figure, [s.values["item"] for s in e.steps]
    (Decimal('82400.50'), ['car', 'phone'])
    """
    total = sum((owed for _, owed in parts), ZERO)
    steps = tuple(Step("overview.item_owed", {"item": name, "owed": owed})
                  for name, owed in parts if owed)
    formula = "overview.total_owed" if parts else "overview.total_owed.none"
    return Explanation(Topic.TOTAL_OWED.value, formula, total,
                       {"total_owed": total, "count": len(parts)}, steps, currency)


def explain_due_in_month(topic: Topic, month: date, parts: Sequence[Part],
                         currency: str = "") -> Explanation:
    """Due in a month = the payments dated in that month, summed item by item; ``topic`` is
    ``DUE_THIS_MONTH`` or ``DUE_NEXT_MONTH``.

    >>> e = explain_due_in_month(Topic.DUE_NEXT_MONTH, date(2027, 1, 1),
    ...                          [("car", Decimal("2857.85")), ("card", Decimal(0))])
    >>> e.figure, e.values["month"], len(e.steps)
    (Decimal('2857.85'), '2027-01', 1)
    """
    due = sum((amount for _, amount in parts), ZERO)
    steps = tuple(Step("overview.item_due", {"item": name, "due": amount})
                  for name, amount in parts if amount)
    formula = "overview.due_in_month" if steps else "overview.due_in_month.none"
    return Explanation(topic.value, formula, due,
                       {"due": due, "month": _month(month), "count": len(steps)}, steps,
                       currency)


def explain_debt_free(last_dates: Sequence[tuple[str, date]],
                      currency: str = "") -> Explanation:
    """Debt-free on = the latest of the open items' last scheduled payments, and whose it is;
    the steps list every item's last payment, latest first.

    >>> e = explain_debt_free([("phone", date(2027, 5, 10)), ("car", date(2029, 3, 15))])
    >>> e.figure, e.values["item"]
    (datetime.date(2029, 3, 15), 'car')
    """
    if not last_dates:
        return Explanation(Topic.DEBT_FREE.value, "overview.debt_free.none", None, {},
                           (), currency)
    last_name, last = last_dates[0]
    for name, day in last_dates[1:]:
        if day > last:
            last_name, last = name, day
    ordered = sorted(last_dates, key=lambda pair: pair[1], reverse=True)
    steps = tuple(Step("overview.item_last", {"item": name, "last_date": day})
                  for name, day in ordered)
    return Explanation(Topic.DEBT_FREE.value, "overview.debt_free", last,
                       {"debt_free": last, "item": last_name, "count": len(last_dates)},
                       steps, currency)


def explain_income_share(month: date, payments: Decimal, income: Decimal,
                         currency: str = "") -> Explanation:
    """Share of income = next month's payments / the monthly income (none without income).

    >>> explain_income_share(date(2027, 1, 1), Decimal("8740.30"), Decimal("18500")).figure
    Decimal('0.4724486486486486486486486486')
    """
    values: dict[str, Value] = {"payments": payments, "income": income, "month": _month(month)}
    if income <= 0:
        return Explanation(Topic.INCOME_SHARE.value, "overview.income_share.no_income", None,
                           values, (), currency)
    share = payments / income
    return Explanation(Topic.INCOME_SHARE.value, "overview.income_share", share,
                       {**values, "income_share": share}, (), currency)
