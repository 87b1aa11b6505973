"""The demo profile: the bundled Chinese household of ``resources/scenarios/demo.json``, moved
in time so that it is always "now", in a throw-away encrypted profile that touches nothing of
the user's (a random key held in memory, no keyring entry, a temporary directory). A teaching
scenario opens the same way, from its own portfolio JSON (``planner.content.scenarios``)."""

from __future__ import annotations

import json
import secrets
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from planner.content.resources import resource

DEMO_FILE = Path(resource("scenarios", "demo.json"))
#: The day the demo file describes: its payments run up to here.
DEMO_AS_OF = date(2026, 11, 28)
_DATE_KEYS = ("start", "first_payment", "date")


def months_to_shift(today: date, as_of: date = DEMO_AS_OF) -> int:
    """Whole months that move ``as_of`` to the latest same-day date not after ``today``.

    >>> months_to_shift(date(2027, 2, 27)), months_to_shift(date(2027, 2, 28))
    (2, 3)
    """
    months = (today.year - as_of.year) * 12 + today.month - as_of.month
    return months - 1 if today.day < as_of.day else months


def demo_data(today: date | None = None, source: Path = DEMO_FILE) -> dict[str, Any]:
    """The demo portfolio JSON with every date moved by whole months to around ``today``."""
    data = json.loads(source.read_text(encoding="utf-8"))
    shift = relativedelta(months=months_to_shift(today or date.today()))

    def move(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (_moved(v, shift) if k in _DATE_KEYS and isinstance(v, str) else move(v))
                    for k, v in node.items()}
        if isinstance(node, list):
            return [move(v) for v in node]
        return node

    return move(data)


def _moved(text: str, shift: relativedelta) -> str:
    return (date.fromisoformat(text) + shift).isoformat()


class DemoProfile:
    """A temporary data directory holding the demo profile; removed by :meth:`cleanup`."""

    def __init__(self, today: date | None = None, data: dict[str, Any] | None = None,
                 scenario: Any = None) -> None:
        from planner.store.profile import Profile

        self._tmp = tempfile.TemporaryDirectory(prefix="planner-demo-")
        directory = Path(self._tmp.name) / "profiles" / "demo"
        directory.mkdir(parents=True, mode=0o700)
        self.directory = directory
        self.profile = Profile.open(directory, secrets.token_bytes(32), today=today,
                                    backup=False)
        #: the ``planner.content.scenarios.Scenario`` this profile was made from, if any
        self.scenario = scenario
        self.profile.import_portfolio(demo_data(today) if data is None else data)
        self._closed = False

    @property
    def data_dir(self) -> Path:
        return Path(self._tmp.name)

    def cleanup(self) -> None:
        """Close and remove the profile; calling it again does nothing."""
        if self._closed:
            return
        self._closed = True
        self.profile.close()
        self._tmp.cleanup()
