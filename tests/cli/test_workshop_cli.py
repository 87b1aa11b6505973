"""``planner scenarios`` and ``planner report`` as a user runs them (``python -m planner``):
exit 0 with the listing or a PDF; exit 2, one line naming the field and nothing on stdout for
bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.content.scenarios import scenario_names
from planner.core.portfolio import parse_portfolio

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = {"kind": "installment", "principal": "10000", "start": "2026-01-10", "term": 12,
           "rate": {"monthly_fee": "0.006"}, "name": "Phone"}


def planner(*args: str, stdin: str = "", env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planner", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def scenario_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = planner("scenarios", "monthly-fee-trap", "--portfolio", "--today", "2026-12-10")
    assert out.returncode == 0, out.stderr
    path = tmp_path_factory.mktemp("scenario") / "monthly-fee-trap.json"
    path.write_text(out.stdout, encoding="utf-8")
    return path


def test_scenarios_lists_every_scenario_in_both_languages() -> None:
    out = planner("scenarios")
    assert out.returncode == 0 and out.stderr == ""
    lines = out.stdout.splitlines()
    assert len(lines) == len(scenario_names()) >= 8
    assert any(line.startswith("monthly-fee-trap") and "The monthly-fee trap" in line
               and "月费率陷阱" in line for line in lines)


def test_scenarios_json() -> None:
    out = planner("scenarios", "--json")
    listed = json.loads(out.stdout)
    assert {entry["name"] for entry in listed} == set(scenario_names())
    assert all(entry["title"]["en"] and entry["title"]["zh_CN"] for entry in listed)


def test_one_scenarios_guide_in_chinese() -> None:
    out = planner("scenarios", "minimum-payment-trap", "--lang", "zh_CN")
    assert out.returncode == 0
    assert out.stdout.startswith("最低还款陷阱") and "\n1. " in out.stdout


def test_a_scenario_portfolio_is_moved_to_the_day_asked(scenario_file: Path) -> None:
    data = json.loads(scenario_file.read_text(encoding="utf-8"))
    assert parse_portfolio(data).items[0].product.start.isoformat() == "2026-12-05"
    later = json.loads(planner("scenarios", "monthly-fee-trap", "--portfolio", "--today",
                               "2027-04-02").stdout)
    assert later["items"][0]["start"] == "2027-04-05"


@pytest.mark.parametrize("kind", ["portfolio", "stress", "compare"])
def test_report_from_a_portfolio_file(tmp_path: Path, scenario_file: Path, kind: str) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    out = planner("report", str(scenario_file), "--kind", kind, "--output", str(pdf),
                  "--lang", "zh_CN", "--today", "2026-12-10")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"wrote {pdf}"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".planner-report-")]


def test_schedule_report_of_a_product_or_an_item(tmp_path: Path, scenario_file: Path) -> None:
    product = tmp_path / "plan.json"
    product.write_text(json.dumps(PRODUCT), encoding="utf-8")
    out = planner("report", str(product), "--kind", "schedule", "-o", str(tmp_path / "a.pdf"))
    assert out.returncode == 0, out.stderr
    out = planner("report", "-", "--kind", "schedule", "--item", "bank-loan",
                  "-o", str(tmp_path / "b.pdf"), stdin=scenario_file.read_text("utf-8"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "b.pdf").stat().st_size > 1000


def test_report_from_the_profile(tmp_path: Path, scenario_file: Path) -> None:
    env = {"PLANNER_DATA_DIR": str(tmp_path / "data"), "PLANNER_PASSPHRASE": "workshop words",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert planner("import", str(scenario_file), env=env).returncode == 0
    pdf = tmp_path / "profile.pdf"
    out = planner("report", "--kind", "portfolio", "--output", str(pdf), env=env)
    assert out.returncode == 0, out.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("args", "field"), [
    (["report", "{file}", "--kind", "schedule", "-o", "{dir}/x.pdf"], "--item"),
    (["report", "{file}", "--kind", "schedule", "--item", "nope", "-o", "{dir}/x.pdf"],
     "--item"),
    (["report", "{file}", "--kind", "stress", "-o", "{dir}/x.txt"], "--output"),
    (["report", "{file}", "--kind", "stress", "-o", "{dir}/missing/x.pdf"], "--output"),
    (["report", "{bad}", "--kind", "portfolio", "-o", "{dir}/x.pdf"], "bad.json"),
    (["report", "{file}", "--kind", "velocity", "-o", "{dir}/x.pdf"], "--kind"),
    (["report", "{file}", "--kind", "stress"], "--output"),
    (["report", "{file}", "--kind", "stress", "--lang", "fr", "-o", "{dir}/x.pdf"], "--lang"),
    (["scenarios", "no-such-scenario"], "scenario"),
    (["scenarios", "--portfolio"], "--portfolio"),
])
def test_bad_input_exits_2_naming_the_field(tmp_path: Path, scenario_file: Path,
                                            args: list[str], field: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "planner-portfolio", "version": 1, "items": [', "utf-8")
    filled = [a.format(file=scenario_file, dir=tmp_path, bad=bad) for a in args]
    out = planner(*filled)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and field in out.stderr
    assert "Traceback" not in out.stderr
    assert not list(tmp_path.glob("*.pdf"))
