"""What taking each offer does to the household's repayment stress: the stress score and the
number of warnings with the offer added to the open items, and how much each moves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from planner.core.compare import Offer
from planner.core.portfolio import Item, Portfolio
from planner.core.whatif import WhatIf, what_if
from planner.ui.models.base import TableModel


@dataclass(frozen=True, slots=True)
class StressEffect:
    offer: Offer
    result: WhatIf

    @property
    def score_change(self) -> int:
        return self.result.after.score.score - self.result.before.score.score

    @property
    def warnings_change(self) -> int:
        return len(self.result.after.warnings) - len(self.result.before.warnings)


def stress_effects(portfolio: Portfolio, today: date,
                   offers: Sequence[Offer]) -> list[StressEffect]:
    """Each offer added on its own to ``portfolio`` (under an id no item uses)."""
    taken = {i.id for i in portfolio.items}
    effects = []
    for k, offer in enumerate(offers):
        item_id = next(f"offer-{k + 1}-{n}" for n in range(len(taken) + 1)
                       if f"offer-{k + 1}-{n}" not in taken)
        result = what_if(portfolio, today, add=[Item(item_id, offer.name, offer.product)])
        effects.append(StressEffect(offer, result))
    return effects


class StressEffectModel(TableModel[StressEffect]):
    class Column(IntEnum):
        OFFER = 0
        SCORE = 1
        SCORE_CHANGE = 2
        WARNINGS = 3
        WARNINGS_CHANGE = 4

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {c.OFFER: self.tr("Offer"), c.SCORE: self.tr("Stress score with it"),
                c.SCORE_CHANGE: self.tr("Score change"), c.WARNINGS: self.tr("Warnings with it"),
                c.WARNINGS_CHANGE: self.tr("New warnings")}

    def raw(self, row: StressEffect, column: int) -> Any:
        c = self.Column
        after = row.result.after
        return {c.OFFER: row.offer.name, c.SCORE: after.score.score,
                c.SCORE_CHANGE: row.score_change, c.WARNINGS: len(after.warnings),
                c.WARNINGS_CHANGE: row.warnings_change}[column]

    def display(self, row: StressEffect, column: int) -> str:
        c = self.Column
        value = self.raw(row, column)
        if column == c.SCORE:
            return self.tr("{score} ({band})").format(
                score=value, band=band_name(row.result.after.score.band.value))
        if column in (c.SCORE_CHANGE, c.WARNINGS_CHANGE):
            return f"+{value}" if value > 0 else str(value)
        return str(value)


def band_name(band: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {"calm": QCoreApplication.translate("StressBands", "calm"),
             "watch": QCoreApplication.translate("StressBands", "watch"),
             "strained": QCoreApplication.translate("StressBands", "strained"),
             "severe": QCoreApplication.translate("StressBands", "severe")}
    return names.get(band, band)
