"""Where file dialogs open: the folder the person last used for a file of the app (kept in the
window's ``ui.ini``), else their Documents folder; never the folder the app happened to be
started from."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

_KEY = "files/last_folder"


def _settings(widget: QWidget | None) -> QSettings | None:
    window = widget.window() if widget is not None else None
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else None


def start_folder(widget: QWidget | None) -> str:
    """The last folder a file was opened from or saved to, else Documents (else home)."""
    settings = _settings(widget)
    last = settings.value(_KEY) if settings is not None else None
    if isinstance(last, str) and os.path.isdir(last):
        return last
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and os.path.isdir(documents) else os.path.expanduser("~")


def start_path(widget: QWidget | None, name: str = "") -> str:
    """``name`` in :func:`start_folder`: what a save dialog offers first."""
    return os.path.join(start_folder(widget), name) if name else start_folder(widget)


def remember(widget: QWidget | None, path: str) -> None:
    """The folder of ``path`` (a file chosen in a dialog) is where the next dialog opens."""
    settings = _settings(widget)
    if settings is not None and path:
        settings.setValue(_KEY, os.path.dirname(os.path.abspath(path)))
