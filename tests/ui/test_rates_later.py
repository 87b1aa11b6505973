"""The window's first figures leave the true annual rates for later (issue 14): the session
works them out right after, and an item whose rate cannot be found then has no figures, as if
it had been analysed whole; the page on screen shows its figures before its chart is built."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.portfolio import parse_portfolio
from planner.ui.backends import MemoryBackend
from planner.ui.demo import demo_data
from planner.ui.session import Session

TODAY = date(2026, 11, 28)
NOTHING_LENT = {"id": "fee-as-large-as-loan", "name": "Fee as large as the loan",
                "kind": "installment", "start": "2026-10-17", "principal": "10", "term": 12,
                "fees": [{"type": "upfront", "amount": "10"}]}


def _session(rates_later: bool, odd: bool = True) -> Session:
    data = demo_data(TODAY)
    if odd:
        data["items"].append(NOTHING_LENT)
    return Session(MemoryBackend(parse_portfolio(data)), today=lambda: TODAY,
                   rates_later=rates_later)


def test_figures_whose_rate_cannot_be_found_are_dropped_once_rates_are_checked(qtbot) -> None:
    session = _session(rates_later=True)
    session.recompute_all()
    odd = session.item(NOTHING_LENT["id"])
    assert session.figures(odd) is not None  # its schedule counts in the first figures
    rated = [session.figures(i) for i in session.items() if i is not odd]
    assert all(f._apr is None for f in rated)  # no rate worked out yet
    with qtbot.waitSignal(session.figures_updated, timeout=1000):
        session.check_rates()
    assert session.figures(odd) is None
    assert all(f._apr is not None for f in rated)
    whole = _session(rates_later=False)
    whole.recompute_all()
    assert whole.figures(whole.item(NOTHING_LENT["id"])) is None
    assert [whole.figures(i).apr for i in whole.items() if i.id != odd.id] == \
        [f.apr for f in rated]
    assert session.overview().total_owed == whole.overview().total_owed


def test_checking_rates_again_changes_nothing(qtbot) -> None:
    session = _session(rates_later=False)
    session.recompute_all()
    with qtbot.assertNotEmitted(session.figures_updated):
        session.check_rates()


def test_the_overview_shows_its_figures_then_its_warnings_then_its_chart(qtbot,
                                                                       settings) -> None:
    """Issue 14: the figures are painted before anything they do not need is loaded; then
    the warnings, with the rates they read; then the chart and the menus."""
    from planner.ui.main_window import MainWindow
    from planner.ui.pages.overview_page import OverviewPage

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def at_figures_shown() -> None:
        page = window.pages["overview"]
        seen["owed"] = page.tiles["owed"].value.text()
        seen["at figures"] = (page.alerts, page.chart, window.actions)

    finish = OverviewPage.finish

    def finishing(page) -> None:  # the chart is added after the warnings, before the menus
        seen["at chart"] = (bool(page.alerts.texts()), page.chart, window.actions)
        finish(page)

    window.figures_shown.connect(at_figures_shown)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(OverviewPage, "finish", finishing)
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.attach(_session(rates_later=True, odd=False))
    page = window.pages["overview"]
    assert seen["owed"] == page.tiles["owed"].value.text() and seen["owed"].startswith("¥")
    assert seen["at figures"] == (None, None, None)
    assert seen["at chart"] == (True, None, None)
    assert page.finished and page.chart.isVisible() and page.alerts.isVisible()
    assert window.actions is not None
    assert all(f._apr is not None for f in map(window.session.figures, window.session.items()))


def test_a_large_profile_opens_in_the_same_steps_its_figures_worked_out_aside(
        qtbot, settings, monkeypatch) -> None:
    """A profile large enough for the worker thread: the page shows dashes and the status
    bar's progress while the figures are worked out, then the same steps to ready."""
    from planner.ui import session as session_module
    from planner.ui.main_window import MainWindow

    monkeypatch.setattr(session_module, "SYNC_ITEMS", 2)  # the demo's items count as many
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    session = _session(rates_later=True, odd=False)
    shown = []
    window.figures_shown.connect(lambda: shown.append(session.recomputing))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(session)
        assert session.recomputing and window.progress is not None
    page = window.pages["overview"]
    assert shown == [False]  # the figures were shown once they were all worked out
    assert window.progress.isHidden()
    assert page.finished and page.tiles["owed"].value.text().startswith("¥")
    assert window.statusBar().currentMessage() == "All figures are up to date."
