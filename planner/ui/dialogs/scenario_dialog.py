"""Choosing a teaching scenario: the bundled scenarios by title, the chosen one's summary and
"try this" steps beside them, all in the app's current language; or a scenario file of one's
own, read and checked whole when chosen (a problem is said, naming the field)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.content.scenarios import Guide, Scenario
from planner.ui import i18n
from planner.ui.dialogs.buttons import DialogButtons

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def read_scenario_file(path, parent: QWidget | None = None) -> Scenario | None:  # noqa: ANN001
    """The scenario file at ``path``, checked whole; None, after saying why in a dialog."""
    from planner.content.scenarios import load_scenario_file
    from planner.core.errors import InputError

    try:
        return load_scenario_file(path)
    except InputError as error:
        QMessageBox.warning(parent, translate("ScenarioPicker", "Not a teaching scenario"),
                            translate("ScenarioPicker", "This file cannot be opened as a "
                                      "teaching scenario: {problem}").format(problem=str(error)))
        return None


def guide_html(guide: Guide, lang: str, try_this: str) -> str:
    """A guide's summary and numbered steps as HTML (escaped), headed ``try_this``."""
    steps = "".join(f"<li>{html.escape(step)}</li>" for step in guide.step_texts(lang))
    return (f"<p>{html.escape(guide.text('summary', lang))}</p>"
            f"<h4>{html.escape(try_this)}</h4><ol>{steps}</ol>")


class ScenarioPicker(QDialog):
    """``chosen()`` is the name picked once accepted."""

    def __init__(self, scenarios: list[tuple[str, Guide]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPicker")
        self.setWindowTitle(self.tr("Open a teaching scenario"))
        self.lang = i18n.current_language()
        self.guides = dict(scenarios)
        intro = QLabel(self.tr("Each scenario opens as a practice profile: change anything, "
                               "nothing of yours is touched, and Reset brings it back."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Teaching scenarios"))
        self.list.setWordWrap(True)  # long titles wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for name, guide in scenarios:
            entry = QListWidgetItem(guide.text("title", self.lang), self.list)
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setToolTip(guide.text("summary", self.lang))
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Scenario summary"))
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.summary)
        split.setStretchFactor(1, 2)
        split.setSizes([260, 460])
        self.buttons = DialogButtons(self, self.tr("&Open"),
                                     kind=QDialogButtonBox.StandardButton.Open)
        self.from_file = self.buttons.addButton(self.tr("Open a &file…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.from_file.setToolTip(self.tr("A scenario saved as one file (File → Save as a "
                                          "teaching scenario…)"))
        self.from_file.clicked.connect(lambda: self.choose_file())
        # the scenario read from a file, when one was chosen (accepted at once)
        self.loaded: Scenario | None = None
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        if scenarios:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        name = self.name_at(row)
        self.buttons.action_button.setEnabled(name is not None)
        if name is None:
            self.summary.clear()
            return
        guide = self.guides[name]
        self.summary.setHtml(f"<h3>{html.escape(guide.text('title', self.lang))}</h3>"
                             + guide_html(guide, self.lang, self.tr("Try this")))

    def choose_file(self, path: str | None = None) -> bool:
        """Ask for a scenario file (or take ``path``), read and check it, and accept it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a teaching scenario"), "",
                                                  self.tr("Teaching scenario (*.json)"))
            if not path:
                return False
        scenario = read_scenario_file(path, self)
        if scenario is None:
            return False
        self.loaded = scenario
        self.accept()
        return True

    def name_at(self, row: int) -> str | None:
        entry = self.list.item(row)
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def chosen(self) -> str | None:
        return self.name_at(self.list.currentRow())
