"""``planner calc``, ``apr`` and ``compare`` as a user runs them: the JSON contract of issue 2,
exit statuses, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

FEE_PLAN = {"kind": "installment", "principal": "10000", "start": "2025-01-10", "term": 12,
            "rate": {"monthly_fee": "0.006"}}
LOAN = {"kind": "loan", "principal": "200000", "start": "2025-01-15", "term": 360,
        "rate": {"annual": "0.065"}, "currency": "USD"}


def planner(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_calc_json_contract():
    out = planner("calc", "-", "--json", stdin=json.dumps(FEE_PLAN))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    for key in ("payment", "schedule", "total_interest", "total_fees", "total_paid",
                "total_cost", "apr_percent", "ear_percent", "convention"):
        assert key in data
    assert data["payment"] == "893.33"          # money is a decimal string
    assert data["total_fees"] == "720.00"
    assert isinstance(data["apr_percent"], float)
    assert data["apr_percent"] == pytest.approx(13.03, abs=0.005)  # FINANCE.md example
    assert data["convention"] == "cn-irr"
    row = data["schedule"][0]
    assert set(row) == {"n", "date", "payment", "principal", "interest", "fee", "balance"}
    assert row == {"n": 1, "date": "2025-02-10", "payment": "893.33", "principal": "833.33",
                   "interest": "0.00", "fee": "60.00", "balance": "9166.67"}


def test_calc_default_convention_follows_currency_and_numbers_are_accepted():
    loan = dict(LOAN, principal=200000)
    data = json.loads(planner("calc", "-", "--json", stdin=json.dumps(loan)).stdout)
    assert data["convention"] == "us-reg-z"
    assert data["payment"] == "1264.14"
    assert Decimal(data["total_paid"]) == sum(Decimal(r["payment"]) for r in data["schedule"])


def test_calc_batch_answers_a_list_in_order(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([FEE_PLAN, LOAN]))
    data = json.loads(planner("calc", str(path), "--json").stdout)
    assert [d["payment"] for d in data] == ["893.33", "1264.14"]


def test_calc_readable_report():
    out = planner("calc", "-", stdin=json.dumps(FEE_PLAN))
    assert out.returncode == 0
    assert "13.03%" in out.stdout and "720.00" in out.stdout


@pytest.mark.parametrize("change,field", [
    ({"principal": "-5"}, "principal"),
    ({"principal": "0"}, "principal"),
    ({"term": 0}, "term"),
    ({"term": 1201}, "term"),
    ({"rate": {"monthly_fee": "1"}}, "rate.monthly_fee"),
    ({"start": "2025-02-30"}, "start"),
    ({"start": "9999-01-01"}, "start"),  # its schedule would run past the calendar's end
    ({"first_payment": "2024-12-01"}, "first_payment"),
    ({"kind": "lease"}, "kind"),
    ({"frequency": "fortnightly"}, "frequency"),
    ({"colour": "red"}, "colour"),
    ({"fees": [{"type": "upfront", "amount": "NaN"}]}, "fees[0].amount"),
])
def test_bad_input_exits_2_with_one_line_naming_the_field(change, field):
    out = planner("calc", "-", "--json", stdin=json.dumps(dict(FEE_PLAN, **change)))
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"planner: {field}:")
    assert "Traceback" not in out.stderr


def test_missing_field_and_malformed_json():
    plan = dict(FEE_PLAN)
    del plan["term"]
    out = planner("calc", "-", stdin=json.dumps(plan))
    assert out.returncode == 2 and out.stderr.startswith("planner: term: is missing")
    out = planner("calc", "-", stdin='{"kind": ')
    assert out.returncode == 2 and "not valid JSON" in out.stderr and out.stdout == ""


def test_batch_error_names_the_item():
    out = planner("calc", "-", stdin=json.dumps([FEE_PLAN, dict(FEE_PLAN, term=-1)]))
    assert out.returncode == 2 and out.stderr.startswith("planner: [1].term:")


def test_apr_command_json():
    # One year, 1,000 advanced and 1,100 repaid: 10% under every convention (whole year).
    request = {"convention": "eu-aprc",
               "advances": [{"date": "2025-01-01", "amount": "1000"}],
               "payments": [{"date": "2026-01-01", "amount": 1100}]}
    out = planner("apr", "-", "--json", stdin=json.dumps(request))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["apr_percent"] == pytest.approx(10.0, abs=1e-9)
    assert data["convention"] == "eu-aprc" and "unit_period" in data
    batch = json.loads(planner("apr", "-", "--json", stdin=json.dumps([request, request])).stdout)
    assert len(batch) == 2


def test_apr_bad_flows_exit_2():
    request = {"convention": "cn-irr", "advances": [{"date": "2025-01-01", "amount": "1000"}],
               "payments": []}
    out = planner("apr", "-", stdin=json.dumps(request))
    assert out.returncode == 2 and out.stderr.startswith("planner: payments:")


def test_compare_cheapest_first(tmp_path):
    offers = [dict(FEE_PLAN, name="card installment"),
              {"name": "bank loan", "kind": "loan", "principal": "10000",
               "start": "2025-01-10", "term": 12, "rate": {"annual": "0.10"}},
              {"name": "cash loan", "kind": "loan", "principal": "10000",
               "start": "2025-01-10", "term": 12, "rate": {"daily": "0.0005"}}]
    path = tmp_path / "offers.json"
    path.write_text(json.dumps(offers), encoding="utf-8")
    out = planner("compare", str(path), "--json")
    assert out.returncode == 0, out.stderr
    ranked = json.loads(out.stdout)
    assert [r["name"] for r in ranked] == ["bank loan", "card installment", "cash loan"]
    assert ranked[0]["cheapest"] and not ranked[1]["cheapest"]
    text = planner("compare", str(path)).stdout
    assert "bank loan" in text and "*" in text


def test_compare_needs_two_offers():
    out = planner("compare", "-", stdin=json.dumps(FEE_PLAN))
    assert out.returncode == 2 and "offers" in out.stderr
