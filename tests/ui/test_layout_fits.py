"""Every page fits the window at the sizes people use, in both languages: nothing scrolls
sideways, and no page forces the window wider than it was made (a 1024 × 700 laptop window,
and 1600 × 1000). Found by looking at screenshots: the Overview's tiles 1 pixel too wide,
Settings' two columns, Compare offers' Chinese buttons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from planner.ui import i18n
from planner.ui.main_window import MainWindow
from planner.ui.pages.registry import PAGES


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_no_page_scrolls_sideways_or_widens_the_window(qtbot, settings, session, lang,
                                                       size) -> None:
    i18n.switch_language(lang)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(session)
    wide = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        qtbot.wait(150)
        if window.width() > size[0]:
            wide.append(f"{spec.key} widens the window to {window.width()}")
            window.resize(*size)
            qtbot.wait(50)
        for area in page.findChildren(QScrollArea):
            if area.isVisible() and area.objectName() == "pageScroll":
                overflow = area.horizontalScrollBar().maximum()
                if overflow:
                    wide.append(f"{spec.key} scrolls sideways by {overflow} px")
    assert wide == []
