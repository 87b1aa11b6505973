"""Predict, then reveal: a workshop question of the open scenario on the projector, its answer
hidden behind "What do you think?" while a few participants' guesses are typed in, then
revealed with its explanation and how far each guess was (the nearest marked).

A dock beside the scenario guide, owned by the scenario mode (``ScenarioMode.predict``). The
answer is the engine's for the profile as it is now: change the scenario (the installment to
24 months) and the same question answers for the change. Its large type comes from the
stylesheet (``pageTitle``, ``scoreValue``), which presenter mode scales up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Portfolio
from planner.ui import i18n

GUESSES = 6
WHO, GUESS, HOW_FAR = range(3)


class PredictReveal(QDockWidget):
    """``now()`` gives the portfolio and the day to answer for (the open profile's)."""

    def __init__(self, now: Callable[[], tuple[Portfolio, date]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predictReveal")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.now = now
        self.scenario = None
        self.answer = None          # the revealed planner.core.questions.Answer, if any
        self.distances: list = []   # one planner.text.workshop.Distance per guess read
        body = QWidget(self)
        self.question = QComboBox(body)
        self.question.currentIndexChanged.connect(lambda _i: self.hide_answer(clear=True))
        self.asked = QLabel(body)
        self.asked.setObjectName("detailTitle")
        self.asked.setWordWrap(True)
        self.cover = QLabel(body)
        self.cover.setObjectName("pageTitle")
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.figure = QLabel(body)
        self.figure.setObjectName("scoreValue")
        self.figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure.setWordWrap(True)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QTextBrowser(body)
        revealed = QWidget(body)
        shown = QVBoxLayout(revealed)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.figure)
        shown.addWidget(self.explanation, 1)
        self.stack = QStackedWidget(body)
        self.stack.addWidget(self.cover)
        self.stack.addWidget(revealed)
        self.guesses = QTableWidget(GUESSES, 3, body)
        self.guesses.verticalHeader().setVisible(False)
        header = self.guesses.horizontalHeader()
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GUESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HOW_FAR, QHeaderView.ResizeMode.Stretch)
        self.guesses.setWordWrap(True)  # "how far" is a few words: they wrap, never cut
        self.guesses.setTabKeyNavigation(False)  # Tab moves on (arrows move between cells)
        self.reveal_button = QPushButton(body)
        self.reveal_button.setObjectName("primaryButton")
        self.reveal_button.clicked.connect(self.reveal)
        self.again_button = QPushButton(body)
        self.again_button.clicked.connect(lambda: self.hide_answer(clear=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.question)
        layout.addWidget(self.asked)
        layout.addWidget(self.stack, 2)
        layout.addWidget(self.guesses, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self._clear_guesses()
        self.retranslate()

    # -- the scenario and its questions --------------------------------------------------------

    def show_scenario(self, scenario) -> None:  # noqa: ANN001 - a content.scenarios.Scenario
        self.scenario = scenario
        self._fill_questions()
        self.hide_answer(clear=True)

    def _fill_questions(self) -> None:
        from planner.text.workshop import question_text

        lang = i18n.current_language()
        current = self.question.currentIndex()
        self.question.blockSignals(True)
        self.question.clear()
        if self.scenario is not None:
            guide = self.scenario.guide
            portfolio = self.scenario.portfolio
            for number, q in enumerate(guide.questions, start=1):
                text = question_text(q.words(lang), guide.answer_for(q.id), portfolio, lang)
                self.question.addItem(f"{number}. {text}", q.id)
        self.question.setCurrentIndex(max(0, min(current, self.question.count() - 1)))
        self.question.blockSignals(False)
        self._show_question()

    def question_id(self) -> str | None:
        return self.question.currentData()

    def _spec(self):  # noqa: ANN202 - the AnswerSpec asked, or None
        if self.scenario is None or self.question_id() is None:
            return None
        return self.scenario.guide.answer_for(self.question_id())

    def _show_question(self) -> None:
        from planner.text.workshop import item_label, question_text

        spec = self._spec()
        if spec is None:
            self.asked.setText(self.tr("Open a teaching scenario to ask its questions."))
            self.cover.setText("")
            self.reveal_button.setEnabled(False)
            return
        lang = i18n.current_language()
        portfolio, _ = self.now()
        question = next(q for q in self.scenario.guide.questions if q.id == spec.question)
        try:
            self.asked.setText(question_text(question.words(lang), spec, portfolio, lang))
        except (KeyError, ValueError):
            self.asked.setText(question.words(lang))
        cover = self.tr("What do you think?")
        options = self._options(portfolio)
        if options:
            cover += "\n\n" + "\n".join(f"{n}. {item_label(name, lang)}"
                                       for n, (_id, name) in enumerate(options, start=1))
        self.cover.setText(cover)
        self.reveal_button.setEnabled(True)

    def _options(self, portfolio: Portfolio) -> list[tuple[str, str]]:
        from planner.core.questions import AnswerUnit

        spec = self._spec()
        if spec is None or spec.unit is not AnswerUnit.CHOICE:
            return []
        ids = spec.items or tuple(i.id for i in portfolio.items if i.is_open)
        names = {i.id: i.name for i in portfolio.items}
        return [(i, names[i]) for i in ids if i in names]

    # -- guesses and the reveal ----------------------------------------------------------------

    def set_guess(self, row: int, guess: str, who: str = "") -> None:
        self.guesses.setItem(row, WHO, QTableWidgetItem(who))
        self.guesses.setItem(row, GUESS, QTableWidgetItem(guess))

    def _clear_guesses(self) -> None:
        for row in range(GUESSES):
            self.guesses.setItem(row, WHO, QTableWidgetItem(""))
            self.guesses.setItem(row, GUESS, QTableWidgetItem(""))
            self._set_distance(row, "", bold=False)

    def _set_distance(self, row: int, text: str, *, bold: bool) -> None:
        cell = QTableWidgetItem(text)
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if bold:
            font = QFont(self.guesses.font())
            font.setBold(True)
            cell.setFont(font)
        self.guesses.setItem(row, HOW_FAR, cell)

    def reveal(self) -> bool:
        """Work out the answer for the profile as it is now, show it with its explanation and
        how far each guess was; False (saying why) when it cannot be answered."""
        from planner.core.errors import InputError
        from planner.core.questions import answer
        from planner.text.workshop import (
            answer_text,
            closest,
            distance,
            explanation_text,
            ranking_text,
            read_guess,
        )

        spec = self._spec()
        if spec is None:
            return False
        lang = i18n.current_language()
        portfolio, today = self.now()
        try:
            found = answer(spec, portfolio, today)
        except InputError as error:
            self.answer = None
            self.figure.setText(self.tr("No answer"))
            self.explanation.setPlainText(self.tr(
                "This question cannot be answered for the profile as it is now: "
                "{problem}").format(problem=str(error)))
            self.stack.setCurrentIndex(1)
            return False
        names = {i.id: i.name for i in portfolio.items}
        self.answer = found
        self.figure.setText(answer_text(found, lang, names))
        lines = [explanation_text(e, lang, names) for e in found.explanations]
        if found.ranking:
            lines.append(ranking_text(found, lang, names))
        note = self.scenario.guide.note(spec.question, lang) if self.scenario else ""
        if note:
            lines.append(note)
        self.explanation.setPlainText("\n\n".join(lines))
        self.distances = []
        rows = []
        for row in range(GUESSES):
            cell = self.guesses.item(row, GUESS)
            text = cell.text().strip() if cell is not None else ""
            if not text:
                self._set_distance(row, "", bold=False)
                continue
            try:
                far = distance(read_guess(text, spec, portfolio), found, lang)
            except ValueError:
                self._set_distance(row, self.tr("cannot read this guess"), bold=False)
                continue
            self.distances.append(far)
            rows.append(row)
        nearest = {rows[i] for i in closest(self.distances)}
        for row, far in zip(rows, self.distances, strict=True):
            text = self.tr("{distance} — nearest").format(distance=far.words) \
                if row in nearest else far.words
            self._set_distance(row, text, bold=row in nearest)
        self.guesses.resizeRowsToContents()
        self.stack.setCurrentIndex(1)
        return True

    def hide_answer(self, *, clear: bool = False) -> None:
        """Back to "What do you think?" (``clear``: the guesses too)."""
        self.answer = None
        self.distances = []
        self.stack.setCurrentIndex(0)
        if clear:
            self._clear_guesses()
        self._show_question()

    @property
    def revealed(self) -> bool:
        return self.stack.currentIndex() == 1

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Predict, then reveal"))
        self.question.setAccessibleName(self.tr("Question"))
        self.guesses.setAccessibleName(self.tr("Guesses"))
        self.guesses.setHorizontalHeaderLabels([self.tr("Who"), self.tr("Guess"),
                                                self.tr("How far")])
        self.reveal_button.setText(self.tr("&Reveal"))
        self.again_button.setText(self.tr("&Hide and clear"))
        self.explanation.setAccessibleName(self.tr("How it is computed"))
        if self.scenario is not None:
            self._fill_questions()
        else:
            self._show_question()
        if self.revealed:
            self.reveal()
