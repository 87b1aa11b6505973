"""Comparisons kept in the profile: pick one by name to open it, save the offers on screen under
a name (a name already used is replaced, after asking), delete one. All through the session,
which keeps them in the encrypted store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from planner.core.compare import Offer
from planner.core.errors import InputError
from planner.store.errors import StoreError
from planner.ui.session import Session

# What the store refuses with: a bad name (InputError), a missing or unreadable comparison
# (StoreError); a memory backend misses a name with KeyError.
_FAILURES = (InputError, StoreError, KeyError)


class SavedComparisons(QWidget):
    """A row: the saved names, Open, Save as…, Delete. ``opened`` carries the offers read."""

    opened = Signal(str, list)

    def __init__(self, session: Session, offers: Callable[[], list[Offer]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.offers = offers
        self.names = QComboBox(self)
        self.names.setAccessibleName(self.tr("Saved comparisons"))
        self.names.setMinimumContentsLength(16)
        label = QLabel(self.tr("Sa&ved:"), self)
        label.setBuddy(self.names)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self.open_saved())
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.clicked.connect(lambda: self.delete_saved())
        for button in (self.open_button, self.save_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        session.comparisons_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.names.currentText()
        self.names.clear()
        try:
            names = self.session.comparison_names()
        except _FAILURES as error:  # a store failure: said here, the page stays usable
            names = []
            self.names.setToolTip(str(error))
        self.names.addItems(names)
        if current in names:
            self.names.setCurrentText(current)
        has = bool(names)
        self.names.setEnabled(has)
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if not has:
            self.names.setPlaceholderText(self.tr("none saved yet"))

    def set_can_save(self, can: bool) -> None:
        self.save_button.setEnabled(can)

    def open_saved(self, name: str | None = None) -> list[Offer] | None:
        name = name or self.names.currentText()
        if not name:
            return None
        try:
            offers = self.session.comparison(name)
        except _FAILURES as error:
            self._refuse(self.tr("Cannot open {name}").format(name=name), error)
            return None
        self.opened.emit(name, offers)
        return offers

    def save_as(self, name: str | None = None) -> bool:
        offers = self.offers()
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save the comparison"),
                                            self.tr("Name:"), text=self.names.currentText())
            if not ok:
                return False
            taken = name.strip() in self.session.comparison_names()
            if taken and QMessageBox.question(
                    self, self.tr("Replace {name}?").format(name=name.strip()),
                    self.tr("A comparison called {name} is saved already. Replace it with "
                            "these offers?").format(name=name.strip())) \
                    != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.session.save_comparison(name, offers)
        except _FAILURES as error:
            self._refuse(self.tr("Not saved"), error)
            return False
        self.names.setCurrentText(name.strip())
        return True

    def delete_saved(self, name: str | None = None, *, ask: bool = True) -> bool:
        name = name or self.names.currentText()
        if not name:
            return False
        if ask and QMessageBox.question(
                self, self.tr("Delete {name}?").format(name=name),
                self.tr("Delete the saved comparison {name}? The offers on screen stay.")
                .format(name=name)) != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.session.delete_comparison(name)
        except _FAILURES as error:
            self._refuse(self.tr("Not deleted"), error)
            return False
        return True

    def _refuse(self, title: str, error: Exception) -> None:
        problem = getattr(error, "problem", None) or str(error)
        QMessageBox.warning(self, title, problem)
