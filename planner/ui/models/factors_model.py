"""The stress score's factors: each one's measure, its points out of its weight, and the share
of its weight it takes (drawn as a bar by the Stress page)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from planner.core.stress import Factor
from planner.ui.models.base import TableModel
from planner.ui.stress_words import StressWords


class FactorsModel(TableModel[Factor]):
    class Column(IntEnum):
        FACTOR = 0
        MEASURE = 1
        POINTS = 2
        SHARE = 3

    figure_columns = frozenset({Column.MEASURE, Column.POINTS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = StressWords()

    def set_factors(self, factors: tuple[Factor, ...], words: StressWords) -> None:
        self.words = words
        self.set_rows(factors)

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.FACTOR: self.tr("Factor"), c.MEASURE: self.tr("Measured"),
                c.POINTS: self.tr("Points"), c.SHARE: self.tr("Share")}

    def raw(self, row: Factor, column: int) -> Any:
        c = self.Column
        if column == c.FACTOR:
            return self.words.code_name(row.code)
        if column == c.MEASURE:
            return row.measure
        if column == c.POINTS:
            return row.points
        return row.points / row.max_points if row.max_points else 0

    def display(self, row: Factor, column: int) -> str:
        c = self.Column
        if column == c.FACTOR:
            return self.words.code_name(row.code)
        if column == c.MEASURE:
            return self.words.factor_measure(row.code, row.measure, row.points)
        if column == c.POINTS:
            return self.tr("{points} / {max}").format(
                points=self.fmt.number(row.points, 1), max=row.max_points)
        return self.fmt.ratio(self.raw(row, column))
