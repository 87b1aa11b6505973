"""The wheel and the source distribution that ``uv build`` makes: the wheel carries the package,
the built translations, icons, scenarios and stylesheet, and installed into a fresh virtual
environment it starts the command line and the desktop app."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import planner
from tests.packaging.conftest import ROOT, app_env, run_app, uv

#: The teaching scenarios of the source tree, by name (each has a NAME.guide.json).
GUIDED = sorted(p.name.removesuffix(".guide.json")
                for p in (ROOT / "resources" / "scenarios").glob("*.guide.json"))

pytestmark = pytest.mark.slow

SHIPPED = ["planner/resources/translations/planner_zh_CN.qm",
           "planner/resources/scenarios/demo.json",
           "planner/resources/qss/app.qss",
           "planner/resources/icons/app.svg"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``uv build``'s sdist and the wheel it builds from that sdist, as a release would."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([uv(), "build", "--out-dir", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-8000:]
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (and its dependencies) installed: its bin/."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv)],
                   check=True, timeout=300)
    python = venv / "bin" / "python"  # POSIX layout: CI and the test run on Linux
    subprocess.run([uv(), "pip", "install", "--quiet", "--python", str(python),
                    str(built["wheel"])], check=True, timeout=600)
    return python.parent


def test_wheel_is_named_for_the_version(built) -> None:
    assert built["wheel"].name == f"planner-{planner.__version__}-py3-none-any.whl"


def test_wheel_carries_the_resources_inside_the_package(built) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    assert set(SHIPPED) <= names
    assert not [n for n in names if not n.startswith(("planner/", "planner-"))], \
        "only the planner package and its metadata belong at the top of the wheel"
    assert not [n for n in names if n.endswith((".ts", ".sh", ".pyc"))]


def test_sdist_carries_what_the_wheel_is_built_from(built) -> None:
    import tarfile

    top = built["sdist"].name.removesuffix(".tar.gz")
    names = set(tarfile.open(built["sdist"]).getnames())
    assert {f"{top}/resources/translations/planner_zh_CN.qm", f"{top}/pyproject.toml",
            f"{top}/planner/__init__.py"} <= names


def test_installed_command_line_reports_the_version(installed, tmp_path: Path) -> None:
    result = run_app([str(installed / "planner"), "--version"], app_env(tmp_path), tmp_path)
    assert result.stdout.strip() == f"planner {planner.__version__}"


def test_installed_app_paints_its_window(installed, tmp_path: Path) -> None:
    run_app([str(installed / "planner"), "--demo", "--exit-after-first-paint"],
            app_env(tmp_path), tmp_path)


def _installed_python(installed: Path, code: str, tmp_path: Path) -> str:
    """``code`` run by the fresh environment's Python, away from the source tree (whose
    ``planner/`` would otherwise be imported from the working directory)."""
    return run_app([str(installed / "python"), "-c", code], app_env(tmp_path),
                   tmp_path).stdout.strip()


def test_installed_files_are_inside_the_package(installed, tmp_path: Path) -> None:
    package = Path(_installed_python(
        installed, "import pathlib, planner; print(pathlib.Path(planner.__file__).parent)",
        tmp_path))
    assert package.parent.name == "site-packages"
    for name in SHIPPED:
        assert (package.parent / name).is_file()


def test_installed_app_opens_the_demo_from_its_own_files(installed, tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    run_app([str(installed / "planner"), "--demo", "--lang", "zh_CN", "--screenshot",
             str(shot)], app_env(tmp_path), tmp_path)
    assert shot.stat().st_size > 10_000


def test_installed_command_line_lists_the_teaching_scenarios(installed, tmp_path: Path) -> None:
    result = run_app([str(installed / "planner"), "scenarios"], app_env(tmp_path), tmp_path)
    assert set(GUIDED) <= set(result.stdout.split()) and GUIDED
