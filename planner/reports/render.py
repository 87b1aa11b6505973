"""Drawing a :class:`~planner.reports.document.Document` onto A4 pages of a PDF with matplotlib
``Figure`` objects and ``PdfPages`` -- never pyplot, the Agg canvas, fonts embedded as Type 42
(TrueType, with ToUnicode maps, so the text can be searched and copied).

Layout runs first (which piece of which block goes on which page, tables split with their
header repeated), then drawing, so every page can say "page n of N".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.reports.document import (
    Block,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Table,
    display_width,
    wrap,
)
from planner.reports.fonts import LATIN_FAMILY, font_family
from planner.reports.labels import label

PAGE_W, PAGE_H = 8.27, 11.69          # A4 in inches
MARGIN, TOP, BOTTOM = 0.6, 0.55, 0.6
WIDTH = PAGE_W - 2 * MARGIN
TITLE_SPACE = 0.95
HEADING_H, KEY_ROW_H, ROW_H, HEADER_H = 0.42, 0.24, 0.185, 0.24
TABLE_SIZE = 7.5
INK, MUTED, ACCENT, RULE = "#1d2733", "#5b6673", "#1f6feb", "#c9d1d9"


@dataclass(frozen=True, slots=True)
class _Piece:
    block: Block
    lines: tuple[str, ...] = ()                  # a paragraph's lines
    pairs: tuple[tuple[str, str], ...] = ()      # key figures' rows
    rows: tuple[int, int] = (0, 0)               # a table's row slice
    height: float = 0.0


def write_pdf(doc: Document, path: Path | str) -> None:
    """Lay out and draw ``doc`` into the PDF file ``path``."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    family = font_family(doc.texts() + label("page", doc.lang, page=0, pages=0), doc.lang)
    # The CJK subset is one weight: emphasis is by size and colour there, bold otherwise.
    weight = "bold" if family == LATIN_FAMILY else "normal"
    pages = _paginate(doc)
    style = {"pdf.fonttype": 42, "font.family": [family, "DejaVu Sans"],
             "axes.edgecolor": MUTED, "axes.labelcolor": INK, "xtick.color": MUTED,
             "ytick.color": MUTED, "xtick.labelsize": 7, "ytick.labelsize": 7,
             "legend.fontsize": 7, "axes.titlesize": 9, "svg.fonttype": "none"}
    metadata = {"Title": doc.title, "Subject": doc.subtitle, "Creator": "Planner"}
    with matplotlib.rc_context(style), PdfPages(path, metadata=metadata) as pdf:
        for number, pieces in enumerate(pages, start=1):
            fig = Figure(figsize=(PAGE_W, PAGE_H))
            FigureCanvasAgg(fig)
            _draw_page(fig, doc, pieces, number, len(pages), weight)
            pdf.savefig(fig)


# -- layout ----------------------------------------------------------------------------------

def _columns(size: float, width: float = WIDTH) -> int:
    """Display columns that fit in ``width`` inches at ``size`` points (a column is about
    0.55 em: Latin letters average less, a CJK character takes two)."""
    return int(width * 72 / (size * 0.55))


def _pieces(block: Block) -> list[_Piece]:
    if isinstance(block, Heading):
        return [_Piece(block, height=HEADING_H)]
    if isinstance(block, Paragraph):
        step = block.size * 1.5 / 72
        return [_Piece(block, lines=(line,), height=step)
                for line in wrap(block.text, _columns(block.size))] + \
            [_Piece(block, height=0.08)]
    if isinstance(block, KeyFigures):
        rows = [block.pairs[i:i + 2] for i in range(0, len(block.pairs), 2)]
        return [_Piece(block, pairs=tuple(r), height=KEY_ROW_H) for r in rows] + \
            [_Piece(block, height=0.1)]
    if isinstance(block, Table):
        return [_Piece(block, rows=(i, i + 1), height=ROW_H) for i in range(len(block.rows))] \
            + [_Piece(Paragraph(""), height=0.15)]
    return [_Piece(block, height=block.height + 0.65)]  # title above, tick labels below


def _paginate(doc: Document) -> list[list[_Piece]]:
    pages: list[list[_Piece]] = [[]]
    room = PAGE_H - TOP - BOTTOM - TITLE_SPACE
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        pieces = _pieces(block)
        if isinstance(block, Heading) and index + 1 < len(blocks):
            following = _pieces(blocks[index + 1])[:3]
            needed = HEADING_H + sum(p.height for p in following) + \
                (HEADER_H if isinstance(blocks[index + 1], Table) else 0)
            if needed > room and pages[-1]:
                pages.append([])
                room = PAGE_H - TOP - BOTTOM
        for piece in pieces:
            extra = HEADER_H if isinstance(block, Table) and not _table_open(pages[-1], block) \
                else 0
            if piece.height + extra > room and pages[-1]:
                pages.append([])
                room = PAGE_H - TOP - BOTTOM
                extra = HEADER_H if isinstance(block, Table) else 0
            pages[-1].append(piece)
            room -= piece.height + extra
    return _merge_table_rows(pages)


def _table_open(page: list[_Piece], block: Table) -> bool:
    return bool(page) and page[-1].block is block


def _merge_table_rows(pages: list[list[_Piece]]) -> list[list[_Piece]]:
    """One piece per table per page, holding its row slice."""
    out = []
    for page in pages:
        merged: list[_Piece] = []
        for piece in page:
            last = merged[-1] if merged else None
            if isinstance(piece.block, Table) and last is not None and last.block is piece.block:
                merged[-1] = _Piece(piece.block, rows=(last.rows[0], piece.rows[1]),
                                    height=last.height + piece.height)
            elif isinstance(piece.block, Table):
                merged.append(_Piece(piece.block, rows=piece.rows,
                                     height=piece.height + HEADER_H))
            else:
                merged.append(piece)
        out.append(merged)
    return out


# -- drawing ---------------------------------------------------------------------------------

def _y(inches_from_top: float) -> float:
    return 1 - inches_from_top / PAGE_H


def _x(inches: float) -> float:
    return inches / PAGE_W


def _draw_page(fig, doc: Document, pieces: list[_Piece], number: int, total: int,
               weight: str) -> None:
    y = TOP
    if number == 1:
        # A long item name shrinks the title rather than running off the page.
        size = max(11.0, min(18.0, 18.0 * _columns(18.0) / max(display_width(doc.title), 1)))
        fig.text(_x(MARGIN), _y(y), doc.title, fontsize=size, color=INK, va="top",
                 fontweight=weight)
        fig.text(_x(MARGIN), _y(y + 0.45), doc.subtitle, fontsize=9, color=MUTED, va="top")
        y += TITLE_SPACE
    else:
        fig.text(_x(MARGIN), _y(0.3), doc.title, fontsize=7, color=MUTED, va="top")
    for piece in pieces:
        _draw_piece(fig, piece, y, weight)
        y += piece.height
    footer = label("page", doc.lang, page=number, pages=total)
    fig.text(_x(MARGIN), _y(PAGE_H - 0.35), doc.footer, fontsize=7, color=MUTED, va="top")
    fig.text(_x(PAGE_W - MARGIN), _y(PAGE_H - 0.35), footer, fontsize=7, color=MUTED,
             va="top", ha="right")


def _draw_piece(fig, piece: _Piece, y: float, weight: str) -> None:
    block = piece.block
    if isinstance(block, Heading):
        fig.text(_x(MARGIN), _y(y + 0.14), block.text, fontsize=12, color=ACCENT, va="top",
                 fontweight=weight)
    elif isinstance(block, Paragraph):
        for line in piece.lines:
            fig.text(_x(MARGIN), _y(y), line, fontsize=block.size, color=INK, va="top")
    elif isinstance(block, KeyFigures):
        half = WIDTH / 2
        for column, (name, value) in enumerate(piece.pairs):
            left = MARGIN + column * half
            fig.text(_x(left), _y(y), name, fontsize=9, color=MUTED, va="top")
            fig.text(_x(left + half - 0.25), _y(y), value, fontsize=10, color=INK, va="top",
                     ha="right", fontweight=weight)
    elif isinstance(block, Table):
        _draw_table(fig, block, piece.rows, y, weight)
    elif isinstance(block, Chart):
        fig.text(_x(MARGIN), _y(y + 0.05), block.title, fontsize=9.5, color=INK, va="top")
        bottom = PAGE_H - (y + 0.3 + block.height)
        axes = fig.add_axes((_x(MARGIN + 0.75), bottom / PAGE_H, _x(WIDTH - 0.9),
                             (block.height - 0.35) / PAGE_H))
        block.draw(axes)


def _draw_table(fig, table: Table, rows: tuple[int, int], y: float, weight: str) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    total = sum(table.weights)
    widths = [WIDTH * w / total for w in table.weights]
    lefts = [MARGIN + sum(widths[:i]) for i in range(len(widths))]
    fig.add_artist(Rectangle((_x(MARGIN), _y(y + HEADER_H - 0.02)), _x(WIDTH),
                             (HEADER_H - 0.04) / PAGE_H, facecolor="#eef2f6", edgecolor="none",
                             transform=fig.transFigure))

    def cells(texts: tuple[str, ...], top: float, bold: bool, colour: str) -> None:
        for text, left, width, align in zip(texts, lefts, widths, table.align, strict=True):
            shown = _fit(text, _columns(TABLE_SIZE, width - 0.1))
            x = left + 0.05 if align == "l" else left + width - 0.05
            fig.text(_x(x), _y(top), shown, fontsize=TABLE_SIZE, color=colour, va="top",
                     ha="left" if align == "l" else "right",
                     fontweight=weight if bold else "normal")

    cells(table.headers, y + 0.06, True, INK)
    y += HEADER_H
    for index in range(*rows):
        bold = index in table.highlight
        cells(table.rows[index], y + 0.03, bold, ACCENT if bold else INK)
        y += ROW_H
        fig.add_artist(Line2D([_x(MARGIN), _x(MARGIN + WIDTH)], [_y(y), _y(y)], linewidth=0.3,
                              color=RULE, transform=fig.transFigure))


def _fit(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` display columns, with an ellipsis when cut."""
    if display_width(text) <= columns:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > columns - 1:
            break
        out += ch
    return out + "…"
