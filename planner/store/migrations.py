"""The schema, as an append-only list of sqlite-utils ``Migrations`` steps, and how it is applied.

A shipped step is never edited: a change is a new step at the end. Before any step runs on an
existing database an encrypted copy of it goes to ``backups/``, and the pending steps then run in
one transaction, all or none; one process upgrades a profile, under its exclusive lock
(``planner.store.profile``). A database that has steps this code does not know (written by a
newer Planner) is refused, not opened.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from planner.store import jsontext
from planner.store.db import DatabaseError, as_store_error, first_problem, write_transaction
from planner.store.errors import DiskFull, MigrationFailed, NewerSchema
from planner.store.paths import make_private_dir, replacing

MIGRATION_SET = "planner"

# Version 1. Money is INTEGER minor units of the row's currency; dates are ISO TEXT; rates are
# decimal TEXT so 0.065 stays exactly 0.065. Every table is STRICT.
_V1 = [
    """CREATE TABLE household (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        currency TEXT NOT NULL,
        monthly_income_minor INTEGER NOT NULL CHECK (monthly_income_minor >= 0),
        essential_expenses_minor INTEGER NOT NULL CHECK (essential_expenses_minor >= 0),
        cash_buffer_minor INTEGER NOT NULL CHECK (cash_buffer_minor >= 0),
        name TEXT NOT NULL DEFAULT '',
        extra_json TEXT NOT NULL DEFAULT '{}'
    ) STRICT""",
    """CREATE TABLE items (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        lender TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active'
            CHECK (status IN ('active', 'paid_off', 'archived', 'disputed')),
        card_last4 TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('loan', 'installment', 'card', 'credit_line')),
        currency TEXT NOT NULL,
        principal_minor INTEGER NOT NULL CHECK (principal_minor > 0),
        start TEXT NOT NULL,
        term INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        method TEXT,
        first_payment TEXT,
        rate_quote TEXT NOT NULL,
        rate_value TEXT NOT NULL,
        convention TEXT,
        min_percent TEXT,
        min_plus_interest INTEGER,
        min_floor_minor INTEGER,
        strategy_kind TEXT,
        strategy_amount_minor INTEGER,
        strategy_months INTEGER,
        grace_days INTEGER,
        late_fee_json TEXT,
        updated_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX items_position ON items (position)",
    """CREATE TABLE fees (
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('upfront', 'per_payment', 'financed')),
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        PRIMARY KEY (item_id, seq)
    ) STRICT""",
    """CREATE TABLE planned_repayments (
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        date TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        PRIMARY KEY (item_id, seq)
    ) STRICT""",
    """CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        recorded_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX payments_item_date ON payments (item_id, date, id)",
    """CREATE TABLE comparisons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        saved_at TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE comparison_offers (
        comparison_id INTEGER NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        product_json TEXT NOT NULL,
        PRIMARY KEY (comparison_id, seq)
    ) STRICT""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
    ) STRICT""",
]


def _v1_initial(db: Database) -> None:
    # One statement at a time: executescript would COMMIT the migration's transaction.
    for statement in _V1:
        db.execute(statement)


def _v2_item_prepayment_mode(db: Database) -> None:
    # What money paid beyond the installments buys, as the borrower chose: NULL = the product's
    # usual choice (planner.core.schedule.build_schedule).
    db.execute("ALTER TABLE items ADD COLUMN prepayment_mode TEXT "
               "CHECK (prepayment_mode IN ('shorten_term', 'lower_payment'))")


def _v3_item_variable_rate(db: Database) -> None:
    # Whether the product's rate follows a reference rate (planner.core.product.Product
    # .variable_rate); every item written before this step is taken as fixed-rate.
    db.execute("ALTER TABLE items ADD COLUMN variable_rate INTEGER NOT NULL DEFAULT 0 "
               "CHECK (variable_rate IN (0, 1))")


def _v4_installment_balance_rate_method(db: Database) -> None:
    # An installment quoted with an annual, monthly or daily rate and no method used to be
    # stored as fee_installment, which the product parser refuses on the way back in (its own
    # export could not be imported: issue 16). It always computed as equal principal (principal
    # / n plus interest on the balance), so that is what it becomes, its schedule unchanged.
    balance_quotes = ("annual", "monthly", "daily")
    db.execute("UPDATE items SET method = 'equal_principal' WHERE method = 'fee_installment' "
               "AND rate_quote IN (?, ?, ?)", balance_quotes)
    rows = db.execute("SELECT comparison_id, seq, product_json FROM comparison_offers "
                      "WHERE product_json LIKE '%fee_installment%'").fetchall()
    for comparison_id, seq, text in rows:
        product = json.loads(text, parse_float=Decimal)
        rate = product.get("rate") if isinstance(product, dict) else None
        if (product.get("method") == "fee_installment" and isinstance(rate, dict)
                and set(rate) <= set(balance_quotes)):
            product["method"] = "equal_principal"
            db.execute("UPDATE comparison_offers SET product_json = ? WHERE comparison_id = ? "
                       "AND seq = ?", [jsontext.dumps(product), comparison_id, seq])


def _v5_imported_payments(db: Database) -> None:
    # Statement rows recorded as payments (planner.store.statements.imported): the row's key (a
    # SHA-256 of the export's transaction id, or of its day, amount and counterparty), never
    # the row itself; the payment it became is the item's (item, date, amount) in payments.
    # No foreign key: editing an item replaces its row, which must not forget its imports.
    db.execute("""CREATE TABLE imported_payments (
        key TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        item_id TEXT NOT NULL,
        date TEXT NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
        imported_at TEXT NOT NULL
    ) STRICT""")
    db.execute("CREATE INDEX imported_payments_item ON imported_payments (item_id, date)")


def _v6_schedules_due_shifts_penalties(db: Database) -> None:
    # Income and essential spending as they arrive (planner.core.income): each a JSON list of
    # rules. '[]' keeps today's meaning of the single monthly figure beside it: that much a
    # month, its day not known (spread evenly over the month's weeks); a household that had
    # one keeps exactly the projection it had. A schedule, once set, is the source and the
    # monthly figure its average month.
    for column in ("income_schedule_json", "expense_schedule_json"):
        db.execute(f"ALTER TABLE household ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    # Where the lender moves a due date falling on a day off (planner.core.workdays), NULL: it
    # stays; and the item's prepayment penalty as JSON ({"percent": "0.02"}), NULL: none.
    db.execute("ALTER TABLE items ADD COLUMN due_shift TEXT "
               "CHECK (due_shift IN ('next_workday', 'previous_workday'))")
    db.execute("ALTER TABLE items ADD COLUMN prepayment_penalty_json TEXT")


def _v7_rates_over_time(db: Database) -> None:
    # Issue 12. The day-count basis for odd days (NULL: the currency's), compounding of a
    # bullet (NULL: simple), deferred interest (0: none), an LPR-linked rate (the spread as
    # decimal TEXT, its tenor and reset; NULL: a rate of its own in rate_quote/rate_value,
    # which for an LPR-linked item holds the rate from the start). A combined loan's parts in
    # item_parts (items.principal_minor is their sum), and every known rate change, the
    # item's own (part = -1) or a part's (its seq), in rate_changes. Every item written before
    # this step keeps its meaning: one part, one rate, simple interest, the currency's basis.
    db.execute("ALTER TABLE items ADD COLUMN day_count TEXT "
               "CHECK (day_count IN ('act/365', 'act/360', 'act/act'))")
    db.execute("ALTER TABLE items ADD COLUMN compounding TEXT "
               "CHECK (compounding IN ('simple', 'monthly'))")
    db.execute("ALTER TABLE items ADD COLUMN deferred_interest INTEGER NOT NULL DEFAULT 0 "
               "CHECK (deferred_interest IN (0, 1))")
    db.execute("ALTER TABLE items ADD COLUMN lpr_spread TEXT")
    db.execute("ALTER TABLE items ADD COLUMN lpr_tenor TEXT CHECK (lpr_tenor IN ('1y', '5y'))")
    db.execute("ALTER TABLE items ADD COLUMN lpr_reset TEXT "
               "CHECK (lpr_reset IN ('january', 'anniversary'))")
    db.execute("""CREATE TABLE item_parts (
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        principal_minor INTEGER NOT NULL CHECK (principal_minor > 0),
        rate_quote TEXT NOT NULL,
        rate_value TEXT NOT NULL,
        lpr_spread TEXT,
        lpr_tenor TEXT CHECK (lpr_tenor IN ('1y', '5y')),
        lpr_reset TEXT CHECK (lpr_reset IN ('january', 'anniversary')),
        PRIMARY KEY (item_id, seq)
    ) STRICT""")
    db.execute("""CREATE TABLE rate_changes (
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        part INTEGER NOT NULL DEFAULT -1,
        seq INTEGER NOT NULL,
        date TEXT NOT NULL,
        rate_quote TEXT NOT NULL,
        rate_value TEXT NOT NULL,
        PRIMARY KEY (item_id, part, seq)
    ) STRICT""")


Step = tuple[str, Callable[[Database], None]]

#: Append only. Each name is recorded in ``_sqlite_migrations`` once applied.
STEPS: list[Step] = [
    ("0001_initial", _v1_initial),
    ("0002_item_prepayment_mode", _v2_item_prepayment_mode),
    ("0003_item_variable_rate", _v3_item_variable_rate),
    ("0004_installment_balance_rate_method", _v4_installment_balance_rate_method),
    ("0005_imported_payments", _v5_imported_payments),
    ("0006_schedules_due_shifts_penalties", _v6_schedules_due_shifts_penalties),
    ("0007_rates_over_time", _v7_rates_over_time),
]


def migration_set(steps: Sequence[Step] = STEPS, running: list[str] | None = None
                  ) -> Migrations:
    """The steps as sqlite-utils ``Migrations``; each step's name is put in ``running`` as it
    starts (so a failure can name the step that failed)."""
    migrations = Migrations(MIGRATION_SET)
    for name, step in steps:
        migrations(name=name)(step if running is None else _noted(name, step, running))
    return migrations


def _noted(name: str, step: Callable[[Database], None],
           running: list[str]) -> Callable[[Database], None]:
    def run(db: Database) -> None:
        running[:] = [name]
        step(db)
    run.__name__ = step.__name__
    return run


def pending_steps(db: Database, path: Path, steps: Sequence[Step] = STEPS) -> list[str]:
    """The names of the steps ``db`` (the file ``path``) still needs, oldest first; a read only.
    :class:`NewerSchema` when it has steps this code does not know."""
    known = {name for name, _ in steps}
    applied = [m.name for m in migration_set(steps).applied(db)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerSchema(path, unknown)
    return [name for name, _ in steps if name not in applied]


def migrate(db: Database, path: Path, copy_aside: Callable[[Path], None] | None,
            backup_dir: Path, steps: Sequence[Step] = STEPS,
            now: datetime | None = None) -> Path | None:
    """Bring ``db`` (the file ``path``) up to date; returns the pre-migration copy, if made.

    The caller holds the profile's lock exclusive (``planner.store.profile``), so one process
    upgrades a profile, once. ``copy_aside(target)`` writes an encrypted copy of the database
    to ``target``; it runs before the first pending step on a database that already has data
    (``backups/before-migration-STEP-STAMP.db``, through a temporary file, fsync and rename).
    Every pending step then runs in ONE transaction: a step that fails (or a full disk at the
    commit) rolls them all back and raises :class:`MigrationFailed` in one line naming the
    step and the copy -- the file is as the older version left it.
    """
    pending = pending_steps(db, path, steps)
    if not pending:
        return None
    copy = None
    if len(pending) < len(steps) and copy_aside is not None:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        make_private_dir(backup_dir)
        copy = _free_name(backup_dir, f"before-migration-{pending[0]}-{stamp}")
        with replacing(copy) as temporary:  # never half a copy under its name
            copy_aside(temporary)
    running = [pending[0]]
    try:
        with write_transaction(db):
            migration_set(steps, running).apply(db)
    except Exception as error:
        raise MigrationFailed(path, running[0], _why(error, path), copy) from error
    return copy


def _free_name(directory: Path, stem: str) -> Path:
    candidate, number = directory / f"{stem}.db", 1
    while candidate.exists():
        number += 1
        candidate = directory / f"{stem}-{number}.db"
    return candidate


def _why(error: Exception, path: Path) -> str:
    if isinstance(error, DatabaseError):
        failure = as_store_error(error, path)
        if isinstance(failure, DiskFull):
            return "the disk is full"
    return first_problem(str(error)) or type(error).__name__


def schema_version(steps: Sequence[Step] = STEPS) -> str:
    """The name of the last step: what a database written by this code is at."""
    return steps[-1][0]
