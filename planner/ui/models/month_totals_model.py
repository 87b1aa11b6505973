"""What falls due in each coming month: the number of payments, their total and the share of
the monthly income it takes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from planner.core.money import ZERO
from planner.core.stress.calendar import DueDate
from planner.ui.models.base import TableModel


@dataclass(frozen=True, slots=True)
class MonthTotal:
    month: date          # the first day
    count: int
    total: Decimal


def month_totals(dues: Sequence[DueDate], first: date, until: date) -> list[MonthTotal]:
    """One row per calendar month from ``first``'s until the one holding the day before
    ``until`` (months with nothing due included), adding up ``dues``.

    >>> [(r.month.isoformat(), r.count) for r in month_totals([], date(2026, 11, 28),
    ...                                                       date(2027, 2, 28))]
    [('2026-11-01', 0), ('2026-12-01', 0), ('2027-01-01', 0), ('2027-02-01', 0)]
    """
    rows = []
    start = date(first.year, first.month, 1)
    while start < until:
        found = [d for d in dues if (d.date.year, d.date.month) == (start.year, start.month)]
        rows.append(MonthTotal(start, len(found), sum((d.amount for d in found), ZERO)))
        start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return rows


class MonthTotalsModel(TableModel[MonthTotal]):
    class Column(IntEnum):
        MONTH = 0
        COUNT = 1
        TOTAL = 2
        SHARE = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"
        self.income = ZERO

    def set_totals(self, rows: Sequence[MonthTotal], currency: str, income: Decimal) -> None:
        self.currency, self.income = currency, income
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.MONTH: self.tr("Month"), c.COUNT: self.tr("Payments"),
                c.TOTAL: self.tr("Total"), c.SHARE: self.tr("Of income")}

    def raw(self, row: MonthTotal, column: int) -> Any:
        c = self.Column
        if column == c.MONTH:
            return row.month
        if column == c.COUNT:
            return row.count
        if column == c.TOTAL:
            return row.total
        return row.total / self.income if self.income > 0 else None

    def display(self, row: MonthTotal, column: int) -> str:
        c = self.Column
        value = self.raw(row, column)
        if column == c.MONTH:
            return self.fmt.month(row.month)
        if column == c.TOTAL:
            return self.fmt.money(value, self.currency)
        if column == c.SHARE:
            return self.fmt.ratio(value)
        return str(value)
