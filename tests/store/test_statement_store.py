"""What a statement import keeps in the profile (issue 11): the keys of the rows it recorded,
all recorded in one transaction through the store's payment recording, never the rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.core.errors import InputError
from planner.store.profile import Profile
from planner.store.statements.imported import ImportedPayment

from .conftest import sample

KEY_A, KEY_B = "a" * 64, "b" * 64


def _entries() -> list[ImportedPayment]:
    return [ImportedPayment(KEY_A, "jiebei", date(2025, 4, 1), Decimal("3500.00"), 19),
            ImportedPayment(KEY_B, "car", date(2025, 5, 1), Decimal("3299.50"), 20)]


@pytest.fixture
def filled(profile: Profile) -> Profile:
    profile.import_portfolio(sample())
    return profile


def test_the_schema_has_the_imported_payments_table(profile: Profile):
    columns = [c.name for c in profile.db["imported_payments"].columns]
    assert columns == ["key", "source", "item_id", "date", "amount_minor", "imported_at"]


def test_recorded_rows_are_payments_and_their_keys_are_kept(filled: Profile):
    before = {i.id: len(i.payments) for i in filled.items()}
    assert filled.record_statement_payments("bill.csv", "alipay", _entries()) == 2
    after = {i.id: i for i in filled.items()}
    assert len(after["jiebei"].payments) == before["jiebei"] + 1
    assert after["car"].payments[-1].amount == Decimal("3299.50")
    assert filled.imported_statement_keys([KEY_A, KEY_B, "c" * 64]) == {KEY_A: "jiebei",
                                                                        KEY_B: "car"}
    # Only the key, the source and the payment it became: no words of the row.
    rows = [list(r) for r in filled.db.execute(
        "SELECT key, source, item_id, date, amount_minor FROM imported_payments ORDER BY key")]
    assert rows == [[KEY_A, "alipay", "jiebei", "2025-04-01", 350000],
                    [KEY_B, "alipay", "car", "2025-05-01", 329950]]


def test_a_refused_row_records_nothing_and_names_the_file_and_line(filled: Profile):
    bad = [*_entries(), ImportedPayment("d" * 64, "car", date(2024, 1, 1), Decimal("1"), 31)]
    before = filled.portfolio()
    with pytest.raises(InputError) as caught:
        filled.record_statement_payments("bill.csv", "alipay", bad)
    assert str(caught.value).startswith("bill.csv, line 31: car:")
    assert "before the item starts" in str(caught.value)
    assert filled.portfolio() == before
    assert filled.imported_statement_keys([KEY_A, KEY_B]) == {}


def test_a_key_stops_counting_when_its_payment_is_gone(filled: Profile):
    filled.record_statement_payments("bill.csv", "alipay", _entries())
    # Editing the item (which rewrites its rows) keeps the import.
    car = filled.item("car")
    filled.update_item(replace(car, notes="edited"))
    assert KEY_B in filled.imported_statement_keys([KEY_B])
    filled.delete_payment("car", date(2025, 5, 1), Decimal("3299.50"))
    assert filled.imported_statement_keys([KEY_A, KEY_B]) == {KEY_A: "jiebei"}
    assert filled.forget_statement_keys([KEY_A]) == 1
    assert filled.imported_statement_keys([KEY_A]) == {}


def test_many_keys_are_looked_up_in_chunks(filled: Profile):
    entries = [ImportedPayment(f"{n:064x}", "jiebei", date(2025, 4, 1), Decimal("0.01"))
               for n in range(520)]
    filled.record_statement_payments("big.csv", "csv", entries)
    assert len(filled.imported_statement_keys([e.key for e in entries])) == 520
