"""Choosing a PDF report: its kind (the portfolio, one item's schedule, the offer comparison on
the Compare page, repayment stress), its language and where to save it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Item
from planner.reports import ReportKind
from planner.ui import folders, i18n
from planner.ui.dialogs.buttons import DialogButtons


class ReportDialog(QDialog):
    """``items`` can have their schedule reported; ``can_compare``: a comparison is on screen."""

    def __init__(self, items: list[Item], *, selected: Item | None = None,
                 can_compare: bool = False, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Export a report (PDF)"))
        self.today = today or date.today()
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of report"))
        names = {ReportKind.PORTFOLIO: self.tr("Portfolio: every item, what is owed and due"),
                 ReportKind.SCHEDULE: self.tr("Schedule of one item"),
                 ReportKind.COMPARE: self.tr("Offer comparison (the Compare page)"),
                 ReportKind.STRESS: self.tr("Repayment stress: score and warnings")}
        available = {ReportKind.SCHEDULE: bool(items), ReportKind.COMPARE: can_compare}
        for kind, text in names.items():
            self.kind.addItem(text, kind.value)
            if not available.get(kind, True):
                self.kind.model().item(self.kind.count() - 1).setEnabled(False)
        self.item = QComboBox(self)
        self.item.setAccessibleName(self.tr("Item"))
        for item in items:
            self.item.addItem(item.name, item.id)
        if selected is not None and self.item.findData(selected.id) >= 0:
            self.item.setCurrentIndex(self.item.findData(selected.id))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Save to"))
        self.path.textChanged.connect(self._check)
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.setAccessibleName(self.tr("Choose where to save"))
        choose.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        form.addRow(self.tr("&Item:"), self.item)
        form.addRow(self.tr("&Language:"), self.language)
        where_label = QLabel(self.tr("&Save to:"), self)
        where_label.setBuddy(self.path)
        form.addRow(where_label, where)
        self.form = form
        self.buttons = DialogButtons(self, self.tr("&Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._chosen = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if selected is not None and items:
            self.kind.setCurrentIndex(self.kind.findData(ReportKind.SCHEDULE.value))
        self._kind_changed()
        self.resize(620, self.sizeHint().height())

    def report_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def item_id(self) -> str | None:
        return self.item.currentData()

    def lang(self) -> str:
        return self.language.currentData()

    def target(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _kind_changed(self) -> None:
        self.form.setRowVisible(self.item, self.report_kind() is ReportKind.SCHEDULE)
        if not self._chosen:
            name = f"planner-{self.report_kind().value}-{self.today.isoformat()}.pdf"
            self.path.setText(folders.start_path(self.parentWidget(), name))
        self._check()

    def choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"),
                                              self.path.text(), self.tr("PDF files (*.pdf)"))
        if name:
            self._chosen = True
            folders.remember(self.parentWidget(), name)
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def _check(self) -> None:
        ok = bool(self.path.text().strip()) and self.kind.model().item(
            self.kind.currentIndex()).isEnabled()
        self.buttons.action_button.setEnabled(ok)
