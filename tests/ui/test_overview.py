"""The overview adds up the household's position from the engine: what is owed, due this and
next month, the debt-free date, the next 30 days, and warns about money overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from planner.core.portfolio import Portfolio, Status
from planner.core.stress import stress_report
from planner.core.tracking import track
from planner.ui.pages.overview_page import OverviewPage
from planner.ui.stress_words import StressWords


def test_totals_come_from_tracking(qtbot, session, today) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    view = session.overview()
    card = next(i for i in session.items() if i.product.kind.value == "card")
    # the card's statement of 8,600 less the 1,500 paid before its due date
    assert track(card, today).remaining_principal == Decimal("7100.00")
    expected = sum((track(i, today).remaining_principal for i in session.items()), Decimal(0))
    assert view.total_owed == expected
    assert page.tiles["owed"].value.text() == f"¥{expected:,.2f}"
    assert view.debt_free == max(session.figures(i).schedule.last_date for i in session.items())


def test_next_30_days_lists_each_payment_once_in_date_order(qtbot, session, today) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    upcoming = session.overview().upcoming
    assert [u.date for u in upcoming] == sorted(u.date for u in upcoming)
    assert all(today <= u.date <= today + timedelta(days=30) for u in upcoming)
    assert len({u.item.id for u in upcoming}) == len(upcoming) == 5
    assert page.upcoming_model.rowCount() == 5


def test_next_month_sums_every_open_item(session) -> None:
    view = session.overview()
    assert view.next_month == sum((a[1] for _, a in view.by_item), Decimal(0))
    assert len(view.months) == 24


def test_an_unpaid_installment_becomes_a_warning(qtbot, session) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    assert page.warnings.isHidden()  # no money overdue: the stress warnings stand alone
    laptop = session.item("demo-baitiao-laptop")
    session.apply(laptop, replace(laptop, payments=laptop.payments[:-1]))
    assert not page.warnings.isHidden()
    assert "白条分期 · 笔记本电脑: ¥714.57 was due on" in page.warnings.text()
    assert page.warnings.text().count("•") == 1
    assert len(page.alerts.texts()) == 3  # and the stress warnings still follow


def test_the_most_severe_stress_warnings_are_shown(qtbot, session, today) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    report = stress_report(Portfolio(session.household, session.items()), today)
    words = StressWords("CNY", {i.id: i.name for i in session.items()})
    assert page.alerts.texts() == [words.headline(w) for w in report.warnings[:3]]
    assert page.alerts.texts()[0].startswith("Debt payments take 47.2% of income")
    assert page.alerts.chips[0].text() == "Caution"
    assert "Stress score 26 of 100: Watch" in page.alerts.score.text()
    assert "and 1 more on the Stress page" in page.alerts.more.text()


def test_a_calm_household_is_told_so(qtbot, session) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    household = replace(session.household, monthly_income=Decimal(90000),
                        extra={"thresholds": {"apr_cap": "0.5"}})
    session.apply_household(household)
    assert page.alerts.texts() == []
    assert not page.warnings.isHidden()
    assert page.warnings.text() == "Nothing needs your attention right now."


def test_a_paid_off_item_leaves_the_totals(session) -> None:
    before = session.overview()
    loan = session.item("demo-car-loan")
    session.apply(loan, replace(loan, status=Status.PAID_OFF))
    after = session.overview()
    assert after.total_owed < before.total_owed
    assert all(item.id != loan.id for item, _ in after.by_item)


def test_each_tile_explains_its_own_figure(qtbot, session) -> None:
    from planner.ui.explainers import explainer_of
    from planner.ui.i18n import Formatter

    page = OverviewPage(session)
    qtbot.addWidget(page)
    view = session.overview()
    income = session.household.monthly_income
    expected = {"owed": view.total_owed, "this_month": view.this_month,
                "next_month": view.next_month, "debt_free": view.debt_free,
                "share": view.next_month / income}
    for key, value in expected.items():
        dialog = explainer_of(page.tiles[key].value).explain()
        qtbot.addWidget(dialog)
        assert dialog.explanation.figure == value, key
        assert dialog.heading.text() == page.tiles[key].caption.text()
        # issue 19: the tile and its explanation show the figure in one format (47.2%, not 47%)
        assert dialog.value.text() == page.tiles[key].value.text(), key
        dialog.close()
    share = page.explanation("share").figure
    assert page.tiles["share"].value.text() == Formatter().ratio(share)


def test_the_tile_explanations_add_up_item_by_item(qtbot, session) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    view = session.overview()
    owed = page.explanation("owed")
    assert sum((s.values["owed"] for s in owed.steps), Decimal(0)) == view.total_owed
    assert {s.values["item"] for s in owed.steps} == \
        {i.name for i, amount in view.owed_by_item if amount}
    due = page.explanation("next_month")
    assert [(s.values["item"], s.values["due"]) for s in due.steps] == \
        [(i.name, a[1]) for i, a in view.by_item if a[1]]
    assert due.values["month"] == view.months[1].strftime("%Y-%m")
    last = page.explanation("debt_free")
    assert last.values["item"] == "车贷" and last.steps[0].values["last_date"] == view.debt_free
    share = page.explanation("share")
    assert (share.values["payments"], share.values["income"]) == \
        (view.next_month, session.household.monthly_income)


def test_a_click_on_a_tile_opens_its_explanation(qtbot, session) -> None:
    from PySide6.QtCore import Qt

    from planner.ui.dialogs.explain_dialog import ExplainDialog

    page = OverviewPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.tiles["owed"].value, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(ExplainDialog)
    assert len(dialogs) == 1
    assert "the principal still to repay on each of the 5 open items" in dialogs[0].text()


def test_without_income_the_share_is_explained_as_missing(qtbot, session) -> None:
    page = OverviewPage(session)
    qtbot.addWidget(page)
    session.apply_household(replace(session.household, monthly_income=Decimal(0)))
    assert page.tiles["share"].value.text() == "—"
    share = page.explanation("share")
    assert share.figure is None and share.formula == "overview.income_share.no_income"


def test_without_income_the_app_asks_for_it_instead_of_scoring(qtbot, session) -> None:
    """Issue 19: with no income the app showed "Stress score 71: Strained" and cash running
    out by the whole of the payments; it now asks for the income, and keeps only the
    warnings that do not weigh payments against it."""
    from planner.ui.pages.stress_page import StressPage
    from planner.ui.stress_state import INCOME_CODES

    session.apply_household(replace(session.household, monthly_income=Decimal(0)))
    page = OverviewPage(session)
    qtbot.addWidget(page)
    score_line = page.alerts.score.text()
    assert "enter your monthly income in Settings" in score_line and "Stress score" not in \
        score_line
    report = page.stress.report()
    assert report.warnings and not any(w.code in INCOME_CODES for w in report.warnings)
    stress = StressPage(session)
    qtbot.addWidget(stress)
    assert stress.score.score.text() == "—" and stress.score.band.text() == "Needs your income"
    assert "No income is recorded" in stress.status.text()


def test_a_cards_payment_in_the_due_lists_says_it_is_the_plan(qtbot, session) -> None:
    """The Overview lists a card's planned payment (¥1,500.00 in the demo) where the Cards
    page shows its minimum due as the next payment: the row says which is which."""
    from PySide6.QtCore import Qt

    from planner.ui.models.upcoming_model import UpcomingModel

    page = OverviewPage(session)
    qtbot.addWidget(page)
    model = page.upcoming_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).item.product.kind.value == "card")
    card = model.row_at(row)
    position = next(p for p in session.positions() if p.item.id == card.item.id)
    assert card.minimum == position.next_amount and card.date == position.next_date
    tip = model.index(row, UpcomingModel.Column.AMOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert "¥1,500.00" in tip and f"¥{position.next_amount:,}" in tip
