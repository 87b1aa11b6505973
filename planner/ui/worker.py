"""Long work off the window's thread: a task runs in a QThread and reports progress and its
result through queued signals, so the window keeps painting and answering keys meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Progress = Callable[[int, int], None]


class Worker(QThread):
    """Runs ``task(progress)`` once; ``progress(done, total)`` may be called from the task."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, task: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task

    def run(self) -> None:  # noqa: D401 - QThread override
        try:
            result = self._task(self.progressed.emit)
        except Exception as error:  # handed to the window, which says what went wrong
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
