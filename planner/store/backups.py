"""Encrypted backups beside the database: one automatic copy a day (the last 7 kept), copies
taken on request, and restoring one, which first copies the current file aside.

Names carry the time they were taken: ``auto-2025-03-01.db``, ``manual-20250301-101500.db``,
``before-restore-…``, ``before-migration-…``. Only automatic copies rotate; the others stay until
the user deletes them. Every copy is encrypted with the profile's key (``sqlcipher_export``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from planner.store.db import export_encrypted, open_db
from planner.store.errors import NewerSchema, StoreError
from planner.store.migrations import STEPS, migration_set
from planner.store.paths import make_private_dir

KEEP_AUTOMATIC = 7
_NAME = re.compile(r"^(auto|manual|before-restore|before-migration-\w+)-"
                   r"(\d{4}-\d{2}-\d{2}|\d{8}-\d{6})\.db$")


class BackupKind(StrEnum):
    AUTOMATIC = "auto"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_MIGRATION = "before-migration"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    kind: BackupKind
    taken: datetime

    @property
    def restorable_copy(self) -> bool:
        """A copy the app made on purpose (automatic or manual), not a file set aside."""
        return self.kind in (BackupKind.AUTOMATIC, BackupKind.MANUAL)


def list_backups(directory: Path) -> list[Backup]:
    """Every backup in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        label, stamp = match.groups()
        kind = BackupKind.BEFORE_MIGRATION if label.startswith("before-migration") \
            else BackupKind(label)
        taken = (datetime.strptime(stamp, "%Y-%m-%d") if "-" in stamp[:5]
                 else datetime.strptime(stamp, "%Y%m%d-%H%M%S"))
        found.append(Backup(path, kind, taken))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def newest_backup(directory: Path) -> Backup | None:
    """The newest automatic or manual backup: the one to offer when the database is damaged."""
    return next((b for b in list_backups(directory) if b.restorable_copy), None)


def daily_backup(db: Database, key: bytes, directory: Path, today: date) -> Backup | None:
    """Take today's automatic backup unless there is one, then keep only the newest 7."""
    target = directory / f"auto-{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = _take(db, key, target, BackupKind.AUTOMATIC, datetime.combine(today,
                                                                           datetime.min.time()))
    automatic = [b for b in list_backups(directory) if b.kind is BackupKind.AUTOMATIC]
    for old in automatic[KEEP_AUTOMATIC:]:
        old.path.unlink(missing_ok=True)
    return made


def manual_backup(db: Database, key: bytes, directory: Path, now: datetime) -> Backup:
    target = directory / f"manual-{now:%Y%m%d-%H%M%S}.db"
    if target.exists():
        raise StoreError(f"{target} already exists; try again in a second")
    return _take(db, key, target, BackupKind.MANUAL, now)


def _take(db: Database, key: bytes, target: Path, kind: BackupKind, taken: datetime) -> Backup:
    """Export to a hidden temporary name, then rename: a crash never leaves a half backup
    under a backup's name."""
    make_private_dir(target.parent)
    temporary = target.with_name(f".{target.name}.partial")
    temporary.unlink(missing_ok=True)
    export_encrypted(db, key, temporary)
    os.replace(temporary, target)
    return Backup(target, kind, taken)


def check_backup(path: Path, key: bytes) -> None:
    """Refuse a backup that cannot be read with ``key``, is damaged, or is newer than this code,
    without changing it."""
    db = open_db(path, key, readonly=True)
    try:
        known = {name for name, _ in STEPS}
        unknown = [m.name for m in migration_set().applied(db) if m.name not in known]
    finally:
        db.close()
    if unknown:
        raise NewerSchema(path, unknown)


def restore_backup(db_path: Path, key: bytes, backup: Path, directory: Path,
                   now: datetime) -> Path | None:
    """Put ``backup`` in place of the database at ``db_path``; every connection to it must be
    closed. The current file (and its WAL) is first copied aside as ``before-restore-…``, so a
    restore can be undone; that copy is returned (None when there was no current file).
    """
    if not backup.is_file():
        raise StoreError(f"{backup} is not a file")
    check_backup(backup, key)
    make_private_dir(directory)
    aside = None
    if db_path.exists():
        aside = directory / f"before-restore-{now:%Y%m%d-%H%M%S}.db"
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{aside}{suffix}")
                os.chmod(f"{aside}{suffix}", 0o600)
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    incoming.unlink(missing_ok=True)
    shutil.copyfile(backup, incoming)
    os.chmod(incoming, 0o600)
    with incoming.open("rb+") as file:
        os.fsync(file.fileno())
    # A stale WAL would be replayed onto the restored file and corrupt it: remove it first.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}{suffix}")
    os.replace(incoming, db_path)
    return aside

