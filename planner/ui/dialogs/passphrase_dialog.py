"""The passphrase that protects a profile when the system has no usable keyring: asked once to
create it (typed twice), then on each start. ``ask_passphrase`` is the provider handed to
``planner.store.keys``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.ui.dialogs.buttons import DialogButtons
from planner.ui.dialogs.fields import FieldBox

MIN_LENGTH = 8


class PassphraseDialog(QDialog):
    def __init__(self, profile: str, *, create: bool, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create = create
        self.setWindowTitle(self.tr("Passphrase for {profile}").format(profile=profile))
        if create:
            text = self.tr("This computer has no keyring to keep the key of your encrypted "
                           "data. Choose a passphrase: you will type it each time Planner "
                           "opens. It cannot be recovered if you forget it.")
        else:
            text = self.tr('Type the passphrase of the profile "{profile}".').format(
                profile=profile)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_box = FieldBox(self.passphrase)
        self.confirm_box = FieldBox(self.confirm)
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase_box)
        if create:
            again = QLabel(self.tr("&Again"), self)
            again.setBuddy(self.confirm)
            form.addRow(again, self.confirm_box)
        self.buttons = DialogButtons(self, self.tr("&Open"), cancel=self.tr("Quit"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if error:
            wrong = QLabel(error, self)
            wrong.setObjectName("fieldError")
            wrong.setWordWrap(True)
            layout.addWidget(wrong)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self.validate)
        self.confirm.textChanged.connect(self.validate)
        self.validate()
        # Typing starts in the passphrase: with Open still off, the focus went to Quit, and
        # the space in a passphrase typed at once pressed it and ended the app.
        self.passphrase.setFocus()

    def validate(self) -> bool:
        ok = bool(self.passphrase.text())
        if self.create:
            short = 0 < len(self.passphrase.text()) < MIN_LENGTH
            self.passphrase_box.set_error(self.tr("Use at least {n} characters.").format(
                n=MIN_LENGTH) if short else None)
            differs = bool(self.confirm.text()) and self.confirm.text() != self.passphrase.text()
            self.confirm_box.set_error(self.tr("The two passphrases differ.") if differs
                                       else None)
            ok = ok and not short and self.confirm.text() == self.passphrase.text()
        self.buttons.action_button.setEnabled(ok)
        return ok

    def value(self) -> str:
        return self.passphrase.text()


def ask_passphrase(profile: str, create: bool, error: str = "",
                   parent: QWidget | None = None) -> str | None:
    """The provider for ``planner.store.keys``: the passphrase typed, or None if the person quit."""
    dialog = PassphraseDialog(profile, create=create, error=error, parent=parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
