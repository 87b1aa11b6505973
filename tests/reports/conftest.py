"""Reading back what a PDF report says: its text (pypdf, through each font's ToUnicode map)
and its embedded font programs."""

from __future__ import annotations

from pathlib import Path

import pypdf


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def embedded_fonts(path: Path) -> list[tuple[str, str, bytes]]:
    """(base font, descendant subtype, first bytes of the font program) of every font."""
    found = []
    for page in pypdf.PdfReader(str(path)).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() \
                if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            program = next((descriptor[k].get_object().get_data()[:4]
                            for k in ("/FontFile2", "/FontFile3", "/FontFile")
                            if k in descriptor), b"")
            found.append((str(font["/BaseFont"]), str(descendant["/Subtype"]), program))
    return found
