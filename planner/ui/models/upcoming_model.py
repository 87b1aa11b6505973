"""Payments falling due soon, across every item: date, item, lender, amount."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from planner.core.overview import Upcoming
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.i18n import Formatter
from planner.ui.models.base import TableModel


def overdue_words(row: Upcoming, fmt: Formatter) -> tuple[str, str]:
    """What a late payment's date cell says (not today's date), and its tooltip (since when):
    short, so the amount beside it stays in view."""
    return (QCoreApplication.translate("UpcomingModel", "Overdue"),
            QCoreApplication.translate("UpcomingModel", "Overdue since {date}").format(
                date=fmt.date(row.overdue_since)))


def plan_words(row: Upcoming, fmt: Formatter) -> str | None:
    """A card's payment: the plan's amount, beside the minimum due the item pages show."""
    if row.minimum is None:
        return None
    currency = row.item.product.currency
    return QCoreApplication.translate(
        "UpcomingModel", "Your plan pays {plan}; the card's minimum due is {minimum}.").format(
        plan=fmt.money(row.amount, currency), minimum=fmt.money(row.minimum, currency))


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
            return overdue_words(row, self.fmt)[0] if row.overdue_since else \
                self.fmt.date(row.date)
        if column == c.AMOUNT:
            return self.fmt.money(row.amount, row.item.product.currency)
        return str(self.raw(row, column))

    def tooltip(self, row: Upcoming, column: int) -> str | None:
        if row.overdue_since:
            return overdue_words(row, self.fmt)[1]
        return plan_words(row, self.fmt)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN001
        """Money already late is drawn in the danger colour (and says so in words)."""
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and \
                self.row_at(index.row()).overdue_since is not None:
            return QColor(SEVERITY_COLOURS["danger"])
        return super().data(index, role)
