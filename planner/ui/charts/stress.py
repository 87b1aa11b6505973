"""The Stress page's chart: debt payments per month (36 months) or per week (13 weeks), stacked by
item, against the income and the debt-to-income caution and danger lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from planner.core.dates import month_of
from planner.core.money import ZERO
from planner.core.stress import Projection, Thresholds
from planner.ui.charts.canvas import SERIES, ChartView, money_axis, style_axes
from planner.ui.i18n import Formatter

#: Items drawn on their own; the rest are one "other items" band (the legend stays short).
MAX_SERIES = 5


def stacked(buckets: Sequence[Mapping[str, Decimal]], names: Mapping[str, str],
            other: str) -> list[tuple[str, list[Decimal]]]:
    """Per-item series over ``buckets`` (each item id -> amount), the largest items first, the
    ones past ``MAX_SERIES`` added up as ``other``.

    >>> stacked([{"a": Decimal(1)}, {"a": Decimal(2), "b": Decimal(5)}], {"a": "A"}, "x")
    [('b', [Decimal('0'), Decimal('5')]), ('A', [Decimal('1'), Decimal('2')])]
    """
    totals: dict[str, Decimal] = {}
    for bucket in buckets:
        for item_id, amount in bucket.items():
            totals[item_id] = totals.get(item_id, ZERO) + amount
    ranked = sorted(totals, key=lambda i: (-totals[i], i))
    own, rest = ranked[:MAX_SERIES], ranked[MAX_SERIES:]
    series = [(names.get(i, i), [b.get(i, ZERO) for b in buckets]) for i in own]
    if rest:
        series.append((other, [sum((b.get(i, ZERO) for i in rest), ZERO) for b in buckets]))
    return series


class StressChart(ChartView):
    """Shows :meth:`show_projection` by month or by week."""

    def show_projection(self, projection: Projection, names: Mapping[str, str],
                        thresholds: Thresholds, *, weekly: bool = False) -> None:
        fmt = Formatter()
        if weekly:
            buckets = [w.by_item for w in projection.weeks]
            income = projection.weeks[0].income if projection.weeks else ZERO
            labels = [fmt.date(w.start) for w in projection.weeks]
            title = self.tr("Debt payments per week, next 13 weeks")
        else:
            buckets = [m.by_item for m in projection.months]
            income = projection.household.monthly_income
            labels = _month_labels([month_of(m.month) for m in projection.months], fmt)
            title = self.tr("Debt payments per month, next 36 months")
        series = stacked(buckets, names, self.tr("Other items"))
        lines = [(income, self.tr("Income"), "-", None)]
        if income > 0:
            lines += [
                (income * thresholds.dti_caution, self.tr("Caution line ({share} of income)")
                 .format(share=fmt.line(thresholds.dti_caution)), "--", SERIES[1]),
                (income * thresholds.dti_danger, self.tr("Danger line ({share} of income)")
                 .format(share=fmt.line(thresholds.dti_danger)), "--", SERIES[3])]
        step = 2 if weekly else 3

        def paint(figure: Any, colours: dict[str, str]) -> None:
            ax = figure.add_subplot()
            style_axes(ax, colours)
            xs = list(range(len(buckets)))
            bottom = [0.0] * len(buckets)
            for k, (name, amounts) in enumerate(series):
                values = [float(a) for a in amounts]
                ax.bar(xs, values, 0.75, bottom=bottom, color=SERIES[k % len(SERIES)],
                       label=name)
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            for value, label, style, colour in lines:
                if value > 0:
                    ax.axhline(float(value), color=colour or colours["text"], linewidth=1.2,
                               linestyle=style, label=label)
            ticks = xs[::step]
            ax.set_xticks(ticks, [labels[k] for k in ticks])
            if weekly:
                ax.tick_params(axis="x", labelrotation=30)
            ax.set_title(title, fontsize=10, loc="left")
            ax.legend(frameon=False, fontsize=8, labelcolor=colours["text"],
                      loc="upper left", bbox_to_anchor=(1.0, 1.0))
            money_axis(ax, fmt)
            ax.margins(x=0.01)

        self.draw(paint)


def _month_labels(months: Sequence[date], fmt: Formatter) -> list[str]:
    """Short month names, with the year under the first and wherever it changes."""
    out, year = [], None
    for k, month in enumerate(months):
        label = fmt.short_month(month)
        shown = k % 3 == 0
        out.append(f"{label}\n{month.year}" if shown and month.year != year else label)
        if shown:
            year = month.year
    return out
