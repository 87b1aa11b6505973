"""Remaining balance over time, one step per payment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from planner.ui.charts.canvas import ChartView, money_axis, month_axis, style_axes
from planner.ui.charts.colours import SERIES
from planner.ui.i18n import Formatter


class BalanceChart(ChartView):
    def show_balance(self, start: date, opening: Decimal, dates: Sequence[date],
                     balances: Sequence[Decimal], *, compare: Sequence[Decimal] | None = None,
                     compare_dates: Sequence[date] | None = None, now: bool = False) -> None:
        fmt = Formatter()
        title = self.tr("Remaining balance")
        original_label = self.tr("Original plan")
        new_label = self.tr("With the prepayment")

        def paint(figure: Any, colours: dict[str, str]) -> None:
            ax = figure.add_subplot()
            style_axes(ax, colours)
            xs = [start, *dates]
            ys = [float(opening), *(float(b) for b in balances)]
            ax.step(xs, ys, where="post", color=SERIES[0], linewidth=1.8,
                    label=original_label if compare is not None else None)
            ax.fill_between(xs, ys, step="post", color=SERIES[0], alpha=0.12)
            if compare is not None and compare_dates is not None:
                cx = [start, *compare_dates]
                cy = [float(opening), *(float(b) for b in compare)]
                ax.step(cx, cy, where="post", color=SERIES[1], linewidth=1.8, label=new_label)
                ax.legend(frameon=False, fontsize=8, labelcolor=colours["text"])
            ax.set_title(title, fontsize=10, loc="left")
            ax.set_ylim(bottom=0)
            money_axis(ax, fmt)
            month_axis(ax, fmt)

        self.draw(paint, now=now)

