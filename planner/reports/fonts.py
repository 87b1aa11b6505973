"""A CJK-capable font that a PDF embeds correctly, made for the text of one report.

Why not hand matplotlib the installed CJK font directly: the common ones (Noto Sans CJK, Source
Han Sans) are OpenType fonts with CFF outlines, and matplotlib's Type 42 embedding writes any
font as a TrueType CIDFont (``CIDFontType2`` + ``FontFile2``), which must hold ``glyf``
outlines. A CFF font put there is a malformed PDF: poppler warns "Mismatch between font type
and embedded font file" and other readers may show nothing (matplotlib issues #20870, #2869).
So the font is subset with fontTools to the characters the report uses, its cubic CFF outlines
converted to quadratic TrueType ones (fontTools' cu2qu, as its ``otf2ttf`` recipe does), renamed
to a family of its own and registered with matplotlib. Each embedded glyph keeps its ToUnicode
mapping, so text extraction (copy, search, pypdf, pdftotext) gives the Chinese back.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from pathlib import Path

#: Families tried in order; the first installed one is used.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Source Han Sans CN",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei",
                "PingFang SC", "Hiragino Sans GB", "Heiti SC", "Noto Sans CJK JP")
LATIN_FAMILY = "DejaVu Sans"
#: Always in the subset: tick labels, numbers and the symbols the explanations use.
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "−×÷≈Σ·—–…%‰¥€£°（）：，。；、“”《》"

_made: dict[str, str] = {}
_folder: list[Path] = []


class FontUnavailable(RuntimeError):
    """No font on this machine can show Chinese."""


def find_cjk_font() -> tuple[str, int] | None:
    """(file, face index) of the first installed CJK family, regular weight; None if none.

    matplotlib reads its font list from a cache made on its first run, so a font installed
    since (as the refusal below advises) is not in it: before answering None, the system's
    font folders are looked at again (:func:`learn_new_system_fonts`)."""
    found = _first_cjk_face()
    if found is None and learn_new_system_fonts():
        found = _first_cjk_face()
    return found


def learn_new_system_fonts() -> bool:
    """Add to matplotlib's font list the system fonts installed since its cache was made, and
    write the cache again so the next start knows them; True if any was new.

    ``findSystemFonts`` asks fontconfig (``fc-list``) where there is one, else walks the
    platform's font folders; it runs only when a CJK font was not found, once per process."""
    if _looked_again:
        return False
    _looked_again.append(True)
    from matplotlib import font_manager

    manager = font_manager.fontManager
    known = {entry.fname for entry in manager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if path in known or not path.lower().endswith((".ttf", ".otf", ".ttc")):
            continue
        try:
            manager.addfont(path)
            added = True
        except Exception:  # noqa: BLE001 - a font matplotlib cannot read is skipped, as its own scan does
            continue
    if added:
        _save_font_cache(manager)
    return added


def _save_font_cache(manager) -> None:  # noqa: ANN001 - matplotlib's FontManager
    """matplotlib's own cache file, rewritten with what was learnt (best effort: a cache that
    cannot be written only costs the next start the same look)."""
    import matplotlib
    from matplotlib import font_manager

    version = font_manager.FontManager.__version__
    cache = Path(matplotlib.get_cachedir()) / f"fontlist-v{version}.json"
    try:
        font_manager.json_dump(manager, cache)
    except OSError:
        pass


_looked_again: list[bool] = []


def _first_cjk_face() -> tuple[str, int] | None:
    from matplotlib import font_manager

    entries = font_manager.fontManager.ttflist
    for family in CJK_FAMILIES:
        found = [e for e in entries if e.name == family and e.style == "normal"]
        if found:
            best = min(found, key=lambda e: abs(_weight(e.weight) - 400))
            return best.fname, int(getattr(best, "index", 0) or 0)
    return None


def _weight(value: object) -> int:
    names = {"regular": 400, "normal": 400, "medium": 500, "bold": 700, "light": 300}
    return value if isinstance(value, int) else names.get(str(value).lower(), 400)


def needs_cjk(texts: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in texts)


def font_family(texts: str, lang: str) -> str:
    """The family to set the report in: a subset CJK font made for ``texts`` when the report
    is Chinese or its text holds CJK characters, else the Latin family."""
    if lang != "zh_CN" and not needs_cjk(texts):
        return LATIN_FAMILY
    source = find_cjk_font()
    if source is None:
        if lang == "zh_CN":
            raise FontUnavailable(
                "no font for Chinese text is installed: a zh_CN report needs one of "
                f"{', '.join(CJK_FAMILIES[:3])} (on Debian or Ubuntu: apt install "
                "fonts-noto-cjk)")
        return LATIN_FAMILY  # an English report with a Chinese name: shown as far as it can
    return embeddable_subset(source, set(texts) | set(BASE_CHARS))


def embeddable_subset(source: tuple[str, int], chars: set[str]) -> str:
    """Register (once per character set) a TrueType subset of ``source`` holding ``chars``;
    returns its family name."""
    from matplotlib import font_manager

    text = "".join(sorted(chars))
    key = hashlib.sha256(f"{source}\0{text}".encode()).hexdigest()[:12]
    if key in _made:
        return _made[key]
    family = f"Planner CJK {key}"
    path = _work_folder() / f"planner-cjk-{key}.ttf"
    _subset_to_truetype(source, text, family, path)
    font_manager.fontManager.addfont(str(path))
    _made[key] = family
    return family


def _work_folder() -> Path:
    if not _folder:
        folder = Path(tempfile.mkdtemp(prefix="planner-fonts-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _folder.append(folder)
    return _folder[0]


def _subset_to_truetype(source: tuple[str, int], text: str, family: str, path: Path) -> None:
    from fontTools import subset

    options = subset.Options()
    options.font_number = source[1]
    options.name_IDs = [1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    options.layout_features = []   # matplotlib lays out glyph by glyph
    options.hinting = False
    options.drop_tables += ["VORG", "BASE", "GDEF", "GPOS", "GSUB", "vhea", "vmtx"]
    font = subset.load_font(source[0], options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    if "CFF " in font or "CFF2" in font:
        _cff_to_glyf(font)
    _rename(font, family)
    font.save(str(path))


def _cff_to_glyf(font) -> None:  # noqa: ANN001 - a fontTools TTFont
    """Replace CFF outlines with TrueType ones (max error 1 unit, contours reversed to the
    TrueType direction), then the tables that describe them."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for table in ("CFF ", "CFF2", "VORG"):
        if table in font:
            del font[table]
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion, maxp.numGlyphs, maxp.maxZones = 0x00010000, len(order), 1
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def _rename(font, family: str) -> None:  # noqa: ANN001 - a fontTools TTFont
    ps_name = family.replace(" ", "")
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = ps_name
        elif record.nameID == 2:
            record.string = "Regular"
    names.names = [r for r in names.names if r.nameID not in (16, 17)]
