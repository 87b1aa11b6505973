"""File ▸ Export a report (PDF): the dialog offers only what can be reported, and the report is
written by a ``planner report`` child process into a PDF that holds the figures shown."""

from __future__ import annotations

import pytest

from planner.core.portfolio import Portfolio
from planner.reports import ReportKind
from planner.ui.dialogs.report_dialog import ReportDialog
from planner.ui.reporting import report_request, run_report
from tests.reports.conftest import pdf_text


def _write(qtbot, args, stdin, path):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    process = run_report(window, args, stdin, path)
    with qtbot.waitSignal(process.finished, timeout=90000):
        pass
    assert str(path) in window.statusBar().currentMessage()
    return pdf_text(path)


def test_schedule_report_of_the_selected_item(qtbot, tmp_path, session, today) -> None:
    item = next(i for i in session.items() if i.name == "车贷")
    figures = session.figures(item)
    path = tmp_path / "car.pdf"
    args, stdin = report_request(ReportKind.SCHEDULE, path, "en", today=today, item_id=item.id,
                                 portfolio=Portfolio(session.household, session.items()))
    text = _write(qtbot, args, stdin, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert "车贷" in text and f"{figures.payment:,}" in text


@pytest.mark.parametrize(("kind", "title"), [(ReportKind.COMPARE, "Offer comparison"),
                                           (ReportKind.STRESS, "Repayment stress report")])
def test_each_kind_goes_to_its_report(qtbot, tmp_path, session, today, kind, title) -> None:
    from planner.ui.pages.compare_page import ComparePage

    page = ComparePage(session)
    qtbot.addWidget(page)
    page.load_example()
    path = tmp_path / f"{kind.value}.pdf"
    args, stdin = report_request(kind, path, "en", today=today, comparison=page.comparison,
                                 portfolio=Portfolio(session.household, session.items()))
    text = _write(qtbot, args, stdin, path)
    assert title in text
    if kind is ReportKind.COMPARE:
        assert page.comparison.ranked[0].offer.name in text


def test_portfolio_report_in_chinese(qtbot, tmp_path, session, today) -> None:
    path = tmp_path / "portfolio.pdf"
    args, stdin = report_request(ReportKind.PORTFOLIO, path, "zh_CN", today=today,
                                 portfolio=Portfolio(session.household, session.items()))
    assert "车贷" in _write(qtbot, args, stdin, path)


def test_a_failed_report_says_why(qtbot, tmp_path, session, today, monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window = QMainWindow()
    qtbot.addWidget(window)
    path = tmp_path / "nowhere" / "x.txt"  # not a .pdf: the command refuses it
    args, stdin = report_request(ReportKind.STRESS, path, "en", today=today,
                                 portfolio=Portfolio(session.household, session.items()))
    process = run_report(window, args, stdin, path)
    with qtbot.waitSignal(process.finished, timeout=90000):
        pass
    assert shown and "--output" in shown[0]
    assert not path.exists()


def test_the_dialog_offers_what_can_be_reported(qtbot, session, today) -> None:
    items = list(session.items())
    dialog = ReportDialog(items, selected=items[2], can_compare=False, today=today)
    qtbot.addWidget(dialog)
    assert dialog.report_kind() is ReportKind.SCHEDULE and dialog.item_id() == items[2].id
    kinds = dialog.kind.model()
    compare = dialog.kind.findData(ReportKind.COMPARE.value)
    assert not kinds.item(compare).isEnabled()
    assert dialog.target().name == f"planner-schedule-{today.isoformat()}.pdf"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReportKind.STRESS.value))
    assert dialog.target().name == f"planner-stress-{today.isoformat()}.pdf"
    assert dialog.form.isRowVisible(dialog.item) is False
    assert dialog.lang() == "en"
