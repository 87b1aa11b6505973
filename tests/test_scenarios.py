"""The bundled teaching scenarios: each parses as a portfolio, computes (every item's figures,
the stress report, payoff plans), has a guide in both languages, and moves in time exactly."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from planner.content.scenarios import (
    SCENARIO_DIR,
    list_scenarios,
    load_guide,
    load_scenario,
    months_to_shift,
    scenario_names,
    shift_dates,
)
from planner.core.dates import Frequency, add_months
from planner.core.errors import InputError
from planner.core.explain import explain_figures
from planner.core.explain_stress import explain_report_items
from planner.core.figures import analyse
from planner.core.payoff import Strategy, debts_of, payoff_plan
from planner.core.portfolio import parse_portfolio
from planner.core.product import Kind, RateQuote
from planner.core.schedule import build_schedule
from planner.core.stress import stress_report
from planner.core.tracking import track
from planner.core.whatif import what_if
from planner.text.explain import render
from planner.text.glossary import glossary

NAMES = scenario_names()
TOPICS = {"monthly-fee-trap", "minimum-payment-trap", "bnpl-stacking",
          "daily-rate-vs-installment", "prepay-or-not", "avalanche-vs-snowball",
          "balloon-payment", "zero-interest-upfront-fee"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_eight_workshop_topics_are_bundled() -> None:
    assert TOPICS <= set(NAMES)
    assert "demo" not in NAMES  # the app's demo has no guide: not a teaching scenario


@pytest.mark.parametrize("name", NAMES)
def test_the_file_is_the_store_portfolio_format(name: str) -> None:
    data = json.loads((SCENARIO_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert data["format"] == "planner-portfolio" and data["version"] == 1
    assert parse_portfolio(data).items


@pytest.mark.parametrize("name", NAMES)
def test_the_guide_speaks_both_languages(name: str) -> None:
    guide = load_guide(name)
    assert 2 <= len(guide.steps) <= 4
    for lang in ("en", "zh_CN"):
        texts = [guide.text("title", lang), guide.text("summary", lang),
                 *guide.step_texts(lang)]
        assert all(texts)
        assert all(bool(CJK.search(t)) == (lang == "zh_CN") for t in texts[:2])
    known = {t.code for t in glossary()}
    assert set(guide.terms) <= known


@pytest.mark.parametrize("name", NAMES)
def test_the_scenario_computes(name: str) -> None:
    scenario = load_scenario(name, date(2027, 5, 20))
    portfolio = scenario.portfolio
    for item in portfolio.items:
        figures = analyse(item.product)
        assert figures.total_paid - figures.schedule.advance == figures.total_cost
        for e in explain_figures(figures):
            assert render(e, "en") and render(e, "zh_CN")
    report = stress_report(portfolio, scenario.today)
    assert 0 <= report.score.score <= 100
    names = {i.id: i.name for i in portfolio.items}
    for e in explain_report_items(report.warnings, report.score, names, "CNY"):
        assert CJK.search(render(e, "zh_CN"))
    debts = debts_of(portfolio, scenario.today)
    budget = sum((d.minimum for d in debts), Decimal(0)) + 1000
    plan = payoff_plan(debts, budget, Strategy.AVALANCHE, scenario.today)
    assert not plan.budget_below_minimums


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("months", [-13, 1, 2, 3, 11, 14, 27])
def test_a_moved_scenario_is_the_same_scenario_later(name: str, months: int) -> None:
    """Schedules and recorded payments move together: each moved schedule is the original
    one with every date moved, and what is paid, owed and overdue on the moved day is what
    it was on the scenario's own day."""
    guide = load_guide(name)
    original = load_scenario(name, guide.as_of)
    later = load_scenario(name, add_months(guide.as_of, months))
    assert (original.shift_months, later.shift_months) == (0, months)
    assert later.today == add_months(original.today, months)
    for before, after in zip(original.portfolio.items, later.portfolio.items, strict=True):
        if before.product.kind is Kind.CARD:
            assert after.product.start == add_months(before.product.start, months)
            continue
        old, new = build_schedule(before.product), build_schedule(after.product)
        if before.product.frequency is Frequency.MONTHLY:
            assert [add_months(r.date, months) for r in old.rows] == [r.date for r in new.rows]
        else:  # weeks stay weeks: the same intervals from the moved start
            assert [r.date - before.product.start for r in old.rows] == \
                [r.date - after.product.start for r in new.rows]
        if before.product.rate.quote is RateQuote.DAILY:
            continue  # interest by actual days: other months have other lengths
        assert [r.payment for r in old.rows] == [r.payment for r in new.rows]
        then, now = track(before, original.today), track(after, later.today)
        assert (then.paid, then.remaining_principal, then.overdue) == \
            (now.paid, now.remaining_principal, now.overdue)


def test_only_a_rate_that_follows_a_reference_rate_is_marked_variable() -> None:
    """The LPR-linked mortgage is variable; cards, 借呗-style credit lines (a daily rate fixed
    for the draw), car and consumer loans and installment plans are fixed (the demo too)."""
    marked = set()
    for name in [*NAMES, "demo"]:
        data = json.loads((SCENARIO_DIR / f"{name}.json").read_text(encoding="utf-8"))
        marked |= {(name, i.id) for i in parse_portfolio(data).items if i.product.variable_rate}
    assert marked == {("prepay-or-not", "mortgage")}
    scenario = load_scenario("prepay-or-not", date(2027, 5, 20))
    moved = what_if(scenario.portfolio, scenario.today, rate_change=Decimal("0.01"))
    assert moved.repriced == ("mortgage",)


def test_it_starts_around_today() -> None:
    scenario = load_scenario("monthly-fee-trap", date(2028, 2, 29))
    assert scenario.today == date(2028, 2, 1)
    assert months_to_shift(date(2026, 12, 15), date(2027, 1, 14)) == 0
    assert months_to_shift(date(2026, 12, 15), date(2027, 1, 15)) == 1


def test_month_ends_stay_month_ends() -> None:
    data = {"items": [{"start": "2026-01-31", "first_payment": "2026-03-31",
                       "payments": [{"date": "2026-04-30", "amount": "1"}]}]}
    moved = shift_dates(data, 1)["items"][0]
    assert (moved["start"], moved["first_payment"], moved["payments"][0]["date"]) == \
        ("2026-02-28", "2026-04-30", "2026-05-30")
    assert shift_dates(data, 2)["items"][0]["start"] == "2026-03-31"
    assert shift_dates(data, 0) == data


def test_an_unknown_name_is_refused_with_the_choices() -> None:
    with pytest.raises(InputError) as error:
        load_scenario("../demo")
    assert error.value.field == "scenario" and "monthly-fee-trap" in error.value.problem


def test_listing_gives_titles_in_both_languages() -> None:
    listed = dict(list_scenarios())
    assert listed["monthly-fee-trap"].title == {"en": "The monthly-fee trap",
                                                "zh_CN": "月费率陷阱"}
