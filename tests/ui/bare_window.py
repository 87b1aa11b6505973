"""The yardstick of the start-up benchmark: a bare PySide6 window holding one table, which exits
after its first paint exactly the way ``planner --exit-after-first-paint`` does (the window's
first QEvent.Paint, then a zero-timer)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(20, 6, table))
    window.setCentralWidget(table)
    window.resize(1280, 820)
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
