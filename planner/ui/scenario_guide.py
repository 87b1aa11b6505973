"""The guide beside an open teaching scenario: its title, summary, "try this" steps, the
questions its worksheet asks and the glossary terms it is about, with Reset (back to the
scenario's start) at hand. A dock on the window's right, in the current language; it follows a
language switch."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.content.scenarios import Scenario
from planner.ui import i18n
from planner.ui.dialogs.scenario_dialog import guide_html


class ScenarioGuide(QDockWidget):
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioGuide")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        self.scenario: Scenario | None = None
        body = QWidget(self)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.dates = QLabel(body)
        self.dates.setObjectName("hint")
        self.dates.setWordWrap(True)
        self.text = QTextBrowser(body)
        self.text.setOpenLinks(False)
        self.reset_button = QPushButton(body)
        self.reset_button.clicked.connect(self.reset_requested)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.dates)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reset_button)
        self.setWidget(body)
        self.setMinimumWidth(240)
        self.retranslate()

    def show_scenario(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scenario guide"))
        self.text.setAccessibleName(self.tr("Scenario guide"))
        self.reset_button.setText(self.tr("&Reset the scenario"))
        self.reset_button.setAccessibleName(self.tr("Reset the scenario"))
        scenario = self.scenario
        if scenario is None:
            self.title.setText("")
            self.dates.setText("")
            self.text.clear()
            return
        from planner.text.glossary import term

        lang = i18n.current_language()
        guide = scenario.guide
        self.title.setText(guide.text("title", lang))
        self.dates.setText(self.tr("A practice profile: nothing is kept. Its dates are moved "
                                   "to around today."))
        terms = []
        for code in guide.terms:
            try:
                found = term(code)
            except KeyError:
                continue
            terms.append(f"<p><b>{html.escape(found.name(lang))}</b> — "
                         f"{html.escape(found.definition(lang))}</p>")
        heading = self.tr("Words to know")
        extra = f"<h4>{html.escape(heading)}</h4>{''.join(terms)}" if terms else ""
        self.text.setHtml(guide_html(guide, lang, self.tr("Try this"))
                          + self._questions_html(lang) + extra)

    def _questions_html(self, lang: str) -> str:
        """The worksheet's questions, worded for the scenario's household."""
        from planner.text.workshop import question_text

        scenario = self.scenario
        if scenario is None or not scenario.guide.questions:
            return ""
        guide = scenario.guide
        items = []
        for q in guide.questions:
            words = question_text(q.words(lang), guide.answer_for(q.id), scenario.portfolio,
                                  lang)
            items.append(f"<li>{html.escape(words)}</li>")
        asked = "".join(items)
        heading = self.tr("Questions for the groups")
        return f"<h4>{html.escape(heading)}</h4><ol>{asked}</ol>"
