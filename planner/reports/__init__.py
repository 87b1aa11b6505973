"""PDF reports -- portfolio, schedule, offer comparison and repayment stress -- in English or
Chinese, with the figures, tables, charts and the explanation behind each number.

The one non-UI package allowed to import matplotlib (``Figure`` + ``PdfPages``, never pyplot),
the exception STYLE.md, "The layers" makes on purpose: ``planner report`` must write
a PDF without Qt, and the app runs that same command as a child process (matplotlib is not
thread-safe), so the report code cannot live under ``ui``. It is imported only when a report
is asked for, never when the command line starts. The app and ``planner report`` both call::

    write_schedule_report(figures, path, lang, name="...")
    write_portfolio_report(portfolio, path, lang, today=...)
    write_compare_report(comparison, path, lang)
    write_stress_report(portfolio, path, lang, today=...)
    write_handout(scenario, path, kind="worksheet", lang="both", paper="letter",
                  variants=[...])

Each raises :class:`FontUnavailable` when a Chinese report is asked for on a machine without a
CJK font (the message says what to install).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.compare import Comparison
from planner.core.figures import Figures
from planner.core.portfolio import Portfolio
from planner.reports.fonts import FontUnavailable

if TYPE_CHECKING:
    from planner.content.scenarios import Scenario
    from planner.content.variants import Variant

__all__ = ["FontUnavailable", "ReportKind", "write_compare_report", "write_handout",
           "write_portfolio_report", "write_schedule_report", "write_stress_report"]

LANGUAGES = ("en", "zh_CN")


class ReportKind(StrEnum):
    PORTFOLIO = "portfolio"
    SCHEDULE = "schedule"
    COMPARE = "compare"
    STRESS = "stress"


def _check(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")


def write_schedule_report(figures: Figures, path: Path | str, lang: str = "en", *,
                          name: str = "") -> None:
    """One product's key figures, charts, explanations and full schedule."""
    from planner.reports.figures_report import schedule_document
    from planner.reports.render import write_pdf

    _check(lang)
    write_pdf(schedule_document(figures, lang, name), path)


def write_compare_report(comparison: Comparison, path: Path | str, lang: str = "en") -> None:
    """Offers side by side, cheapest first, with their cumulative cost."""
    from planner.reports.figures_report import compare_document
    from planner.reports.render import write_pdf

    _check(lang)
    write_pdf(compare_document(comparison, lang), path)


def write_portfolio_report(portfolio: Portfolio, path: Path | str, lang: str = "en", *,
                           today: date | None = None) -> None:
    """The household's items, what is owed and due, as of ``today`` (default: today)."""
    from planner.reports.figures_report import portfolio_document
    from planner.reports.render import write_pdf

    _check(lang)
    write_pdf(portfolio_document(portfolio, today or date.today(), lang), path)


def write_stress_report(portfolio: Portfolio, path: Path | str, lang: str = "en", *,
                        today: date | None = None) -> None:
    """The stress score, every warning with its reason, and the months ahead."""
    from planner.reports.render import write_pdf
    from planner.reports.stress_report import stress_document

    _check(lang)
    write_pdf(stress_document(portfolio, today or date.today(), lang), path)


def write_handout(scenario: Scenario, path: Path | str, *, kind: str = "worksheet",
                  lang: str = "en", paper: str = "a4",
                  variants: Sequence[Variant] | None = None) -> None:
    """A workshop handout of ``scenario``: the ``worksheet`` (questions with empty boxes) or
    the ``answers`` (the answer key), in ``en``, ``zh_CN`` or ``both`` side by side, on
    ``a4`` or ``letter`` paper; one per group when ``variants`` are given."""
    from planner.reports.document import PAPERS
    from planner.reports.handout import handout_document
    from planner.reports.render import write_pdf

    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    write_pdf(handout_document(scenario, kind, lang, paper, variants), path)
