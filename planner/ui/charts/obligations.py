"""What the household owes each month for the next 24 months, stacked by item, against its
monthly income (and income less essential spending): the Overview's chart, drawn by the
Qt-only bar painter so it is on screen with the figures at start-up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from planner.ui.charts.bars import Band, BarChart, Line
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


def month_labels(months: Sequence[date]) -> list[str]:
    """Each month's short name with its year on a second line (the chart writes the year
    only where it changes)."""
    fmt = Formatter()
    return [f"{fmt.short_month(month)}\n{month.year}" for month in months]


class ObligationsChart(BarChart):
    def show_obligations(self, months: Sequence[date],
                         series: Sequence[tuple[str, str, Sequence[Decimal]]],
                         colours: Mapping[str, str], income: Decimal, currency: str,
                         spare: Decimal | None = None) -> None:
        """``series``: (item id, name, amounts per month); ``colours`` by item id."""
        bands = [Band(name, tuple(amounts), colours.get(item_id, SERIES[0]))
                 for item_id, name, amounts in series]
        lines = [Line(self.tr("Monthly income"), income, None)]
        if spare is not None and spare > 0:
            lines.append(Line(self.tr("Income after essentials"), spare, SERIES[3], True))
        self.show_bars(self.tr("Monthly payments, next 24 months"), month_labels(months),
                       bands, lines, currency)
