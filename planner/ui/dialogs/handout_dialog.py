"""File ▸ Print workshop handouts…: a scenario's worksheet and answer key as PDFs, for the
scenario's own household or for each table group's (anonymised variants with their own
numbers, the same seed giving the same households), in English, Chinese or both side by side,
on A4 or US Letter. Each PDF is written by ``planner handout`` in a child process, as the
reports are (``planner.ui.reporting``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.ui import i18n
from planner.ui.dialogs.buttons import DialogButtons

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
MAX_GROUPS = 50


class HandoutDialog(QDialog):
    """``scenarios``: (what ``planner handout`` reads -- a name or a file's path, title);
    ``current`` the one to start on."""

    def __init__(self, scenarios: list[tuple[str, str]], current: str | None = None, *,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Print workshop handouts"))
        self.today = today or date.today()
        self.scenario = QComboBox(self)
        self.scenario.setAccessibleName(self.tr("Teaching scenario"))
        for source, title in scenarios:
            self.scenario.addItem(title, source)
        if current is not None and self.scenario.findData(current) >= 0:
            self.scenario.setCurrentIndex(self.scenario.findData(current))
        self.worksheet = QCheckBox(self.tr("&Worksheet for the participants"), self)
        self.answers = QCheckBox(self.tr("&Answer key for the facilitator"), self)
        self.worksheet.setChecked(True)
        self.answers.setChecked(True)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the handouts"))
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem(self.tr("Both, side by side"), "both")
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.groups = QSpinBox(self)
        self.groups.setRange(0, MAX_GROUPS)
        self.groups.setSpecialValueText(self.tr("none: the scenario's own household"))
        self.groups.setAccessibleName(self.tr("Table groups"))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999999)
        self.seed.setValue(1)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("The same seed gives the same households."))
        self.groups.valueChanged.connect(lambda n: self.seed.setEnabled(n > 0))
        self.seed.setEnabled(False)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.folder = QLineEdit(folder, self)
        self.folder.setAccessibleName(self.tr("Folder"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        hint = QLabel(self.tr("Each group gets its own household: the same lesson with its own "
                              "numbers, and the answer key lists every group's answers."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Scenario:"), self.scenario)
        form.addRow("", self.worksheet)
        form.addRow("", self.answers)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Table &groups:"), self.groups)
        form.addRow(self.tr("S&eed:"), self.seed)
        form.addRow(self.tr("&Folder:"), where)
        self.buttons = DialogButtons(self, self.tr("&Write"))
        for box in (self.worksheet, self.answers):
            box.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._check()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the handouts into"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _check(self) -> None:
        self.buttons.action_button.setEnabled(
            self.worksheet.isChecked() or self.answers.isChecked())

    def requests(self) -> list[tuple[list[str], Path]]:
        """The ``planner handout`` arguments and the PDF of each handout asked for."""
        source = self.scenario.currentData()
        stem = Path(source).stem if source.endswith(".json") else source
        groups = self.groups.value()
        lang, paper = self.language.currentData(), self.paper.currentData()
        out = []
        for kind, box in (("worksheet", self.worksheet), ("answers", self.answers)):
            if not box.isChecked():
                continue
            name = f"{stem}-{kind}" + (f"-{groups}-groups" if groups else "") + f"-{lang}.pdf"
            path = Path(self.folder.text().strip()).expanduser() / name
            args = ["handout", source, "--kind", kind, "--lang", lang, "--paper", paper,
                    "--output", str(path), "--today", self.today.isoformat()]
            if groups:
                args += ["--variants", str(groups), "--seed", str(self.seed.value())]
            out.append((args, path))
        return out


def ask_handouts(window) -> list:  # noqa: ANN001 - the window
    """The dialog, then each handout written in turn by a child process; the processes."""
    from planner.content.scenarios import list_scenarios
    from planner.ui.reporting import run_report

    lang = i18n.current_language()
    scenarios = [(name, guide.text("title", lang)) for name, guide in list_scenarios()]
    open_scenario = window.scenario_mode.scenario
    current = None
    if open_scenario is not None:
        if open_scenario.source is not None:
            current = str(open_scenario.source)
            scenarios.insert(0, (current, open_scenario.guide.text("title", lang)))
        else:
            current = open_scenario.name
    dialog = HandoutDialog(scenarios, current, today=window.session.today(), parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return run_in_turn(window, dialog.requests(), run_report)


def run_in_turn(window, requests: list[tuple[list[str], Path]], run) -> list:  # noqa: ANN001
    """Start each request once the one before has finished (one PDF at a time)."""
    started: list = []

    def start(index: int) -> None:
        if index >= len(requests):
            return
        args, path = requests[index]
        process = run(window, args, b"", path)
        started.append(process)
        process.finished.connect(lambda *_: start(index + 1))

    start(0)
    return started
