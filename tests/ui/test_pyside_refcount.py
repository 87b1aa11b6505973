"""PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every Qt call returning void,
and a session aborted after a few thousand ("none_dealloc"); pyproject pins below 6.12. This
fails if a version with that defect is installed again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
