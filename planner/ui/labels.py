"""The engine's enums in the app's language: the names of :mod:`planner.text.names`, looked up
in the language in force when asked (so a table built after a switch speaks the new one)."""

from __future__ import annotations

from planner.core.convention import Convention
from planner.core.dates import Frequency
from planner.core.daycount import DayCount
from planner.core.lpr import Tenor
from planner.core.portfolio import Status
from planner.core.product import Compounding, FeeType, Kind, LprReset, Method, Rate, RateQuote
from planner.text import format as text_format
from planner.text import names
from planner.ui.i18n import current_language


def _named(table: dict[str, names.Pair], members) -> dict:  # noqa: ANN001 - an enum class
    lang = current_language()
    return {m: names.name(m, lang, table) for m in members}


def topic(code: str) -> str:
    """The name of a figure (``payment``, ``total_cost``, ``apr``…), as explanations, the
    command line and the reports name it (:data:`planner.text.names.TOPICS`)."""
    return names.name(code, current_language(), names.TOPICS)


def word(key: str) -> str:
    """One of the words several surfaces put beside figures (:data:`planner.text.names.WORDS`)."""
    return names.word(key, current_language())


def kind_names() -> dict[Kind, str]:
    return _named(names.KINDS, Kind)


def method_names() -> dict[Method, str]:
    return _named(names.METHODS, Method)


def quote_names() -> dict[RateQuote, str]:
    return _named(names.QUOTES, RateQuote)


def quote_suffixes() -> dict[RateQuote, str]:
    """What follows a percentage typed in the form: ``% a day``."""
    lang = current_language()
    return {q: "%" + names.name(q, lang, names.QUOTE_UNITS) for q in RateQuote}


def frequency_names() -> dict[Frequency, str]:
    return _named(names.FREQUENCIES, Frequency)


def schedule_kind_names() -> dict[str, str]:
    """The kinds of rule of an income or spending schedule, by code."""
    lang = current_language()
    return {code: names.name(code, lang, names.SCHEDULE_KINDS) for code in names.SCHEDULE_KINDS}


def fee_type_names() -> dict[FeeType, str]:
    return _named(names.FEE_TYPES, FeeType)


def status_names() -> dict[Status, str]:
    return _named(names.STATUSES, Status)


def convention_names() -> dict[Convention, str]:
    return _named(names.CONVENTIONS, Convention)


def quoted_rate(rate: Rate) -> str:
    """A quote as the lender says it, exactly: ``0.05% a day``, ``4.35% a year``."""
    unit = names.name(rate.quote, current_language(), names.QUOTE_UNITS)
    return f"{text_format.exact_percent(rate.value)}{unit}"


def day_count_names() -> dict[DayCount, str]:
    return _named(names.DAY_COUNTS, DayCount)


def compounding_names() -> dict[Compounding, str]:
    return _named(names.COMPOUNDINGS, Compounding)


def lpr_tenor_names() -> dict[Tenor, str]:
    return _named(names.LPR_TENORS, Tenor)


def lpr_reset_names() -> dict[LprReset, str]:
    return _named(names.LPR_RESETS, LprReset)
