"""Explanations of issue 12's products: a rate that changes, an LPR-linked rate, a combined
loan, a promotion with deferred interest, quarterly and yearly schedules, monthly compounding;
each renders in both languages with its figure, its values named by their units, and says
which day-count basis counted the odd days."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from planner.core.explain import (
    Unit,
    explain_figures,
    explain_payment,
    explain_total_interest,
    unit_of,
)
from planner.core.figures import analyse
from planner.core.product import parse_product
from planner.text.explain import format_value, render
from planner.text.templates import has_template

PRODUCTS = {
    "lpr mortgage": {"kind": "loan", "principal": "1000000", "start": "2024-06-01",
                     "term": 360, "lpr_spread": {"spread": "-0.003"}},
    "combined": {"kind": "loan", "start": "2025-01-15", "term": 360, "parts": [
        {"name": "公积金", "principal": "600000", "rate": {"annual": "0.026"},
         "rate_changes": [{"date": "2025-05-08", "rate": {"annual": "0.026"}},
                          {"date": "2026-01-01", "rate": {"annual": "0.0285"}}]},
        {"name": "商贷", "principal": "400000", "lpr_spread": {"spread": "-0.003",
                                                               "reset": "anniversary"}}]},
    "combined, equal principal": {
        "kind": "loan", "start": "2026-01-15", "term": 24, "method": "equal_principal",
        "parts": [{"name": "公积金", "principal": "60000", "rate": {"annual": "0.026"}},
                  {"name": "商贷", "principal": "40000", "rate": {"annual": "0.035"}}]},
    "promotion": {"kind": "installment", "principal": "1200", "currency": "USD",
                  "start": "2025-01-10", "term": 24, "method": "annuity",
                  "rate": {"annual": "0"}, "deferred_interest": True,
                  "rate_changes": [{"date": "2026-01-10", "rate": {"annual": "0.2499"}}]},
    "promotion cleared": {"kind": "installment", "principal": "1200", "currency": "USD",
                          "start": "2025-01-10", "term": 12, "method": "annuity",
                          "rate": {"annual": "0"}, "deferred_interest": True,
                          "rate_changes": [{"date": "2026-01-10",
                                            "rate": {"annual": "0.2499"}}]},
    "quarterly": {"kind": "loan", "principal": "12000", "start": "2025-01-10", "term": 8,
                  "frequency": "quarterly", "rate": {"annual": "0.12"},
                  "day_count": "act/365"},
    "yearly eur": {"kind": "loan", "principal": "12000", "start": "2022-01-10", "term": 3,
                   "frequency": "yearly", "rate": {"annual": "0.12"}, "currency": "EUR",
                   "first_payment": "2023-02-13"},
    "compounded": {"kind": "loan", "principal": "10000", "start": "2025-01-10", "term": 12,
                   "method": "bullet", "compounding": "monthly", "rate": {"annual": "0.12"}},
    "equal principal, rate cut": {
        "kind": "loan", "principal": "12000", "start": "2025-01-10", "term": 12,
        "method": "equal_principal", "rate": {"annual": "0.12"},
        "rate_changes": [{"date": "2025-07-01", "rate": {"annual": "0.06"}}]},
}


def figures(name: str):
    return analyse(parse_product(PRODUCTS[name]))


@pytest.mark.parametrize("name", PRODUCTS)
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_explanation_renders_with_its_figure(name: str, lang: str) -> None:
    for e in explain_figures(figures(name)):
        assert has_template(e.formula) and all(has_template(s.code) for s in e.steps)
        text = render(e, lang)
        assert "{" not in text and "}" not in text
        assert format_value(e.topic, e.figure, lang) in text, (e.formula, text)
        if lang == "zh_CN":
            assert re.search(r"[\u4e00-\u9fff]", text)
        for values in (e.values, *(s.values for s in e.steps)):
            for key, value in values.items():
                if unit_of(key, value) in (Unit.MONEY, Unit.RATE):
                    assert isinstance(value, (Decimal, float)), (e.formula, key)


def test_a_rate_cut_is_explained_with_its_date_and_the_new_payment() -> None:
    f = analyse(parse_product({"kind": "loan", "principal": "12000", "start": "2025-01-10",
                               "term": 12, "rate": {"annual": "0.12"},
                               "rate_changes": [{"date": "2025-07-01",
                                                 "rate": {"annual": "0.06"}}]}))
    text = render(explain_payment(f), "en")
    assert "From 2025-07-01 the rate is 6% a year." in text
    assert "¥1,046.11 from 2025-08-10" in text  # the first period starting after 07-01
    assert "accrues each rate over its own days" in text
    assert "自 2025-07-01 起利率为 6%/年。" in render(explain_payment(f), "zh_CN")


def test_an_lpr_rate_names_its_reference_and_spread() -> None:
    text = render(explain_payment(figures("lpr mortgage")), "en")
    assert ("follows the over-five-year LPR: the LPR in force on each reset date (every "
            "1 January) plus a spread of -0.3%; at the start the LPR was 3.95%, so the rate "
            "was 3.65%.") in text
    assert "From 2025-01-01 the rate is 3.3% a year." in text


def test_a_combined_loan_is_explained_part_by_part() -> None:
    text = render(explain_payment(figures("combined")), "zh_CN")
    assert "组合贷，共 2 部分" in text
    assert "公积金：本金 ¥600,000.00，利率 2.6%/年，每期 ¥2,402.04。" in text
    assert "公积金：自 2026-01-01 起利率为 2.85%/年。" in text
    assert "商贷随5 年期以上 LPR浮动" in text


def test_an_equal_principal_combined_loan_explains_each_parts_first_payment() -> None:
    # by hand: 60,000 / 24 + 60,000 x 2.6% / 12 = 2,500.00 + 130.00 = 2,630.00;
    # 40,000 / 24 + 40,000 x 3.5% / 12 = 1,666.67 + 116.67 = 1,783.34; sum 4,413.34
    # (the parts' principal shares, 2,500.00 and 1,666.67, were shown as their payments)
    e = explain_payment(figures("combined, equal principal"))
    assert e.figure == Decimal("4413.34")
    assert [s.values["part_payment"] for s in e.steps] == [Decimal("2630.00"),
                                                          Decimal("1783.34")]
    en = render(e, "en")
    assert "the first, shown, is the sum of the parts' first payments: ¥4,413.34" in en
    assert "公积金: ¥60,000.00 at 2.6% a year, by equal principal: its first payment is " \
        "¥2,630.00, each later one a little less." in en
    assert "¥1,666.67" not in en and "¥2,500.00" not in en
    zh = render(e, "zh_CN")
    assert "商贷：本金 ¥40,000.00，利率 3.5%/年，等额本金：首期 ¥1,783.34，以后每期略少。" in zh
    assert "首期 ¥4,413.34" in zh


def test_deferred_interest_is_explained_either_way() -> None:
    charged = render(explain_payment(figures("promotion")), "en")
    assert "$231.16, is charged with the payment of 2026-02-10" in charged
    cleared = render(explain_payment(figures("promotion cleared")), "en")
    assert "no deferred interest is charged" in cleared


@pytest.mark.parametrize(("name", "basis"), [
    ("lpr mortgage", "actual days over 360 (a daily rate is the annual rate / 360), the rule "
                     "for CNY"),
    ("quarterly", "actual days over 365, as the product states"),
    ("yearly eur", "actual days over the days of the year back from their end (365 or 366), "
                   "the rule for EUR"),
])
def test_the_explanation_says_which_day_count_applied(name: str, basis: str) -> None:
    assert basis in render(explain_total_interest(figures(name)), "en")


def test_monthly_compounding_is_explained() -> None:
    text = render(explain_payment(figures("compounded")), "en")
    assert "compounded monthly" in text and "¥11,268.25" in text
