"""The review table of a statement import: one row per repayment found, with its status
(matched, ambiguous, unmatched, recorded before), the item it will be recorded to — which the
person may change, or set to skip — its due date and the difference from the schedule,
highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from planner.core.portfolio import Item
from planner.core.reconcile import MatchStatus, Reconciliation, RowMatch
from planner.ui.models.base import TableModel

#: Tints that read on light and dark palettes alike (mostly transparent).
DIFFERENCE_TINT = QColor(217, 138, 28, 90)
STATUS_TINTS = {MatchStatus.MATCHED: QColor(46, 139, 87, 56),
                MatchStatus.AMBIGUOUS: QColor(217, 138, 28, 70),
                MatchStatus.UNMATCHED: QColor(214, 69, 69, 56)}
#: The (item id, label) pairs a row may be recorded to; "" is "skip".
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
SKIP = ""


@dataclass
class ReviewRow:
    match: RowMatch
    choice: str       # the item id to record to, or SKIP

    @property
    def recorded_before(self) -> bool:
        return self.match.duplicate


class StatementModel(TableModel[ReviewRow]):
    class Column(IntEnum):
        LINE = 0
        DATE = 1
        AMOUNT = 2
        COUNTERPARTY = 3
        STATUS = 4
        RECORD_TO = 5
        DUE = 6
        DIFFERENCE = 7

    def __init__(self, items: Sequence[Item] = (), currency: str = "CNY",
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.items = {item.id: item for item in items}
        self.open_ids = [item.id for item in items if item.is_open]
        self.currency = currency

    def set_reconciliation(self, result: Reconciliation) -> None:
        self.set_rows([ReviewRow(m, m.item_id if m.to_record and m.item_id else SKIP)
                       for m in result.matches])

    def chosen(self) -> list[tuple[RowMatch, str]]:
        """The rows to record, each with the item chosen for it."""
        return [(r.match, r.choice) for r in self._rows
                if r.choice != SKIP and not r.recorded_before]

    # -- columns --------------------------------------------------------------------------

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.LINE: self.tr("Line"), c.DATE: self.tr("Date"), c.AMOUNT: self.tr("Amount"),
                c.COUNTERPARTY: self.tr("Paid to"), c.STATUS: self.tr("Status"),
                c.RECORD_TO: self.tr("Record to"), c.DUE: self.tr("Due date"),
                c.DIFFERENCE: self.tr("Difference")}

    def raw(self, row: ReviewRow, column: int) -> Any:
        c = self.Column
        m = row.match
        return {c.LINE: m.row.line, c.DATE: m.row.date, c.AMOUNT: m.row.amount,
                c.COUNTERPARTY: m.row.counterparty or m.row.description,
                c.STATUS: m.status.value, c.RECORD_TO: row.choice, c.DUE: m.due_date,
                c.DIFFERENCE: m.difference}[column]

    def display(self, row: ReviewRow, column: int) -> str:
        c = self.Column
        m = row.match
        if column == c.LINE:
            return str(m.row.line)
        if column == c.DATE:
            return self.fmt.date(m.row.date)
        if column == c.AMOUNT:
            return self.fmt.money(m.row.amount, m.row.currency or self.currency)
        if column == c.COUNTERPARTY:
            return m.row.counterparty or m.row.description
        if column == c.STATUS:
            return self.status_text(row)
        if column == c.RECORD_TO:
            if row.recorded_before:
                return self._label(m.item_id or "")
            return self._label(row.choice) if row.choice else self.tr("Skip")
        if column == c.DUE:
            return self.fmt.date(m.due_date) if m.due_date else ""
        if m.difference is None:
            return ""
        return self.fmt.money(m.difference, m.row.currency or self.currency, sign=True)

    def status_text(self, row: ReviewRow) -> str:
        if row.recorded_before:
            return self.tr("Recorded before")
        return {MatchStatus.MATCHED: self.tr("Matched"),
                MatchStatus.AMBIGUOUS: self.tr("Ambiguous"),
                MatchStatus.UNMATCHED: self.tr("Unmatched")}[row.match.status]

    def tooltip(self, row: ReviewRow, column: int) -> str | None:
        m = row.match
        if column == self.Column.STATUS and m.status is MatchStatus.AMBIGUOUS:
            names = ", ".join(f"{self._label(c.item_id)} ({self.fmt.date(c.due_date)})"
                              for c in m.candidates)
            return self.tr("It could pay any of: {names}. Choose one under Record to.").format(
                names=names)
        if column == self.Column.DIFFERENCE and m.difference is not None:
            return self.tr("Paid {difference} against the schedule").format(
                difference=self.fmt.money(m.difference, m.row.currency or self.currency,
                                          sign=True))
        if column == self.Column.STATUS and row.recorded_before:
            return self.tr("This payment is already in the profile; it will not be recorded "
                           "again.")
        return None

    def _label(self, item_id: str) -> str:
        item = self.items.get(item_id)
        return f"{item.name} ({item_id})" if item is not None else item_id

    def choices(self, row: ReviewRow) -> list[tuple[str, str]]:
        """Skip, the row's candidates first, then every other open item."""
        first = [c.item_id for c in row.match.candidates]
        ordered = list(dict.fromkeys([*first, *self.open_ids]))
        return [(SKIP, self.tr("Skip")), *((i, self._label(i)) for i in ordered
                                            if i in self.items)]

    # -- Qt -------------------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and index.column() == self.Column.RECORD_TO
                and 0 <= index.row() < len(self._rows)
                and not self._rows[index.row()].recorded_before):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.Column.DIFFERENCE and row.match.difference is not None:
                return QBrush(DIFFERENCE_TINT)
            if column == self.Column.STATUS and not row.recorded_before:
                return QBrush(STATUS_TINTS[row.match.status])
            return None
        if role == Qt.ItemDataRole.EditRole and column == self.Column.RECORD_TO:
            return row.choice
        if role == CHOICES_ROLE and column == self.Column.RECORD_TO:
            return self.choices(row)
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != self.Column.RECORD_TO
                or not 0 <= index.row() < len(self._rows)):
            return False
        row = self._rows[index.row()]
        choice = "" if value is None else str(value)
        if row.recorded_before or (choice != SKIP and choice not in self.items):
            return False
        row.choice = choice
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True
