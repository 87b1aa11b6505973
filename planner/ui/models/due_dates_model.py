"""Payments falling due on a day or in a month: date, item, lender, amount and whether it is a
regular payment, a final (balloon) one or money already overdue."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from planner.core.portfolio import Item
from planner.core.stress.calendar import DueDate
from planner.ui.models.base import TableModel


class DueDatesModel(TableModel[DueDate]):
    class Column(IntEnum):
        DATE = 0
        ITEM = 1
        LENDER = 2
        KIND = 3
        AMOUNT = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: dict[str, Item] = {}

    def set_due(self, rows: Sequence[DueDate], items: Mapping[str, Item]) -> None:
        self.items = dict(items)
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.DATE: self.tr("Due"), c.ITEM: self.tr("Item"), c.LENDER: self.tr("Lender"),
                c.KIND: self.tr("Payment"), c.AMOUNT: self.tr("Amount")}

    def kind_name(self, kind: str) -> str:
        return {"regular": self.tr("regular"), "balloon": self.tr("final (balloon)"),
                "overdue": self.tr("overdue")}.get(kind, kind)

    def raw(self, row: DueDate, column: int) -> Any:
        c = self.Column
        item = self.items.get(row.item_id)
        return {c.DATE: row.date, c.ITEM: item.name if item else row.item_id,
                c.LENDER: item.lender if item else "", c.KIND: str(row.kind),
                c.AMOUNT: row.amount}[column]

    def display(self, row: DueDate, column: int) -> str:
        c = self.Column
        if column == c.DATE:
            return self.fmt.date(row.date)
        if column == c.AMOUNT:
            return self.fmt.money(row.amount, row.currency)
        if column == c.KIND:
            return self.kind_name(str(row.kind))
        return str(self.raw(row, column))
