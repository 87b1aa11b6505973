"""Writes the packaging files derived from the app's identity in ``planner/__init__.py`` and from
the master icon ``packaging/icons/planner.svg``: the desktop entry and AppStream metainfo (their
releases from CHANGELOG.md), and the icons for Linux (SVG and PNG sizes), Windows (.ico) and
macOS (.icns). The Windows installer and the .deb read the version at build time instead.

    uv run python packaging/generate.py          # rewrite them after a change of id, version,
                                                 # changelog, template or icon
    uv run python packaging/generate.py --check  # exit 1 naming each stale file (a test does)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import (  # noqa: E402  (beside this script, not an installed module)
    EXECUTABLE,
    NAME_ZH,
    PUBLISHER,
    ROOT,
    SUMMARY_EN,
    SUMMARY_ZH,
    AppInfo,
    read_app_info,
)

PACKAGING = ROOT / "packaging"
CHANGELOG = ROOT / "CHANGELOG.md"
MASTER_ICON = PACKAGING / "icons" / "planner.svg"
#: sha256 of the master icon the binary icons were last rendered from: rendering differs by a
#: pixel between Qt versions, so staleness is judged on the source, not on the pixels.
ICON_STAMP = PACKAGING / "icons" / "rendered-from.sha256"
LINUX_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MACOS_ICON_SIZES = (16, 32, 64, 128, 256, 512, 1024)
WINDOWS_ICON = PACKAGING / "windows" / "planner.ico"
MACOS_ICON = PACKAGING / "macos" / "planner.icns"
_RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$",
                              re.MULTILINE)


class Release(NamedTuple):
    version: str
    date: str


def releases(changelog: Path = CHANGELOG) -> list[Release]:
    """The dated releases of a Keep a Changelog file, newest first (``Unreleased`` is not one)."""
    text = changelog.read_text(encoding="utf-8")
    return [Release(m["version"], m["date"]) for m in _RELEASE_HEADING.finditer(text)]


def desktop_path(info: AppInfo) -> Path:
    return PACKAGING / "linux" / f"{info.app_id}.desktop"


def metainfo_path(info: AppInfo) -> Path:
    return PACKAGING / "linux" / f"{info.app_id}.metainfo.xml"


def linux_icon_paths(info: AppInfo) -> dict[int | str, Path]:
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    paths: dict[int | str, Path] = {
        size: hicolor / f"{size}x{size}" / "apps" / f"{info.app_id}.png"
        for size in LINUX_ICON_SIZES}
    paths["scalable"] = hicolor / "scalable" / "apps" / f"{info.app_id}.svg"
    return paths


def _fill(template: str, values: dict[str, str]) -> str:
    """``@NAME@`` replaced by ``values[NAME]``; an unknown name is a KeyError, not a blank."""
    return re.sub(r"@([A-Z_]+)@", lambda match: values[match[1]], template)


def _values(info: AppInfo) -> dict[str, str]:
    return {"APP_ID": info.app_id, "APP_NAME": info.name, "VERSION": info.version,
            "NAME_ZH": NAME_ZH, "SUMMARY_EN": SUMMARY_EN, "SUMMARY_ZH": SUMMARY_ZH,
            "PUBLISHER": PUBLISHER, "EXECUTABLE": EXECUTABLE}


def desktop_entry(info: AppInfo) -> str:
    template = (PACKAGING / "linux" / "desktop.in").read_text(encoding="utf-8")
    return _fill(template, _values(info))


def metainfo(info: AppInfo, known: list[Release]) -> str:
    """The AppStream metainfo; refuses a version that CHANGELOG.md does not date yet, so that
    software centres never show a release without its notes."""
    if not known or known[0].version != info.version:
        newest = known[0].version if known else "none"
        raise SystemExit(f"CHANGELOG.md: the newest dated release is {newest}, but "
                         f"planner/__init__.py says {info.version}: add '## [{info.version}] "
                         "- YYYY-MM-DD' first")
    lines = "\n".join(f'    <release version="{r.version}" date="{r.date}"/>' for r in known)
    template = (PACKAGING / "linux" / "metainfo.xml.in").read_text(encoding="utf-8")
    return _fill(template, {**_values(info), "RELEASES": lines})


def text_files(info: AppInfo) -> dict[Path, str]:
    """Every generated text file and what it should hold."""
    return {
        desktop_path(info): desktop_entry(info),
        metainfo_path(info): metainfo(info, releases()),
    }


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels by Qt's SVG renderer, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (Qt needs one)
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{MASTER_ICON}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_icons(info: AppInfo, svg: bytes) -> list[Path]:
    from PIL import Image

    rendered = {size: Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA")
                for size in sorted({*LINUX_ICON_SIZES, *WINDOWS_ICON_SIZES, *MACOS_ICON_SIZES})}
    written = []
    for size, path in linux_icon_paths(info).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if size == "scalable":
            path.write_bytes(svg)
        else:
            rendered[size].save(path, "PNG", optimize=True)
        written.append(path)
    # Each size is drawn from the vector, not scaled down from the largest bitmap.
    largest = max(WINDOWS_ICON_SIZES)
    rendered[largest].save(WINDOWS_ICON, "ICO", sizes=[(s, s) for s in WINDOWS_ICON_SIZES],
                           append_images=[rendered[s] for s in WINDOWS_ICON_SIZES])
    MACOS_ICON.write_bytes(icns({size: _png(rendered[size]) for size in MACOS_ICON_SIZES}))
    ICON_STAMP.write_text(_stamp(svg), encoding="utf-8")
    return [*written, WINDOWS_ICON, MACOS_ICON, ICON_STAMP]


#: ICNS element types holding a PNG of the given pixel size: each size at 1x, then the Retina
#: (2x) slots, as Apple's iconutil writes them (Pillow's writer leaves out 16 and 32 at 1x).
_ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
               (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
               (b"ic14", 512))


def icns(pngs: dict[int, bytes]) -> bytes:
    """An Apple icon file: ``icns``, the total length, then (type, length, PNG) elements."""
    body = b"".join(kind + (8 + len(pngs[size])).to_bytes(4, "big") + pngs[size]
                    for kind, size in _ICNS_TYPES)
    return b"icns" + (8 + len(body)).to_bytes(4, "big") + body


def _png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _stamp(svg: bytes) -> str:
    return f"{hashlib.sha256(svg).hexdigest()}  {MASTER_ICON.name}\n"


def icon_problems(info: AppInfo, svg: bytes) -> list[str]:
    """Why the binary icons do not match the master icon, if they do not."""
    from PIL import Image

    problems = []
    if not ICON_STAMP.exists() or ICON_STAMP.read_text(encoding="utf-8") != _stamp(svg):
        problems.append(f"{ICON_STAMP.relative_to(ROOT)}: icons not rendered from the current "
                        f"{MASTER_ICON.name}")
    for size, path in linux_icon_paths(info).items():
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)}: missing")
        elif size == "scalable":
            if path.read_bytes() != svg:
                problems.append(f"{path.relative_to(ROOT)}: differs from {MASTER_ICON.name}")
        elif Image.open(path).size != (size, size):
            problems.append(f"{path.relative_to(ROOT)}: not {size}x{size}")
    for path, sizes in ((WINDOWS_ICON, WINDOWS_ICON_SIZES), (MACOS_ICON, MACOS_ICON_SIZES)):
        if not path.exists():
            problems.append(f"{path.relative_to(ROOT)}: missing")
            continue
        # ICO lists (width, height); ICNS (width, height, scale), 64 being 32 at scale 2.
        found = {s[0] * (s[2] if len(s) > 2 else 1)
                 for s in Image.open(path).info.get("sizes", ())}
        if not set(sizes) <= found:
            problems.append(f"{path.relative_to(ROOT)}: sizes {sorted(found)}, "
                            f"wants {sorted(sizes)}")
    return problems


def check(info: AppInfo, report: Callable[[str], None] = print) -> bool:
    stale = [f"{path.relative_to(ROOT)}: stale" for path, text in text_files(info).items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    stale += icon_problems(info, MASTER_ICON.read_bytes())
    for line in stale:
        report(line)
    if stale:
        report("run: uv run python packaging/generate.py")
    return not stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a generated file is stale")
    args = parser.parse_args(argv)
    info = read_app_info()
    if args.check:
        return 0 if check(info) else 1
    for path, text in text_files(info).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(path.relative_to(ROOT))
    for path in write_icons(info, MASTER_ICON.read_bytes()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
