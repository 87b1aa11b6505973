"""The Stress page's warnings: a sortable table (severity, what, when, items, figure, line
crossed) and, for the chosen warning, its numbers in a sentence, the rule that fired, the "why"
in the explanation's own words and a way to the full explanation and the thresholds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.explain import Explanation
from planner.core.explain_stress import explain_warning
from planner.core.stress import StressReport, StressWarning
from planner.text.explain import render
from planner.ui import i18n
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.explainers import attach_cell_explanations, attach_explanation, show_explanation
from planner.ui.models.warnings_model import WarningsModel
from planner.ui.stress_words import StressWords
from planner.ui.tables import Table, fit_rows, sorted_by

#: Warnings the table shows before it scrolls.
VISIBLE_ROWS = 5


class WarningDetail(QWidget):
    """One warning in full."""

    thresholds_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning: StressWarning | None = None
        self._words = StressWords()
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.severity = QLabel(self)
        self.severity.setObjectName("severityChip")
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("headline")
        self.when = QLabel(self)
        self.items = QLabel(self)
        self.rule = QLabel(self)
        self.why = QLabel(self)
        for label in (self.when, self.items, self.rule, self.why):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        attach_explanation(self.headline, self.explanation, self.tr("Why this warning"))
        self.explain_button = QPushButton(self.tr("How is this &computed?"), self)
        self.explain_button.clicked.connect(
            lambda: show_explanation(self, self.explanation(), self.title.text()))
        self.settings_button = QPushButton(self.tr("Change the &thresholds…"), self)
        self.settings_button.clicked.connect(self.thresholds_asked)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.severity)
        head.addStretch(1)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setColumnStretch(1, 1)
        for row, (text, label) in enumerate(((self.tr("When"), self.when),
                                             (self.tr("Items"), self.items),
                                             (self.tr("Rule"), self.rule),
                                             (self.tr("Why"), self.why))):
            caption = QLabel(text, self)
            caption.setObjectName("hint")
            form.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(label, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_warning(None, StressWords(), None)

    def show_warning(self, w: StressWarning | None, words: StressWords,
                     report: StressReport | None) -> None:
        self.warning, self._words = w, words
        for widget in (self.explain_button, self.settings_button, self.severity):
            widget.setVisible(w is not None)
        if w is None or report is None:
            self.title.setText(self.tr("No warning chosen"))
            for label in (self.headline, self.when, self.items, self.rule, self.why):
                label.setText("")
            return
        self.title.setText(words.code_name(w.code))
        self.severity.setText(words.severity_name(w.severity))
        self.severity.setStyleSheet(f"background: {SEVERITY_COLOURS[w.severity.value]};")
        self.headline.setText(words.headline(w))
        self.when.setText(words.when(w, full=True))
        self.items.setText(words.item_names(w.items, 6) or "—")
        self.rule.setText(words.rule(w, report.thresholds))
        # The sentence here; its sources and terms are in the full explanation (the button).
        why = render(self.explanation(), i18n.current_language()).splitlines()
        self.why.setText(why[0])
        self.why.setToolTip("\n".join(why))

    def explanation(self) -> Explanation | None:
        if self.warning is None:
            return None
        return explain_warning(self.warning, self._words.names, self._words.currency)


class WarningsPanel(QWidget):
    thresholds_asked = Signal()
    resized = Signal()  # the chosen warning's words may need another height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: StressReport | None = None
        self._words = StressWords()
        self.model = WarningsModel(self)
        self.table = Table(self, self.tr("Warnings"))
        self.proxy = sorted_by(self.table, self.model, -1)  # the report's own order
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WarningsModel.Column.ITEMS, QHeaderView.ResizeMode.Stretch)
        attach_cell_explanations(self.table, self._cell_explanation)
        self.empty = QLabel(self)
        self.empty.setObjectName("calm")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = WarningDetail(self)
        self.detail.thresholds_asked.connect(self.thresholds_asked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail, 1)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

    def set_report(self, report: StressReport | None, words: StressWords) -> None:
        self._report, self._words = report, words
        warnings = report.warnings if report is not None else ()
        self.model.set_warnings(warnings, words)
        self.table.setVisible(bool(warnings))
        self.empty.setVisible(not warnings)
        self.detail.setVisible(bool(warnings))
        self.empty.setStyleSheet("" if report is not None else "color: palette(placeholder-text);")
        self.empty.setText(self.tr("Working out the warnings…") if report is None else self.tr(
            "No warnings: nothing in the next 36 months crosses a line. Payments stay within "
            "your income and cash."))
        self._fit_table()
        if warnings:
            self.select(0)
        else:
            self.detail.show_warning(None, words, report)

    def _fit_table(self) -> None:
        """As tall as its rows, up to ``VISIBLE_ROWS``; more scroll."""
        fit_rows(self.table, 1, VISIBLE_ROWS)

    def warnings(self) -> list[StressWarning]:
        """The warnings in the order shown."""
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def select(self, row: int) -> None:
        """Choose the warning at ``row`` of the report's order (most severe first)."""
        if 0 <= row < self.model.rowCount():
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        w = self.model.row_at(self.proxy.mapToSource(current).row())
        self.detail.show_warning(w, self._words, self._report)
        self.resized.emit()

    def _cell_explanation(self, index: QModelIndex) -> Explanation | None:
        w = self.model.row_at(self.proxy.mapToSource(index).row())
        return explain_warning(w, self._words.names, self._words.currency)
