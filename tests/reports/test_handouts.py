"""Workshop handouts: a worksheet asks every question of the guide and never gives an answer; an
answer key holds every answer the engine computes, its explanation and the guide's note; both
languages side by side; A4 and US Letter; one section per group with the variants; the
document's title, language and outline are in the file and its glyphs are embedded."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from planner.content.scenarios import load_scenario, scenario_names
from planner.content.variants import variants
from planner.core.questions import AnswerUnit
from planner.reports import write_handout
from planner.text import format as fmt
from planner.text.workshop import answer_text, explanation_text, item_label, question_text
from tests.reports.conftest import embedded_fonts, pdf_text

TODAY = date(2026, 12, 1)


def _flat(text: str) -> str:
    """Text without any white space: wrapped lines of either language compare whole."""
    return re.sub(r"\s+", "", text)


def _answer_forms(a) -> list[str]:
    if a.value is None or a.unit in (AnswerUnit.CHOICE, AnswerUnit.COUNT):
        return []
    if a.unit is AnswerUnit.RATE:
        return [fmt.rate(a.value)]
    if a.unit is AnswerUnit.RATIO:
        return [fmt.ratio(a.value)]
    if a.unit is AnswerUnit.MONTH:
        return [fmt.month(a.value, "en"), fmt.month(a.value, "zh_CN")]
    return [fmt.grouped(Decimal(a.value), 2)]


@pytest.mark.parametrize("name", scenario_names())
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_worksheet_asks_every_question_and_never_answers(tmp_path: Path, name: str,
                                                           lang: str) -> None:
    scenario = load_scenario(name, TODAY)
    out = tmp_path / "worksheet.pdf"
    write_handout(scenario, out, kind="worksheet", lang=lang)
    text = _flat(pdf_text(out))
    assert _flat(scenario.guide.text("title", lang)) in text
    for question, a in zip(scenario.guide.questions, scenario.answers(), strict=True):
        assert _flat(question_text(question.words(lang), a.spec, scenario.portfolio,
                                   lang)) in text
        for form in _answer_forms(a):
            assert _flat(form) not in text, (question.id, form)
    for item in scenario.portfolio.items:
        assert _flat(item_label(item.name, lang)) in text
        assert _flat(fmt.money(item.product.principal, item.product.currency)) in text


@pytest.mark.parametrize("name", scenario_names())
def test_an_answer_key_holds_every_answer_and_its_explanation(tmp_path: Path,
                                                              name: str) -> None:
    scenario = load_scenario(name, TODAY)
    out = tmp_path / "answers.pdf"
    write_handout(scenario, out, kind="answers", lang="zh_CN")
    text = _flat(pdf_text(out))
    names = {i.id: i.name for i in scenario.portfolio.items}
    for question, a in zip(scenario.guide.questions, scenario.answers(), strict=True):
        assert _flat(answer_text(a, "zh_CN", names)) in text
        assert _flat(explanation_text(a.explanations[0], "zh_CN", names)) in text
        note = scenario.guide.note(question.id, "zh_CN")
        assert not note or _flat(note) in text


def test_both_languages_side_by_side_on_letter(tmp_path: Path) -> None:
    scenario = load_scenario("monthly-fee-trap", TODAY)
    out = tmp_path / "both.pdf"
    write_handout(scenario, out, kind="worksheet", lang="both", paper="letter")
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = pdf_text(out)
    first = scenario.guide.questions[0]
    spec = scenario.guide.answer_for(first.id)
    for lang in ("en", "zh_CN"):
        # each language's question is whole in the text, not broken by the other's
        assert _flat(question_text(first.words(lang), spec, scenario.portfolio, lang)) in \
            _flat(text)
    english = question_text(first.words("en"), spec, scenario.portfolio, "en")
    assert " ".join(english.split()) in " ".join(text.split())
    kinds = {subtype for _, subtype, _ in embedded_fonts(out)}
    assert kinds == {"/CIDFontType2"}  # the CJK subset, embedded as TrueType


def test_a4_is_a4_and_the_document_says_what_it_is(tmp_path: Path) -> None:
    scenario = load_scenario("minimum-payment-trap", TODAY)
    out = tmp_path / "a4.pdf"
    write_handout(scenario, out, kind="answers", lang="zh_CN", paper="a4")
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "zh-CN"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title.startswith("答案") and "最低还款陷阱" in reader.metadata.title
    assert "minimum-payment-trap" in reader.metadata["/Keywords"]
    assert [o.title for o in reader.outline if not isinstance(o, list)]


def test_groups_get_their_own_pages_and_the_key_lists_them_all(tmp_path: Path) -> None:
    scenario = load_scenario("avalanche-vs-snowball", TODAY)
    groups = variants(scenario, 6, 42)
    sheets, key = tmp_path / "sheets.pdf", tmp_path / "key.pdf"
    write_handout(scenario, sheets, kind="worksheet", lang="en", variants=groups)
    write_handout(scenario, key, kind="answers", lang="en", variants=groups)
    reader = pypdf.PdfReader(str(sheets))
    starts = [k for k, page in enumerate(reader.pages)
              if re.match(r"\s*Group \d", page.extract_text())]
    assert len(starts) == 6 and starts[0] == 0
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == [f"Group {v.number} — {v.household[1]}" for v in groups]
    text = _flat(pdf_text(key))
    for v in groups:
        names = {i.id: i.name for i in v.portfolio.items}
        assert _flat(v.household[1]) in text
        for a in v.answers:
            assert _flat(answer_text(a, "en", names)) in text
        budget = fmt.money(v.guide.answers[0].budget, "CNY")
        assert _flat(budget) in _flat(pdf_text(sheets))
    assert len({v.answers[1].value for v in groups}) > 1  # each group its own numbers


def test_bad_kind_language_or_paper_is_refused(tmp_path: Path) -> None:
    scenario = load_scenario("monthly-fee-trap", TODAY)
    for kwargs in ({"kind": "quiz"}, {"lang": "fr"}, {"paper": "a5"}):
        with pytest.raises(ValueError):
            write_handout(scenario, tmp_path / "x.pdf", **kwargs)
    assert not list(tmp_path.iterdir())
