"""One name per code (issue 13): the words of kinds, methods, quotes, statuses, conventions,
warnings, severities and score bands live in ``planner.text.names`` and nowhere else; the app,
the command line and the PDF reports all show those words."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.text import names
from planner.text.templates.stress import STRESS_TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "planner"
TABLES = {"KINDS": names.KINDS, "METHODS": names.METHODS, "QUOTES": names.QUOTES,
          "STATUSES": names.STATUSES, "CONVENTIONS": names.CONVENTIONS,
          "WARNINGS": names.WARNINGS, "SEVERITIES": names.SEVERITIES, "BANDS": names.BANDS,
          "FEE_TYPES": names.FEE_TYPES, "FREQUENCIES": names.FREQUENCIES}


#: Modules that READ people's words (a lender's offer, a bank statement): the words they look
#: for are vocabulary to recognise, not names they show.
READERS = ("planner/core/offer/", "planner/core/reconcile.py", "planner/core/statement.py",
           "planner/store/statements/")


def _strings(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_no_other_module_words_a_code_again(table: str) -> None:
    """A name written out anywhere else would be a second name that can drift (the warning
    once read "Payments bunched together" on screen and "Payment cluster" in the PDF)."""
    wanted = {word for pair in TABLES[table].values() for word in pair}
    found = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("planner/text/") or relative.startswith(READERS):
            continue
        hits = _strings(path) & wanted
        if hits:
            found[str(path.relative_to(ROOT))] = sorted(hits)
    assert found == {}


def test_the_command_line_names_warnings_and_bands_as_the_app_does() -> None:
    portfolio = {"format": "planner-portfolio", "version": 1,
                 "profile": {"monthly_income": "9000", "essential_expenses": "4000"},
                 "items": [{"id": "c", "name": "Card", "kind": "card", "balance": "8600",
                            "start": "2026-11-05", "rate": {"daily": "0.0005"}}]}
    out = subprocess.run([sys.executable, "-m", "planner", "stress", "-", "--today",
                          "2026-12-06"], input=json.dumps(portfolio), capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    warnings = json.loads(subprocess.run(
        [sys.executable, "-m", "planner", "stress", "-", "--today", "2026-12-06", "--json"],
        input=json.dumps(portfolio), capture_output=True, text=True, cwd=ROOT,
        timeout=120).stdout)["warnings"]
    assert warnings
    for warning in warnings:
        assert names.name(warning["code"], "en", names.WARNINGS) in out.stdout
        assert names.name(warning["severity"], "en", names.SEVERITIES).upper() in out.stdout


def test_the_caution_line_has_one_chinese_name() -> None:
    """Issue 19: the caution line was 警戒线 in some places and 提示线 in others; the app's own
    catalogue uses the shared word too."""
    caution = names.word("caution_line", "zh_CN")
    assert caution == "警戒线"
    catalogue = (ROOT / "resources" / "translations" / "planner_zh_CN.ts").read_text("utf-8")
    templates = "".join(str(pair) for pair in STRESS_TEMPLATES.values())
    assert "提示线" not in catalogue and "提示线" not in templates
