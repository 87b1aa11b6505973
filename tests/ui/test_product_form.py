"""The product form checks every field as it is typed: the field in error is marked and says
why, Save is disabled, and the preview shows the engine's own figures for valid input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.core.figures import analyse
from planner.core.portfolio import Item, parse_item, parse_penalty
from planner.core.product import Kind, Method, RateQuote
from planner.core.schedule import PenaltyRule
from planner.core.workdays import DueShift
from planner.ui import labels
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
    ("10.123", "Amounts have at most 2 decimals."),
    ("1e14", "This amount is too large."),
])
def test_amount(loan_form, text, message) -> None:
    typed(loan_form.amount, text)
    assert loan_form.errors() == {"amount": message}
    assert not loan_form.save_button.isEnabled()
    assert loan_form.amount.property("error") is True
    assert loan_form.item() is None


@pytest.mark.parametrize(("currency", "text", "message"), [
    ("JPY", "1000.5", "Amounts in JPY are whole numbers."),
    ("KRW", "1000.5", "Amounts in KRW are whole numbers."),
    ("USD", "10.123", "Amounts have at most 2 decimals."),
])
def test_amount_decimals_are_the_currency_minor_unit(qtbot, currency, text, message) -> None:
    """The minor unit is the engine's (``planner.core.money``), not the form's own list."""
    form = ProductForm(Kind.LOAN, today=TODAY, currency=currency)
    qtbot.addWidget(form)
    typed(form.amount, text)
    assert form.errors().get("amount") == message
    typed(form.amount, "1000")
    assert "amount" not in form.errors()


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


def test_the_figures_show_before_the_item_is_named(qtbot) -> None:
    """What the terms cost shows as soon as they are complete (after pasting an offer the form
    showed only dashes until a name was typed); saving still waits for the name."""
    form = ProductForm(Kind.INSTALLMENT, today=TODAY)
    qtbot.addWidget(form)
    typed(form.amount, "3000")
    typed(form.term, "3")
    form.method.setCurrentIndex(form.method.findData(Method.INTEREST_FREE.value))
    assert form.figure_labels["payment"].text() == "¥1,000.00"  # 3,000 in 3, no charge
    assert not form.save_button.isEnabled() and form.item() is None
    assert form.summary.text() == "Fill in Name to save."
    typed(form.name, "phone")
    assert form.save_button.isEnabled() and form.item().name == "phone"


def test_the_title_follows_the_kind_chosen(qtbot) -> None:
    """A loan's form turned into an installment plan (by hand or by a pasted offer) was still
    titled "New loan"."""
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    names = labels.kind_names()
    assert form.windowTitle() == f"New {names[Kind.LOAN]}"
    form.kind.setCurrentIndex(form.kind.findData(Kind.INSTALLMENT.value))
    assert form.windowTitle() == f"New {names[Kind.INSTALLMENT]}"


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


@pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
def test_no_two_controls_share_an_alt_key(qtbot, kind) -> None:
    """Start date and Save once shared Alt+S; "Paste an offer" and "Notes" Alt+O: a shared
    key only moves between the two, and the one meant is never pressed."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    form = ProductForm(kind, today=TODAY)
    qtbot.addWidget(form)
    widgets = form.findChildren(QAbstractButton) + form.findChildren(QLabel) + \
        form.findChildren(QGroupBox)
    keys = []
    for widget in widgets:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        found = re.search(r"&([^&])", text or "")
        if found:
            keys.append((found.group(1).lower(), text))
    letters = [key for key, _text in keys]
    assert len(letters) == len(set(letters)), sorted(keys)


# -- the planning terms (issues 12 and 15): a due date on a day off, a prepayment penalty ------

def _row_shown(form: ProductForm, key: str) -> bool:
    return form.fields.form.isRowVisible(form.boxes[key])


def _loan_with(**terms) -> Item:
    return parse_item({"id": "car", "name": "Car", "kind": "loan", "principal": "200000",
                       "start": "2026-01-15", "term": 60, "rate": {"annual": "0.065"},
                       **terms})


@pytest.mark.parametrize("kind", list(Kind))
def test_the_planning_rows_are_offered_where_the_engine_takes_them(qtbot, kind) -> None:
    """Every kind may have its due dates moved; a card has no prepayment penalty (the engine
    refuses one); an offer, priced and not yet owed, has neither."""
    form = ProductForm(kind, today=TODAY)
    qtbot.addWidget(form)
    assert _row_shown(form, "due_shift")
    assert _row_shown(form, "prepayment_penalty") is (kind is not Kind.CARD)
    offer = ProductForm(kind, today=TODAY, offer=True)
    qtbot.addWidget(offer)
    assert not _row_shown(offer, "due_shift") and not _row_shown(offer, "prepayment_penalty")


def test_a_new_item_keeps_its_dates_and_has_no_penalty(loan_form) -> None:
    item = loan_form.item()
    assert item.due_shift is None and item.prepayment_penalty is None


@pytest.mark.parametrize(("shift", "percent", "days", "penalty"), [
    (DueShift.NEXT, "2", "", {"percent": "0.02"}),
    (DueShift.PREVIOUS, "", "30", {"days_of_interest": 30}),
    (None, "1.5", "10", {"percent": "0.015", "days_of_interest": 10}),
    (DueShift.NEXT, "", "", None),
])
def test_the_planning_terms_round_trip_through_the_form(loan_form, qtbot, shift, percent,
                                                        days, penalty) -> None:
    loan_form.due_shift.setCurrentIndex(loan_form.due_shift.findData(shift.value if shift
                                                                     else ""))
    typed(loan_form.penalty_percent, percent)
    typed(loan_form.penalty_days, days)
    assert loan_form.errors() == {}
    item = loan_form.item()
    assert item.due_shift is shift
    assert item.prepayment_penalty == parse_penalty(penalty)
    again = ProductForm(Kind.LOAN, item=item, today=TODAY)
    qtbot.addWidget(again)
    assert (again.penalty_percent.text(), again.penalty_days.text()) == (percent, days)
    assert again.errors() == {} and again.item() == item


@pytest.mark.parametrize("terms", [
    {"due_shift": "next_workday", "prepayment_penalty": {"percent": "0.03"}},
    {"due_shift": "previous_workday",
     "prepayment_penalty": {"percent": "0.01", "days_of_interest": 90}},
    {"prepayment_penalty": {"days_of_interest": 365}},
    {"prepayment_penalty": {"percent": "0"}},
    {"prepayment_mode": "lower_payment", "due_shift": "next_workday"},
])
def test_an_imported_item_is_shown_edited_and_saved_with_its_terms(qtbot, terms) -> None:
    """An item from a portfolio file, opened in the form: its terms are shown, and saved
    after another field is edited they are the same (the prepayment mode, not shown, is
    kept)."""
    item = _loan_with(**terms)
    form = ProductForm(Kind.LOAN, item=item, today=TODAY)
    qtbot.addWidget(form)
    assert form.errors() == {} and form.item() == item
    typed(form.name, "Car loan")
    assert form.item() == replace(item, name="Car loan")


def test_each_value_edited_is_saved(qtbot) -> None:
    item = _loan_with(due_shift="next_workday", prepayment_penalty={"percent": "0.02"})
    form = ProductForm(Kind.LOAN, item=item, today=TODAY)
    qtbot.addWidget(form)
    form.due_shift.setCurrentIndex(form.due_shift.findData(DueShift.PREVIOUS.value))
    typed(form.penalty_percent, "")
    typed(form.penalty_days, "45")
    saved = form.item()
    assert saved.due_shift is DueShift.PREVIOUS
    assert saved.prepayment_penalty == PenaltyRule(Decimal(0), 45)
    form.due_shift.setCurrentIndex(form.due_shift.findData(""))
    typed(form.penalty_days, "")
    assert form.item() == replace(item, due_shift=None, prepayment_penalty=None)


@pytest.mark.parametrize(("percent", "days", "message"), [
    ("25", "", "A prepayment penalty is a percentage from 0 to 20 of the amount repaid early."),
    ("-1", "", "A prepayment penalty is a percentage from 0 to 20 of the amount repaid early."),
    ("two", "", '"two" is not a number.'),
    ("", "400", "Enter a whole number from 0 to 365."),
    ("1", "2.5", "Enter a whole number from 0 to 365."),
])
def test_a_penalty_is_checked_as_it_is_typed(loan_form, percent, days, message) -> None:
    typed(loan_form.penalty_percent, percent)
    typed(loan_form.penalty_days, days)
    assert loan_form.errors() == {"prepayment_penalty": message}
    assert not loan_form.save_button.isEnabled()
    typed(loan_form.penalty_percent, "20")
    typed(loan_form.penalty_days, "365")
    assert loan_form.errors() == {}
    assert loan_form.item().prepayment_penalty == PenaltyRule(Decimal("0.2"), 365)


def test_a_card_keeps_no_penalty_typed_before_it_became_one(loan_form) -> None:
    typed(loan_form.penalty_percent, "2")
    loan_form.due_shift.setCurrentIndex(loan_form.due_shift.findData(DueShift.NEXT.value))
    loan_form.kind.setCurrentIndex(loan_form.kind.findData(Kind.CARD.value))
    assert not _row_shown(loan_form, "prepayment_penalty")
    assert loan_form.errors() == {}
    item = loan_form.item()
    assert item.prepayment_penalty is None and item.due_shift is DueShift.NEXT


def test_the_days_off_follow_the_currency(qtbot) -> None:
    cny = ProductForm(Kind.LOAN, today=TODAY, currency="CNY")
    usd = ProductForm(Kind.LOAN, today=TODAY, currency="USD")
    qtbot.addWidget(cny)
    qtbot.addWidget(usd)
    assert "调休" in cny.fields.due_shift_hint.text()
    assert "chinesecalendar" in cny.fields.due_shift_hint.text()
    assert usd.fields.due_shift_hint.text() == "Days off in USD: Saturdays and Sundays."


def test_the_planning_terms_in_chinese(qtbot) -> None:
    from planner.ui import i18n

    i18n.switch_language("zh_CN")
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    labels = {key: form.fields.field_name(key) for key in ("due_shift", "prepayment_penalty")}
    assert all(not text.isascii() for text in labels.values()), labels
    assert [form.due_shift.itemText(k) for k in range(3)] == [
        "保持原日期", "顺延至下一个工作日", "提前至上一个工作日"]
    form.name.setText("车贷")
    typed(form.penalty_percent, "25")
    assert not form.errors()["prepayment_penalty"].isascii()


def test_the_day_count_by_currency_follows_the_currency_of_a_pasted_offer(qtbot,
                                                                          monkeypatch) -> None:
    """An offer's text in another currency: the form's amounts are in it, and so is the
    day-count basis "by currency" (EUR's is actual/actual, CNY's actual/360)."""
    from PySide6.QtWidgets import QDialog

    from planner.core.daycount import DayCount
    from planner.ui.dialogs.offer_paste import OfferPasteDialog
    from planner.ui.labels import day_count_names

    names = day_count_names()
    form = ProductForm(Kind.LOAN, today=TODAY, offer=True, currency="CNY")
    qtbot.addWidget(form)
    by_currency = form.fields.rate_terms.day_count
    assert names[DayCount.ACT_360] in by_currency.itemText(0)

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText("Borrow €5,000 over 36 months at 6.9% APR")
        dialog.read()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    assert form.paste_offer()
    assert form.currency == "EUR"
    assert by_currency.currentIndex() == 0
    assert names[DayCount.ACT_ACT] in by_currency.itemText(0)
    assert form.fields.due_shift_hint.text() == "Days off in EUR: Saturdays and Sundays."


def test_the_planning_terms_are_stored_in_the_profile_and_shown_again(store_session, qtbot,
                                                                     monkeypatch) -> None:
    """Through the Loans page into the encrypted profile and back: the next edit shows what
    was stored, and undo takes it back."""
    from PySide6.QtWidgets import QDialog

    from planner.ui.pages.items_page import ItemsPage

    page = ItemsPage(store_session, Kind.LOAN)
    qtbot.addWidget(page)
    original = store_session.item("demo-car-loan")
    shown = []

    def edit(form: ProductForm) -> int:
        shown.append((form.due_shift.currentData(), form.penalty_percent.text(),
                      form.penalty_days.text()))
        form.due_shift.setCurrentIndex(form.due_shift.findData(DueShift.NEXT.value))
        typed(form.penalty_percent, "2")
        typed(form.penalty_days, "30")
        assert form.errors() == {}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductForm, "exec", edit)
    page.edit_selected()
    stored = {i.id: i for i in store_session.backend.profile.items()}["demo-car-loan"]
    assert stored == replace(original, due_shift=DueShift.NEXT,
                             prepayment_penalty=PenaltyRule(Decimal("0.02"), 30))

    def look(form: ProductForm) -> int:
        shown.append((form.due_shift.currentData(), form.penalty_percent.text(),
                      form.penalty_days.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProductForm, "exec", look)
    page.edit_selected()
    assert shown == [("", "", ""), ("next_workday", "2", "30")]
    store_session.undo_stack.undo()
    assert store_session.item("demo-car-loan") == original


def test_an_error_line_coming_and_going_moves_no_field(qtbot, monkeypatch) -> None:
    """Issue 19: an error line appearing under a field pushed the fields below it down, so a
    click aimed at one landed in another; the line's room is kept while it is hidden."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(  # closing the filled form
        lambda *a, **k: QMessageBox.StandardButton.Discard))
    form = ProductForm(Kind.LOAN, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.wait(20)
    below = form.term.mapTo(form, form.term.rect().topLeft())
    typed(form.amount, "abc")
    qtbot.wait(20)
    assert form.errors()["amount"] == '"abc" is not an amount.'
    assert form.term.mapTo(form, form.term.rect().topLeft()) == below
    typed(form.amount, "1000")
    qtbot.wait(20)
    assert "amount" not in form.errors()
    assert form.term.mapTo(form, form.term.rect().topLeft()) == below
