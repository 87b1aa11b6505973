"""Offers from and to a file: the compare page saves its offers as a portfolio JSON (the file
import, export and the scenarios share), opens it again to the same offers and ranking, refuses
a bad file without touching the offers on screen, and ``planner compare`` reads the same file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.core.portfolio import parse_portfolio
from planner.ui.pages.compare_page import ComparePage


def _page(qtbot, session) -> ComparePage:
    page = ComparePage(session)
    qtbot.addWidget(page)
    return page


def _ranking(page: ComparePage) -> list[tuple[str, object, object]]:
    return [(r.offer.name, r.figures.apr.rate, r.figures.total_cost)
            for r in page.comparison.ranked]


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What the warning boxes say, instead of showing them."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: texts.append(a[2]))
    return texts


@pytest.fixture
def saved(qtbot, session, tmp_path):
    page = _page(qtbot, session)
    page.load_example()
    path = page.files.save_file(tmp_path / "offers.json")
    return page, path


def test_save_then_open_gives_the_same_offers_and_ranking(qtbot, session, saved) -> None:
    page, path = saved
    portfolio = parse_portfolio(json.loads(path.read_text(encoding="utf-8")))
    assert [i.id for i in portfolio.items] == ["offer-1", "offer-2", "offer-3"]
    assert [(i.name, i.product) for i in portfolio.items] == \
        [(o.name, o.product) for o in page.offers]
    assert portfolio.household == session.household

    other = _page(qtbot, session)
    assert other.files.open_file(path) == page.offers
    assert other.offers == page.offers
    assert _ranking(other) == _ranking(page)
    assert other.model.rowCount() == 3


def test_a_bad_file_says_which_offer_and_field_and_keeps_the_offers(
        qtbot, session, saved, said) -> None:
    page, path = saved
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][1]["term"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")
    other = _page(qtbot, session)
    other.load_example()
    shown, ranking = list(other.offers), _ranking(other)
    assert other.files.open_file(path) is None
    assert other.offers == shown and _ranking(other) == ranking
    assert len(said) == 1
    assert "offers.json was not opened; the offers on screen are unchanged." in said[0]
    assert f"Offer 2 ({page.offers[1].name}), field term: " in said[0]


@pytest.mark.parametrize(("text", "problem"), [
    ("{not json", "It is not valid JSON (line 1, column 2)."),
    ('{"format": "planner-portfolio", "version": 9, "items": []}', "The field version: "),
    ("[]", "It holds no offers."),
    (json.dumps([{"kind": "loan", "principal": "1000", "start": "2026-01-01", "term": 12,
                  "rate": {"annual": "0.05"}}] * 7),
     "It holds 7 offers; at most 6 can be compared at once."),
])
def test_whole_file_problems_are_refused(qtbot, session, tmp_path, said, text, problem) -> None:
    path = tmp_path / "offers.json"
    path.write_text(text, encoding="utf-8")
    page = _page(qtbot, session)
    assert page.files.open_file(path) is None
    assert page.offers == [] and problem in said[0]


def test_a_list_of_products_opens_as_the_command_line_reads_it(qtbot, session, tmp_path) -> None:
    products = [{"name": "bank", "kind": "loan", "principal": "10000", "start": "2026-01-10",
                 "term": 12, "rate": {"annual": "0.06"}},
                {"kind": "installment", "principal": "10000", "start": "2026-01-10",
                 "term": 12, "rate": {"monthly_fee": "0.006"}}]
    path = tmp_path / "quotes.json"
    path.write_text(json.dumps(products), encoding="utf-8")
    page = _page(qtbot, session)
    page.files.open_file(path)
    assert [o.name for o in page.offers] == ["bank", "quotes 2"]
    assert [r.offer.name for r in page.comparison.ranked] == ["bank", "quotes 2"]


def test_the_command_line_compares_a_file_saved_by_the_app(saved) -> None:
    page, path = saved
    out = subprocess.run([sys.executable, "-m", "planner", "compare", str(path), "--json",
                          "--convention", page.comparison.convention.value],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["name"], r["total_cost"]) for r in rows] == \
        [(name, str(cost)) for name, _, cost in _ranking(page)]


def test_save_is_offered_only_with_offers_on_screen(qtbot, session) -> None:
    page = _page(qtbot, session)
    assert not page.files.save_button.isEnabled()
    page.load_example()
    assert page.files.save_button.isEnabled()
