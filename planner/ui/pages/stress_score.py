"""The stress score card: the score out of 100, its band, and each factor's measure and points
with a bar of the share of its weight it takes; a click on the score (or F1 on a factor) opens
how it is computed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.explain import Explanation
from planner.core.explain_stress import explain_factor, explain_score
from planner.core.stress import StressReport
from planner.ui.explainers import attach_cell_explanations, attach_explanation
from planner.ui.models.base import SORT_ROLE
from planner.ui.models.factors_model import FactorsModel
from planner.ui.stress_words import StressWords
from planner.ui.tables import Table, fit_rows

#: Band colours (calm, watch, strained, severe) that read on light and dark backgrounds.
BAND_COLOURS = {"calm": "#2e8b57", "watch": "#d98a1c", "strained": "#d9651c",
                "severe": "#d64545"}


class ShareBarDelegate(QStyledItemDelegate):
    """Paints the share (0 to 1, the model's sort role) as a bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        share = float(index.data(SORT_ROLE) or 0)
        painter.save()
        palette = option.palette
        rect = QRectF(option.rect).adjusted(6, 7, -6, -7)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(rect, 3, 3)
        if share > 0:
            filled = QRectF(rect.x(), rect.y(), max(rect.width() * min(share, 1.0), 3),
                            rect.height())
            painter.setBrush(QColor(palette.color(QPalette.ColorRole.Highlight)))
            painter.drawRoundedRect(filled, 3, 3)
        painter.restore()


class ScoreCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self._report: StressReport | None = None
        self._currency = "CNY"
        caption = QLabel(self.tr("Stress score"), self)
        caption.setObjectName("tileCaption")
        self.score = QLabel("—", self)
        self.score.setObjectName("scoreValue")
        self.score.setAccessibleName(self.tr("Stress score"))
        self.out_of = QLabel(self.tr("of 100"), self)
        self.out_of.setObjectName("hint")
        self.band = QLabel(self)
        self.band.setObjectName("bandChip")
        attach_explanation(self.score, self.explanation, self.tr("Stress score"))
        self.note = QLabel(self.tr("Higher means more strain: calm below 20, watch below 50, "
                                   "strained below 75, severe from 75."), self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        self.model = FactorsModel(self)
        self.table = Table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Factors of the stress score"))
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(FactorsModel.Column.SHARE, ShareBarDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FactorsModel.Column.SHARE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda column, _old, _new: column != FactorsModel.Column
                                      .SHARE and self._fit_width())
        # F1 on a factor: that factor's points and rule, titled by its name
        attach_cell_explanations(self.table, self.factor_explanation, self._factor_name)
        self.hint = QLabel(self.tr("Click the score, or press F1 on a factor, to see how it "
                                   "adds up."), self)
        self.hint.setObjectName("tileNote")
        self.hint.setWordWrap(True)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.score, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.out_of, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.band, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(caption)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def set_report(self, report: StressReport | None, words: StressWords, *,
                   income_missing: bool = False) -> None:
        """Show ``report``'s score; ``income_missing``: no score, the income asked for."""
        self._report = None if income_missing else report
        self._currency = words.currency
        if report is None or income_missing:
            self.score.setText("—")
            self.band.setText(self.tr("Needs your income") if income_missing else "")
            self.band.setStyleSheet("")
            self.model.set_factors((), words)
            return
        s = report.score
        self.score.setText(str(s.score))
        self.band.setText(words.band_name(s.band.value))
        self.band.setStyleSheet(f"background: {BAND_COLOURS[s.band.value]};")
        self.model.set_factors(s.factors, words)
        self._fit_table()

    def _fit_table(self) -> None:
        """The factors table as tall as its rows: no scroll bar, no empty band."""
        self.table.resizeColumnsToContents()
        self._fit_width()
        fit_rows(self.table)

    def _fit_width(self) -> None:
        """Wide enough for the factors' words and figures (presenter mode's larger type too),
        the share bars taking what is left."""
        view, share = self.table, FactorsModel.Column.SHARE
        view.setMinimumWidth(sum(view.columnWidth(c) for c in range(self.model.columnCount())
                                 if c != share) + 80 + 2 * view.frameWidth())
        self.updateGeometry()  # the page's layout learns the card's new minimum

    def explanation(self) -> Explanation | None:
        if self._report is None:
            return None
        return explain_score(self._report.score, self._report.thresholds, self._currency)

    def _factor_at(self, index) -> str | None:  # noqa: ANN001 - the view's QModelIndex
        if self._report is None or not index.isValid():
            return None
        return self._report.score.factors[index.row()].code

    def factor_explanation(self, index) -> Explanation | None:  # noqa: ANN001
        code = self._factor_at(index)
        if code is None:
            return None
        return explain_factor(self._report.score, code, self._report.thresholds,
                              self._currency)

    def _factor_name(self, index) -> str:  # noqa: ANN001
        code = self._factor_at(index)
        return StressWords(self._currency).code_name(code) if code else ""
