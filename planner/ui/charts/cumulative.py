"""Offers compared over time: the interest and fees paid so far on each offer; each line ends
at that offer's total cost of credit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from planner.ui.charts.canvas import ChartView, money_axis, month_axis, style_axes
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


class CumulativeCostChart(ChartView):
    def show_series(self, series: Sequence[tuple[str, Sequence[tuple[date, Decimal]]]]) -> None:
        fmt = Formatter()
        title = self.tr("Cost of credit paid so far")

        def paint(figure: Any, colours: dict[str, str]) -> None:
            ax = figure.add_subplot()
            style_axes(ax, colours)
            for k, (name, points) in enumerate(series):
                ax.step([p[0] for p in points], [float(p[1]) for p in points], where="post",
                        color=SERIES[k % len(SERIES)], linewidth=1.8, label=name)
            ax.set_ylim(bottom=0)
            ax.set_title(title, fontsize=10, loc="left")
            ax.legend(frameon=False, fontsize=8, labelcolor=colours["text"], loc="upper left")
            money_axis(ax, fmt)
            month_axis(ax, fmt)

        self.draw(paint)
