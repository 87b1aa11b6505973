"""The bundled teaching scenarios: finding them, reading and checking their guides, loading one
moved in time so that it starts around today, and scenarios of one's own kept in one file.

A scenario is two files in ``resources/scenarios/``: ``NAME.json``, a portfolio JSON
(``planner-portfolio`` version 1, what import and export read), and ``NAME.guide.json``::

    {"as_of": "2026-12-01",                 # the day the scenario describes ("its today")
     "title": {"en": ..., "zh_CN": ...}, "summary": {"en": ..., "zh_CN": ...},
     "steps": [{"en": ..., "zh_CN": ...}, ...],   # 2-4 "try this" steps, never an answer
     "terms": ["apr", ...],                 # glossary codes worth reading alongside
     "questions": [{"id": "apr-installment",      # what a worksheet asks; {item}, {term},
                    "en": "What is the true annual rate of {item}?", "zh_CN": ...}, ...],
     "answers": [{"question": "apr-installment",  # how the engine answers it, never a
                  "kind": "apr", "item": "phone-installment",   # typed-in value
                  "note": {"en": ..., "zh_CN": ...}}, ...],     # for the answer key
     "lesson": [{"same": "cheaper"}, {"more": ["apr-installment", "apr-loan"]},
                {"warns": "minimum_payment_trap"}, {"less": [...]}, {"positive": "spare"}]}

``questions`` and ``answers`` pair one to one by id; an answer is a question kind of
:mod:`planner.core.questions` with its parameters, so the answer key is computed for whatever
numbers the household has (a group's variant, a moved date). ``lesson`` says what must stay
true when the numbers vary (:mod:`planner.content.variants`): a choice answered the same, one
answer above or below another, a warning that fires. Every guide is checked when it is read:
a problem raises ``InputError`` naming the file and the field.

A portfolio without a guide (``demo.json``, the app's demo) is not listed.

One's own scenario is one file (:data:`SCENARIO_FORMAT`): ``{"format": "planner-scenario",
"version": 1, "name": "my-scenario", "guide": {...}, "portfolio": {...}}``, the guide and the
portfolio as above; :func:`open_scenario` reads a bundled name or such a file.

Moving in time: every date of the portfolio (``start``, ``first_payment`` and each payment's or
repayment's ``date``) moves by the same whole number of months, each from its own value in the
file with the day clipped to the month's length (dateutil's relativedelta rule: Jan 31 + 1
month = Feb 28, + 2 months = Mar 31; a date on the 31st stays at month-end). Schedules anchor
on their start's day, so bundled scenarios start their items on days 1-28, where a moved
schedule is exactly the original one moved (tests/content/test_scenarios.py checks it).
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner.content.resources import resource
from planner.core.dates import add_months
from planner.core.errors import InputError, shown
from planner.core.portfolio import Portfolio, parse_portfolio
from planner.core.privacy import refuse_card_numbers
from planner.core.questions import Answer, AnswerSpec, answer, parse_answer_spec

SCENARIO_DIR = Path(resource("scenarios"))
GUIDE_SUFFIX = ".guide.json"
SCENARIO_FORMAT = "planner-scenario"
SCENARIO_VERSION = 1
LANGS = ("en", "zh_CN")
_DATE_KEYS = frozenset({"start", "first_payment", "date"})
_GUIDE_FIELDS = frozenset({"as_of", "title", "summary", "steps", "terms", "questions",
                           "answers", "lesson"})
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
MAX_QUESTIONS, MAX_STEPS, MAX_TEXT = 12, 10, 2000
LESSON_CHECKS = ("same", "more", "less", "positive", "warns")


@dataclass(frozen=True, slots=True)
class Question:
    """What a worksheet asks, in both languages; ``{item}`` and the other parameters of its
    answer are put in when it is shown."""

    id: str
    text: dict[str, str]

    def words(self, lang: str) -> str:
        return self.text.get(lang) or self.text.get("en") or self.text.get("zh_CN", "")


@dataclass(frozen=True, slots=True)
class LessonCheck:
    """What must stay true of the answers when the numbers vary: ``same`` (a question's
    answer), ``more``/``less`` (the first question's answer against the second's),
    ``positive`` (a question's answer above zero), ``warns`` (a stress warning code fires)."""

    kind: str
    args: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {self.kind: list(self.args) if self.kind in ("more", "less") else self.args[0]}


@dataclass(frozen=True, slots=True)
class Guide:
    """What a facilitator reads out: a title, a summary and "try this" steps, in both
    languages; the questions a worksheet asks, how the engine answers each (with a note for
    the answer key) and what the lesson needs to stay true."""

    as_of: date
    title: dict[str, str]
    summary: dict[str, str]
    steps: tuple[dict[str, str], ...]
    terms: tuple[str, ...] = ()
    questions: tuple[Question, ...] = ()
    answers: tuple[AnswerSpec, ...] = ()
    notes: dict[str, dict[str, str]] = field(default_factory=dict)
    lesson: tuple[LessonCheck, ...] = ()

    def text(self, part: str, lang: str) -> str:
        """``title`` or ``summary`` in ``lang`` (the other language when it has no such
        text)."""
        texts: dict[str, str] = getattr(self, part)
        return texts.get(lang) or texts.get("en") or texts.get("zh_CN", "")

    def step_texts(self, lang: str) -> list[str]:
        return [step.get(lang) or step.get("en") or step.get("zh_CN", "")
                for step in self.steps]

    def answer_for(self, question_id: str) -> AnswerSpec:
        return next(a for a in self.answers if a.question == question_id)

    def note(self, question_id: str, lang: str) -> str:
        texts = self.notes.get(question_id, {})
        return texts.get(lang) or texts.get("en") or texts.get("zh_CN", "")

    def to_json(self) -> dict[str, Any]:
        """The guide JSON; :func:`parse_guide` reads it back to an equal value."""
        answers = []
        for spec in self.answers:
            entry = spec.to_json()
            if spec.question in self.notes:
                entry["note"] = dict(self.notes[spec.question])
            answers.append(entry)
        return {"as_of": self.as_of.isoformat(), "title": dict(self.title),
                "summary": dict(self.summary), "steps": [dict(s) for s in self.steps],
                "terms": list(self.terms),
                "questions": [{"id": q.id, **q.text} for q in self.questions],
                "answers": answers, "lesson": [c.to_json() for c in self.lesson]}


@dataclass(frozen=True, slots=True)
class Scenario:
    """A scenario loaded for use: its portfolio JSON moved by ``shift_months`` so that
    ``today`` (its own day moved) is around the real today. ``source`` is the file it came
    from when it is not a bundled one."""

    name: str
    guide: Guide
    data: dict[str, Any]
    shift_months: int
    today: date
    _parsed: list[Portfolio] = field(default_factory=list, compare=False, repr=False)
    source: Path | None = None

    @property
    def portfolio(self) -> Portfolio:
        if not self._parsed:
            self._parsed.append(parse_portfolio(self.data))
        return self._parsed[0]

    def answers(self, portfolio: Portfolio | None = None) -> list[Answer]:
        """The engine's answer to each question of the guide, in the guide's order, for this
        scenario's portfolio (or ``portfolio``, a variant of it) as of its ``today``."""
        household = portfolio or self.portfolio
        specs = {a.question: a for a in self.guide.answers}
        return [answer(specs[q.id], household, self.today) for q in self.guide.questions]


# -- reading and checking a guide ------------------------------------------------------------

def parse_guide(raw: object, item_ids: list[str] | None = None, *,
                both_languages: bool = True) -> Guide:
    """A guide JSON object, checked whole; ``item_ids`` (the portfolio's) checks that every
    answer is about items the scenario has. ``both_languages``: every text in English and in
    Chinese (the bundled guides); otherwise one of the two is enough (one's own scenario)."""
    if not isinstance(raw, dict):
        raise InputError("guide", "must be a JSON object")
    unknown = sorted(set(raw) - _GUIDE_FIELDS)
    if unknown:
        raise InputError(unknown[0], "is not a field of a scenario guide")
    if "as_of" not in raw:
        raise InputError("as_of", "is missing (the day the scenario describes)")
    try:
        as_of = date.fromisoformat(str(raw["as_of"]))
    except ValueError:
        raise InputError("as_of", f"{shown(raw['as_of'])} is not a date (YYYY-MM-DD)") \
            from None

    def texts(value: object, where: str) -> dict[str, str]:
        if not isinstance(value, dict):
            raise InputError(where, 'must be an object like {"en": "...", "zh_CN": "..."}')
        bad = sorted(set(value) - set(LANGS) - ({"id"} if where.startswith("questions") else
                                                set()))
        if bad:
            raise InputError(f"{where}.{bad[0]}", "is not a language (en or zh_CN)")
        out = {}
        for lang in LANGS:
            text = value.get(lang, "")
            if not isinstance(text, str):
                raise InputError(f"{where}.{lang}", "must be text")
            if len(text) > MAX_TEXT:
                raise InputError(f"{where}.{lang}", f"is longer than {MAX_TEXT} characters")
            refuse_card_numbers(text, f"{where}.{lang}")
            if text.strip():
                out[lang] = text.strip()
            elif both_languages:
                raise InputError(f"{where}.{lang}", "is missing")
        if not out:
            raise InputError(where, "has no text in English or Chinese")
        return out

    title = texts(raw.get("title"), "title")
    summary = texts(raw.get("summary"), "summary")
    steps = tuple(texts(s, f"steps[{i}]") for i, s in enumerate(_list(raw, "steps")))
    if len(steps) > MAX_STEPS:
        raise InputError("steps", f"more than {MAX_STEPS} steps")
    terms = _list(raw, "terms")
    if not all(isinstance(t, str) for t in terms):
        raise InputError("terms", "must be glossary codes")
    questions = []
    for index, entry in enumerate(_list(raw, "questions")):
        where = f"questions[{index}]"
        if not isinstance(entry, dict):
            raise InputError(where, "must be a JSON object")
        qid = entry.get("id")
        if not isinstance(qid, str) or not _NAME.match(qid):
            raise InputError(f"{where}.id", "must be a short id of lower-case letters, digits "
                                            "and hyphens")
        if any(q.id == qid for q in questions):
            raise InputError(f"{where}.id", f"{shown(qid)} is used by another question")
        questions.append(Question(qid, texts(entry, where)))
    if len(questions) > MAX_QUESTIONS:
        raise InputError("questions", f"more than {MAX_QUESTIONS} questions")
    answers: list[AnswerSpec] = []
    notes: dict[str, dict[str, str]] = {}
    ids = [q.id for q in questions]
    for index, entry in enumerate(_list(raw, "answers")):
        where = f"answers[{index}]"
        try:
            spec = parse_answer_spec(entry, item_ids)
        except InputError as error:
            raise error.within(where) from None
        if spec.question not in ids:
            raise InputError(f"{where}.question", f"{shown(spec.question)} is not a question "
                                                  f"of the guide (one of {', '.join(ids)})")
        if any(a.question == spec.question for a in answers):
            raise InputError(f"{where}.question", f"{shown(spec.question)} is answered twice")
        if "note" in entry:
            notes[spec.question] = texts(entry["note"], f"{where}.note")
        answers.append(spec)
    answered = {a.question for a in answers}
    for index, question in enumerate(questions):
        if question.id not in answered:
            raise InputError(f"questions[{index}]", f"{shown(question.id)} has no answer: "
                             "name the kind the engine answers it with in answers")
        spec = next(a for a in answers if a.question == question.id)
        for lang, text in question.text.items():
            _check_placeholders(text, spec, f"questions[{index}].{lang}")
    lesson = tuple(_lesson_check(c, f"lesson[{i}]", ids)
                   for i, c in enumerate(_list(raw, "lesson")))
    return Guide(as_of, title, summary, steps, tuple(terms), tuple(questions), tuple(answers),
                 notes, lesson)


def _list(raw: dict, key: str) -> list:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise InputError(key, "must be a list")
    return value


def _check_placeholders(text: str, spec: AnswerSpec, where: str) -> None:
    known = spec.parameters()
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError:
        raise InputError(where, "has an unmatched { or } (write {{ or }} for a brace)") \
            from None
    for name in fields:
        if name not in known:
            raise InputError(where, f"{{{name}}} is not a parameter of its answer (one of "
                                    f"{', '.join('{' + k + '}' for k in known) or 'none'})")


def _lesson_check(raw: object, where: str, ids: list[str]) -> LessonCheck:
    from planner.core.stress.warnings import Code

    if not isinstance(raw, dict) or len(raw) != 1:
        raise InputError(where, f"must be one of {', '.join(LESSON_CHECKS)}, as "
                                '{"same": "QUESTION"}')
    (kind, value), = raw.items()
    if kind not in LESSON_CHECKS:
        raise InputError(where, f"{shown(kind)} is not a lesson check (one of "
                                f"{', '.join(LESSON_CHECKS)})")
    if kind == "warns":
        codes = [c.value for c in Code]
        if value not in codes:
            raise InputError(f"{where}.warns", f"{shown(value)} is not a warning (one of "
                                               f"{', '.join(codes)})")
        return LessonCheck(kind, (value,))
    args = value if kind in ("more", "less") else [value]
    if not isinstance(args, list) or len(args) != (2 if kind in ("more", "less") else 1):
        raise InputError(f"{where}.{kind}", "must name two questions" if kind in
                         ("more", "less") else "must name one question")
    for arg in args:
        if arg not in ids:
            raise InputError(f"{where}.{kind}", f"{shown(arg)} is not a question of the guide")
    return LessonCheck(kind, tuple(args))


# -- bundled scenarios -----------------------------------------------------------------------

def scenario_names(directory: Path | None = None) -> list[str]:
    """The names of the scenarios that have a guide, sorted."""
    folder = directory or SCENARIO_DIR
    return sorted(p.name[: -len(GUIDE_SUFFIX)] for p in folder.glob(f"*{GUIDE_SUFFIX}")
                  if (folder / (p.name[: -len(GUIDE_SUFFIX)] + ".json")).is_file())


def load_guide(name: str, directory: Path | None = None) -> Guide:
    """The guide of bundled scenario ``name``, checked (without its portfolio: the items its
    answers name are checked by :func:`load_scenario`)."""
    folder = directory or SCENARIO_DIR
    raw = _read(_path(name, folder, GUIDE_SUFFIX))
    try:
        return parse_guide(raw)
    except InputError as error:
        raise error.within(f"{name}{GUIDE_SUFFIX}") from None


def list_scenarios(directory: Path | None = None) -> list[tuple[str, Guide]]:
    """Every listed scenario with its guide."""
    return [(name, load_guide(name, directory)) for name in scenario_names(directory)]


def months_to_shift(as_of: date, today: date) -> int:
    """Whole months that move ``as_of`` to the latest same-day date not after ``today``.

    >>> months_to_shift(date(2026, 12, 1), date(2027, 3, 15))
    3
    >>> months_to_shift(date(2026, 12, 20), date(2027, 3, 15))
    2
    """
    months = (today.year - as_of.year) * 12 + today.month - as_of.month
    return months - 1 if today.day < as_of.day else months


def shift_dates(data: Any, months: int) -> Any:
    """A copy of portfolio JSON ``data`` with every date moved by ``months`` whole months.

    >>> shift_dates({"items": [{"start": "2026-01-31", "payments": [
    ...     {"date": "2026-02-28", "amount": "1"}]}]}, 1)
    {'items': [{'start': '2026-02-28', 'payments': [{'date': '2026-03-28', 'amount': '1'}]}]}
    """
    if isinstance(data, dict):
        return {key: (_moved(value, months) if key in _DATE_KEYS and isinstance(value, str)
                      else shift_dates(value, months)) for key, value in data.items()}
    if isinstance(data, list):
        return [shift_dates(value, months) for value in data]
    return data


def load_scenario(name: str, today: date | None = None,
                  directory: Path | None = None) -> Scenario:
    """Scenario ``name`` moved so that its own day falls within the month before ``today``
    (default: the real today). ``today`` equal to the guide's ``as_of`` loads it unmoved.

    >>> s = load_scenario("monthly-fee-trap", date(2027, 3, 15))
    >>> s.shift_months, s.today, s.data["items"][0]["start"]
    (3, datetime.date(2027, 3, 1), '2027-03-05')
    """
    folder = directory or SCENARIO_DIR
    guide = load_guide(name, folder)
    data = _read(_path(name, folder, ".json"))
    scenario = _moved_scenario(name, guide, data, today)
    _check_items(scenario, f"{name}{GUIDE_SUFFIX}")
    return scenario


def _moved_scenario(name: str, guide: Guide, data: Any, today: date | None,
                    source: Path | None = None) -> Scenario:
    months = months_to_shift(guide.as_of, today or date.today())
    return Scenario(name, guide, shift_dates(data, months), months,
                    add_months(guide.as_of, months), source=source)


def _check_items(scenario: Scenario, where: str) -> None:
    """The portfolio reads, and every item an answer names is one of its items."""
    ids = [item.id for item in scenario.portfolio.items]
    for index, spec in enumerate(scenario.guide.answers):
        for item_id in ([spec.item] if spec.item else []) + list(spec.items):
            if item_id not in ids:
                raise InputError(f"{where}.answers[{index}].item",
                                 f"{shown(item_id)} is not an item of the scenario (one of "
                                 f"{', '.join(ids)})")


# -- one's own scenario, in one file ---------------------------------------------------------

def scenario_file_json(name: str, guide: Guide, portfolio: dict[str, Any]) -> dict[str, Any]:
    """One scenario as one shareable file: its guide and its portfolio JSON."""
    return {"format": SCENARIO_FORMAT, "version": SCENARIO_VERSION, "name": name,
            "guide": guide.to_json(), "portfolio": portfolio}


def parse_scenario_file(data: object, today: date | None = None,
                        source: Path | None = None) -> Scenario:
    """A scenario file's JSON, checked whole (the guide, the portfolio, the items the answers
    name), moved to around ``today`` as a bundled scenario is."""
    if not isinstance(data, dict):
        raise InputError("scenario", "must be a JSON object")
    if data.get("format") != SCENARIO_FORMAT:
        hint = " (this is a portfolio: File → Import reads it)" \
            if data.get("format") == "planner-portfolio" else ""
        raise InputError("format", f'must be "{SCENARIO_FORMAT}"{hint}')
    if data.get("version") != SCENARIO_VERSION:
        raise InputError("version", f"{shown(data.get('version'))} is not a version this app "
                                    f"reads (it reads {SCENARIO_VERSION})")
    unknown = sorted(set(data) - {"format", "version", "name", "guide", "portfolio"})
    if unknown:
        raise InputError(unknown[0], "is not a field of a scenario file")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise InputError("name", "must be a short name of lower-case letters, digits and "
                                 "hyphens, like my-scenario")
    portfolio_data = data.get("portfolio")
    try:
        portfolio = parse_portfolio(portfolio_data)
    except InputError as error:
        raise error.within("portfolio") from None
    try:
        guide = parse_guide(data.get("guide"), [i.id for i in portfolio.items],
                            both_languages=False)
    except InputError as error:
        raise error.within("guide") from None
    scenario = _moved_scenario(name, guide, portfolio_data, today, source)
    _check_items(scenario, "guide")
    return scenario


def anonymised(portfolio: Portfolio) -> tuple[dict[str, Any], dict[str, str]]:
    """A profile made shareable as a scenario: the portfolio JSON with every name replaced --
    each item called by its kind and number in both languages (``贷款 1 · Loan 1``), no
    lender, notes or card digits, ids ``item-1``..., the household ``示例家庭 · A sample
    household`` -- and every amount, rate, date and payment kept; and the map of old ids to
    new ones (a guide's answers follow it).

    >>> from planner.core.portfolio import parse_portfolio
    >>> data, ids = anonymised(parse_portfolio({"format": "planner-portfolio", "version": 1,
    ...     "profile": {"name": "Mum's budget", "monthly_income": "9000"}, "items": [
    ...     {"id": "hospital", "name": "Mum's hospital loan", "lender": "ICBC", "kind": "loan",
    ...      "principal": "20000", "start": "2026-01-05", "term": 12,
    ...      "rate": {"annual": "0.05"}}]}))
    >>> data["items"][0]["name"], data["items"][0]["principal"], ids
    ('贷款 1 · Loan 1', '20000.00', {'hospital': 'item-1'})
    >>> data["profile"]["name"], data["profile"]["monthly_income"]
    ('一户人家 · A household', '9000.00')
    """
    from planner.core.portfolio import household_to_json, item_to_json
    from planner.text.names import KINDS

    counts: dict[str, int] = {}
    ids: dict[str, str] = {}
    items = []
    for index, item in enumerate(portfolio.items, start=1):
        kind = item.product.kind
        counts[kind] = counts.get(kind, 0) + 1
        chinese, english = KINDS[kind][1], KINDS[kind][0]
        entry = item_to_json(item)
        for key in ("lender", "notes", "card_last4"):
            entry.pop(key, None)
        ids[item.id] = entry["id"] = f"item-{index}"
        entry["name"] = f"{chinese} {counts[kind]} · {english} {counts[kind]}"
        items.append(entry)
    profile = household_to_json(portfolio.household)
    profile.pop("language", None)
    profile["name"] = "一户人家 · A household"
    return {"format": "planner-portfolio", "version": 1, "profile": profile,
            "items": items}, ids


def load_scenario_file(path: Path | str, today: date | None = None) -> Scenario:
    """The scenario file at ``path``; a problem raises ``InputError`` naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(path.name, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path.name, f"cannot be read: {error}") from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, RecursionError, ValueError) as error:
        raise InputError(path.name, f"is not valid JSON: {error}") from None
    try:
        return parse_scenario_file(data, today, path)
    except InputError as error:
        raise error.within(path.name) from None


def is_scenario_file(source: str) -> bool:
    """``source`` names a file rather than a bundled scenario (bundled names have no dot or
    slash)."""
    return source.endswith(".json") or "/" in source or "\\" in source


def open_scenario(source: str, today: date | None = None) -> Scenario:
    """A bundled scenario by name, or a scenario file by its path."""
    if is_scenario_file(source):
        return load_scenario_file(source, today)
    return load_scenario(source, today)


def _moved(text: str, months: int) -> str:
    try:
        return add_months(date.fromisoformat(text), months).isoformat()
    except ValueError:
        return text  # not a date: parse_portfolio names the field when it is read


def _path(name: str, folder: Path, suffix: str) -> Path:
    names = scenario_names(folder)
    if name not in names:
        raise InputError("scenario", f"there is no scenario {name!r} (one of "
                                     f"{', '.join(names)})")
    return folder / f"{name}{suffix}"


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(path.name, f"cannot be read: {error}") from None
