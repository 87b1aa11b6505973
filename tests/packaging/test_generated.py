"""The packaging files derived from planner/__init__.py are current, valid for the tools that
read them, and agree with the code on id and version; nothing restates the version by hand."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser

import pytest

import planner
from tests.packaging.conftest import PACKAGING, ROOT, load_script, require_tool

generate = load_script("generate.py", "planner_packaging_generate")
INFO = generate.read_app_info()


def test_app_info_is_read_from_the_package() -> None:
    assert INFO == (planner.APP_ID, planner.APP_NAME, planner.__version__)


def test_generated_files_are_current() -> None:
    problems: list[str] = []
    assert generate.check(INFO, report=problems.append), "\n".join(problems)


def test_changelog_dates_the_current_version() -> None:
    newest = generate.releases()[0]
    assert newest.version == planner.__version__
    assert "## [Unreleased]" in generate.CHANGELOG.read_text(encoding="utf-8")


def test_metainfo_release_and_ids_match_the_code() -> None:
    root = ElementTree.parse(generate.metainfo_path(INFO)).getroot()
    assert root.findtext("id") == planner.APP_ID
    assert root.findtext("launchable") == f"{planner.APP_ID}.desktop"
    assert root.find("releases/release").get("version") == planner.__version__


def test_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive, Name[zh_CN] included
    entry.read(generate.desktop_path(INFO), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == planner.APP_NAME
    assert section["Name[zh_CN]"] == "分期规划"
    assert section["Icon"] == planner.APP_ID
    assert generate.linux_icon_paths(INFO)["scalable"].name == f"{section['Icon']}.svg"


def test_desktop_entry_is_valid() -> None:
    tool = require_tool("desktop-file-validate", "apt-get install desktop-file-utils")
    result = subprocess.run([tool, str(generate.desktop_path(INFO))], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    tool = require_tool("appstreamcli", "apt-get install appstream")
    result = subprocess.run([tool, "validate", "--no-net", "--explain",
                             str(generate.metainfo_path(INFO))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _hand_written() -> list:
    generated = {*generate.text_files(INFO), *generate.linux_icon_paths(INFO).values()}
    return [p for p in sorted(PACKAGING.rglob("*"))
            if p.is_file() and p not in generated and "__pycache__" not in p.parts
            and p.suffix not in (".png", ".ico", ".icns", ".sha256")]


@pytest.mark.parametrize("path", _hand_written(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_hand_written_file_restates_the_version(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(rf"(?<![\d.]){re.escape(planner.__version__)}(?![\d.])", text), \
        f"{path.name} repeats the version: read it from planner/__init__.py (appinfo.py)"
