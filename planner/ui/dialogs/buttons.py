"""The row a dialog ends with: its action, which accepts it, and Cancel, which rejects it.

Eight dialogs built this row by hand, each setting the same texts and connecting the same two
signals. The action's text is the dialog's own verb, translated in the dialog's context
("&Export", "&Record"); Cancel's is one word for them all, translated here unless a dialog
says otherwise ("Quit" where there is nothing to go back to)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

Standard = QDialogButtonBox.StandardButton


class DialogButtons(QDialogButtonBox):
    """``kind`` (Ok, Open or Save) labelled ``action`` ("OK" when None) beside Cancel, connected
    to ``dialog``'s accept and reject. ``action_button`` is kept for the dialog to enable only
    while its input can be used."""

    def __init__(self, dialog: QDialog, action: str | None = None, *, cancel: str | None = None,
                 kind: QDialogButtonBox.StandardButton = Standard.Ok) -> None:
        super().__init__(kind | Standard.Cancel, dialog)
        self.action_button: QPushButton = self.button(kind)
        self.action_button.setText(
            action if action is not None else QCoreApplication.translate("DialogButtons", "OK"))
        self.button(Standard.Cancel).setText(
            cancel if cancel is not None else QCoreApplication.translate("DialogButtons", "Cancel"))
        self.accepted.connect(dialog.accept)
        self.rejected.connect(dialog.reject)
