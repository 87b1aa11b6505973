"""A what-if's warnings side by side: each warning (by its code and items) now and under the
change, and whether it is new, gone, worse, milder or unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from planner.core.stress import Code, StressWarning
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.models.base import ModelIndex, TableModel
from planner.ui.stress_words import StressWords


@dataclass(frozen=True, slots=True)
class WarningChange:
    before: StressWarning | None
    after: StressWarning | None

    @property
    def shown(self) -> StressWarning:
        return self.after or self.before  # type: ignore[return-value]

    @property
    def change(self) -> str:
        """new, gone, worse, milder or same."""
        if self.before is None:
            return "new"
        if self.after is None:
            return "gone"
        step = self.after.severity.rank - self.before.severity.rank
        return "worse" if step > 0 else "milder" if step < 0 else "same"


_ORDER = {"new": 0, "worse": 1, "same": 2, "milder": 3, "gone": 4}


#: Warnings about one item each, matched on their item too; the others are household-wide.
_PER_ITEM = {Code.HIGH_COST_CREDIT, Code.MINIMUM_PAYMENT_TRAP, Code.BALLOON_AHEAD,
             Code.DEFERRED_INTEREST}


def _key(w: StressWarning) -> tuple:
    return (w.code, w.items if w.code in _PER_ITEM else ())


def warning_changes(before: Sequence[StressWarning],
                    after: Sequence[StressWarning]) -> list[WarningChange]:
    """Warnings matched on their code (and item, for a warning about one item): what changed
    first, then the most severe."""
    now = {_key(w): w for w in before}
    then = {_key(w): w for w in after}
    keys = list(dict.fromkeys([*then, *now]))
    rows = [WarningChange(now.get(k), then.get(k)) for k in keys]
    return sorted(rows, key=lambda r: (_ORDER[r.change], -r.shown.severity.rank))


class WhatIfModel(TableModel[WarningChange]):
    class Column(IntEnum):
        WARNING = 0
        ITEMS = 1
        NOW = 2
        AFTER = 3
        CHANGE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StressWords()

    def set_changes(self, rows: Sequence[WarningChange], words: StressWords) -> None:
        self.words = words
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.WARNING: self.tr("Warning"), c.ITEMS: self.tr("Items"),
                c.NOW: self.tr("Now"), c.AFTER: self.tr("With the changes"),
                c.CHANGE: self.tr("Change")}

    def _state(self, w: StressWarning | None) -> str:
        if w is None:
            return "—"
        return self.tr("{severity}: {figure}").format(
            severity=self.words.severity_name(w.severity), figure=self.words.figure(w)[1])

    def raw(self, row: WarningChange, column: int) -> Any:
        c = self.Column
        if column == c.WARNING:
            return self.words.code_name(row.shown.code)
        if column == c.ITEMS:
            return self.words.item_names(row.shown.items, 2)
        if column == c.NOW:
            return row.before.severity.rank if row.before else -1
        if column == c.AFTER:
            return row.after.severity.rank if row.after else -1
        return _ORDER[row.change]

    def display(self, row: WarningChange, column: int) -> str:
        c = self.Column
        if column == c.WARNING:
            return self.words.code_name(row.shown.code)
        if column == c.ITEMS:
            return self.words.item_names(row.shown.items, 2) or "—"
        if column == c.NOW:
            return self._state(row.before)
        if column == c.AFTER:
            return self._state(row.after)
        return {"new": self.tr("new"), "gone": self.tr("gone"), "worse": self.tr("worse"),
                "milder": self.tr("milder"), "same": self.tr("unchanged")}[row.change]

    def tooltip(self, row: WarningChange, column: int) -> str | None:
        if column == self.Column.NOW and row.before is not None:
            return self.words.headline(row.before)
        return self.words.headline(row.after or row.before)  # type: ignore[arg-type]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            c = self.Column
            shown = {c.NOW: row.before, c.AFTER: row.after}.get(index.column())
            if shown is not None:
                return QColor(SEVERITY_COLOURS[shown.severity.value])
            if index.column() == c.CHANGE and row.change in ("new", "worse"):
                return QColor(SEVERITY_COLOURS["danger"])
            if index.column() == c.CHANGE and row.change in ("gone", "milder"):
                return QColor("#2e8b57")
        return super().data(index, role)
