"""The Overview's warnings: money overdue (the page finds it), then the stress score and the most
severe stress warnings, each a link to the Stress page with that warning chosen."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from planner.core.stress import Severity, StressReport
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.pages.stress_score import BAND_COLOURS
from planner.ui.stress_words import StressWords

#: How many stress warnings the Overview lists; the rest are on the Stress page.
SHOWN = 3


class OverviewWarnings(QWidget):
    """``warning_opened(k)``: the k-th warning of the report (most severe first) was clicked;
    ``stress_opened``: the score line was."""

    warning_opened = Signal(int)
    stress_opened = Signal()
    settings_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue = QLabel(self)
        self.overdue.setWordWrap(True)
        self.overdue.setObjectName("warnings")
        self.overdue.setTextFormat(Qt.TextFormat.PlainText)
        self.score = self._link()
        self.score.linkActivated.connect(
            lambda href: self.settings_opened.emit() if href == "settings"
            else self.stress_opened.emit())
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(8)
        self.rows.setVerticalSpacing(4)
        self.rows.setColumnStretch(1, 1)
        self.chips: list[QLabel] = []
        self.links: list[QLabel] = []
        for k in range(SHOWN):
            chip = QLabel(self)
            chip.setObjectName("severityChip")
            link = self._link()
            link.linkActivated.connect(lambda _href, k=k: self.warning_opened.emit(k))
            self.rows.addWidget(chip, k, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(link, k, 1)
            self.chips.append(chip)
            self.links.append(link)
        self.more = self._link()
        self.more.linkActivated.connect(lambda _href: self.stress_opened.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.overdue)
        layout.addWidget(self.score)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)

    def _link(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        return label

    @staticmethod
    def _anchor(text: str, href: str = "stress") -> str:
        return f'<a href="{href}">{html.escape(text)}</a>'

    def set_warnings(self, overdue: list[str], report: StressReport | None,
                     words: StressWords, *, income_missing: bool = False) -> None:
        """``overdue``: lines already in words; ``report``: the stress analysis (or None);
        ``income_missing``: the score is asked for the income instead of shown."""
        serious = [w for w in report.warnings if w.severity is not Severity.INFO] \
            if report is not None else []
        # the all-clear line only once the analysis has answered (a large profile: a worker)
        self.overdue.setVisible(bool(overdue) or (report is not None and not serious))
        if overdue:
            self.overdue.setText("\n".join(f"• {line}" for line in overdue))
            self.overdue.setProperty("level", "warn")
        else:
            self.overdue.setText(self.tr("Nothing needs your attention right now."))
            self.overdue.setProperty("level", "ok")
        self.overdue.style().unpolish(self.overdue)
        self.overdue.style().polish(self.overdue)
        self.score.setVisible(report is not None)
        if report is not None and income_missing:
            text = self.tr("Your stress score weighs your payments against your income: "
                           "enter your monthly income in Settings.")
            self.score.setText(f'<a href="settings">{html.escape(text)}</a>')
        elif report is not None:
            s = report.score
            text = self.tr("Stress score {score} of 100: {band}").format(
                score=s.score, band=words.band_name(s.band.value))
            self.score.setText(f'<a href="stress" style="color:{BAND_COLOURS[s.band.value]}; '
                               f'font-weight:600">{html.escape(text)}</a>')
        for k, (chip, link) in enumerate(zip(self.chips, self.links, strict=True)):
            w = serious[k] if k < len(serious) else None
            chip.setVisible(w is not None)
            link.setVisible(w is not None)
            if w is not None:
                chip.setText(words.severity_name(w.severity))
                chip.setStyleSheet(f"background: {SEVERITY_COLOURS[w.severity.value]};")
                link.setText(self._anchor(words.headline(w), f"warning-{k}"))
                link.setAccessibleName(words.headline(w))
        rest = len(serious) - SHOWN
        self.more.setVisible(rest > 0)
        if rest > 0:
            self.more.setText(self._anchor(self.tr("and {count} more on the Stress page")
                                           .format(count=rest)))

    def texts(self) -> list[str]:
        """The stress warnings' lines as shown (for tests and reading aloud)."""
        return [link.accessibleName() for link in self.links if link.isVisibleTo(self)]
