"""The stress script (``tests/store/stress_profiles.py``) with small counts: concurrent
creators, writers, an open app, restorers, backups and kill -9s on one data folder end with
every committed write present and every profile openable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("stress_profiles.py")


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_the_stress_script_loses_nothing(tmp_path: Path):
    out = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "data"), "--seconds",
                          "12", "--creators", "3", "--writers", "3", "--restorers", "2",
                          "--backups", "2", "--kills", "8", "--seed", "16"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    figures = json.loads(out.stdout.splitlines()[0])
    assert figures["kills"] == 8 and figures["committed_writes"] > 20
    assert figures["restores_refused_while_open"] > 0 and figures["restores"] > 0
    assert figures["profiles"] >= 3
