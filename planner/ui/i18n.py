"""Languages of the app: loading the .qm catalogue, switching while running, and formatting
money, dates and percentages for the chosen locale.

Every widget handles ``QEvent.LanguageChange`` (Qt sends it to all widgets when a translator is
installed or removed); :func:`switch_language` is the one place that installs them.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from planner.content.resources import resource

TRANSLATIONS_DIR = resource("translations")
LANGUAGES = ("en", "zh_CN")
_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$",
            "TWD": "NT$", "SGD": "S$", "AUD": "A$", "CAD": "C$", "CHF": "CHF ", "KRW": "₩"}

_installed: QTranslator | None = None
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
    default; Qt then sends LanguageChange to every widget. False if the .qm is missing."""
    global _installed, _current
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        app.removeTranslator(_installed)
        _installed = None
    ok = True
    if language != "en" and app is not None:
        translator = QTranslator(app)
        ok = translator.load(os.path.join(TRANSLATIONS_DIR, f"planner_{language}.qm"))
        if ok:
            app.installTranslator(translator)
            _installed = translator
    _current = language
    QLocale.setDefault(qlocale(language))
    return ok


class Formatter:
    """Money, dates and percentages as the current locale writes them."""

    def __init__(self, language: str | None = None) -> None:
        self.locale = qlocale(language)

    def money(self, amount: Decimal | None, currency: str = "CNY", *, sign: bool = False) -> str:
        if amount is None:
            return "—"
        digits = 0 if currency in ("JPY", "KRW") else 2
        text = self.locale.toString(float(abs(amount)), "f", digits)
        prefix = "-" if amount < 0 else ("+" if sign and amount > 0 else "")
        return f"{prefix}{_SYMBOLS.get(currency, currency + ' ')}{text}"

    def number(self, value: float, digits: int = 2) -> str:
        return self.locale.toString(float(value), "f", digits)

    def percent(self, fraction: float | Decimal | None, digits: int = 2) -> str:
        if fraction is None:
            return "—"
        return self.locale.toString(float(fraction) * 100, "f", digits) + "%"

    def date(self, day: date | None) -> str:
        if day is None:
            return "—"
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:  # a four-digit year: "2/5/27" is ambiguous in a plan
            pattern = pattern.replace("yy", "yyyy")
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def month(self, day: date) -> str:
        pattern = "yyyy年M月" if self.locale.language() == QLocale.Language.Chinese \
            else "MMM yyyy"
        return self.locale.toString(QDate(day.year, day.month, 1), pattern)

    def short_month(self, day: date) -> str:
        pattern = "M月" if self.locale.language() == QLocale.Language.Chinese else "MMM"
        return self.locale.toString(QDate(day.year, day.month, 1), pattern)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
