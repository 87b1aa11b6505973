"""Where profiles live: overrides, per-profile directories, names that are safe as both a
directory and a keyring user."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner.core.errors import InputError
from planner.store import paths


def test_option_beats_environment_beats_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "opt") == tmp_path / "opt"
    assert paths.data_dir() == tmp_path / "env"
    monkeypatch.delenv("PLANNER_DATA_DIR")
    assert paths.data_dir().name == "Planner"


@pytest.mark.parametrize("name", ["default", "workshop-demo", "我的", "Ana María", "a.b_c"])
def test_reasonable_names_are_accepted(name):
    assert paths.validate_profile_name(name) == name


@pytest.mark.parametrize("name", ["", "..", "../x", "a/b", "a\\b", ".hidden", " lead",
                                  "trail ", "x" * 65, "tab\tname", "nul\0"])
def test_unsafe_names_are_refused(name):
    with pytest.raises(InputError) as caught:
        paths.validate_profile_name(name)
    assert caught.value.field == "profile"


def test_names_are_normalised_so_one_name_is_one_profile():
    decomposed = "cafe\u0301"
    assert paths.validate_profile_name(decomposed) == "caf\u00e9"


def test_profiles_sit_side_by_side(tmp_path):
    a = paths.profile_dir(tmp_path, "mine")
    b = paths.profile_dir(tmp_path, "demo")
    assert a != b and a.parent == b.parent
    (a / "keysource.json").write_text("{}")
    (b / "keysource.json").write_text("{}")
    assert paths.list_profiles(tmp_path) == ["demo", "mine"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_directories_are_private_but_existing_ones_keep_their_mode(tmp_path: Path):
    tmp_path.chmod(0o755)
    directory = paths.profile_dir(tmp_path / "new", "me")
    for level in (directory, directory.parent, directory.parent.parent):
        assert stat.S_IMODE(level.stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_write_private_file_replaces_atomically(tmp_path: Path):
    target = tmp_path / "record.json"
    target.write_text("old")
    paths.write_private_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]
