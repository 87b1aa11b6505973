"""``open_db``: encrypted, checked before use, never writing to a file it cannot read."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from planner.store.db import PLAIN_HEADER, open_db
from planner.store.errors import CorruptDatabase
from planner.store.profile import Profile


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_encrypted_strict_wal_with_foreign_keys(profile: Profile):
    db = profile.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    strict = db.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                        "name NOT LIKE 'sqlite_%' AND strict = 0").fetchall()
    assert strict == []
    assert not profile.path.read_bytes().startswith(PLAIN_HEADER)
    with pytest.raises(sqlite3.DatabaseError):  # the stock sqlite3 cannot read it
        sqlite3.connect(profile.path).execute("SELECT * FROM sqlite_master").fetchall()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_private_to_the_owner(profile: Profile):
    profile.import_portfolio({"format": "planner-portfolio", "version": 1, "items": []})
    profile.backup()
    for path in [profile.path, *profile.backup_dir.iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(profile.backup_dir.stat().st_mode) == 0o700


def test_wrong_key_is_refused_and_the_file_untouched(profile: Profile, profile_dir: Path):
    profile.close()
    before = _digest(profile.path)
    with pytest.raises(CorruptDatabase) as caught:
        open_db(profile.path, b"\x01" * 32)
    assert str(profile.path) in str(caught.value)
    assert _digest(profile.path) == before


@pytest.mark.parametrize("damage", ["truncate", "truncate_mid_page", "scribble", "empty",
                                    "random", "plain_sqlite"])
def test_an_unreadable_file_names_itself_and_the_newest_backup(damage, profile_dir, key):
    opened = Profile.open(profile_dir, key)
    opened.import_portfolio({"format": "planner-portfolio", "version": 1, "items": [
        {"id": f"i{n}", "name": "loan " * 40, "kind": "loan", "principal": "1000",
         "start": "2025-01-01", "term": 12, "rate": {"annual": "0.1"}} for n in range(200)]})
    newest = opened.backup()
    opened.close()
    path = opened.path
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    damaged = {"truncate": data[: len(data) - 3 * 4096],
               "truncate_mid_page": data[: len(data) - 1000],
               "scribble": data[:5 * 4096 + 100] + b"\x00" * 64 + data[5 * 4096 + 164:],
               "empty": b"",
               "random": os.urandom(len(data)),
               "plain_sqlite": PLAIN_HEADER + data[16:]}[damage]
    path.write_bytes(damaged)
    with pytest.raises(CorruptDatabase) as caught:
        Profile.open(profile_dir, key)
    message = str(caught.value)
    assert str(path) in message and str(newest.path) in message
    assert caught.value.newest_backup == newest.path
    assert path.read_bytes() == damaged  # never overwritten, not even its header


def test_create_refuses_an_existing_file(tmp_path: Path):
    path = tmp_path / "x.db"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        open_db(path, b"\x00" * 32, create=True)
    assert path.read_bytes() == b"keep me"
