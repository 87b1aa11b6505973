"""The sentences of every explanation, in English and Chinese, keyed by formula and step code:
a product's figures, the overview's headline figures, stress warnings and the score, the
answers to workshop questions.

Placeholders name the values of :class:`planner.core.explain.Explanation`; ``{name:.N}`` shows
N decimals; ``{share_words}`` is derived by the renderer (:mod:`planner.text.explain`). Each
English sentence sits beside its Chinese one, so a translator sees both.
"""

from __future__ import annotations

from planner.text.templates.figures import FIGURE_TEMPLATES
from planner.text.templates.overview import OVERVIEW_TEMPLATES
from planner.text.templates.stress import STRESS_TEMPLATES
from planner.text.templates.workshop import WORKSHOP_TEMPLATES


def _pair(key: str) -> tuple[str, str] | None:
    return (FIGURE_TEMPLATES.get(key) or STRESS_TEMPLATES.get(key) or OVERVIEW_TEMPLATES.get(key)
            or WORKSHOP_TEMPLATES.get(key))


def template(key: str, lang: str) -> str:
    """The sentence for ``key`` in ``lang`` (``en`` or ``zh_CN``)."""
    pair = _pair(key)
    if pair is None:
        raise KeyError(key)
    return pair[1] if lang == "zh_CN" else pair[0]


def has_template(key: str) -> bool:
    return _pair(key) is not None
