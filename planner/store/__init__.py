"""The local, encrypted store: one SQLCipher database per profile, through sqlite-utils.

Start at :func:`planner.store.profile.open_profile`; it returns a
:class:`planner.store.profile.Profile` whose methods speak in core objects.

sqlite-utils is imported here, before any module of the store uses it, with numpy and pandas
out of its sight: on import it tries both (and imports numpy, some 40 ms, when it is
installed, as it is for the APR solver) only to add their scalar types to its column-type
map. The store writes integers, text and dates, never a numpy or pandas value, so that map
is not needed, and the window's first figures, read from the store, do not wait for numpy
(issue 14). numpy stays importable as usual: only the names sqlite-utils looks up while it
is imported are hidden, and put back right after.
"""

from __future__ import annotations

import sys


def _import_sqlite_utils() -> None:
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return  # imported already, or numpy loaded anyway (pandas too loads it): nothing to save
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment] - "import numpy" fails at once
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


_import_sqlite_utils()
