"""Offers side by side, cheapest first: payment, total cost, true APR, EAR, last payment, and
how much more each costs than the cheapest, whose row is bold on a green tint."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.core.compare import RankedOffer
from planner.ui import labels
from planner.ui.models.base import TableModel

# A tint that reads on light and dark palettes alike (the outcome colour, mostly transparent).
CHEAPEST_TINT = QColor(46, 139, 87, 56)


class CompareModel(TableModel[RankedOffer]):
    class Column(IntEnum):
        RANK = 0
        NAME = 1
        PAYMENT = 2
        TOTAL_COST = 3
        APR = 4
        EAR = 5
        LAST = 6
        EXTRA = 7

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.RANK: self.tr("Rank"), c.NAME: self.tr("Offer"),
                c.PAYMENT: labels.topic("payment"),
                c.TOTAL_COST: labels.topic("total_cost"), c.APR: labels.topic("apr"),
                c.EAR: labels.topic("ear"), c.LAST: self.tr("Last payment"),
                c.EXTRA: self.tr("Costs more by")}

    def raw(self, row: RankedOffer, column: int) -> Any:
        c = self.Column
        f = row.figures
        return {c.RANK: row.rank, c.NAME: row.offer.name, c.PAYMENT: f.payment,
                c.TOTAL_COST: f.total_cost, c.APR: f.apr.rate,
                c.EAR: f.apr.effective_annual_rate, c.LAST: f.schedule.last_date,
                c.EXTRA: row.extra_cost}[column]

    def display(self, row: RankedOffer, column: int) -> str:
        c = self.Column
        currency = row.offer.product.currency
        value = self.raw(row, column)
        if column == c.RANK:
            return self.tr("{rank} (cheapest)").format(rank=value) if row.cheapest else str(value)
        if column == c.NAME:
            return value
        if column in (c.APR, c.EAR):
            return self.fmt.rate(value)
        if column == c.LAST:
            return self.fmt.date(value)
        if column == c.EXTRA:
            return "—" if row.cheapest else self.fmt.money(value, currency, sign=True)
        return self.fmt.money(value, currency)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole) \
                and index.isValid() and 0 <= index.row() < len(self._rows) \
                and self._rows[index.row()].cheapest:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(CHEAPEST_TINT)
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
