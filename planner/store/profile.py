"""The ``Profile`` facade: one open, encrypted profile and every operation the command line and
the app perform on it, in core objects (``Item``, ``Household``, ``Portfolio``), never rows.

``open_profile`` is the one call both interfaces make: the key from ``planner.store.keys``, then
the database opened (created, migrated, backed up once a day). Each change is one transaction;
a read that finds a damaged page raises :class:`CorruptDatabase` naming the newest backup.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from planner.core.errors import InputError
from planner.core.portfolio import (
    Household,
    Item,
    Portfolio,
    Status,
    household_to_json,
    item_to_json,
    parse_household,
    parse_item,
)
from planner.core.schedule import PrepaymentMode
from planner.core.tracking import Position, check_payment, track
from planner.store import backups, comparisons, importexport, locks, paths, payments, settings
from planner.store import household as household_rows
from planner.store import items as item_rows
from planner.store.backups import Backup
from planner.store.comparisons import SavedComparison, SavedOffer
from planner.store.db import (
    DatabaseError,
    as_store_error,
    close_db,
    export_encrypted,
    open_db,
    record_wal_owner,
    stale_wal,
    write_transaction,
)
from planner.store.errors import (
    CorruptDatabase,
    MissingDatabase,
    NotFound,
    ProfileBusy,
    StoreError,
    file_error,
)
from planner.store.importexport import ImportMode, ImportSummary
from planner.store.keys import (
    PassphraseProvider,
    PassphraseRequest,
    ask_new_passphrase,
    existing_key,
    keyring_usable,
    missing_record,
    new_key,
    write_key_record,
)
from planner.store.locks import FileLock, Mode
from planner.store.migrations import migrate, pending_steps

_T = TypeVar("_T")


def _guarded(method: Callable[..., _T]) -> Callable[..., _T]:
    """A damaged page met mid-session becomes :class:`CorruptDatabase`, not a traceback."""
    @functools.wraps(method)
    def wrapper(self: Profile, *args: Any, **kwargs: Any) -> _T:
        try:
            return method(self, *args, **kwargs)
        except DatabaseError as error:
            raise self._store_error(error) from None
    return wrapper


class Profile:
    """An open profile. Use as a context manager, or call :meth:`close`."""

    def __init__(self, directory: Path, db: Database, key: bytes,
                 lock: FileLock | None = None) -> None:
        self.directory = directory
        self.db = db
        self._key = key
        self._lock = lock
        #: Why today's automatic backup could not be taken, or None: :class:`DiskFull`,
        #: :class:`NotWritable` (a read-only folder) or another :class:`StoreError`. Opening
        #: never fails for it (reads must work on a full disk); the command line warns on
        #: stderr and the app shows a banner (``planner.ui.notices``).
        self.backup_failure: StoreError | None = None

    @classmethod
    def open(cls, directory: Path, key: bytes, *, today: date | None = None,
             backup: bool = True, create: bool | None = None,
             lock: FileLock | None = None) -> Profile:
        """Open the database in ``directory``, holding the profile's lock shared for as long as
        it is open; migrate it, copying it aside first; take today's automatic backup.

        A missing database is created only for a new profile: ``create`` True, or None (the
        default) and no key record in ``directory``. A profile whose key record exists but
        whose database is gone is refused (:class:`MissingDatabase`, offering the newest
        backup), and a WAL left beside it is kept aside, never replayed onto another file."""
        own_lock = lock is None
        if lock is None:
            paths.make_private_dir(directory)
            lock = locks.profile_lock(directory)
            if not lock.acquire(Mode.SHARED):
                raise _busy(directory)
        try:
            return cls._open_locked(directory, key, lock, today=today, backup=backup,
                                    create=create)
        except BaseException:
            if own_lock:
                lock.release()
            raise

    @classmethod
    def _open_locked(cls, directory: Path, key: bytes, lock: FileLock, *, today: date | None,
                     backup: bool, create: bool | None) -> Profile:
        db_path = paths.database_path(directory)
        backup_dir = paths.backup_dir(directory)
        if create is None:
            create = not paths.key_record_path(directory).exists()
        created = False
        if not db_path.exists():
            _finish_interrupted_creation(db_path, key)
        if not db_path.exists():
            if not create:
                _keep_stale_wal_aside(db_path, backup_dir, lock)
                newest = backups.newest_backup(backup_dir)
                raise MissingDatabase(db_path, newest.path if newest else None)
            if not lock.change(Mode.EXCLUSIVE, wait=locks.WAIT_SECONDS):
                raise _busy(directory)
            try:
                if not db_path.exists():
                    _keep_stale_wal_aside(db_path, backup_dir, lock)
                    _build(db_path, key, backup_dir)
                    created = True
            finally:
                lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)
        elif stale_wal(db_path) is not None:
            _keep_stale_wal_aside(db_path, backup_dir, lock)
        try:
            db = open_db(db_path, key)
        except CorruptDatabase as error:
            newest = backups.newest_backup(backup_dir)
            raise error.with_backup(newest.path if newest else None) from None
        record_wal_owner(db_path)
        profile = cls(directory, db, key, lock)
        try:
            profile._upgrade()
        except DatabaseError as error:
            profile.close()
            raise profile._store_error(error) from None
        except OSError as error:
            profile.close()
            raise file_error(error, backup_dir) from None
        except BaseException:
            profile.close()
            raise
        if backup and not created:
            profile._daily_backup(today or date.today())
        return profile

    def _daily_backup(self, today: date) -> None:
        """Today's automatic backup; a failure (a full disk, a read-only folder) is noted in
        :attr:`backup_failure`, never raised: the profile must still open for reading."""
        try:
            backups.daily_backup(self.db, self._key, self.backup_dir, today,
                                 paths.key_record_path(self.directory))
        except OSError as error:
            self.backup_failure = file_error(error, self.backup_dir)
        except DatabaseError as error:
            self.backup_failure = as_store_error(error, self.backup_dir)
        except StoreError as error:
            self.backup_failure = error

    @property
    def backup_problem(self) -> str | None:
        """:attr:`backup_failure` in one line (None: today's backup is there)."""
        return None if self.backup_failure is None else str(self.backup_failure)

    def _upgrade(self) -> None:
        """Bring the schema up to date, once for all processes: under the profile's exclusive
        lock, after a copy of the database (:func:`planner.store.migrations.migrate`). A process
        that finds another upgrading waits, then reads the upgraded file; one that cannot have
        the lock in time (an older Planner keeps the profile open) is refused, nothing changed.
        """
        if not pending_steps(self.db, self.path):
            return
        lock = self._lock
        if lock is None or lock.mode is Mode.EXCLUSIVE:
            self._migrate()
            return
        if _lock_to_upgrade(self, lock) is Mode.SHARED:
            return  # another process upgraded it meanwhile
        try:
            self._migrate()
        finally:
            lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)

    def _migrate(self) -> None:
        migrate(self.db, self.path, lambda target: export_encrypted(self.db, self._key, target),
                self.backup_dir)

    def _reopen(self) -> None:
        """A new connection to the file now at :attr:`path` (a restore replaced the file)."""
        close_db(self.db)
        self.db = open_db(self.path, self._key)
        record_wal_owner(self.path)

    @property
    def path(self) -> Path:
        return paths.database_path(self.directory)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.directory)

    def close(self) -> None:
        close_db(self.db)
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- household ---------------------------------------------------------------------------

    @_guarded
    def household(self) -> Household:
        return household_rows.get_household(self.db)

    @_guarded
    def set_household(self, household: Household) -> None:
        checked = parse_household(household_to_json(household))
        with write_transaction(self.db):
            household_rows.set_household(self.db, checked)

    # -- items -------------------------------------------------------------------------------

    @_guarded
    def items(self) -> list[Item]:
        return item_rows.list_items(self.db)

    @_guarded
    def item(self, item_id: str) -> Item:
        return item_rows.get_item(self.db, item_id)

    @_guarded
    def add_item(self, item: Item) -> Item:
        """Add ``item`` at the end of the list; its id must be new (see :meth:`new_item_id`)."""
        checked = _checked(item)
        with write_transaction(self.db):
            if item_rows.exists(self.db, checked.id):
                raise InputError("id", f"{checked.id!r} is already used by another item")
            item_rows.insert_item(self.db, checked, item_rows.next_position(self.db))
        return self.item(checked.id)

    @_guarded
    def update_item(self, item: Item) -> Item:
        """Replace the item with the same id (its payments are the ones ``item`` carries)."""
        checked = _checked(item)
        with write_transaction(self.db):
            item_rows.replace_item(self.db, checked)
        return self.item(checked.id)

    @_guarded
    def save_item(self, item: Item) -> Item:
        """Add ``item``, or replace the item with its id: what an edit form's OK button does."""
        checked = _checked(item)
        with write_transaction(self.db):
            if item_rows.exists(self.db, checked.id):
                item_rows.replace_item(self.db, checked)
            else:
                item_rows.insert_item(self.db, checked, item_rows.next_position(self.db))
        return self.item(checked.id)

    @_guarded
    def delete_item(self, item_id: str) -> None:
        with write_transaction(self.db):
            item_rows.delete_item(self.db, item_id)

    @_guarded
    def new_item_id(self, prefix: str = "item") -> str:
        taken = set(item_rows.item_ids(self.db))
        number = len(taken) + 1
        while f"{prefix}-{number}" in taken:
            number += 1
        return f"{prefix}-{number}"

    @_guarded
    def record_payment(self, item_id: str, paid_on: date, amount: Decimal | str) -> Item:
        """Record money paid towards an item. More than everything owed that day is refused
        (:class:`~planner.core.tracking.Overpayment`, naming the payoff amount); a payment
        that pays the item off marks it paid off, in the same transaction."""
        with write_transaction(self.db):
            item = item_rows.get_item(self.db, item_id)
            payment = payments.checked_payment(paid_on, amount, item.product.currency,
                                               item.product.start)
            after = check_payment(item, payment.date, payment.amount)
            payments.record_payment(self.db, item_id, payment.date, payment.amount)
            if after.settled and item.status is Status.ACTIVE:
                item_rows.set_status(self.db, item_id, Status.PAID_OFF)
        return self.item(item_id)

    @_guarded
    def delete_payment(self, item_id: str, paid_on: date, amount: Decimal) -> Item:
        """Remove a payment (undoing one typed by mistake); an item that the payments had
        paid off and no longer do is active again (one marked paid off by hand stays so)."""
        with write_transaction(self.db):
            today = date.today()
            before = item_rows.get_item(self.db, item_id)
            payments.delete_payment(self.db, item_id, paid_on, amount)
            after = item_rows.get_item(self.db, item_id)
            if after.status is Status.PAID_OFF and track(before, today).settled \
                    and not track(after, today).settled:
                item_rows.set_status(self.db, item_id, Status.ACTIVE)
        return self.item(item_id)

    @_guarded
    def set_status(self, item_id: str, status: Status | str) -> Item:
        try:
            status = Status(status)
        except ValueError:
            raise InputError("status", "must be one of "
                             + ", ".join(s.value for s in Status)) from None
        with write_transaction(self.db):
            item_rows.set_status(self.db, item_id, status)
        return self.item(item_id)

    def position(self, item_id: str, today: date | None = None,
                 mode: PrepaymentMode | None = None) -> Position:
        """Where the item stands from the money actually paid (``planner.core.tracking``)."""
        return track(self.item(item_id), today or date.today(), mode)

    # -- comparisons and settings ------------------------------------------------------------

    @_guarded
    def comparisons(self) -> list[SavedComparison]:
        return comparisons.list_comparisons(self.db)

    @_guarded
    def comparison(self, name: str) -> SavedComparison:
        return comparisons.get_comparison(self.db, name)

    @_guarded
    def save_comparison(self, name: str, offers: Sequence[SavedOffer]) -> SavedComparison:
        with write_transaction(self.db):
            comparisons.save_comparison(self.db, name, offers)
        return self.comparison(name.strip())

    @_guarded
    def delete_comparison(self, name: str) -> None:
        with write_transaction(self.db):
            comparisons.delete_comparison(self.db, name)

    @_guarded
    def setting(self, key: str, default: Any = None) -> Any:
        return settings.get_setting(self.db, key, default)

    @_guarded
    def settings(self) -> dict[str, Any]:
        return settings.all_settings(self.db)

    @_guarded
    def set_setting(self, key: str, value: Any) -> None:
        with write_transaction(self.db):
            settings.set_setting(self.db, key, value)

    # -- import and export -------------------------------------------------------------------

    @_guarded
    def portfolio(self) -> Portfolio:
        return importexport.read_portfolio(self.db)

    @_guarded
    def import_portfolio(self, data: object, mode: ImportMode = ImportMode.MERGE
                         ) -> ImportSummary:
        """Import a portfolio file's ``data``: the one rule of
        :func:`planner.store.importexport.merge` (items merged by id, no recorded
        payment dropped, the profile's own household kept), all of it or none of it."""
        return importexport.import_portfolio(self.db, data, mode)

    @_guarded
    def undo_import(self, summary: ImportSummary) -> None:
        """Put back what the import ``summary`` tells of changed (the app's Undo)."""
        importexport.undo_import(self.db, summary)

    def export_json_text(self) -> str:
        return importexport.export_json_text(self.portfolio())

    def export_items_csv(self, today: date | None = None) -> str:
        return importexport.items_csv(self.items(), today or date.today())

    def export_schedules_csv(self, today: date | None = None) -> str:
        return importexport.schedules_csv(self.items(), today or date.today())

    def export_ics(self, today: date | None = None,
                   remind_days: Sequence[int] | None = None) -> bytes:
        """The due dates as iCalendar, with alarms ``remind_days`` before each (default: the
        days chosen in Settings, else :data:`planner.core.reminders.DEFAULT_DAYS`)."""
        days = self.reminder_days() if remind_days is None else remind_days
        return importexport.due_dates_ics(self.items(), today or date.today(), remind_days=days)

    def reminder_days(self) -> tuple[int, ...]:
        """The days before a due date to be reminded, as chosen in Settings."""
        from planner.core import reminders

        saved = self.setting("reminder_days")
        return reminders.DEFAULT_DAYS if saved is None else \
            reminders.parse_days(saved, "reminder_days")

    # -- backups -----------------------------------------------------------------------------

    @_guarded
    def backup(self, now: datetime | None = None) -> Backup:
        """Take a backup now (kept until deleted; only automatic ones rotate)."""
        try:
            return backups.manual_backup(self.db, self._key, self.backup_dir,
                                         now or datetime.now(),
                                         paths.key_record_path(self.directory))
        except OSError as error:
            raise file_error(error, self.backup_dir) from None
        except DatabaseError as error:  # SQLCipher's export, on a full disk say
            raise StoreError(f"the backup could not be written to {self.backup_dir}: "
                             f"{error}") from None

    def backups(self) -> list[Backup]:
        return backups.list_backups(self.backup_dir)

    def restore(self, backup: Path, now: datetime | None = None) -> Path | None:
        """Replace the database with ``backup``; returns where the current file was copied.
        The profile stays open, on the restored data. Refused (:class:`ProfileBusy`) while
        another process has the profile open: its later writes would be lost."""
        lock = self._lock
        if lock is not None and not lock.change(Mode.EXCLUSIVE, wait=0):
            raise _busy_elsewhere(self.directory)
        close_db(self.db)
        try:
            return backups.restore_backup(self.path, self._key, backup, self.backup_dir,
                                          now or datetime.now(),
                                          paths.key_record_path(self.directory))
        finally:
            try:
                self.db = open_db(self.path, self._key)
                self._migrate()  # under the exclusive lock
            finally:
                if lock is not None:
                    lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)

    def _store_error(self, error: DatabaseError) -> StoreError:
        """A SQLite failure as the store reports it; damage offers the newest backup."""
        failure = as_store_error(error, self.path)
        if isinstance(failure, CorruptDatabase):
            newest = backups.newest_backup(self.backup_dir)
            return failure.with_backup(newest.path if newest else None)
        return failure

    # -- statements (issue 11) ---------------------------------------------------------------

    @_guarded
    def imported_statement_keys(self, keys: Sequence[str]) -> dict[str, str]:
        """Of ``keys`` (:func:`planner.core.statement.row_keys`), those an earlier statement
        import recorded and whose payment is still on its item: key -> item id."""
        from planner.store.statements import imported

        return imported.live_keys(self.db, keys)

    @_guarded
    def record_statement_payments(self, name: str, source: str,
                                  entries: Sequence[Any]) -> int:
        """Record statement rows as payments, all in ONE transaction, each through
        :meth:`record_payment` (so balances, overdue and cards replay as for a payment typed
        in), with the row's key kept so the same row is never recorded twice. ``entries`` are
        :class:`planner.store.statements.imported.ImportedPayment`. A row the store refuses
        refuses the whole import, naming ``name`` and the row's line."""
        from planner.store.statements import imported

        with write_transaction(self.db):
            for entry in entries:
                try:
                    item = self.record_payment(entry.item_id, entry.date, entry.amount)
                except (InputError, StoreError) as error:
                    where = f"{name}, line {entry.line}" if entry.line else name
                    raise InputError(where, f"{entry.item_id}: {error}") from None
                imported.remember(self.db, source, entry, item.product.currency)
        return len(entries)

    @_guarded
    def forget_statement_keys(self, keys: Sequence[str]) -> int:
        """Forget that these rows were imported (the undo of an import in the app)."""
        from planner.store.statements import imported

        with write_transaction(self.db):
            return imported.forget(self.db, keys)

    @_guarded
    def remember_statement_keys(self, source: str, entries: Sequence[Any]) -> None:
        """Keep the keys of statement rows whose payments the caller has saved with their
        items (the app records them as item edits, one undo step)."""
        from planner.store.statements import imported

        with write_transaction(self.db):
            for entry in entries:
                currency = item_rows.get_item(self.db, entry.item_id).product.currency
                imported.remember(self.db, source, entry, currency)


def open_profile(data_dir: str | os.PathLike[str] | None, profile: str | None,
                 passphrase_provider: PassphraseProvider | None, *, today: date | None = None,
                 attempts: int = 1) -> Profile:
    """Open the profile named ``profile`` (default ``default``) under ``data_dir`` (default:
    ``PLANNER_DATA_DIR``, then the platform's data directory), creating it if new.

    A new profile is made under the profile's exclusive lock, its database first and its key
    record last, so two processes creating it at once make one profile: the second waits,
    then opens what the first made (with the passphrase it was given)."""
    name = paths.validate_profile_name(profile)
    root = paths.data_dir(data_dir)
    paths.check_data_dir(root)
    # Created only once the key is settled: a refused passphrase leaves no empty directory.
    directory = paths.profile_dir(root, name, create=False)
    record_path = paths.key_record_path(directory)
    deadline = time.monotonic() + locks.WAIT_SECONDS
    while True:
        if record_path.exists():
            lock = _shared_lock(directory)
            if not record_path.exists():  # a failed creation elsewhere: start again
                lock.release()
                continue
            try:
                key = existing_key(record_path, name, passphrase_provider,
                                   attempts=attempts).key
                return Profile.open(directory, key, today=today, create=False, lock=lock)
            except BaseException:
                lock.release()
                raise
        if paths.database_path(directory).exists():
            raise missing_record(directory)
        phrase = None if keyring_usable() else ask_new_passphrase(name, passphrase_provider)
        try:
            made = paths.make_private_dir(directory)
        except OSError as error:
            raise file_error(error, directory, "created") from None
        lock = locks.profile_lock(directory)
        try:
            got = _lock_to_create(lock, record_path, deadline)
        except OSError as error:
            paths.remove_empty_dirs(made)
            raise file_error(error, lock.path, "created") from None
        if got is Mode.SHARED:  # another process made it meanwhile: open what it made
            lock.release()
            passphrase_provider = _answering_first(passphrase_provider, phrase)
            continue
        return _create_profile(directory, name, passphrase_provider, phrase, lock, made,
                               today=today)


def _lock_to_create(lock: FileLock, record_path: Path, deadline: float) -> Mode:
    """The exclusive lock to create the profile (EXCLUSIVE), or, when another process holds it
    and has made the key record meanwhile, the shared lock to open it (SHARED)."""
    while True:
        if lock.acquire(Mode.EXCLUSIVE, wait=0):
            return Mode.SHARED if record_path.exists() else Mode.EXCLUSIVE
        if lock.acquire(Mode.SHARED, wait=0):
            if record_path.exists():
                return Mode.SHARED
            lock.release()
        if time.monotonic() > deadline:
            raise _busy(record_path.parent)
        time.sleep(0.02)


def _create_profile(directory: Path, name: str, provider: PassphraseProvider | None,
                    phrase: str | None, lock: FileLock, made: list[Path], *,
                    today: date | None) -> Profile:
    """Make the profile under the exclusive ``lock``: the key, the database (built under a
    temporary name), then the key record, then the database renamed into place. Killed before
    the record, nothing is there; after it, the next open finishes the rename."""
    db_path = paths.database_path(directory)
    record_path = paths.key_record_path(directory)
    try:
        new = new_key(name, provider, phrase)
        _build(db_path, new.key, paths.backup_dir(directory), rename=False)
        write_key_record(record_path, new)
    except BaseException as error:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{_building(db_path)}{suffix}")
        lock.remove()
        paths.remove_empty_dirs(made)
        if isinstance(error, OSError):
            raise file_error(error, directory, "created") from None
        raise
    try:
        try:
            _finish_interrupted_creation(db_path, new.key)
        finally:
            lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)
        # no backup of a profile just made: it holds nothing yet
        return Profile.open(directory, new.key, today=today, create=False, lock=lock,
                            backup=False)
    except BaseException:
        lock.release()
        raise


def _lock_to_upgrade(profile: Profile, lock: FileLock) -> Mode:
    """The profile's lock EXCLUSIVE, to upgrade its schema; or SHARED, once another process has
    upgraded it meanwhile (then there is nothing left to do). The shared lock is let go while
    waiting: two openers each holding it shared while asking for it exclusive would wait for
    each other for ever."""
    identity = _identity(profile.path)
    lock.release()
    deadline = time.monotonic() + locks.WAIT_SECONDS
    while True:
        got = (Mode.EXCLUSIVE if lock.acquire(Mode.EXCLUSIVE, wait=0)
               else Mode.SHARED if lock.acquire(Mode.SHARED, wait=0) else None)
        if got is not None:
            if _identity(profile.path) != identity:  # restored meanwhile: read what is there
                profile._reopen()
                identity = _identity(profile.path)
            if got is Mode.EXCLUSIVE or not pending_steps(profile.db, profile.path):
                return got
            lock.release()
        if time.monotonic() > deadline:
            raise ProfileBusy(f"profile {profile.directory.name!r} must be upgraded for this "
                              "version of Planner, and another Planner process has it open; "
                              "close it there, then try again")
        time.sleep(locks.POLL_SECONDS * (1 + random.random()))  # no two openers in step


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _shared_lock(directory: Path) -> FileLock:
    lock = locks.profile_lock(directory)
    try:
        if not lock.acquire(Mode.SHARED):
            raise _busy(directory)
    except OSError as error:
        raise file_error(error, lock.path, "opened") from None
    return lock


def _answering_first(provider: PassphraseProvider | None,
                     phrase: str | None) -> PassphraseProvider | None:
    """``provider``, except that the first request is answered with ``phrase`` (already typed
    to create the profile another process created first)."""
    if phrase is None:
        return provider
    asked = []

    def answer(request: PassphraseRequest) -> str | None:
        if not asked and not request.retry:
            asked.append(True)
            return phrase
        return provider(request) if provider else None
    return answer


def restore_profile(directory: Path, profile: str, backup: Path,
                    passphrase_provider: PassphraseProvider | None) -> Path | None:
    """Restore ``backup`` without opening the current database, which may be the damaged (or
    missing) one. Takes the profile's exclusive lock: refused while another process has the
    profile open. A key record missing from the profile is brought back from beside the
    backup."""
    lock = locks.profile_lock(directory)
    try:
        free = lock.acquire(Mode.EXCLUSIVE, wait=0)
    except OSError as error:
        raise file_error(error, lock.path, "opened") from None
    if not free:
        raise _busy_elsewhere(directory)
    try:
        record_path = paths.key_record_path(directory)
        brought_back = False
        if not record_path.exists():
            kept = backups.key_record_copy(backup)
            if not kept.exists():
                raise missing_record(directory)
            paths.copy_private_file(kept, record_path)
            brought_back = True
        try:
            key = existing_key(record_path, profile, passphrase_provider).key
            aside = backups.restore_backup(paths.database_path(directory), key, backup,
                                           paths.backup_dir(directory), datetime.now(),
                                           record_path)
        except BaseException:
            if brought_back:
                record_path.unlink(missing_ok=True)
            raise
        lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)
        # migrate it now, and prove it opens
        Profile.open(directory, key, backup=False, create=False, lock=lock).close()
        return aside
    except OSError as error:
        raise file_error(error, directory) from None
    finally:
        lock.release()


def _busy(directory: Path) -> ProfileBusy:
    return ProfileBusy(f"profile {directory.name!r} is busy (being created or restored by "
                       "another Planner process); try again in a moment")


def _busy_elsewhere(directory: Path) -> ProfileBusy:
    return ProfileBusy(f"profile {directory.name!r} is open in another Planner window or "
                       "command; close it there, then restore")


def _building(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.new")


def _build(db_path: Path, key: bytes, backup_dir: Path, *, rename: bool = True) -> None:
    """Build a new database under a temporary name (and rename it into place), so a crash
    never leaves a half-made ``planner.db`` that a later open would take for a damaged one."""
    temporary = _building(db_path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    try:
        db = open_db(temporary, key, create=True)
        try:
            migrate(db, temporary, None, backup_dir)
        finally:
            close_db(db)
        paths.fsync_file(temporary)
    except DatabaseError as error:
        temporary.unlink(missing_ok=True)
        raise as_store_error(error, db_path) from None
    if rename:
        _finish_interrupted_creation(db_path, key)


def _finish_interrupted_creation(db_path: Path, key: bytes) -> None:
    """Rename a database built for a new profile into place (a creation killed between its
    key record and this rename is finished by the next open)."""
    temporary = _building(db_path)
    if db_path.exists() or not temporary.exists():
        return
    try:
        close_db(open_db(temporary, key))
    except StoreError:
        return  # not a finished build: left alone, and the profile refused as missing
    with contextlib.suppress(FileNotFoundError):  # another process finished it first
        os.replace(temporary, db_path)
        paths.fsync_dir(db_path.parent)
    record_wal_owner(db_path)


def _keep_stale_wal_aside(db_path: Path, backup_dir: Path, lock: FileLock) -> None:
    """Move a WAL that does not belong to the database beside it into ``backups/`` as
    ``stale-wal-…``: never replayed onto another file, never deleted."""
    wal = stale_wal(db_path)
    if wal is None:
        return
    exclusive = lock.mode is Mode.EXCLUSIVE or lock.change(Mode.EXCLUSIVE, wait=0)
    try:
        if not exclusive or stale_wal(db_path) is None:
            return
        paths.make_private_dir(backup_dir)
        target = backup_dir / f"stale-wal-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.db-wal"
        os.replace(wal, target)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{db_path}-shm")
    except OSError as error:
        raise file_error(error, wal, "moved aside") from None
    finally:
        if exclusive and lock.mode is Mode.EXCLUSIVE:
            lock.change(Mode.SHARED, wait=locks.WAIT_SECONDS)


def _checked(item: Item) -> Item:
    """``item`` as the portfolio JSON would accept it: the same checks as an import (card
    numbers, last four digits, payment dates, minor units), whoever built the object."""
    if not isinstance(item, Item):
        raise StoreError("expected a planner.core.portfolio.Item")
    return parse_item(item_to_json(item), lpr=item.product.lpr)


__all__ = ["ImportMode", "ImportSummary", "NotFound", "Profile", "open_profile",
           "restore_profile"]
