"""The app's bar chart (Overview, Stress): months with nothing due say so instead of showing an
empty frame, and a table of its numbers is always there to read."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QPalette

from planner.ui.charts.bars import Band, BarChart


def _painted_rows(chart: BarChart) -> set[int]:
    """The rows of the chart's image where something other than the background is drawn."""
    image = chart.grab().toImage()
    background = chart.palette().color(QPalette.ColorRole.Base).rgb()
    return {y for y in range(image.height()) for x in range(0, image.width(), 3)
            if image.pixel(x, y) != background}


def test_months_with_nothing_due_say_so(qtbot, monkeypatch) -> None:
    said = []
    monkeypatch.setattr(BarChart, "empty_text", lambda self: said.append(1) or "Nothing due")
    chart = BarChart(height=240)
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    zero = (Decimal(0),) * 3
    chart.show_bars("Obligations", ["Jan", "Feb", "Mar"], [Band("Card", zero, "#3366cc")], [],
                    "CNY")
    middle = range(chart.height() // 2 - 12, chart.height() // 2 + 12)
    assert _painted_rows(chart) & set(middle) and said, "no words in an empty chart"
    assert chart.table_rows() == [["Jan", "¥0.00"], ["Feb", "¥0.00"], ["Mar", "¥0.00"]]


def test_bars_are_drawn_when_there_is_something_due(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(BarChart, "empty_text", lambda self: pytest.fail("said empty"))
    chart = BarChart(height=240)
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.show_bars("Obligations", ["Jan", "Feb"],
                    [Band("Card", (Decimal("0.30"), Decimal("0.10")), "#3366cc")], [], "CNY")
    assert len(_painted_rows(chart)) > chart.height() // 2
