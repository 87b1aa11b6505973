"""The glossary window (Help ▸ Glossary): every credit term the app and the workshops use, in the
current language, searchable in either language, the chosen term's meaning beside the list.
One window per main window, not modal, so it can stay open beside the figures."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.text.glossary import Term, glossary
from planner.ui import i18n
from planner.ui.models.glossary_model import SEARCH_ROLE, GlossaryModel


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.model = GlossaryModel(self)
        self.model.set_rows(glossary())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.label = QLabel(self)
        self.label.setBuddy(self.search)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setModelColumn(GlossaryModel.Column.TERM)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show())
        self.meaning = QTextBrowser(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("hint")
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.meaning)
        split.setStretchFactor(1, 2)
        split.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        self.resize(760, 460)
        self.retranslate()
        self.select_row(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.label.setText(self.tr("&Search (English or 中文):"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setPlaceholderText(self.tr("e.g. APR, 等额本息, grace"))
        self.list.setAccessibleName(self.tr("Terms"))
        self.meaning.setAccessibleName(self.tr("Meaning"))
        self.empty.setText(self.tr("No term matches. Try fewer letters."))
        self.model.set_rows(glossary())
        self.filter(self.search.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.empty.setVisible(self.proxy.rowCount() == 0)
        if not self.list.currentIndex().isValid():
            self.select_row(0)
        self._show()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.proxy.index(row, GlossaryModel.Column.TERM),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_code(self, code: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.term_at(row).code == code:
                self.select_row(row)
                return True
        return False

    def term_at(self, row: int) -> Term:
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def visible_codes(self) -> list[str]:
        return [self.term_at(row).code for row in range(self.proxy.rowCount())]

    def _show(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            self.meaning.clear()
            return
        term = self.term_at(index.row())
        lang = i18n.current_language()
        other = term.name("en" if lang == "zh_CN" else "zh_CN")
        self.meaning.setHtml(f"<h3>{html.escape(term.name(lang))}</h3>"
                             f"<p><i>{html.escape(other)}</i></p>"
                             f"<p>{html.escape(term.definition(lang))}</p>")


def show_glossary(window: QWidget, code: str | None = None) -> GlossaryDialog:
    """The window's glossary, raised (made on first use); ``code`` selects a term."""
    dialog = window.findChild(GlossaryDialog, "glossaryDialog")
    if dialog is None:
        dialog = GlossaryDialog(window)
    if code is not None:
        dialog.search.clear()
        dialog.select_code(code)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
