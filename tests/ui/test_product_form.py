"""The product form checks every field as it is typed: the field in error is marked and says
why, Save is disabled, and the preview shows the engine's own figures for valid input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.core.figures import analyse
from planner.core.product import Kind, Method, RateQuote
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.i18n import to_qdate

TODAY = date(2026, 11, 28)


def typed(edit, text: str) -> None:
    """``text`` in ``edit`` as a person types it (``textEdited``, which setText does not send:
    the form marks a missing value only in a field someone has touched)."""
    edit.setText(text)
    edit.textEdited.emit(text)


@pytest.fixture
def loan_form(qtbot) -> ProductForm:
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Car")
    form.amount.setText("200000")
    form.term.setText("360")
    form.quote.setCurrentIndex(form.quote.findData(RateQuote.ANNUAL.value))
    form.rate.setText("6.5")
    return form


@pytest.fixture
def card_form(qtbot) -> ProductForm:
    form = ProductForm(Kind.CARD, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("Card")
    form.amount.setText("8600")
    return form


def test_a_valid_loan_saves_and_previews_the_engine_figures(loan_form) -> None:
    assert loan_form.errors() == {}
    assert loan_form.save_button.isEnabled()
    item = loan_form.item()
    assert item is not None and item.product.principal == Decimal("200000")
    assert item.product.rate.value == Decimal("0.065")
    expected = analyse(item.product)
    assert expected.payment == Decimal("1264.14")
    assert loan_form.figure_labels["payment"].text() == "¥1,264.14"
    assert loan_form.schedule_model.rowCount() == 360


@pytest.mark.parametrize(("text", "message"), [
    ("", "Enter an amount."),
    ("abc", '"abc" is not an amount.'),
    ("0", "The amount must be more than zero."),
    ("-5", "The amount must be more than zero."),
    ("10.123", "Amounts have at most two decimals (fen)."),
    ("1e14", "This amount is too large."),
])
def test_amount(loan_form, text, message) -> None:
    typed(loan_form.amount, text)
    assert loan_form.errors() == {"amount": message}
    assert not loan_form.save_button.isEnabled()
    assert loan_form.amount.property("error") is True
    assert loan_form.item() is None


def test_amount_accepts_grouping_and_full_width_digits(loan_form) -> None:
    loan_form.amount.setText("１２,３４５.６")
    assert loan_form.errors() == {}
    assert loan_form.item().product.principal == Decimal("12345.60")


@pytest.mark.parametrize("text", ["", "0", "1201", "twelve", "1.5"])
def test_term(loan_form, text) -> None:
    typed(loan_form.term, text)
    assert loan_form.errors() == {"term": "Enter a whole number from 1 to 1200."}
    assert not loan_form.save_button.isEnabled()


@pytest.mark.parametrize(("quote", "text", "message"), [
    (RateQuote.ANNUAL, "", "Enter the rate in percent."),
    (RateQuote.ANNUAL, "x", '"x" is not a number.'),
    (RateQuote.ANNUAL, "-1", "A rate cannot be negative."),
    (RateQuote.DAILY, "3", "That is over 1000% a year. Type the rate in percent: 0.05 for 0.05% "
                           "a day."),
])
def test_rate(loan_form, quote, text, message) -> None:
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(quote.value))
    typed(loan_form.rate, text)
    assert loan_form.errors() == {"rate": message}
    assert not loan_form.save_button.isEnabled()


def test_name_is_required(loan_form) -> None:
    typed(loan_form.name, "  ")
    assert loan_form.errors() == {"name": "Give it a name you will recognise."}


def test_a_full_card_number_in_notes_is_refused(loan_form) -> None:
    loan_form.notes.setText("paid with 4111 1111 1111 1111")
    assert list(loan_form.errors()) == ["notes"]
    assert "last four digits" in loan_form.errors()["notes"]
    assert loan_form.item() is None


def test_first_payment_before_start(loan_form) -> None:
    loan_form.has_first.setChecked(True)
    loan_form.first_payment.setDate(to_qdate(date(2026, 11, 1)))
    assert loan_form.errors() == {
        "first_payment": "The first payment cannot be before the start date."}


def test_a_fee_amount_is_checked_in_its_own_row(loan_form) -> None:
    loan_form.fees.add_fee()
    loan_form.fees.rows[0][2].setText("abc")
    assert loan_form.errors() == {"fees[0]": '"abc" is not an amount.'}
    loan_form.fees.rows[0][2].setText("300")
    assert loan_form.errors() == {}
    assert loan_form.item().product.fees[0].amount == Decimal("300")


def test_a_monthly_fee_quote_switches_to_fee_installments(loan_form) -> None:
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(RateQuote.MONTHLY_FEE.value))
    assert Method(loan_form.method.currentData()) is Method.FEE_INSTALLMENT
    loan_form.rate.setText("0.6")
    loan_form.term.setText("12")
    loan_form.amount.setText("10000")
    assert loan_form.errors() == {}
    assert loan_form.figure_labels["apr"].text() == "13.03%"


def test_interest_free_needs_no_rate(loan_form) -> None:
    loan_form.method.setCurrentIndex(loan_form.method.findData(Method.INTEREST_FREE.value))
    loan_form.rate.setText("")
    assert loan_form.errors() == {}
    assert loan_form.item().product.rate.value == 0


@pytest.mark.parametrize(("field", "text", "key"), [
    ("min_percent", "0", "min_percent"),
    ("min_percent", "101", "min_percent"),
    ("min_floor", "-1", "min_floor"),
    ("grace", "61", "grace_days"),
    ("card_last4", "12a4", "card_last4"),
])
def test_card_fields(card_form, field, text, key) -> None:
    assert card_form.errors() == {}
    getattr(card_form, field).setText(text)
    assert list(card_form.errors()) == [key]
    assert not card_form.save_button.isEnabled()


@pytest.mark.parametrize(("strategy", "text"), [("fixed", "0"), ("months", "0"),
                                                 ("fixed", "")])
def test_card_strategy_value(card_form, strategy, text) -> None:
    card_form.strategy.setCurrentIndex(card_form.strategy.findData(strategy))
    typed(card_form.strategy_value, text)
    assert list(card_form.errors()) == ["strategy"]


def test_card_preview_says_when_it_is_clear(card_form) -> None:
    assert card_form.figures is not None
    months = card_form.figures.months_to_payoff
    assert str(months) in card_form.apr_note.text()


def test_editing_keeps_id_status_and_payments(session, qtbot) -> None:
    item = session.item("demo-baitiao-laptop")
    form = ProductForm(Kind.INSTALLMENT, item=item, today=TODAY)
    qtbot.addWidget(form)
    assert form.errors() == {}
    assert form.item() == item  # the form reads back exactly what it was given
    form.term.setText("24")
    edited = form.item()
    assert edited.id == item.id and edited.payments == item.payments
    assert edited.product.term == 24


def test_moving_the_start_after_recorded_payments_is_refused(session, qtbot) -> None:
    item = session.item("demo-baitiao-laptop")
    form = ProductForm(Kind.INSTALLMENT, item=item, today=TODAY)
    qtbot.addWidget(form)
    form.start.setDate(to_qdate(date(2027, 1, 1)))
    assert list(form.errors()) == ["start"]


def test_messages_are_in_the_language_in_force(qtbot) -> None:
    from planner.ui import i18n

    i18n.switch_language("zh_CN")
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    form.name.setText("车贷")
    form.amount.setText("abc")
    assert form.errors() == {"amount": "“abc”不是有效金额。"}
    form.amount.setText("10000")
    form.term.setText("0")
    assert form.errors() == {"term": "请输入1到1200之间的整数。"}
    assert form.windowTitle() == "新建贷款"


def _variable_row_shown(form: ProductForm) -> bool:
    return form.fields.form.isRowVisible(form.boxes["variable_rate"])


@pytest.mark.parametrize("kind", [Kind.LOAN, Kind.CREDIT_LINE, Kind.CARD, Kind.INSTALLMENT])
def test_variable_rate_is_offered_for_loans_credit_lines_and_cards(qtbot, kind) -> None:
    form = ProductForm(kind, today=TODAY)
    qtbot.addWidget(form)
    assert _variable_row_shown(form) is (kind is not Kind.INSTALLMENT)
    assert not form.variable_rate.isChecked()  # a new item is fixed-rate until ticked


def test_variable_rate_round_trips_through_the_form(loan_form, qtbot) -> None:
    assert loan_form.item().product.variable_rate is False
    loan_form.variable_rate.setChecked(True)
    assert loan_form.errors() == {}
    item = loan_form.item()
    assert item.product.variable_rate is True
    again = ProductForm(Kind.LOAN, item=item, today=TODAY)
    qtbot.addWidget(again)
    assert again.variable_rate.isChecked() and again.item() == item


def test_a_price_fixed_at_purchase_greys_the_variable_rate_box(loan_form) -> None:
    loan_form.variable_rate.setChecked(True)
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(RateQuote.MONTHLY_FEE.value))
    loan_form.rate.setText("0.6")
    loan_form.term.setText("12")
    assert not loan_form.variable_rate.isEnabled()
    assert loan_form.errors() == {} and loan_form.item().product.variable_rate is False
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(RateQuote.ANNUAL.value))
    loan_form.rate.setText("6.5")
    assert loan_form.variable_rate.isEnabled()  # the tick was kept for the rate on the balance
    assert loan_form.item().product.variable_rate is True


def test_switching_to_an_installment_plan_drops_the_variable_rate(loan_form) -> None:
    loan_form.variable_rate.setChecked(True)
    loan_form.kind.setCurrentIndex(loan_form.kind.findData(Kind.INSTALLMENT.value))
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(RateQuote.MONTHLY_FEE.value))
    loan_form.rate.setText("0.6")
    loan_form.term.setText("12")
    assert not _variable_row_shown(loan_form)
    assert loan_form.errors() == {}
    assert loan_form.item().product.variable_rate is False


def test_a_new_form_asks_for_its_fields_without_marking_them(qtbot) -> None:
    """Issue 19: a new form does not open covered in errors; it says what to fill in, and
    marks a field once someone has touched it and left it wrong."""
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    assert form.errors() == {} and not form.save_button.isEnabled()
    assert form.summary.text() == "Fill in Name, Amount borrowed to save."
    typed(form.amount, "abc")
    assert form.errors() == {"amount": '"abc" is not an amount.'}


def test_typing_starts_in_the_name_field(qtbot) -> None:
    form = ProductForm(Kind.INSTALLMENT, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.focusWidget() is form.name


def test_switching_a_rate_on_the_balance_to_a_monthly_fee_clears_it_and_says_so(
        loan_form) -> None:
    """Issue 19: 4.35 a year was silently read as 4.35% a month (85.66% APR shown)."""
    typed(loan_form.rate, "4.35")
    loan_form.method.setCurrentIndex(loan_form.method.findData(Method.FEE_INSTALLMENT.value))
    assert RateQuote(loan_form.quote.currentData()) is RateQuote.MONTHLY_FEE
    assert loan_form.rate.text() == ""
    assert loan_form.fields.note.text().startswith("The rate was cleared: 4.35% a year")
    assert loan_form.figures is None  # nothing priced on a rate nobody gave


def test_a_rate_quoted_another_way_on_the_balance_is_converted(loan_form) -> None:
    typed(loan_form.rate, "4.35")
    loan_form.quote.setCurrentIndex(loan_form.quote.findData(RateQuote.MONTHLY.value))
    assert loan_form.rate.text() == "0.3625"
    assert loan_form.fields.note.text() == ("4.35% a year is 0.3625% a month: the same price, "
                                            "quoted the new way.")
    assert loan_form.item().product.rate.annual_equivalent == Decimal("0.0435")


def test_another_kind_brings_its_usual_terms(qtbot) -> None:
    form = ProductForm(Kind.INSTALLMENT, today=TODAY)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData(Kind.CARD.value))
    assert RateQuote(form.quote.currentData()) is RateQuote.DAILY
    assert form.rate.text() == "0.05"
    assert form.fields.note.text() == "The usual terms of a Credit card: 0.05% a day."


def test_a_full_card_number_keeps_only_its_last_four_digits(card_form) -> None:
    """Issue 19: the field kept the FIRST four digits (6225…) of a number pasted into it."""
    card_form.card_last4.textEdited.emit("6225 8801 2345 4821")
    assert card_form.card_last4.text() == "4821"
    assert "never stored" in card_form.fields.note.text()
    assert card_form.item().card_last4 == "4821"


def test_the_grace_days_hint_is_the_default_the_engine_uses(card_form) -> None:
    from planner.core.card import default_grace_days

    assert card_form.grace.placeholderText().startswith(str(default_grace_days("CNY")))
    assert card_form.item().product.grace_days is None  # empty: that default


def test_escape_asks_before_a_filled_form_is_thrown_away(loan_form, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    typed(loan_form.name, "Car loan")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel))
    loan_form.show()
    loan_form.reject()
    assert asked == ["Discard your changes?"] and loan_form.isVisible()  # still open
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: QMessageBox.StandardButton.Discard))
    loan_form.reject()
    assert loan_form.result() == 0 and not loan_form.isVisible()


def test_start_date_and_save_have_different_shortcuts(loan_form) -> None:
    labels = loan_form.fields._labels
    keys = [label.text().split("&")[1][0].lower() for label in labels.values()
            if "&" in label.text()]
    keys.append(loan_form.save_button.text().split("&")[1][0].lower())
    assert len(keys) == len(set(keys)), keys
