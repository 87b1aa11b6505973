"""The glossary's terms: name and definition in the current language; ``SEARCH_ROLE`` holds
the text a search matches (both languages' names and the definition shown)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.text.glossary import Term
from planner.ui import i18n
from planner.ui.models.base import TableModel

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class GlossaryModel(TableModel[Term]):
    class Column(IntEnum):
        TERM = 0
        DEFINITION = 1

    def headers(self) -> dict[int, str]:
        return {self.Column.TERM: self.tr("Term"), self.Column.DEFINITION: self.tr("Meaning")}

    def raw(self, row: Term, column: int) -> Any:
        lang = i18n.current_language()
        return row.name(lang) if column == self.Column.TERM else row.definition(lang)

    def display(self, row: Term, column: int) -> str:
        return self.raw(row, column)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SEARCH_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            term = self._rows[index.row()]
            return " ".join((term.name_en, term.name_zh, term.code,
                             term.definition(i18n.current_language())))
        return super().data(index, role)
