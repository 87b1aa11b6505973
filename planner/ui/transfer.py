"""Importing and exporting the portfolio JSON from the window. Reading and checking an import
runs on a worker thread with progress; the import then follows the store's one rule
(``planner.store.importexport``: items merged by id keeping their recorded payments, the
profile's own household kept), as ``planner import`` does, and lands as one undoable step."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from planner.core.errors import InputError
from planner.core.lpr import table_of
from planner.core.portfolio import (
    FORMAT,
    Portfolio,
    parse_household,
    parse_item,
    portfolio_to_json,
    upgrade,
)
from planner.store import paths
from planner.ui import folders, undo
from planner.ui.worker import Progress, Worker


def read_portfolio_file(path: Path, progress: Progress) -> object:
    """The portfolio file at ``path``, each of its items checked as the store checks them
    (reporting progress); refused (``InputError``) at the first problem."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError("format", f'must be "{FORMAT}"')
    upgraded = upgrade(data)
    household = parse_household(upgraded.get("profile", {}))
    table = table_of(household.extra)
    raw = upgraded.get("items", [])
    if not isinstance(raw, list):
        raise InputError("items", "must be a list")
    for index, entry in enumerate(raw):
        try:
            parse_item(entry, default_id=f"item-{index + 1}", lpr=table)
        except InputError as error:
            raise error.within(f"items[{index}]") from None
        progress(index + 1, len(raw))
    return data


def import_portfolio(window, path: Path | None = None) -> Worker | None:
    session = window.session
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("Transfer", "Import a portfolio"),
            folders.start_folder(window),
            QCoreApplication.translate("Transfer", "Portfolio JSON (*.json)"))
        if not name:
            return None
        folders.remember(window, name)
        path = Path(name)
    dialog = QProgressDialog(
        QCoreApplication.translate("Transfer", "Reading {name}…").format(name=path.name),
        QCoreApplication.translate("Transfer", "Cancel"), 0, 0, window)
    dialog.setMinimumDuration(300)
    worker = Worker(lambda progress: read_portfolio_file(path, progress), window)
    worker.progressed.connect(lambda done, total: (dialog.setMaximum(total),
                                                   dialog.setValue(done)))

    def done(data: object) -> None:
        from planner.store.errors import StoreError

        cancelled = dialog.wasCanceled()  # read first: closing the dialog cancels it
        dialog.close()
        if cancelled:
            return
        try:
            summary = undo.import_portfolio(session, data)
        except (InputError, StoreError) as error:
            failed(error)
            return
        message = QCoreApplication.translate(
            "Transfer", "Imported {count} items from {name}: {added} new, {replaced} brought "
            "up to date, {unchanged} unchanged.").format(
            count=summary.added + summary.replaced + summary.unchanged, name=path.name,
            added=summary.added, replaced=summary.replaced, unchanged=summary.unchanged)
        if summary.household_kept:
            message += " " + QCoreApplication.translate(
                "Transfer", "The household in the file was not taken: this profile has its "
                "own.")
        window.statusBar().showMessage(message, 15000)

    def failed(error: Exception) -> None:
        dialog.close()
        QMessageBox.warning(
            window, QCoreApplication.translate("Transfer", "Import refused"),
            QCoreApplication.translate("Transfer", "Nothing was imported from {name}: {problem}")
            .format(name=path.name, problem=str(error)))

    worker.succeeded.connect(done)
    worker.failed.connect(failed)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker


def export_portfolio(window: QWidget, path: Path | None = None) -> Path | None:
    session = window.session
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("Transfer", "Export the portfolio"),
            folders.start_path(window, "portfolio.json"),
            QCoreApplication.translate("Transfer", "Portfolio JSON (*.json)"))
        if not name:
            return None
        folders.remember(window, name)
        path = Path(name)
    portfolio = Portfolio(session.household, session.items())
    # The export holds the whole portfolio in the clear: readable by the user only.
    paths.write_private_file(path, json.dumps(portfolio_to_json(portfolio), ensure_ascii=False,
                                              indent=2).encode("utf-8"))
    window.statusBar().showMessage(QCoreApplication.translate(
        "Transfer", "Exported to {path}.").format(path=path), 6000)
    return path
