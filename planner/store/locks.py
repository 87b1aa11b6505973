"""Locks between processes on one profile: a lock file in the profile folder, shared or
exclusive, ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows.

``.profile.lock``: every open profile holds it shared for its lifetime; creating a profile (key
record and database), upgrading its schema and restoring a backup hold it exclusive, so a
creation or an upgrade is never raced and a restore never pulls the file from under a process
that is writing to it.
``backups/.backup.lock``: held exclusive while a backup is taken, so the first open of the day
in several processes takes one backup, not several fighting over a file.

Windows has no shared lock in ``msvcrt``: there a shared holder locks one byte of a range of
:data:`_SLOTS` bytes (the first free one) and an exclusive holder locks the whole range.
A lock file is never deleted except by a failed creation that holds it exclusive (to leave no
empty folder behind); whoever then holds a lock on the deleted file notices and tries again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from enum import Enum
from pathlib import Path

from planner.store.errors import ProfileBusy

PROFILE_LOCK_NAME = ".profile.lock"
BACKUP_LOCK_NAME = ".backup.lock"
#: How long an open waits for a creation or a restore in another process to finish.
WAIT_SECONDS = 60.0
#: How often a waiting process tries the lock again.
POLL_SECONDS = 0.02
_SLOTS = 64  # Windows: up to this many processes may hold one profile open at once


class Mode(Enum):
    SHARED = "shared"
    EXCLUSIVE = "exclusive"


class FileLock:
    """A lock on one lock file, held in :class:`Mode` ``SHARED`` or ``EXCLUSIVE``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.mode: Mode | None = None
        self._fd: int | None = None
        self._slot: int | None = None  # Windows, shared: the byte held

    @property
    def held(self) -> bool:
        return self.mode is not None

    def acquire(self, mode: Mode, *, wait: float = WAIT_SECONDS) -> bool:
        """Take the lock in ``mode``, waiting up to ``wait`` seconds (0: do not wait); False
        when it could not be had in time. Creates the lock file if need be."""
        deadline = time.monotonic() + wait
        while True:
            if self._fd is None:
                self._open()
            if self._try(mode):
                if self._still_linked():
                    self.mode = mode
                    return True
                self._close()  # a failed creation deleted the file under us: start again
                continue
            if time.monotonic() >= deadline:
                if self.mode is None:
                    self._close()
                return False
            time.sleep(POLL_SECONDS)

    def change(self, mode: Mode, *, wait: float = 0.0) -> bool:
        """Turn a held lock into ``mode``. A refused change leaves the lock as it was (it may
        have been let go and taken again in between: the flock conversion is not atomic)."""
        if self.mode is mode:
            return True
        previous = self.mode
        if os.name == "nt":
            # msvcrt converts nothing, and a byte range held blocks its own holder too: the
            # held bytes are let go first (the flock conversion is not atomic either)
            self._unlock()
        if self.acquire(mode, wait=wait):
            return True
        if previous is not None and not self.acquire(previous, wait=WAIT_SECONDS):
            raise ProfileBusy(f"{self.path} could not be locked again; close Planner and "
                              "try again")
        return False

    def release(self) -> None:
        if self._fd is None:
            return
        self._unlock()
        self._close()

    def remove(self) -> None:
        """Delete the lock file (held exclusive) and let go of it: on POSIX while still held,
        on Windows just after (Windows refuses to delete a file that is open)."""
        exclusive = self.mode is Mode.EXCLUSIVE
        if os.name == "nt":
            self.release()
        if exclusive:
            with contextlib.suppress(FileNotFoundError, PermissionError):
                os.unlink(self.path)
        self.release()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- the file and the OS call ------------------------------------------------------------

    def _open(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        try:
            self._fd = os.open(self.path, flags, 0o600)
        except PermissionError:
            # A read-only profile folder whose lock file exists still locks for reading.
            self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        if os.name == "nt":  # the range must exist before bytes of it can be locked
            with contextlib.suppress(OSError):
                if os.fstat(self._fd).st_size < _SLOTS + 1:
                    os.write(self._fd, b"\0" * (_SLOTS + 1))

    def _close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd = None
        self.mode = None
        self._slot = None

    def _still_linked(self) -> bool:
        try:
            here = os.stat(self.path)
        except FileNotFoundError:
            return False
        held = os.fstat(self._fd)
        return (here.st_ino, here.st_dev) == (held.st_ino, held.st_dev) or os.name == "nt"

    def _try(self, mode: Mode) -> bool:
        if os.name == "nt":
            return self._try_windows(mode)
        import fcntl

        operation = fcntl.LOCK_SH if mode is Mode.SHARED else fcntl.LOCK_EX
        try:
            fcntl.flock(self._fd, operation | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return False
            raise
        return True

    def _try_windows(self, mode: Mode) -> bool:
        if mode is Mode.EXCLUSIVE:
            if _lock_range(self._fd, 1, _SLOTS):
                return True
            return False
        if self._slot is not None:
            return True
        for slot in range(1, _SLOTS + 1):
            if _lock_range(self._fd, slot, 1):
                self._slot = slot
                return True
        return False

    def _unlock(self) -> None:
        if self.mode is None or self._fd is None:
            return
        if os.name == "nt":
            if self.mode is Mode.EXCLUSIVE:
                _unlock_range(self._fd, 1, _SLOTS)
            elif self._slot is not None:
                _unlock_range(self._fd, self._slot, 1)
            self._slot = None
        else:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self.mode = None


def _lock_range(fd: int, start: int, length: int) -> bool:
    import msvcrt  # Windows only

    os.lseek(fd, start, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
    except OSError:
        return False
    return True


def _unlock_range(fd: int, start: int, length: int) -> None:
    import msvcrt  # Windows only

    os.lseek(fd, start, os.SEEK_SET)
    with contextlib.suppress(OSError):
        msvcrt.locking(fd, msvcrt.LK_UNLCK, length)


def profile_lock(directory: Path) -> FileLock:
    return FileLock(directory / PROFILE_LOCK_NAME)


def backup_lock(backup_directory: Path) -> FileLock:
    return FileLock(backup_directory / BACKUP_LOCK_NAME)
