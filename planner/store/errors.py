"""What can go wrong with a profile's database, each error naming the file concerned.

The command line prints ``str(error)`` as its one line (exit 2); the app shows the same facts in
a dialog and, for :class:`CorruptDatabase`, offers ``newest_backup``.
"""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path


class StoreError(Exception):
    """A profile's database cannot do what was asked; nothing was changed."""


class WrongKey(StoreError):
    """The key (or passphrase) given is not the one this profile's database was made with."""


class CorruptDatabase(StoreError):
    """The file cannot be read as a Planner database: damaged, truncated, not a database, or
    not encrypted. It is left exactly as it is."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None = None, *,
                 backups_looked_up: bool = False) -> None:
        self.path = path
        self.detail = detail
        self.newest_backup = newest_backup
        message = f"{path} cannot be read ({detail}); it has been left untouched"
        if newest_backup is not None:
            taken = datetime.fromtimestamp(newest_backup.stat().st_mtime)
            message += f"; the newest backup is {newest_backup} ({taken:%Y-%m-%d %H:%M})"
        elif backups_looked_up:
            message += "; there is no backup of it"
        super().__init__(message)

    def with_backup(self, newest_backup: Path | None) -> CorruptDatabase:
        """The same error, offering the profile's newest backup (None: say there is none)."""
        return CorruptDatabase(self.path, self.detail, newest_backup, backups_looked_up=True)


class MissingDatabase(CorruptDatabase):
    """The profile's key record is there but its database is not: refused, never replaced by a
    new empty one (which the daily rotation would then back up over the real backups)."""

    def __init__(self, path: Path, newest_backup: Path | None = None, *,
                 backups_looked_up: bool = True) -> None:
        self.path = path
        self.detail = "the file is missing"
        self.newest_backup = newest_backup
        message = f"{path} is missing, though its key record is there; nothing was created"
        if newest_backup is not None:
            taken = datetime.fromtimestamp(newest_backup.stat().st_mtime)
            message += f"; the newest backup is {newest_backup} ({taken:%Y-%m-%d %H:%M})"
        elif backups_looked_up:
            message += ("; there is no backup of it (to start an empty profile instead, delete "
                        f"the folder {path.parent})")
        StoreError.__init__(self, message)

    def with_backup(self, newest_backup: Path | None) -> MissingDatabase:
        return MissingDatabase(self.path, newest_backup)


class DiskFull(StoreError):
    """The disk is full: what was being written was not, and nothing was changed."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(f"the disk is full: {path} was not written and nothing was changed; "
                         "free some space and try again")


class NotWritable(StoreError):
    """A file or folder the store must write is read-only or protected (``path``)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


class ProfileBusy(StoreError):
    """Another process holds the profile in a way this request cannot share (open elsewhere,
    or being created or restored)."""


class NewerSchema(StoreError):
    """The database was written by a newer Planner; opening it here could damage it."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(f"{path} was written by a newer version of Planner (schema steps "
                         f"{', '.join(unknown)} are unknown here); update Planner to open it")


class MigrationFailed(StoreError):
    """Upgrading the database to this version's schema failed part way: the whole upgrade was
    rolled back, so the file is exactly as the older version left it."""

    def __init__(self, path: Path, step: str, detail: str, copy: Path | None = None) -> None:
        self.path = path
        self.step = step
        self.copy = copy
        message = (f"{path} could not be upgraded for this version of Planner (step {step}: "
                   f"{detail}); it was left as it was")
        if copy is not None:
            message += f", and a copy taken before the upgrade is {copy}"
        super().__init__(message)


class NotFound(StoreError):
    """No item (or comparison, or backup) by that name."""

    def __init__(self, what: str, name: str) -> None:
        self.what = what
        self.name = name
        super().__init__(f"no {what} {name!r} in this profile")


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def file_error(error: OSError, path: Path | str, doing: str = "written") -> StoreError:
    """An ``OSError`` met reading or writing ``path`` as one line naming the file and what to
    do: a full disk, a read-only or forbidden folder, a missing folder, a folder in the way."""
    if error.errno in _DISK_FULL:
        return DiskFull(path)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NotWritable(path, f"{path} cannot be {doing}: "
                                 f"{error.strerror or 'permission denied'} (a read-only or "
                                 "protected folder?); choose a folder you can write")
    if isinstance(error, IsADirectoryError):
        return StoreError(f"{path} is a folder; name a file")
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return StoreError(f"{path} cannot be {doing}: the folder "
                          f"{Path(path).parent} does not exist")
    return StoreError(f"{path} cannot be {doing}: {error.strerror or error}")
