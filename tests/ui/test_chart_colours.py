"""One colour per item on every chart (issue 19: "the two charts colour the same loans
differently"): the Overview's obligations, the Stress page's projection and the Payoff page's
balances draw each item in the colour its place in the profile gives it."""

from __future__ import annotations

import inspect

from planner.ui.charts.colours import item_colours
from planner.ui.charts.payoff import PayoffChart
from tests.ui.conftest import open_window


def test_each_item_keeps_its_colour_across_the_charts(qtbot, settings, session,
                                                     monkeypatch) -> None:
    drawn: dict[str, str] = {}
    real = PayoffChart.show_plans

    def show_plans(self, *args, **kwargs):
        bound = inspect.signature(real).bind(self, *args, **kwargs)
        drawn.update(bound.arguments.get("colours") or {})
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PayoffChart, "show_plans", show_plans)
    window = open_window(qtbot, settings, session)
    expected = item_colours(i.id for i in session.items())
    by_name = {i.name: expected[i.id] for i in session.items()}
    overview = window.show_page("overview")
    assert {b.name: b.colour for b in overview.chart.bands} == by_name
    stress = window.show_page("stress")
    qtbot.waitUntil(lambda: bool(stress.chart.bands), timeout=20000)
    assert {b.name: b.colour for b in stress.chart.bands if b.name in by_name} == by_name
    window.show_page("payoff")
    qtbot.waitUntil(lambda: bool(drawn), timeout=20000)
    assert {k: v for k, v in drawn.items() if k in expected} == expected
