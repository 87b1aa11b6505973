"""Issue 15 in the app: paydays and spending days in Settings, reminder days and the running
app's reminder, the Overview's due-this-week list, the Payoff page's "debt-free by", and the
Stress what-if's refinance dialog -- each checked against the engine's own answer."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QMainWindow, QToolBar

from planner.core.explain_planning import explain_refinance
from planner.core.payoff import Strategy, budget_for_date
from planner.core.portfolio import Portfolio
from planner.core.refinance import refinance
from planner.text.explain import render
from planner.ui.i18n import switch_language
from planner.ui.pages.overview_page import OverviewPage
from planner.ui.pages.payoff_page import PayoffPage
from planner.ui.pages.settings_page import SettingsPage
from planner.ui.pages.stress_whatif import WhatIfPanel
from planner.ui.reminders import Reminders, due_soon


def set_rows(editor, rows: list[tuple[str, str, str, str]]) -> None:
    editor.set_schedule(())
    for row in rows:
        editor.add_rule(*row)


def test_paydays_and_a_bonus_in_settings_are_undoable(qtbot, session):
    page = SettingsPage(session)
    qtbot.addWidget(page)
    editor = page.editors["income_schedule"]
    assert not page.timed["income_schedule"].isChecked() and editor.isHidden()
    page.timed["income_schedule"].setChecked(True)
    assert editor.rows() == [("monthly", "18500.00", "1", "")]  # the figure, on the 1st
    set_rows(editor, [("semimonthly", "5500", "10, 25", "salary"),
                      ("yearly", "20000", "1-20", "年终奖")])
    assert page.apply_button.isEnabled()
    edit = page.money_fields["monthly_income"][0]
    assert edit.isReadOnly() and edit.text() == "12666.67"  # 11,000 + 20,000 / 12
    assert "¥12,666.67" in page.averages["income_schedule"].text()
    page.apply_household()
    household = session.household
    assert [f.kind.value for f in household.income_schedule] == ["semimonthly", "yearly"]
    assert household.income_schedule[0].days == (10, 25)
    assert household.monthly_income == Decimal("12666.67")
    session.undo_stack.undo()
    assert session.household.income_schedule == ()
    assert session.household.monthly_income == Decimal("18500.00")
    assert not page.timed["income_schedule"].isChecked()


def test_a_rule_that_does_not_read_names_its_row(qtbot, session):
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.timed["expense_schedule"].setChecked(True)
    set_rows(page.editors["expense_schedule"], [("monthly", "3000", "5", "rent"),
                                                ("semimonthly", "100", "10", "")])
    assert not page.apply_button.isEnabled()
    error = page.editors["expense_schedule"].error
    assert not error.isHidden() and error.text().startswith("Rule 2: ")


def test_reminder_days_are_kept_in_the_profile(qtbot, session):
    page = SettingsPage(session)
    qtbot.addWidget(page)
    assert page.reminder_days.text() == "1"  # the default: the day before
    page.reminder_days.setText("3, 1")
    page.apply_reminders()
    assert session.backend.setting("reminder_days") == [3, 1]
    page.reminder_days.setText("45")
    page.apply_reminders()
    assert session.backend.setting("reminder_days") == [3, 1]
    assert page.reminder_box.message.text() != ""
    page.notify.setChecked(False)
    assert session.backend.setting("reminder_notify") is False


def test_the_settings_speak_chinese(qtbot, session):
    switch_language("zh_CN")
    page = SettingsPage(session)
    qtbot.addWidget(page)
    assert page.timed["income_schedule"].text() == "收入在固定日期到账（发薪日、奖金）"
    page.timed["income_schedule"].setChecked(True)
    combo = page.editors["income_schedule"].table.cellWidget(0, 0)
    assert [combo.itemText(k) for k in range(combo.count())][:2] == ["每月", "每半月"]


def test_the_overview_lists_what_is_due_this_week_first(qtbot, session, today):
    page = OverviewPage(session)
    qtbot.addWidget(page)
    week = page.due_week
    expected = [u for u in session.overview().upcoming if u.date < today + timedelta(days=7)]
    assert [(u.date, u.item.id) for u in week.rows] == sorted(
        [(u.date, u.item.id) for u in expected])
    assert week.table.rowCount() == len(expected)
    layout = week.parentWidget().layout()  # first under the heading, before the tiles
    assert layout.itemAt(layout.indexOf(week) + 1).widget() is page.body
    assert isinstance(page.body.layout().itemAt(0).layout(), QGridLayout)  # the tiles
    if expected:
        assert week.table.item(0, 1).text() == sorted(expected, key=lambda u: (
            u.date, u.item.name))[0].item.name


def test_payoff_finds_the_budget_for_a_date(qtbot, session, today):
    page = PayoffPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.comparison is not None, timeout=10000)
    by = date(today.year + 2, 12, 31)
    page.inputs.by_date.setDate(by)
    page.find_budget()
    expected = budget_for_date(page.debts, by, Strategy.AVALANCHE, today)
    qtbot.waitUntil(lambda: page.inputs.budget.text() == str(expected.budget), timeout=10000)
    assert page.inputs.by_result.text().startswith("To be debt-free by ")
    assert page.by_explanation is not None and page.by_explanation.figure == expected.budget
    qtbot.waitUntil(lambda: page.plan_shown() is not None
                    and page.plan_shown().budget == expected.budget, timeout=10000)
    assert page.plan_shown().debt_free <= f"{by.year}-12"


def test_a_past_date_is_said_to_be_out_of_reach(qtbot, session, today):
    page = PayoffPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.comparison is not None, timeout=10000)
    page.inputs.by_date.setMinimumDate(page.inputs.by_date.minimumDate().addYears(-5))
    page.inputs.by_date.setDate(page.inputs.by_date.minimumDate())
    page.find_budget()
    assert "cannot be reached" in page.inputs.by_result.text()


def test_the_refinance_dialog_agrees_with_the_engine(qtbot, session, today):
    panel = WhatIfPanel(session)
    qtbot.addWidget(panel)
    dialog = panel.open_refinance()
    qtbot.addWidget(dialog)
    open_ids = [i.id for i in session.items() if i.is_open
                and i.product.currency == session.currency and i.product.kind.value != "card"]
    ids = open_ids[:2]
    dialog.choose(ids)
    assert dialog.chosen() == ids
    dialog.rate.setText("6")
    dialog.term.setValue(24)
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)
    expected = refinance(Portfolio(session.household, session.items()), today, ids,
                         {"kind": "loan", "term": 24, "rate": {"annual": "0.06"}})
    assert dialog.result_.saving == expected.saving
    assert dialog.verdict.text() == render(explain_refinance(expected)).splitlines()[0]
    assert dialog.schedule.rowCount() == 24
    assert dialog.repaid.rowCount() == 2
    assert "→" in dialog.figures["score"].text()


def test_the_refinance_dialog_says_what_is_missing(qtbot, session):
    panel = WhatIfPanel(session)
    qtbot.addWidget(panel)
    dialog = panel.open_refinance()
    qtbot.addWidget(dialog)
    dialog.compare()
    assert dialog.verdict.text() == "Tick at least one debt for the new loan to repay."
    dialog.choose([session.items()[0].id])
    dialog.rate.setText("")
    dialog.compare()
    assert dialog.verdict.text().startswith("The offer cannot be used")


def test_the_running_app_reminds_once_in_a_banner_without_a_tray(qtbot, session, today):
    session.backend.set_setting("reminder_days", [7])
    window = QMainWindow()
    qtbot.addWidget(window)
    reminders = Reminders(window, session)
    reminders.check()
    expected = due_soon(Portfolio(session.household, session.items()), today, (7,))
    assert expected, "the demo has payments due within a week"
    banner = window.findChild(QToolBar, "reminderBanner")
    assert banner is not None and not banner.isHidden()
    text = banner.findChild(type(banner.widgetForAction(banner.actions()[0])), "reminderText")
    first = next(i.name for i in session.items() if i.id == expected[0].item_id)
    assert first in text.text() and text.text().startswith("Payments due soon: ")
    assert len(reminders.told) == len(expected)
    reminders.dismiss()
    reminders.check()  # nothing new: nothing told again
    assert banner.isHidden()


def test_no_reminder_when_turned_off_or_in_the_demo(qtbot, session):
    session.backend.set_setting("reminder_notify", False)
    window = QMainWindow()
    qtbot.addWidget(window)
    Reminders(window, session).check()
    assert window.findChild(QToolBar, "reminderBanner") is None
    session.demo = True
    assert not Reminders(window, session).active


def test_the_calendar_export_carries_the_reminder_alarms(qtbot, session, tmp_path):
    import icalendar

    from planner.ui.pages.calendar_page import CalendarPage

    session.backend.set_setting("reminder_days", [2])
    page = CalendarPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.dues), timeout=10000)
    path = page.export_ics(tmp_path / "due.ics")
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert events and all([a.decoded("trigger") for a in e.walk("VALARM")]
                          == [timedelta(days=-2, hours=9)] for e in events)


def test_editing_an_item_keeps_its_due_shift_and_penalty(qtbot, session, today):
    import dataclasses

    from planner.core.portfolio import parse_penalty
    from planner.core.workdays import DueShift
    from planner.ui.dialogs.product_form import ProductForm

    item = next(i for i in session.items() if i.product.kind.value == "loan")
    marked = dataclasses.replace(item, due_shift=DueShift.NEXT,
                                 prepayment_penalty=parse_penalty({"percent": "0.01"}))
    form = ProductForm(item.product.kind, item=marked, currency=session.currency,
                       convention=session.convention, today=today)
    qtbot.addWidget(form)
    assert form.validate()
    kept = form.item()
    assert kept.due_shift is DueShift.NEXT and kept.prepayment_penalty.percent == Decimal("0.01")

