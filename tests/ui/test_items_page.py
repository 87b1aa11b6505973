"""Add, edit, delete, record a payment and mark paid off on each kind of item, each undone and
redone, with the profile's store following every step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.core.portfolio import Status
from planner.core.product import Kind, RateQuote
from planner.ui.dialogs.fields import read_decimal
from planner.ui.dialogs.payment_dialog import PaymentDialog
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.pages.items_page import ItemsPage

NEW = {  # what a person types for a new item of each kind
    Kind.CARD: dict(name="Spare card", amount="3000", quote=RateQuote.DAILY, rate="0.05"),
    Kind.INSTALLMENT: dict(name="Phone plan", amount="6000", quote=RateQuote.MONTHLY_FEE,
                           rate="0.5", term="12"),
    Kind.LOAN: dict(name="Study loan", amount="50000", quote=RateQuote.ANNUAL, rate="3.5",
                    term="48"),
    Kind.CREDIT_LINE: dict(name="Weilidai draw", amount="8000", quote=RateQuote.DAILY,
                           rate="0.04", term="6"),
}


def _fill(form: ProductForm, values: dict) -> None:
    form.name.setText(values["name"])
    form.amount.setText(values["amount"])
    form.quote.setCurrentIndex(form.quote.findData(values["quote"].value))
    form.rate.setText(values["rate"])
    if "term" in values:
        form.term.setText(values["term"])


@pytest.fixture(params=list(Kind), ids=lambda k: k.value)
def page(request, store_session, qtbot) -> ItemsPage:
    widget = ItemsPage(store_session, request.param)
    qtbot.addWidget(widget)
    return widget


def _names(page: ItemsPage) -> set[str]:
    return {p.item.name for p in page.model.rows()}


def _stored(page: ItemsPage) -> dict:
    return {i.id: i for i in page.session.backend.profile.items()}


def test_add_undo_redo(page, monkeypatch) -> None:
    values = NEW[page.kind]

    def accept(form: ProductForm) -> int:
        _fill(form, values)
        assert form.errors() == {}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductForm, "exec", accept)
    before = _names(page)
    page.add_item()
    assert _names(page) == before | {values["name"]}
    added = page.selected_item()
    assert added.name == values["name"] and added.product.kind is page.kind
    assert added.id in _stored(page)
    page.session.undo_stack.undo()
    assert _names(page) == before and added.id not in _stored(page)
    page.session.undo_stack.redo()
    assert _names(page) == before | {values["name"]} and added.id in _stored(page)


def test_edit_undo_redo(page, monkeypatch) -> None:
    if not page.model.rows():
        pytest.skip("the demo has none of this kind")
    original = page.selected_item()
    lower = original.product.principal - 100

    def accept(form: ProductForm) -> int:
        form.amount.setText(str(lower))
        assert form.errors() == {}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductForm, "exec", accept)
    page.edit_selected()
    edited = page.session.item(original.id)
    assert edited.product.principal == lower
    assert _stored(page)[original.id].product.principal == lower
    page.session.undo_stack.undo()
    assert page.session.item(original.id) == original
    assert _stored(page)[original.id].product.principal == original.product.principal
    page.session.undo_stack.redo()
    assert page.session.item(original.id).product.principal == lower


def test_delete_undo(page, monkeypatch) -> None:
    original = page.selected_item()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.delete_selected()
    assert page.session.item(original.id) is None and original.id not in _stored(page)
    page.session.undo_stack.undo()
    assert page.session.item(original.id) == original
    assert _stored(page)[original.id] == original


def test_declining_the_delete_question_keeps_the_item(page, monkeypatch) -> None:
    original = page.selected_item()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.delete_selected()
    assert page.session.item(original.id) == original
    assert page.session.undo_stack.count() == 0


def test_record_a_payment_then_undo(page, monkeypatch, today) -> None:
    original = page.selected_item()

    def accept(dialog: PaymentDialog) -> int:
        dialog.amount.setText("500")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PaymentDialog, "exec", accept)
    page.record_payment()
    paid = page.session.item(original.id)
    assert paid.payments[-1].amount == Decimal("500.00")
    assert paid.payments[-1].date == today
    assert len(_stored(page)[original.id].payments) == len(original.payments) + 1
    page.session.undo_stack.undo()
    assert page.session.item(original.id).payments == original.payments


def test_mark_paid_off_and_back(page, monkeypatch) -> None:
    original = page.selected_item()
    asked = []
    monkeypatch.setattr(ItemsPage, "_ask_paid_off",
                        lambda self, item, owed: asked.append(owed) or "mark")
    page.toggle_paid_off()
    assert asked and asked[0] > 0  # money still owed: asked first
    assert page.session.item(original.id).status is Status.PAID_OFF
    assert _stored(page)[original.id].status is Status.PAID_OFF
    assert page.buttons["paid_off"].text() == "Mark &active"
    page.session.undo_stack.undo()
    assert page.session.item(original.id).status is Status.ACTIVE


@pytest.mark.parametrize(("answer", "status", "recorded"), [
    ("", Status.ACTIVE, False), ("payment", Status.ACTIVE, True)])
def test_one_key_never_marks_money_owed_paid_off_unasked(page, monkeypatch, answer, status,
                                                         recorded) -> None:
    """Issue 19, found driving the app with the keyboard: Alt+O marked a car loan with
    ¥60,212.41 owed paid off at once. Cancelled, nothing changes; "Record the payment…" opens
    the payment dialog instead."""
    original = page.selected_item()
    opened = []
    monkeypatch.setattr(ItemsPage, "_ask_paid_off", lambda self, item, owed: answer)
    monkeypatch.setattr(ItemsPage, "record_payment", lambda self: opened.append(True))
    page.toggle_paid_off()
    assert page.session.item(original.id).status is status
    assert bool(opened) is recorded
    assert not page.session.undo_stack.canUndo() or page.session.undo_stack.count() == 0


def test_payment_dialog_checks_its_fields(session, qtbot, today) -> None:
    item = session.item("demo-car-loan")
    dialog = PaymentDialog(item, suggested=Decimal("2857.85"), today=today)
    qtbot.addWidget(dialog)
    assert dialog.validate()
    for text, message in (("", "Enter the amount paid."),
                          ("-3", "The amount must be a number above zero."),
                          ("1.001", "Amounts have at most 2 decimals.")):
        dialog.amount.setText(text)
        assert dialog.amount_box.message.text() == message
        assert not dialog.buttons.buttons()[0].isEnabled()
    dialog.amount.setText("100")
    from planner.ui.i18n import to_qdate

    dialog.date.setDate(to_qdate(item.product.start.replace(day=1)))
    assert "cannot be earlier" in dialog.date_box.message.text()


def test_more_than_everything_owed_offers_the_payoff_or_paid_off(session, qtbot,
                                                                 today) -> None:
    """Issue 19: 99,999 against a loan is refused as it is typed, naming what pays it off;
    the offered amount fills the field and is accepted; "Mark as paid off" ends the dialog."""
    item = session.item("demo-car-loan")
    dialog = PaymentDialog(item, today=today)
    qtbot.addWidget(dialog)
    payoff = dialog.payoff
    assert payoff > 0
    dialog.amount.setText("99999")
    assert not dialog.buttons.buttons()[0].isEnabled()
    assert "More than everything owed on that day" in dialog.amount_box.message.text()
    assert dialog.use_payoff.isVisibleTo(dialog) and dialog.paid_off.isVisibleTo(dialog)
    dialog.use_payoff.click()
    assert read_decimal(dialog.amount.text()) == payoff and dialog.validate()
    assert not dialog.use_payoff.isVisibleTo(dialog)
    dialog.paid_off.click()
    assert dialog.mark_paid_off and dialog.result() == QDialog.DialogCode.Accepted


def test_paying_the_payoff_amount_marks_the_item_paid_off_in_one_undo_step(
        page, monkeypatch, today) -> None:
    original = page.selected_item()

    def pay_off(dialog: PaymentDialog) -> int:
        dialog.amount.setText(format(dialog.payoff, "f"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PaymentDialog, "exec", pay_off)
    page.record_payment()
    paid = page.session.item(original.id)
    assert paid.status is Status.PAID_OFF
    page.session.undo_stack.undo()
    assert page.session.item(original.id) == original


def test_the_variable_rate_box_is_stored_and_shown_again(store_session, qtbot,
                                                         monkeypatch) -> None:
    page = ItemsPage(store_session, Kind.LOAN)
    qtbot.addWidget(page)
    original = store_session.item("demo-car-loan")
    assert not original.product.variable_rate
    shown = []

    def tick(form: ProductForm) -> int:
        shown.append(form.variable_rate.isChecked())
        form.variable_rate.setChecked(True)
        assert form.errors() == {}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductForm, "exec", tick)
    page.edit_selected()
    assert _stored(page)["demo-car-loan"].product.variable_rate is True
    assert store_session.item("demo-car-loan").product.variable_rate is True

    def look(form: ProductForm) -> int:
        shown.append(form.variable_rate.isChecked())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProductForm, "exec", look)
    page.edit_selected()
    assert shown == [False, True]  # the next edit shows the stored mark
    page.session.undo_stack.undo()
    assert _stored(page)["demo-car-loan"].product.variable_rate is False
