"""A card's promotion with deferred interest in the product form (issue 12): the box is offered
for a card as for a loan, saved as deferred_interest, previewed with the engine's figures, and a
promotional rate not below the later one is refused on the box; the box says, in English and
Chinese, that a card's is charged on its next statement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner.core.figures import analyse
from planner.core.product import Kind, RateQuote
from planner.ui import i18n
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.dialogs.rate_terms import RateChangesEditor

TODAY = date(2026, 11, 28)


def _card_form(qtbot) -> ProductForm:
    form = ProductForm(Kind.CARD, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Store card")
    form.amount.setText("3000")
    form.quote.setCurrentIndex(form.quote.findData(RateQuote.ANNUAL.value))
    form.rate.setText("0")
    form.strategy.setCurrentIndex(form.strategy.findData("fixed"))
    form.strategy_value.setText("300")
    return form


def test_a_cards_promotion_can_defer_its_interest(qtbot) -> None:
    form = _card_form(qtbot)
    changes = form.fields.rate_terms.changes
    assert changes.deferred_box.isVisibleTo(form)
    changes.add_change(date(2027, 5, 28), "24")
    changes.deferred.setChecked(True)
    assert form.errors() == {}
    product = form.item().product
    assert product.deferred_interest and product.rate_changes[0].rate.value == Decimal("0.24")
    # 300 a month leaves 1,500 owed at the end: the deferred interest is charged, as the engine
    # computes it, and previewed
    assert form.figures.schedule.deferred_interest == \
        analyse(product).schedule.deferred_interest > 0
    form.rate.setText("30")  # a "promotional" rate above the one after it
    assert "deferred_interest" in form.errors()


def test_the_deferred_box_says_a_card_is_charged_on_its_next_statement(qtbot) -> None:
    editor = RateChangesEditor()
    qtbot.addWidget(editor)
    assert "a card's, on its next statement" in editor.deferred.toolTip()
    i18n.switch_language("zh_CN")
    editor = RateChangesEditor()
    qtbot.addWidget(editor)
    assert "信用卡则计入下一张账单" in editor.deferred.toolTip()
