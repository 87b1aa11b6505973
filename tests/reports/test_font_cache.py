"""A CJK font installed after matplotlib made its font cache is found: the Chinese report is
written instead of refused, and the cache is rewritten so the next start knows the font.

Reproduces what a user met: the report said "apt install fonts-noto-cjk", they did, and the
report kept refusing because matplotlib's cached font list predates the font."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = {"kind": "installment", "principal": "6000", "start": "2026-01-10", "term": 6,
           "rate": {"monthly_fee": "0.006"}}


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_font_installed_after_the_cache_was_made_is_found(tmp_path: Path) -> None:
    env = dict(os.environ, MPLCONFIGDIR=str(tmp_path / "mpl"))
    made = _python("from planner.reports.fonts import _first_cjk_face as f; print(f())", env)
    assert made.returncode == 0, made.stderr
    if made.stdout.strip() == "None":
        pytest.skip("no CJK font is installed here (CI installs fonts-noto-cjk)")
    # The cache as it was before the font was installed: every CJK face left out.
    cache = next((tmp_path / "mpl").glob("fontlist-v*.json"))
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["ttflist"] = [e for e in data["ttflist"] if "CJK" not in e["fname"]]
    cache.write_text(json.dumps(data), encoding="utf-8")
    stale = _python("from planner.reports.fonts import _first_cjk_face as f; print(f())", env)
    assert stale.stdout.strip() == "None", "the doctored cache should hide the font"

    pdf = tmp_path / "schedule.pdf"
    report = subprocess.run(
        [sys.executable, "-m", "planner", "report", "-", "--kind", "schedule", "--lang",
         "zh_CN", "--output", str(pdf)], cwd=ROOT, env=env, input=json.dumps(PRODUCT),
        capture_output=True, text=True, timeout=300)
    assert report.returncode == 0, report.stderr
    assert pdf.stat().st_size > 1000
    # ... and the cache now lists the font, so the next start does not look again.
    again = _python("from planner.reports.fonts import _first_cjk_face as f; print(f())", env)
    assert again.stdout.strip() != "None"
