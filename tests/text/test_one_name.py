"""One name per code (issue 13): the words of kinds, methods, quotes, statuses, conventions,
warnings, severities and score bands live in ``planner.text.names`` and nowhere else; the app,
the command line and the PDF reports all show those words."""

from __future__ import annotations

import ast
import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.core.convention import Convention
from planner.core.product import Method
from planner.text import names
from planner.text.templates.stress import STRESS_TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "planner"
TABLES = {"KINDS": names.KINDS, "METHODS": names.METHODS, "QUOTES": names.QUOTES,
          "STATUSES": names.STATUSES, "CONVENTIONS": names.CONVENTIONS,
          "WARNINGS": names.WARNINGS, "SEVERITIES": names.SEVERITIES, "BANDS": names.BANDS,
          "FEE_TYPES": names.FEE_TYPES, "FREQUENCIES": names.FREQUENCIES,
          "CONVENTIONS_SHORT": names.CONVENTIONS_SHORT,
          "CONVENTIONS_LONG": names.CONVENTIONS_LONG, "DAY_COUNTS": names.DAY_COUNTS,
          "COMPOUNDINGS": names.COMPOUNDINGS, "SCHEDULE_KINDS": names.SCHEDULE_KINDS,
          "LPR_TENORS": names.LPR_TENORS, "LPR_RESETS": names.LPR_RESETS}


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


#: One product per repayment method, as ``planner calc`` reads it.
_BY_METHOD = {
    Method.ANNUITY: {"kind": "loan", "rate": {"annual": "0.06"}},
    Method.EQUAL_PRINCIPAL: {"kind": "loan", "rate": {"annual": "0.06"}},
    Method.INTEREST_ONLY: {"kind": "loan", "rate": {"annual": "0.06"}},
    Method.BULLET: {"kind": "loan", "rate": {"annual": "0.06"}},
    Method.FEE_INSTALLMENT: {"kind": "installment", "rate": {"monthly_fee": "0.006"}},
    Method.INTEREST_FREE: {"kind": "installment",
                           "fees": [{"type": "upfront", "amount": "100"}]},
}


def _printed(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def _other_names(table: dict[str, names.Pair], code: str) -> set[str]:
    """The English words of the tables of ``code``'s kind of thing, its own name left out:
    a surface showing one of them instead named the code in words of its own."""
    return {pair[0] for key, pair in table.items() if key != code}


@pytest.mark.parametrize("convention", list(Convention))
def test_the_command_line_names_methods_and_conventions_as_the_app_does(
        tmp_path, convention) -> None:
    """``planner calc``'s text said "annualised IRR (PBoC 2021 No. 3)" where every other
    surface says "China (PBoC, IRR method)", and printed the method's code
    ("(equal_principal)"): its words for a convention and a method are the shared names."""
    assert set(_BY_METHOD) == set(Method)
    products = [{**data, "principal": "12000", "start": "2026-01-15", "term": 12,
                 "method": method.value} for method, data in _BY_METHOD.items()]
    path = tmp_path / "products.json"
    path.write_text(json.dumps(products), encoding="utf-8")
    text = _printed("calc", str(path), "--convention", convention.value)
    heads = [line for line in text.splitlines() if " payments (" in line]
    assert [line.split(" payments (", 1)[1] for line in heads] == \
        [f"{names.name(m, 'en')})" for m in _BY_METHOD]
    rates = [line for line in text.splitlines() if line.startswith("true annual rate")]
    assert len(rates) == len(products)
    assert all(line.endswith(f" under {names.name(convention, 'en')}") for line in rates)
    others = (_other_names(names.CONVENTIONS, convention)
              | {words[0] for words in names.CONVENTIONS_LONG.values()}
              | {c.value for c in Convention})
    assert {word for word in others if word in text} == set()

    offers = [{**products[0], "name": "a"}, {**products[1], "name": "b"}]
    path.write_text(json.dumps(offers), encoding="utf-8")
    compared = _printed("compare", str(path), "--convention", convention.value)
    assert compared.rstrip().endswith(f"under {names.name(convention, 'en')}")
    flows = tmp_path / "flows.json"
    flows.write_text(json.dumps({"convention": convention.value,
                                 "advances": [{"date": "2025-01-01", "amount": "1000"}],
                                 "payments": [{"date": "2026-01-01", "amount": "1100"}]}),
                     encoding="utf-8")
    assert f"under {names.name(convention, 'en')}," in _printed("apr", str(flows))


def test_read_offer_names_the_method_and_convention_as_calc_does(tmp_path) -> None:
    offer = tmp_path / "offer.txt"
    offer.write_text("借款10000元，分12期，每期手续费率0.6%", encoding="utf-8")
    text = _printed("read-offer", str(offer), "--start", "2025-01-10")
    assert f"({names.name(Method.FEE_INSTALLMENT, 'en')})" in text
    assert f"under {names.name(Convention.CN_IRR, 'en')}," in text
    assert "fee_installment)" not in text and "(cn-irr)" not in text


def test_the_caution_line_has_one_chinese_name() -> None:
    """Issue 19: the caution line was 警戒线 in some places and 提示线 in others; the app's own
    catalogue uses the shared word too."""
    caution = names.word("caution_line", "zh_CN")
    assert caution == "警戒线"
    catalogue = (ROOT / "resources" / "translations" / "planner_zh_CN.ts").read_text("utf-8")
    templates = "".join(str(pair) for pair in STRESS_TEMPLATES.values())
    assert "提示线" not in catalogue and "提示线" not in templates
