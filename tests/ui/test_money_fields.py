"""Every money field outside the product form takes its decimals from the currency's minor unit
in the engine (``planner.core.money``), not from a "two decimals" of its own: the household's
figures and the stress line in Settings (the household's currency), the Payoff page's budget
and extra payments, and the prepayment what-if (the item's currency). Each says so in the words
the product form and the payment dialog use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.core.figures import analyse
from planner.core.portfolio import Household, Portfolio
from planner.core.product import parse_product
from planner.ui.dialogs.fields import amount_problem
from planner.ui.pages.payoff_inputs import PayoffInputs
from planner.ui.pages.prepayment_panel import PrepaymentPanel
from planner.ui.pages.settings_page import SettingsPage
from planner.ui.session import MemoryBackend, Session

TODAY = date(2026, 11, 28)
WHOLE_YEN = "Amounts in JPY are whole numbers."


def household_session(currency: str) -> Session:
    household = Household(currency=currency, monthly_income=Decimal(5000))
    return Session(MemoryBackend(Portfolio(household, ())), today=lambda: TODAY)


def test_the_message_follows_the_currency_minor_unit() -> None:
    assert amount_problem(Decimal("100.5"), "JPY") == WHOLE_YEN
    assert amount_problem(Decimal("100.5"), "KRW") == "Amounts in KRW are whole numbers."
    assert amount_problem(Decimal("1.001"), "USD") == "Amounts have at most 2 decimals."
    for number, currency in (("100", "JPY"), ("100.0", "JPY"), ("100.50", "USD"), ("0", "JPY")):
        assert amount_problem(Decimal(number), currency) is None


def test_household_amounts_in_yen_are_whole(qtbot) -> None:
    session = household_session("JPY")
    page = SettingsPage(session)
    qtbot.addWidget(page)
    edit, box = page.money_fields["monthly_income"]
    edit.setText("100.5")
    assert box.error == WHOLE_YEN
    assert not page.apply_button.isEnabled()
    edit.setText("100")
    assert box.error == ""
    assert page.apply_button.isEnabled()
    page.apply_household()
    assert session.household.monthly_income == Decimal(100)
    assert session.household.monthly_income.as_tuple().exponent == 0


def test_a_household_amount_too_large_is_refused_not_a_crash(qtbot) -> None:
    """'1e40' passed the checks and Apply then failed to round it (decimal.InvalidOperation);
    it is refused in the field, in the words of every money field, and nothing changes."""
    session = household_session("CNY")
    page = SettingsPage(session)
    qtbot.addWidget(page)
    edit, box = page.money_fields["monthly_income"]
    edit.setText("1e40")
    assert box.error == "This amount is too large."
    assert not page.apply_button.isEnabled()
    page.apply_household()
    assert session.household.monthly_income == Decimal(5000)


def test_household_amounts_in_dollars_take_cents(qtbot) -> None:
    session = household_session("USD")
    page = SettingsPage(session)
    qtbot.addWidget(page)
    edit, box = page.money_fields["monthly_income"]
    edit.setText("100.50")
    assert box.error == "" and page.apply_button.isEnabled()
    page.apply_household()
    assert session.household.monthly_income == Decimal("100.50")
    edit.setText("100.505")
    assert box.error == "Amounts have at most 2 decimals."


@pytest.mark.parametrize(("currency", "fine", "refused"), [
    ("JPY", "100", WHOLE_YEN),
    ("USD", "100.50", "Amounts have at most 2 decimals."),
])
def test_the_cash_line_in_the_household_currency(qtbot, currency, fine, refused) -> None:
    page = SettingsPage(household_session(currency))
    qtbot.addWidget(page)
    edit, box = page.thresholds.edits["cash_floor"]
    edit.setText("100.5" if currency == "JPY" else "100.505")
    assert box.error == refused
    assert not page.thresholds.apply_button.isEnabled()
    edit.setText(fine)
    assert box.error == ""
    assert page.thresholds.mapping() == {"cash_floor": fine}
    edit.setText("abc")
    assert box.error == "Enter an amount."


def test_a_payoff_budget_in_yen_is_whole(qtbot) -> None:
    inputs = PayoffInputs("JPY")
    qtbot.addWidget(inputs)
    inputs.budget.setText("100.5")
    assert inputs.budget_box.error == WHOLE_YEN
    assert inputs.budget_value() is None
    inputs.budget.setText("100")
    assert inputs.budget_box.error == ""
    assert inputs.budget_value() == Decimal(100)
    inputs.budget.setText("0")
    assert inputs.budget_box.error == "Enter an amount above zero."
    inputs.extra_amount.setText("100.5")
    inputs.add_extra()
    assert inputs.extra_box.error == WHOLE_YEN
    assert inputs.extra_payments() == []
    inputs.extra_amount.setText("100")
    inputs.add_extra()
    assert inputs.extra_box.error == ""
    assert [e.amount for e in inputs.extra_payments()] == [Decimal(100)]


def test_a_payoff_budget_in_dollars_takes_cents(qtbot) -> None:
    inputs = PayoffInputs("USD")
    qtbot.addWidget(inputs)
    inputs.budget.setText("100.50")
    assert inputs.budget_box.error == ""
    assert inputs.budget_value() == Decimal("100.50")
    inputs.budget.setText("100.505")
    assert inputs.budget_box.error == "Amounts have at most 2 decimals."


def test_a_prepayment_of_a_yen_loan_is_whole(qtbot) -> None:
    loan = parse_product({"kind": "loan", "currency": "JPY", "principal": "1200000",
                          "start": "2026-01-10", "term": 24, "rate": {"annual": "0.03"}})
    panel = PrepaymentPanel()
    qtbot.addWidget(panel)
    panel.set_figures(analyse(loan), TODAY)
    panel.amount.setText("100000.5")
    panel.compute()
    assert panel.amount_box.error == WHOLE_YEN
    assert panel.result is None
    panel.amount.setText("100000")
    panel.compute()
    assert panel.amount_box.error == ""
    assert panel.result is not None
