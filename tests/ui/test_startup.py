"""The app as a process: it exits 0 once the main window has painted, saves a PNG of itself
after everything is drawn, and the demo is always "now" and touches no personal data."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from planner.core.portfolio import parse_portfolio
from planner.ui.demo import DEMO_AS_OF, demo_data, months_to_shift

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, home: Path, **extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"), **extra)
    env.pop("PLANNER_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_exit_after_first_paint(tmp_path) -> None:
    done = _run("--demo", "--exit-after-first-paint", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_exit_when_ready_after_the_figures_are_drawn(tmp_path) -> None:
    """The flag exits 0 only after the overview's figures are in place: the window is built
    with its profile (a scenario that cannot be opened never becomes ready and fails)."""
    done = _run("--demo", "--exit-when-ready", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    refused = _run("--scenario", "no-such-scenario", "--exit-when-ready", home=tmp_path)
    assert refused.returncode != 0


def test_exit_when_figures_shown(tmp_path) -> None:
    """The earlier moment of issue 14's two: the opened page's figures painted, before its
    chart and warnings are built."""
    done = _run("--demo", "--exit-when-figures-shown", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_the_app_closes_the_profile_it_opened_before_the_process_ends(tmp_path) -> None:
    """The process ends without tearing the interpreter down (planner.__main__._window_closed)
    only after the profile is closed: its WAL folded back into the file (SQLite removes the
    -wal file on the last close), its lock released, and the next start opens it."""
    data = tmp_path / "profiles"
    env = {"PLANNER_PASSPHRASE": "a long enough passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    for _ in range(2):  # made on the first start, opened again on the second
        done = _run("--data-dir", str(data), "--exit-when-ready", home=tmp_path, **env)
        assert done.returncode == 0, done.stderr
        database = next(data.rglob("*.db"))
        assert not Path(f"{database}-wal").exists()
        assert not Path(f"{database}-shm").exists()


def test_screenshot_writes_a_png_of_the_whole_window(tmp_path) -> None:
    shot = tmp_path / "shot.png"
    done = _run("--demo", "--lang", "zh_CN", "--screenshot", str(shot), home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 820)
    # the demo touched nothing of the user's: no data directory appeared under this home
    assert not (tmp_path / "data").exists()


def test_demo_dates_move_to_now_by_whole_months() -> None:
    assert months_to_shift(DEMO_AS_OF) == 0
    assert months_to_shift(date(2027, 3, 27)) == 3
    assert months_to_shift(date(2027, 3, 28)) == 4
    moved = parse_portfolio(demo_data(date(2027, 3, 28)))
    original = parse_portfolio(demo_data(DEMO_AS_OF))
    car_then = next(i for i in original.items if i.id == "demo-car-loan")
    car_now = next(i for i in moved.items if i.id == "demo-car-loan")
    assert car_now.product.start == date(2026, 1, 20) and car_then.product.start == \
        date(2025, 9, 20)
    assert len(car_now.payments) == len(car_then.payments)
    assert car_now.payments[-1].date == date(2027, 3, 20)
