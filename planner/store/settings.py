"""Profile settings as key/value JSON: stress thresholds, language, the last page shown.

Values are anything JSON can hold (numbers come back as ``Decimal``). Text is checked for card
numbers like every other field the user types.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from planner.core.errors import InputError
from planner.core.privacy import refuse_card_numbers
from planner.store import jsontext

#: Keys the app and the command line use; others are allowed (plugins, later versions).
THRESHOLDS = "thresholds"
LANGUAGE = "language"
LAST_PAGE = "last_page"


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value_json FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else jsontext.loads(row[0])


def all_settings(db: Database) -> dict[str, Any]:
    return {key: jsontext.loads(value)
            for key, value in db.execute("SELECT key, value_json FROM settings ORDER BY key")}


def set_setting(db: Database, key: str, value: Any) -> None:
    """Store ``value`` under ``key``; ``None`` removes the key."""
    if not isinstance(key, str) or not key.strip():
        raise InputError("setting", "needs a non-empty text key")
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
        return
    refuse_card_numbers(value, key)
    try:
        text = jsontext.dumps(value)
    except (TypeError, ValueError) as error:
        raise InputError(key, f"cannot be stored as a setting: {error}") from None
    refuse_card_numbers(text, key)  # a card number typed as a JSON number, too
    db.execute("INSERT INTO settings (key, value_json) VALUES (?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json", [key, text])
