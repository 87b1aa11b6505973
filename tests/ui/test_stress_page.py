"""The Stress page shows the engine's score, factors and warnings, each warning with its words,
rule and "why"; the obligations chart by month and week; and the what-if side by side."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from planner.core.explain_stress import explain_score, explain_warning
from planner.core.portfolio import Item, Portfolio, parse_item
from planner.core.stress import stress_report
from planner.core.whatif import what_if
from planner.text.explain import render
from planner.ui import i18n
from planner.ui.explainers import explainer_of
from planner.ui.pages.stress_page import StressPage
from planner.ui.session import MemoryBackend, Session
from planner.ui.stress_state import stress_state
from planner.ui.stress_words import StressWords
from tests.ui.strained import AS_OF, strained_portfolio


def _page(qtbot, session) -> StressPage:
    page = StressPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_score_and_warnings_equal_the_engine(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    report = stress_report(Portfolio(session.household, session.items()), today)
    assert page.score.score.text() == str(report.score.score) == "26"
    assert page.score.band.text() == "Watch"
    assert page.score.model.rows() == list(report.score.factors)
    assert page.warnings.warnings() == list(report.warnings)
    detail = page.warnings.detail
    first = report.warnings[0]
    assert detail.title.text() == "Debt-to-income"
    assert detail.headline.text() == ("Debt payments take 47.2% of income in Dec 2026, above "
                                      "the 36% caution line.")
    assert detail.rule.text() == "Debt payments in a month above 36% of monthly income"
    names = {i.id: i.name for i in session.items()}
    assert detail.why.text() == render(explain_warning(first, names, "CNY")).splitlines()[0]


def test_choosing_a_warning_shows_it(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    page.select_warning(3)
    detail = page.warnings.detail
    assert detail.warning == page.report.warnings[3]
    assert detail.headline.text() == ("招行信用卡: true annual rate 18.24%, above the 12% "
                                      "caution line, on ¥7,100.00 owed.")
    assert detail.when.text() == "since 2026-11-05"


def test_every_warning_is_worded_in_both_languages(qtbot) -> None:
    portfolio = strained_portfolio()
    report = stress_report(portfolio, AS_OF)
    names = {i.id: i.name for i in portfolio.items}
    for language in ("en", "zh_CN"):
        i18n.switch_language(language)
        words = StressWords("CNY", names)
        for w in report.warnings:
            for text in (words.headline(w), words.rule(w, report.thresholds), words.when(w),
                         words.code_name(w.code), words.figure(w)[1], words.line(w)):
                assert text and "{" not in text, (language, w.code, text)
        if language == "zh_CN":
            assert words.code_name("debt_to_income") == "负债收入比"


def test_an_explanation_is_behind_the_score_and_each_warning(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    report = page.report
    score = explainer_of(page.score.score)
    assert score is not None
    assert score.provider() == explain_score(report.score, report.thresholds, "CNY")
    headline = explainer_of(page.warnings.detail.headline)
    names = {i.id: i.name for i in session.items()}
    assert headline.provider() == explain_warning(report.warnings[0], names, "CNY")


def test_the_chart_shows_months_or_weeks(qtbot, session) -> None:
    page = _page(qtbot, session)
    chart = page.chart
    assert chart.title == "Debt payments per month, next 36 months"
    assert len(chart.labels) == 36 and len(chart.bands) == 5  # a band per item
    lines = {line.name: line.value for line in chart.lines}
    assert lines["Caution line (36% of income)"] == Decimal(18500) * Decimal("0.36")
    page.weekly.setChecked(True)
    assert chart.title == "Debt payments per week, next 13 weeks"
    assert len(chart.labels) == 13


def test_the_charts_numbers_are_a_table_too(qtbot, session) -> None:
    """Issue 19: a chart's data reachable as a table (for a screen reader): the same amounts."""
    page = _page(qtbot, session)
    frame = page.chart_frame
    frame.toggle.click()
    model = frame.model
    assert frame.stack.currentWidget() is frame.table
    assert model.rowCount() == 36
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    total = headers.index("Total")
    first = page.report.projection.months[0]
    assert model.item(0, total).text() == f"¥{first.payments:,}"
    frame.toggle.click()
    assert frame.stack.currentWidget() is page.chart


def test_calm_household_has_no_warning(qtbot, today) -> None:
    from planner.core.portfolio import Household

    calm = Session(MemoryBackend(Portfolio(Household(monthly_income=Decimal(9000)), ())),
                   today=lambda: today)
    page = _page(qtbot, calm)
    assert page.score.score.text() == "0"
    assert page.warnings.table.isHidden() and not page.warnings.empty.isHidden()
    assert page.warnings.empty.text().startswith("No warnings")


def test_what_if_before_and_after(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    panel = page.whatif
    panel.income.setValue(-20)
    panel.rate.setValue(2)
    panel.recompute()
    expected = what_if(Portfolio(session.household, session.items()), today,
                       income_change=Decimal("-0.2"), rate_change=Decimal("0.02"))
    assert panel.result.before.score == expected.before.score
    assert panel.result.after.score == expected.after.score
    assert panel.now_value.text() == "26 · Watch"
    assert panel.after_value.text() == f"{expected.after.score.score} · Watch"
    rows = panel.model.rows()  # every warning now and after, each once, side by side
    assert all(r.before in expected.before.warnings for r in rows if r.before)
    assert len([r for r in rows if r.before]) == len(expected.before.warnings)
    assert len([r for r in rows if r.after]) == len(expected.after.warnings)
    assert all(r.after in expected.after.warnings for r in rows if r.after)
    assert "new or worse" in panel.verdict.text()


NO_VARIABLE = "No variable-rate items: a rate rise changes nothing."


def test_what_if_says_when_no_item_has_a_variable_rate(qtbot, session, today) -> None:
    page = _page(qtbot, session)  # the demo: a card, 借呗, plans and a car loan, all fixed
    panel = page.whatif
    assert not panel.rate_note.isHidden() and panel.rate_note.text().startswith(NO_VARIABLE)
    panel.rate.setValue(2)
    panel.recompute()
    assert panel.result.rate_change == Decimal("0.02") and panel.result.repriced == ()
    assert panel.result.after.score == panel.result.before.score
    assert "applies to" not in panel.verdict.text()
    assert not panel.rate_note.isHidden()


def test_what_if_a_rate_rise_moves_only_the_variable_rate_items(qtbot, today) -> None:
    import dataclasses

    from planner.core.portfolio import parse_portfolio
    from planner.ui.demo import demo_data

    portfolio = parse_portfolio(demo_data(today))
    items = tuple(dataclasses.replace(i, product=i.product.with_changes(variable_rate=True))
                  if i.id == "demo-car-loan" else i for i in portfolio.items)
    variable = Session(MemoryBackend(Portfolio(portfolio.household, items)),
                       today=lambda: today)
    panel = _page(qtbot, variable).whatif
    assert panel.rate_note.isHidden()
    panel.rate.setValue(2)
    panel.recompute()
    assert panel.result.repriced == ("demo-car-loan",)
    assert ("The rate change applies to the variable-rate items 车贷; fixed-rate items keep "
            "their rate.") in panel.verdict.text()


def test_the_no_variable_rate_note_speaks_chinese(qtbot, session) -> None:
    i18n.switch_language("zh_CN")
    panel = _page(qtbot, session).whatif
    assert panel.rate_note.text().startswith("没有浮动利率的账目：利率上升不会改变任何结果。")


def test_what_if_a_purchase(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    panel = page.whatif
    phone = parse_item({"id": "x", "name": "New phone", "kind": "installment",
                        "principal": "9000", "start": today.isoformat(), "term": 12,
                        "rate": {"monthly_fee": "0.006"}})
    panel.set_purchase(Item("what-if-purchase", phone.name, phone.product))
    assert "what-if-purchase" in panel.result.added
    assert any(ip.item_id == "what-if-purchase" for ip in panel.result.after.projection.items)
    assert panel.result.after.score.score > panel.result.before.score.score
    assert "New phone" in panel.purchase_label.text()
    panel.reset()
    assert panel.purchase is None and panel.result.after.score == panel.result.before.score


def test_a_purchase_described_in_the_form_keeps_its_due_date_shift(qtbot, session,
                                                                   monkeypatch) -> None:
    """The purchase form offers "Due on a day off": the what-if keeps the choice (its payments
    fall on the working day the lender moves them to)."""
    from PySide6.QtWidgets import QDialog

    from planner.core.workdays import DueShift
    from planner.ui.dialogs.product_form import ProductForm

    def described(form: ProductForm) -> int:
        form.name.setText("Sofa")
        form.amount.setText("6000")
        form.due_shift.setCurrentIndex(form.due_shift.findData(DueShift.NEXT.value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductForm, "exec", described)
    panel = _page(qtbot, session).whatif
    panel.describe_purchase()
    assert panel.purchase is not None and panel.purchase.due_shift is DueShift.NEXT
    assert "what-if-purchase" in panel.result.added


def test_a_large_profile_is_analysed_off_the_window_thread(qtbot, session, monkeypatch,
                                                           today) -> None:
    from planner.ui import worker as module

    monkeypatch.setattr(module, "SYNC_ITEMS", 0)
    state = stress_state(session)
    with qtbot.waitSignal(state.updated, timeout=10000):
        state.refresh()
        assert state.busy
    assert state.report().score == stress_report(Portfolio(session.household,
                                                           session.items()), today).score


def test_f1_on_a_factor_explains_that_factor_under_its_name(qtbot, session) -> None:
    """Issue 19: F1 on a factor showed the whole score under the title "Factor"."""
    from planner.ui.explainers import cell_explainer_of

    page = _page(qtbot, session)
    table = page.score.table
    index = table.model().index(0, 0)  # debt-to-income
    dialog = cell_explainer_of(table).explain(index)
    qtbot.addWidget(dialog)
    factor = page.report.score.factors[0]
    assert dialog.heading.text() == "Debt-to-income"
    assert dialog.explanation.figure == factor.points
    assert dialog.explanation.formula == "factor.debt_to_income"
