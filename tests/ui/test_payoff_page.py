"""The Payoff page shows the engine's plans: the strategies side by side as ``payoff_plan``
works them out, the custom order, extra payments, and a budget below the minimums refused with
its shortfall."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner.core.payoff import ExtraPayment, Strategy, debts_of, payoff_plan
from planner.core.portfolio import Portfolio
from planner.ui.pages.payoff_page import PayoffPage, default_budget


def _page(qtbot, session) -> PayoffPage:
    page = PayoffPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _debts(session, today):
    return debts_of(Portfolio(session.household, session.items()), today)


def test_strategies_equal_the_engine(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    assert page.inputs.budget.text() == "8000" == str(default_budget(Decimal("7934.41")))
    debts = _debts(session, today)
    for row, strategy in enumerate((Strategy.AVALANCHE, Strategy.SNOWBALL)):
        plan = payoff_plan(debts, Decimal(8000), strategy, today)
        shown = page.strategies_model.row_at(row)
        assert shown == plan
        assert page.strategies_model.data(page.strategies_model.index(row, 3)) == \
            f"¥{plan.total_interest:,}"
    assert page.verdict.text() == ("Avalanche saves ¥11.96 of interest against the dearest "
                                   "strategy; all finish in the same month.")
    assert page.plan_model.rowCount() == 13
    assert page.inputs.custom_order() == list(page.comparison.plans[0].order)


def test_custom_order_moves_a_debt_first(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    inputs = page.inputs
    inputs.strategy.setCurrentIndex(inputs.strategy.findData("custom"))
    assert inputs.order.isEnabled()
    inputs.order.setCurrentRow(4)  # the car loan, the lowest rate, last under avalanche
    for _ in range(4):
        inputs.move(-1)
    order = inputs.custom_order()
    assert order[0] == "demo-car-loan"
    custom = page.plan_shown()
    assert custom.strategy is Strategy.CUSTOM
    assert custom == payoff_plan(_debts(session, today), Decimal(8000), Strategy.CUSTOM, today,
                                 order=order)
    assert page.strategies_model.rowCount() == 3


def test_an_extra_payment_goes_into_every_plan(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    inputs = page.inputs
    inputs.extra_date.setDate(date(2027, 3, 1))
    inputs.extra_amount.setText("20000")
    inputs.add_extra()
    extra = [ExtraPayment(date(2027, 3, 1), Decimal(20000))]
    plan = payoff_plan(_debts(session, today), Decimal(8000), Strategy.AVALANCHE, today,
                       extras=extra)
    assert page.comparison.plans[0] == plan
    assert plan.months_to_debt_free < 13
    inputs.extras.setCurrentRow(0)
    inputs.remove_extra()
    assert page.comparison.plans[0].months_to_debt_free == 13


def test_a_budget_below_the_minimums_is_refused_with_the_shortfall(qtbot, session) -> None:
    page = _page(qtbot, session)
    page.inputs.budget.setText("7900")
    assert not page.shortfall.isHidden()
    assert page.shortfall.text().startswith(
        "A budget of ¥7,900.00 is ¥34.41 below the minimum payments of ¥7,934.41 a month")
    assert page.strategies_model.rowCount() == 0 and page.plan_model.rowCount() == 0
    page.inputs.budget.setText("abc")
    assert page.inputs.budget_box.error
    page.inputs.budget.setText("7934.41")
    assert page.shortfall.isHidden()
    assert page.strategies_model.rowCount() == 2


def test_a_large_profile_is_planned_off_the_window_thread(qtbot, session, monkeypatch,
                                                          today) -> None:
    from planner.ui import worker as stress_state

    monkeypatch.setattr(stress_state, "SYNC_ITEMS", 0)
    page = _page(qtbot, session)
    assert page.comparison is None  # not yet: the debts are being worked out
    qtbot.waitUntil(lambda: page.comparison is not None, timeout=10000)
    assert page.comparison.plans[0] == payoff_plan(_debts(session, today), Decimal(8000),
                                                   Strategy.AVALANCHE, today)


def test_dragging_a_debt_reorders_the_custom_plan(qtbot, session, today) -> None:
    from PySide6.QtCore import QModelIndex

    page = _page(qtbot, session)
    inputs = page.inputs
    inputs.strategy.setCurrentIndex(inputs.strategy.findData("custom"))
    # what a drop inside the list does: the model moves the row
    assert inputs.order.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    order = inputs.custom_order()
    assert order[0] == "demo-jiebei"
    assert page.plan_shown().order == tuple(order)


def test_debt_free_by_first_suggests_a_year_ahead(qtbot, session, today) -> None:
    """It suggested today, for which no budget can ever be found."""
    page = PayoffPage(session)
    qtbot.addWidget(page)
    assert page.inputs.by() == date(today.year + 1, today.month, 1)
