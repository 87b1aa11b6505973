"""Reminders before payments fall due: the days before a due date to be reminded (chosen in
Settings, given to ``planner calendar --ics --remind``), and the payments due soon (the app's
notification and the Overview's "due this week").

A reminder ``n`` days before is an alarm at 09:00 local time ``n`` days before the due date (0:
on the day itself), in the ``.ics`` export as a VALARM whose trigger is relative to the start of
the all-day event: ``-PT15H`` for one day before, ``-P2DT15H`` for three, ``PT9H`` on the day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from planner.core.errors import InputError

#: The Settings default: a reminder the day before each payment.
DEFAULT_DAYS: tuple[int, ...] = (1,)
MAX_DAYS = 30
#: The hour of the day a reminder goes off.
HOUR = 9


def parse_days(value: object, field: str = "--remind") -> tuple[int, ...]:
    """Days before a due date, from "3,1", a list, or "none" (no reminders); each 0 to 30, the
    largest first, no repeats.

    >>> parse_days("1,3"), parse_days([0, 7]), parse_days("none")
    ((3, 1), (7, 0), ())
    >>> parse_days("45")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: --remind: 45 is not a number of days from 0 to 30
    """
    if value is None:
        return ()
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("", "none", "off", "no"):
            return ()
        parts: Iterable[object] = [p.strip() for p in text.replace("，", ",").split(",")]
    elif isinstance(value, (list, tuple)):
        parts = value
    else:
        raise InputError(field, "must be days before the due date, like 3,1 (or none)")
    out = set()
    for part in parts:
        number = part if isinstance(part, int) and not isinstance(part, bool) else None
        if isinstance(part, str) and part.isdigit():
            number = int(part)
        if number is None or not 0 <= number <= MAX_DAYS:
            raise InputError(field, f"{part} is not a number of days from 0 to {MAX_DAYS}")
        out.add(number)
    return tuple(sorted(out, reverse=True))


def trigger(days_before: int) -> timedelta:
    """The alarm's offset from the start (midnight) of an all-day event.

    >>> trigger(1), trigger(0), trigger(3)
    (datetime.timedelta(days=-1, seconds=32400), datetime.timedelta(seconds=32400), \
datetime.timedelta(days=-3, seconds=32400))
    """
    return timedelta(days=-days_before, hours=HOUR)


def window(today: date, days: int) -> tuple[date, date]:
    """[today, today + days + 1): the due dates a reminder ``days`` ahead covers, today's
    included.

    >>> window(date(2026, 12, 6), 1)
    (datetime.date(2026, 12, 6), datetime.date(2026, 12, 8))
    """
    return today, today + timedelta(days=days + 1)
