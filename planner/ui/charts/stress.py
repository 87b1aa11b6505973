"""The Stress page's chart: debt payments per month (36 months) or per week (13 weeks), stacked by
item, against the income and the debt-to-income caution and danger lines (the bar painter the
Overview uses, each item in its own colour)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from planner.core.dates import month_of
from planner.core.money import ZERO
from planner.core.stress import Projection, Thresholds
from planner.ui.charts.bars import Band, BarChart, Line
from planner.ui.charts.colours import OTHER, SERIES
from planner.ui.charts.obligations import month_labels
from planner.ui.i18n import Formatter

#: Items drawn on their own; the rest are one "other items" band (the legend stays short).
MAX_SERIES = 5


def stacked(buckets: Sequence[Mapping[str, Decimal]]) -> tuple[list[str], list[str]]:
    """The item ids drawn on their own (the largest first, at most ``MAX_SERIES``) and the
    ones added up into "other items".

    >>> stacked([{"a": Decimal(1)}, {"a": Decimal(2), "b": Decimal(5)}])
    (['b', 'a'], [])
    """
    totals: dict[str, Decimal] = {}
    for bucket in buckets:
        for item_id, amount in bucket.items():
            totals[item_id] = totals.get(item_id, ZERO) + amount
    ranked = sorted(totals, key=lambda i: (-totals[i], i))
    return ranked[:MAX_SERIES], ranked[MAX_SERIES:]


class StressChart(BarChart):
    """Shows :meth:`show_projection` by month or by week."""

    def show_projection(self, projection: Projection, names: Mapping[str, str],
                        colours: Mapping[str, str], thresholds: Thresholds, *,
                        weekly: bool = False) -> None:
        fmt = Formatter()
        if weekly:
            buckets = [w.by_item for w in projection.weeks]
            income = projection.weeks[0].income if projection.weeks else ZERO
            labels = [fmt.date(w.start) for w in projection.weeks]
            title = self.tr("Debt payments per week, next 13 weeks")
        else:
            buckets = [m.by_item for m in projection.months]
            income = projection.household.monthly_income
            labels = month_labels([month_of(m.month) for m in projection.months])
            title = self.tr("Debt payments per month, next 36 months")
        own, rest = stacked(buckets)
        bands = [Band(names.get(i, i), tuple(b.get(i, ZERO) for b in buckets),
                      colours.get(i, SERIES[0])) for i in own]
        if rest:
            bands.append(Band(self.tr("Other items"),
                              tuple(sum((b.get(i, ZERO) for i in rest), ZERO) for b in buckets),
                              OTHER))
        lines = [Line(self.tr("Income"), income, None)]
        if income > 0:
            lines += [
                Line(self.tr("Caution line ({share} of income)").format(
                    share=fmt.line(thresholds.dti_caution)), income * thresholds.dti_caution,
                    SERIES[1], True),
                Line(self.tr("Danger line ({share} of income)").format(
                    share=fmt.line(thresholds.dti_danger)), income * thresholds.dti_danger,
                    SERIES[3], True)]
        self.show_bars(title, labels, bands, lines, projection.currency,
                       every=2 if weekly else 3)
