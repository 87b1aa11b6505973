"""File ▸ Export a report (PDF): the dialog, then ``planner report`` run as a child process fed
the data on its standard input, with a busy progress dialog, so the window keeps answering.

A process, not a thread: matplotlib is not thread-safe, and a report drawn on a worker thread
while the window draws its own charts crashed the app now and then (heap corruption). The data
goes through a pipe, never a file, so nothing of the encrypted profile lands on disk in the
clear; the command line is the one ``planner report`` that the tests exercise.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from planner.core.compare import Comparison
from planner.core.portfolio import Item, Portfolio, portfolio_to_json
from planner.core.product import product_to_json
from planner.reports import ReportKind

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def report_request(kind: ReportKind, path: Path, lang: str, *, portfolio: Portfolio,
                   today: date, item_id: str | None = None,
                   comparison: Comparison | None = None) -> tuple[list[str], bytes]:
    """The ``planner report`` arguments for one report, and the JSON it reads on stdin."""
    args = ["report", "-", "--kind", kind.value, "--output", str(path), "--lang", lang,
            "--today", today.isoformat()]
    data: Any
    if kind is ReportKind.SCHEDULE:
        if item_id is None:
            raise ValueError(translate("Reporting", "This item has no schedule to report."))
        args += ["--item", item_id]
        data = portfolio_to_json(portfolio)
    elif kind is ReportKind.COMPARE:
        if comparison is None:
            raise ValueError(translate("Reporting", "Compare at least two offers first."))
        args += ["--convention", comparison.convention.value]
        data = [dict(product_to_json(r.offer.product), name=r.offer.name)
                for r in comparison.ranked]
    else:
        data = portfolio_to_json(portfolio)
    return args, json.dumps(data, ensure_ascii=False).encode("utf-8")


def planner_command() -> list[str]:
    """How to run this app's command line: the bundle's console launcher when frozen (a
    windowed executable may have no usable standard streams), else this Python."""
    if getattr(sys, "frozen", False):
        folder = os.path.dirname(sys.executable)
        for name in ("planner-cli.exe", "planner-cli"):
            if os.path.exists(os.path.join(folder, name)):
                return [os.path.join(folder, name)]
        return [sys.executable]
    return [sys.executable, "-m", "planner"]


def run_report(window, args: list[str], stdin: bytes, path: Path) -> QProcess:
    """Start the report process; a busy dialog meanwhile, then say how it went."""
    text = translate("Reporting", "Writing {name}…").format(name=path.name)
    dialog = QProgressDialog(text, "", 0, 0, window)
    dialog.setWindowTitle(translate("Reporting", "Export a report (PDF)"))
    dialog.setCancelButton(None)  # a PDF half written is no use; it takes seconds
    dialog.setMinimumDuration(200)
    command = planner_command()
    process = QProcess(window)  # a few objects per report, freed with the window
    process.setProgram(command[0])
    process.setArguments([*command[1:], *args])

    def finished(code: int, _status: QProcess.ExitStatus) -> None:
        dialog.close()
        if code == 0:
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(translate(
                    "Reporting", "Report saved to {path}.").format(path=str(path)), 8000)
        else:
            error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            problem = error.strip().splitlines()[-1] if error.strip() else str(code)
            QMessageBox.warning(window, translate("Reporting", "No report"), translate(
                "Reporting", "The report could not be written: {problem}").format(
                problem=problem.removeprefix("planner: ")))
        dialog.deleteLater()

    process.finished.connect(finished)
    process.start()
    process.write(stdin)
    process.closeWriteChannel()
    return process


def ask_report(window) -> QProcess | None:
    """The dialog over ``window``'s open session, then the report on a worker."""
    from planner.ui.dialogs.report_dialog import ReportDialog

    session = window.session
    compare = window.pages.get("compare")
    comparison = getattr(compare, "comparison", None)
    current = window.stack.currentWidget()
    selected = current.selected_item() if hasattr(current, "selected_item") else None
    items = [i for i in session.items() if session.figures(i) is not None]
    dialog = ReportDialog(items, selected=selected, can_compare=comparison is not None,
                          today=session.today(), parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    kind, path = dialog.report_kind(), dialog.target()
    item: Item | None = session.item(dialog.item_id()) if dialog.item_id() else None
    args, stdin = report_request(kind, path, dialog.lang(),
                                 portfolio=Portfolio(session.household, session.items()),
                                 today=session.today(),
                                 item_id=item.id if item is not None else None,
                                 comparison=comparison)
    return run_report(window, args, stdin, path)
