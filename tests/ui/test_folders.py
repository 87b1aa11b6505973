"""File dialogs open where the person last chose a file, else in Documents: never in the
folder the app happened to be started from."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMainWindow

from planner.ui import folders


class _Window(QMainWindow):
    def __init__(self, settings) -> None:
        super().__init__()
        self.settings = settings


def test_first_dialog_opens_in_documents_not_the_working_folder(qtbot, settings, tmp_path,
                                                                monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    window = _Window(settings)
    qtbot.addWidget(window)
    start = folders.start_folder(window)
    assert os.path.isdir(start)
    assert os.path.abspath(start) != str(tmp_path)


def test_the_folder_last_chosen_is_where_the_next_dialog_opens(qtbot, settings,
                                                               tmp_path) -> None:
    window = _Window(settings)
    qtbot.addWidget(window)
    chosen = tmp_path / "statements"
    chosen.mkdir()
    folders.remember(window, str(chosen / "bill.csv"))
    assert folders.start_folder(window) == str(chosen)
    assert folders.start_path(window, "portfolio.json") == str(chosen / "portfolio.json")
    # A remembered folder that has since gone is forgotten, not offered.
    chosen.rmdir()
    assert folders.start_folder(window) != str(chosen)
