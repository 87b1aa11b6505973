"""Table models, one per file: columns as an IntEnum, DisplayRole formatted for the locale,
UserRole the raw value so that sort proxies compare numbers as numbers."""
