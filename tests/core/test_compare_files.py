"""Offers read from parsed JSON: a portfolio (each item an offer under its own name), a list of
products, or one product; every refusal names the entry and the field, and ``locate_field``
turns that path back into the offer's number and name."""

from __future__ import annotations

import pytest

from planner.core.compare import EntryField, Offer, locate_field, offers_from_json
from planner.core.errors import InputError
from planner.core.portfolio import Household, Item, Portfolio, portfolio_to_json
from planner.core.product import parse_product

LOAN = {"kind": "loan", "principal": "10000", "start": "2026-01-10", "term": 12,
        "rate": {"annual": "0.06"}}
PLAN = {"kind": "installment", "principal": "10000", "start": "2026-01-10", "term": 12,
        "rate": {"monthly_fee": "0.006"}}


def _portfolio(*entries: tuple[str, dict]) -> dict:
    items = tuple(Item(f"offer-{k}", name, parse_product(spec))
                  for k, (name, spec) in enumerate(entries, start=1))
    return portfolio_to_json(Portfolio(Household(), items))


def test_a_portfolio_gives_its_items_as_offers_under_their_names() -> None:
    data = _portfolio(("bank", LOAN), ("phone plan", PLAN))
    assert offers_from_json(data) == [Offer("bank", parse_product(LOAN)),
                                      Offer("phone plan", parse_product(PLAN))]


def test_a_list_names_unnamed_products_by_number_and_one_product_by_default() -> None:
    offers = offers_from_json([dict(LOAN, name=" bank ", lender="ICBC", id="x"), PLAN], "quotes")
    assert [o.name for o in offers] == ["bank", "quotes 2"]
    assert offers_from_json(PLAN, "phone")[0].name == "phone"


@pytest.mark.parametrize(("data", "field", "located"), [
    (_portfolio(("bank", LOAN), ("phone", PLAN)) | {"version": 3}, "version",
     EntryField(None, "", "version")),
    ([LOAN, dict(PLAN, name="phone", term=0)], "[1].term", EntryField(2, "phone", "term")),
    ([LOAN, "a loan"], "[1].product", EntryField(2, "", "product")),
    (dict(LOAN, name=7), "name", EntryField(1, "", "name")),
])
def test_a_refusal_names_the_entry_and_field(data, field, located) -> None:
    with pytest.raises(InputError) as refused:
        offers_from_json(data)
    assert refused.value.field == field
    assert locate_field(data, refused.value.field) == located


def test_a_bad_item_of_a_portfolio_is_located_by_its_name() -> None:
    data = _portfolio(("bank", LOAN), ("phone", PLAN))
    data["items"][1]["rate"] = {"monthly_fee": "abc"}
    with pytest.raises(InputError) as refused:
        offers_from_json(data)
    assert refused.value.field == "items[1].rate.monthly_fee"
    assert locate_field(data, refused.value.field) == EntryField(2, "phone", "rate.monthly_fee")
