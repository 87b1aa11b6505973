"""The pure finance engine: products, schedules, true annual rates, stress and payoff.

Nothing here touches Qt, SQLite, the keyring or files; results are numbers, enums and small
explanation records that the interfaces turn into words.
"""
