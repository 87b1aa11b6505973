"""A chart on a page behind the one on screen is drawn when it is first shown, not before:
start-up does not pay for pages nobody is looking at."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from planner.ui.charts.canvas import ChartView


def test_a_hidden_chart_draws_when_shown(qtbot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, behind = ChartView(), ChartView()
    stack.addWidget(front)
    stack.addWidget(behind)
    stack.show()
    qtbot.waitExposed(stack)
    calls = []
    behind.draw(lambda figure, colours: calls.append("behind"))
    front.draw(lambda figure, colours: calls.append("front"))
    assert calls == ["front"] and behind.figure is None
    stack.setCurrentWidget(behind)
    assert calls == ["front", "behind"] and behind.figure is not None


def test_now_draws_at_once_even_when_hidden(qtbot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(ChartView())
    behind = ChartView()
    stack.addWidget(behind)
    stack.show()
    calls = []
    behind.draw(lambda figure, colours: calls.append("drawn"), now=True)
    assert calls == ["drawn"]
