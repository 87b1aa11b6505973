"""The Debian/Ubuntu package: the Linux PyInstaller bundle under /usr/lib/planner, the
``planner`` command on PATH, the desktop entry, the AppStream metainfo and the icons.

    uv run --group packaging pyinstaller --noconfirm packaging/pyinstaller/planner.spec
    uv run python packaging/linux/build_deb.py       # -> dist/planner_<version>_amd64.deb

Needs ``dpkg-deb`` and ``dpkg-shlibdeps`` (Debian: dpkg-dev). The libraries the bundle takes
from the system (glibc, fontconfig, the X and Wayland client libraries...) become the
package's dependencies through dpkg-shlibdeps, so build on the oldest release you want to
support. The file times are set to the version's release date in CHANGELOG.md (or
SOURCE_DATE_EPOCH), so that the same bundle gives the same package. The list of packed files
(sha256, path) is written beside it as ``planner_<version>_amd64.files.sha256``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import platform
import shutil
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from appinfo import (  # noqa: E402
    EXECUTABLE,
    PUBLISHER,
    ROOT,
    SUMMARY_EN,
    AppInfo,
    read_app_info,
)

LINUX = ROOT / "packaging" / "linux"
#: The package's maintainer field: who answers for the package. No address is published yet;
#: this one is the project's, to be replaced by a real one before a distribution carries it.
MAINTAINER = f"{PUBLISHER} <planner@users.noreply.github.com>"
DEB_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}
PREFIX = Path("usr") / "lib" / EXECUTABLE
DESCRIPTION = """\
 Planner (分期规划) turns each credit product, entered the way its lender
 quotes it (credit cards, buy-now-pay-later and checkout installment plans,
 daily-rate cash loans, ordinary loans), into an exact dated schedule, its
 total cost and its true annual rate under US (Regulation Z), EU (APRC) and
 Chinese (PBoC IRR) rules. It follows what was actually paid, warns early
 about repayment stress, compares offers and plans the payoff. Everything
 stays on the computer, in an encrypted database. English and Simplified
 Chinese.
"""


def release_epoch(info: AppInfo) -> int:
    """SOURCE_DATE_EPOCH if set, else the version's date in CHANGELOG.md (midnight UTC)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    sys.path.insert(0, str(ROOT / "packaging"))
    from generate import releases

    for release in releases():
        if release.version == info.version:
            return int(datetime.fromisoformat(release.date).replace(tzinfo=UTC).timestamp())
    raise SystemExit(f"CHANGELOG.md dates no release {info.version}: set SOURCE_DATE_EPOCH")


def is_elf(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF"


def lay_out(bundle: Path, root: Path, info: AppInfo) -> None:
    """The package's files under ``root`` (no DEBIAN/ yet)."""
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"{bundle / EXECUTABLE} not found: build the bundle first (uv run "
                         "--group packaging pyinstaller packaging/pyinstaller/planner.spec)")
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / EXECUTABLE).symlink_to(Path("..") / "lib" / EXECUTABLE / EXECUTABLE)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{info.app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{info.app_id}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons", share / "icons")

    doc = share / "doc" / EXECUTABLE
    doc.mkdir(parents=True)
    year = datetime.fromtimestamp(release_epoch(info), UTC).year
    (doc / "copyright").write_text(copyright_file(year), encoding="utf-8")
    changelog = (f"{EXECUTABLE} ({info.version}) unstable; urgency=medium\n\n"
                 f"  * Release {info.version}: the changes are in the AppStream metainfo\n"
                 "    (/usr/share/metainfo) and in the project's CHANGELOG.md.\n\n"
                 f" -- {MAINTAINER}  {debian_date(release_epoch(info))}\n")
    # A native package (its version has no Debian revision): changelog.gz, not .Debian.gz.
    write_gzip(doc / "changelog.gz", changelog.encode("utf-8"))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(LINUX / "lintian-overrides", overrides / EXECUTABLE)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    write_gzip(man / f"{EXECUTABLE}.1.gz", manual_page(info).encode("utf-8"))


def copyright_file(year: int) -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8") if (ROOT / "LICENSE").exists() \
        else ""
    body = "\n".join(f" {line}" if line.strip() else " ." for line in licence.splitlines())
    return ("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: planner\n\n"
            f"Files: *\nCopyright: {year} {PUBLISHER}\nLicense: MIT\n"
            + (body + "\n" if body else
               " Permission is hereby granted, free of charge, to any person obtaining a copy\n"
               " of this software and associated documentation files (the \"Software\"), to\n"
               " deal in the Software without restriction, including without limitation the\n"
               " rights to use, copy, modify, merge, publish, distribute, sublicense, and/or\n"
               " sell copies of the Software, and to permit persons to whom the Software is\n"
               " furnished to do so, subject to the following conditions:\n .\n"
               " The above copyright notice and this permission notice shall be included in\n"
               " all copies or substantial portions of the Software.\n .\n"
               " THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
               " IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
               " FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
               " AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
               " LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING\n"
               " FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER\n"
               " DEALINGS IN THE SOFTWARE.\n")
            + "\nFiles: usr/lib/planner/_internal/*\nCopyright: the authors of each library\n"
            "License: various\n The bundled Python runtime and libraries (Python, Qt for\n"
            " Python, NumPy, Matplotlib, SQLCipher and others) keep their own licences; the\n"
            " licence files that came with them are inside usr/lib/planner/_internal.\n")


def manual_page(info: AppInfo) -> str:
    return (f'.TH {EXECUTABLE.upper()} 1 "" "{info.name} {info.version}" "User Commands"\n'
            f".SH NAME\n{EXECUTABLE} \\- {SUMMARY_EN.lower()}\n"
            f".SH SYNOPSIS\n.B {EXECUTABLE}\n[\\fIOPTIONS\\fR]\n.br\n.B {EXECUTABLE}\n"
            "\\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n"
            f".SH DESCRIPTION\nWithout a command, \\fB{EXECUTABLE}\\fR opens the desktop app "
            "(\\fB\\-\\-demo\\fR opens it on a demo profile). The commands compute schedules, "
            "true annual rates and repayment stress, and manage the encrypted profile, without "
            f"opening a window.\n.PP\n\\fB{EXECUTABLE} \\-\\-help\\fR lists the options and the "
            f"commands, \\fB{EXECUTABLE} \\fICOMMAND\\fB \\-\\-help\\fR each command's.\n"
            ".SH FILES\n.TP\n.I ~/.local/share/Planner\nThe profiles "
            "(\\fB\\-\\-data\\-dir\\fR or \\fBPLANNER_DATA_DIR\\fR choose another folder).\n")


def debian_date(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def write_gzip(path: Path, data: bytes) -> None:
    """gzip -9n: no name or time in the header, so the same text gives the same bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(data)
    path.write_bytes(buffer.getvalue())


def normalise(root: Path, epoch: int) -> None:
    """Permissions as Debian wants them (0755 folders and executables, 0644 the rest) and
    every time set to ``epoch``."""
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif is_elf(path):
            path.chmod(0o644 if ".so" in path.name else 0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & stat.S_IXUSR else 0o644)
        os.utime(path, (epoch, epoch))
    (root / PREFIX / EXECUTABLE).chmod(0o755)
    os.utime(root, (epoch, epoch))


def dependencies(work: Path, root: Path) -> str:
    """The packages the bundle's ELF files need, as dpkg-shlibdeps finds them. It wants the
    tree as debhelper lays it out (``work/debian/control``, the package in ``work/debian/<name>``
    with a DEBIAN folder), so that it takes the bundle's own libraries for the package's."""
    tool = shutil.which("dpkg-shlibdeps")
    if not tool:
        raise SystemExit("dpkg-shlibdeps not found (Debian: apt-get install dpkg-dev)")
    elves = sorted(p.relative_to(work) for p in (root / PREFIX).rglob("*")
                   if p.is_file() and not p.is_symlink() and is_elf(p))
    folders = sorted({str(p.parent) for p in elves})
    (work / "debian" / "control").write_text(
        f"Source: {EXECUTABLE}\n\nPackage: {EXECUTABLE}\nArchitecture: any\n", encoding="utf-8")
    result = subprocess.run([tool, "-O", "--warnings=0", *(f"-l{d}" for d in folders),
                             *(f"-e{p}" for p in elves)],
                            cwd=work, check=True, capture_output=True, text=True)
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=").strip()
    raise SystemExit(f"dpkg-shlibdeps gave no dependencies: {result.stdout}{result.stderr}")


def control(info: AppInfo, arch: str, installed_kb: int, depends: str) -> str:
    return (f"Package: {EXECUTABLE}\n"
            f"Version: {info.version}\n"
            f"Architecture: {arch}\n"
            f"Maintainer: {MAINTAINER}\n"
            f"Installed-Size: {installed_kb}\n"
            f"Depends: {depends}\n"
            "Section: misc\n"
            "Priority: optional\n"
            f"Description: {SUMMARY_EN.lower()}\n"
            f"{DESCRIPTION}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_deb(bundle: Path, work: Path, dist: Path, info: AppInfo) -> tuple[Path, Path]:
    """The .deb and the list of its files."""
    arch = DEB_ARCH.get(platform.machine(), platform.machine())
    if work.exists():
        shutil.rmtree(work)
    root = work / "debian" / EXECUTABLE
    (root / "DEBIAN").mkdir(parents=True)
    lay_out(bundle, root, info)
    depends = dependencies(work, root)
    files = sorted(p for p in root.rglob("*")
                   if p.is_file() and not p.is_symlink() and "DEBIAN" not in p.parts)
    installed_kb = sum(-(-p.stat().st_size // 1024) for p in files) + \
        sum(1 for p in root.rglob("*") if p.is_dir() and "DEBIAN" not in p.parts)
    (root / "DEBIAN" / "control").write_text(control(info, arch, installed_kb, depends),
                                             encoding="utf-8")
    listing = [(hashlib.md5(p.read_bytes()).hexdigest(), p.relative_to(root).as_posix())
               for p in files]
    (root / "DEBIAN" / "md5sums").write_text("".join(f"{d}  {n}\n" for d, n in listing),
                                            encoding="utf-8")
    epoch = release_epoch(info)
    normalise(root, epoch)
    dist.mkdir(parents=True, exist_ok=True)
    output = dist / f"{EXECUTABLE}_{info.version}_{arch}.deb"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root),
                    str(output)], check=True, env=env, stdout=subprocess.DEVNULL)
    files_list = dist / f"{EXECUTABLE}_{info.version}_{arch}.files.sha256"
    files_list.write_text("".join(f"{sha256(p)}  /{p.relative_to(root).as_posix()}\n"
                                  for p in files), encoding="utf-8")
    return output, files_list


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / EXECUTABLE,
                        help="the PyInstaller one-folder build (default: dist/planner)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    started = time.monotonic()
    info = read_app_info()
    output, files_list = build_deb(args.bundle.resolve(), args.work.resolve(),
                                   args.dist.resolve(), info)
    print(f"{output} ({output.stat().st_size / 1e6:.1f} MB, sha256 {sha256(output)}), "
          f"built in {time.monotonic() - started:.0f} s; its files: {files_list}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
