"""The AppImage recipe: the Linux PyInstaller bundle laid out as an AppDir (desktop entry,
icons, AppStream metainfo, ``AppRun``), then packed by ``appimagetool`` into one file.

    uv run --group packaging pyinstaller --noconfirm packaging/pyinstaller/planner.spec
    uv run python packaging/linux/build_appimage.py     # -> dist/Planner-<version>-<arch>.AppImage

appimagetool is not on PyPI or in Debian: put it on PATH (or name it in ``APPIMAGETOOL``),
from the AppImage project's releases. ``--appdir-only`` stops after the AppDir, without it.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from appinfo import EXECUTABLE, ROOT, AppInfo, read_app_info  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
APPRUN = """#!/bin/sh
# AppImage entry point: the one-folder bundle inside, given every argument.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/{executable}/{executable}" "$@"
"""


def build_appdir(bundle: Path, appdir: Path, info: AppInfo) -> Path:
    """``appdir`` made anew from the one-folder ``bundle`` (``dist/planner``)."""
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"{bundle / EXECUTABLE} not found: build the bundle first (uv run "
                         "--group packaging pyinstaller packaging/pyinstaller/planner.spec)")
    if appdir.exists():
        shutil.rmtree(appdir)
    lib = appdir / "usr" / "lib" / EXECUTABLE
    shutil.copytree(bundle, lib, symlinks=True)
    (appdir / "usr" / "bin").mkdir(parents=True)
    (appdir / "usr" / "bin" / EXECUTABLE).symlink_to(Path("..") / "lib" / EXECUTABLE / EXECUTABLE)

    desktop = LINUX / f"{info.app_id}.desktop"
    applications = appdir / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(desktop, applications / desktop.name)
    shutil.copy2(desktop, appdir / desktop.name)  # appimagetool reads the one at the top

    shutil.copytree(LINUX / "icons", appdir / "usr" / "share" / "icons")
    icon = f"{info.app_id}.png"
    shutil.copy2(LINUX / "icons" / "hicolor" / "256x256" / "apps" / icon, appdir / icon)
    (appdir / ".DirIcon").symlink_to(icon)

    # appimagetool looks for <desktop id>.appdata.xml, the name AppStream still reads.
    metainfo = appdir / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copy2(LINUX / f"{info.app_id}.metainfo.xml", metainfo / f"{info.app_id}.appdata.xml")

    apprun = appdir / "AppRun"
    apprun.write_text(APPRUN.format(executable=EXECUTABLE), encoding="utf-8")
    apprun.chmod(0o755)
    return appdir


def pack(appdir: Path, output: Path, tool: str) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "ARCH": platform.machine()}
    subprocess.run([tool, str(appdir), str(output)], check=True, env=env)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / EXECUTABLE,
                        help="the PyInstaller one-folder build (default: dist/planner)")
    parser.add_argument("--appdir", type=Path, default=ROOT / "build" / "Planner.AppDir")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--appdir-only", action="store_true",
                        help="lay out the AppDir and stop (no appimagetool needed)")
    args = parser.parse_args(argv)
    info = read_app_info()
    appdir = build_appdir(args.bundle, args.appdir, info)
    print(f"AppDir: {appdir}")
    if args.appdir_only:
        return 0
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool") \
        or shutil.which(f"appimagetool-{platform.machine()}.AppImage")
    if not tool:
        print("appimagetool not found: put it on PATH or set APPIMAGETOOL "
              "(https://github.com/AppImage/appimagetool/releases), or pass --appdir-only",
              file=sys.stderr)
        return 1
    output = args.dist / f"{info.name}-{info.version}-{platform.machine()}.AppImage"
    print(f"AppImage: {pack(appdir, output, tool)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
