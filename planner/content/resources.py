"""Where the app's shipped files are (icons, .qm translations, scenarios, stylesheet): inside
the package as ``planner/resources`` in an installed wheel, ``resources/`` in the unpacked
PyInstaller bundle, ``resources/`` at the top of a source checkout. os.path only: this is read
before the first paint."""

from __future__ import annotations

import os
import sys

#: The ``planner`` package folder (this module is in ``planner/content/``).
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_resources(package: str = _PACKAGE) -> str:
    """The directory holding ``icons/``, ``translations/``, ``scenarios/`` and ``qss/``.

    - PyInstaller bundle: ``resources/`` under ``sys._MEIPASS``, where the spec puts it (also
      the parent of the frozen package, so the checkout rule would agree; this says so).
    - Installed wheel: ``planner/resources/``, pyproject's wheel ``sources`` put it there.
      Looked for before the checkout rule, so that a ``resources`` folder some other
      distribution left at the top of site-packages never wins.
    - Source checkout, editable install included: ``resources/`` beside the package.
    """
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return os.path.join(sys._MEIPASS, "resources")
    inside = os.path.join(package, "resources")
    if os.path.isdir(inside):
        return inside
    return os.path.join(os.path.dirname(package), "resources")


RESOURCES = find_resources()


def resource(*parts: str) -> str:
    """The path of a shipped file: ``resource("icons", "card.svg")``."""
    return os.path.join(RESOURCES, *parts)
