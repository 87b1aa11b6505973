"""``planner stress``, ``plan``, ``whatif`` and ``calendar`` as a user runs them: the JSON
contract of issue 5, the readable reports, the store profile path, and exit 2 with one line
naming the field for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest

from planner.cli import main

PORTFOLIO = {
    "format": "planner-portfolio", "version": 1,
    "profile": {"currency": "CNY", "monthly_income": "10000", "essential_expenses": "4000",
                "cash_buffer": "5000"},
    "items": [
        {"id": "bt", "name": "白条", "kind": "installment", "principal": "6000",
         "start": "2025-05-10", "term": 12, "rate": {"monthly_fee": "0.006"}},
        {"id": "visa", "name": "Visa", "kind": "card", "balance": "3000",
         "start": "2025-05-25", "rate": {"daily": "0.0005"}},
        {"id": "car", "name": "car", "kind": "loan", "principal": "24000",
         "start": "2025-05-15", "term": 24, "rate": {"annual": "0.06"}},
    ]}
TODAY = ["--today", "2025-06-01"]


def planner(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def portfolio_file(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(PORTFOLIO, ensure_ascii=False), encoding="utf-8")
    return path


def refused(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("planner: "), out.stderr
    assert "Traceback" not in out.stderr
    for word in words:
        assert word in out.stderr, out.stderr


def test_stress_json_contract(portfolio_file):
    out = planner("stress", str(portfolio_file), "--json", *TODAY)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert data["band"] in ("calm", "watch", "strained", "severe")
    for w in data["warnings"]:
        assert {"code", "severity", "months", "items", "detail"} <= set(w)
        assert w["severity"] in ("info", "caution", "danger")
    assert "high_cost_credit" in {w["code"] for w in data["warnings"]}  # 白条 at ~13% > 12%
    months = data["months"]
    assert len(months) == 36 and months[0]["month"] == "2025-06"
    first = months[0]
    assert {"month", "payments", "income", "ratio"} <= set(first)
    assert first["income"] == "10000.00" and isinstance(first["payments"], str)
    assert Decimal(first["ratio"]) == (Decimal(first["payments"]) / 10000).quantize(
        Decimal("0.0001"))
    assert sum(f["max_points"] for f in data["factors"]) == 100


def test_stress_readable_report_from_stdin():
    out = planner("stress", "-", *TODAY, stdin=json.dumps(PORTFOLIO))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Stress score ") and "High-cost credit" in out.stdout
    assert "Jun 2025" in out.stdout


def test_plan_json_contract(portfolio_file):
    out = planner("plan", str(portfolio_file), "--budget", "3000", "--strategy", "snowball",
                  "--extra", "2025-09-01:1000", "--json", *TODAY)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"strategy", "debt_free", "total_interest", "months"} <= set(data)
    assert data["strategy"] == "snowball" and data["order"][0] == "visa"  # smallest balance
    assert len(data["debt_free"]) == 7 and isinstance(data["total_interest"], str)
    month = data["months"][0]
    assert month["month"] == "2025-06" and set(month["payments"]) == {"bt", "visa", "car"}
    assert sum(Decimal(v) for v in month["payments"].values()) == Decimal("3000.00")
    assert {p["strategy"] for p in data["comparison"]["plans"]} == {"avalanche", "snowball"}


def test_plan_below_minimums_is_flagged(portfolio_file):
    out = planner("plan", str(portfolio_file), "--budget", "100", "--json", *TODAY)
    data = json.loads(out.stdout)
    assert data["budget_below_minimums"] and Decimal(data["shortfall"]) > 0
    assert data["months"] == [] and data["debt_free"] is None
    text = planner("plan", str(portfolio_file), "--budget", "100", *TODAY)
    assert "below the minimum payments" in text.stdout


def test_whatif_json_before_and_after(portfolio_file, tmp_path):
    new = tmp_path / "sofa.json"
    new.write_text(json.dumps({"kind": "installment", "principal": "9000",
                               "start": "2025-06-05", "term": 6}))
    out = planner("whatif", str(portfolio_file), "--income-change", "-0.3", "--rate-change",
                  "0.02", "--add", str(new), "--json", *TODAY)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["before"]["months"][0]["income"] == "10000.00"
    assert data["after"]["months"][0]["income"] == "7000.00"
    # Every item here is fixed-rate: the rate change moves none of them.
    assert data["repriced"] == [] and data["variable"] == [] and data["no_variable_items"]
    assert data["variable_marked"] is False and data["added"] == ["new"]
    assert data["after"]["score"] > data["before"]["score"]
    assert "debt_to_income" in {w["code"] for w in data["after"]["warnings"]}


def test_whatif_rate_change_moves_only_variable_rate_items(tmp_path):
    variable = json.loads(json.dumps(PORTFOLIO))
    variable["items"][2]["variable_rate"] = True  # the car loan follows the LPR
    path = tmp_path / "variable.json"
    path.write_text(json.dumps(variable, ensure_ascii=False), encoding="utf-8")
    out = planner("whatif", str(path), "--rate-change", "0.02", "--json", *TODAY)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["repriced"] == ["car"] and data["variable"] == ["car"]
    assert data["no_variable_items"] is False and data["variable_marked"] is True
    car = [m["by_item"]["car"] for m in (data["before"]["months"][1],
                                         data["after"]["months"][1])]
    assert Decimal(car[1]) > Decimal(car[0])
    assert all(data["after"]["months"][1]["by_item"][i] == data["before"]["months"][1][
        "by_item"][i] for i in ("bt", "visa"))
    text = planner("whatif", str(path), "--rate-change", "0.02", *TODAY)
    assert "Rate changed on: car (fixed-rate items keep their rate)" in text.stdout


def test_whatif_text_says_a_rate_change_changes_nothing_without_variable_items(
        portfolio_file):
    out = planner("whatif", str(portfolio_file), "--rate-change", "0.02", *TODAY)
    assert out.returncode == 0, out.stderr
    assert "No item has a variable rate, so the rate change moves nothing" in out.stdout
    assert "the same warnings before and after" in out.stdout
    assert "Rate changed on" not in out.stdout


def test_calendar_lists_and_exports(portfolio_file, tmp_path):
    out = planner("calendar", str(portfolio_file), "--months", "1", "--json", *TODAY)
    assert out.returncode == 0, out.stderr
    dues = json.loads(out.stdout)
    assert [d["item"] for d in dues] == ["bt", "car", "visa"]
    assert dues[0] == {"date": "2025-06-10", "item": "bt", "name": "白条", "amount": "536.00",
                       "currency": "CNY", "kind": "regular"}
    ics = tmp_path / "due.ics"
    out = planner("calendar", str(portfolio_file), "--months", "2", "--ics", str(ics), *TODAY)
    assert out.returncode == 0 and "wrote 6 due dates" in out.stdout
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 6 and ics.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(("args", "words"), [
    (["stress", "{file}", "--today", "2025-02-30"], ["--today"]),
    (["stress", "/no/such/file.json"], ["/no/such/file.json", "no such file"]),
    (["plan", "{file}", "--budget", "-5"], ["--budget"]),
    (["plan", "{file}", "--budget", "abc"], ["--budget"]),
    (["plan", "{file}", "--budget", "100", "--strategy", "custom"], ["--order"]),
    (["plan", "{file}", "--budget", "3000", "--strategy", "custom", "--order", "visa,zz"],
     ["--order", "'zz'"]),
    (["plan", "{file}", "--budget", "3000", "--extra", "2025-13-01:5"], ["--extra"]),
    (["whatif", "{file}", "--income-change", "abc"], ["--income-change"]),
    (["whatif", "{file}", "--income-change", "-2"], ["--income-change"]),
    (["whatif", "{file}"], ["--income-change", "--add"]),
    (["calendar", "{file}", "--months", "40"], ["--months"]),
])
def test_bad_input_exits_2_with_one_line(portfolio_file, args, words):
    refused(planner(*[a.replace("{file}", str(portfolio_file)) for a in args]), *words)


def test_bad_thresholds_in_the_file_name_the_field(tmp_path):
    bad = {**PORTFOLIO, "profile": {**PORTFOLIO["profile"],
                                    "thresholds": {"dti_caution": "lots"}}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    refused(planner("stress", str(path)), "profile.thresholds.dti_caution")


def test_added_product_errors_name_the_field(portfolio_file, tmp_path):
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"kind": "installment", "principal": "-1", "start": "2025-06-05",
                               "term": 6}))
    refused(planner("whatif", str(portfolio_file), "--add", str(new)), "add.principal")


def test_without_a_file_the_profile_is_used(data_dir, memory_keyring, monkeypatch, capsys,
                                            portfolio_file):
    monkeypatch.setenv("PLANNER_PASSPHRASE", "stress test passphrase")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "import", str(portfolio_file)]) == 0
    capsys.readouterr()
    assert main([*base, "stress", "--json", *TODAY]) == 0
    from_profile = json.loads(capsys.readouterr().out)
    assert main(["stress", str(portfolio_file), "--json", *TODAY]) == 0
    assert from_profile == json.loads(capsys.readouterr().out)
    assert main([*base, "calendar", "--months", "1", *TODAY]) == 0
    assert "白条" in capsys.readouterr().out


def test_a_cards_due_date_says_it_is_the_plan_beside_the_minimum_list_shows(portfolio_file):
    """One figure, one name: the calendar gives a card's planned payment, `list` and the item
    pages its minimum due; the calendar's text says which it is and gives the minimum (its
    JSON stays as it was: the amount is the plan's)."""
    from planner.core.portfolio import parse_portfolio
    from planner.core.tracking import track

    data = json.loads(portfolio_file.read_text(encoding="utf-8"))
    card = next(i for i in parse_portfolio(data).items if i.id == "visa")
    tracked = track(card, date.fromisoformat(TODAY[1]))
    text = planner("calendar", str(portfolio_file), "--months", "2", *TODAY).stdout
    lines = [line for line in text.splitlines() if "Visa" in line]
    assert lines and all("(your plan" in line for line in lines)
    first = next(line for line in lines if line.startswith(tracked.next_due.isoformat()))
    assert f"the minimum due is {tracked.next_amount:,})" in first
    dues = json.loads(planner("calendar", str(portfolio_file), "--months", "2", "--json",
                              *TODAY).stdout)
    assert all("minimum" not in d for d in dues)
