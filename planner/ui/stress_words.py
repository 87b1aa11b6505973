"""The stress analysis in the app's language: :class:`planner.text.stress.StressText` (the words
the Stress page, the Overview, ``planner stress`` and the stress PDF share) in the language in
force when it is made."""

from __future__ import annotations

from collections.abc import Mapping

from planner.text.stress import StressText
from planner.ui.i18n import Formatter, current_language


class StressWords(StressText):
    """Words for one currency, in the language in force when it was made."""

    def __init__(self, currency: str = "CNY", names: Mapping[str, str] | None = None) -> None:
        super().__init__(current_language(), currency, names)
        self.fmt = Formatter(self.lang)
