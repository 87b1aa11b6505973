"""The resource lookup finds the shipped files in each way the app runs: a source checkout, an
installed wheel, a PyInstaller bundle (planner/content/resources.py, loaded as a script so each
layout can be given its own package directory)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load_script

lookup = load_script(str(ROOT / "planner" / "content" / "resources.py"),
                     "planner_packaging_resource_lookup")


def _layout(base: Path, resources: str) -> Path:
    """A package directory ``base/.../planner`` with ``resources`` (relative to ``base``)."""
    package = base / "site" / "planner"
    package.mkdir(parents=True)
    (base / resources / "translations").mkdir(parents=True)
    return package


def test_source_checkout_uses_resources_beside_the_package(tmp_path: Path) -> None:
    package = _layout(tmp_path, "site/resources")
    assert Path(lookup.find_resources(str(package))) == tmp_path / "site" / "resources"


def test_installed_wheel_uses_resources_inside_the_package(tmp_path: Path) -> None:
    package = _layout(tmp_path, "site/planner/resources")
    # Another distribution's top-level "resources" folder in site-packages must not win.
    (tmp_path / "site" / "resources").mkdir()
    assert Path(lookup.find_resources(str(package))) == package / "resources"


def test_bundle_uses_resources_in_the_unpacked_bundle(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    package = _layout(tmp_path, "site/planner/resources")
    bundle = tmp_path / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert Path(lookup.find_resources(str(package))) == bundle / "resources"


def test_this_checkout_finds_its_translations() -> None:
    # From packaging/ (the proposal) as from planner/ (placed), resources/ is a sibling.
    assert Path(lookup.resource("translations", "planner_zh_CN.qm")).is_file()
