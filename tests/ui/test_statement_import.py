"""File → Import statement… (issue 11): the review model (checked by qtmodeltester), choosing
per row, differences highlighted, one undo step for the whole import, nothing recorded twice,
and the File menu entry."""

from __future__ import annotations

import json
import secrets
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from planner.core.portfolio import parse_portfolio
from planner.core.reconcile import MatchStatus
from planner.ui.dialogs.statement_dialog import ColumnsDialog, StatementDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.statement_model import CHOICES_ROLE, SKIP, StatementModel
from planner.ui.session import MemoryBackend, Session, StoreBackend
from planner.ui.statement_import import apply_review, import_statement, read_and_reconcile
from tests.statement_files import MARCH_ALIPAY, PORTFOLIO, TODAY, Txn, alipay_csv, bank_csv
from tests.ui.conftest import open_window

AS_OF = date.fromisoformat(TODAY)
#: A second 花呗 plan, due from April on like the first.
TWIN = dict(PORTFOLIO["items"][0], id="hb2", name="花呗分期 电脑", start="2026-03-01")
#: The March bill, and an April 花呗 repayment that both 花呗 plans could take.
AMBIGUOUS = Txn("2026-04-01 10:00:00", "1000.00", "不计收支", "花呗", "花呗主动还款-2026年04月账单",
                "信用借还", "余额", "还款成功", "2026040122001477010")


def _portfolio() -> dict:
    return {**PORTFOLIO, "items": [*PORTFOLIO["items"], TWIN]}


@pytest.fixture
def memory_session(qapp) -> Session:
    return Session(MemoryBackend(parse_portfolio(_portfolio())), today=lambda: AS_OF)


@pytest.fixture
def profile_session(qapp, tmp_path: Path):
    from planner.store.profile import Profile

    directory = tmp_path / "profiles" / "statements"
    directory.mkdir(parents=True)
    profile = Profile.open(directory, secrets.token_bytes(32), today=AS_OF, backup=False)
    profile.import_portfolio(json.loads(json.dumps(_portfolio())))
    yield Session(StoreBackend(profile), today=lambda: AS_OF), profile
    profile.close()


@pytest.fixture
def bill(tmp_path: Path) -> Path:
    path = tmp_path / "支付宝账单.csv"
    path.write_bytes(alipay_csv([*MARCH_ALIPAY, AMBIGUOUS]))
    return path


def _model(session: Session, bill: Path) -> StatementModel:
    review = read_and_reconcile(session, bill)
    model = StatementModel(session.items(), session.currency)
    model.set_reconciliation(review.result)
    return model


def test_the_review_model_passes_qtmodeltester(qtmodeltester, memory_session, bill):
    model = _model(memory_session, bill)
    assert model.rowCount() == 3      # the purchase and the drawdown are no repayments
    qtmodeltester.check(model, force_py=True)


def test_rows_show_status_choice_and_highlighted_differences(memory_session, bill):
    model = _model(memory_session, bill)
    column = StatementModel.Column
    by_line = {model.row_at(r).match.row.line: r for r in range(model.rowCount())}
    car = by_line[21]

    def text(row: int, col: int) -> str:
        return model.data(model.index(row, col))

    assert text(car, column.STATUS) == "Matched"
    assert text(car, column.RECORD_TO) == "车贷 (car)"
    assert text(car, column.DIFFERENCE) == "+¥12.40"
    assert model.data(model.index(car, column.DIFFERENCE), Qt.ItemDataRole.BackgroundRole)
    plain = by_line[19]
    assert text(plain, column.DIFFERENCE) == ""
    assert model.data(model.index(plain, column.DIFFERENCE),
                      Qt.ItemDataRole.BackgroundRole) is None
    twin = by_line[23]
    assert text(twin, column.STATUS) == "Ambiguous" and text(twin, column.RECORD_TO) == "Skip"
    tip = model.data(model.index(twin, column.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "花呗分期 手机 (hb)" in tip and "花呗分期 电脑 (hb2)" in tip
    # The candidates are offered first, after Skip.
    choices = model.data(model.index(twin, column.RECORD_TO), CHOICES_ROLE)
    assert [value for value, _label in choices[:3]] == [SKIP, "hb", "hb2"]
    assert model.flags(model.index(twin, column.RECORD_TO)) & Qt.ItemFlag.ItemIsEditable


def test_choosing_per_row(memory_session, bill):
    model = _model(memory_session, bill)
    column = StatementModel.Column.RECORD_TO
    lines = [m.row.line for m, _item in model.chosen()]
    assert lines == [19, 21]
    twin = next(r for r in range(model.rowCount()) if model.row_at(r).match.row.line == 23)
    assert model.setData(model.index(twin, column), "hb2")
    assert not model.setData(model.index(twin, column), "no-such-item")
    car = next(r for r in range(model.rowCount()) if model.row_at(r).match.row.line == 21)
    assert model.setData(model.index(car, column), SKIP)
    assert [(m.row.line, item) for m, item in model.chosen()] == [(19, "hb"), (23, "hb2")]


def test_the_dialog_counts_what_it_will_record_and_shows_proposed_draws(qtbot, memory_session,
                                                                        bill):
    review = read_and_reconcile(memory_session, bill)
    dialog = StatementDialog(review.result, memory_session.items(), "CNY", bill.name)
    qtbot.addWidget(dialog)
    assert dialog.apply_button.text() == "Record 2 payments"
    twin = next(r for r in range(dialog.model.rowCount())
                if dialog.model.row_at(r).match.status is MatchStatus.AMBIGUOUS)
    dialog.model.setData(dialog.model.index(twin, StatementModel.Column.RECORD_TO), "hb")
    assert dialog.apply_button.text() == "Record 3 payments"
    label = dialog.findChild(QLabel, "proposedDraws")
    assert label is not None and "借呗" in label.text() and "line 22" in label.text()


def test_the_whole_import_is_one_undo_step_in_the_store(profile_session, bill):
    session, profile = profile_session
    review = read_and_reconcile(session, bill)
    model = StatementModel(session.items(), session.currency)
    model.set_reconciliation(review.result)
    command = apply_review(session, review, model.chosen())
    assert command is not None and session.undo_stack.count() == 1
    assert command.text() == "Import 2 payments from 支付宝账单.csv"
    assert Decimal("1012.40") in [p.amount for p in profile.item("car").payments]
    assert len(profile.item("hb").payments) == 1
    keys = [m.key for m, _item in model.chosen()]
    assert set(profile.imported_statement_keys(keys)) == set(keys)
    # Read again: the recorded rows are recorded before, nothing to record twice.
    again = read_and_reconcile(session, bill)
    assert again.result.duplicates == 2 and again.result.to_record == ()
    session.undo_stack.undo()
    assert profile.item("car").payments == () and profile.item("hb").payments == ()
    assert profile.imported_statement_keys(keys) == {}
    assert session.item("car").payments == ()
    session.undo_stack.redo()
    assert len(profile.item("car").payments) == 1
    assert set(profile.imported_statement_keys(keys)) == set(keys)


def test_an_overpayment_is_refused_naming_the_line_and_nothing_is_recorded(memory_session,
                                                                            tmp_path):
    huge = replace(MARCH_ALIPAY[2], amount="99999.00", txn_id="X1")
    path = tmp_path / "huge.csv"
    path.write_bytes(alipay_csv([MARCH_ALIPAY[0], huge]))
    review = read_and_reconcile(memory_session, path)
    chosen = [(m, "car" if m.row.line == 20 else m.item_id) for m in review.result.matches]
    with pytest.raises(ValueError, match=r"^huge.csv, line 20: 车贷: "):
        apply_review(memory_session, review, chosen)
    assert memory_session.undo_stack.count() == 0
    assert memory_session.item("hb").payments == ()


def test_csv_columns_are_asked_for_and_remembered(qtbot, memory_session, tmp_path):
    header = ["A", "B", "C", "D"]
    path = tmp_path / "bank.csv"
    path.write_bytes(bank_csv(header, [["2026-03-10", "招商银行 车贷还款", "-1000.00", "-1"]]))
    window = _window(qtbot, memory_session)
    asked = []

    def choose_amount(dialog: QDialog) -> bool:
        assert isinstance(dialog, ColumnsDialog)
        asked.append(dialog)
        combo = dialog.combos["amount"]
        combo.setCurrentIndex(combo.findData("C"))
        return True

    command = import_statement(window, path, review=lambda dialog: True,
                               ask_columns=choose_amount)
    assert len(asked) == 1 and command is not None
    assert [p.amount for p in memory_session.item("car").payments] == [Decimal("1000.00")]
    later = tmp_path / "bank-april.csv"
    later.write_bytes(bank_csv(header, [["2026-04-10", "招商银行 车贷还款", "-1000.00", "-1"]]))
    assert import_statement(window, later, review=lambda dialog: True,
                            ask_columns=choose_amount) is not None
    assert len(asked) == 1          # remembered: not asked again


def test_an_unreadable_file_says_why_and_records_nothing(qtbot, memory_session, tmp_path,
                                                         monkeypatch):
    data = alipay_csv(MARCH_ALIPAY)
    path = tmp_path / "cut.csv"
    path.write_bytes(data[:data.index("借呗放款".encode("gbk"))])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    window = _window(qtbot, memory_session)
    assert import_statement(window, path, review=lambda dialog: True) is None
    assert shown and "cut.csv, line 22" in shown[0]
    assert memory_session.undo_stack.count() == 0


def _window(qtbot, session) -> MainWindow:
    from PySide6.QtCore import QSettings

    window = MainWindow(QSettings())
    qtbot.addWidget(window)
    window.session = session
    return window


def test_file_menu_has_import_statement(qtbot, settings, memory_session, bill, monkeypatch):
    window = open_window(qtbot, settings, memory_session)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Import a &statement…" in texts
    monkeypatch.setattr("planner.ui.statement_import.QFileDialog.getOpenFileName",
                        lambda *args, **kw: (str(bill), ""))
    monkeypatch.setattr(StatementDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.actions.import_statement.trigger()
    assert memory_session.undo_stack.count() == 1
    assert len(memory_session.item("hb").payments) == 1
    window.actions.undo.trigger()
    assert memory_session.item("hb").payments == ()
