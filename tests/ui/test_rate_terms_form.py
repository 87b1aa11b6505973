"""Issue 12 in the app: the product form's rate over time (an LPR-linked rate, rate changes
with deferred interest, a combined loan's parts, the day-count basis, monthly compounding),
each editable, checked as typed with the field named, and shown again for an item; and the
LPR fixings in Settings, which the LPR-linked items follow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.core.figures import analyse
from planner.core.portfolio import parse_item
from planner.core.product import Kind, Method, RateQuote
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.i18n import to_qdate

TODAY = date(2026, 11, 28)


@pytest.fixture
def loan_form(qtbot) -> ProductForm:
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Home")
    form.amount.setText("1000000")
    form.term.setText("360")
    form.quote.setCurrentIndex(form.quote.findData(RateQuote.ANNUAL.value))
    form.rate.setText("4.9")
    return form


def terms(form: ProductForm):
    return form.fields.rate_terms


def test_an_lpr_linked_rate_is_saved_as_a_spread(loan_form) -> None:
    lpr = terms(loan_form).lpr
    lpr.follows.setChecked(True)
    lpr.spread.setText("-0.3")
    assert loan_form.errors() == {}
    product = loan_form.item().product
    assert product.lpr_spread is not None and product.lpr_spread.spread == Decimal("-0.003")
    assert product.rate.value == Decimal("0.0320")  # 3.50% (2025-05-20) - 0.30% on 2026-11-28
    assert product.variable_rate
    lpr.spread.setText("abc")
    assert "spread over the LPR" in loan_form.errors()["lpr_spread"]
    assert not loan_form.save_button.isEnabled()


def test_rate_changes_are_rows_checked_as_typed(loan_form) -> None:
    changes = terms(loan_form).changes
    box = changes.add_change(date(2027, 6, 1), "3.5")
    assert loan_form.errors() == {}
    product = loan_form.item().product
    assert [(c.date, c.rate.value) for c in product.rate_changes] == [
        (date(2027, 6, 1), Decimal("0.035"))]
    assert loan_form.figures.schedule.rows[7].payment < loan_form.figures.schedule.rows[0].payment
    changes.rows[0][1].setDate(to_qdate(date(2020, 1, 1)))  # before the start
    assert "before the start" in loan_form.errors()["rate_changes[0]"]
    assert box.error
    changes.rows[0][1].setDate(to_qdate(date(2027, 6, 1)))
    changes.rows[0][2].setText("-1")
    assert loan_form.errors()["rate_changes[0]"] == "A rate cannot be negative."


def test_a_promotion_with_deferred_interest(qtbot) -> None:
    form = ProductForm(Kind.INSTALLMENT, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Sofa")
    form.amount.setText("2400")
    form.term.setText("24")
    form.method.setCurrentIndex(form.method.findData(Method.ANNUITY.value))
    form.quote.setCurrentIndex(form.quote.findData(RateQuote.ANNUAL.value))
    form.rate.setText("0")
    changes = terms(form).changes
    assert not changes.deferred.isEnabled()  # nothing to defer until there is a change
    changes.add_change(date(2027, 11, 28), "24.99")
    changes.deferred.setChecked(True)
    assert form.errors() == {}
    product = form.item().product
    assert product.deferred_interest and product.rate_changes[0].rate.value == Decimal("0.2499")
    assert form.figures.schedule.deferred_interest > 0
    form.rate.setText("30")  # a "promotional" rate above the one after it
    assert "deferred_interest" in form.errors()


def test_a_combined_loan_is_entered_part_by_part(loan_form) -> None:
    parts = terms(loan_form).parts
    parts.combined.setChecked(True)
    assert len(parts.rows) == 2  # the provident-fund part and the commercial one
    (_, name0, amount0, rate0, lpr0, _), (_, name1, amount1, rate1, lpr1, _) = parts.rows
    assert not lpr0.isChecked() and lpr1.isChecked()
    amount0.setText("600000")
    rate0.setText("2.6")
    amount1.setText("400000")
    rate1.setText("-0.3")
    assert loan_form.errors() == {}
    product = loan_form.item().product
    assert product.principal == Decimal("1000000")
    assert [p.principal for p in product.parts] == [Decimal("600000"), Decimal("400000")]
    assert product.parts[1].lpr_spread.spread == Decimal("-0.003")
    assert loan_form.figures.payment == analyse(product).payment
    amount1.setText("0")
    assert loan_form.errors()["parts[1]"] == "The amount must be more than zero."
    amount1.setText("400000")
    name1.setText(name0.text())
    assert "names another part" in loan_form.errors()["parts[1]"]


def test_day_count_and_compounding(loan_form) -> None:
    rate_terms = terms(loan_form)
    assert rate_terms.day_count.itemText(0).startswith("By currency: Actual days over 360")
    rate_terms.day_count.setCurrentIndex(rate_terms.day_count.findData("act/365"))
    assert loan_form.item().product.day_count.value == "act/365"
    assert not rate_terms.boxes["compounding"].isVisibleTo(rate_terms)
    loan_form.method.setCurrentIndex(loan_form.method.findData(Method.BULLET.value))
    assert rate_terms.boxes["compounding"].isVisibleTo(rate_terms)
    rate_terms.compounding.setCurrentIndex(rate_terms.compounding.findData("monthly"))
    assert loan_form.errors() == {}
    assert loan_form.item().product.compounding.value == "monthly"


def test_a_card_has_no_parts_nor_lpr(qtbot) -> None:
    form = ProductForm(Kind.CARD, today=TODAY)
    qtbot.addWidget(form)
    rate_terms = terms(form)
    assert not rate_terms.parts.isVisibleTo(rate_terms)
    assert not rate_terms.lpr.isVisibleTo(rate_terms)
    assert rate_terms.changes.isVisibleTo(rate_terms)


def test_an_item_shows_its_terms_again(qtbot) -> None:
    item = parse_item({
        "id": "h", "name": "组合贷", "kind": "loan", "start": "2025-01-15", "term": 360,
        "day_count": "act/act", "parts": [
            {"name": "公积金", "principal": "600000", "rate": {"annual": "0.031"},
             "rate_changes": [{"date": "2025-05-08", "rate": {"annual": "0.0285"}}]},
            {"name": "商贷", "principal": "400000",
             "lpr_spread": {"spread": "-0.003", "reset": "anniversary"}}]})
    form = ProductForm(Kind.LOAN, item=item, today=TODAY)
    qtbot.addWidget(form)
    rate_terms = terms(form)
    assert rate_terms.parts.combined.isChecked() and len(rate_terms.parts.rows) == 2
    assert rate_terms.lpr.reset.currentData() == "anniversary"
    assert rate_terms.day_count.currentData() == "act/act"
    assert form.errors() == {}
    again = form.item().product
    assert again == item.product  # a part's own rate changes are kept as they were
    assert "2025-05-08" in rate_terms.parts.rows[0][0].toolTip()


def test_lpr_fixings_in_settings_move_the_lpr_items(session, qtbot) -> None:
    from planner.ui.pages.lpr_fixings import LprFixingsBox

    box = LprFixingsBox(session)
    qtbot.addWidget(box)
    assert "2025-05-20" in box.shipped.text()
    assert not box.apply_button.isEnabled()
    row = box.add_fixing(date(2025, 10, 20))
    assert not box.apply_button.isEnabled() and row.error  # no rate yet
    box.rows[0][3].setText("3.4")
    assert box.apply_button.isEnabled()
    box.apply()
    assert session.household.extra["lpr_fixings"] == [
        {"date": "2025-10-20", "tenor": "5y", "rate": "0.034"}]
    session.undo_stack.undo()
    assert "lpr_fixings" not in session.household.extra


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "Fill in Name, Spread over the LPR in percent to save."),
    ("zh_CN", "请填写名称、LPR 加点（百分比）后保存。")])
def test_the_form_asks_for_the_spread_by_its_name_not_the_engines_key(qtbot, lang,
                                                                       asked) -> None:
    """Ticking "Follows the LPR" with no spread typed said "Fill in lpr_spread to save";
    the Chinese form also kept the shortcut mark of a label ("名称(N)")."""
    from planner.ui import i18n

    i18n.switch_language(lang)
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    form.amount.setText("1000000")
    form.term.setText("360")
    terms(form).lpr.follows.setChecked(True)
    form.fields.touched.discard("lpr_spread")
    form.validate()
    assert form.summary.text() == asked
