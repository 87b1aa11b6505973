"""What can go wrong with a profile's database, each error naming the file concerned.

The command line prints ``str(error)`` as its one line (exit 2); the app shows the same facts in
a dialog and, for :class:`CorruptDatabase`, offers ``newest_backup``.
"""

from __future__ import annotations

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


class NewerSchema(StoreError):
    """The database was written by a newer Planner; opening it here could damage it."""

    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(f"{path} was written by a newer version of Planner (schema steps "
                         f"{', '.join(unknown)} are unknown here); update Planner to open it")


class NotFound(StoreError):
    """No item (or comparison, or backup) by that name."""

    def __init__(self, what: str, name: str) -> None:
        self.what = what
        self.name = name
        super().__init__(f"no {what} {name!r} in this profile")
