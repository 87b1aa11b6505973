"""A chart with its numbers one click (or Alt+N) away: a "Show the numbers" button swaps the
chart for a table of the same figures, so a screen reader (or anyone) gets every value the
bars and lines show. The chart supplies ``table_headers()``, ``table_rows()`` and a ``shown``
signal when it draws new data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.tables import Table


class ChartFrame(QWidget):
    def __init__(self, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.model = QStandardItemModel(self)
        self.table = Table(self)
        self.table.setModel(self.model)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._switch)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        chart.shown.connect(self._refill)  # type: ignore[attr-defined]
        self._retranslate()

    def _retranslate(self) -> None:
        self.toggle.setText(self.tr("Show the chart") if self.toggle.isChecked()
                            else self.tr("Show the &numbers"))
        name = self.chart.accessibleName() or self.tr("Chart")
        self.toggle.setAccessibleName(self.tr("{chart}: show as a table").format(chart=name))
        self.table.setAccessibleName(self.tr("{chart}, as a table").format(chart=name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _switch(self, table: bool) -> None:
        if table:
            self._refill()
        self.stack.setCurrentWidget(self.table if table else self.chart)
        self._retranslate()

    def _refill(self) -> None:
        if not self.toggle.isChecked():
            return
        headers = self.chart.table_headers()  # type: ignore[attr-defined]
        rows = self.chart.table_rows()  # type: ignore[attr-defined]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for row in rows:
            cells = []
            for k, text in enumerate(row):
                cell = QStandardItem(text)
                cell.setEditable(False)
                if k:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
