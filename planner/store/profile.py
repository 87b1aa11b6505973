"""The ``Profile`` facade: one open, encrypted profile and every operation the command line and
the app perform on it, in core objects (``Item``, ``Household``, ``Portfolio``), never rows.

``open_profile`` is the one call both interfaces make: the key from ``planner.store.keys``, then
the database opened (created, migrated, backed up once a day). Each change is one transaction;
a read that finds a damaged page raises :class:`CorruptDatabase` naming the newest backup.
"""

from __future__ import annotations

import functools
import os
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
from planner.store import backups, comparisons, importexport, paths, payments, settings
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
    write_transaction,
)
from planner.store.errors import CorruptDatabase, NotFound, StoreError
from planner.store.importexport import ImportMode, ImportSummary
from planner.store.keys import PassphraseProvider, resolve_key
from planner.store.migrations import migrate

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

    def __init__(self, directory: Path, db: Database, key: bytes) -> None:
        self.directory = directory
        self.db = db
        self._key = key

    @classmethod
    def open(cls, directory: Path, key: bytes, *, today: date | None = None,
             backup: bool = True) -> Profile:
        """Open (or create) the database in ``directory``; migrate it, copying it aside first;
        take today's automatic backup."""
        db_path = paths.database_path(directory)
        backup_dir = paths.backup_dir(directory)
        created = not db_path.exists()
        if created:
            paths.make_private_dir(directory)
        db = _create(db_path, key, backup_dir) if created else None
        if db is None:
            try:
                db = open_db(db_path, key)
            except CorruptDatabase as error:
                newest = backups.newest_backup(backup_dir)
                raise error.with_backup(newest.path if newest else None) from None
        profile = cls(directory, db, key)
        try:
            migrate(db, db_path, lambda target: export_encrypted(db, key, target), backup_dir)
            if backup and not created:
                backups.daily_backup(db, key, backup_dir, today or date.today())
        except DatabaseError as error:
            profile.close()
            raise profile._store_error(error) from None
        except BaseException:
            profile.close()
            raise
        return profile

    @property
    def path(self) -> Path:
        return paths.database_path(self.directory)

    @property
    def backup_dir(self) -> Path:
        return paths.backup_dir(self.directory)

    def close(self) -> None:
        close_db(self.db)

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
        return importexport.import_portfolio(self.db, data, mode)

    def export_json_text(self) -> str:
        return importexport.export_json_text(self.portfolio())

    def export_items_csv(self, today: date | None = None) -> str:
        return importexport.items_csv(self.items(), today or date.today())

    def export_schedules_csv(self, today: date | None = None) -> str:
        return importexport.schedules_csv(self.items(), today or date.today())

    def export_ics(self, today: date | None = None) -> bytes:
        return importexport.due_dates_ics(self.items(), today or date.today())

    # -- backups -----------------------------------------------------------------------------

    @_guarded
    def backup(self, now: datetime | None = None) -> Backup:
        """Take a backup now (kept until deleted; only automatic ones rotate)."""
        return backups.manual_backup(self.db, self._key, self.backup_dir, now or datetime.now())

    def backups(self) -> list[Backup]:
        return backups.list_backups(self.backup_dir)

    def restore(self, backup: Path, now: datetime | None = None) -> Path | None:
        """Replace the database with ``backup``; returns where the current file was copied.
        The profile stays open, on the restored data."""
        close_db(self.db)
        try:
            return backups.restore_backup(self.path, self._key, backup, self.backup_dir,
                                          now or datetime.now())
        finally:
            self.db = open_db(self.path, self._key)
            migrate(self.db, self.path, lambda t: export_encrypted(self.db, self._key, t),
                    self.backup_dir)

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


def open_profile(data_dir: str | os.PathLike[str] | None, profile: str | None,
                 passphrase_provider: PassphraseProvider | None, *, today: date | None = None,
                 attempts: int = 1) -> Profile:
    """Open the profile named ``profile`` (default ``default``) under ``data_dir`` (default:
    ``PLANNER_DATA_DIR``, then the platform's data directory), creating it if new."""
    name = paths.validate_profile_name(profile)
    # Created only once the key is settled: a refused passphrase leaves no empty directory.
    directory = paths.profile_dir(paths.data_dir(data_dir), name, create=False)
    key = resolve_key(directory, name, passphrase_provider, attempts=attempts).key
    return Profile.open(directory, key, today=today)


def restore_profile(directory: Path, profile: str, backup: Path,
                    passphrase_provider: PassphraseProvider | None) -> Path | None:
    """Restore ``backup`` without opening the current database, which may be the damaged one."""
    key = resolve_key(directory, profile, passphrase_provider).key
    aside = backups.restore_backup(paths.database_path(directory), key, backup,
                                   paths.backup_dir(directory), datetime.now())
    Profile.open(directory, key, backup=False).close()  # migrate it now, and prove it opens
    return aside


def _checked(item: Item) -> Item:
    """``item`` as the portfolio JSON would accept it: the same checks as an import (card
    numbers, last four digits, payment dates, minor units), whoever built the object."""
    if not isinstance(item, Item):
        raise StoreError("expected a planner.core.portfolio.Item")
    return parse_item(item_to_json(item))


def _create(db_path: Path, key: bytes, backup_dir: Path) -> Database:
    """Build a new database under a temporary name and rename it into place, so a crash never
    leaves a half-made ``planner.db`` that a later open would take for a damaged one."""
    temporary = db_path.with_name(f".{db_path.name}.new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    db = open_db(temporary, key, create=True)
    try:
        migrate(db, temporary, None, backup_dir)
    finally:
        close_db(db)
    os.replace(temporary, db_path)
    return open_db(db_path, key)


__all__ = ["ImportMode", "ImportSummary", "NotFound", "Profile", "open_profile",
           "restore_profile"]
