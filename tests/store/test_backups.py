"""Automatic backups (one a day, seven kept), manual ones, and restoring, which keeps the
current file aside and never accepts a backup it cannot read."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.store.backups import BackupKind, list_backups
from planner.store.db import PLAIN_HEADER, open_db
from planner.store.errors import CorruptDatabase, StoreError
from planner.store.profile import Profile, open_profile, restore_profile

from .conftest import sample


def _open_on(profile_dir: Path, key: bytes, day: date) -> None:
    Profile.open(profile_dir, key, today=day).close()


def test_at_most_one_automatic_backup_a_day(profile_dir, key):
    _open_on(profile_dir, key, date(2025, 3, 1))          # creates the profile: no backup
    assert list_backups(profile_dir / "backups") == []
    for _ in range(3):
        _open_on(profile_dir, key, date(2025, 3, 2))
    _open_on(profile_dir, key, date(2025, 3, 3))
    names = [b.path.name for b in list_backups(profile_dir / "backups")]
    assert names == ["auto-2025-03-03.db", "auto-2025-03-02.db"]


def test_the_last_seven_automatic_backups_are_kept(profile_dir, key):
    _open_on(profile_dir, key, date(2025, 3, 1))
    with Profile.open(profile_dir, key, today=date(2025, 3, 1)) as profile:
        manual = profile.backup(datetime(2025, 3, 1, 9, 30))
    first = date(2025, 3, 2)
    for offset in range(10):
        _open_on(profile_dir, key, first + timedelta(days=offset))
    found = list_backups(profile_dir / "backups")
    automatic = [b.taken.date() for b in found if b.kind is BackupKind.AUTOMATIC]
    assert automatic == [first + timedelta(days=d) for d in range(9, 2, -1)]  # 11 Mar .. 5 Mar
    assert manual.path.exists()  # manual backups do not rotate


def test_backups_are_encrypted_with_the_profile_key(profile: Profile, key):
    profile.import_portfolio(sample())
    made = profile.backup(datetime(2025, 6, 1, 12, 0))
    data = made.path.read_bytes()
    assert not data.startswith(PLAIN_HEADER)
    assert "招商银行".encode() not in data and b"Li household" not in data
    with pytest.raises(CorruptDatabase):
        open_db(made.path, b"\x02" * 32, readonly=True)
    copy = open_db(made.path, key, readonly=True)
    assert copy.execute("SELECT count(*) FROM items").fetchone()[0] == 6
    copy.close()


def test_restore_brings_the_backup_back_and_keeps_the_current_file_aside(profile, key):
    profile.import_portfolio(sample())
    made = profile.backup(datetime(2025, 6, 1, 12, 0))
    profile.delete_item("car")
    profile.close()
    current = profile.path.read_bytes()
    with Profile.open(profile.directory, key, backup=False) as reopened:
        aside = reopened.restore(made.path, datetime(2025, 6, 2, 8, 0))
        assert [i.id for i in reopened.items()][0] == "car"      # open on the restored data
    assert aside is not None and aside.read_bytes() == current   # the file before the restore
    assert aside.name == "before-restore-20250602-080000.db"
    with open_db(aside, key, readonly=True) as old:
        assert old.execute("SELECT count(*) FROM items WHERE id = 'car'").fetchone()[0] == 0


def test_restore_works_when_the_current_database_is_damaged(memory_keyring, data_dir):
    with open_profile(data_dir, "me", None) as profile:
        profile.import_portfolio(sample())
        made = profile.backup(datetime(2025, 6, 1, 12, 0))
    damaged = b"\x00" * 8192
    profile.path.write_bytes(damaged)
    with pytest.raises(CorruptDatabase) as caught:
        open_profile(data_dir, "me", None)
    assert caught.value.newest_backup == made.path
    aside = restore_profile(profile.directory, "me", made.path, None)
    assert aside is not None and aside.read_bytes() == damaged
    with open_profile(data_dir, "me", None) as restored:
        assert len(restored.items()) == 6


@pytest.mark.parametrize("bad", ["wrong_key", "garbage", "missing"])
def test_a_backup_that_cannot_be_read_is_refused_and_nothing_changes(profile, bad, tmp_path):
    profile.import_portfolio(sample())
    profile.close()
    before = profile.path.read_bytes()
    candidate = tmp_path / "candidate.db"
    if bad == "wrong_key":
        other = Profile.open(tmp_path / "other", b"\x03" * 32)
        other.close()
        candidate = other.path
    elif bad == "garbage":
        candidate.write_bytes(b"not a database at all" * 500)
    with Profile.open(profile.directory, profile._key, backup=False) as reopened:
        with pytest.raises(StoreError):
            reopened.restore(candidate)
        assert len(reopened.items()) == 6
    assert profile.path.read_bytes() == before
    assert not any(b.kind is BackupKind.BEFORE_RESTORE
                   for b in list_backups(profile.directory / "backups"))
