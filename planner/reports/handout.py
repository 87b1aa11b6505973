"""Workshop handouts from a teaching scenario: the participant's worksheet (the household, the
terms of what it owes or is offered, and a box for each question of the guide: it asks, it
never answers) and the facilitator's answer key (every answer computed by the engine, with
its explanation and the guide's note), for the scenario itself or for each group's variant,
in English, Chinese, or both side by side.

A worksheet shows only what a participant is given: income, spending, savings, and each
item's amount, dates, term, quoted rate, repayment method and fees -- never a true rate, a
cost or a date the engine works out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner.core.portfolio import Portfolio
from planner.core.questions import Answer, AnswerSpec, AnswerUnit
from planner.reports.document import (
    AnswerBox,
    Block,
    Columns,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Section,
    Table,
)
from planner.text import format as fmt
from planner.text.workshop import (
    answer_text,
    explanation_text,
    item_label,
    question_text,
    ranking_text,
    terms_cells,
    unit_hint,
    word,
)

if TYPE_CHECKING:
    from planner.content.scenarios import Guide, Scenario
    from planner.content.variants import Variant

KINDS = ("worksheet", "answers")
LANGS = ("en", "zh_CN", "both")
_COLUMNS = ("kind", "amount", "start", "term", "quoted", "repaid", "fees")
_WEIGHTS = (1.9, 1.1, 1.15, 1.15, 0.85, 1.25, 1.5, 1.15)


def _langs(lang: str) -> tuple[str, ...]:
    return ("en", "zh_CN") if lang == "both" else (lang,)


def _words(key: str, lang: str, sep: str = " · ", **values: object) -> str:
    return sep.join(word(key, one, **values) for one in _langs(lang))


def _guide_text(guide: Guide, part: str, lang: str) -> str:
    return " · ".join(dict.fromkeys(guide.text(part, one) for one in _langs(lang)))


class _Household:
    """One household a handout is about: the scenario's own, or a group's variant."""

    def __init__(self, portfolio: Portfolio, guide: Guide, answers: Sequence[Answer],
                 number: int | None = None, name: tuple[str, str] | None = None) -> None:
        self.portfolio = portfolio
        self.guide = guide
        self.answers = list(answers)
        self.number = number
        self.name = name

    def heading(self, lang: str) -> str:
        parts = []
        if self.number is not None:
            parts.append(_words("group", lang, n=self.number))
        if self.name is not None:
            parts.append(" · ".join(self.name[1] if one == "en" else self.name[0]
                                    for one in _langs(lang)))
        return " — ".join(parts)


def handout_document(scenario: Scenario, kind: str, lang: str = "en", paper: str = "a4",
                     variants: Sequence[Variant] | None = None) -> Document:
    """The worksheet or the answer key of ``scenario`` (each of ``variants``, when given)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    guide = scenario.guide
    if variants:
        households = [_Household(v.portfolio, v.guide, v.answers, v.number, v.household)
                      for v in variants]
    else:
        households = [_Household(scenario.portfolio, guide, scenario.answers())]
    currency = scenario.portfolio.household.currency
    kind_word = _words("worksheet" if kind == "worksheet" else "answers", lang)
    colon = "：" if lang == "zh_CN" else ": "
    title = f"{kind_word}{colon}{_guide_text(guide, 'title', lang)}"
    subtitle_parts = [_words("as_of", lang, today=scenario.today),
                      " · ".join(dict.fromkeys(
                          f"{'amounts in' if one == 'en' else '金额单位'} {currency}"
                          for one in _langs(lang)))]
    if kind == "answers":
        subtitle_parts.insert(0, _words("for_facilitator", lang))
    doc = Document(title, " · ".join(subtitle_parts), lang, _words("generated", lang),
                   paper=paper, keywords=", ".join(["Planner", scenario.name, kind_word]),
                   monochrome=True)
    if kind == "worksheet":
        for household in households:
            _worksheet(doc, household, lang, len(households) > 1, title, subtitle_parts)
    else:
        _answer_key(doc, households, lang, bool(variants), title, subtitle_parts)
    return doc


def _section(doc: Document, household: _Household, lang: str, title: str,
             subtitle_parts: list[str]) -> None:
    """A group's own pages: the group and its household as the title, the handout's title
    below it."""
    doc.add(Section(household.heading(lang), " · ".join([title, *subtitle_parts])))


def _worksheet(doc: Document, household: _Household, lang: str, grouped: bool, title: str,
               subtitle_parts: list[str]) -> None:
    if grouped:
        _section(doc, household, lang, title, subtitle_parts)
    colon = "：" if lang == "zh_CN" else ": "
    doc.add(Paragraph(_words("names_line", lang, " / ") + colon + "_" * 60, size=9.5))
    doc.add(*_household_blocks(household.portfolio, lang))
    doc.add(Heading(_words("questions", lang)), _text_block(
        {one: word("instructions", one) for one in _langs(lang)}, lang, size=8.5))
    currency = household.portfolio.household.currency
    for number, question in enumerate(household.guide.questions, start=1):
        spec = household.guide.answer_for(question.id)
        prompts = tuple(question_text(question.words(one), spec, household.portfolio, one)
                        for one in _langs(lang))
        doc.add(AnswerBox(f"{number}.", prompts, _hint(spec, lang, currency),
                          _options(spec, household.portfolio, lang)))


def _hint(spec: AnswerSpec, lang: str, currency: str) -> str:
    return " · ".join(dict.fromkeys(unit_hint(spec, one, currency) for one in _langs(lang)))


def _options(spec: AnswerSpec, portfolio: Portfolio, lang: str) -> tuple[str, ...]:
    if spec.unit is not AnswerUnit.CHOICE:
        return ()
    ids = spec.items or tuple(i.id for i in portfolio.items if i.is_open)
    names = {i.id: i.name for i in portfolio.items}
    return tuple(names[i] if lang == "both" else item_label(names[i], lang) for i in ids)


def _text_block(texts: dict[str, str], lang: str, size: float = 9.0, bold: bool = False,
                keep: bool = False) -> Block:
    """One paragraph, or the two languages side by side (``keep``: on the page of what
    follows)."""
    return Columns(tuple(texts[one] for one in _langs(lang)), size=size, bold=bold, keep=keep)


def _household_blocks(portfolio: Portfolio, lang: str) -> list[Block]:
    household = portfolio.household
    c = household.currency
    pairs = ((_words("income", lang), fmt.money(household.monthly_income, c)),
             (_words("essentials", lang), fmt.money(household.essential_expenses, c)),
             (_words("buffer", lang), fmt.money(household.cash_buffer, c)))
    langs = _langs(lang)
    headers = ("\n".join(word("col.item", one) for one in langs),
               *("\n".join(word(f"col.{key}", one) for one in langs) for key in _COLUMNS))
    rows = []
    for item in portfolio.items:
        if not item.is_open:
            continue
        cells = [terms_cells(item, one) for one in langs]
        name = "\n".join(item_label(item.name, one) for one in langs) if lang == "both" \
            else item_label(item.name, lang)
        rows.append((name, *("\n".join(dict.fromkeys(c[key] for c in cells))
                             for key in _COLUMNS)))
    return [Heading(_words("household", lang)), KeyFigures(pairs),
            Heading(_words("offers", lang)),
            Table(headers, tuple(rows), _WEIGHTS, "llrlllll", wrap=True)]


def _answer_key(doc: Document, households: list[_Household], lang: str, grouped: bool,
                title: str, subtitle_parts: list[str]) -> None:
    guide = households[0].guide
    doc.add(Heading(_words("lesson", lang)))
    summary = {one: guide.text("summary", one) for one in _langs(lang)}
    if grouped:
        summary = {one: f"{text} {word('lesson_numbers', one)}" for one, text in summary.items()}
    doc.add(_text_block(summary, lang, size=8.5))
    if grouped:
        doc.add(*_glance(households, lang))
    for household in households:
        if grouped:
            _section(doc, household, lang, title, subtitle_parts)
            doc.add(*_household_blocks(household.portfolio, lang))
        doc.add(Heading(_words("answer", lang)))
        names = {i.id: i.name for i in household.portfolio.items}
        for number, (question, a) in enumerate(zip(household.guide.questions,
                                                   household.answers, strict=True), start=1):
            prompts = {one: f"{number}. " + question_text(question.words(one), a.spec,
                                                          household.portfolio, one)
                       for one in _langs(lang)}
            doc.add(_text_block(prompts, lang, size=9.5, bold=True, keep=True))
            shown = " · ".join(dict.fromkeys(answer_text(a, one, names)
                                             for one in _langs(lang)))
            doc.add(KeyFigures(((_words("answer", lang), shown),)))
            for e in a.explanations:
                doc.add(_text_block({one: explanation_text(e, one, names)
                                     for one in _langs(lang)}, lang, size=8))
            if a.ranking:
                doc.add(_text_block({one: ranking_text(a, one, names) for one in _langs(lang)},
                                    lang, size=8))
            note = {one: household.guide.note(question.id, one) for one in _langs(lang)}
            if any(note.values()):
                doc.add(_text_block({one: word("note", one) + ("：" if one == "zh_CN" else
                                                                 ": ") + text
                                     for one, text in note.items()}, lang, size=8))


def _glance(households: list[_Household], lang: str) -> list[Block]:
    """Every group's answers in one table (five questions to a table)."""
    questions = households[0].guide.questions
    langs = _langs(lang)
    blocks: list[Block] = [Heading(_words("answers", lang))]
    for first in range(0, len(questions), 5):
        chunk = range(first, min(first + 5, len(questions)))
        headers = ("\n".join(word("col.group", one) for one in langs),
                   *(f"{k + 1}." for k in chunk))
        rows = []
        for household in households:
            names = {i.id: i.name for i in household.portfolio.items}
            family = "\n".join(household.name[1] if one == "en" else household.name[0]
                               for one in langs) if household.name else ""
            rows.append((f"{household.number} {family}".strip() if lang != "both"
                         else f"{household.number}\n{family}",
                         *("\n".join(dict.fromkeys(answer_text(household.answers[k], one,
                                                               names) for one in langs))
                           for k in chunk)))
        blocks.append(Table(headers, tuple(rows), (1.9, *(1.6 for _ in chunk)),
                            "l" + "r" * len(chunk), wrap=True))
    return blocks
