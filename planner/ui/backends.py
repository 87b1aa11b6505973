"""Where the window's session keeps the profile: ``MemoryBackend`` holds a portfolio in memory
(the demo in tests, nothing written anywhere); ``StoreBackend`` is the open encrypted profile
(``planner.store.profile.Profile``), each call one transaction there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from planner.core.errors import InputError
from planner.core.portfolio import Household, Item, Portfolio

if TYPE_CHECKING:  # the store and the offers' comparison are loaded when first used
    from planner.core.compare import Offer
    from planner.store.importexport import ImportSummary


class Backend(Protocol):
    def load(self) -> Portfolio: ...
    def save_item(self, item: Item) -> None: ...
    def import_portfolio(self, data: object) -> ImportSummary: ...
    def undo_import(self, summary: ImportSummary) -> None: ...
    def delete_item(self, item_id: str) -> None: ...
    def save_household(self, household: Household) -> None: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...
    def comparison_names(self) -> list[str]: ...
    def comparison(self, name: str) -> list[Offer]: ...
    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None: ...
    def delete_comparison(self, name: str) -> None: ...
    def close(self) -> None: ...


class MemoryBackend:
    """A portfolio held in memory only: nothing is written anywhere."""

    def __init__(self, portfolio: Portfolio | None = None) -> None:
        self._portfolio = portfolio or Portfolio(Household(), ())
        self._settings: dict[str, Any] = {}
        self._comparisons: dict[str, list[Offer]] = {}

    def load(self) -> Portfolio:
        return self._portfolio

    def save_item(self, item: Item) -> None:
        items = self._portfolio.items
        if any(i.id == item.id for i in items):
            items = tuple(item if i.id == item.id else i for i in items)
        else:
            items = (*items, item)
        self._portfolio = replace(self._portfolio, items=items)

    def import_portfolio(self, data: object) -> ImportSummary:
        """The store's one import rule (``planner.store.importexport.merge``), in memory; the
        household counts as the profile's own once it is not the empty one."""
        from planner.store import importexport

        summary = importexport.merge(self._portfolio, data,
                                     has_household=self._portfolio.household != Household())
        self._portfolio = importexport.applied(self._portfolio, summary)
        return summary

    def undo_import(self, summary: ImportSummary) -> None:
        from planner.store import importexport

        self._portfolio = importexport.unapplied(self._portfolio, summary)

    def delete_item(self, item_id: str) -> None:
        self._portfolio = replace(self._portfolio, items=tuple(
            i for i in self._portfolio.items if i.id != item_id))

    def save_household(self, household: Household) -> None:
        self._portfolio = replace(self._portfolio, household=household)

    def setting(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._settings[key] = value

    def comparison_names(self) -> list[str]:
        return sorted(self._comparisons)

    def comparison(self, name: str) -> list[Offer]:
        return list(self._comparisons[name])

    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None:
        if not name or not offers:
            raise InputError("name" if not name else "offers", "a comparison needs a name and "
                                                               "at least one offer")
        self._comparisons[name] = list(offers)

    def delete_comparison(self, name: str) -> None:
        del self._comparisons[name]

    def close(self) -> None:
        """Nothing to close: nothing was written anywhere."""


class StoreBackend:
    """The open encrypted profile (``planner.store.profile.Profile``); each call is one
    transaction there, so what the window shows is what is on disk."""

    def __init__(self, profile: Any) -> None:
        self.profile = profile

    def close(self) -> None:
        """The profile closed at the app's end: its WAL folded back, its lock released."""
        self.profile.close()

    def load(self) -> Portfolio:
        return self.profile.portfolio()

    def save_item(self, item: Item) -> None:
        self.profile.save_item(item)

    def import_portfolio(self, data: object) -> ImportSummary:
        """The store's one import rule (``planner.store.importexport``), one transaction."""
        return self.profile.import_portfolio(data)

    def undo_import(self, summary: ImportSummary) -> None:
        self.profile.undo_import(summary)

    def delete_item(self, item_id: str) -> None:
        self.profile.delete_item(item_id)

    def save_household(self, household: Household) -> None:
        self.profile.set_household(household)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.profile.setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.profile.set_setting(key, value)

    def comparison_names(self) -> list[str]:
        return [saved.name for saved in self.profile.comparisons()]

    def comparison(self, name: str) -> list[Offer]:
        from planner.core.compare import Offer

        return [Offer(o.label, o.product) for o in self.profile.comparison(name).offers]

    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None:
        from planner.store.comparisons import SavedOffer

        self.profile.save_comparison(name, [SavedOffer(o.name, o.product) for o in offers])

    def delete_comparison(self, name: str) -> None:
        self.profile.delete_comparison(name)
