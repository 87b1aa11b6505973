"""Offers from and to a file: the portfolio JSON that import, export and the teaching scenarios
share, so a facilitator hands out one file (issue 6). Opening also takes a list of products as
``planner compare`` reads them; a file that cannot be read changes nothing and says which offer
and field are wrong."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from planner.core.compare import MAX_OFFERS, Offer, locate_field, offers_from_json
from planner.core.errors import InputError
from planner.core.portfolio import Item, Portfolio, portfolio_to_json
from planner.store import paths
from planner.ui import folders
from planner.ui.session import Session


def offers_portfolio(offers: list[Offer], session: Session) -> Portfolio:
    """The offers as a portfolio: items ``offer-1``, ``offer-2``… under the session's household."""
    items = tuple(Item(f"offer-{k}", offer.name, offer.product)
                  for k, offer in enumerate(offers, start=1))
    return Portfolio(session.household, items)


class OfferFiles(QWidget):
    """Two buttons: open offers from a file, save the offers on screen to one. ``opened``
    carries the offers read."""

    opened = Signal(list)

    def __init__(self, session: Session, offers: Callable[[], list[Offer]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.offers = offers
        self.open_button = QPushButton(self.tr("Ope&n offers from a file…"), self)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.save_button = QPushButton(self.tr("Save offers &to a file…"), self)
        self.save_button.clicked.connect(lambda: self.save_file())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
            layout.addWidget(button)

    def set_can_save(self, can: bool) -> None:
        self.save_button.setEnabled(can)

    def _file_filter(self) -> str:
        return self.tr("Portfolio JSON (*.json)")

    def open_file(self, path: Path | None = None) -> list[Offer] | None:
        """Read the offers of ``path`` (asked for when None) and emit them; None when the file
        is refused, which a message says, or no file is chosen."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Open offers from a file"),
                                                  folders.start_folder(self),
                                                  self._file_filter())
            if not name:
                return None
            folders.remember(self, name)
            path = Path(name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        except (OSError, UnicodeDecodeError) as error:
            return self._refuse(path, self.tr("It cannot be read: {problem}").format(
                problem=getattr(error, "strerror", None) or str(error)))
        except json.JSONDecodeError as error:
            return self._refuse(path, self.tr("It is not valid JSON (line {line}, column "
                                              "{column}).").format(line=error.lineno,
                                                                   column=error.colno))
        try:
            offers = offers_from_json(data, path.stem)
        except InputError as error:
            return self._refuse(path, self._where(data, error))
        if not offers:
            return self._refuse(path, self.tr("It holds no offers."))
        if len(offers) > MAX_OFFERS:
            return self._refuse(path, self.tr("It holds {count} offers; at most {most} can be "
                                              "compared at once.").format(count=len(offers),
                                                                          most=MAX_OFFERS))
        self.opened.emit(offers)
        self._status(self.tr("Opened {count} offers from {name}.").format(
            count=len(offers), name=path.name))
        return offers

    def _where(self, data: object, error: InputError) -> str:
        """The offer and field an engine refusal names, in words."""
        at = locate_field(data, error.field)
        if at.number is None:
            return self.tr("The field {field}: {problem}").format(field=at.field,
                                                                  problem=error.problem)
        if at.name:
            return self.tr("Offer {number} ({name}), field {field}: {problem}").format(
                number=at.number, name=at.name, field=at.field, problem=error.problem)
        return self.tr("Offer {number}, field {field}: {problem}").format(
            number=at.number, field=at.field, problem=error.problem)

    def _refuse(self, path: Path, problem: str) -> None:
        QMessageBox.warning(self, self.tr("Offers not opened"), self.tr(
            "{name} was not opened; the offers on screen are unchanged.\n\n{problem}").format(
            name=path.name, problem=problem))

    def save_file(self, path: Path | None = None) -> Path | None:
        """Write the offers on screen to ``path`` (asked for when None) as a portfolio."""
        offers = self.offers()
        if not offers:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save offers to a file"),
                                                  folders.start_path(self, "offers.json"),
                                                  self._file_filter())
            if not name:
                return None
            folders.remember(self, name)
            path = Path(name)
        text = json.dumps(portfolio_to_json(offers_portfolio(offers, self.session)),
                          ensure_ascii=False, indent=2)
        try:
            paths.write_private_file(path, (text + "\n").encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Offers not saved"), self.tr(
                "{name} could not be written: {problem}").format(
                name=path.name, problem=error.strerror or str(error)))
            return None
        self._status(self.tr("Saved {count} offers to {name}.").format(count=len(offers),
                                                                       name=path.name))
        return path

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)
