"""The local, encrypted store: one SQLCipher database per profile, through sqlite-utils.

Start at :func:`planner.store.profile.open_profile`; it returns a
:class:`planner.store.profile.Profile` whose methods speak in core objects.
"""
