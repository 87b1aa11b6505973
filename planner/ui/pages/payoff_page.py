"""Payoff plan: a monthly budget for debts paid by avalanche (highest rate first), snowball
(smallest balance first) or the person's own order, with one-off extra payments; the strategies
side by side, what is owed over time under each, and the chosen plan month by month. A budget
below the minimum payments is said to be so, with the shortfall, and nothing is planned. Given a
date instead, the page finds the smallest budget that is debt-free by then (its explanation
behind the answer) and plans with it."""

from __future__ import annotations

from decimal import ROUND_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.dates import month_of
from planner.core.errors import InputError
from planner.core.explain import Explanation
from planner.core.explain_planning import explain_budget_for_date
from planner.core.money import ZERO
from planner.core.payoff import (
    Debt,
    PayoffComparison,
    PayoffPlan,
    Strategy,
    budget_for_date,
    compare_strategies,
    debts_of,
    order_debts,
    payoff_plan,
)
from planner.core.portfolio import Portfolio
from planner.ui.charts.colours import item_colours
from planner.ui.charts.payoff import PayoffChart
from planner.ui.explainers import attach_explanation
from planner.ui.i18n import Formatter
from planner.ui.models.payoff_plan_model import PayoffPlanModel
from planner.ui.models.payoff_strategies_model import PayoffStrategiesModel, strategy_names
from planner.ui.pages.payoff_inputs import PayoffInputs
from planner.ui.pages.scrolling import scrolling_layout
from planner.ui.session import Session
from planner.ui.tables import Table, fit_rows
from planner.ui.worker import run_off_thread


def default_budget(minimums: Decimal) -> Decimal:
    """The minimums rounded up to the next thousand (a round figure a little above them)."""
    return max((minimums / 1000).to_integral_value(ROUND_UP) * 1000, Decimal(1000))


def _table(parent: QWidget, name: str) -> QTableView:
    table = Table(parent)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class PayoffPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_payoff")
        self.fmt = Formatter()
        self.debts: tuple[Debt, ...] = ()
        self.comparison: PayoffComparison | None = None
        self._generation = 0
        self._loaded = False  # the debts are worked out (a large profile: on a worker)
        heading = QLabel(self.page_title(), self)
        heading.setObjectName("pageTitle")
        self.inputs = PayoffInputs(session.currency, self)
        self.inputs.changed.connect(self.recompute)
        self.inputs.find_requested.connect(self.find_budget)
        self.by_explanation: Explanation | None = None
        attach_explanation(self.inputs.by_result, lambda: self.by_explanation,
                           self.tr("Budget to be debt-free by the date"))
        scroll = QScrollArea(self)
        scroll.setWidget(self.inputs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the inputs in it are the Tab stops
        scroll.setFixedWidth(360)
        self.shortfall = QLabel(self)
        self.shortfall.setObjectName("shortfall")
        self.shortfall.setWordWrap(True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.strategies_model = PayoffStrategiesModel(self)
        self.strategies = _table(self, self.tr("The strategies side by side"))
        self.strategies.setModel(self.strategies_model)
        self.strategies.horizontalHeader().setSectionResizeMode(
            PayoffStrategiesModel.Column.STRATEGY, QHeaderView.ResizeMode.Stretch)
        compare_box = QGroupBox(self.tr("Strategies side by side"), self)
        compare_layout = QVBoxLayout(compare_box)
        compare_layout.addWidget(self.shortfall)
        compare_layout.addWidget(self.verdict)
        compare_layout.addWidget(self.strategies)
        self.chart = PayoffChart(self, height=240)
        self.chart.setAccessibleName(self.tr("Still owed over time, by strategy"))
        self.plan_model = PayoffPlanModel(self)
        self.plan = _table(self, self.tr("The plan month by month"))
        self.plan.setModel(self.plan_model)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("The chosen plan"))
        self.tabs.addTab(self.chart, self.tr("Owed over time"))
        self.tabs.addTab(self.plan, self.tr("Month by month"))
        right = QVBoxLayout()
        right.addWidget(compare_box)
        right.addWidget(self.tabs, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(scroll)
        body.addLayout(right, 1)
        layout = scrolling_layout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        session.items_changed.connect(self.load_debts)
        session.household_changed.connect(self.load_debts)
        self.load_debts()

    def page_title(self) -> str:
        return self.tr("Payoff plan")

    def names(self) -> dict[str, str]:
        return {i.id: i.name for i in self.session.items()}

    def minimums(self) -> Decimal:
        return sum((min(d.minimum, d.balance) for d in self.debts), ZERO)

    def load_debts(self) -> None:
        """The household's open debts today (off the window's thread for a large profile);
        then a first budget a little above their minimums, and the plans."""
        today = self.session.today()
        portfolio = Portfolio(self.session.household, self.session.items())
        self._generation += 1
        generation = self._generation

        def loaded(debts: tuple[Debt, ...]) -> None:
            if generation == self._generation:  # a newer change has its own answer coming
                self._debts_loaded(debts)

        run_off_thread(self, lambda: debts_of(portfolio, today), loaded, self._failed,
                       size=len(portfolio.items))

    def _debts_loaded(self, debts: tuple[Debt, ...]) -> None:
        self._loaded = True
        self.debts = debts
        self.inputs.set_debts(debts, order_debts(debts, Strategy.AVALANCHE), self.names(),
                              self.session.today())
        self.inputs.set_minimums(self.minimums())
        if not self.inputs.budget.text():
            self.inputs.budget.blockSignals(True)
            self.inputs.budget.setText(str(default_budget(self.minimums())))
            self.inputs.budget.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        budget = self.inputs.budget_value()
        if budget is None or not self._loaded:
            return
        if not self.debts:
            self._show(None)
            return
        debts, today, currency = self.debts, self.session.today(), self.session.currency
        extras = self.inputs.extra_payments()
        chosen = self.inputs.chosen()
        order = self.inputs.custom_order()
        wanted = [Strategy.AVALANCHE, Strategy.SNOWBALL]
        if chosen is Strategy.CUSTOM:
            wanted.append(Strategy.CUSTOM)

        def task() -> PayoffComparison:
            return compare_strategies([payoff_plan(
                debts, budget, s, today, extras=extras, currency=currency,
                order=order if s is Strategy.CUSTOM else ()) for s in wanted])

        run_off_thread(self, task, self._show, self._failed, size=len(debts))

    def find_budget(self) -> None:
        """The smallest budget debt-free by the date chosen, put in the budget field."""
        if not self._loaded:
            return
        if not self.debts:
            self.inputs.by_result.setText(self.tr("No open debts: there is nothing to plan."))
            return
        debts, today, currency = self.debts, self.session.today(), self.session.currency
        by, strategy = self.inputs.by(), self.inputs.chosen()
        extras = self.inputs.extra_payments()
        order = self.inputs.custom_order() if strategy is Strategy.CUSTOM else []
        minimums = self.minimums()

        def task() -> tuple[PayoffPlan, Explanation]:
            plan = budget_for_date(debts, by, strategy, today, extras=extras, order=order,
                                   currency=currency)
            return plan, explain_budget_for_date(plan, by, today, minimums, debts, currency,
                                                 extras=extras, order=order)

        run_off_thread(self, task, self._budget_found, self._budget_failed, size=len(debts))

    def _budget_found(self, found: tuple[PayoffPlan, Explanation]) -> None:
        plan, explanation = found
        self.by_explanation = explanation
        currency = self.session.currency
        month = self.fmt.month(month_of(plan.debt_free)) if plan.debt_free else "—"
        self.inputs.by_result.setText(self.tr(
            "To be debt-free by {date}: at least {amount} a month ({strategy}; the last "
            "payment in {month}). How is this computed?").format(
            date=self.fmt.date(self.inputs.by()), amount=self.fmt.money(plan.budget, currency),
            strategy=strategy_names()[plan.strategy], month=month))
        self.inputs.set_budget(plan.budget)

    def _budget_failed(self, error: Exception) -> None:
        self.by_explanation = None
        problem = error.problem if isinstance(error, InputError) else str(error)
        self.inputs.by_result.setText(self.tr("That date cannot be reached: {problem}").format(
            problem=problem))

    def plan_shown(self):
        """The plan of the chosen strategy, or None."""
        if self.comparison is None:
            return None
        chosen = self.inputs.chosen()
        return next((p for p in self.comparison.plans if p.strategy is chosen), None)

    def _show(self, comparison: PayoffComparison | None) -> None:
        self.comparison = comparison
        currency = self.session.currency
        if comparison is None:
            self.shortfall.hide()
            self.verdict.setText(self.tr("No open debts: there is nothing to plan."))
            self.strategies.hide()
            self.strategies_model.set_rows([])
            self.plan_model.set_plan(None, {}, currency)
            self._draw([], self.tr("No open debts"))
            return
        plan = self.plan_shown()
        below = plan is not None and plan.budget_below_minimums
        self.shortfall.setVisible(below)
        if below:
            self.shortfall.setText(self.tr(
                "A budget of {budget} is {shortfall} below the minimum payments of {minimums} "
                "a month: no plan is made, because the minimums must be paid first. Raise the "
                "budget to at least {minimums}.").format(
                budget=self.fmt.money(plan.budget, currency),
                shortfall=self.fmt.money(plan.shortfall, currency),
                minimums=self.fmt.money(plan.budget + plan.shortfall, currency)))
            self.verdict.hide()
            self.strategies.hide()
            self.strategies_model.set_rows([])
            self.plan_model.set_plan(None, {}, currency)
            self._draw([], self.tr("No plan: the budget does not cover the minimum payments"))
            return
        self.verdict.show()
        self.strategies.show()
        self.inputs.show_order(plan.order if plan is not None else ())
        self.verdict.setText(self._verdict(comparison))
        self.strategies_model.set_comparison(comparison, currency)
        self.plan_model.set_plan(plan, self.names(), currency)
        self._fit_strategies()
        names = strategy_names()
        self._draw([(names[p.strategy], p) for p in comparison.plans])

    def _draw(self, plans: list, empty: str = "") -> None:
        self.chart.show_plans(plans, {d.id: d.balance for d in self.debts}, self.names(),
                              self.session.today(), empty,
                              item_colours(i.id for i in self.session.items()))

    def _fit_strategies(self) -> None:
        """The side-by-side table as tall as its rows, no empty band beneath."""
        fit_rows(self.strategies, 2)

    def _verdict(self, comparison: PayoffComparison) -> str:
        currency = self.session.currency
        if comparison.cheapest is None:
            return self.tr("With this budget the debts are never repaid: the interest "
                           "outruns it. Raise the budget.")
        cheapest = strategy_names()[comparison.cheapest]
        if comparison.interest_difference == 0:
            return self.tr("Every strategy costs the same interest here; the order changes "
                           "only which debt goes first.")
        amount = self.fmt.money(comparison.interest_difference, currency)
        if comparison.months_difference:
            return self.tr("{strategy} saves {amount} of interest against the dearest strategy; "
                           "the strategies finish up to {count} months apart.").format(
                strategy=cheapest, amount=amount, count=comparison.months_difference)
        return self.tr("{strategy} saves {amount} of interest against the dearest strategy; "
                       "all finish in the same month.").format(strategy=cheapest, amount=amount)

    def _failed(self, error: Exception) -> None:
        self.comparison = None
        self.shortfall.show()
        self.shortfall.setText(self.tr("The plan cannot be worked out: {problem}").format(
            problem=str(error)))

