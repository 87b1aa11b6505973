"""Payoff strategies side by side: each one's debt-free month, months to get there, total
interest and total paid, and how much more interest it costs than the cheapest."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from planner.core.dates import month_of
from planner.core.money import ZERO
from planner.core.payoff import PayoffComparison, PayoffPlan, Strategy
from planner.ui.models.base import TableModel


def strategy_names() -> dict[Strategy, str]:
    """Short names, for sentences and chart titles."""
    return {Strategy.AVALANCHE: QCoreApplication.translate("Payoff", "Avalanche"),
            Strategy.SNOWBALL: QCoreApplication.translate("Payoff", "Snowball"),
            Strategy.CUSTOM: QCoreApplication.translate("Payoff", "Your order")}


def strategy_labels() -> dict[Strategy, str]:
    """Names that say what each does, for choosing one."""
    return {
        Strategy.AVALANCHE: QCoreApplication.translate(
            "Payoff", "Avalanche — highest rate first"),
        Strategy.SNOWBALL: QCoreApplication.translate(
            "Payoff", "Snowball — smallest balance first"),
        Strategy.CUSTOM: QCoreApplication.translate("Payoff", "Your own order"),
    }


class PayoffStrategiesModel(TableModel[PayoffPlan]):
    class Column(IntEnum):
        STRATEGY = 0
        DEBT_FREE = 1
        MONTHS = 2
        INTEREST = 3
        PAID = 4
        EXTRA_INTEREST = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"
        self.cheapest = ZERO

    def set_comparison(self, comparison: PayoffComparison, currency: str) -> None:
        self.currency = currency
        finished = [p.total_interest for p in comparison.plans if p.debt_free is not None]
        self.cheapest = min(finished, default=ZERO)
        self.set_rows(comparison.plans)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.STRATEGY: self.tr("Strategy"), c.DEBT_FREE: self.tr("Debt-free in"),
                c.MONTHS: self.tr("Months"), c.INTEREST: self.tr("Total interest"),
                c.PAID: self.tr("Total paid"), c.EXTRA_INTEREST: self.tr("More than cheapest")}

    def raw(self, row: PayoffPlan, column: int) -> Any:
        c = self.Column
        if column == c.STRATEGY:
            return strategy_labels()[row.strategy]
        if column == c.DEBT_FREE:
            return row.debt_free
        if column == c.MONTHS:
            return row.months_to_debt_free
        if column == c.INTEREST:
            return row.total_interest
        if column == c.PAID:
            return row.total_paid
        return row.total_interest - self.cheapest if row.debt_free else None

    def display(self, row: PayoffPlan, column: int) -> str:
        c = self.Column
        value = self.raw(row, column)
        if column == c.STRATEGY:
            return value
        if column == c.DEBT_FREE:
            return self.fmt.month(month_of(value)) if value else self.tr("never")
        if column == c.MONTHS:
            return str(value) if value is not None else "—"
        if column == c.EXTRA_INTEREST:
            if value is None:
                return "—"
            return self.tr("cheapest") if value == 0 else self.fmt.money(value, self.currency,
                                                                         sign=True)
        return self.fmt.money(value, self.currency)
