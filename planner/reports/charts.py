"""The report charts, each a function that returns a drawing callback for a
:class:`~planner.reports.document.Chart`: balance over time, principal and interest in each
payment, cumulative cost of offers, and monthly obligations against income.

Series arrive from ``core`` as plain sequences of dates and Decimals; they become floats here,
for drawing only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

PALETTE = ("#1f6feb", "#d1495b", "#2a9d8f", "#e9c46a", "#8e6cc9", "#f4a261", "#5b6673")

Series = tuple[str, Sequence[tuple[date, Decimal]]]
Draw = Callable[[Any], None]


def _money_axis(axes: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    axes.grid(axis="y", linewidth=0.3, color="#d0d7de")
    axes.spines[["top", "right"]].set_visible(False)


def _date_axis(axes: Any) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DateFormatter("%Y-%m"))


def line_chart(series: Sequence[Series], *, step: bool = True) -> Draw:
    """One line per series (balance owed, cumulative cost), by date."""
    def draw(axes: Any) -> None:
        for index, (name, points) in enumerate(series):
            xs = [d for d, _ in points]
            ys = [float(v) for _, v in points]
            colour = PALETTE[index % len(PALETTE)]
            if step:
                axes.step(xs, ys, where="post", label=name, color=colour, linewidth=1.4)
            else:
                axes.plot(xs, ys, label=name, color=colour, linewidth=1.4)
        axes.axhline(0, color="#8c959f", linewidth=0.6)
        _money_axis(axes)
        _date_axis(axes)
        if len(series) > 1 or series and series[0][0]:
            axes.legend(frameon=False, loc="best")
    return draw


def split_chart(numbers: Sequence[int], parts: Sequence[tuple[str, Sequence[Decimal]]]) -> Draw:
    """Stacked bars: the principal, interest and fee in each payment, by payment number."""
    def draw(axes: Any) -> None:
        bottom = [0.0] * len(numbers)
        width = 0.8 if len(numbers) <= 60 else 1.0
        for index, (name, values) in enumerate(parts):
            heights = [float(v) for v in values]
            if not any(heights):
                continue
            axes.bar(numbers, heights, bottom=bottom, width=width, label=name,
                     color=PALETTE[index], linewidth=0)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        _money_axis(axes)
        axes.set_xlim(0.4, len(numbers) + 0.6)
        axes.legend(frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3)
    return draw


def obligations_chart(months: Sequence[str], payments: Sequence[Decimal],
                      income: Sequence[Decimal], lines: Sequence[tuple[str, Decimal]],
                      income_label: str) -> Draw:
    """Monthly debt payments as bars, the income as a line, and the debt-to-income lines
    (``lines``: a label and a fraction of income each)."""
    def draw(axes: Any) -> None:
        xs = list(range(len(months)))
        axes.bar(xs, [float(p) for p in payments], color=PALETTE[0], width=0.75, linewidth=0)
        axes.plot(xs, [float(i) for i in income], color=PALETTE[2], linewidth=1.4,
                  label=income_label)
        for index, (name, ratio) in enumerate(lines):
            axes.plot(xs, [float(i * ratio) for i in income], linestyle="--", linewidth=0.9,
                      color=PALETTE[3 + index], label=name)
        _money_axis(axes)
        ticks = xs[::max(1, len(xs) // 9)]
        axes.set_xticks(ticks, [months[t] for t in ticks])
        axes.set_xlim(-0.7, len(xs) - 0.3)
        # Above the plot, in one row: inside it the legend covered the bars (longer in Chinese).
        axes.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0),
                    ncol=len(lines) + 1, fontsize="small")
    return draw
