"""The Debian/Ubuntu package from packaging/linux/build_deb.py: built from the Linux bundle,
lintian-clean (its overrides each say why), installed with apt on this machine, run from
PATH without the project's environment, removed again, and a user's data left alone.

Installing needs root: the install tests are skipped elsewhere, and fail under CI (CI=true),
which runs as root."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

import planner
from tests.packaging.conftest import (
    PACKAGING,
    ROOT,
    app_env,
    load_script,
    require_tool,
    run_app,
    uv,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Debian package"),
]

INFO_VERSION = planner.__version__
PRODUCT = {"kind": "installment", "principal": "10000", "start": "2026-01-10", "term": 12,
           "rate": {"monthly_fee": "0.006"}}


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("dpkg-shlibdeps", "apt-get install dpkg-dev")
    work = tmp_path_factory.mktemp("deb")
    started = time.monotonic()
    result = subprocess.run(
        [uv(), "run", "--frozen", "python", str(PACKAGING / "linux" / "build_deb.py"),
         "--bundle", str(bundle), "--work", str(work / "build"), "--dist", str(work / "dist")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    (package,) = (work / "dist").glob("*.deb")
    print(f"\n.deb built in {time.monotonic() - started:.0f} s: "
          f"{package.stat().st_size / 1e6:.1f} MB")
    return package


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "--field", str(deb), name], check=True,
                          capture_output=True, text=True).stdout.strip()


def test_deb_is_named_and_versioned_from_the_package(deb: Path) -> None:
    assert deb.name == f"planner_{INFO_VERSION}_amd64.deb"
    assert _field(deb, "Version") == INFO_VERSION
    assert _field(deb, "Package") == "planner"
    assert "libc6" in _field(deb, "Depends")


def test_deb_carries_the_desktop_files(deb: Path) -> None:
    names = set(subprocess.run(["dpkg-deb", "--contents", str(deb)], check=True,
                               capture_output=True, text=True).stdout.split())
    app_id = planner.APP_ID
    for path in (f"./usr/share/applications/{app_id}.desktop",
                 f"./usr/share/metainfo/{app_id}.metainfo.xml",
                 f"./usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
                 f"./usr/share/icons/hicolor/256x256/apps/{app_id}.png",
                 "./usr/lib/planner/planner", "./usr/share/man/man1/planner.1.gz",
                 "./usr/share/lintian/overrides/planner"):
        assert path in names, path
    assert "./usr/bin/planner" in names and "../lib/planner/planner" in names


def test_deb_lists_its_files_and_pins_their_metadata(deb: Path, bundle: Path,
                                                      tmp_path: Path) -> None:
    """The list written beside the package is the package's files with their hashes, and a
    second layout of the same bundle gives the same list; in the package every file has the
    release's time and belongs to root, so the same bundle gives the same .deb."""
    builder = load_script("linux/build_deb.py", "planner_packaging_deb")
    listed = deb.with_name(deb.name.removesuffix(".deb") + ".files.sha256")
    entries = dict(reversed(line.split("  ", 1))
                   for line in listed.read_text(encoding="utf-8").splitlines())
    root = tmp_path / "root"
    builder.lay_out(bundle, root, builder.read_app_info())
    again = {f"/{p.relative_to(root).as_posix()}": builder.sha256(p)
             for p in root.rglob("*") if p.is_file() and not p.is_symlink()}
    assert again == entries and "/usr/lib/planner/planner" in entries and len(entries) > 100
    with tarfile.open(fileobj=_data_tar(deb)) as data:
        members = data.getmembers()
        files = {m.name.removeprefix(".") for m in members if m.isfile()}
        assert files == set(entries)
        assert len({m.mtime for m in members}) == 1
        assert {m.uname for m in members} == {"root"}


def _data_tar(deb: Path):
    payload = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True,
                             capture_output=True).stdout
    return io.BytesIO(payload)


def test_lintian_finds_no_error_or_warning(deb: Path) -> None:
    tool = require_tool("lintian", "apt-get install lintian")
    result = subprocess.run([tool, "--fail-on", "error,warning", "--tag-display-limit", "0",
                             str(deb)], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [line for line in result.stdout.splitlines()
                if line.startswith(("E:", "W:"))], result.stdout


@pytest.fixture(scope="module")
def apt_installed(deb: Path):
    """The package installed as a user would (apt resolves its dependencies), and removed
    after the tests that need it."""
    if os.geteuid() != 0:
        message = "installing a .deb needs root (apt-get install ./planner_*.deb)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI runs as root")
        pytest.skip(message)
    require_tool("apt-get", "a Debian or Ubuntu system")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    started = time.monotonic()
    result = subprocess.run(["apt-get", "install", "-y", "-qq", str(deb)], env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"\n.deb installed by apt in {time.monotonic() - started:.0f} s")
    yield Path("/usr/bin/planner")
    subprocess.run(["apt-get", "remove", "-y", "-qq", "planner"], env=env,
                   capture_output=True, timeout=600)


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """app_env without a PATH into the project's virtual environment: the installed command
    is the one found."""
    env = app_env(tmp_path)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if ".venv" not in p and "/.local/" not in p)
    return env


def test_installed_command_is_on_path(apt_installed: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    assert shutil.which("planner", path=env["PATH"]) == str(apt_installed)
    result = run_app(["planner", "--version"], env, tmp_path)
    assert result.stdout.strip() == f"planner {INFO_VERSION}"


def test_installed_app_opens_the_demo(apt_installed: Path, tmp_path: Path) -> None:
    run_app(["planner", "--demo", "--exit-when-ready"], _clean_env(tmp_path), tmp_path)


def test_installed_command_computes_a_product(apt_installed: Path, tmp_path: Path) -> None:
    product = tmp_path / "product.json"
    product.write_text(json.dumps(PRODUCT), encoding="utf-8")
    installed = run_app(["planner", "calc", "--json", str(product)], _clean_env(tmp_path),
                        tmp_path).stdout
    source = subprocess.run([sys.executable, "-m", "planner", "calc", "--json", str(product)],
                            cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert json.loads(installed) == json.loads(source)


def test_installed_desktop_entry_is_registered(apt_installed: Path) -> None:
    listed = subprocess.run(["dpkg", "--listfiles", "planner"], check=True,
                            capture_output=True, text=True).stdout.split()
    assert f"/usr/share/applications/{planner.APP_ID}.desktop" in listed
    assert Path(f"/usr/share/metainfo/{planner.APP_ID}.metainfo.xml").is_file()


def test_remove_leaves_the_users_data(apt_installed: Path, tmp_path: Path) -> None:
    """A profile the installed app made in the user's data folder (~/.local/share/Planner)
    is the same file after ``apt-get remove planner``, and the program is gone."""
    product = tmp_path / "product.json"
    product.write_text(json.dumps({**PRODUCT, "name": "Laptop"}), encoding="utf-8")
    env = _clean_env(tmp_path)
    del env["PLANNER_DATA_DIR"]  # the default place, under this test's HOME
    env["PLANNER_PASSPHRASE"] = "a passphrase for the test"
    run_app(["planner", "add", str(product)], env, tmp_path)
    data = Path(env["HOME"]) / ".local" / "share" / "Planner"
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert before, "the profile was not written to ~/.local/share/Planner"

    result = subprocess.run(["apt-get", "remove", "-y", "-qq", "planner"],
                            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not apt_installed.exists() and not Path("/usr/lib/planner").exists()
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before
