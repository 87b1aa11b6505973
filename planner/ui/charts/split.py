"""Principal and interest (and fees) in each payment, stacked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner.core.schedule import Installment
from planner.ui.charts.canvas import ChartView, money_axis, style_axes
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


class SplitChart(ChartView):
    def show_rows(self, rows: Sequence[Installment], *, now: bool = False) -> None:
        fmt = Formatter()
        title = self.tr("Principal and interest in each payment")
        names = (self.tr("Principal"), self.tr("Interest"), self.tr("Fees"))

        def paint(figure: Any, colours: dict[str, str]) -> None:
            ax = figure.add_subplot()
            style_axes(ax, colours)
            xs = list(range(1, len(rows) + 1))
            principal = [float(r.principal) for r in rows]
            interest = [float(r.interest) for r in rows]
            fees = [float(r.fee) for r in rows]
            width = 0.8 if len(rows) < 120 else 1.0
            ax.bar(xs, principal, width, color=SERIES[0], label=names[0])
            ax.bar(xs, interest, width, bottom=principal, color=SERIES[1], label=names[1])
            if any(fees):
                base = [p + i for p, i in zip(principal, interest, strict=True)]
                ax.bar(xs, fees, width, bottom=base, color=SERIES[3], label=names[2])
            ax.set_title(title, fontsize=10, loc="left")
            ax.legend(frameon=False, fontsize=8, labelcolor=colours["text"], ncols=3,
                      loc="lower right", bbox_to_anchor=(1.0, 1.0), borderaxespad=0.2)
            money_axis(ax, fmt)
            ax.margins(x=0.01)

        self.draw(paint, now=now)
