"""The payments actually made towards one item: date and amount."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from planner.core.portfolio import Payment
from planner.ui.models.base import TableModel


class PaymentsModel(TableModel[Payment]):
    class Column(IntEnum):
        DATE = 0
        AMOUNT = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"

    def set_payments(self, payments: Any, currency: str) -> None:
        self.currency = currency
        self.set_rows(payments)

    def headers(self) -> dict[int, str]:
        return {self.Column.DATE: self.tr("Paid on"), self.Column.AMOUNT: self.tr("Amount")}

    def raw(self, row: Payment, column: int) -> Any:
        return row.date if column == self.Column.DATE else row.amount

    def display(self, row: Payment, column: int) -> str:
        if column == self.Column.DATE:
            return self.fmt.date(row.date)
        return self.fmt.money(row.amount, self.currency)
