"""The open profile as the window sees it: items, household, settings, the figures of every item
and the undo stack. The one place the app touches storage, through a small backend.

``MemoryBackend`` keeps a portfolio in memory (the demo, tests); ``StoreBackend`` is where the
encrypted store (``planner.store``) plugs in (both in :mod:`planner.ui.backends`). Every edit
goes through an undo command (:mod:`planner.ui.undo`) which calls :meth:`Session.apply`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.core.figures import Figures, analyse
from planner.core.lpr import table_of
from planner.core.overview import ItemPosition, Overview, item_position, overview
from planner.core.portfolio import Household, Item
from planner.core.product import with_lpr_table
from planner.ui.backends import Backend, MemoryBackend, StoreBackend

if TYPE_CHECKING:
    from planner.core.compare import Offer
    from planner.store.importexport import ImportSummary
from planner.ui.worker import SYNC_ITEMS, Progress, Worker


class Session(QObject):
    """Items and figures of the open profile; signals say what changed."""

    items_changed = Signal()
    household_changed = Signal()
    figures_updated = Signal()
    settings_changed = Signal()
    comparisons_changed = Signal()
    recompute_progressed = Signal(int, int)

    def __init__(self, backend: Backend, *, today: Callable[[], date] = date.today,
                 demo: bool = False, rates_later: bool = False,
                 parent: QObject | None = None) -> None:
        """``rates_later``: the figures of the household-sized pass leave each true annual
        rate to be worked out when it is first shown, so the window's first figures do not
        wait for numpy; :meth:`check_rates` then works them out (issue 14)."""
        super().__init__(parent)
        self.backend = backend
        self.demo = demo  # a throw-away profile: the window says nothing is kept
        portfolio = backend.load()
        self._items: list[Item] = list(portfolio.items)
        self._household = portfolio.household
        self._figures: dict[str, tuple[Item, Convention | None, Figures | None]] = {}
        self._errors: dict[str, InputError] = {}
        self.undo_stack = QUndoStack(self)
        self.today = today
        self._worker: Worker | None = None
        self._positions: tuple | None = None
        self._rates_later = rates_later

    # -- reading ------------------------------------------------------------------------------

    @property
    def household(self) -> Household:
        return self._household

    @property
    def currency(self) -> str:
        return self._household.currency

    def items(self) -> tuple[Item, ...]:
        return tuple(self._items)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self._items if i.id == item_id), None)

    def index_of(self, item_id: str) -> int:
        return next((k for k, i in enumerate(self._items) if i.id == item_id), -1)

    def new_item_id(self) -> str:
        return uuid.uuid4().hex[:12]

    @property
    def convention(self) -> Convention | None:
        """The APR convention chosen in Settings; None: each product's (by its currency)."""
        value = self.backend.setting("apr_convention")
        return Convention(value) if value else None

    def set_convention(self, convention: Convention | None) -> None:
        self.backend.set_setting("apr_convention", convention.value if convention else None)
        self._figures.clear()
        self.settings_changed.emit()
        self.recompute_all()

    def convention_for(self, item: Item) -> Convention:
        return item.product.convention or self.convention or item.product.apr_convention

    def figures(self, item: Item) -> Figures | None:
        """The item's figures (computed now if the background pass has not reached it);
        None when the engine cannot analyse it."""
        cached = self._figures.get(item.id)
        convention = self.convention_for(item)
        if cached and cached[0] is item and cached[1] == convention:
            return cached[2]
        result = _analyse(item, convention, rate_now=not self._rates_later)
        self._figures[item.id] = (item, convention, result)
        return result

    def check_rates(self) -> None:
        """Work out the true annual rate of every figure computed without it: a product whose
        rate cannot be found (an upfront fee as large as the loan) then has no figures, as if
        it had been analysed whole, and the pages are told. From now on figures come whole."""
        if not self._rates_later:
            return
        self._rates_later = False
        unrated = [item_id for item_id, (item, convention, result) in self._figures.items()
                   if result is not None and not _has_rate(result)]
        for item_id in unrated:
            item, convention, _ = self._figures[item_id]
            self._figures[item_id] = (item, convention, None)
        if unrated:
            self.figures_updated.emit()

    def positions(self) -> list[ItemPosition]:
        """Where every item stands today (cached until an item, figure or the day changes)."""
        today = self.today()
        key = (today, tuple(map(id, self._items)),
               tuple(id(self.figures(i)) for i in self._items))
        if self._positions is None or self._positions[0] != key:
            self._positions = (key, [item_position(i, self.figures(i), today)
                                     for i in self._items])
        return list(self._positions[1])

    def overview(self, months: int = 24) -> Overview:
        return overview(self.positions(), self.today(), self.currency, months)

    # -- saved offer comparisons (the store raises InputError / StoreError, shown by the page)

    def comparison_names(self) -> list[str]:
        return self.backend.comparison_names()

    def comparison(self, name: str) -> list[Offer]:
        return self.backend.comparison(name)

    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None:
        self.backend.save_comparison(name.strip(), offers)
        self.comparisons_changed.emit()

    def delete_comparison(self, name: str) -> None:
        self.backend.delete_comparison(name)
        self.comparisons_changed.emit()

    # -- changing (called by undo commands) ---------------------------------------------------

    def apply(self, before: Item | None, after: Item | None, index: int = -1) -> int:
        """Replace ``before`` by ``after`` (add when ``before`` is None, delete when ``after``
        is None); returns the position the item had or now has."""
        if before is not None:
            position = self.index_of(before.id)
            if after is None:
                del self._items[position]
                self._figures.pop(before.id, None)
                self.backend.delete_item(before.id)
            else:
                after = self._linked(after)
                self._items[position] = after
                self.backend.save_item(after)
        else:
            assert after is not None
            after = self._linked(after)
            position = index if 0 <= index <= len(self._items) else len(self._items)
            self._items.insert(position, after)
            self.backend.save_item(after)
        self.items_changed.emit()
        return position

    def import_portfolio(self, data: object) -> ImportSummary:
        """Import the portfolio file ``data`` by the store's one rule
        (``planner.store.importexport``: items merged by id keeping their recorded payments,
        the profile's own household kept), then show the profile as it now is. Refused whole
        (``InputError``, ``StoreError``), nothing changed."""
        summary = self.backend.import_portfolio(data)
        self._reload()
        return summary

    def undo_import(self, summary: ImportSummary) -> None:
        """Put back what the import ``summary`` tells of changed."""
        self.backend.undo_import(summary)
        self._reload()

    def _reload(self) -> None:
        """Items and household as the backend now has them; an item that did not change
        keeps its object, so its figures are not worked out again."""
        portfolio = self.backend.load()
        fixings = table_of(self._household.extra)
        household_changed = portfolio.household != self._household
        self._household = portfolio.household
        relinked = table_of(self._household.extra) != fixings
        known = {item.id: item for item in self._items}
        items = []
        for item in portfolio.items:
            linked = self._linked(item)
            was = known.get(item.id)
            items.append(was if was is not None and was == linked else linked)
        for gone in known.keys() - {item.id for item in items}:
            self._figures.pop(gone, None)
        self._items = items
        if relinked:
            self._figures.clear()
        self.items_changed.emit()
        if household_changed:
            self.household_changed.emit()
        self.recompute_all()

    def apply_household(self, household: Household) -> None:
        fixings = table_of(self._household.extra)
        self._household = household
        self.backend.save_household(household)
        if table_of(household.extra) != fixings:  # the LPR-linked items follow new fixings
            self._items = [self._linked(item) for item in self._items]
            self._figures.clear()
            self.items_changed.emit()
            self.recompute_all()
        self.household_changed.emit()

    def _linked(self, item: Item) -> Item:
        """``item`` following the profile's LPR fixings (``profile.lpr_fixings``)."""
        product = with_lpr_table(item.product, table_of(self._household.extra))
        return item if product is item.product else replace(item, product=product)

    # -- background recomputation -------------------------------------------------------------

    def recompute_all(self) -> None:
        """Analyse every item, reporting progress: a household-sized profile at once (figures
        already worked out for the page on screen are kept), a large one on a worker thread
        so the window stays live meanwhile."""
        if len(self._items) <= SYNC_ITEMS:
            known = dict(self._figures)
            for k, item in enumerate(self._items):
                self.figures(item)
                self.recompute_progressed.emit(k + 1, len(self._items))
            if self._figures != known:  # nothing new: the pages already show these figures
                self.figures_updated.emit()
            return
        items = [(i, self.convention_for(i)) for i in self._items]

        def task(progress: Progress) -> dict[str, tuple[Item, Convention, Figures | None]]:
            done = {}
            for k, (item, convention) in enumerate(items):
                done[item.id] = (item, convention, _analyse(item, convention))
                progress(k + 1, len(items))
            return done

        worker = Worker(task, self)
        worker.progressed.connect(self.recompute_progressed)
        worker.succeeded.connect(self._recomputed)
        worker.finished.connect(worker.deleteLater)
        self._worker = worker
        worker.start()

    def wait_for_recompute(self, msecs: int = 30000) -> None:
        if self._worker is not None and self._worker.isRunning():
            self._worker.wait(msecs)

    @property
    def recomputing(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def _recomputed(self, results: dict) -> None:
        for item_id, entry in results.items():
            current = self.item(item_id)
            if current is entry[0]:  # an edit made meanwhile keeps its own figures
                self._figures[item_id] = entry
        self._worker = None
        self.figures_updated.emit()


__all__ = ["Backend", "MemoryBackend", "Session", "StoreBackend"]


def _has_rate(figures: Figures) -> bool:
    try:
        figures.apr  # noqa: B018 - worked out and kept
    except (InputError, ValueError, ArithmeticError):
        return False
    return True


def _analyse(item: Item, convention: Convention, rate_now: bool = True) -> Figures | None:
    try:
        return analyse(item.product, convention, rate_now=rate_now)
    except (InputError, ValueError, ArithmeticError, ImportError):
        # ImportError: the card simulator is a separate engine module; without it a card has
        # no figures yet, which the pages show as dashes.
        return None
