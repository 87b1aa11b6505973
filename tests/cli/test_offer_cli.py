"""``planner read-offer`` as a user runs it (issue 10): the JSON contract, figures identical to
``planner calc`` on the printed product, the understatement warning, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

MISLEADING = "借款10000元，分12期，每期手续费率0.6%，折合年化仅7.2%"
HONEST = "Car loan: $25,000 over 72 months at 7.49% APR"
KEYS = ["product", "complete", "missing", "found", "payment", "total_cost", "apr_percent",
        "ear_percent", "convention", "quoted", "warnings"]


def planner(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def read(text: str, *extra: str) -> dict:
    out = planner("read-offer", "-", "--json", *extra, stdin=text)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_json_contract_and_the_understatement_warning():
    data = read(MISLEADING, "--start", "2025-01-10")
    assert list(data) == KEYS
    assert data["product"] == {"kind": "installment", "principal": "10000", "currency": "CNY",
                               "start": "2025-01-10", "term": 12, "frequency": "monthly",
                               "method": "fee_installment", "rate": {"monthly_fee": "0.006"}}
    assert data["complete"] is True and data["missing"] == []
    for span in data["found"]:
        assert set(span) == {"field", "text", "start", "end"}
        assert MISLEADING[span["start"]:span["end"]] == span["text"]
    assert data["payment"] == "893.33" and data["total_cost"] == "720.00"
    assert data["apr_percent"] == pytest.approx(13.03, abs=0.005)
    assert data["quoted"] == [{"text": "折合年化仅7.2%", "percent": 7.2}]
    (warning,) = data["warnings"]
    assert warning["code"] == "quoted_rate_understates"
    assert "7.2%" in warning["message"] and "13.03%" in warning["message"]


@pytest.mark.parametrize("text", [MISLEADING, HONEST,
                                  "日利率0.05%，借款10000元，分12期，年化利率18.25%",
                                  "Pay in 4 interest-free payments of $25.00, $5 fee",
                                  "商品价格20000元，月供888元，共24期"])
def test_figures_are_what_calc_gives_for_the_product(text: str):
    data = read(text, "--start", "2025-03-31")
    assert data["complete"], data["missing"]
    calc = planner("calc", "-", "--json", stdin=json.dumps(data["product"]))
    assert calc.returncode == 0, calc.stderr
    figures = json.loads(calc.stdout)
    for key in ("payment", "total_cost", "apr_percent", "ear_percent", "convention"):
        assert data[key] == figures[key], key


def test_an_honest_apr_loan_has_no_warning():
    data = read(HONEST, "--start", "2025-01-10")
    assert data["quoted"] == [{"text": "7.49% APR", "percent": 7.49}]
    assert data["warnings"] == []
    assert data["convention"] == "us-reg-z"


def test_a_payment_quote_is_priced_to_the_cent():
    data = read("$2,499 purchase, 24 monthly payments of $115.25", "--start", "2025-01-10")
    assert data["payment"] == "115.25"
    assert [f["field"] for f in data["found"]] == ["principal", "term", "payment"]


def test_partial_text_exits_0_with_what_is_missing():
    data = read("日息万五", "--start", "2025-01-10")
    assert data["complete"] is False
    assert data["missing"] == ["principal", "term"]
    assert data["product"]["rate"] == {"daily": "0.0005"}
    assert "payment" not in data and "apr_percent" not in data
    assert data["warnings"] == []


def test_start_defaults_to_today():
    assert read("日息万五")["product"]["start"] == date.today().isoformat()


def test_no_terms_at_all_exits_2_with_one_line():
    out = planner("read-offer", "-", "--json", stdin="Thank you for shopping with us!")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("planner: text: ") and out.stderr.count("\n") == 1


def test_bad_start_exits_2_naming_it():
    out = planner("read-offer", "-", "--start", "2025-02-30", stdin=MISLEADING)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("planner: --start: ")


def test_missing_file_exits_2(tmp_path):
    out = planner("read-offer", str(tmp_path / "none.txt"))
    assert out.returncode == 2 and "no such file" in out.stderr


def test_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "offer.txt"
    path.write_text("\ufeff" + MISLEADING, encoding="utf-8")
    out = planner("read-offer", str(path), "--json", "--start", "2025-01-10")
    data = json.loads(out.stdout)
    assert data["found"][0] == {"field": "principal", "text": "借款10000元", "start": 0, "end": 8}


def test_a_product_calc_refuses_is_not_complete():
    """2% of $3,000 is less than a month's interest at 24.99%: calc refuses such a card, so the
    reading says why instead of printing figures."""
    data = read("Credit card balance of $3,000 at 24.99% APR. Minimum payment: 2% of the "
                "balance or $25, whichever is greater.", "--start", "2025-01-10")
    assert data["complete"] is False and data["missing"] == []
    assert [w["code"] for w in data["warnings"]] == ["cannot_price"]
    assert "never repays" in data["warnings"][0]["message"]


def test_readable_summary():
    out = planner("read-offer", "-", "--start", "2025-01-10", stdin=MISLEADING)
    assert out.returncode == 0, out.stderr
    assert "(Installments with a monthly fee)" in out.stdout and "13.03%" in out.stdout
    assert "warning:" in out.stdout and "折合年化仅7.2%" in out.stdout
    partial = planner("read-offer", "-", "--start", "2025-01-10", stdin="日息万五")
    assert "missing principal, term" in partial.stdout
