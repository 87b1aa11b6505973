"""The household row: income, essential expenses and cash buffer of the profile, per month, and
when the income arrives and the spending goes (their schedules, as JSON; '[]' when not given).

One row (``id = 1``); a profile that never set it reads as the empty ``Household()``. Its free-form
``extra`` (the portfolio profile's ``thresholds`` and ``language``) is kept as exact JSON.
"""

from __future__ import annotations

from sqlite_utils import Database

from planner.core.income import parse_schedule, schedule_to_json
from planner.core.money import from_minor, to_minor
from planner.core.portfolio import Household
from planner.core.privacy import refuse_card_numbers
from planner.store import jsontext


def get_household(db: Database) -> Household:
    row = db.execute("SELECT currency, monthly_income_minor, essential_expenses_minor, "
                     "cash_buffer_minor, name, extra_json, income_schedule_json, "
                     "expense_schedule_json FROM household WHERE id = 1").fetchone()
    if row is None:
        return Household()
    currency, income, expenses, buffer, name, extra, income_rules, expense_rules = row
    return Household(currency, from_minor(income, currency), from_minor(expenses, currency),
                     from_minor(buffer, currency), name, jsontext.loads(extra),
                     parse_schedule(jsontext.loads(income_rules), "income_schedule", currency),
                     parse_schedule(jsontext.loads(expense_rules), "expense_schedule",
                                    currency))


def has_household(db: Database) -> bool:
    """Whether the profile has set its household (a new one has not: it reads as empty)."""
    return db.execute("SELECT 1 FROM household WHERE id = 1").fetchone() is not None


def set_household(db: Database, household: Household) -> None:
    """Replace the household row (one statement, so it needs no transaction of its own)."""
    refuse_card_numbers(household.name, "profile.name")
    refuse_card_numbers(jsontext.dumps(household.extra), "profile")
    currency = household.currency
    db.execute("INSERT INTO household (id, currency, monthly_income_minor, "
               "essential_expenses_minor, cash_buffer_minor, name, extra_json, "
               "income_schedule_json, expense_schedule_json) "
               "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
               "currency = excluded.currency, monthly_income_minor = excluded.monthly_income_minor,"
               " essential_expenses_minor = excluded.essential_expenses_minor, "
               "cash_buffer_minor = excluded.cash_buffer_minor, name = excluded.name, "
               "extra_json = excluded.extra_json, "
               "income_schedule_json = excluded.income_schedule_json, "
               "expense_schedule_json = excluded.expense_schedule_json",
               [currency, to_minor(household.monthly_income, currency),
                to_minor(household.essential_expenses, currency),
                to_minor(household.cash_buffer, currency), household.name,
                jsontext.dumps(household.extra),
                jsontext.dumps(schedule_to_json(household.income_schedule)),
                jsontext.dumps(schedule_to_json(household.expense_schedule))])
