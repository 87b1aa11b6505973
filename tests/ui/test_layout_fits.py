"""Every page fits the window at the sizes people use, in both languages: nothing scrolls
sideways, and no page forces the window wider than it was made (a 1024 × 700 laptop window,
and 1600 × 1000). Found by looking at screenshots: the Overview's tiles 1 pixel too wide,
Settings' two columns, Compare offers' Chinese buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget

from planner.core.product import Kind
from planner.ui import i18n
from planner.ui.charts.bars import BarChart
from planner.ui.charts.canvas import ChartView
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.main_window import MainWindow
from planner.ui.pages.registry import PAGES
from tests.ui.conftest import open_window


def _window(qtbot, settings, session, lang: str, size: tuple[int, int]) -> MainWindow:
    """The demo household's window in ``lang`` at ``size``, its first page ready."""
    i18n.switch_language(lang)
    return open_window(qtbot, settings, session, size=size)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_no_page_scrolls_sideways_or_widens_the_window(qtbot, settings, session, lang,
                                                       size) -> None:
    window = _window(qtbot, settings, session, lang, size)
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


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_product_forms_fields_never_scroll_sideways(qtbot, lang) -> None:
    """The fields of every kind, and of each kind chosen in the form, fit their column: the
    LPR row (its box, spread, tenor and reset on one line) and the longest day-count choice
    made a loan's fields scroll sideways by 234 pixels in English."""
    i18n.switch_language(lang)
    wide = []
    for kind in Kind:
        form = ProductForm(kind, today=date(2026, 12, 6))
        qtbot.addWidget(form)
        form.show()
        for chosen in Kind:
            form.kind.setCurrentIndex(form.kind.findData(chosen.value))
            for size in ((1120, 720), (1000, 680)):
                form.resize(*size)
                qtbot.wait(20)
                area = form.findChild(QScrollArea)
                if area.horizontalScrollBar().maximum():
                    wide.append(f"{kind.value} form as {chosen.value} at {size}: "
                                f"{area.horizontalScrollBar().maximum()} px")
        form.close()
    assert wide == []


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(("size", "presenter"), [((1024, 700), False), ((1600, 1000), False),
                                                 ((1024, 700), True)])
def test_no_chart_is_cut_by_what_holds_it(qtbot, settings, session, lang, size,
                                          presenter) -> None:
    """Every chart gets the height it asks for: in presenter mode the Overview's tiles, whose
    notes wrapped to a second line, took 31 pixels from the chart beneath them and cut off
    its years (the layout had counted one line per note)."""
    window = _window(qtbot, settings, session, lang, size)
    if presenter:  # full screen: the whole of the test platform's screen, larger type
        window.presenter.set_active(True)
    cut = []
    for spec in PAGES:
        page = window.show_page(spec.key)
        qtbot.wait(150)
        for chart in page.findChildren(QWidget):
            if not isinstance(chart, (BarChart, ChartView)) or not chart.isVisible():
                continue
            room = chart.parentWidget().contentsRect()
            if chart.geometry().bottom() > room.bottom() or chart.height() < \
                    chart.minimumHeight():
                cut.append(f"{spec.key}: {type(chart).__name__} {chart.height()} px high "
                           f"(asks {chart.minimumHeight()}), {room.height()} px of room")
    window.presenter.set_active(False)
    assert cut == []
