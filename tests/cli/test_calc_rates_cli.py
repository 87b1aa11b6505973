"""``planner calc`` with issue 12's fields: rate changes, LPR spreads, deferred interest,
combined loans, quarterly and yearly schedules, compounding and day counts; each bad value
exits 2 in one line naming its field."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest

LPR_MORTGAGE = {"kind": "loan", "principal": "1000000", "start": "2024-06-01", "term": 360,
                "lpr_spread": {"spread": "-0.003", "tenor": "5y", "reset": "january"}}
COMBINED = {"kind": "loan", "start": "2025-01-15", "term": 360, "parts": [
    {"name": "公积金", "principal": "600000", "rate": {"annual": "0.026"}},
    {"name": "商贷", "principal": "400000", "lpr_spread": {"spread": "-0.003"}}]}
PROMO = {"kind": "installment", "principal": "1200", "currency": "USD", "start": "2025-01-10",
         "term": 24, "method": "annuity", "rate": {"annual": "0"}, "deferred_interest": True,
         "rate_changes": [{"date": "2026-01-10", "rate": {"annual": "0.2499"}}]}


def planner(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def calc(product: dict) -> dict:
    out = planner("calc", "-", "--json", stdin=json.dumps(product, ensure_ascii=False))
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_an_lpr_mortgage_lists_its_rates_over_time():
    data = calc(LPR_MORTGAGE)
    assert data["rates"][:3] == [{"from": "2024-06-01", "rate": {"annual": "0.0365"}},
                                 {"from": "2025-01-01", "rate": {"annual": "0.0330"}},
                                 {"from": "2026-01-01", "rate": {"annual": "0.0320"}}]
    assert data["day_count"] == "act/360"
    assert data["schedule"][0]["interest"] == "3041.67"  # 1,000,000 x 3.65% / 12
    assert data["schedule"][8]["payment"] != data["schedule"][0]["payment"]  # recomputed


def test_a_combined_loan_shows_each_parts_schedule_and_their_sum():
    data = calc(COMBINED)
    assert [p["name"] for p in data["parts"]] == ["公积金", "商贷"]
    assert data["parts"][0]["payment"] == "2402.04"
    for k, row in enumerate(data["schedule"]):
        parts = [p["schedule"][k] for p in data["parts"]]
        for key in ("payment", "principal", "interest", "balance"):
            assert Decimal(row[key]) == sum(Decimal(p[key]) for p in parts), (k, key)
    assert sum(Decimal(r["principal"]) for r in data["schedule"]) == Decimal(1000000)
    assert "rates" not in data  # each part has its own
    assert data["parts"][1]["rates"][0] == {"from": "2025-01-15", "rate": {"annual": "0.0330"}}


def test_an_equal_principal_combined_loans_parts_show_their_first_payments():
    # Issue 12: each part's payment was its principal share (2500.00 and 1666.67). By hand:
    # 60,000 / 24 + 60,000 x 2.6% / 12 = 2,500.00 + 130.00 = 2,630.00 (公积金) and
    # 40,000 / 24 + 40,000 x 3.5% / 12 = 1,666.67 + 116.67 = 1,783.34 (商贷), as a whole
    # equal-principal loan's payment is its first; the loan's is their sum, 4,413.34
    product = {"kind": "loan", "start": "2026-01-15", "term": 24, "method": "equal_principal",
               "parts": [{"name": "公积金", "principal": "60000", "rate": {"annual": "0.026"}},
                         {"name": "商贷", "principal": "40000", "rate": {"annual": "0.035"}}]}
    data = calc(product)
    assert [p["payment"] for p in data["parts"]] == ["2630.00", "1783.34"]
    assert [p["schedule"][0]["payment"] for p in data["parts"]] == ["2630.00", "1783.34"]
    assert data["payment"] == "4413.34"
    out = planner("calc", "-", stdin=json.dumps(product, ensure_ascii=False))
    assert out.returncode == 0, out.stderr
    assert "part 公积金: 60,000.00 CNY, payment 2,630.00, rates" in out.stdout
    assert "part 商贷: 40,000.00 CNY, payment 1,783.34, rates" in out.stdout


def test_a_promotion_with_deferred_interest_says_what_is_charged_and_when():
    data = calc(PROMO)
    assert data["deferred_interest"] == {"promotion_ends": "2026-01-10", "charged": "231.16",
                                         "charged_on": "2026-02-10"}
    cleared = calc({**PROMO, "term": 12})
    assert cleared["deferred_interest"]["charged"] == "0.00"
    assert cleared["deferred_interest"]["charged_on"] is None


def test_quarterly_yearly_compounding_and_day_count():
    quarterly = calc({"kind": "loan", "principal": "12000", "start": "2025-01-10", "term": 8,
                      "frequency": "quarterly", "rate": {"annual": "0.12"}})
    assert quarterly["payment"] == "1709.48"
    assert quarterly["schedule"][1]["date"] == "2025-07-10"
    bullet = calc({"kind": "loan", "principal": "10000", "start": "2025-01-10", "term": 12,
                   "method": "bullet", "compounding": "monthly", "rate": {"annual": "0.12"},
                   "day_count": "act/365"})
    assert bullet["schedule"][0]["payment"] == "11268.25" and bullet["day_count"] == "act/365"


def test_the_readable_report_names_the_rates_and_the_parts():
    out = planner("calc", "-", stdin=json.dumps(COMBINED, ensure_ascii=False))
    assert out.returncode == 0, out.stderr
    assert "part 公积金: 600,000.00 CNY, payment 2,402.04" in out.stdout
    assert "3.3% a year from 2025-01-15, 3.2% a year from 2026-01-01" in out.stdout
    assert "day count         act/360 (the CNY default)" in out.stdout


@pytest.mark.parametrize("product,field", [
    ({**PROMO, "rate_changes": [{"date": "2024-01-01", "rate": {"annual": "0.1"}}]},
     "rate_changes[0].date"),
    ({**PROMO, "rate_changes": [{"date": "2026-01-10", "rate": {"annual": "abc"}}]},
     "rate_changes[0].rate.annual"),
    ({**PROMO, "rate_changes": [{"date": "2026-01-10"}]}, "rate_changes[0].rate"),
    ({**PROMO, "rate_changes": "soon"}, "rate_changes"),
    ({**PROMO, "deferred_interest": "true"}, "deferred_interest"),
    ({**LPR_MORTGAGE, "lpr_spread": {"spread": "-0.003", "tenor": "3y"}}, "lpr_spread.tenor"),
    ({**LPR_MORTGAGE, "lpr_spread": {"spread": "-0.003", "reset": "weekly"}},
     "lpr_spread.reset"),
    ({**LPR_MORTGAGE, "lpr_spread": {"margin": "0.01"}}, "lpr_spread.margin"),
    ({**LPR_MORTGAGE, "lpr_spread": "-0.003"}, "lpr_spread"),
    ({**COMBINED, "parts": [{"name": "a", "principal": "-1", "rate": {"annual": "0.03"}},
                            COMBINED["parts"][1]]}, "parts[0].principal"),
    ({**COMBINED, "parts": "two"}, "parts"),
    ({**COMBINED, "parts": [{"name": "a", "principal": "1", "rate": {"annual": "0.03"},
                             "colour": "red"}, COMBINED["parts"][1]]}, "parts[0].colour"),
    ({**LPR_MORTGAGE, "frequency": "monthly", "compounding": "monthly"}, "compounding"),
    ({**LPR_MORTGAGE, "compounding": "yearly"}, "compounding"),
    ({**LPR_MORTGAGE, "day_count": "30/360"}, "day_count"),
    ({**LPR_MORTGAGE, "frequency": "yearly"}, "term"),
])
def test_bad_values_exit_2_naming_the_field(product, field):
    out = planner("calc", "-", "--json", stdin=json.dumps(product, ensure_ascii=False))
    assert out.returncode == 2, out.stderr
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"planner: {field}:"), lines
