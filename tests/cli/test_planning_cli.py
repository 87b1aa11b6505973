"""Issue 15 on the command line, and its done-when scenario end to end: a household paid on the
10th and 25th with a year-end bonus and five debts sees warnings on the right days, tries
consolidating three debts into one offer, gets the budget that is debt-free by a chosen date,
and exports a calendar that reminds it before each payment."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import icalendar
import pytest

TODAY = ["--today", "2026-12-06"]

HOUSEHOLD = {
    "format": "planner-portfolio", "version": 1,
    "profile": {
        "currency": "CNY", "name": "王家", "cash_buffer": "1300",
        "income_schedule": [
            {"kind": "semimonthly", "amount": "5500", "days": [10, 25], "label": "工资"},
            {"kind": "yearly", "amount": "20000", "month": 1, "day": 20, "label": "年终奖"}],
        "expense_schedule": [{"kind": "monthly", "amount": "3000", "day": 5, "label": "房租"},
                             {"kind": "monthly", "amount": "3000", "label": "生活费"}]},
    "items": [
        {"id": "huabei", "name": "花呗分期", "lender": "花呗", "kind": "installment",
         "principal": "3600", "start": "2026-11-09", "term": 12,
         "rate": {"monthly_fee": "0.0075"}},
        {"id": "jiebei", "name": "借呗", "lender": "借呗", "kind": "credit_line",
         "principal": "15000", "start": "2026-11-24", "term": 12, "rate": {"daily": "0.0004"},
         "prepayment_penalty": {"percent": "0.01"}},
        {"id": "baitiao", "name": "白条", "lender": "京东", "kind": "installment",
         "principal": "2400", "start": "2026-11-08", "term": 6,
         "rate": {"monthly_fee": "0.006"}, "due_shift": "next_workday"},
        {"id": "car", "name": "车贷", "lender": "招商银行", "kind": "loan",
         "principal": "50000", "start": "2026-11-15", "term": 36, "rate": {"annual": "0.065"}},
        {"id": "weilidai", "name": "微粒贷", "lender": "微众银行", "kind": "credit_line",
         "principal": "8000", "start": "2026-11-23", "term": 6, "rate": {"daily": "0.0005"}},
    ]}
OFFER = {"name": "银行消费贷", "lender": "建设银行", "kind": "loan", "term": 12,
         "rate": {"annual": "0.06"}}


def planner(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True,
                          text=True, timeout=120)


def ok(*args: str) -> str:
    out = planner(*args)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    household, offer = tmp_path / "household.json", tmp_path / "offer.json"
    household.write_text(json.dumps(HOUSEHOLD, ensure_ascii=False), encoding="utf-8")
    offer.write_text(json.dumps(OFFER, ensure_ascii=False), encoding="utf-8")
    return household, offer


def test_done_when_the_whole_scenario(files, tmp_path):
    household, offer = files
    # 1. Warnings on the right days. Today, 6 December: 1,300 less a week of living costs
    # (3,000 x 12 / 52 = 692.31) is 607.69; 白条 takes 414.40 (400 + 0.6% of 2,400) on the
    # 8th, 花呗 327 (300 + 0.75% of 3,600) on the 9th: -133.71, the day before payday. On the
    # 23rd and 24th 微粒贷 and 借呗 take cash below zero again, the day before the 25th.
    stress = json.loads(ok("stress", str(household), "--json", *TODAY))
    assert stress["paydays_known"] and stress["paydays"][:2] == ["2026-12-10", "2026-12-25"]
    shortfall = next(w for w in stress["warnings"] if w["code"] == "cash_shortfall")
    assert shortfall["severity"] == "caution"
    assert shortfall["dates"] == ["2026-12-09", "2026-12-24"]
    assert shortfall["detail"]["first_gap_payday"] == "2026-12-10"
    assert shortfall["detail"]["first_gap_lowest"] == "-133.71"
    assert shortfall["items"] == ["huabei"]
    day = {d["date"]: d for d in stress["days"]}
    assert (day["2026-12-08"]["payments"], day["2026-12-09"]["cash"]) == ("414.40", "-133.71")
    assert day["2026-12-10"]["income"] == "5500.00"
    months = {m["month"]: m for m in stress["months"]}
    assert months["2027-01"]["income"] == "31000.00"  # two paydays and the year-end bonus
    assert months["2027-02"]["income"] == "11000.00"
    text = ok("stress", str(household), *TODAY)
    assert ("Cash shortfall: Cash runs short before payday: it falls to -¥133.71 on "
            "2026-12-09, payday is 2026-12-10.") in text

    # 2. Consolidating three debts (by name and by id) into one offer: does it pay?
    result = json.loads(ok("whatif", str(household), "--replace", "花呗分期,借呗,weilidai",
                           "--with", str(offer), "--json", *TODAY))
    r = result["refinance"]
    assert [x["id"] for x in r["replaced"]] == ["huabei", "jiebei", "weilidai"]
    jiebei = r["replaced"][1]
    assert jiebei["penalty"] == "150.00"  # 1% of the 15,000 left
    assert D(r["to_repay"]) == sum(D(x["repay"]) for x in r["replaced"])
    assert r["offer"]["principal"] == r["to_repay"]  # the offer lends what is needed
    assert D(r["saving"]) == D(r["total_paid_before"]) - D(r["total_paid_after"])
    assert r["pays"] is (D(r["saving"]) > 0)
    assert D(r["total_paid_before"]) == sum(D(x["remaining"]) for x in r["replaced"])
    assert D(r["total_paid_after"]) == sum(D(row["payment"]) for row in r["offer"]["schedule"])
    assert r["replaced"][0]["remaining"] == "3924.00"  # 12 x 327
    assert r["score_after"] < r["score_before"] == stress["score"]
    assert {"before", "after"} <= set(result)
    assert not any(i in result["after"]["months"][1]["by_item"]
                   for i in ("huabei", "jiebei", "weilidai"))

    # 3. The budget that is debt-free by the end of 2027, and the plan it gives.
    by = json.loads(ok("plan", str(household), "--by", "2027-12-31", "--strategy",
                       "avalanche", "--json", *TODAY))
    assert by["debt_free"] <= "2027-12"
    same = json.loads(ok("plan", str(household), "--budget", by["budget"], "--strategy",
                         "avalanche", "--json", *TODAY))
    assert same == by
    less = json.loads(ok("plan", str(household), "--budget",
                         str(D(by["budget"]) - D("0.01")), "--json", *TODAY))
    assert less["debt_free"] is None or less["debt_free"] > "2027-12"

    # 4. A calendar that reminds before each payment: three days and one day before, 09:00.
    ics = tmp_path / "due.ics"
    ok("calendar", str(household), "--ics", str(ics), "--remind", "3,1", *TODAY)
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert events
    for event in events:
        triggers = sorted(a.decoded("trigger") for a in event.walk("VALARM"))
        assert triggers == [timedelta(days=-3, hours=9), timedelta(days=-1, hours=9)]
    dues = json.loads(ok("calendar", str(household), "--json", *TODAY))
    assert {e.decoded("dtstart") for e in events} == {date.fromisoformat(d["date"])
                                                      for d in dues}


def test_unknown_names_exit_2_naming_them(files):
    household, offer = files
    out = planner("whatif", str(household), "--replace", "借呗,房贷,boat", "--with", str(offer),
                  *TODAY)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == 'planner: --replace: no item has the id or name "房贷", "boat"'


@pytest.mark.parametrize("args", [["--replace", "借呗"], ["--with", "OFFER"],
                                  ["--replace", "借呗", "--with", "OFFER",
                                   "--income-change", "-0.1"]])
def test_replace_and_with_go_together_alone(files, args):
    household, offer = files
    args = [str(offer) if a == "OFFER" else a for a in args]
    out = planner("whatif", str(household), *args, *TODAY)
    assert out.returncode == 2 and out.stderr.startswith("planner: ")


def test_a_bad_offer_exits_2_naming_the_field(files, tmp_path):
    household, _ = files
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "loan", "term": 0, "rate": {"annual": "0.06"}}))
    out = planner("whatif", str(household), "--replace", "car", "--with", str(bad), *TODAY)
    assert out.returncode == 2 and out.stderr.startswith("planner: --with.term:")


def test_a_date_that_cannot_be_reached_exits_2_saying_why(files):
    household, _ = files
    out = planner("plan", str(household), "--by", "2026-11-30", *TODAY)
    assert out.returncode == 2
    assert "before today" in out.stderr and out.stderr.count("\n") == 1
    out = planner("plan", str(household), "--by", "2027-01-01", "--budget", "100", *TODAY)
    assert out.returncode == 2
    out = planner("plan", str(household), *TODAY)
    assert out.returncode == 2


def test_plan_by_in_words(files):
    household, _ = files
    text = ok("plan", str(household), "--by", "2027-12-31", "--strategy", "snowball", *TODAY)
    assert text.startswith("Debt-free by 2027-12-31: the smallest monthly budget is ")


def test_remind_needs_ics_and_valid_days(files, tmp_path):
    household, _ = files
    assert planner("calendar", str(household), "--remind", "1", *TODAY).returncode == 2
    out = planner("calendar", str(household), "--ics", str(tmp_path / "x.ics"), "--remind",
                  "45", *TODAY)
    assert out.returncode == 2 and "--remind" in out.stderr
    ok("calendar", str(household), "--ics", str(tmp_path / "none.ics"), "--remind", "none",
       *TODAY)
    assert b"VALARM" not in (tmp_path / "none.ics").read_bytes()
    ok("calendar", str(household), "--ics", str(tmp_path / "default.ics"), *TODAY)
    assert (tmp_path / "default.ics").read_bytes().count(b"TRIGGER:-PT15H") > 0


def test_the_calendar_says_where_a_due_date_moved(tmp_path):
    data = {"format": "planner-portfolio", "version": 1, "items": [
        {"id": "p", "name": "plan", "kind": "installment", "principal": "3000",
         "start": "2026-08-01", "term": 3, "rate": {"monthly_fee": "0"},
         "due_shift": "next_workday"},
        {"id": "q", "name": "fixed", "kind": "installment", "principal": "3000",
         "start": "2026-08-01", "term": 3, "rate": {"monthly_fee": "0"}}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data))
    dues = json.loads(ok("calendar", str(path), "--json", "--today", "2026-09-15"))
    moved = [d for d in dues if d["item"] == "p" and d["kind"] == "regular"]
    assert [(d["date"], d["moved_from"], d["holidays_known"]) for d in moved] == [
        ("2026-10-08", "2026-10-01", True), ("2026-11-02", "2026-11-01", True)]
    assert all("moved_from" not in d for d in dues if d["item"] == "q")
