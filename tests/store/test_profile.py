"""The ``Profile`` facade: core objects in and out, one transaction per change, card numbers
refused before anything is written."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from planner.core.errors import InputError
from planner.core.portfolio import Household, Payment, Status, parse_item
from planner.core.product import parse_product
from planner.store.comparisons import SavedOffer
from planner.store.db import DatabaseError
from planner.store.errors import NotFound
from planner.store.profile import Profile

from .conftest import sample

LOAN = {"id": "loan", "name": "Loan", "kind": "loan", "principal": "12000",
        "start": "2025-01-15", "term": 12, "rate": {"annual": "0.12"}}
CARD_NUMBER = "4111 1111 1111 1111"  # the Visa test number: passes the Luhn check


def _count(profile: Profile, table: str) -> int:
    return profile.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_items_come_back_as_the_same_core_objects(profile: Profile):
    item = parse_item(sample()["items"][0])
    stored = profile.add_item(item)
    assert stored == item and profile.items() == [item]
    assert profile.item("car").payments[1:] == (Payment(date(2025, 4, 1), Decimal("100")),
                                                Payment(date(2025, 4, 1), Decimal("3200")))


def test_the_variable_rate_mark_is_stored_and_read_back(profile: Profile):
    profile.add_item(parse_item({**LOAN, "variable_rate": True}))
    profile.add_item(parse_item({**LOAN, "id": "fixed"}))
    assert [i.product.variable_rate for i in profile.items()] == [True, False]
    assert [r[0] for r in profile.db.execute("SELECT variable_rate FROM items "
                                             "ORDER BY position")] == [1, 0]
    with pytest.raises(DatabaseError, match="CHECK constraint failed: variable_rate"):
        profile.db.execute("UPDATE items SET variable_rate = 2 WHERE id = 'loan'")


def test_an_id_in_use_is_refused(profile: Profile):
    profile.add_item(parse_item(LOAN))
    with pytest.raises(InputError, match="'loan' is already used"):
        profile.add_item(parse_item({**LOAN, "name": "Other"}))
    assert profile.item("loan").name == "Loan"


def test_update_keeps_the_place_in_the_list_and_save_upserts(profile: Profile):
    for n in range(3):
        profile.add_item(parse_item({**LOAN, "id": f"l{n}", "name": f"Loan {n}"}))
    profile.update_item(parse_item({**LOAN, "id": "l0", "name": "Renamed", "term": 24}))
    assert [i.name for i in profile.items()] == ["Renamed", "Loan 1", "Loan 2"]
    profile.save_item(parse_item({**LOAN, "id": "l3", "name": "New"}))
    assert [i.id for i in profile.items()] == ["l0", "l1", "l2", "l3"]
    with pytest.raises(NotFound, match="no item 'missing'"):
        profile.update_item(parse_item({**LOAN, "id": "missing"}))


def test_deleting_an_item_deletes_its_payments_and_fees(profile: Profile):
    profile.add_item(parse_item(sample()["items"][0]))
    assert (_count(profile, "payments"), _count(profile, "fees")) == (3, 3)
    profile.delete_item("car")
    assert (_count(profile, "payments"), _count(profile, "fees")) == (0, 0)
    with pytest.raises(NotFound):
        profile.delete_item("car")


def test_recording_and_undoing_a_payment(profile: Profile):
    profile.add_item(parse_item(LOAN))
    item = profile.record_payment("loan", date(2025, 2, 15), Decimal("1066.19"))
    assert item.payments == (Payment(date(2025, 2, 15), Decimal("1066.19")),)
    assert profile.position("loan", date(2025, 2, 15)).overdue == Decimal("0")
    assert profile.delete_payment("loan", date(2025, 2, 15), Decimal("1066.19")).payments == ()


@pytest.mark.parametrize(("paid_on", "amount", "field"), [
    (date(2025, 1, 1), "100", "date"),     # before the loan starts
    (date(2025, 3, 1), "0", "amount"),
    (date(2025, 3, 1), "-5", "amount"),
    (date(2025, 3, 1), "1.001", "amount"),  # finer than a fen
    (date(2025, 3, 1), "abc", "amount"),
])
def test_a_bad_payment_is_refused_and_nothing_recorded(profile, paid_on, amount, field):
    profile.add_item(parse_item(LOAN))
    with pytest.raises(InputError) as caught:
        profile.record_payment("loan", paid_on, amount)
    assert caught.value.field == field
    assert _count(profile, "payments") == 0


def test_status_changes(profile: Profile):
    profile.add_item(parse_item(LOAN))
    for status in ("paid_off", "archived", "disputed", "active"):
        assert profile.set_status("loan", status).status is Status(status)
    with pytest.raises(InputError, match="status"):
        profile.set_status("loan", "forgotten")


def test_household_round_trip(profile: Profile):
    assert profile.household() == Household()
    household = Household("USD", Decimal("5000.00"), Decimal("2100.10"), Decimal("900"),
                          "The Smiths", {"language": "en"})
    profile.set_household(household)
    assert profile.household() == household


def test_settings_keep_json_values(profile: Profile):
    profile.set_setting("thresholds", {"debt_service": Decimal("0.36"), "housing": 0.5})
    profile.set_setting("last_page", "items")
    assert profile.setting("thresholds") == {"debt_service": Decimal("0.36"),
                                             "housing": Decimal("0.5")}
    assert profile.settings() == {"last_page": "items", "thresholds": profile.setting(
        "thresholds")}
    profile.set_setting("last_page", None)
    assert profile.setting("last_page", "overview") == "overview"


def test_comparisons_are_saved_as_products(profile: Profile):
    bank = parse_product({k: v for k, v in LOAN.items() if k not in ("id", "name")})
    plan = parse_product({"kind": "installment", "principal": "12000", "start": "2025-01-15",
                          "term": 12, "rate": {"monthly_fee": "0.006"},
                          "late_fee": {"daily": Decimal("0.0005")}})
    offers = [SavedOffer("Bank A", bank), SavedOffer("白条", plan)]
    saved = profile.save_comparison(" Phone ", offers)
    assert saved.name == "Phone" and saved.offers == tuple(offers)
    profile.save_comparison("Phone", offers[:1])  # saving again replaces it
    assert [c.offers for c in profile.comparisons()] == [tuple(offers[:1])]
    profile.delete_comparison("Phone")
    assert profile.comparisons() == []
    assert _count(profile, "comparison_offers") == 0


@pytest.mark.parametrize("where", ["name", "lender", "notes"])
def test_a_full_card_number_is_refused_in_any_item_text(profile: Profile, where: str):
    good = parse_item(LOAN)
    bad = dataclasses.replace(good, **{where: f"card {CARD_NUMBER}"})  # built around parse
    with pytest.raises(InputError, match="full card number") as caught:
        profile.add_item(bad)
    assert caught.value.field == where
    assert _count(profile, "items") == 0


def test_a_full_card_number_is_refused_in_settings_household_and_comparisons(profile):
    with pytest.raises(InputError, match="full card number"):
        profile.set_setting("note", {"text": f"pay {CARD_NUMBER}"})
    with pytest.raises(InputError, match="full card number"):
        profile.set_household(Household(name=CARD_NUMBER.replace(" ", "-")))
    with pytest.raises(InputError, match="full card number"):
        profile.save_comparison(f"x {CARD_NUMBER}", [SavedOffer("a", parse_item(LOAN).product)])
    assert (_count(profile, "settings"), _count(profile, "household"),
            _count(profile, "comparisons")) == (0, 0, 0)


def test_a_card_number_hidden_in_free_form_json_is_refused(profile: Profile):
    plan = {"id": "p", "name": "Plan", "kind": "installment", "principal": "600",
            "start": "2025-01-10", "term": 6, "rate": {"monthly_fee": "0.006"}}
    with pytest.raises(InputError, match="full card number") as caught:
        profile.import_portfolio({"format": "planner-portfolio", "version": 1, "items": [
            plan, {**plan, "id": "q", "late_fee": {"card": 4111111111111111}}]})
    assert caught.value.field == "items[1].late_fee.card"  # the very entry it sits in
    with pytest.raises(InputError, match="full card number"):
        profile.set_household(Household(extra={"thresholds": {"x": "4111111111111111"}}))
    with pytest.raises(InputError, match="full card number"):
        profile.set_setting("pin", 4111111111111111)
    assert (_count(profile, "items"), _count(profile, "household"),
            _count(profile, "settings")) == (0, 0, 0)


def test_only_the_last_four_digits_of_a_card_are_kept(profile: Profile):
    card = parse_item({"id": "c", "name": "Visa", "kind": "card", "balance": "100",
                       "start": "2025-01-01", "rate": {"annual": "0.2"}})
    with pytest.raises(InputError, match="last four"):
        profile.add_item(dataclasses.replace(card, card_last4="41111"))
    assert profile.add_item(dataclasses.replace(card, card_last4="1111")).card_last4 == "1111"


def test_new_item_ids_are_free(profile: Profile):
    profile.add_item(parse_item({**LOAN, "id": "item-2"}))
    assert profile.new_item_id() == "item-3"
