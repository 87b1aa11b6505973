"""Schema migrations: the checked-in database written by the first schema is migrated forward
with every row intact; a pending step copies the file first; a newer database is refused."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from planner.store.db import close_db, export_encrypted, open_db
from planner.store.errors import MigrationFailed, NewerSchema
from planner.store.migrations import STEPS, migrate, schema_version
from planner.store.profile import Profile

FIXTURES = Path(__file__).parent / "fixtures"
#: The key schema_v1.db was made with (see fixtures/make_schema_v1.py): bytes 0x00 .. 0x1f.
V1_KEY = bytes(range(32))


@pytest.fixture
def v1_profile(tmp_path: Path) -> Path:
    directory = tmp_path / "v1"
    directory.mkdir()
    shutil.copyfile(FIXTURES / "schema_v1.db", directory / "planner.db")
    return directory


def _rows(profile: Profile, table: str) -> list[list]:
    return [list(r) for r in profile.db.execute(f"SELECT * FROM [{table}] ORDER BY rowid")]


def test_the_first_schema_database_migrates_forward_with_every_row(v1_profile: Path):
    written = json.loads((FIXTURES / "schema_v1.rows.json").read_text(encoding="utf-8"))
    with Profile.open(v1_profile, V1_KEY, today=date(2025, 6, 2)) as profile:
        applied = [r[2] for r in _rows(profile, "_sqlite_migrations")]
        assert applied == [name for name, _ in STEPS]
        for table, rows in written.items():
            if table == "_sqlite_migrations":
                assert _rows(profile, table)[: len(rows)] == rows
                continue
            # A later step that adds columns keeps the v1 columns first; one that renames or
            # moves them must map them here.
            assert [r[: len(rows[0])] for r in _rows(profile, table)] == rows, table
        # And the data still reads as the same core objects.
        items = profile.items()
        assert [i.id for i in items] == ["car", "baitiao", "phone", "visa", "jiebei", "yen"]
        assert items[0].payments[0].amount == Decimal("3300.12")
        assert items[3].product.minimum_payment.floor == Decimal("25.00")
        assert profile.comparison("phone").offers[0].label == "白条"
        assert profile.setting("thresholds") == {"debt_service": Decimal("0.36")}
        # Step 0002 added the borrower's prepayment choice; v1 items have none.
        assert all(i.prepayment_mode is None for i in items)
        # Step 0003 added the variable-rate mark; a v1 item is fixed-rate, stored as 0.
        assert not any(i.product.variable_rate for i in items)
        assert [r[0] for r in profile.db.execute("SELECT variable_rate FROM items")] == [0] * 6
        # Step 0005 added the keys of statement rows recorded as payments; a v1 profile has none.
        assert profile.db.execute("SELECT count(*) FROM imported_payments").fetchone()[0] == 0
        # Step 0007 (issue 12) added day counts, compounding, deferred interest, LPR spreads,
        # combined loans' parts and rate changes: a v1 item has none and keeps its meaning.
        assert profile.db.execute(
            "SELECT day_count, compounding, deferred_interest, lpr_spread, lpr_tenor, "
            "lpr_reset FROM items").fetchall() == [(None, None, 0, None, None, None)] * 6
        for table in ("item_parts", "rate_changes"):
            assert profile.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert all(not i.product.parts and not i.product.rate_changes
                   and i.product.day_count is None and i.product.compounding is None
                   and not i.product.deferred_interest for i in items)


def test_a_pending_step_copies_the_file_first(v1_profile: Path, tmp_path: Path):
    def add_reminder_column(db):
        db.execute("ALTER TABLE items ADD COLUMN remind_days INTEGER")

    steps = [*STEPS, ("9001_test_reminders", add_reminder_column)]
    path = v1_profile / "planner.db"
    db = open_db(path, V1_KEY)
    copy = migrate(db, path, lambda target: export_encrypted(db, V1_KEY, target),
                   tmp_path / "backups", steps, now=datetime(2025, 6, 2, 10, 0))
    close_db(db)
    # The copy is named after the first pending step: the file is still at schema v1.
    first_pending = STEPS[1][0]
    assert copy == tmp_path / "backups" / f"before-migration-{first_pending}-20250602-100000.db"
    with open_db(copy, V1_KEY, readonly=True) as old:
        columns = [c.name for c in old["items"].columns]
        assert "remind_days" not in columns and "prepayment_mode" not in columns
        assert "variable_rate" not in columns
        assert old.execute("SELECT count(*) FROM payments").fetchone()[0] == 5
    with open_db(path, V1_KEY) as new:
        assert "remind_days" in [c.name for c in new["items"].columns]
        assert migrate(new, path, None, tmp_path / "backups", steps) is None  # nothing pending


def test_a_failing_step_changes_nothing(v1_profile: Path, tmp_path: Path):
    def broken(db):
        db.execute("ALTER TABLE items ADD COLUMN half_done INTEGER")
        raise RuntimeError("bug in a migration")

    path = v1_profile / "planner.db"
    db = open_db(path, V1_KEY)
    with pytest.raises(MigrationFailed) as caught:
        migrate(db, path, None, tmp_path, [*STEPS, ("9002_broken", broken)])
    assert "9002_broken: bug in a migration" in str(caught.value)
    columns = [c.name for c in db["items"].columns]
    # The steps before it, run in the same upgrade, are rolled back with it: all or nothing.
    assert "half_done" not in columns and "prepayment_mode" not in columns
    assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")] == ["0001_initial"]
    close_db(db)


def test_an_upgrade_that_fails_leaves_the_old_database_and_says_so_in_one_line(
        v1_profile: Path):
    def broken(db):
        db.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("bug in a migration")

    path = v1_profile / "planner.db"
    shipped = STEPS[4]
    name = shipped[0]
    STEPS[4] = (name, broken)  # the list itself: migrate's default
    try:
        with pytest.raises(MigrationFailed) as caught:
            Profile.open(v1_profile, V1_KEY, today=date(2025, 6, 2))
    finally:
        STEPS[4] = shipped
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and name in message
    assert "it was left as it was" in message
    copy = caught.value.copy
    assert copy is not None and copy.parent == v1_profile / "backups" and copy.name in message
    with open_db(copy, V1_KEY, readonly=True) as old:  # the copy is the file before the upgrade
        assert [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")] == \
            ["0001_initial"]
    with open_db(path, V1_KEY, readonly=True) as db:
        assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")] == \
            ["0001_initial"]
        assert "half_done" not in db.table_names()
        assert "prepayment_mode" not in [c.name for c in db["items"].columns]
        assert db.execute("SELECT count(*) FROM payments").fetchone()[0] == 5
    # The step fixed: the same profile opens, upgraded.
    with Profile.open(v1_profile, V1_KEY, today=date(2025, 6, 2)) as profile:
        assert len(profile.items()) == 6


def test_a_database_from_a_newer_planner_is_refused_untouched(v1_profile: Path):
    path = v1_profile / "planner.db"
    with open_db(path, V1_KEY) as db:
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES ('planner', '0099_from_the_future', '2030-01-01')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    with pytest.raises(NewerSchema) as caught:
        Profile.open(v1_profile, V1_KEY)
    assert str(path) in str(caught.value) and "0099_from_the_future" in str(caught.value)
    assert "newer version of Planner" in str(caught.value)
    assert path.read_bytes() == before
    assert not (v1_profile / "backups").exists()  # not even a backup was taken


def test_schema_version_is_the_last_step():
    assert schema_version() == STEPS[-1][0]


# -- two processes opening an old profile at once (issue 16) -------------------------------------

ROUNDS = 12
OPENERS = 4


def _open_when_all_ready(worker: int, directories: list[str], barrier, results) -> None:
    """One process: for each round, wait for the others, then open that round's old profile."""
    for number, directory in enumerate(directories):
        try:
            barrier.wait(timeout=120)
        except Exception as error:  # a broken barrier: another opener died
            results.put((number, worker, f"barrier: {error!r}"))
            continue
        try:
            with Profile.open(Path(directory), V1_KEY, today=date(2025, 6, 2)) as profile:
                outcome = f"ok {len(profile.items())}"
        except BaseException as error:
            outcome = f"{type(error).__name__}: {error}"
        results.put((number, worker, outcome))


def test_an_old_profile_opened_by_several_processes_at_once_is_upgraded_once(tmp_path: Path):
    """Issue 16: every process opening a profile at an old schema at the same moment used to
    run the steps itself (a duplicate column, a unique index broken, a half-taken copy); now
    one upgrades it under the profile's exclusive lock, the others wait and open the result."""
    import multiprocessing

    directories = []
    for number in range(ROUNDS):
        directory = tmp_path / f"round-{number}"
        directory.mkdir()
        shutil.copyfile(FIXTURES / "schema_v1.db", directory / "planner.db")
        directories.append(str(directory))
    context = multiprocessing.get_context("spawn")  # real processes, as on every system
    barrier = context.Barrier(OPENERS)
    results = context.Queue()
    openers = [context.Process(target=_open_when_all_ready,
                               args=(worker, directories, barrier, results))
               for worker in range(OPENERS)]
    for opener in openers:
        opener.start()
    outcomes = [results.get(timeout=300) for _ in range(ROUNDS * OPENERS)]
    for opener in openers:
        opener.join(timeout=60)
    failed = sorted(o for o in outcomes if o[2] != "ok 6")
    assert not failed, failed
    for directory in map(Path, directories):
        with open_db(directory / "planner.db", V1_KEY, readonly=True) as db:
            applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == [name for name, _ in STEPS], directory
        copies = sorted(p.name for p in (directory / "backups").iterdir()
                        if p.name.startswith("before-migration-"))
        assert len(copies) == 1, (directory, copies)
        assert not [p for p in (directory / "backups").iterdir() if p.name.endswith(".partial")]
