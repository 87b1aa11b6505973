"""Compare, settings, the prepayment what-if, import and export, and background recomputing."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from planner.core.convention import Convention
from planner.core.portfolio import Portfolio, parse_portfolio, portfolio_to_json
from planner.core.product import Repayment
from planner.core.schedule import PrepaymentMode, build_schedule
from planner.ui.i18n import to_qdate
from planner.ui.main_window import MainWindow
from planner.ui.pages.compare_page import ComparePage
from planner.ui.pages.item_detail import ItemDetail
from planner.ui.pages.settings_page import SettingsPage
from planner.ui.transfer import export_portfolio, import_portfolio


def test_compare_ranks_the_example_cheapest_first(qtbot, session) -> None:
    page = ComparePage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    assert "at least two" in page.verdict.text()
    page.load_example()
    ranked = page.comparison.ranked
    assert [r.rank for r in ranked] == [1, 2, 3]
    aprs = [r.figures.apr.rate for r in ranked]
    assert aprs == sorted(aprs)
    assert ranked[-1].offer.name == "Card installment, 0.6% a month fee"  # 13.03% beats nothing
    assert page.model.rowCount() == 3 and page.list.count() == 3
    page.convention.setCurrentIndex(page.convention.findData(Convention.EU_APRC.value))
    assert page.comparison.convention is Convention.EU_APRC
    page.list.setCurrentRow(0)
    page.remove_offer()
    assert page.model.rowCount() == 2


def test_household_edit_is_undoable(qtbot, session) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    edit, box = page.money_fields["monthly_income"]
    edit.setText("abc")
    assert box.message.text() == "Enter an amount of zero or more."
    assert not page.apply_button.isEnabled()
    edit.setText("20000")
    page.apply_household()
    assert session.household.monthly_income == Decimal("20000.00")
    session.undo_stack.undo()
    assert session.household.monthly_income == Decimal("18500.00")
    assert edit.text() == "18500.00"


def test_default_convention_recomputes_every_item(qtbot, session) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    loan = session.item("demo-car-loan")
    before = session.figures(loan).apr.convention
    with qtbot.waitSignal(session.figures_updated, timeout=10000):
        page.convention.setCurrentIndex(page.convention.findData(Convention.EU_APRC.value))
    assert before is Convention.CN_IRR
    assert session.figures(loan).apr.convention is Convention.EU_APRC


def test_prepayment_what_if_matches_the_engine(qtbot, session, today) -> None:
    detail = ItemDetail()
    qtbot.addWidget(detail)
    position = next(p for p in session.positions() if p.item.id == "demo-car-loan")
    detail.show_position(position, today)
    panel = detail.prepayment
    panel.amount.setText("20000")
    panel.date.setDate(to_qdate(date(2027, 1, 5)))
    panel.mode.setCurrentIndex(panel.mode.findData(PrepaymentMode.SHORTEN_TERM.value))
    product = position.item.product
    schedule = build_schedule(product, extra=[Repayment(date(2027, 1, 5), Decimal("20000"))],
                              mode=PrepaymentMode.SHORTEN_TERM)
    original = session.figures(position.item)
    assert panel.result.schedule == schedule
    saved = original.total_cost - panel.result.total_cost
    assert saved > 0
    assert f"¥{saved:,.2f}" in panel.outcome.text()
    panel.amount.setText("0")
    assert panel.amount_box.message.text() == "Enter an amount above zero."
    assert panel.result is None


def test_export_then_import_round_trips_changing_nothing(qtbot, session, settings,
                                                        tmp_path) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(session)
    path = export_portfolio(window, tmp_path / "out.json")
    exported = parse_portfolio(json.loads(path.read_text(encoding="utf-8")))
    assert exported == Portfolio(session.household, session.items())
    items = session.items()
    import_portfolio(window, path)
    with qtbot.waitSignal(session.items_changed, timeout=10000):
        pass
    # The store's one rule (issue 13): same ids, the same items -- nothing duplicated, nothing
    # changed, nothing to undo. (This used to import every item again under a new id.)
    assert session.items() == items
    assert "0 new, 0 brought up to date, 5 unchanged" in window.statusBar().currentMessage()
    assert session.undo_stack.count() == 0


def test_a_refused_import_changes_nothing(qtbot, session, settings, tmp_path,
                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(session)
    data = portfolio_to_json(Portfolio(session.household, session.items()))
    data["items"][2]["term"] = 0
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: messages.append(text)))
    import_portfolio(window, path)
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "items[2].term" in messages[0]
    assert len(session.items()) == 5 and session.undo_stack.count() == 0


def test_recomputing_a_large_profile_runs_on_a_worker_and_reports_progress(
        qtbot, session, monkeypatch) -> None:
    from planner.ui import session as session_module

    monkeypatch.setattr(session_module, "SYNC_ITEMS", 2)  # the demo's 5 items count as many
    progress = []
    session.recompute_progressed.connect(lambda done, total: progress.append((done, total)))
    session.apply(session.item("demo-card-cmb"),
                  replace(session.item("demo-card-cmb"), notes="checked"))
    with qtbot.waitSignal(session.figures_updated, timeout=10000):
        session.recompute_all()
        assert session.recomputing
    assert progress[-1] == (5, 5)


def test_a_household_sized_profile_is_analysed_at_once(qtbot, session) -> None:
    """Issue 14: five items are analysed on the spot (a worker thread would only add its
    start-up and analyse again what the page on screen already worked out)."""
    progress = []
    session.recompute_progressed.connect(lambda done, total: progress.append((done, total)))
    session.recompute_all()
    assert not session.recomputing and progress[-1] == (5, 5)
    assert all(session.figures(i) is not None for i in session.items())


def test_back_up_now_writes_a_backup_of_the_real_profile(qtbot, store_session) -> None:
    page = SettingsPage(store_session)
    qtbot.addWidget(page)
    profile = store_session.backend.profile
    assert "Encrypted profile:" in page.data_label.text()
    before = len(profile.backups())
    page.back_up()
    assert len(profile.backups()) == before + 1
    assert "1 backups" in page.data_label.text() or "backups;" in page.data_label.text()


def test_the_demo_says_nothing_is_kept(qtbot, session) -> None:
    session.demo = True
    page = SettingsPage(session)
    qtbot.addWidget(page)
    assert "demo" in page.data_label.text() and not page.backup_button.isEnabled()
