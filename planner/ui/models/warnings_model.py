"""The stress warnings as a table: what (with its severity as a coloured mark, and in words in
the tooltip), when, the items, the figure behind each and the line it crossed (the rule and the
"why" are in the Stress page's detail pane)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from planner.core.stress import StressWarning
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.models.base import ModelIndex, TableModel
from planner.ui.stress_words import StressWords


class WarningsModel(TableModel[StressWarning]):
    class Column(IntEnum):
        WARNING = 0
        WHEN = 1
        ITEMS = 2
        FIGURE = 3
        LINE = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StressWords()

    def set_warnings(self, warnings: tuple[StressWarning, ...] | list[StressWarning],
                     words: StressWords) -> None:
        self.words = words
        self.set_rows(warnings)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.WARNING: self.tr("Warning"),
                c.WHEN: self.tr("When"), c.ITEMS: self.tr("Items"),
                c.FIGURE: self.tr("Figure"), c.LINE: self.tr("Line crossed")}

    def raw(self, row: StressWarning, column: int) -> Any:
        c = self.Column
        if column == c.WARNING:  # the most severe first, then by name
            return f"{9 - row.severity.rank}{self.words.code_name(row.code)}"
        if column == c.WHEN:
            return (row.months[0] if row.months else
                    row.dates[0].isoformat() if row.dates else "")
        if column == c.ITEMS:
            return self.words.item_names(row.items, 2)
        if column == c.FIGURE:
            return self.words.figure(row)[0]
        return row.threshold

    def display(self, row: StressWarning, column: int) -> str:
        c = self.Column
        if column == c.WARNING:
            return self.words.code_name(row.code)
        if column == c.WHEN:
            return self.words.when(row)
        if column == c.ITEMS:
            return self.words.item_names(row.items, 2) or "—"
        if column == c.FIGURE:
            return self.words.figure(row)[1]
        return self.words.line(row)

    def tooltip(self, row: StressWarning, column: int) -> str | None:
        return self.tr("{severity}: {headline}").format(
            severity=self.words.severity_name(row.severity), headline=self.words.headline(row))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.Column.WARNING:
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.DecorationRole:
                return severity_mark(row.severity.value)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{severity}: {warning}").format(
                    severity=self.words.severity_name(row.severity),
                    warning=self.words.code_name(row.code))
        return super().data(index, role)


_MARKS: dict[str, QIcon] = {}


def severity_mark(severity: str) -> QIcon:
    """A round mark in the severity's colour (made once per severity)."""
    if severity not in _MARKS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _MARKS[severity] = QIcon(pixmap)
    return _MARKS[severity]
