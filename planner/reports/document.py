"""What a report says, before it is drawn: a title and a list of blocks (headings, paragraphs,
key figures, tables, charts; for handouts, text side by side, answer boxes and sections that
start a page), every string already in the report's language.

Keeping the content apart from the drawing lets :mod:`planner.reports.render` collect every
character first (the embedded font is made for exactly those) and paginate tables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    size: float = 9.0


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """Label and value pairs, set in two columns."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table split across pages as needed, its header repeated on each. ``align`` has one
    letter per column: ``l`` or ``r``; ``weights`` the relative column widths."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...]
    align: str
    highlight: frozenset[int] = frozenset()   # row indexes set in bold colour
    wrap: bool = False  # long cells wrap onto more lines (else they are cut with "…")


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart drawn by ``draw(axes)``; ``texts`` lists the strings it will show (legend
    entries, labels) so the embedded font holds them."""

    title: str
    draw: Callable[[Any], None]
    texts: tuple[str, ...] = ()
    height: float = 3.0  # inches


@dataclass(frozen=True, slots=True)
class Columns:
    """Texts side by side in equal columns (a handout in both languages: English on the left,
    Chinese on the right), each wrapped to its column."""

    texts: tuple[str, ...]
    size: float = 9.0
    bold: bool = False
    keep: bool = False  # on the same page as what follows (a question and its answer)


@dataclass(frozen=True, slots=True)
class AnswerBox:
    """A numbered question (one text, or one per column), then a box to work in with a field
    for the answer and its unit; ``options`` are choices to tick instead."""

    number: str
    prompts: tuple[str, ...]
    hint: str
    options: tuple[str, ...] = ()
    height: float = 1.05  # inches, the box


@dataclass(frozen=True, slots=True)
class Section:
    """Starts a page with its own title block (a group's worksheet, a group's answers)."""

    title: str
    subtitle: str


Block = Heading | Paragraph | KeyFigures | Table | Chart | Columns | AnswerBox | Section


PAPERS: dict[str, tuple[float, float]] = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}


@dataclass(slots=True)
class Document:
    """``lang`` is ``en``, ``zh_CN`` or ``both`` (a handout in both languages side by side);
    ``paper`` one of :data:`PAPERS`; ``keywords`` go in the PDF's metadata."""

    title: str
    subtitle: str
    lang: str
    footer: str = ""
    blocks: list[Block] = field(default_factory=list)
    paper: str = "a4"
    keywords: str = ""
    #: Headings and highlights in the ink colour, not blue: a handout is printed in black
    #: and white.
    monochrome: bool = False

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def texts(self) -> str:
        """Every character the document will show (the font subset is made of them)."""
        parts: list[str] = [self.title, self.subtitle, self.footer]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                parts.append(block.text)
            elif isinstance(block, KeyFigures):
                parts.extend(f"{a}{b}" for a, b in block.pairs)
            elif isinstance(block, Table):
                parts.extend(block.headers)
                parts.extend("".join(row) for row in block.rows)
            elif isinstance(block, Columns):
                parts.extend(block.texts)
            elif isinstance(block, AnswerBox):
                parts.extend((block.number, block.hint, *block.prompts, *block.options))
            elif isinstance(block, Section):
                parts.extend((block.title, block.subtitle))
            else:
                parts.append(block.title)
                parts.extend(block.texts)
        return "".join(parts)


def display_width(text: str) -> int:
    """Columns the text takes: East Asian wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns: Latin text breaks at spaces, CJK between any two
    characters (never before closing punctuation).

    >>> wrap("a 0.6% monthly fee on the original 10,000", 20)
    ['a 0.6% monthly fee', 'on the original', '10,000']
    >>> wrap("按原始本金收取手续费，平均只用到一半", 16)
    ['按原始本金收取手', '续费，平均只用到', '一半']
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if line and display_width(line + token) > width and token.strip() \
                    and token[0] not in "，。；：、）》”,.;:)":
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line += token
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> Sequence[str]:
    """Words with their leading space, and each wide character on its own."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        if wide or ch == " ":
            if word:
                tokens.append(word)
            word = "" if wide else ch
            if wide:
                tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens
