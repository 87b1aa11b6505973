"""The overview's headline figures explained: each record's figure is the sum (or latest date,
or ratio) of the parts it is given, every formula and step reads in English and Chinese with
the figure in it, and item names are shown exactly as typed."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from planner.core.explain import Topic
from planner.core.explain_overview import (
    explain_debt_free,
    explain_due_in_month,
    explain_income_share,
    explain_total_owed,
)
from planner.text.explain import format_value, render
from planner.text.templates import has_template

D = Decimal
OWED = [("车贷", D("60212.41")), ("phone", D("3666.00")), ("paid card", D(0))]
DUE = [("车贷", D("2857.85")), ("phone", D("949.49")), ("week", D(0))]
LAST = [("phone", date(2027, 3, 11)), ("车贷", date(2028, 9, 20)), ("week", date(2027, 5, 23))]

RECORDS = {
    "owed": explain_total_owed(OWED, "CNY"),
    "owed none": explain_total_owed([], "CNY"),
    "due": explain_due_in_month(Topic.DUE_THIS_MONTH, date(2026, 11, 1), DUE, "CNY"),
    "due none": explain_due_in_month(Topic.DUE_NEXT_MONTH, date(2026, 12, 1),
                                     [("phone", D(0))], "CNY"),
    "debt free": explain_debt_free(LAST, "CNY"),
    "debt free none": explain_debt_free([], "CNY"),
    "share": explain_income_share(date(2026, 12, 1), D("8724.41"), D("18500"), "CNY"),
    "share no income": explain_income_share(date(2026, 12, 1), D("8724.41"), D(0), "CNY"),
}


def test_the_figures_come_from_the_parts() -> None:
    assert RECORDS["owed"].figure == D("63878.41") == RECORDS["owed"].values["total_owed"]
    assert [s.values["item"] for s in RECORDS["owed"].steps] == ["车贷", "phone"]
    assert RECORDS["due"].figure == D("3807.34") and RECORDS["due"].values["count"] == 2
    assert RECORDS["due"].values["month"] == "2026-11"
    assert RECORDS["debt free"].figure == date(2028, 9, 20)
    assert RECORDS["debt free"].values["item"] == "车贷"
    assert [s.values["last_date"] for s in RECORDS["debt free"].steps] == \
        sorted((d for _, d in LAST), reverse=True)
    assert RECORDS["share"].figure == D("8724.41") / D("18500")
    assert RECORDS["share no income"].figure is None
    assert RECORDS["due none"].figure == 0 and RECORDS["debt free none"].figure is None


@pytest.mark.parametrize("name", RECORDS)
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_record_reads_with_its_figure(name: str, lang: str) -> None:
    e = RECORDS[name]
    assert has_template(e.formula) and all(has_template(s.code) for s in e.steps)
    text = render(e, lang)
    assert "{" not in text and "}" not in text
    if e.figure is not None:
        assert format_value(e.topic, e.figure, lang) in text
    if lang == "zh_CN":
        assert re.search(r"[\u4e00-\u9fff]", text.replace("车贷", ""))


def test_item_names_are_shown_as_typed_not_as_codes() -> None:
    text = render(RECORDS["debt free"], "zh_CN")
    assert "week：最后一期还款在 2027-05-23。" in text  # "week" is also a code worded 周
