"""Notices that ask nothing and block nothing: one line across the top of the window, with a
Dismiss button. Today's automatic backup that could not be taken (a full disk, a read-only
folder) is told this way: the profile opened and works as usual, so a dialog would be in the
way, but the person must know that today's copy is missing (``Profile.backup_failure``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar

from planner.store.errors import DiskFull, NotWritable, StoreError

BACKUP_BANNER = "backupBanner"


class Banner(QToolBar):
    """A one-line notice across the top of ``window``; ``words()`` gives its text, asked again
    when the language changes."""

    def __init__(self, window: QMainWindow, name: str, words: Callable[[], str]) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.words = words
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the window's whole width, the button at the end (not a narrow column of lines)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dismiss = QPushButton(self)
        self.dismiss.clicked.connect(self.hide)
        self.addWidget(self.label)
        self.addWidget(self.dismiss)
        self._retranslate()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)

    def text(self) -> str:
        return self.label.text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # A tool bar sizes a wrapped label for its narrowest width: as tall as it is at the
        # width it has instead.
        super().resizeEvent(event)
        height = self.label.heightForWidth(self.label.width())
        if height > 0 and height != self.label.height():
            self.label.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(self.words())
        self.label.setAccessibleName(self.label.text())
        self.setWindowTitle(self.label.text())
        self.dismiss.setText(QCoreApplication.translate("Notices", "&Dismiss"))
        self.dismiss.setAccessibleName(QCoreApplication.translate("Notices",
                                                                  "Dismiss the notice"))


def backup_words(failure: StoreError) -> str:
    """Why today's backup is missing and what to do, in the window's language, one line."""
    if isinstance(failure, DiskFull):
        return QCoreApplication.translate(
            "Notices", "Today's automatic backup was not taken: the disk is full. Planner works "
            "as usual; free some space, then use Back up now in Settings.")
    if isinstance(failure, NotWritable):
        return QCoreApplication.translate(
            "Notices", "Today's automatic backup was not taken: {folder} cannot be written. "
            "Planner works as usual; make the folder writable, then use Back up now in "
            "Settings.").format(folder=failure.path)
    return QCoreApplication.translate(
        "Notices", "Today's automatic backup was not taken ({problem}). Planner works as "
        "usual; use Back up now in Settings to try again.").format(problem=failure)


def attach_backup_notice(window: QMainWindow, session) -> Banner | None:  # noqa: ANN001
    """Tell, across the top of ``window``, that today's automatic backup of the session's
    profile could not be taken (the previous session's notice is dropped); None when it
    was taken, or for a throw-away profile (the demo, a teaching scenario)."""
    old = window.findChild(Banner, BACKUP_BANNER)
    if old is not None:
        window.removeToolBar(old)
        old.setObjectName("")
        old.deleteLater()
    profile = getattr(session.backend, "profile", None)
    failure = getattr(profile, "backup_failure", None)
    if failure is None or getattr(session, "demo", False):
        return None
    banner = Banner(window, BACKUP_BANNER, lambda: backup_words(failure))
    banner.show()
    return banner
