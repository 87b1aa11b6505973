"""Where the app's shipped files are: ``planner/resources`` inside an installed wheel (see
pyproject's wheel sources), else ``resources/`` at the top of the source tree. os.path only:
this is read before the first paint."""

from __future__ import annotations

import os

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_INSTALLED = os.path.join(_PACKAGE, "resources")
RESOURCES = _INSTALLED if os.path.isdir(_INSTALLED) else os.path.join(
    os.path.dirname(_PACKAGE), "resources")


def resource(*parts: str) -> str:
    """The path of a shipped file: ``resource("icons", "card.svg")``."""
    return os.path.join(RESOURCES, *parts)
