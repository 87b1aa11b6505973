"""The documents the code cites are in the repository, and every section it cites by name is
there: a citation such as FINANCE.md followed by a quoted heading (after a comma, a space or
"'s", even across a line break inside a comment) must name a heading of docs/FINANCE.md, and
the same for docs/STYLE.md. A reader who follows a citation finds the section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = {"FINANCE.md": ROOT / "docs" / "FINANCE.md", "STYLE.md": ROOT / "docs" / "STYLE.md"}
SEARCHED = (ROOT / "planner", ROOT / "tests")

#: Between the document's name and the quoted heading, and inside the heading: spaces, or a
#: line break followed by the indentation (and the ``#``) of a continued comment.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?:#[ \t]*)?)"
CITATION = re.compile(rf"\b(FINANCE|STYLE)\.md(?:'s)?,?{_GAP}+\"([^\"]{{1,120}})\"")
_HEADING = re.compile(r"#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$")


def headings(document: Path) -> list[str]:
    """The Markdown headings of ``document``, in order (lines in code fences are not)."""
    found, fenced = [], False
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            found.append(match.group(1))
    return found


def citations(path: Path) -> list[tuple[int, str, str]]:
    """(line, document, heading) of each citation of a section in ``path``."""
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, f"{m.group(1)}.md",
             " ".join(re.sub(r"\n[ \t]*#?", " ", m.group(2)).split()))
            for m in CITATION.finditer(text)]


def unresolved(paths: list[Path], documents: dict[str, Path]) -> list[str]:
    """Each citation in ``paths`` whose document or heading does not exist, as a line to read."""
    known = {name: set(headings(doc)) for name, doc in documents.items() if doc.is_file()}
    problems = []
    for path in paths:
        for line, document, heading in citations(path):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{line}"
            if document not in known:
                problems.append(f"{where}: cites {document}, which is not in docs/")
            elif heading not in known[document]:
                problems.append(f'{where}: {document}, "{heading}" is not a heading of '
                                f"docs/{document}")
    return problems


def _sources() -> list[Path]:
    return sorted(p for root in SEARCHED for p in root.rglob("*.py"))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_cited_document_is_in_docs(name: str) -> None:
    assert DOCUMENTS[name].is_file(), f"docs/{name} is missing; the code cites it"


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_heading_is_there_once(name: str) -> None:
    found = headings(DOCUMENTS[name])
    assert sorted({h for h in found if found.count(h) > 1}) == []


def test_every_cited_section_is_a_heading() -> None:
    problems = unresolved(_sources(), DOCUMENTS)
    assert problems == [], "\n".join(problems)


def test_the_code_cites_sections_of_both_documents() -> None:
    """The search itself works: it finds the citations the code is known to make."""
    cited = {(document, heading) for path in _sources() for _, document, heading
             in citations(path)}
    assert ("FINANCE.md", "Day-count bases") in cited
    assert ("FINANCE.md", "Credit cards") in cited  # its heading is split across two comments
    assert ("STYLE.md", "The layers") in cited


def test_a_citation_of_a_missing_section_or_document_is_caught(tmp_path: Path) -> None:
    doc = tmp_path / "FINANCE.md"
    doc.write_text("# Notes\n\n## Real section\n\n```\n## Not a heading\n```\n", "utf-8")
    name, style = "FINANCE" + ".md", "STYLE" + ".md"  # spelt apart: this file cites nothing
    source = tmp_path / "cites.py"
    source.write_text(f'# {name}, "Real section" is fine\n'
                      f'x = 1  # {name}\'s "No such\n'
                      f'#     section" is not\n'
                      f'"""{name} "Not a heading" is not either; {style}, "Any" has no file."""\n',
                      "utf-8")
    problems = unresolved([source], {"FINANCE.md": doc,
                                     "STYLE.md": tmp_path / "missing" / "STYLE.md"})
    assert [p.split(": ", 1)[1] for p in problems] == [
        f'{name}, "No such section" is not a heading of docs/{name}',
        f'{name}, "Not a heading" is not a heading of docs/{name}',
        f"cites {style}, which is not in docs/",
    ]
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["2", "4", "4"]
