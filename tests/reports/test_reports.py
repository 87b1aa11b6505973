"""PDF reports: every kind in both languages holds its title and key figures as text, Chinese
glyphs are embedded as real TrueType programs, long schedules paginate, and every bundled
scenario renders."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from planner.content.scenarios import load_scenario, scenario_names
from planner.core.compare import Offer, compare_offers
from planner.core.figures import analyse
from planner.core.product import parse_product
from planner.core.stress import stress_report
from planner.reports import (
    FontUnavailable,
    write_compare_report,
    write_portfolio_report,
    write_schedule_report,
    write_stress_report,
)
from planner.reports.labels import label
from planner.text.format import money, rate
from planner.text.names import WARNINGS, name, word
from tests.reports.conftest import embedded_fonts, page_count, pdf_text

LANGS = ["en", "zh_CN"]
TODAY = date(2026, 12, 1)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", LANGS)
def test_schedule_report_holds_title_and_key_figures(tmp_path: Path, lang: str) -> None:
    scenario = load_scenario("monthly-fee-trap", TODAY)
    item = scenario.portfolio.items[0]
    figures = analyse(item.product)
    out = tmp_path / "schedule.pdf"
    write_schedule_report(figures, out, lang, name=item.name)
    text = pdf_text(out)
    assert label("title.schedule", lang) in text and item.name in _one_line(text)
    c = item.product.currency
    for shown in (money(figures.payment, c), money(figures.total_cost, c),
                  money(figures.total_paid, c), rate(figures.apr.rate),
                  rate(figures.apr.effective_annual_rate)):
        assert shown in text
    assert "1,072.00" in text and "13.03%" in text and "864.00" in text


@pytest.mark.parametrize("lang", LANGS)
def test_compare_report_holds_every_offer(tmp_path: Path, lang: str) -> None:
    portfolio = load_scenario("daily-rate-vs-installment", TODAY).portfolio
    comparison = compare_offers([Offer(i.name, i.product) for i in portfolio.items])
    out = tmp_path / "compare.pdf"
    write_compare_report(comparison, out, lang)
    text = pdf_text(out)
    assert label("title.compare", lang) in text
    for entry in comparison.ranked:
        assert rate(entry.figures.apr.rate) in text
        assert money(entry.figures.total_cost, entry.offer.product.currency) in text
    assert comparison.ranked[0].offer.name in _one_line(text)


@pytest.mark.parametrize("lang", LANGS)
def test_portfolio_report_holds_household_and_items(tmp_path: Path, lang: str) -> None:
    scenario = load_scenario("prepay-or-not", TODAY)
    out = tmp_path / "portfolio.pdf"
    write_portfolio_report(scenario.portfolio, out, lang, today=scenario.today)
    text = pdf_text(out)
    report = stress_report(scenario.portfolio, scenario.today)
    assert label("title.portfolio", lang) in text
    household = scenario.portfolio.household
    assert money(household.monthly_income, household.currency) in text
    assert f"{report.score.score} / 100" in text
    for item in scenario.portfolio.items:
        assert rate(analyse(item.product).apr.rate) in text


@pytest.mark.parametrize("lang", LANGS)
def test_stress_report_holds_score_and_warnings(tmp_path: Path, lang: str) -> None:
    scenario = load_scenario("balloon-payment", TODAY)
    out = tmp_path / "stress.pdf"
    write_stress_report(scenario.portfolio, out, lang, today=scenario.today)
    text = pdf_text(out)
    report = stress_report(scenario.portfolio, scenario.today)
    assert label("title.stress", lang) in text
    assert f"{report.score.score} / 100" in text
    assert report.warnings
    for warning in report.warnings:
        assert name(warning.code.value, lang, WARNINGS) in _one_line(text)
    assert "150,600" in text  # the balloon, in its warning's explanation


def test_chinese_glyphs_are_embedded_as_truetype(tmp_path: Path) -> None:
    """matplotlib embeds Type 42 fonts as TrueType CIDFonts; a CFF ("OTTO") program there is
    malformed, so the report converts the CJK font's outlines first (planner.reports.fonts)."""
    out = tmp_path / "zh.pdf"
    scenario = load_scenario("bnpl-stacking", TODAY)
    write_stress_report(scenario.portfolio, out, "zh_CN", today=scenario.today)
    fonts = embedded_fonts(out)
    assert fonts
    for base, subtype, program in fonts:
        assert subtype == "/CIDFontType2", base
        assert program[:4] in (b"\x00\x01\x00\x00", b"true"), (base, program)
    assert "还款压力报告" in pdf_text(out)


def test_a_long_schedule_runs_over_pages_with_every_row(tmp_path: Path) -> None:
    loan = parse_product({"kind": "loan", "principal": "200000", "start": "2026-01-15",
                          "term": 360, "rate": {"annual": "0.065"}})
    figures = analyse(loan)
    out = tmp_path / "mortgage.pdf"
    write_schedule_report(figures, out, "en")
    text = pdf_text(out)
    assert page_count(out) >= 8
    assert "1,264.14" in text and "2056-01-15" in text
    assert text.count(word("balance", "en")) >= 7  # the header repeats on each page


COMBINED = {"kind": "loan", "start": "2026-01-15", "term": 12, "parts": [
    {"name": "公积金", "principal": "60000", "rate": {"annual": "0.026"}},
    {"name": "商贷", "principal": "40000", "rate": {"annual": "0.035"}}]}


def _layout_text(path: Path) -> list[str]:
    """The PDF's lines as poppler's pdftotext lays them out (a table row stays one line)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return [" ".join(line.split()) for line in done.stdout.splitlines()]


def _row_line(row, currency: str) -> str:
    return " ".join((str(row.n), row.date.isoformat(), money(row.payment, currency),
                     money(row.principal, currency), money(row.interest, currency),
                     money(row.fee, currency), money(row.balance, currency)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_combined_loans_report_shows_each_parts_schedule_after_the_total(
        tmp_path: Path, lang: str) -> None:
    figures = analyse(parse_product(COMBINED))
    out = tmp_path / "combined.pdf"
    write_schedule_report(figures, out, lang, name="home")
    lines = _layout_text(out)
    c = figures.product.currency
    total_first = lines.index(_row_line(figures.schedule.rows[0], c))
    assert _row_line(figures.schedule.rows[-1], c) in lines
    note = next(i for i, line in enumerate(lines)
                if line == " ".join(label("parts_note", lang).split()))
    assert note > total_first
    previous = note
    for part, (part_name, schedule) in zip(figures.product.parts, figures.schedule.parts,
                                           strict=True):
        heading = " ".join(label("part_schedule", lang, name=part_name,
                                 principal=money(part.principal, c)).split())
        at = lines.index(heading)
        rows = [lines.index(_row_line(row, c)) for row in schedule.rows]
        assert previous < at < rows[0] and rows == sorted(rows)  # in order, after the total
        assert len(schedule.rows) == 12 and schedule.rows[-1].balance == 0
        previous = rows[-1]
    # the parts add up to the total, row by row
    for k, row in enumerate(figures.schedule.rows):
        assert row.payment == sum(s.rows[k].payment for _, s in figures.schedule.parts)


@pytest.mark.parametrize("lang", LANGS)
def test_an_equal_principal_combined_loans_report_gives_each_parts_first_payment(
        tmp_path: Path, lang: str) -> None:
    # Issue 12: the report's "how" said each part paid its principal share (5,000.00 and
    # 3,333.33). By hand: 60,000 / 12 + 60,000 x 2.6% / 12 = 5,000.00 + 130.00 = 5,130.00;
    # 40,000 / 12 + 40,000 x 3.5% / 12 = 3,333.33 + 116.67 = 3,450.00, as a whole
    # equal-principal loan's payment is its first; their sum 8,580.00
    figures = analyse(parse_product({**COMBINED, "method": "equal_principal"}))
    out = tmp_path / "combined.pdf"
    write_schedule_report(figures, out, lang, name="home")
    text = " ".join(_layout_text(out))
    first = {"en": "its first payment is {}", "zh_CN": "首期 {}"}[lang]
    for amount in ("5130.00", "3450.00"):
        assert first.format(money(Decimal(amount), "CNY")) in text
    for share in ("5000.00", "3333.33"):  # principal shares, in the tables only
        assert first.format(money(Decimal(share), "CNY")) not in text
    assert money(Decimal("8580.00"), "CNY") in text


def test_a_single_loans_report_has_no_parts(tmp_path: Path) -> None:
    loan = analyse(parse_product({"kind": "loan", "principal": "1000", "start": "2026-01-15",
                                  "term": 3, "rate": {"annual": "0.1"}}))
    write_schedule_report(loan, tmp_path / "one.pdf", "en")
    text = " ".join(_layout_text(tmp_path / "one.pdf"))
    assert label("parts_note", "en")[:20] not in text


def test_without_a_cjk_font_chinese_is_refused_plainly(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("planner.reports.fonts.find_cjk_font", lambda: None)
    portfolio = load_scenario("monthly-fee-trap", TODAY).portfolio
    with pytest.raises(FontUnavailable, match="fonts-noto-cjk"):
        write_stress_report(portfolio, tmp_path / "zh.pdf", "zh_CN", today=TODAY)
    assert not (tmp_path / "zh.pdf").exists()
    loan = analyse(parse_product({"kind": "loan", "principal": "1000", "start": "2026-01-15",
                                  "term": 3, "rate": {"annual": "0.1"}}))
    write_schedule_report(loan, tmp_path / "en.pdf", "en")  # English needs no CJK font
    assert label("title.schedule", "en") in pdf_text(tmp_path / "en.pdf")


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    portfolio = load_scenario("monthly-fee-trap", TODAY).portfolio
    with pytest.raises(ValueError, match="lang"):
        write_portfolio_report(portfolio, tmp_path / "x.pdf", "fr")


@pytest.mark.parametrize("name", scenario_names())
@pytest.mark.parametrize("lang", LANGS)
def test_every_scenario_renders(tmp_path: Path, name: str, lang: str) -> None:
    scenario = load_scenario(name, date(2027, 7, 9))
    out = tmp_path / f"{name}.pdf"
    write_portfolio_report(scenario.portfolio, out, lang, today=scenario.today)
    text = _one_line(pdf_text(out))
    assert label("title.portfolio", lang) in text
    assert all(item.name[:6] in text for item in scenario.portfolio.items)
