"""When a profile's file cannot be read (wrong key, damaged, not a database): say which file,
and offer to try again, to open the newest backup, or to quit. Never a crash, never a silent
overwrite."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    RETRY = "retry"
    BACKUP = "backup"
    QUIT = "quit"


class CorruptFileDialog(QMessageBox):
    def __init__(self, path: Path, detail: str, backup: Path | None = None,
                 parent: QWidget | None = None, *, missing: bool = False) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Planner cannot read your data"))
        if missing:
            # The key record is there, the database is not: never replaced by an empty one.
            self.setText(self.tr("The file {path} is missing.").format(path=path))
            info = self.tr("Nothing was created in its place. Put the file back and try "
                           "again, or open the newest backup.")
        else:
            self.setText(self.tr("The file {path} cannot be read.").format(path=path))
            info = self.tr("It has been left exactly as it is. Reason: {detail}").format(
                detail=detail)
        if backup is not None:
            info += "\n\n" + self.tr("The newest backup is {backup}.").format(backup=backup)
        else:
            info += "\n\n" + self.tr("There is no backup of this profile.")
        self.setInformativeText(info)
        self.retry = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.backup = None
        if backup is not None:
            self.backup = self.addButton(self.tr("Open the backup"),
                                         QMessageBox.ButtonRole.ActionRole)
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.quit)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.retry:
            return Choice.RETRY
        if self.backup is not None and clicked is self.backup:
            return Choice.BACKUP
        return Choice.QUIT


def ask_corrupt_file(path: Path, detail: str, backup: Path | None = None,
                     parent: QWidget | None = None, *, missing: bool = False) -> Choice:
    dialog = CorruptFileDialog(path, detail, backup, parent, missing=missing)
    dialog.exec()
    return dialog.choice()
