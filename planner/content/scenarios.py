"""The bundled teaching scenarios: finding them, reading their guides, and loading one moved in
time so that it starts around today.

A scenario is two files in ``resources/scenarios/``: ``NAME.json``, a portfolio JSON
(``planner-portfolio`` version 1, what import and export read), and ``NAME.guide.json``::

    {"as_of": "2026-12-01",                 # the day the scenario describes ("its today")
     "title": {"en": ..., "zh_CN": ...}, "summary": {"en": ..., "zh_CN": ...},
     "steps": [{"en": ..., "zh_CN": ...}, ...],   # 2-4 "try this" steps
     "terms": ["apr", ...]}                 # glossary codes worth reading alongside

A portfolio without a guide (``demo.json``, the app's demo) is not listed.

Moving in time: every date of the portfolio (``start``, ``first_payment`` and each payment's or
repayment's ``date``) moves by the same whole number of months, each from its own value in the
file with the day clipped to the month's length (dateutil's relativedelta rule: Jan 31 + 1
month = Feb 28, + 2 months = Mar 31; a date on the 31st stays at month-end). Schedules anchor
on their start's day, so bundled scenarios start their items on days 1-28, where a moved
schedule is exactly the original one moved (tests/test_scenarios.py checks it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.content.resources import resource
from planner.core.dates import add_months
from planner.core.errors import InputError
from planner.core.portfolio import Portfolio, parse_portfolio

SCENARIO_DIR = Path(resource("scenarios"))
GUIDE_SUFFIX = ".guide.json"
_DATE_KEYS = frozenset({"start", "first_payment", "date"})


@dataclass(frozen=True, slots=True)
class Guide:
    """What a facilitator reads out: a title, a summary and "try this" steps, in both
    languages."""

    as_of: date
    title: dict[str, str]
    summary: dict[str, str]
    steps: tuple[dict[str, str], ...]
    terms: tuple[str, ...] = ()

    def text(self, part: str, lang: str) -> str:
        """``title`` or ``summary`` in ``lang`` (English when it has no such text)."""
        texts: dict[str, str] = getattr(self, part)
        return texts.get(lang) or texts["en"]

    def step_texts(self, lang: str) -> list[str]:
        return [step.get(lang) or step["en"] for step in self.steps]


@dataclass(frozen=True, slots=True)
class Scenario:
    """A scenario loaded for use: its portfolio JSON moved by ``shift_months`` so that
    ``today`` (its own day moved) is around the real today."""

    name: str
    guide: Guide
    data: dict[str, Any]
    shift_months: int
    today: date
    _parsed: list[Portfolio] = field(default_factory=list, compare=False, repr=False)

    @property
    def portfolio(self) -> Portfolio:
        if not self._parsed:
            self._parsed.append(parse_portfolio(self.data))
        return self._parsed[0]


def scenario_names(directory: Path | None = None) -> list[str]:
    """The names of the scenarios that have a guide, sorted."""
    folder = directory or SCENARIO_DIR
    return sorted(p.name[: -len(GUIDE_SUFFIX)] for p in folder.glob(f"*{GUIDE_SUFFIX}")
                  if (folder / (p.name[: -len(GUIDE_SUFFIX)] + ".json")).is_file())


def load_guide(name: str, directory: Path | None = None) -> Guide:
    folder = directory or SCENARIO_DIR
    raw = _read(_path(name, folder, GUIDE_SUFFIX))
    try:
        steps = tuple({"en": s["en"], "zh_CN": s["zh_CN"]} for s in raw["steps"])
        return Guide(date.fromisoformat(raw["as_of"]), dict(raw["title"]), dict(raw["summary"]),
                     steps, tuple(raw.get("terms", ())))
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{name}{GUIDE_SUFFIX}", f"is not a scenario guide ({error})") from None


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
    months = months_to_shift(guide.as_of, today or date.today())
    return Scenario(name, guide, shift_dates(data, months), months,
                    add_months(guide.as_of, months))


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
