"""The Calendar page marks the engine's due dates, lists a day's or a month's payments and
exports them to an iCalendar file."""

from __future__ import annotations

from datetime import date

import icalendar
from dateutil.relativedelta import relativedelta

from planner.core.portfolio import Portfolio
from planner.core.stress.calendar import due_dates
from planner.ui.i18n import to_qdate
from planner.ui.models.due_dates_model import DueDatesModel
from planner.ui.pages.calendar_page import CalendarPage
from tests.ui.conftest import open_window


def _page(qtbot, session) -> CalendarPage:
    page = CalendarPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_the_calendar_marks_the_due_dates(qtbot, session, today) -> None:
    page = _page(qtbot, session)
    expected = due_dates(Portfolio(session.household, session.items()), today, 12)
    assert sorted(page.calendar.dues) == sorted({d.date for d in expected})
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 12)
    assert page.caption.text() == "Due in Dec 2026"
    assert page.model.rowCount() == 5
    assert not page.table.isColumnHidden(DueDatesModel.Column.DATE)  # a month: dates differ
    page.calendar.setSelectedDate(to_qdate(date(2026, 12, 20)))
    assert page.caption.text() == "Due on 2026-12-20"
    assert page.table.isColumnHidden(DueDatesModel.Column.DATE)  # a day: said in the heading
    assert [page.model.row_at(k).item_id for k in range(page.model.rowCount())] == \
        ["demo-car-loan"]
    assert page.summary.text() == "Payments due: 1 · Total: ¥2,857.85"
    page.horizon.setCurrentIndex(page.horizon.findData(3))
    assert max(page.calendar.dues) < today + relativedelta(months=3)


def test_the_due_dates_export_to_icalendar(qtbot, session, today, tmp_path) -> None:
    page = _page(qtbot, session)
    page.horizon.setCurrentIndex(page.horizon.findData(6))
    path = page.export_ics(tmp_path / "due.ics")
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    expected = due_dates(Portfolio(session.household, session.items()), today, 6)
    assert sorted(e.decoded("dtstart") for e in events) == [d.date for d in expected]
    again = icalendar.Calendar.from_ical(page.export_ics(tmp_path / "again.ics").read_bytes())
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids)  # one event per payment, and the same ids next time:
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == uids  # a calendar updates


def test_a_large_profile_is_dated_off_the_window_thread(qtbot, session, monkeypatch,
                                                        today) -> None:
    from planner.ui import worker as stress_state

    monkeypatch.setattr(stress_state, "SYNC_ITEMS", 0)
    page = _page(qtbot, session)
    assert page.dues == ()
    qtbot.waitUntil(lambda: bool(page.dues), timeout=10000)
    assert page.dues == due_dates(Portfolio(session.household, session.items()), today, 12)


def test_switching_to_chinese_while_running_names_the_months_in_chinese(qtbot, settings,
                                                                         session) -> None:
    """Issue 19: after a switch to 简体中文 the calendar's months and weekdays stayed English."""
    window = open_window(qtbot, settings, session)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "总览", timeout=5000)
    calendar = window.show_page("calendar").calendar
    assert calendar.locale().monthName(12) == "十二月"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Overview", timeout=5000)
    assert window.show_page("calendar").calendar.locale().monthName(12) == "December"
