"""The items of one kind (cards, installment plans, loans or credit lines) and where each
stands: owed today, next payment, true APR, last payment date, status."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from planner.core.overview import ItemPosition
from planner.core.product import Kind
from planner.ui import labels
from planner.ui.models.base import TableModel


class ItemsModel(TableModel[ItemPosition]):
    class Column(IntEnum):
        NAME = 0
        LENDER = 1
        OWED = 2
        NEXT_PAYMENT = 3
        NEXT_DUE = 4
        QUOTED = 5
        APR = 6
        ENDS = 7
        STATUS = 8

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.NAME: self.tr("Name"), c.LENDER: self.tr("Lender"), c.OWED: self.tr("Owed"),
                c.NEXT_PAYMENT: self.tr("Next payment"), c.NEXT_DUE: self.tr("Due"),
                c.QUOTED: self.tr("Rate as quoted"), c.APR: labels.topic("apr"),
                c.ENDS: self.tr("Last payment"), c.STATUS: self.tr("Status")}

    def raw(self, row: ItemPosition, column: int) -> Any:
        c = self.Column
        item, figures = row.item, row.figures
        if column == c.NAME:
            return item.name
        if column == c.LENDER:
            return item.lender
        if column == c.OWED:
            return row.owed
        if column == c.NEXT_PAYMENT:
            return row.next_amount
        if column == c.NEXT_DUE:
            return row.next_date
        if column == c.QUOTED:
            return item.product.rate.annual_equivalent
        if column == c.APR:
            return figures.apr.rate if figures else None
        if column == c.ENDS:
            return row.last_date if item.is_open else None
        if column == c.STATUS:
            return self.display(row, column)
        return None

    def display(self, row: ItemPosition, column: int) -> str:
        c = self.Column
        item, currency = row.item, row.item.product.currency
        if column == c.NAME:
            if item.card_last4:
                return self.tr("{name} (…{last4})").format(name=item.name, last4=item.card_last4)
            return item.name
        if column == c.LENDER:
            return item.lender
        if column == c.OWED:
            return self.fmt.money(row.owed, currency)
        if column == c.NEXT_PAYMENT:
            return self.fmt.money(row.next_amount, currency)
        if column == c.NEXT_DUE:
            return self.fmt.date(row.next_date)
        if column == c.QUOTED:
            return labels.quoted_rate(item.product.rate)
        if column == c.APR:
            return self.fmt.rate(row.figures.apr.rate) if row.figures else "—"
        if column == c.ENDS:
            return self.fmt.date(row.last_date) if item.is_open else "—"
        if column == c.STATUS:
            if row.overdue > 0:
                return self.tr("Overdue {amount}").format(
                    amount=self.fmt.money(row.overdue, currency))
            return labels.status_names()[item.status]
        return ""

    def tooltip(self, row: ItemPosition, column: int) -> str | None:
        if column == self.Column.NAME and row.item.notes:
            return row.item.notes
        if column == self.Column.NEXT_PAYMENT and row.item.product.kind is Kind.CARD:
            return self.tr("The minimum due on the card's statement. The schedule below is "
                           "the payments your plan makes.")
        if column == self.Column.APR and row.figures is None:
            return self.tr("The engine could not analyse this item.")
        return None

