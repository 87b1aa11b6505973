"""Languages of the app: loading the .qm catalogue, switching while running, and the figures'
formats (those of :mod:`planner.text.format`, shared with the other surfaces).

Every widget handles ``QEvent.LanguageChange`` (Qt sends it to all widgets when a translator is
installed or removed); :func:`switch_language` is the one place that installs them.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from planner.content.resources import resource
from planner.text import format as text_format

TRANSLATIONS_DIR = resource("translations")
LANGUAGES = text_format.LANGUAGES

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``zh_CN`` for any Chinese system locale, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(requested: str | None, saved: str | None = None) -> str:
    """The language to start in: ``--lang``, else the saved setting, else the system's."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return system_language()


def current_language() -> str:
    return _current


def qlocale(language: str | None = None) -> QLocale:
    language = language or _current
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def switch_language(language: str) -> bool:
    """Install the catalogue of ``language`` (English needs none) and make its locale the
    default; Qt then sends LanguageChange to every widget. False if the app's .qm is missing.

    Qt's own catalogue (``qtbase``: the file dialog's "Look in", "File name", "Open", the
    standard buttons, a text field's Copy and Paste) is installed beside it where Qt ships
    one, so those read in the app's language too (they stayed English in the Chinese app)."""
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != "en" and app is not None:
        ok = _install(app, os.path.join(TRANSLATIONS_DIR, f"planner_{language}.qm"))
        _install(app, os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                                   f"qtbase_{language}.qm"))
    _current = language
    QLocale.setDefault(qlocale(language))
    return ok


def _install(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


class Formatter:
    """Figures in the language in force, in the formats every surface shares
    (:mod:`planner.text.format`): the app's tables and tiles read exactly as the explanations,
    the PDF reports and the command line do."""

    def __init__(self, language: str | None = None) -> None:
        self.lang = language or _current

    def money(self, amount: Decimal | None, currency: str = "CNY", *, sign: bool = False) -> str:
        return text_format.money(amount, currency, sign=sign)

    def rate(self, fraction: Decimal | float | None) -> str:
        """A computed annual rate (true annual rate, EAR): two decimals."""
        return text_format.rate(fraction)

    def ratio(self, fraction: Decimal | float | None) -> str:
        """A share of income or of what is owed: one decimal."""
        return text_format.ratio(fraction)

    def line(self, fraction: Decimal) -> str:
        """A line a person set (a threshold, a cap), exactly as set."""
        return text_format.exact_percent(fraction)

    def number(self, value: Decimal | float | int, digits: int = 2) -> str:
        return text_format.number(value, digits)

    def date(self, day: date | None) -> str:
        return text_format.day(day)

    def month(self, day: date) -> str:
        return text_format.month(day, self.lang)

    def short_month(self, day: date) -> str:
        return text_format.short_month(day, self.lang)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
