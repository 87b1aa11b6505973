"""The text as the reader sees it: folded to half width one character for one character, cut
into clauses, and a record of which characters a finding has already claimed.

Every finding keeps offsets into the ORIGINAL text. Folding therefore never changes the length:
full-width ``１００００`` becomes ``10000`` in place (U+FF01..U+FF5E minus U+FEE0, the ideographic
space to a space, ``￥`` to ``¥``), so an offset in the folded copy is an offset in the input.
Unicode NFKC would fold more, but it can turn one character into several (``½`` -> ``1⁄2``),
which would shift every offset after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The full-width comma U+FF0C stays a Chinese comma: folded to "," it would join a count and
# the next clause ("5000，12期") into what looks like a thousands separator.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code != 0xFF0C}
_FOLD.update({0x3000: 0x20, 0xFFE5: 0xA5, 0xFFE1: 0xA3, 0xFFE0: 0xA2, 0x00A0: 0x20,
              0x2212: 0x2D, 0x2013: 0x2D, 0x2014: 0x2D, 0x2009: 0x20, 0x202F: 0x20})

#: How the reader matches its keywords: case aside, and ASCII word edges, so that an English
#: keyword still ends before a Chinese character or sign ("APR约", "fee：").
FLAGS = re.IGNORECASE | re.ASCII


def keyword_pattern(source: str) -> re.Pattern[str]:
    """``source`` compiled as the reader matches keywords (:data:`FLAGS`)."""
    return re.compile(source, FLAGS)


_GROUPED = re.compile(r"(?<![\d，])\d{1,3}(?:，\d{3})+(?!\d)", re.ASCII)


def fold(text: str) -> str:
    """Half-width digits, letters and signs in place of full-width ones, length unchanged; a
    full-width comma grouping digits in threes (``５，０００``) becomes a thousands separator.

    >>> fold("借款１００００元，年化１８％")
    '借款10000元，年化18%'
    >>> fold("＄５，０００，３６个月")
    '$5,000，36个月'
    """
    folded = text.translate(_FOLD)
    if "，" not in folded:
        return folded
    return _GROUPED.sub(lambda m: m.group().replace("，", ","), folded)


# A clause ends at Chinese punctuation, a line break, a semicolon, or an English comma, full
# stop, colon-free dash... followed by a space (so 10,000 and 9.99 stay whole).
_CLAUSE_END = re.compile(r"[，。；;！!？?\n、|]|[,.](?=\s|$)|\s-\s")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int


def clauses(text: str) -> list[Clause]:
    """The clauses of ``text`` as [start, end) ranges; keywords describe numbers in their own
    clause, so a word in one clause never changes how another clause is read.

    >>> [(c.start, c.end) for c in clauses("借款1万，分12期")]
    [(0, 4), (5, 9)]
    """
    out, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        if match.start() > start:
            out.append(Clause(start, match.start()))
        start = match.end()
    if start < len(text):
        out.append(Clause(start, len(text)))
    return out


def clause_at(spans: list[Clause], position: int) -> Clause:
    """The clause holding ``position`` (the empty clause at it when it falls on punctuation)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= position:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(spans) and spans[lo].start <= position:
        return spans[lo]
    return Clause(position, position)


class Claims:
    """Character ranges already read as something: a later, vaguer rule skips them, so the
    ``500`` of ``服务费500元`` is never also read as the amount borrowed."""

    __slots__ = ("_taken",)

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return not any(self._taken[start:end])

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def last_keyword(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]`` (the keyword nearest a number that
    follows it), or None."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return found
