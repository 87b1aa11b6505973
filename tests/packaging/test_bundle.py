"""The Linux one-folder build from packaging/pyinstaller/planner.spec: built with the locked
PyInstaller (uv's ``packaging`` group), it runs without the project's environment, reports the
version, paints its window, opens the demo with its charts, and lays out as an AppDir."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import planner
from tests.packaging.conftest import ROOT, app_env, load_script, run_app

#: The teaching scenarios of the source tree, by name (each has a NAME.guide.json).
GUIDED = sorted(p.name.removesuffix(".guide.json")
                for p in (ROOT / "resources" / "scenarios").glob("*.guide.json"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the test builds the Linux bundle; macOS and Windows are built "
                              "by hand (README: Build it yourself)"),
]


def test_bundle_reports_the_version(bundle: Path, tmp_path: Path) -> None:
    result = run_app([str(bundle / "planner"), "--version"], app_env(tmp_path), tmp_path)
    assert result.stdout.strip() == f"planner {planner.__version__}"


def test_bundle_paints_its_window(bundle: Path, tmp_path: Path) -> None:
    run_app([str(bundle / "planner"), "--demo", "--exit-after-first-paint"],
            app_env(tmp_path), tmp_path)


def test_bundle_opens_the_demo_in_chinese(bundle: Path, tmp_path: Path) -> None:
    """The demo file, the encrypted store, the engine and matplotlib, all from inside."""
    shot = tmp_path / "demo.png"
    run_app([str(bundle / "planner"), "--demo", "--lang", "zh_CN", "--screenshot", str(shot)],
            app_env(tmp_path), tmp_path)
    assert shot.stat().st_size > 10_000


def test_bundle_writes_a_chinese_pdf_report(bundle: Path, tmp_path: Path) -> None:
    """matplotlib's PDF backend and fontTools (the CJK font subset) are imported lazily."""
    report = tmp_path / "report.pdf"
    run_app([str(bundle / "planner"), "report", "--kind", "portfolio", "--lang", "zh_CN",
             "-o", str(report), str(ROOT / "resources" / "scenarios" / "demo.json")],
            app_env(tmp_path), tmp_path)
    assert report.read_bytes().startswith(b"%PDF")


def test_bundle_lists_its_teaching_scenarios(bundle: Path, tmp_path: Path) -> None:
    result = run_app([str(bundle / "planner"), "scenarios"], app_env(tmp_path), tmp_path)
    assert set(GUIDED) <= set(result.stdout.split()) and GUIDED


def test_bundle_carries_the_built_resources_only(bundle: Path) -> None:
    resources = bundle / "_internal" / "resources"
    assert (resources / "translations" / "planner_zh_CN.qm").is_file()
    assert (resources / "scenarios" / "demo.json").is_file()
    assert (resources / "qss" / "app.qss").is_file()
    assert (resources / "icons" / "app.svg").is_file()
    assert not list(resources.rglob("*.ts"))


def test_bundle_leaves_out_the_gtk_theme(bundle: Path) -> None:
    assert not list(bundle.rglob("libqgtk3*"))
    assert not list(bundle.rglob("libcairo.so*"))
    assert not list(bundle.rglob("libgtk-3.so*"))


def test_appdir_runs_the_bundle(bundle: Path, tmp_path: Path) -> None:
    recipe = load_script("linux/build_appimage.py", "planner_packaging_appimage")
    info = recipe.read_app_info()
    appdir = recipe.build_appdir(bundle, tmp_path / "Planner.AppDir", info)
    assert (appdir / f"{info.app_id}.desktop").is_file()
    assert (appdir / ".DirIcon").resolve().is_file()
    assert (appdir / "usr" / "share" / "metainfo" / f"{info.app_id}.appdata.xml").is_file()
    result = run_app([str(appdir / "AppRun"), "--version"], app_env(tmp_path), tmp_path)
    assert result.stdout.strip() == f"planner {planner.__version__}"
