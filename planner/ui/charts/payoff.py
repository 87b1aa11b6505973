"""What is still owed month by month under each payoff strategy: one panel per strategy, each
debt a band stacked on the others, so the order in which the debts disappear shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from planner.core.dates import month_of
from planner.core.payoff import PayoffPlan
from planner.ui.charts.canvas import ChartView, money_axis, style_axes
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def owed_series(plan: PayoffPlan, opening: Mapping[str, Decimal], start: date
                ) -> tuple[list[date], dict[str, list[float]]]:
    """The month ends (after ``start``, today's month) and each debt's balance at them."""
    xs = [start, *(next_month(month_of(m.month)) for m in plan.months)]
    series = {debt: [float(opening.get(debt, 0)),
                     *(float(m.balances.get(debt, 0)) for m in plan.months)]
              for debt in plan.order}
    return xs, series


class PayoffChart(ChartView):
    def show_plans(self, plans: Sequence[tuple[str, PayoffPlan]],
                   opening: Mapping[str, Decimal], names: Mapping[str, str],
                   today: date, empty: str = "",
                   colours: Mapping[str, str] | None = None) -> None:
        """``plans``: (label, plan) pairs; ``opening``: each debt's balance today; ``empty``:
        what to say when there is no plan to draw; ``colours``: each debt's colour, the one
        it has on every chart (``planner.ui.charts.colours.item_colours``)."""
        fmt = Formatter()
        shown = [(label, plan) for label, plan in plans if plan.months]
        start = date(today.year, today.month, 1)
        debts = list(opening)
        colours = dict(colours or {})
        for k, debt in enumerate(debts):
            colours.setdefault(debt, SERIES[k % len(SERIES)])
        empty = empty or self.tr("No plan to draw")

        def paint(figure: Any, palette: dict[str, str]) -> None:
            if not shown:
                ax = figure.add_subplot()
                style_axes(ax, palette)
                ax.text(0.5, 0.5, empty, ha="center", va="center", transform=ax.transAxes,
                        color=palette["text"])
                ax.set_xticks([])
                ax.set_yticks([])
                return
            axes = figure.subplots(1, len(shown), sharey=True, squeeze=False)[0]
            for ax, (label, plan) in zip(axes, shown, strict=True):
                style_axes(ax, palette)
                xs, series = owed_series(plan, opening, start)
                ordered = [d for d in debts if d in series]
                ax.stackplot(xs, [series[d] for d in ordered], step="post",
                             colors=[colours[d] for d in ordered],
                             labels=[names.get(d, d) for d in ordered], alpha=0.85)
                ax.set_title(label, fontsize=9, loc="left")
                ax.set_ylim(bottom=0)
                money_axis(ax, fmt)
                _month_axis(ax, fmt)
            handles, labels = axes[0].get_legend_handles_labels()
            figure.legend(handles, labels, loc="outside right upper", frameon=False,
                          fontsize=8, labelcolor=palette["text"])

        self.draw(paint)


def _month_axis(ax: Any, fmt: Formatter) -> None:
    from matplotlib.dates import AutoDateLocator, num2date
    from matplotlib.ticker import FuncFormatter

    # Two or three dates a panel, a month's name over its year: side by side the panels have
    # little width each, and "Jan 2027 Jul 2027" in one line ran into the next label.
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=3))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: f"{fmt.short_month(num2date(value).date())}\n"
                            f"{num2date(value).year}"))
