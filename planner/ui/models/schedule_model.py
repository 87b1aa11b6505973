"""A dated repayment schedule: number, date, payment, principal, interest, fee, balance."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from planner.core.schedule import Installment
from planner.ui import labels
from planner.ui.models.base import TableModel


class ScheduleModel(TableModel[Installment]):
    class Column(IntEnum):
        N = 0
        DATE = 1
        PAYMENT = 2
        PRINCIPAL = 3
        INTEREST = 4
        FEE = 5
        BALANCE = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"
        self.card = False

    def set_schedule(self, rows: Any, currency: str, *, card: bool = False) -> None:
        """``card``: the balance column is what a card still owes after the payment, interest
        included, not the principal left of a loan (named as the reports name it)."""
        self.currency = currency
        if card != self.card:
            self.card = card
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.Column.BALANCE,
                                        self.Column.BALANCE)
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.N: self.tr("No."), c.DATE: self.tr("Date"), c.PAYMENT: self.tr("Payment"),
                c.PRINCIPAL: self.tr("Principal"), c.INTEREST: self.tr("Interest"),
                c.FEE: self.tr("Fee"),
                c.BALANCE: labels.word("card_balance" if self.card else "balance")}

    def raw(self, row: Installment, column: int) -> Any:
        c = self.Column
        return {c.N: row.n, c.DATE: row.date, c.PAYMENT: row.payment, c.PRINCIPAL: row.principal,
                c.INTEREST: row.interest, c.FEE: row.fee, c.BALANCE: row.balance}[column]

    def display(self, row: Installment, column: int) -> str:
        value = self.raw(row, column)
        if column == self.Column.N:
            return self.tr("{n} (early)").format(n=value) if row.prepayment else str(value)
        if column == self.Column.DATE:
            return self.fmt.date(value)
        return self.fmt.money(value, self.currency)
