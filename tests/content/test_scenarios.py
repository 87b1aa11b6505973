"""The bundled teaching scenarios: each parses as a portfolio, computes (every item's figures,
the stress report, payoff plans), has a guide in both languages whose questions the engine
answers and whose steps never give an answer away, and moves in time exactly. Guides and
scenario files are checked when read."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

import pytest

from planner.content.scenarios import (
    GUIDE_SUFFIX,
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
from planner.text.workshop import answer_text, question_text

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


# -- questions and answers -------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_every_question_is_answered_by_the_engine(name: str) -> None:
    scenario = load_scenario(name, date(2027, 5, 20))
    guide = scenario.guide
    assert 3 <= len(guide.questions) <= 6
    assert [a.question for a in guide.answers] == [q.id for q in guide.questions]
    for question, a in zip(guide.questions, scenario.answers(), strict=True):
        assert a.spec.question == question.id and a.explanations
        for lang in ("en", "zh_CN"):
            assert question.words(lang) and "{" not in question_text(
                question.words(lang), a.spec, scenario.portfolio, lang)
            assert all(render(e, lang) for e in a.explanations)
            assert answer_text(a, lang, {i.id: i.name for i in scenario.portfolio.items})
        assert bool(CJK.search(question.words("zh_CN"))) and \
            not CJK.search(question.words("en"))


def _shown_forms(a) -> list[str]:
    """The ways an answer could be written into a step: a rate to 0, 1 or 2 decimals, money
    with or without cents, a month."""
    from planner.core.questions import AnswerUnit
    from planner.text import format as fmt

    if a.value is None or a.unit in (AnswerUnit.CHOICE, AnswerUnit.COUNT):
        return []
    if a.unit in (AnswerUnit.RATE, AnswerUnit.RATIO):
        return [fmt.percent(a.value, d) for d in (1, 2)] + [fmt.percent(a.value, 0)]
    if a.unit is AnswerUnit.MONTH:
        return [fmt.month(a.value, lang) for lang in ("en", "zh_CN")] + [str(a.value)]
    amount = Decimal(a.value)
    return [fmt.grouped(amount, 2), fmt.grouped(amount, 0)]


@pytest.mark.parametrize("name", NAMES)
def test_steps_and_questions_never_give_the_answer(name: str) -> None:
    """The worksheet asks, it never answers: no step, no question and no summary (the guide
    shows it on the projector while people guess) holds an answer the engine computes, as a
    rate, an amount or a month, in either language."""
    scenario = load_scenario(name, load_guide(name).as_of)
    guide = scenario.guide
    texts = [t for lang in ("en", "zh_CN") for t in guide.step_texts(lang)]
    texts += [guide.text("summary", lang) for lang in ("en", "zh_CN")]
    texts += [question_text(q.words(lang), a.spec, scenario.portfolio, lang)
              for q, a in zip(guide.questions, scenario.answers(), strict=True)
              for lang in ("en", "zh_CN")]
    for a in scenario.answers():
        for form in _shown_forms(a):
            pattern = re.compile(rf"(?<![\d.,]){re.escape(form)}(?![\d])")
            assert not [t for t in texts if pattern.search(t)], (a.spec.question, form)


def test_the_old_steps_gave_answers_and_the_new_ones_do_not() -> None:
    steps = load_guide("monthly-fee-trap").step_texts("en")
    assert not any("13.0%" in s or "13%" in s for s in steps)


def _guide(**changes: object) -> dict:
    raw = json.loads((SCENARIO_DIR / "monthly-fee-trap.guide.json").read_text("utf-8"))
    raw.update(changes)
    return raw


@pytest.mark.parametrize(("changes", "field"), [
    ({"answers": []}, "questions[0]"),
    ({"questions": [{"id": "x", "en": "What?", "zh_CN": "什么？"}]}, "answers[0].question"),
    ({"answers": [{"question": "apr-installment", "kind": "colour"}]}, "answers[0].kind"),
    ({"lesson": [{"same": "nope"}]}, "lesson[0].same"),
    ({"lesson": [{"warns": "comet_strike"}]}, "lesson[0].warns"),
    ({"lesson": [{"sometimes": "cheaper"}]}, "lesson[0]"),
    ({"steps": [{"en": "Try it"}]}, "steps[0].zh_CN"),
    ({"colour": "blue"}, "colour"),
    ({"as_of": "tomorrow"}, "as_of"),
])
def test_a_bad_guide_is_refused_naming_the_field(changes: dict, field: str) -> None:
    from planner.content.scenarios import parse_guide

    with pytest.raises(InputError) as error:
        parse_guide(_guide(**changes))
    assert error.value.field == field


def test_a_question_naming_a_parameter_its_answer_lacks_is_refused() -> None:
    from planner.content.scenarios import parse_guide

    raw = _guide()
    raw["questions"][1]["en"] = "What is the true rate of the {item} over {term} months?"
    with pytest.raises(InputError) as error:
        parse_guide(raw)
    assert error.value.field == "questions[1].en" and "{term}" in error.value.problem


def test_an_answer_about_an_item_the_portfolio_lacks_is_refused(tmp_path) -> None:
    for suffix in (".json", GUIDE_SUFFIX):
        source = SCENARIO_DIR / f"monthly-fee-trap{suffix}"
        (tmp_path / source.name).write_text(source.read_text("utf-8"), "utf-8")
    raw = _guide()
    raw["answers"][1]["item"] = "car"
    (tmp_path / f"monthly-fee-trap{GUIDE_SUFFIX}").write_text(json.dumps(raw), "utf-8")
    with pytest.raises(InputError) as error:
        load_scenario("monthly-fee-trap", directory=tmp_path)
    assert error.value.field == f"monthly-fee-trap{GUIDE_SUFFIX}.answers[1].item"
    assert "phone-installment" in error.value.problem


# -- one's own scenario, one file ------------------------------------------------------------

def test_a_scenario_file_holds_guide_and_portfolio_and_reads_back(tmp_path) -> None:
    from planner.content.scenarios import load_scenario_file, open_scenario, scenario_file_json

    bundled = load_scenario("zero-interest-upfront-fee", date(2026, 12, 1))
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(scenario_file_json("my-fees", bundled.guide, bundled.data),
                               ensure_ascii=False), "utf-8")
    mine = load_scenario_file(path, date(2027, 3, 15))
    assert (mine.name, mine.guide, mine.shift_months) == ("my-fees", bundled.guide, 3)
    assert mine.source == path
    assert [a.value for a in mine.answers()] == \
        [a.value for a in load_scenario("zero-interest-upfront-fee",
                                        date(2027, 3, 15)).answers()]
    assert open_scenario(str(path), date(2027, 3, 15)).guide == bundled.guide


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.update(format="planner-portfolio"), "format"),
    (lambda d: d.update(name="My Scenario!"), "name"),
    (lambda d: d["portfolio"]["items"][0].update(term=0), "portfolio.items[0].term"),
    (lambda d: d["guide"]["answers"][0].update(item="ghost"), "guide.answers[0].item"),
    (lambda d: d["guide"].pop("title"), "guide.title"),
])
def test_a_bad_scenario_file_is_refused_naming_the_field(tmp_path, change, field) -> None:
    from planner.content.scenarios import load_scenario_file, scenario_file_json

    bundled = load_scenario("zero-interest-upfront-fee", date(2026, 12, 1))
    data = json.loads(json.dumps(scenario_file_json("mine", bundled.guide, bundled.data)))
    change(data)
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(InputError) as error:
        load_scenario_file(path)
    assert error.value.field == f"mine.json.{field}"


def test_ones_own_guide_may_be_in_one_language() -> None:
    from planner.content.scenarios import parse_guide

    raw = {"as_of": "2026-12-01", "title": {"en": "Our loans"}, "summary": {"zh_CN": "我们的"},
           "questions": [{"id": "rate", "en": "The true rate of the {item}?"}],
           "answers": [{"question": "rate", "kind": "apr", "item": "car"}]}
    guide = parse_guide(raw, ["car"], both_languages=False)
    assert guide.text("title", "zh_CN") == "Our loans" and guide.text("summary", "en") == "我们的"
    with pytest.raises(InputError):
        parse_guide(raw)  # a bundled guide speaks both
