"""Payments falling due soon, across every item: date, item, lender, amount."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from planner.core.overview import Upcoming
from planner.ui.models.base import TableModel


class UpcomingModel(TableModel[Upcoming]):
    class Column(IntEnum):
        DATE = 0
        ITEM = 1
        LENDER = 2
        AMOUNT = 3

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.DATE: self.tr("Due"), c.ITEM: self.tr("Item"), c.LENDER: self.tr("Lender"),
                c.AMOUNT: self.tr("Amount")}

    def raw(self, row: Upcoming, column: int) -> Any:
        c = self.Column
        return {c.DATE: row.date, c.ITEM: row.item.name, c.LENDER: row.item.lender,
                c.AMOUNT: row.amount}[column]

    def display(self, row: Upcoming, column: int) -> str:
        c = self.Column
        if column == c.DATE:
            return self.fmt.date(row.date)
        if column == c.AMOUNT:
            return self.fmt.money(row.amount, row.item.product.currency)
        return str(self.raw(row, column))
