"""Long work off the window's thread: a task runs in a QThread and reports progress and its
result through queued signals, so the window keeps painting and answering keys meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

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


#: Above this many items the analysis runs on a worker thread.
SYNC_ITEMS = 100


def run_off_thread(owner: QObject, task: Callable[[], Any], done: Callable[[Any], None],
                   failed: Callable[[Exception], None], *, size: int) -> Worker | None:
    """``done(task())`` now when ``size`` is small, else from a worker thread; a failure goes
    to ``failed``. Returns the worker, if one was started.

    The worker belongs to the application, not to ``owner``: a page rebuilt while it runs (a
    language switch) must not destroy a running thread; its answer is then dropped."""
    if size <= SYNC_ITEMS:
        try:
            result = task()
        except Exception as error:  # shown by the page, like the worker's failures
            failed(error)
        else:
            done(result)
        return None

    def deliver(handler: Callable[[Any], None]) -> Callable[[Any], None]:
        return lambda value: handler(value) if shiboken6.isValid(owner) else None

    worker = Worker(lambda _progress: task(), QCoreApplication.instance())
    worker.succeeded.connect(deliver(done))
    worker.failed.connect(deliver(failed))
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker
