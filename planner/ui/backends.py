"""Where the window's session keeps the profile: ``MemoryBackend`` holds a portfolio in memory
(the demo in tests, nothing written anywhere); ``StoreBackend`` is the open encrypted profile
(``planner.store.profile.Profile``), each call one transaction there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from planner.core.compare import Offer
from planner.core.errors import InputError
from planner.core.portfolio import Household, Item, Portfolio


class Backend(Protocol):
    def load(self) -> Portfolio: ...
    def save_item(self, item: Item) -> None: ...
    def save_items(self, items: Sequence[Item]) -> None: ...
    def delete_item(self, item_id: str) -> None: ...
    def save_household(self, household: Household) -> None: ...
    def setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...
    def comparison_names(self) -> list[str]: ...
    def comparison(self, name: str) -> list[Offer]: ...
    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None: ...
    def delete_comparison(self, name: str) -> None: ...


class MemoryBackend:
    """A portfolio held in memory only: nothing is written anywhere."""

    def __init__(self, portfolio: Portfolio | None = None) -> None:
        self._portfolio = portfolio or Portfolio(Household(), ())
        self._settings: dict[str, Any] = {}
        self._comparisons: dict[str, list[Offer]] = {}

    def load(self) -> Portfolio:
        return self._portfolio

    def save_item(self, item: Item) -> None:
        pass

    def save_items(self, items: Sequence[Item]) -> None:
        pass

    def delete_item(self, item_id: str) -> None:
        pass

    def save_household(self, household: Household) -> None:
        pass

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


class StoreBackend:
    """The open encrypted profile (``planner.store.profile.Profile``); each call is one
    transaction there, so what the window shows is what is on disk."""

    def __init__(self, profile: Any) -> None:
        self.profile = profile

    def load(self) -> Portfolio:
        return self.profile.portfolio()

    def save_item(self, item: Item) -> None:
        self.profile.save_item(item)

    def save_items(self, items: Sequence[Item]) -> None:
        from planner.core.portfolio import FORMAT, VERSION, item_to_json

        self.profile.import_portfolio({"format": FORMAT, "version": VERSION,
                                       "items": [item_to_json(i) for i in items]})

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
        return [Offer(o.label, o.product) for o in self.profile.comparison(name).offers]

    def save_comparison(self, name: str, offers: Sequence[Offer]) -> None:
        from planner.store.comparisons import SavedOffer

        self.profile.save_comparison(name, [SavedOffer(o.name, o.product) for o in offers])

    def delete_comparison(self, name: str) -> None:
        self.profile.delete_comparison(name)
