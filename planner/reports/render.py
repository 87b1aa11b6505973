"""Drawing a :class:`~planner.reports.document.Document` onto the pages of a PDF (A4 or US
Letter) with matplotlib ``Figure`` objects and ``PdfPages`` -- never pyplot, the Agg canvas,
fonts embedded as Type 42 (TrueType, with ToUnicode maps, so the text can be searched and
copied).

Layout runs first (which piece of which block goes on which page, tables split with their
header repeated, a section starting its own page), then drawing, so every page can say
"page n of N".

Structure, as far as matplotlib's PDF backend allows: the document's title, subject,
keywords and language (``/Lang``) are in the file, a viewer shows the title rather than the
file name, and the sections and headings are bookmarks (an outline). The backend writes no
tagged structure (no ``/StructTreeRoot``, no marked content, no alternative text for
charts): a screen reader gets the text in drawing order, which follows the reading order
here, but no headings, tables or lists as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.reports.document import (
    PAPERS,
    AnswerBox,
    Block,
    Chart,
    Columns,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    display_width,
    wrap,
)
from planner.reports.fonts import LATIN_FAMILY, font_family
from planner.reports.labels import label

PAGE_W, PAGE_H = PAPERS["a4"]          # A4 in inches, the reports' paper
MARGIN, TOP, BOTTOM = 0.6, 0.55, 0.6
WIDTH = PAGE_W - 2 * MARGIN
TITLE_SPACE = 0.95
HEADING_H, KEY_ROW_H, ROW_H, HEADER_H = 0.42, 0.24, 0.185, 0.24
TABLE_SIZE = 7.5
LINE_STEP = TABLE_SIZE * 1.3 / 72      # each further line of a table cell
INK, MUTED, ACCENT, RULE = "#1d2733", "#5b6673", "#1f6feb", "#c9d1d9"
PROMPT_SIZE, INDENT, GAP = 9.5, 0.32, 0.06
#: The PDF /Lang of each document language (BCP 47).
PDF_LANGUAGES = {"en": "en", "zh_CN": "zh-CN", "both": "en"}


@dataclass(frozen=True, slots=True)
class Geometry:
    """A page's size in inches and the fractions a figure places things at."""

    width: float = PAGE_W
    height: float = PAGE_H

    @property
    def content(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def room(self) -> float:
        return self.height - TOP - BOTTOM

    def x(self, inches: float) -> float:
        return inches / self.width

    def y(self, inches_from_top: float) -> float:
        return 1 - inches_from_top / self.height


@dataclass(frozen=True, slots=True)
class _Piece:
    block: Block
    lines: tuple[str, ...] = ()                  # a paragraph's lines
    pairs: tuple[tuple[str, str], ...] = ()      # key figures' rows
    rows: tuple[int, int] = (0, 0)               # a table's row slice
    height: float = 0.0
    columns: tuple[tuple[str, ...], ...] = ()    # a row of side-by-side lines; a box's prompt


def write_pdf(doc: Document, path: Path | str) -> None:
    """Lay out and draw ``doc`` into the PDF file ``path``."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    lang = "zh_CN" if doc.lang == "both" else doc.lang
    family = font_family(doc.texts() + _page_label(doc, 0, 0), lang)
    # The CJK subset is one weight: emphasis is by size and colour there, bold otherwise.
    weight = "bold" if family == LATIN_FAMILY else "normal"
    page = Geometry(*PAPERS[doc.paper])
    pages = _paginate(doc, page)
    style = {"pdf.fonttype": 42, "font.family": [family, "DejaVu Sans"],
             "axes.edgecolor": MUTED, "axes.labelcolor": INK, "xtick.color": MUTED,
             "ytick.color": MUTED, "xtick.labelsize": 7, "ytick.labelsize": 7,
             "legend.fontsize": 7, "axes.titlesize": 9, "svg.fonttype": "none"}
    metadata = {"Title": doc.title, "Subject": doc.subtitle, "Creator": "Planner"}
    if doc.keywords:
        metadata["Keywords"] = doc.keywords
    outline: list[tuple[str, int, int]] = []   # (title, page index, level)
    with matplotlib.rc_context(style), PdfPages(path, metadata=metadata) as pdf:
        for number, pieces in enumerate(pages, start=1):
            fig = Figure(figsize=(page.width, page.height))
            FigureCanvasAgg(fig)
            _draw_page(fig, doc, pieces, number, len(pages), weight, page)
            outline.extend((title, number - 1, level) for title, level in _marks(pieces))
            pdf.savefig(fig)
        _structure(pdf, doc, outline)


def _page_label(doc: Document, page: int, pages: int) -> str:
    if doc.lang == "both":
        return " · ".join(label("page", lang, page=page, pages=pages) for lang in LANGS)
    return label("page", doc.lang, page=page, pages=pages)


LANGS = ("en", "zh_CN")


def _marks(pieces: list[_Piece]) -> list[tuple[str, int]]:
    """The bookmarks a page starts: its sections (level 0) and headings (level 1)."""
    out = []
    for piece in pieces:
        if isinstance(piece.block, Section):
            out.append((piece.block.title, 0))
        elif isinstance(piece.block, Heading):
            out.append((piece.block.text, 1))
    return out


def _structure(pdf, doc: Document, outline: list[tuple[str, int, int]]) -> None:  # noqa: ANN001 - matplotlib's PdfPages
    """What matplotlib's ``PdfPages`` does not write itself: the document's language, the
    title shown by viewers, and the outline (bookmarks). The backend wrote the catalogue when
    it opened the file; it is written again, so the file's cross-reference table points at
    the new one (matplotlib's ``PdfFile`` keeps the catalogue's reference for the trailer).
    Done through the backend's file object; with a matplotlib that has none, the PDF keeps
    the metadata above and nothing else."""
    file = getattr(pdf, "_file", None)
    if file is None or not hasattr(file, "rootObject") or not hasattr(file, "pageList"):
        return
    from matplotlib.backends.backend_pdf import Name

    root = {"Type": Name("Catalog"), "Pages": file.pagesObject,
            "Lang": PDF_LANGUAGES.get(doc.lang, "en"),
            "ViewerPreferences": {"DisplayDocTitle": True}}
    entries = [(title, file.pageList[index], level) for title, index, level in outline
               if index < len(file.pageList)]
    if entries:
        root["Outlines"] = _write_outline(file, entries)
        root["PageMode"] = Name("UseOutlines")
    file.writeObject(file.rootObject, root)


def _write_outline(file, entries: list) -> object:  # noqa: ANN001 - matplotlib's PdfFile
    """The outline dictionary and its items: level-0 entries with level-1 children."""
    from matplotlib.backends.backend_pdf import Name

    top = file.reserveObject("outline")
    tree: list[tuple[tuple, list[tuple]]] = []
    for title, page, level in entries:
        if level == 0 or not tree:
            tree.append(((title, page), []))
        else:
            tree[-1][1].append((title, page))
    refs = [file.reserveObject("outline item") for _ in tree]

    def write_items(items: list, own: list, parent: object) -> None:
        for k, (ref, (title, page)) in enumerate(zip(own, items, strict=True)):
            entry = {"Title": title, "Parent": parent,
                     "Dest": [page, Name("XYZ"), None, None, None]}
            if k > 0:
                entry["Prev"] = own[k - 1]
            if k + 1 < len(own):
                entry["Next"] = own[k + 1]
            children = child_lists.get(id(ref))
            if children:
                child_refs, child_items = children
                entry.update({"First": child_refs[0], "Last": child_refs[-1],
                              "Count": len(child_refs)})
                write_items(child_items, child_refs, ref)
            file.writeObject(ref, entry)

    child_lists: dict[int, tuple[list, list]] = {}
    for ref, (_, children) in zip(refs, tree, strict=True):
        if children:
            child_lists[id(ref)] = ([file.reserveObject("outline item") for _ in children],
                                    children)
    write_items([node for node, _ in tree], refs, top)
    count = len(refs) + sum(len(children) for _, children in tree)
    file.writeObject(top, {"Type": Name("Outlines"), "First": refs[0], "Last": refs[-1],
                           "Count": count})
    return top


# -- layout ----------------------------------------------------------------------------------

def _columns(size: float, width: float = WIDTH) -> int:
    """Display columns that fit in ``width`` inches at ``size`` points (a column is about
    0.55 em: Latin letters average less, a CJK character takes two)."""
    return int(width * 72 / (size * 0.55))


def _cell_lines(text: str) -> int:
    return text.count("\n") + 1


def _row_height(cells: tuple[str, ...]) -> float:
    return ROW_H + LINE_STEP * (max((_cell_lines(c) for c in cells), default=1) - 1)


def _prompt(box: AnswerBox, page: Geometry) -> tuple[tuple[str, ...], ...]:
    """A box's question as rows of side-by-side lines (one column per prompt)."""
    count = len(box.prompts)
    width = (page.content - INDENT) / count - (0.15 if count > 1 else 0)
    wrapped = [wrap(text, _columns(PROMPT_SIZE, width)) for text in box.prompts]
    rows = max(len(w) for w in wrapped)
    return tuple(tuple(w[i] if i < len(w) else "" for w in wrapped) for i in range(rows))


def _box_height(box: AnswerBox) -> float:
    return max(box.height, 0.26 * len(box.options) + 0.3) if box.options else box.height


def _pieces(block: Block, page: Geometry) -> list[_Piece]:
    if isinstance(block, Heading):
        return [_Piece(block, height=HEADING_H)]
    if isinstance(block, Paragraph):
        step = block.size * 1.5 / 72
        return [_Piece(block, lines=(line,), height=step)
                for line in wrap(block.text, _columns(block.size, page.content))] + \
            [_Piece(block, height=0.08)]
    if isinstance(block, Columns):
        step = block.size * 1.45 / 72
        count = len(block.texts)
        width = page.content / count - (0.15 if count > 1 else 0)
        wrapped = [wrap(text, _columns(block.size, width)) for text in block.texts]
        rows = max(len(w) for w in wrapped)
        # One piece, never split across pages: drawn column by column, each language's text
        # stays whole and in reading order.
        lines = tuple(tuple(w[i] if i < len(w) else "" for w in wrapped) for i in range(rows))
        return [_Piece(block, columns=lines, height=rows * step + 0.08)]
    if isinstance(block, KeyFigures):
        rows = [block.pairs[i:i + 2] for i in range(0, len(block.pairs), 2)]
        return [_Piece(block, pairs=tuple(r), height=KEY_ROW_H) for r in rows] + \
            [_Piece(block, height=0.1)]
    if isinstance(block, Table):
        table = _wrapped(block, page)
        return [_Piece(table, rows=(i, i + 1), height=_row_height(row))
                for i, row in enumerate(table.rows)] + [_Piece(Paragraph(""), height=0.15)]
    if isinstance(block, AnswerBox):
        prompt = _prompt(block, page)
        height = len(prompt) * PROMPT_SIZE * 1.45 / 72 + GAP + _box_height(block) + 0.22
        return [_Piece(block, columns=prompt, height=height)]
    if isinstance(block, Section):
        return [_Piece(block, height=TITLE_SPACE)]
    return [_Piece(block, height=block.height + 0.65)]  # title above, tick labels below


def _wrapped(table: Table, page: Geometry) -> Table:
    """``table`` with its headers (and, when it asks, each cell) wrapped to their columns:
    the renderer draws every line, one under the other. A header is never cut: "True annual
    rate" in a narrow column is the name of the figure on every other surface."""
    from dataclasses import replace

    total = sum(table.weights)
    columns = [_columns(TABLE_SIZE, page.content * w / total - 0.1) for w in table.weights]

    def cell(text: str, width: int) -> str:
        return "\n".join(line for part in text.split("\n") for line in wrap(part, width))

    def line(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(cell(text, width) for text, width in zip(texts, columns, strict=True))

    rows = tuple(line(row) for row in table.rows) if table.wrap else table.rows
    return replace(table, headers=line(table.headers), rows=rows, wrap=False)


def _header_height(table: Table) -> float:
    return HEADER_H + LINE_STEP * (max(_cell_lines(h) for h in table.headers) - 1)


def _paginate(doc: Document, page: Geometry | None = None) -> list[list[_Piece]]:
    page = page or Geometry()
    pages: list[list[_Piece]] = [[]]
    room = page.room - TITLE_SPACE
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Section):
            if pages[-1]:
                pages.append([])
            room = page.room
        pieces = _pieces(block, page)
        keep = isinstance(block, Heading) or (isinstance(block, Columns) and block.keep)
        if keep and index + 1 < len(blocks):
            following = _pieces(blocks[index + 1], page)[:3]
            following_block = blocks[index + 1]
            needed = sum(p.height for p in pieces) + sum(p.height for p in following) + \
                (_header_height(following_block) if isinstance(following_block, Table) else 0)
            if needed > room and pages[-1]:
                pages.append([])
                room = page.room
        for piece in pieces:
            table = piece.block if isinstance(piece.block, Table) else None
            header = _header_height(table) if table is not None else 0
            extra = header if table is not None and not _table_open(pages[-1], table) else 0
            if piece.height + extra > room and pages[-1]:
                pages.append([])
                room = page.room
                extra = header
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
                                     height=piece.height + _header_height(piece.block)))
            else:
                merged.append(piece)
        out.append(merged)
    return out


# -- drawing ---------------------------------------------------------------------------------

def _title_block(fig, page: Geometry, title: str, subtitle: str, y: float, weight: str) -> None:
    # A long item name shrinks the title rather than running off the page.
    size = max(11.0, min(18.0, 18.0 * _columns(18.0, page.content) /
                         max(display_width(title), 1)))
    fig.text(page.x(MARGIN), page.y(y), title, fontsize=size, color=INK, va="top",
             fontweight=weight)
    # A long subtitle (a handout in both languages) takes a second line.
    for k, line in enumerate(wrap(subtitle, _columns(9, page.content))[:2]):
        fig.text(page.x(MARGIN), page.y(y + 0.45 + k * 0.18), line, fontsize=9, color=MUTED,
                 va="top")


def _draw_page(fig, doc: Document, pieces: list[_Piece], number: int, total: int,
               weight: str, page: Geometry | None = None) -> None:
    page = page or Geometry()
    y = TOP
    starts_section = bool(pieces) and isinstance(pieces[0].block, Section)
    if number == 1 and not starts_section:
        _title_block(fig, page, doc.title, doc.subtitle, y, weight)
        y += TITLE_SPACE
    elif not starts_section:
        fig.text(page.x(MARGIN), page.y(0.3), doc.title, fontsize=7, color=MUTED, va="top")
    accent = INK if doc.monochrome else ACCENT
    for piece in pieces:
        _draw_piece(fig, piece, y, weight, page, accent)
        y += piece.height
    footer = _page_label(doc, number, total)
    fig.text(page.x(MARGIN), page.y(page.height - 0.35), doc.footer, fontsize=7, color=MUTED,
             va="top")
    fig.text(page.x(page.width - MARGIN), page.y(page.height - 0.35), footer, fontsize=7,
             color=MUTED, va="top", ha="right")


def _draw_piece(fig, piece: _Piece, y: float, weight: str, page: Geometry | None = None,
                accent: str = ACCENT) -> None:
    page = page or Geometry()
    block = piece.block
    if isinstance(block, Heading):
        fig.text(page.x(MARGIN), page.y(y + 0.14), block.text, fontsize=12, color=accent,
                 va="top", fontweight=weight)
    elif isinstance(block, Paragraph):
        for line in piece.lines:
            fig.text(page.x(MARGIN), page.y(y), line, fontsize=block.size, color=INK, va="top")
    elif isinstance(block, Columns):
        _draw_columns(fig, page, piece.columns, y, block.size,
                      weight if block.bold else "normal", MARGIN, page.content)
    elif isinstance(block, KeyFigures):
        half = page.content / 2
        for column, (name, value) in enumerate(piece.pairs):
            left = MARGIN + column * half
            fig.text(page.x(left), page.y(y), name, fontsize=9, color=MUTED, va="top")
            fig.text(page.x(left + half - 0.25), page.y(y), value, fontsize=10, color=INK,
                     va="top", ha="right", fontweight=weight)
    elif isinstance(block, Table):
        _draw_table(fig, block, piece.rows, y, weight, page, accent)
    elif isinstance(block, AnswerBox):
        _draw_box(fig, block, piece.columns, y, weight, page)
    elif isinstance(block, Section):
        _title_block(fig, page, block.title, block.subtitle, y, weight)
    elif isinstance(block, Chart):
        fig.text(page.x(MARGIN), page.y(y + 0.05), block.title, fontsize=9.5, color=INK,
                 va="top")
        bottom = page.height - (y + 0.3 + block.height)
        axes = fig.add_axes((page.x(MARGIN + 0.75), bottom / page.height,
                             page.x(page.content - 0.9), (block.height - 0.35) / page.height))
        block.draw(axes)


def _draw_columns(fig, page: Geometry, rows: tuple[tuple[str, ...], ...], y: float,
                  size: float, weight: str, left: float, width: float) -> None:
    step = size * 1.45 / 72
    count = len(rows[0]) if rows else 1
    column = width / count
    # Column by column: the file then holds each language's text in reading order (copied,
    # searched or read aloud, the English is not broken up by the Chinese beside it).
    for k in range(count):
        for n, row in enumerate(rows):
            if row[k]:
                fig.text(page.x(left + k * column), page.y(y + n * step), row[k],
                         fontsize=size, color=INK, va="top", fontweight=weight)


def _draw_box(fig, box: AnswerBox, prompt: tuple[tuple[str, ...], ...], y: float,
              weight: str, page: Geometry) -> None:
    """The question (number, words), then the box: room to work, and an answer field with its
    unit at the bottom right (or the options to tick, each with a square)."""
    from matplotlib.patches import Rectangle

    fig.text(page.x(MARGIN), page.y(y), box.number, fontsize=PROMPT_SIZE, color=INK,
             va="top", fontweight=weight)
    _draw_columns(fig, page, prompt, y, PROMPT_SIZE, "normal", MARGIN + INDENT,
                  page.content - INDENT)
    top = y + len(prompt) * PROMPT_SIZE * 1.45 / 72 + GAP
    height = _box_height(box)
    left, width = MARGIN + INDENT, page.content - INDENT

    def rect(x: float, y_top: float, w: float, h: float, **style: object) -> None:
        fig.add_artist(Rectangle((page.x(x), page.y(y_top + h)), w / page.width,
                                 h / page.height, transform=fig.transFigure, **style))

    rect(left, top, width, height, facecolor="none", edgecolor=INK, linewidth=0.8)
    if box.options:
        for k, option in enumerate(box.options):
            row = top + 0.16 + k * 0.26
            rect(left + 0.15, row, 0.15, 0.15, facecolor="none", edgecolor=INK, linewidth=0.8)
            fig.text(page.x(left + 0.42), page.y(row - 0.005), option, fontsize=9, color=INK,
                     va="top")
        return
    field_w, field_h = 2.4, 0.38
    field_left = left + width - field_w - 0.12
    field_top = top + height - field_h - 0.12
    rect(field_left, field_top, field_w, field_h, facecolor="none", edgecolor=INK,
         linewidth=1.2)
    fig.text(page.x(field_left + field_w - 0.08), page.y(field_top + field_h - 0.06),
             box.hint, fontsize=8, color=MUTED, va="bottom", ha="right")


def _draw_table(fig, table: Table, rows: tuple[int, int], y: float, weight: str,
                page: Geometry | None = None, accent: str = ACCENT) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    page = page or Geometry()
    total = sum(table.weights)
    widths = [page.content * w / total for w in table.weights]
    lefts = [MARGIN + sum(widths[:i]) for i in range(len(widths))]
    header = _header_height(table)
    fig.add_artist(Rectangle((page.x(MARGIN), page.y(y + header - 0.02)),
                             page.x(page.content), (header - 0.04) / page.height,
                             facecolor="#eef2f6", edgecolor="none", transform=fig.transFigure))

    def cells(texts: tuple[str, ...], top: float, bold: bool, colour: str) -> None:
        for text, left, width, align in zip(texts, lefts, widths, table.align, strict=True):
            for k, line in enumerate(text.split("\n")):
                shown = _fit(line, _columns(TABLE_SIZE, width - 0.1))
                x = left + 0.05 if align == "l" else left + width - 0.05
                fig.text(page.x(x), page.y(top + k * LINE_STEP), shown, fontsize=TABLE_SIZE,
                         color=colour, va="top", ha="left" if align == "l" else "right",
                         fontweight=weight if bold else "normal")

    cells(table.headers, y + 0.06, True, INK)
    y += header
    for index in range(*rows):
        bold = index in table.highlight
        cells(table.rows[index], y + 0.03, bold, accent if bold else INK)
        y += _row_height(table.rows[index])
        fig.add_artist(Line2D([page.x(MARGIN), page.x(MARGIN + page.content)],
                              [page.y(y), page.y(y)], linewidth=0.3, color=RULE,
                              transform=fig.transFigure))


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
