"""The colours that carry meaning: a palette of series colours that read on light and dark
backgrounds alike, one colour per item, kept by every chart (the Overview's obligations, the
Stress page's, the payoff plan's) so that a loan is the same colour wherever it is drawn; and
one colour per severity of a warning, on its chip, its row and money overdue."""

from __future__ import annotations

from collections.abc import Iterable

#: Series colours; an item's colour is chosen by its place in the profile.
SERIES = ["#2f7ed8", "#f28f43", "#3bb273", "#c2405b", "#8e6bbf", "#d4a62a", "#4bb3c6",
          "#7f8c8d"]
#: "Other items" (the ones a chart adds up into one band).
OTHER = "#9aa0a6"
#: A warning's severity (``planner.core.stress.Severity`` values); money overdue is "danger".
SEVERITY_COLOURS = {"danger": "#d64545", "caution": "#d98a1c", "info": "#7f8c8d"}


def item_colours(item_ids: Iterable[str]) -> dict[str, str]:
    """A colour for each item id, by its order in the profile (the order the lists show), so
    the same item is drawn in the same colour on every chart.

    >>> item_colours(["car", "phone"])
    {'car': '#2f7ed8', 'phone': '#f28f43'}
    """
    return {item_id: SERIES[k % len(SERIES)] for k, item_id in enumerate(item_ids)}
