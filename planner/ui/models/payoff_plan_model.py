"""A payoff plan month by month: what is paid in all, the interest charged, what is still owed,
then one column per debt with what goes to it that month."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from planner.core.dates import month_of
from planner.core.money import ZERO
from planner.core.payoff import PayoffPlan, PlanMonth
from planner.ui.models.base import ModelIndex, TableModel


class PayoffPlanModel(TableModel[PlanMonth]):
    """The fixed columns below, then one per debt of the plan (in the plan's order)."""

    class Column(IntEnum):
        MONTH = 0
        PAID = 1
        INTEREST = 2
        OWED = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"
        self.debts: list[str] = []
        self.names: dict[str, str] = {}

    def set_plan(self, plan: PayoffPlan | None, names: Mapping[str, str],
                 currency: str) -> None:
        self.beginResetModel()
        self.currency = currency
        self.names = dict(names)
        self.debts = list(plan.order) if plan is not None else []
        self._rows = list(plan.months) if plan is not None else []
        self.endResetModel()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column) + len(self.debts)

    def headers(self) -> dict[int, str]:
        c = self.Column
        fixed = {c.MONTH: self.tr("Month"), c.PAID: self.tr("Paid"),
                 c.INTEREST: self.tr("Interest"), c.OWED: self.tr("Still owed")}
        for k, debt in enumerate(self.debts):
            fixed[len(self.Column) + k] = self.names.get(debt, debt)
        return fixed

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.columnCount()):
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def raw(self, row: PlanMonth, column: int) -> Any:
        c = self.Column
        if column == c.MONTH:
            return row.month
        if column == c.PAID:
            return sum(row.payments.values(), ZERO)
        if column == c.INTEREST:
            return row.interest
        if column == c.OWED:
            return sum(row.balances.values(), ZERO)
        return row.payments.get(self.debts[column - len(self.Column)], ZERO)

    def display(self, row: PlanMonth, column: int) -> str:
        value = self.raw(row, column)
        if column == self.Column.MONTH:
            return self.fmt.month(month_of(value))
        if column >= len(self.Column) and not value:
            return ""
        return self.fmt.money(value, self.currency)
