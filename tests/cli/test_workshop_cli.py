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


# -- handouts and group households -----------------------------------------------------------

@pytest.mark.parametrize(("kind", "lang", "paper"), [("worksheet", "both", "letter"),
                                                     ("answers", "en", "a4")])
def test_handout_writes_a_pdf(tmp_path: Path, kind: str, lang: str, paper: str) -> None:
    pdf = tmp_path / f"{kind}.pdf"
    out = planner("handout", "monthly-fee-trap", "--kind", kind, "--lang", lang, "--paper",
                  paper, "--output", str(pdf), "--today", "2026-12-10")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"wrote {pdf}" and out.stderr == ""
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [pdf.name]


def test_handout_for_groups_lists_every_group(tmp_path: Path) -> None:
    import pypdf

    pdf = tmp_path / "key.pdf"
    out = planner("handout", "bnpl-stacking", "--kind", "answers", "--variants", "6",
                  "--seed", "9", "-o", str(pdf), "--today", "2026-12-10")
    assert out.returncode == 0, out.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    households = json.loads(planner("scenarios", "bnpl-stacking", "--variants", "6", "--seed",
                                    "9", "--json", "--today", "2026-12-10").stdout)
    for variant in households["variants"]:
        assert f"Group {variant['number']}" in text
        assert variant["household"]["en"] in text
        for answer in variant["answers"]:
            assert answer["text"] in text


def test_variants_json_same_seed_same_households() -> None:
    args = ("scenarios", "monthly-fee-trap", "--variants", "3", "--seed", "5", "--json",
            "--today", "2026-12-10")
    first, again = planner(*args), planner(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == again.stdout
    data = json.loads(first.stdout)
    assert data["name"] == "monthly-fee-trap" and data["seed"] == 5
    assert [v["number"] for v in data["variants"]] == [1, 2, 3]
    question_ids = [q["id"] for q in data["questions"]]
    for variant in data["variants"]:
        portfolio = parse_portfolio(variant["portfolio"])
        assert portfolio.household.name.endswith(variant["household"]["en"])
        assert [a["question"] for a in variant["answers"]] == question_ids
        cheaper = next(a for a in variant["answers"] if a["question"] == "cheaper")
        assert cheaper["value"] == "bank-loan" and cheaper["unit"] == "choice"
        rate = next(a for a in variant["answers"] if a["question"] == "apr-installment")
        assert rate["unit"] == "rate" and rate["text"].endswith("%")
    other = json.loads(planner("scenarios", "monthly-fee-trap", "--variants", "3", "--seed",
                               "6", "--json", "--today", "2026-12-10").stdout)
    assert [v["portfolio"] for v in other["variants"]] != \
        [v["portfolio"] for v in data["variants"]]


def test_variants_as_text() -> None:
    out = planner("scenarios", "minimum-payment-trap", "--variants", "2", "--seed", "3",
                  "--lang", "zh_CN", "--today", "2026-12-10")
    assert out.returncode == 0, out.stderr
    assert "第 1 组" in out.stdout and "第 2 组" in out.stdout and "个月" in out.stdout


def test_one_scenarios_json_has_its_questions_and_computed_answers() -> None:
    data = json.loads(planner("scenarios", "balloon-payment", "--json", "--today",
                              "2026-12-10").stdout)
    assert [q["id"] for q in data["questions"]] == [a["question"] for a in data["answers"]]
    cash = next(a for a in data["answers"] if a["kind"] == "cash_runs_out")
    assert cash["value"] == "2027-05" and cash["text"] == "May 2027"
    assert cash["text_zh_CN"] == "2027年5月"


def test_a_scenario_of_ones_own_from_a_file_or_stdin(tmp_path: Path) -> None:
    from planner.content.scenarios import load_scenario, scenario_file_json

    bundled = load_scenario("prepay-or-not")
    text = json.dumps(scenario_file_json("our-loans", bundled.guide, bundled.data),
                      ensure_ascii=False)
    path = tmp_path / "our-loans.json"
    path.write_text(text, "utf-8")
    out = planner("handout", str(path), "--kind", "worksheet", "-o", str(tmp_path / "a.pdf"))
    assert out.returncode == 0, out.stderr
    out = planner("handout", "-", "--kind", "answers", "-o", str(tmp_path / "b.pdf"),
                  stdin=text)
    assert out.returncode == 0, out.stderr
    listed = json.loads(planner("scenarios", str(path), "--json").stdout)
    assert listed["name"] == "our-loans" and listed["answers"]
    broken = tmp_path / "broken.json"
    broken.write_text(text.replace('"kind": "apr"', '"kind": "vibes"'), "utf-8")
    out = planner("handout", str(broken), "--kind", "answers", "-o", str(tmp_path / "c.pdf"))
    assert out.returncode == 2 and "broken.json.guide.answers" in out.stderr
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize(("args", "field"), [
    (["handout", "monthly-fee-trap", "--kind", "quiz", "-o", "{dir}/x.pdf"], "--kind"),
    (["handout", "monthly-fee-trap", "-o", "{dir}/x.pdf"], "--kind"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "--lang", "fr", "-o",
      "{dir}/x.pdf"], "--lang"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "--paper", "a5", "-o",
      "{dir}/x.pdf"], "--paper"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "-o", "{dir}/x.txt"], "--output"),
    (["handout", "monthly-fee-trap", "--kind", "answers"], "--output"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "--variants", "0", "-o",
      "{dir}/x.pdf"], "--variants"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "--variants", "many", "-o",
      "{dir}/x.pdf"], "--variants"),
    (["handout", "monthly-fee-trap", "--kind", "answers", "--seed", "3", "-o",
      "{dir}/x.pdf"], "--seed"),
    (["handout", "no-such-scenario", "--kind", "answers", "-o", "{dir}/x.pdf"],
     "monthly-fee-trap"),
    (["scenarios", "monthly-fee-trap", "--variants", "51"], "--variants"),
    (["scenarios", "--variants", "3"], "--variants"),
    (["scenarios", "monthly-fee-trap", "--variants", "2", "--seed", "x"], "--seed"),
])
def test_handout_and_variants_refuse_bad_flags(tmp_path: Path, args: list[str],
                                               field: str) -> None:
    out = planner(*[a.format(dir=tmp_path) for a in args])
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and field in out.stderr
    assert "Traceback" not in out.stderr
    assert not list(tmp_path.iterdir())
