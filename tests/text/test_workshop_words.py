"""The workshop's words: every kind of question has a name and a first wording in both languages
whose placeholders its answer fills; guesses are read as people type them; how far a guess was
is said in the answer's unit."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal

import pytest

from planner.content.scenarios import load_scenario
from planner.core.questions import Answer, AnswerSpec, QuestionKind, answer
from planner.text.workshop import (
    KIND_NAMES,
    OPTIONS,
    closest,
    distance,
    item_label,
    kind_name,
    question_words,
    read_guess,
)

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("kind", list(QuestionKind))
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_kind_is_named_and_worded(kind: QuestionKind, lang: str) -> None:
    assert kind.value in KIND_NAMES and kind_name(kind.value, lang)
    for option in OPTIONS.get(kind.value, ("",)):
        words = question_words(kind.value, lang, option)
        fields = {f for _, f, _, _ in string.Formatter().parse(words) if f}
        spec = AnswerSpec("q", kind, item="x", budget=Decimal(1), months=3)
        assert fields <= set(spec.parameters()), (kind, option, fields)


def _spec(kind: QuestionKind, **kwargs: object) -> AnswerSpec:
    return AnswerSpec("q", kind, **kwargs)


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("13", QuestionKind.APR, Decimal("0.13")),
    ("13.5 %", QuestionKind.APR, Decimal("0.135")),
    ("１３％", QuestionKind.APR, Decimal("0.13")),
    ("¥1,234.50", QuestionKind.TOTAL_COST, Decimal("1234.50")),
    ("2k", QuestionKind.TOTAL_COST, Decimal(2000)),
    ("49 months", QuestionKind.MONTHS_TO_PAYOFF, Decimal(49)),
    ("May 2027", QuestionKind.CASH_RUNS_OUT, "2027-05"),
    ("2027-5", QuestionKind.CASH_RUNS_OUT, "2027-05"),
    ("never", QuestionKind.CASH_RUNS_OUT, None),
])
def test_guesses_are_read_as_typed(typed: str, kind: QuestionKind, value: object) -> None:
    assert read_guess(typed, _spec(kind, item="x")).value == value


@pytest.mark.parametrize(("typed", "kind"), [("about a lot", QuestionKind.APR),
                                             ("Smarch 2027", QuestionKind.CASH_RUNS_OUT),
                                             ("2027-13", QuestionKind.CASH_RUNS_OUT),
                                             ("", QuestionKind.APR)])
def test_an_unreadable_guess_is_refused(typed: str, kind: QuestionKind) -> None:
    with pytest.raises(ValueError):
        read_guess(typed, _spec(kind, item="x"))


def _answered(name: str, spec: AnswerSpec) -> tuple[Answer, object]:
    scenario = load_scenario(name, TODAY)
    return answer(spec, scenario.portfolio, scenario.today), scenario.portfolio


def test_how_far_in_points_money_months_and_choices() -> None:
    rate, portfolio = _answered("monthly-fee-trap", _spec(QuestionKind.APR,
                                                          item="phone-installment"))
    far = [distance(read_guess(g, rate.spec), rate, "en") for g in ("7.2", "15", "13.03")]
    assert [d.words for d in far] == ["5.83 points too low", "1.97 points too high",
                                      "spot on"]
    assert closest(far) == [2] and far[2].right
    assert distance(read_guess("10", rate.spec), rate, "zh_CN").words == "低了 3.03 个百分点"
    cost, _ = _answered("monthly-fee-trap", _spec(QuestionKind.TOTAL_COST,
                                                  item="phone-installment"))
    assert distance(read_guess("720", cost.spec), cost, "en").words == \
        "¥144.00 too low (16.7%)"
    month, _ = _answered("balloon-payment", _spec(QuestionKind.CASH_RUNS_OUT))
    assert distance(read_guess("2027-03", month.spec), month, "en").words == \
        "2 months too early"
    assert distance(read_guess("never", month.spec), month, "en").words == \
        "it does happen: May 2027"
    choice, portfolio = _answered("monthly-fee-trap", _spec(QuestionKind.CHEAPEST,
                                                            by="total_cost"))
    assert distance(read_guess("bank", choice.spec, portfolio), choice, "en").right
    wrong = distance(read_guess("1", choice.spec, portfolio), choice, "en")
    assert wrong.off is None and wrong.words == "not this one"


def test_a_bilingual_name_in_each_language() -> None:
    assert item_label("信用卡 · Credit card", "en") == "Credit card"
    assert item_label("信用卡 · Credit card", "zh_CN") == "信用卡"
    assert item_label("Car · loan · 2", "en") == "Car · loan · 2"


def test_plans_listed_in_an_explanation_are_named_in_its_language() -> None:
    from planner.text.workshop import explanation_text

    a, portfolio = _answered("bnpl-stacking", _spec(QuestionKind.MOST_PLANS))
    names = {i.id: i.name for i in portfolio.items}
    english = explanation_text(a.explanations[0], "en", names)
    chinese = explanation_text(a.explanations[0], "zh_CN", names)
    assert "Headphones" in english and "花呗分期" not in english
    assert "花呗分期" in chinese and "Headphones" not in chinese
