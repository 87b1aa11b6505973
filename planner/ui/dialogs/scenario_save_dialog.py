"""Save the open profile as a teaching scenario of one's own: the household anonymised (every
name replaced, every amount, rate and date kept), a guide edited here -- title, summary, "try
this" steps and the worksheet's questions, each a kind the engine answers -- checked as any
guide is, and written as one shareable file (File → Open a teaching scenario… reads it)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.content.scenarios import Guide, anonymised, parse_guide, scenario_file_json
from planner.core.errors import InputError
from planner.core.portfolio import Portfolio, parse_portfolio
from planner.core.questions import ITEM_KINDS, QuestionKind
from planner.text.workshop import OPTIONS
from planner.ui import i18n
from planner.ui.dialogs.buttons import DialogButtons

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
KIND, ITEM, DETAIL, ENGLISH, CHINESE = range(5)
# The kinds offered, once per option (a choice by its measure, a payoff by its order).
CHOICES: list[tuple[str, str]] = [(k.value, option) for k in QuestionKind
                                  for option in OPTIONS.get(k.value, ("",))]
_DETAIL = {"payoff_months": "budget", "payoff_interest": "budget", "spare_cash": "months",
           "stress_score": "income_change", "cash_runs_out": "income_change"}


class ScenarioSaveDialog(QDialog):
    """``portfolio`` is the open profile's; ``guide`` (the open scenario's, if any) fills the
    form in, its questions about the same items (their ids anonymised alike)."""

    def __init__(self, portfolio: Portfolio, today: date, guide: Guide | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioSaveDialog")
        self.setWindowTitle(self.tr("Save as a teaching scenario"))
        self.today = today
        self.data, self.ids = anonymised(portfolio)
        self.portfolio = parse_portfolio(self.data)  # the names the file will carry
        self.source_guide = guide
        self.lang = i18n.current_language()
        intro = QLabel(self.tr(
            "Names are replaced (items by their kind and number, no lenders, notes or card "
            "digits); amounts, rates and dates are kept. Write the guide in English, Chinese "
            "or both. Each question is answered by the engine, never typed in."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[a-z0-9][a-z0-9-]{0,59}"), self.name))
        self.name.setAccessibleName(self.tr("Short name of the scenario"))
        self.title_en, self.title_zh = QLineEdit(self), QLineEdit(self)
        self.summary_en, self.summary_zh = QPlainTextEdit(self), QPlainTextEdit(self)
        self.steps_en, self.steps_zh = QPlainTextEdit(self), QPlainTextEdit(self)
        for widget, text in ((self.title_en, self.tr("Title in English")),
                             (self.title_zh, self.tr("Title in Chinese")),
                             (self.summary_en, self.tr("Summary in English")),
                             (self.summary_zh, self.tr("Summary in Chinese")),
                             (self.steps_en, self.tr("Steps in English, one a line")),
                             (self.steps_zh, self.tr("Steps in Chinese, one a line"))):
            widget.setAccessibleName(text)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64)
        grid = QGridLayout()
        grid.addWidget(QLabel("English", self), 0, 1)
        grid.addWidget(QLabel("中文", self), 0, 2)
        for row, (label, en, zh) in enumerate(
                ((self.tr("Title"), self.title_en, self.title_zh),
                 (self.tr("Summary"), self.summary_en, self.summary_zh),
                 (self.tr("Try this (one step a line)"), self.steps_en, self.steps_zh)),
                start=1):
            grid.addWidget(QLabel(label, self), row, 0)
            grid.addWidget(en, row, 1)
            grid.addWidget(zh, row, 2)
        self.questions = QTableWidget(0, 5, self)
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setHorizontalHeaderLabels([
            self.tr("Asks"), self.tr("Item"), self.tr("Amount, months or change"),
            self.tr("Question in English"), self.tr("Question in Chinese")])
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.setTabKeyNavigation(False)  # Tab moves on (arrows move between cells)
        header = self.questions.horizontalHeader()
        for column in (ENGLISH, CHINESE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Add a question"), self)
        add.clicked.connect(lambda: self.add_question())
        remove = QPushButton(self.tr("Re&move the question"), self)
        remove.clicked.connect(self.remove_question)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = DialogButtons(self, self.tr("&Save…"),
                                     kind=QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("&Short name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Questions for the worksheet"), self))
        layout.addWidget(self.questions, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 640)
        self._fill(guide)

    # -- the form --------------------------------------------------------------------------------

    def _fill(self, guide: Guide | None) -> None:
        self.name.setText(f"scenario-{self.today.isoformat()}")
        if guide is None:
            from planner.text.workshop import word

            self.title_en.setText(word("own_title", "en"))
            self.title_zh.setText(word("own_title", "zh_CN"))
            self.summary_en.setPlainText(word("own_summary", "en"))
            self.summary_zh.setPlainText(word("own_summary", "zh_CN"))
            first = self.portfolio.items[0].id if self.portfolio.items else None
            if first is not None:
                self.add_question("apr", item=first)
            if len(self.portfolio.items) > 1:
                self.add_question("cheapest", option="total_cost")
            return
        self.title_en.setText(guide.title.get("en", ""))
        self.title_zh.setText(guide.title.get("zh_CN", ""))
        self.summary_en.setPlainText(guide.summary.get("en", ""))
        self.summary_zh.setPlainText(guide.summary.get("zh_CN", ""))
        self.steps_en.setPlainText("\n".join(s.get("en", "") for s in guide.steps))
        self.steps_zh.setPlainText("\n".join(s.get("zh_CN", "") for s in guide.steps))
        for question in guide.questions:
            spec = guide.answer_for(question.id)
            detail = ""
            if spec.budget is not None:
                detail = str(spec.budget)
            elif spec.months is not None:
                detail = str(spec.months)
            elif spec.income_change is not None:
                detail = str(spec.income_change * 100)
            option = spec.by if spec.kind.value in ("cheapest", "dearest") else \
                spec.strategy if spec.kind.value in OPTIONS else ""
            self.add_question(spec.kind.value, item=self.ids.get(spec.item or "", None),
                              option=option, detail=detail, texts=question.text)

    def add_question(self, kind: str = "apr", *, item: str | None = None, option: str = "",
                     detail: str = "", texts: dict[str, str] | None = None) -> int:
        from planner.text.workshop import kind_name

        row = self.questions.rowCount()
        self.questions.insertRow(row)
        kinds = QComboBox(self.questions)
        for value, choice in CHOICES:
            kinds.addItem(kind_name(value, self.lang, choice), (value, choice))
        option = option or OPTIONS.get(kind, ("",))[0]
        kinds.setCurrentIndex(next((k for k, c in enumerate(CHOICES) if c == (kind, option)),
                                   0))
        items = QComboBox(self.questions)
        from planner.text.workshop import item_label

        for entry in self.portfolio.items:
            items.addItem(item_label(entry.name, self.lang), entry.id)
        if item is not None and items.findData(item) >= 0:
            items.setCurrentIndex(items.findData(item))
        kinds.setAccessibleName(self.tr("What question {number} asks").format(number=row + 1))
        items.setAccessibleName(self.tr("Item of question {number}").format(number=row + 1))
        self.questions.setCellWidget(row, KIND, kinds)
        self.questions.setCellWidget(row, ITEM, items)
        self.questions.setItem(row, DETAIL, QTableWidgetItem(detail))
        for column, lang in ((ENGLISH, "en"), (CHINESE, "zh_CN")):
            self.questions.setItem(row, column, QTableWidgetItem((texts or {}).get(lang, "")))
        if texts is None:
            self._reword(kinds)
        kinds.currentIndexChanged.connect(lambda _i, box=kinds: self._reword(box))
        self._enable(row)
        return row

    def _row_of(self, box: QComboBox) -> int:
        return next(r for r in range(self.questions.rowCount())
                    if self.questions.cellWidget(r, KIND) is box)

    def _reword(self, box: QComboBox) -> None:
        """A new kind: its first wording in both languages, and a detail it needs."""
        from planner.text.workshop import question_words

        row = self._row_of(box)
        kind, option = box.currentData()
        for column, lang in ((ENGLISH, "en"), (CHINESE, "zh_CN")):
            self.questions.item(row, column).setText(question_words(kind, lang, option))
        defaults = {"budget": self._budget(), "months": "3", "income_change": ""}
        needed = _DETAIL.get(kind)
        self.questions.item(row, DETAIL).setText(defaults.get(needed, "") if needed else "")
        self._enable(row)

    def _budget(self) -> str:
        """A payoff budget to start from: a third of the income, at least the minimums."""
        income = self.portfolio.household.monthly_income
        return str(int(income / 3)) if income else "1000"

    def _enable(self, row: int) -> None:
        kind, _ = self.questions.cellWidget(row, KIND).currentData()
        self.questions.cellWidget(row, ITEM).setEnabled(kind in {k.value for k in ITEM_KINDS})

    def remove_question(self) -> None:
        row = self.questions.currentRow()
        if row >= 0:
            self.questions.removeRow(row)

    # -- the guide and the file --------------------------------------------------------------

    def guide_json(self) -> dict:
        """The guide as typed, as guide JSON (checked by :meth:`guide`)."""
        def pair(en: str, zh: str) -> dict[str, str]:
            return {k: v.strip() for k, v in (("en", en), ("zh_CN", zh)) if v.strip()}

        en_steps = [s for s in self.steps_en.toPlainText().splitlines() if s.strip()]
        zh_steps = [s for s in self.steps_zh.toPlainText().splitlines() if s.strip()]
        steps = [pair(en_steps[k] if k < len(en_steps) else "",
                      zh_steps[k] if k < len(zh_steps) else "")
                 for k in range(max(len(en_steps), len(zh_steps)))]
        questions, answers = [], []
        for row in range(self.questions.rowCount()):
            qid = f"q{row + 1}"
            kind, option = self.questions.cellWidget(row, KIND).currentData()
            entry: dict = {"question": qid, "kind": kind}
            if kind in {k.value for k in ITEM_KINDS}:
                entry["item"] = self.questions.cellWidget(row, ITEM).currentData()
            if kind in ("cheapest", "dearest"):
                entry["by"] = option
            elif option:
                entry["strategy"] = option
            detail = self.questions.item(row, DETAIL).text().strip().replace(",", "")
            needed = _DETAIL.get(kind)
            if needed == "budget":
                entry["budget"] = detail
            elif needed == "months":
                entry["months"] = int(detail) if detail.isdigit() else detail
            elif needed == "income_change" and detail:
                entry["income_change"] = _percent(detail)
            texts = pair(self.questions.item(row, ENGLISH).text(),
                         self.questions.item(row, CHINESE).text())
            questions.append({"id": qid, **texts})
            answers.append(entry)
        return {"as_of": self.today.isoformat(),
                "title": pair(self.title_en.text(), self.title_zh.text()),
                "summary": pair(self.summary_en.toPlainText(), self.summary_zh.toPlainText()),
                "steps": steps, "terms": list(self.source_guide.terms)
                if self.source_guide else [],
                "questions": questions, "answers": answers}

    def guide(self) -> Guide:
        """The guide as typed, checked as any guide is (InputError names the field)."""
        return parse_guide(self.guide_json(), [i.id for i in self.portfolio.items],
                           both_languages=False)

    def file_json(self) -> dict:
        return scenario_file_json(self.name.text().strip(), self.guide(), self.data)

    def accept(self) -> None:
        try:
            self.file_json()
        except InputError as error:
            self.error.setText(self.tr("Not saved: {problem}").format(problem=str(error)))
            return
        self.error.setText("")
        super().accept()


def _percent(text: str) -> str:
    """A change typed in percent (``-20``) as the fraction a guide holds (``-0.2``)."""
    from decimal import Decimal, InvalidOperation

    try:
        return str(Decimal(text.rstrip("%").strip()) / 100)
    except InvalidOperation:
        return text


def save_scenario(window, path: Path | None = None) -> Path | None:  # noqa: ANN001 - the window
    """The dialog over the open profile, then the file (``path``, or asked for)."""
    from planner.store import paths

    session = window.session
    mode = window.scenario_mode
    guide = mode.scenario.guide if mode.scenario is not None else None
    dialog = ScenarioSaveDialog(Portfolio(session.household, session.items()),
                                session.today(), guide, window)
    if path is None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, _ = QFileDialog.getSaveFileName(
            window, translate("ScenarioSaveDialog", "Save the teaching scenario as"),
            f"{dialog.name.text().strip()}.json",
            translate("ScenarioSaveDialog", "Teaching scenario (*.json)"))
        if not name:
            return None
        path = Path(name if name.lower().endswith(".json") else name + ".json")
    text = json.dumps(dialog.file_json(), ensure_ascii=False, indent=2) + "\n"
    with paths.replacing(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    window.statusBar().showMessage(translate(
        "ScenarioSaveDialog", "Teaching scenario saved to {path}.").format(path=str(path)), 8000)
    return path
