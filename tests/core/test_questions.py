"""Workshop questions answered by the engine: each kind gives the figure the engine gives for the
same thing by its own route (the item's figures, the comparison, the projection, the payoff
plan), and a guide's answer entry is checked field by field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.content.scenarios import load_scenario
from planner.core.compare import Offer, compare_offers
from planner.core.errors import InputError
from planner.core.figures import analyse
from planner.core.payoff import Strategy, debts_of, payoff_plan
from planner.core.questions import AnswerUnit, QuestionKind, answer, changed, parse_answer_spec
from planner.core.stress import stress_report
from planner.core.whatif import what_if

TODAY = date(2026, 12, 1)


def _ask(name: str, **spec: object):
    scenario = load_scenario(name, TODAY)
    parsed = parse_answer_spec({"question": "q", **spec},
                               [i.id for i in scenario.portfolio.items])
    return scenario, answer(parsed, scenario.portfolio, scenario.today)


def test_an_items_figures_are_its_analysis() -> None:
    scenario, a = _ask("monthly-fee-trap", kind="apr", item="phone-installment")
    item = scenario.portfolio.items[0]
    figures = analyse(item.product)
    assert a.unit is AnswerUnit.RATE and a.value == figures.apr.rate
    assert a.explanations[0].figure == figures.apr.rate
    for kind, field in (("total_cost", "total_cost"), ("total_interest", "total_interest"),
                        ("payment", "payment")):
        _, other = _ask("monthly-fee-trap", kind=kind, item="phone-installment")
        assert other.value == getattr(figures, field)


def test_a_change_is_the_item_with_those_terms() -> None:
    scenario, a = _ask("monthly-fee-trap", kind="apr", item="phone-installment",
                       change={"term": 24})
    item = scenario.portfolio.items[0]
    longer = analyse(item.product.with_changes(term=24))
    assert a.value == longer.apr.rate != analyse(item.product).apr.rate
    assert changed(item, {"term": 24}).product.term == 24
    with pytest.raises(InputError) as error:
        changed(item, {"term": 0})
    assert error.value.field == "change.term"


def test_a_cards_months_at_the_minimum_and_at_a_fixed_payment() -> None:
    scenario, minimum = _ask("minimum-payment-trap", kind="months_to_payoff", item="card")
    card = scenario.portfolio.items[0]
    assert minimum.value == analyse(card.product).months_to_payoff
    _, fixed = _ask("minimum-payment-trap", kind="months_to_payoff", item="card",
                    change={"strategy": {"fixed": "5000"}})
    assert isinstance(fixed.value, int) and fixed.value < minimum.value


def test_the_cheapest_and_dearest_are_the_comparisons_ends() -> None:
    scenario, cheapest = _ask("daily-rate-vs-installment", kind="cheapest", by="apr")
    ranked = compare_offers([Offer(i.name, i.product) for i in scenario.portfolio.items]).ranked
    ids = {i.name: i.id for i in scenario.portfolio.items}
    assert cheapest.value == ids[ranked[0].offer.name]
    assert [i for i, _ in cheapest.ranking] == [ids[r.offer.name] for r in ranked]
    _, dearest = _ask("daily-rate-vs-installment", kind="dearest", by="apr")
    assert dearest.value == ids[ranked[-1].offer.name]
    _, by_cost = _ask("zero-interest-upfront-fee", kind="dearest", by="total_cost",
                      items=["upfront-fee", "service-fee"])
    costs = {i.id: analyse(i.product).total_cost
             for i in scenario_items("zero-interest-upfront-fee")}
    assert by_cost.value == max(("upfront-fee", "service-fee"), key=costs.__getitem__)


def scenario_items(name: str):
    return load_scenario(name, TODAY).portfolio.items


def test_the_cash_runs_out_in_the_first_month_below_zero() -> None:
    scenario, a = _ask("balloon-payment", kind="cash_runs_out")
    months = stress_report(scenario.portfolio, scenario.today).projection.months
    first = next(m for m in months if m.cash < 0)
    assert a.unit is AnswerUnit.MONTH and a.value == first.month
    assert a.explanations[0].values["cash"] == first.cash
    _, never = _ask("monthly-fee-trap", kind="cash_runs_out")
    assert never.value is None and never.explanations[0].formula == \
        "workshop.cash_never_runs_out"


def test_a_score_under_an_income_fall_is_the_what_ifs() -> None:
    scenario, a = _ask("bnpl-stacking", kind="stress_score", income_change="-0.2")
    after = what_if(scenario.portfolio, scenario.today, income_change=Decimal("-0.2")).after
    assert a.value == after.score.score
    _, now = _ask("bnpl-stacking", kind="stress_score")
    assert now.value == stress_report(scenario.portfolio, scenario.today).score.score
    _, plans = _ask("bnpl-stacking", kind="most_plans")
    assert plans.value == 6  # six plans, all bought within one month: all pay at once


def test_payoff_answers_are_the_plans() -> None:
    scenario, months = _ask("avalanche-vs-snowball", kind="payoff_months", budget="7000",
                            strategy="snowball")
    plan = payoff_plan(debts_of(scenario.portfolio, scenario.today), Decimal(7000),
                       Strategy.SNOWBALL, scenario.today)
    assert months.value == plan.months_to_debt_free
    _, interest = _ask("avalanche-vs-snowball", kind="payoff_interest", budget="7000")
    avalanche = payoff_plan(debts_of(scenario.portfolio, scenario.today), Decimal(7000),
                            Strategy.AVALANCHE, scenario.today)
    assert interest.value == avalanche.total_interest
    _, short = _ask("avalanche-vs-snowball", kind="payoff_interest", budget="100")
    assert short.value is None and short.explanations[0].formula == "workshop.payoff_short"


def test_spare_cash_and_debt_to_income() -> None:
    scenario, spare = _ask("prepay-or-not", kind="spare_cash", months=3)
    h = scenario.portfolio.household
    assert spare.value == h.cash_buffer - 3 * h.essential_expenses
    _, dti = _ask("prepay-or-not", kind="debt_to_income")
    months = stress_report(scenario.portfolio, scenario.today).projection.months[:12]
    worst = max(m.payments for m in months)
    assert dti.value == (worst / h.monthly_income).quantize(Decimal("0.0001"))


def test_a_balloon_is_the_last_payment_and_its_day() -> None:
    scenario, a = _ask("balloon-payment", kind="balloon", item="business-loan")
    rows = analyse(scenario.portfolio.items[0].product).schedule.rows
    assert (a.value, a.due) == (rows[-1].payment, rows[-1].date)
    assert a.value > 100 * rows[0].payment


@pytest.mark.parametrize(("entry", "field"), [
    ({"kind": "apr"}, "item"),
    ({"kind": "apr", "item": "nope"}, "item"),
    ({"kind": "velocity"}, "kind"),
    ({"kind": "apr", "item": "card", "budget": "1"}, "budget"),
    ({"kind": "apr", "item": "card", "change": {"principal": "1"}}, "change.principal"),
    ({"kind": "cheapest", "items": ["card"]}, "items"),
    ({"kind": "cheapest", "by": "colour"}, "by"),
    ({"kind": "stress_score", "income_change": "-2"}, "income_change"),
    ({"kind": "payoff_months"}, "budget"),
    ({"kind": "payoff_months", "budget": "7000", "strategy": "random"}, "strategy"),
    ({"kind": "spare_cash", "months": -1}, "months"),
])
def test_a_bad_answer_entry_names_its_field(entry: dict, field: str) -> None:
    with pytest.raises(InputError) as error:
        parse_answer_spec({"question": "q", **entry}, ["card"])
    assert error.value.field == field


def test_every_kind_has_a_unit() -> None:
    from planner.core.questions import PARAMETERS, UNITS

    assert set(UNITS) == set(QuestionKind) == set(PARAMETERS)
