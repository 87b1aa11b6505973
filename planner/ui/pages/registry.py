"""The app's pages, in sidebar order: each a key, a title, an icon and the class that builds it.

A page is one line here; its module is imported only when the page is first built, so the
window shows before any page's code is loaded.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageSpec(NamedTuple):
    key: str
    title: str            # source text, translated in the "Pages" context
    icon: str             # resources/icons/<icon>.svg
    factory: str          # "module:Class", called as Class(session, *args, parent=...)
    args: tuple = ()  # noqa: RUF012


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("Pages", "Overview"), "overview",
             "planner.ui.pages.overview_page:OverviewPage"),
    PageSpec("cards", QT_TRANSLATE_NOOP("Pages", "Cards"), "card",
             "planner.ui.pages.items_page:ItemsPage", ("card",)),
    PageSpec("installments", QT_TRANSLATE_NOOP("Pages", "Installments"), "installment",
             "planner.ui.pages.items_page:ItemsPage", ("installment",)),
    PageSpec("loans", QT_TRANSLATE_NOOP("Pages", "Loans"), "loan",
             "planner.ui.pages.items_page:ItemsPage", ("loan",)),
    PageSpec("credit_lines", QT_TRANSLATE_NOOP("Pages", "Credit lines"), "credit_line",
             "planner.ui.pages.items_page:ItemsPage", ("credit_line",)),
    PageSpec("stress", QT_TRANSLATE_NOOP("Pages", "Stress"), "stress",
             "planner.ui.pages.stress_page:StressPage"),
    PageSpec("payoff", QT_TRANSLATE_NOOP("Pages", "Payoff plan"), "payoff",
             "planner.ui.pages.payoff_page:PayoffPage"),
    PageSpec("calendar", QT_TRANSLATE_NOOP("Pages", "Calendar"), "calendar",
             "planner.ui.pages.calendar_page:CalendarPage"),
    PageSpec("compare", QT_TRANSLATE_NOOP("Pages", "Compare offers"), "compare",
             "planner.ui.pages.compare_page:ComparePage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "settings",
             "planner.ui.pages.settings_page:SettingsPage"),
]

PAGE_KEYS = tuple(spec.key for spec in PAGES)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", spec.title)


def items_page_key(kind: str) -> str:
    """The page that lists the items of ``kind`` (a :class:`planner.core.product.Kind` value).

    >>> items_page_key("credit_line")
    'credit_lines'
    """
    return next(spec.key for spec in PAGES if spec.args == (kind,))


def page_spec(key: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.key == key)
