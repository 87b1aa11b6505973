"""The stress, payoff and calendar table models pass Qt's model tester and show the engine's
figures."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from planner.core.payoff import Strategy, compare_strategies, debts_of, payoff_plan
from planner.core.portfolio import Portfolio
from planner.core.stress import stress_report
from planner.core.stress.calendar import due_dates
from planner.core.whatif import what_if
from planner.ui.models.base import SORT_ROLE
from planner.ui.models.due_dates_model import DueDatesModel
from planner.ui.models.factors_model import FactorsModel
from planner.ui.models.month_totals_model import MonthTotalsModel, month_totals
from planner.ui.models.payoff_plan_model import PayoffPlanModel
from planner.ui.models.payoff_strategies_model import PayoffStrategiesModel
from planner.ui.models.warnings_model import WarningsModel
from planner.ui.models.whatif_model import WhatIfModel, warning_changes
from planner.ui.stress_words import StressWords
from tests.ui.strained import AS_OF, strained_portfolio


def _portfolio(session) -> Portfolio:
    return Portfolio(session.household, session.items())


def _words(portfolio: Portfolio) -> StressWords:
    return StressWords(portfolio.household.currency, {i.id: i.name for i in portfolio.items})


def test_warnings_model_every_code(qtmodeltester) -> None:
    portfolio = strained_portfolio()
    report = stress_report(portfolio, AS_OF)
    model = WarningsModel()
    model.set_warnings(report.warnings, _words(portfolio))
    qtmodeltester.check(model, force_py=True)
    assert [model.row_at(k) for k in range(model.rowCount())] == list(report.warnings)
    assert len({w.code for w in report.warnings}) == 8
    first = model.index(0, WarningsModel.Column.WARNING)
    assert model.data(first) == "Balloon payment ahead"
    assert model.data(first, Qt.ItemDataRole.AccessibleTextRole) == \
        "Danger: Balloon payment ahead"
    assert model.data(first, Qt.ItemDataRole.ToolTipRole).startswith("Danger: ")
    assert model.data(first, SORT_ROLE) < model.data(model.index(len(report.warnings) - 1, 0),
                                                     SORT_ROLE)  # the most severe sort first


def test_factors_model(qtmodeltester, session, today) -> None:
    report = stress_report(_portfolio(session), today)
    model = FactorsModel()
    model.set_factors(report.score.factors, _words(_portfolio(session)))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 7
    dti = model.index(0, FactorsModel.Column.POINTS)
    assert model.data(dti) == "23.8 / 35"
    assert model.data(model.index(0, FactorsModel.Column.MEASURE)) == "47.2%"
    assert model.data(model.index(3, FactorsModel.Column.MEASURE)) == "none"  # no card trapped
    # the demo's two 白条 plans run together (it said "0 plans at most", issue 19)
    assert model.data(model.index(4, FactorsModel.Column.MEASURE)) == "2 plans at most"
    assert model.data(model.index(0, FactorsModel.Column.SHARE), SORT_ROLE) == \
        float(Decimal("23.8") / 35)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for column in (FactorsModel.Column.MEASURE, FactorsModel.Column.POINTS):
        # every row's figure at one edge, "none" included (two sat at the other)
        assert {model.data(model.index(r, column), Qt.ItemDataRole.TextAlignmentRole)
                for r in range(model.rowCount())} == {right}


def test_whatif_model(qtmodeltester, session, today) -> None:
    result = what_if(_portfolio(session), today, income_change=Decimal("-0.2"),
                     rate_change=Decimal("0.02"))
    rows = warning_changes(result.before.warnings, result.after.warnings)
    model = WhatIfModel()
    model.set_changes(rows, _words(_portfolio(session)))
    qtmodeltester.check(model, force_py=True)
    dti = next(r for r in rows if r.shown.code == "debt_to_income")
    assert dti.change == "worse"  # 47% of income was a caution; on 80% of it, a danger
    assert {r.change for r in rows} >= {"new", "worse"}
    assert rows[0].change == "new"  # what changed comes first


def test_payoff_models(qtmodeltester, session, today) -> None:
    debts = debts_of(_portfolio(session), today)
    plans = [payoff_plan(debts, Decimal(9000), s, today)
             for s in (Strategy.AVALANCHE, Strategy.SNOWBALL)]
    strategies = PayoffStrategiesModel()
    strategies.set_comparison(compare_strategies(plans), "CNY")
    qtmodeltester.check(strategies, force_py=True)
    extra = strategies.index(1, PayoffStrategiesModel.Column.EXTRA_INTEREST)
    assert strategies.data(extra) == "+¥41.47"
    plan = PayoffPlanModel()
    plan.set_plan(plans[0], {i.id: i.name for i in session.items()}, "CNY")
    qtmodeltester.check(plan, force_py=True)
    assert plan.columnCount() == 4 + len(debts)
    assert plan.rowCount() == len(plans[0].months)
    header = plan.headerData(4, Qt.Orientation.Horizontal)
    assert header == session.item(plans[0].order[0]).name


def test_calendar_models(qtmodeltester, session, today) -> None:
    dues = due_dates(_portfolio(session), today, 3)
    model = DueDatesModel()
    model.set_due(dues, {i.id: i for i in session.items()})
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(dues)
    totals = MonthTotalsModel()
    rows = month_totals(dues, today, today.replace(year=today.year + 1, month=2))
    totals.set_totals(rows, "CNY", session.household.monthly_income)
    qtmodeltester.check(totals, force_py=True)
    assert sum(r.count for r in rows) == len(dues)
    assert totals.data(totals.index(1, MonthTotalsModel.Column.SHARE)) == "47.2%"
