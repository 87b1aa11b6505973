"""Paste an offer (issue 10): the lender's text in the app, the terms read marked as typed, the
true annual rate and the warning beside it, and the product form filled with exactly the
product ``planner read-offer`` reads (so the form's figures are ``calc``'s)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from planner.core.figures import analyse
from planner.core.offer import read_offer
from planner.core.product import Kind, parse_product
from planner.ui import i18n
from planner.ui.dialogs.offer_paste import OfferPasteDialog
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.i18n import Formatter
from planner.ui.pages.compare_page import ComparePage
from tests.core.offer.corpus import CORPUS

TODAY = date(2026, 11, 28)
MISLEADING = "借款10000元，分12期，每期手续费0.6%，折合年化仅7.2%"


def _dialog(qtbot, text: str) -> OfferPasteDialog:
    dialog = OfferPasteDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(text)
    dialog.read()  # what the typing pause would start
    return dialog


def _marked(dialog: OfferPasteDialog) -> set[int]:
    """The character offsets of the text shown with a highlight."""
    marked = set()
    block = dialog.text.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.background().style() != 0:
                marked.update(range(block.position() + span.start,
                                    block.position() + span.start + span.length))
        block = block.next()
    return marked


def test_the_terms_read_are_marked_and_the_understatement_called_out(qtbot) -> None:
    dialog = _dialog(qtbot, MISLEADING)
    reading = read_offer(MISLEADING, TODAY)
    found = {k for s in reading.found for k in range(s.start, s.end)}
    assert found and _marked(dialog) == found
    apr = analyse(parse_product(reading.product)).apr.rate
    assert Formatter().rate(apr) in dialog.rate_label.text()
    assert "7.2%" in dialog.warning.text() and dialog.use_button.isEnabled()


def test_an_honest_text_gets_no_warning(qtbot) -> None:
    dialog = _dialog(qtbot, "日利率0.05%（年化利率18.25%），借款5000元，分12期，等额本息")
    assert dialog.rate_label.text() and dialog.warning.text() == ""


def test_a_text_without_terms_fills_nothing(qtbot) -> None:
    dialog = _dialog(qtbot, "Thank you for shopping with us!")
    assert not dialog.use_button.isEnabled() and dialog.product() is None
    assert dialog.read_label.text().startswith("No credit terms found yet")


def test_the_missing_fields_are_named_then_pointed_at_in_the_form(qtbot, monkeypatch) -> None:
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText("分12期，月利率0.8%")
        dialog.read()
        assert "Still needed: the amount." in dialog.read_label.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    assert form.paste_offer()
    assert form.term.text() == "12"
    assert form.errors()["amount"] == "Enter an amount."
    assert form.amount.property("error") is True


@pytest.mark.parametrize("case", [c for c in CORPUS if c.complete and "cannot_price"
                                  not in c.warnings], ids=lambda c: c.text[:40])
def test_an_offer_filled_from_a_text_gives_the_figures_calc_gives(qtbot, monkeypatch,
                                                                  case) -> None:
    """Every complete text of the corpus, through the paste box into an offer's form: the
    form's product is priced as ``calc`` prices the product read (in the text's currency)."""
    product = read_offer(case.text, TODAY).product
    expected = analyse(parse_product(product))
    form = ProductForm(Kind.LOAN, today=TODAY, offer=True)
    qtbot.addWidget(form)

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText(case.text)
        dialog.read()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    assert form.paste_offer()
    form.name.setText("Offer")
    assert form.errors() == {}
    got = analyse(form.item().product)
    assert (got.payment, got.total_cost, got.apr.rate) == \
        (expected.payment, expected.total_cost, expected.apr.rate)


def test_compare_adds_an_offer_from_its_text(qtbot, session, monkeypatch) -> None:
    page = ComparePage(session)
    qtbot.addWidget(page)
    before = len(page.offers)

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText(MISLEADING)
        dialog.read()
        return QDialog.DialogCode.Accepted

    def saved(form: ProductForm) -> int:
        assert "7.2%" in form.fields.note.text()  # the warning stays in view in the form
        form.name.setText("Phone plan")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    monkeypatch.setattr(ProductForm, "exec", saved)
    page.paste_button.click()
    assert len(page.offers) == before + 1
    offer = page.offers[-1]
    assert offer.name == "Phone plan"
    read = parse_product(read_offer(MISLEADING, TODAY).product)
    assert analyse(offer.product).apr.rate == analyse(read).apr.rate
    assert replace(offer.product, convention=None) == read  # the page's convention, stated


def test_an_item_keeps_the_profile_currency_and_says_so(qtbot, monkeypatch) -> None:
    form = ProductForm(Kind.LOAN, today=TODAY, currency="CNY")
    qtbot.addWidget(form)

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText("Borrow £5,000 over 36 months at 9.9% APR")
        dialog.read()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    assert form.paste_offer()
    assert form.amount.text() == "5000"
    assert "GBP" in form.fields.note.text() and "CNY" in form.fields.note.text()


def test_a_cancelled_paste_adds_nothing(qtbot, session, monkeypatch) -> None:
    page = ComparePage(session)
    qtbot.addWidget(page)
    before = len(page.offers)
    monkeypatch.setattr(OfferPasteDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ProductForm, "exec", lambda _f: pytest.fail("the form opened"))
    page.paste_button.click()
    assert len(page.offers) == before


def test_the_paste_box_speaks_chinese(qtbot) -> None:
    i18n.switch_language("zh_CN")
    dialog = _dialog(qtbot, MISLEADING)
    assert dialog.windowTitle() == "粘贴报价"
    assert "真实年化" in dialog.rate_label.text()
    assert "7.2%" in dialog.warning.text() and "低" in dialog.warning.text()


def test_a_text_without_a_currency_is_not_asked_for_one(qtbot) -> None:
    """Driving the app: "Borrow 20,000 over 24 monthly payments at 0.8% per month" read as
    complete but said "Still needed: the currency"; the form's own currency is used."""
    dialog = _dialog(qtbot, "Borrow 20,000 over 24 monthly payments at 0.8% per month")
    assert "currency" in read_offer(dialog.text.toPlainText(), TODAY).missing
    assert "Still needed" not in dialog.read_label.text() and dialog.missing() == ()
    assert dialog.rate_label.text()
