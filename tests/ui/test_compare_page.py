"""The compare page: comparisons saved in the profile and opened again (through the real
encrypted store), the cheapest offer highlighted, and each offer's effect on the household's
stress score and warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.core.compare import Offer
from planner.ui.models.compare_model import CompareModel
from planner.ui.models.stress_effect_model import StressEffectModel, stress_effects
from planner.ui.pages.compare_page import ComparePage


def _page(qtbot, session) -> ComparePage:
    page = ComparePage(session)
    qtbot.addWidget(page)
    return page


def test_save_open_delete_round_trip_through_the_store(qtbot, store_session) -> None:
    page = _page(qtbot, store_session)
    page.load_example()
    shown = list(page.offers)
    assert page.saved.save_as("Phone, three ways")
    profile = store_session.backend.profile
    saved = profile.comparison("Phone, three ways")
    assert [(o.label, o.product) for o in saved.offers] == [(o.name, o.product) for o in shown]
    assert page.saved.names.currentText() == "Phone, three ways"

    page.offers = []
    page.recompute()
    assert page.saved.open_saved("Phone, three ways") is not None
    assert page.offers == shown and page.comparison is not None

    again = _page(qtbot, store_session)  # another page, the same profile: it is listed
    assert [again.saved.names.itemText(k) for k in range(again.saved.names.count())] == \
        ["Phone, three ways"]
    assert page.saved.delete_saved("Phone, three ways", ask=False)
    assert profile.comparisons() == [] and again.saved.names.count() == 0
    assert not again.saved.open_button.isEnabled()


def test_a_nameless_comparison_is_refused(qtbot, store_session, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    page = _page(qtbot, store_session)
    page.load_example()
    assert not page.saved.save_as("   ")
    assert said and store_session.backend.profile.comparisons() == []


def test_the_cheapest_is_highlighted(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.load_example()
    model = page.model
    cheapest = next(r for r in range(model.rowCount()) if model.row_at(r).cheapest)
    other = next(r for r in range(model.rowCount()) if not model.row_at(r).cheapest)
    assert model.index(cheapest, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(cheapest, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(other, 1).data(Qt.ItemDataRole.FontRole) is None


def test_effect_on_stress_before_and_after(qtbot, session, today) -> None:
    from planner.core.portfolio import Portfolio
    from planner.core.stress import stress_report

    page = _page(qtbot, session)
    page.load_example()
    now = stress_report(Portfolio(session.household, session.items()), today)
    rows = page.stress.model.rows()
    assert [r.offer for r in rows] == page.offers
    for row in rows:
        assert row.result.before.score.score == now.score.score
        assert row.result.after.score.score >= now.score.score  # more debt, no less stress
        assert row.result.added == (row.result.added[0],)
    assert f"stress score {now.score.score}" in page.stress.now.text()
    assert f"{len(now.warnings)} warnings" in page.stress.now.text()


def test_models_pass_the_model_tester(qtmodeltester, session, today) -> None:
    from planner.core.portfolio import Portfolio
    from planner.core.product import parse_product

    product = parse_product({"kind": "installment", "principal": "10000", "term": 12,
                             "start": today.isoformat(), "rate": {"monthly_fee": "0.006"}})
    effects = stress_effects(Portfolio(session.household, session.items()), today,
                             [Offer("plan", product), Offer("plan again", product)])
    model = StressEffectModel()
    model.set_rows(effects)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, StressEffectModel.Column.SCORE_CHANGE).data().startswith(("+", "0"))
    compare = CompareModel()
    from planner.core.compare import compare_offers

    compare.set_rows(compare_offers([Offer("a", product), Offer("b", product)]).ranked)
    qtmodeltester.check(compare, force_py=True)


def test_every_offer_ranked_is_in_sight_in_a_short_window(qtbot, session) -> None:
    """At 1024 x 700 the ranking was squeezed to one row of the example's three offers; it is
    now as tall as its rows and the page scrolls instead."""
    page = _page(qtbot, session)
    page.resize(834, 640)  # the page's share of a 1024 x 700 window
    page.show()
    page.load_example()
    qtbot.wait(50)
    table = page.table
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    assert table.model().rowCount() == 3
    assert table.viewport().height() >= rows


def test_the_cost_over_time_is_a_table_too(qtbot, session) -> None:
    """Issue 19: every chart's figures reachable as a table. The cost-over-time chart lists,
    by date, each offer's interest and fees paid so far; the last row is each offer's cost of
    credit as the ranking states it, the first the fees paid at signing."""
    page = _page(qtbot, session)
    page.show()
    page.load_example()
    page.tabs.setCurrentWidget(page.chart_frame)
    page.chart_frame.toggle.setChecked(True)
    model = page.chart_frame.model
    names = [e.offer.name for e in page.comparison.ranked]
    assert [model.horizontalHeaderItem(k).text() for k in range(model.columnCount())] == \
        ["Date", *names]
    last = [model.item(model.rowCount() - 1, k + 1).text() for k in range(len(names))]
    costs = [e.figures.total_cost for e in page.comparison.ranked]
    assert last == [f"¥{c:,.2f}" for c in costs]
    first = [model.item(0, k + 1).text() for k in range(len(names))]
    fees = [e.figures.schedule.upfront_fees for e in page.comparison.ranked]
    assert first == [f"¥{f:,.2f}" for f in fees] and "¥300.00" in first  # the bank's fee
