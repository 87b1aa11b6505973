"""Issue 15 in the store: step 0006 keeps a profile's single monthly figure meaning what it
meant; schedules, due shifts and penalties round-trip; the one .ics writer carries alarms."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import icalendar

from planner.core.portfolio import parse_portfolio
from planner.store.importexport import due_dates_ics, write_due_dates_ics
from planner.store.profile import Profile

FIXTURES = Path(__file__).parent / "fixtures"
V1_KEY = bytes(range(32))

PLANNED = {"format": "planner-portfolio", "version": 1,
           "profile": {"currency": "CNY", "cash_buffer": "3000",
                       "income_schedule": [
                           {"kind": "semimonthly", "amount": "6000", "days": [10, 25],
                            "label": "工资"},
                           {"kind": "yearly", "amount": "24000", "month": 1, "day": 20}],
                       "expense_schedule": [{"kind": "monthly", "amount": "3500", "day": 5}]},
           "items": [{"id": "hb", "name": "花呗", "kind": "installment", "principal": "3000",
                      "start": "2026-08-01", "term": 3, "rate": {"monthly_fee": "0"},
                      "due_shift": "next_workday"},
                     {"id": "jb", "name": "借呗", "kind": "credit_line", "principal": "12000",
                      "start": "2026-09-15", "term": 12, "rate": {"daily": "0.0004"},
                      "prepayment_penalty": {"percent": "0.01"}}]}


def test_a_profile_from_before_step_6_keeps_its_monthly_figure(tmp_path: Path):
    directory = tmp_path / "v1"
    directory.mkdir()
    shutil.copyfile(FIXTURES / "schema_v1.db", directory / "planner.db")
    with Profile.open(directory, V1_KEY, today=date(2025, 6, 2)) as profile:
        household = profile.household()
        assert household.income_schedule == () and household.expense_schedule == ()
        assert household.monthly_income > 0
        assert household.income_flows()[0].spread  # that much a month, its day not known
        rows = profile.db.execute("SELECT income_schedule_json, expense_schedule_json "
                                  "FROM household").fetchall()
        assert rows == [("[]", "[]")]
        assert all(i.due_shift is None and i.prepayment_penalty is None
                   for i in profile.items())


def test_schedules_shifts_and_penalties_round_trip(profile: Profile):
    profile.import_portfolio(PLANNED)
    portfolio = profile.portfolio()
    assert portfolio == parse_portfolio(PLANNED)
    assert portfolio.household.monthly_income == Decimal("14000.00")
    assert portfolio.items[0].due_shift.value == "next_workday"
    assert portfolio.items[1].prepayment_penalty.percent == Decimal("0.01")


def _alarms(data: bytes) -> dict[str, list[timedelta]]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): [a.decoded("trigger") for a in e.walk("VALARM")]
            for e in calendar.walk("VEVENT")}


def test_the_ics_has_an_alarm_per_reminder_day_at_nine():
    items = list(parse_portfolio(PLANNED).items)
    alarms = _alarms(due_dates_ics(items, date(2026, 9, 15), remind_days=(3, 1)))
    assert alarms and all(t == [timedelta(days=-3, hours=9), timedelta(days=-1, hours=9)]
                          for t in alarms.values())
    assert b"TRIGGER:-P2DT15H" in due_dates_ics(items, date(2026, 9, 15), remind_days=(3,))
    assert b"TRIGGER:PT9H" in due_dates_ics(items, date(2026, 9, 15), remind_days=(0,))
    assert b"VALARM" not in due_dates_ics(items, date(2026, 9, 15))


def test_the_ics_puts_a_moved_due_date_on_its_working_day(tmp_path: Path):
    items = list(parse_portfolio(PLANNED).items)
    target = tmp_path / "due.ics"
    count = write_due_dates_ics(target, items, date(2026, 9, 15), date(2026, 12, 1),
                                remind_days=(1,))
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert count == len(events)
    national_day = events["hb-2026-10-01@io.github.planner.Planner"]
    assert national_day.decoded("dtstart") == date(2026, 10, 8)
    assert "moved to 2026-10-08" in str(national_day["description"])
    assert all(e.decoded("dtstart") < date(2026, 12, 1) for e in events.values())
    assert target.stat().st_mode & 0o077 == 0


def test_the_profile_export_uses_the_reminder_days_chosen(profile: Profile):
    profile.import_portfolio(PLANNED)
    assert set(map(tuple, _alarms(profile.export_ics(date(2026, 9, 15))).values())) == {
        (timedelta(days=-1, hours=9),)}  # the default: the day before
    profile.set_setting("reminder_days", [7, 2])
    assert profile.reminder_days() == (7, 2)
    assert set(map(tuple, _alarms(profile.export_ics(date(2026, 9, 15))).values())) == {
        (timedelta(days=-7, hours=9), timedelta(days=-2, hours=9))}
