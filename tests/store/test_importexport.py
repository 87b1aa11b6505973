"""Portfolio JSON import (all or nothing, merge or replace) and export (exact round trip); CSV
escaped against formula injection; due dates as an .ics that icalendar reads back."""

from __future__ import annotations

import csv
import io
import json
import secrets
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.portfolio import parse_portfolio
from planner.store import jsontext
from planner.store.importexport import ImportMode, safe_cell
from planner.store.profile import Profile

from .conftest import TODAY, sample


def _exact(text: str) -> dict:
    return json.loads(text, parse_float=Decimal)


def test_export_then_import_round_trips_exactly(profile: Profile):
    original = jsontext.dumps(sample())
    profile.import_portfolio(_exact(original))
    exported = profile.export_json_text()
    assert parse_portfolio(_exact(exported)) == parse_portfolio(_exact(original))
    # Read with plain floats on both sides, the two are equal too.
    assert parse_portfolio(json.loads(exported)) == parse_portfolio(json.loads(original))
    assert profile.portfolio() == parse_portfolio(_exact(original))


def test_merge_replaces_by_id_keeps_the_rest_and_appends_new(profile: Profile):
    profile.import_portfolio(sample())
    update = {"format": "planner-portfolio", "version": 1, "items": [
        {**sample()["items"][1], "name": "白条 (renewed)", "payments": []},
        {"id": "new", "name": "New loan", "kind": "loan", "principal": "100",
         "start": "2025-05-01", "term": 2, "rate": {"annual": "0.1"}}]}
    summary = profile.import_portfolio(update)
    assert (summary.added, summary.replaced, summary.household_set) == (1, 1, False)
    items = profile.items()
    assert [i.id for i in items] == ["car", "baitiao", "phone", "visa", "jiebei", "yen", "new"]
    assert items[1].name == "白条 (renewed)"
    assert profile.household().name == "Li household"  # the update had no profile


def test_replace_makes_the_profile_exactly_the_file(profile: Profile):
    profile.import_portfolio(sample())
    only = {"format": "planner-portfolio", "version": 1, "items": [sample()["items"][4]]}
    summary = profile.import_portfolio(only, ImportMode.REPLACE)
    assert (summary.added, summary.removed) == (1, 6)
    assert [i.id for i in profile.items()] == ["jiebei"]
    assert profile.household().name == ""
    assert profile.db.execute("SELECT count(*) FROM payments").fetchone()[0] == 1


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["items"][3].update(notes="card 4111-1111-1111-1111"), "items[3].notes"),
    (lambda d: d["items"][2].update(principal="-1"), "items[2].principal"),
    (lambda d: d["items"][5].update(colour="red"), "items[5].colour"),
    (lambda d: d["items"][0]["payments"].append({"date": "2024-01-01", "amount": "1"}),
     "items[0].payments[3].date"),
    (lambda d: d["items"].append(dict(d["items"][0])), "items[6].id"),
    (lambda d: d.update(version=3), "version"),  # 1 and 2 are read
])
def test_bad_content_is_refused_whole_naming_item_and_field(profile: Profile, change, field):
    profile.import_portfolio({"format": "planner-portfolio", "version": 1,
                              "items": [sample()["items"][1]]})
    before = profile.export_json_text()
    data = sample()
    change(data)
    with pytest.raises(InputError) as caught:
        profile.import_portfolio(data, ImportMode.REPLACE)
    assert caught.value.field == field
    assert profile.export_json_text() == before


def test_a_failure_mid_write_rolls_the_whole_import_back(profile: Profile, monkeypatch):
    profile.import_portfolio({"format": "planner-portfolio", "version": 1,
                              "items": [sample()["items"][1]]})
    before = profile.export_json_text()
    from planner.store import items as item_rows

    real_insert = item_rows.insert_item
    calls = []

    def failing_insert(db, item, position):
        calls.append(item.id)
        if len(calls) == 4:
            raise OSError("disk full")
        real_insert(db, item, position)

    monkeypatch.setattr(item_rows, "insert_item", failing_insert)
    with pytest.raises(OSError):
        profile.import_portfolio(sample(), ImportMode.REPLACE)
    assert len(calls) == 4
    assert profile.export_json_text() == before


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_a_spreadsheet_would_run_are_escaped(profile: Profile, start):
    data = {"format": "planner-portfolio", "version": 1, "items": [
        {"id": f"{start}id", "name": f"{start}cmd|' /C calc'!A0", "lender": f"{start}1+1",
         "notes": f"{start}SUM(A1:A9)", "kind": "loan", "principal": "100",
         "start": "2025-01-01", "term": 2, "rate": {"annual": "0.1"}}]}
    profile.import_portfolio(data)
    for text in (profile.export_items_csv(TODAY), profile.export_schedules_csv(TODAY)):
        rows = list(csv.reader(io.StringIO(text)))
        for cell in (c for row in rows[1:] for c in row):
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert rows[1][0] == f"'{start}id"
        assert rows[1][1] == f"'{start}cmd|' /C calc'!A0"


def test_safe_cell_escapes_tab_and_carriage_return_too():
    # Item texts are stripped on input, but a setting or label could start with them (OWASP).
    assert (safe_cell("\t=1+1"), safe_cell("\r@SUM(A1)")) == ("'\t=1+1", "'\r@SUM(A1)")


def test_safe_cell_leaves_ordinary_text_alone():
    assert [safe_cell(v) for v in ("白条", "12.50", "", None, "a=b")] == \
        ["白条", "12.50", "", "", "a=b"]


def test_items_csv_has_the_position_from_money_paid(profile: Profile):
    profile.import_portfolio(sample())
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(profile.export_items_csv(TODAY)))}
    assert rows["visa"]["card_last4"] == "4821"
    # the card's statements replayed (planner.core.card_tracking): Apr 1 2,500.75, nothing
    # paid by Apr 26; May 1 2,500.75 + 49.99 interest (23.99% / 12) = 2,550.74, 150 paid on
    # May 1; Jun 1 2,550.74 - 150 + 50.99 = 2,451.73, issued today. Minimums 75.02 (3% of
    # 2,500.75) and 126.51 (3% of 2,550.74 + 49.99): 75.02 + 126.51 - 150 = 51.53 overdue
    assert rows["visa"]["remaining_principal"] == "2451.73"
    assert (rows["visa"]["overdue"], rows["visa"]["overdue_since"]) == ("51.53", "2025-04-26")
    assert rows["car"]["paid"] == "6600.12"


def test_due_dates_ics_reads_back_with_icalendar(profile: Profile):
    profile.import_portfolio(sample())
    calendar = icalendar.Calendar.from_ical(profile.export_ics(TODAY))
    events = list(calendar.walk("VEVENT"))
    by_item: dict[str, list] = {}
    for event in events:
        by_item.setdefault(str(event["uid"]).split("-2")[0], []).append(event)
    # Open items only: car, baitiao (disputed), jiebei, yen; not phone (paid off) or visa.
    assert set(by_item) == {"car", "baitiao", "jiebei", "yen"}
    dates = [e.decoded("dtstart") for e in events]
    assert all(isinstance(d, date) and d >= TODAY for d in dates)
    assert len({str(e["uid"]) for e in events}) == len(events)
    baitiao = sorted(by_item["baitiao"], key=lambda e: e.decoded("dtstart"))
    # 白条: 12 payments from 10 Feb 2025; from 1 June on, 10 June 2025 to 10 Jan 2026 remain.
    assert [e.decoded("dtstart") for e in baitiao][0] == date(2025, 6, 10)
    assert [e.decoded("dtstart") for e in baitiao][-1] == date(2026, 1, 10)
    assert len(baitiao) == 8
    assert str(baitiao[0]["summary"]) == "白条 12期: 536.00 CNY"  # 500 + 0.6% x 6,000


# -- property: any valid portfolio round-trips --------------------------------------------------

_money = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
_rate = st.decimals(min_value=Decimal("0"), max_value=Decimal("0.5"), places=4)
_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)


@st.composite
def _item(draw, index: int) -> dict:
    kind = draw(st.sampled_from(["loan", "installment", "credit_line", "card"]))
    start = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    item: dict = {"id": f"i{index}", "name": draw(_text.filter(str.strip)) or "x",
                  "lender": draw(_text), "notes": draw(_text), "kind": kind,
                  "start": start.isoformat(), "currency": draw(st.sampled_from(["CNY", "USD"])),
                  "status": draw(st.sampled_from(["active", "paid_off", "archived",
                                                  "disputed"]))}
    amount = str(draw(_money))
    if kind == "card":
        item.update(balance=amount, rate={"annual": str(draw(_rate))},
                    strategy=draw(st.sampled_from(["minimum", {"fixed": "100"},
                                                   {"months": 36}])))
        if draw(st.booleans()):
            item["card_last4"] = draw(st.from_regex(r"\A[0-9]{4}\Z"))
    else:
        quote = "monthly_fee" if kind == "installment" else draw(
            st.sampled_from(["annual", "monthly", "daily"]))
        value = draw(_rate) / (365 if quote == "daily" else 12 if quote != "annual" else 1)
        if quote == "monthly_fee":
            # A zero monthly_fee is parsed as interest_free, whose JSON is then refused
            # (reported upstream); keep the fee positive here.
            value = max(value, Decimal("0.0001"))
        item.update(principal=amount, term=draw(st.integers(1, 120)),
                    rate={quote: str(value.quantize(Decimal("0.000001")))},
                    frequency=draw(st.sampled_from(["monthly", "semimonthly", "biweekly",
                                                    "weekly"])))
        if draw(st.booleans()):
            item["fees"] = [{"type": draw(st.sampled_from(["upfront", "per_payment",
                                                           "financed"])),
                             "amount": str(draw(_money))}]
    if kind != "installment" and draw(st.booleans()):
        item["variable_rate"] = draw(st.booleans())  # false written out, or left to default
    item["payments"] = [{"date": draw(st.dates(start, date(2031, 12, 31))).isoformat(),
                         "amount": str(draw(_money))} for _ in range(draw(st.integers(0, 3)))]
    return item


@st.composite
def _portfolio(draw) -> dict:
    count = draw(st.integers(0, 4))
    return {"format": "planner-portfolio", "version": 1,
            "profile": {"currency": "CNY", "monthly_income": str(draw(_money)),
                        "name": draw(_text)},
            "items": [draw(_item(n)) for n in range(count)]}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_portfolio())
def test_any_valid_portfolio_round_trips(data):
    try:
        expected = parse_portfolio(data)
    except InputError:
        return  # not a valid portfolio (a card number drawn by chance, say)
    with tempfile.TemporaryDirectory() as directory:
        with Profile.open(Path(directory), secrets.token_bytes(32), backup=False) as profile:
            profile.import_portfolio(data)
            assert parse_portfolio(_exact(profile.export_json_text())) == expected


# -- the one import-merge rule (issue 13): the command line and the app both import by it ---------

def _car(**changes) -> dict:
    return {**sample()["items"][0], **changes}


def _file(*items: dict, profile: dict | None = None) -> dict:
    data = {"format": "planner-portfolio", "version": 1, "items": list(items)}
    if profile is not None:
        data["profile"] = profile
    return data


def test_importing_the_same_file_twice_changes_nothing(profile: Profile):
    profile.import_portfolio(sample())
    before = profile.export_json_text()
    summary = profile.import_portfolio(sample())
    assert (summary.added, summary.replaced, summary.unchanged) == (0, 0, 6)
    assert profile.export_json_text() == before
    assert profile.db.execute("SELECT count(*) FROM payments").fetchone()[0] == 5


def test_an_item_with_a_known_id_is_brought_up_to_date_keeping_its_payments(profile: Profile):
    profile.import_portfolio(sample())
    profile.record_payment("car", date(2025, 5, 1), Decimal("3200"))  # after the export
    older = _car(name="车贷 (renewed)", notes="", payments=[
        {"date": "2025-03-01", "amount": "3300.12"},                     # in both: once
        {"date": "2025-06-01", "amount": "3200"}])                       # only in the file
    summary = profile.import_portfolio(_file(older))
    assert (summary.added, summary.replaced, summary.unchanged) == (0, 1, 0)
    car = profile.item("car")
    assert (car.name, car.notes) == ("车贷 (renewed)", "")
    assert [(str(p.date), str(p.amount)) for p in car.payments] == [
        ("2025-03-01", "3300.12"), ("2025-04-01", "100.00"), ("2025-04-01", "3200.00"),
        ("2025-05-01", "3200.00"), ("2025-06-01", "3200.00")]
    assert [i.id for i in profile.items()][0] == "car"  # its place in the list kept
    assert summary.before[0].name == "车贷 Car loan" and len(summary.before[0].payments) == 4


def test_the_profiles_payments_that_do_not_fit_the_files_terms_refuse_it_whole(
        profile: Profile):
    profile.import_portfolio(sample())
    before = profile.export_json_text()
    later = _car(start="2025-05-01", first_payment="2025-06-01", payments=[])
    with pytest.raises(InputError) as caught:
        profile.import_portfolio(_file(later, sample()["items"][1]))
    assert caught.value.field == "items[0].payments"
    assert "payments this profile has recorded for 'car'" in str(caught.value)
    assert profile.export_json_text() == before


def test_the_household_is_the_files_only_for_a_profile_without_one(profile: Profile):
    fresh = profile.import_portfolio(sample())
    assert fresh.household_set and not fresh.household_kept
    assert profile.household().name == "Li household"
    other = _file(_car(), profile={"currency": "USD", "monthly_income": "1", "name": "Other"})
    summary = profile.import_portfolio(other)
    assert summary.household_kept and not summary.household_set
    assert profile.household().name == "Li household"
    assert profile.import_portfolio(_file(_car())).household_kept is False  # none in the file
    replaced = profile.import_portfolio(other, ImportMode.REPLACE)
    assert replaced.household_set and profile.household().name == "Other"


def test_undoing_an_import_puts_back_the_profile_as_it_was(profile: Profile):
    empty = profile.export_json_text()
    first = profile.import_portfolio(sample())
    profile.undo_import(first)
    assert profile.export_json_text() == empty
    assert profile.db.execute("SELECT count(*) FROM household").fetchone()[0] == 0
    profile.import_portfolio(sample())
    before = profile.export_json_text()
    new = {"id": "new", "name": "New loan", "kind": "loan", "principal": "100",
           "start": "2025-05-01", "term": 2, "rate": {"annual": "0.1"}}
    summary = profile.import_portfolio(_file(_car(name="renamed", payments=[
        {"date": "2025-05-01", "amount": "1"}]), new))
    assert summary.added_ids == ("new",)
    profile.undo_import(summary)
    assert profile.export_json_text() == before
    everything = profile.import_portfolio(_file(new), ImportMode.REPLACE)
    assert profile.household().name == ""  # the file's, which has none
    profile.undo_import(everything)
    assert profile.export_json_text() == before
