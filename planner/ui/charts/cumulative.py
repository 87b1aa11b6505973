"""Offers compared over time: the interest and fees paid so far on each offer; each line ends
at that offer's total cost of credit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from planner.ui.charts.canvas import ChartView, money_axis, month_axis, style_axes
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


class CumulativeCostChart(ChartView):
    """Its figures are also a table (:class:`planner.ui.charts.frame.ChartFrame`): a row for
    each date on which an offer's cost grows, each offer's cost paid by then."""

    shown = Signal()  # new figures to draw (and to list, in the table view)

    def __init__(self, parent: QWidget | None = None, *, height: int = 240) -> None:
        super().__init__(parent, height=height)
        self.series: Sequence[tuple[str, Sequence[tuple[date, Decimal]]]] = ()
        self.currency = "CNY"

    def show_series(self, series: Sequence[tuple[str, Sequence[tuple[date, Decimal]]]],
                    currency: str = "CNY") -> None:
        self.series, self.currency = series, currency
        self.shown.emit()
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

    def table_headers(self) -> list[str]:
        return [self.tr("Date"), *(name for name, _ in self.series)]

    def table_rows(self) -> list[list[str]]:
        fmt = Formatter()
        dates = sorted({day for _, points in self.series for day, _ in points})
        rows = []
        for day in dates:
            paid = [next((value for when, value in reversed(points) if when <= day), Decimal(0))
                    for _, points in self.series]
            rows.append([fmt.date(day), *(fmt.money(v, self.currency) for v in paid)])
        return rows
