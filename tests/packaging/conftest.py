"""Packaging test helpers: the scripts under packaging/ loaded by path (packaging/ is not a
Python package, and must not shadow the ``packaging`` library), the tools a test needs, and
how to run a built app unattended."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
#: Each run of a built app: generous, because a cold start on a loaded CI machine is slow.
RUN_TIMEOUT = 120


def load_script(relative: str, name: str) -> ModuleType:
    """``packaging/<relative>`` as a module called ``name``."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))  # the scripts import appinfo from beside them
    spec = importlib.util.spec_from_file_location(name, PACKAGING / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def require_tool(name: str, how: str) -> str:
    """The path of the command ``name``. Missing: a skip on a developer's machine that says
    how to install it, a failure under CI (CI=true), where a skip would hide a gap."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed ({how})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}: CI must provide it, see .ci/run")
    pytest.skip(message)


def uv() -> str:
    """uv itself: ``uv run`` names it in ``UV`` for what it starts."""
    return os.environ.get("UV") or require_tool("uv", "python3 -m pip install uv")


def app_env(tmp_path: Path) -> dict[str, str]:
    """Environment for an unattended run: offscreen Qt, a throw-away data directory, and none
    of the test run's virtual environment, so the built app uses only what it carries."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT")}
    env.update(QT_QPA_PLATFORM="offscreen", PLANNER_DATA_DIR=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(tmp_path / "runtime"), HOME=str(tmp_path / "home"))
    for key in ("XDG_RUNTIME_DIR", "HOME"):
        Path(env[key]).mkdir(mode=0o700, exist_ok=True)
    return env


def run_app(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                            timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (
        f"{command} exited {result.returncode}\nstdout:\n{result.stdout}\n"
        f"stderr:\n{result.stderr[-4000:]}")
    return result


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``dist/planner`` as the README builds it (the Linux one-folder bundle), in a temporary
    folder: built once per run for the tests of the bundle, the AppDir and the .deb."""
    work = tmp_path_factory.mktemp("pyinstaller")
    command = [uv(), "run", "--frozen", "--group", "packaging", "pyinstaller", "--noconfirm",
               "--log-level", "WARN", "--distpath", str(work / "dist"),
               "--workpath", str(work / "build"),
               str(PACKAGING / "pyinstaller" / "planner.spec")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-8000:]
    return work / "dist" / "planner"
