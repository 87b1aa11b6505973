"""File → Import statement…: read an Alipay or WeChat Pay bill, a bank or card CSV or an OFX
file, reconcile it with the plan (:mod:`planner.core.reconcile`), let the person review every
repayment, and record the chosen ones as ONE undoable step (payments added to their items, the
rows' keys kept in the profile so the same rows are never recorded twice).

A bank CSV whose columns cannot be guessed asks for them; the columns used are remembered for
files with the same header once an import is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from planner.core.errors import InputError
from planner.core.portfolio import Item, Payment, Status
from planner.core.reconcile import Reconciliation, RowMatch, reconcile
from planner.core.statement import row_keys
from planner.core.tracking import check_payment, track
from planner.store.statements import (
    COLUMNS_SETTING,
    ColumnMap,
    ColumnsNeeded,
    StatementError,
    StatementFile,
    read_statement_file,
)
from planner.store.statements.imported import ImportedPayment
from planner.ui import folders
from planner.ui.session import Session

translate = QCoreApplication.translate


@dataclass(frozen=True)
class StatementReview:
    """A statement read and reconciled, ready for the person to review."""

    path: Path
    read: StatementFile
    result: Reconciliation


def _profile(session: Session) -> Any:
    """The open store profile behind the session (None for the demo, kept in memory)."""
    profile = getattr(session.backend, "profile", None)
    return profile if hasattr(profile, "imported_statement_keys") else None


def read_and_reconcile(session: Session, path: Path,
                       columns: ColumnMap | None = None) -> StatementReview:
    """Read ``path`` and match it with the session's items (raises StatementError)."""
    remembered = session.backend.setting(COLUMNS_SETTING, {}) or {}
    read = read_statement_file(path, columns=columns,
                               remembered=remembered if isinstance(remembered, dict) else {})
    profile = _profile(session)
    imported = (profile.imported_statement_keys(row_keys(read.statement))
                if profile is not None else {})
    result = reconcile(read.statement, session.items(), session.today(), imported=imported)
    return StatementReview(path, read, result)


class StatementImportCommand(QUndoCommand):
    """The whole import: every item that gains payments, and the rows' keys in the store."""

    def __init__(self, session: Session, changes: Sequence[tuple[Item, Item]],
                 entries: Sequence[ImportedPayment], source: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.changes = list(changes)
        self.entries = list(entries)
        self.source = source

    def redo(self) -> None:
        for before, after in self.changes:
            self.session.apply(before, after)
        profile = _profile(self.session)
        if profile is not None:
            profile.remember_statement_keys(self.source, self.entries)

    def undo(self) -> None:
        for before, after in reversed(self.changes):
            self.session.apply(after, before)
        profile = _profile(self.session)
        if profile is not None:
            profile.forget_statement_keys([e.key for e in self.entries])


def apply_review(session: Session, review: StatementReview,
                 chosen: Sequence[tuple[RowMatch, str]]) -> StatementImportCommand | None:
    """Record ``chosen`` (rows and the item each pays) as one undo step. Each payment is
    checked as one typed in is (more than everything owed is refused, naming the row's line,
    and nothing is recorded); an item it pays off is marked paid off."""
    name = review.path.name
    by_item: dict[str, list[RowMatch]] = defaultdict(list)
    for match, item_id in chosen:
        by_item[item_id].append(match)
    changes = []
    entries = []
    for item_id, matches in by_item.items():
        before = session.item(item_id)
        if before is None:
            continue
        after = before
        for match in sorted(matches, key=lambda m: (m.row.date, m.row.line)):
            try:
                check_payment(after, match.row.date, match.row.amount)
            except InputError as error:
                raise InputError(f"{name}, line {match.row.line}",
                                 f"{before.name}: {error.problem}") from None
            payment = Payment(match.row.date, match.row.amount)
            after = replace(after, payments=tuple(sorted((*after.payments, payment),
                                                         key=lambda p: p.date)))
            entries.append(ImportedPayment(match.key, item_id, match.row.date,
                                           match.row.amount, match.row.line))
        if before.status is Status.ACTIVE and track(after, max(
                p.date for p in after.payments)).settled:
            after = replace(after, status=Status.PAID_OFF)
        changes.append((before, after))
    if not changes:
        return None
    command = StatementImportCommand(
        session, changes, entries, review.read.statement.source,
        translate("StatementImport", "Import {count} payments from {name}").format(
            count=len(entries), name=name))
    session.undo_stack.push(command)
    columns = review.read.columns
    if columns is not None:  # confirmed by recording: remembered for this header
        stored = session.backend.setting(COLUMNS_SETTING, {}) or {}
        stored = dict(stored) if isinstance(stored, dict) else {}
        stored[columns.signature] = columns.columns.to_json()
        session.backend.set_setting(COLUMNS_SETTING, stored)
    return command


def import_statement(window: QWidget, path: Path | None = None, *,
                     review: Callable[[QDialog], bool] | None = None,
                     ask_columns: Callable[[QDialog], bool] | None = None
                     ) -> StatementImportCommand | None:
    """The menu's slot. ``review`` and ``ask_columns`` show a dialog and say whether it was
    accepted (default: run it); tests answer for the person."""
    from planner.ui.dialogs.statement_dialog import ColumnsDialog, StatementDialog

    def run(dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    session = window.session
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, translate("StatementImport", "Import a statement"),
            folders.start_folder(window),
            translate("StatementImport",
                      "Statements (*.csv *.txt *.xlsx *.ofx *.qfx);;All files (*)"))
        if not name:
            return None
        folders.remember(window, name)
        path = Path(name)
    columns = None
    while True:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = read_and_reconcile(session, path, columns)
        except ColumnsNeeded as error:
            QApplication.restoreOverrideCursor()
            ask = ColumnsDialog(path.name, error.header, error.problem, window)
            if not (ask_columns or run)(ask):
                return None
            columns = ask.columns()
            continue
        except StatementError as error:
            QApplication.restoreOverrideCursor()
            _refused(window, path, str(error))
            return None
        QApplication.restoreOverrideCursor()
        break
    if not found.result.matches and not found.result.proposals:
        QMessageBox.information(
            window, translate("StatementImport", "Import a statement"),
            translate("StatementImport", "{name}: {rows} rows, none of them a repayment.")
            .format(name=path.name, rows=found.result.rows))
        return None
    dialog = StatementDialog(found.result, session.items(), session.currency, path.name,
                             window)
    if not (review or run)(dialog):
        return None
    try:
        command = apply_review(session, found, dialog.chosen())
    except InputError as error:
        _refused(window, path, str(error))
        return None
    if command is not None:
        window.statusBar().showMessage(command.text(), 6000)
    return command


def _refused(window: QWidget, path: Path, problem: str) -> None:
    QMessageBox.warning(
        window, translate("StatementImport", "Import refused"),
        translate("StatementImport", "Nothing was recorded from {name}: {problem}").format(
            name=path.name, problem=problem))
