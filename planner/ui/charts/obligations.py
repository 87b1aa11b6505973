"""What the household owes each month for the next 24 months, stacked by item, against its
monthly income (and income less essential spending)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from planner.ui.charts.canvas import SERIES, ChartView, money_axis, style_axes
from planner.ui.i18n import Formatter


class ObligationsChart(ChartView):
    def show_obligations(self, months: Sequence[date],
                         series: Sequence[tuple[str, Sequence[Decimal]]],
                         income: Decimal, spare: Decimal | None = None) -> None:
        fmt = Formatter()
        title = self.tr("Monthly payments, next 24 months")
        income_label = self.tr("Monthly income")
        spare_label = self.tr("Income after essentials")

        def paint(figure: Any, colours: dict[str, str]) -> None:
            ax = figure.add_subplot()
            style_axes(ax, colours)
            xs = list(range(len(months)))
            bottom = [0.0] * len(months)
            for k, (name, amounts) in enumerate(series):
                values = [float(a) for a in amounts]
                ax.bar(xs, values, 0.75, bottom=bottom, color=SERIES[k % len(SERIES)],
                       label=name)
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            if income > 0:
                ax.axhline(float(income), color=colours["text"], linewidth=1.2,
                           linestyle="-", label=income_label)
            if spare is not None and spare > 0:
                ax.axhline(float(spare), color=SERIES[3], linewidth=1.2, linestyle="--",
                           label=spare_label)
            ticks = xs[::3]
            names, year = [], None
            for k in ticks:  # the year on the first tick and wherever it changes
                month = months[k]
                label = fmt.short_month(month)
                names.append(f"{label}\n{month.year}" if month.year != year else label)
                year = month.year
            ax.set_xticks(ticks, names)
            ax.set_title(title, fontsize=10, loc="left")
            ax.legend(frameon=False, fontsize=8, labelcolor=colours["text"],
                      loc="upper left", bbox_to_anchor=(1.0, 1.0))
            money_axis(ax, fmt)
            ax.margins(x=0.01)

        self.draw(paint)
