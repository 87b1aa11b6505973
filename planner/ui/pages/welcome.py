"""The Overview of a profile with nothing in it yet: what the app does, and the four ways to
start (type an item in, paste a lender's offer, read a statement, open a portfolio file) where
zeros and empty charts would otherwise be."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Welcome(QFrame):
    """Emits what the person chose; the Overview carries it out through the window."""

    add_item = Signal()
    paste_offer = Signal()
    import_statement = Signal()
    import_portfolio = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Start with what you owe"), self)
        title.setObjectName("welcomeTitle")
        text = QLabel(self.tr(
            "Planner keeps all your credit on this computer: cards, installment plans, cash "
            "loans and ordinary loans, each with its exact schedule and its true annual rate. "
            "Add your first item, or let the app read it for you: a lender's offer as they "
            "wrote it, or a statement from Alipay, WeChat Pay or your bank."), self)
        text.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, signal in (
                ("add", self.tr("&Add your first item…"), self.add_item),
                ("paste", self.tr("&Paste a lender's offer…"), self.paste_offer),
                ("statement", self.tr("Import a &statement…"), self.import_statement),
                ("portfolio", self.tr("Open a portfolio &file…"), self.import_portfolio)):
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", "").replace("…", ""))
            button.clicked.connect(signal)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["add"].setObjectName("primaryButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
