"""The fees of a product, one row each: when it is paid (at signing, with every payment, added to
the loan) and how much. Each amount field can show its own error."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from planner.core.product import Fee, FeeType
from planner.ui import labels
from planner.ui.dialogs.fields import FieldBox


class FeesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[FieldBox, QComboBox, QLineEdit, QPushButton]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add a fee"), self)
        self.add_button.setAccessibleName(self.tr("Add a fee"))
        self.add_button.clicked.connect(lambda: self.add_fee())
        self._layout.addWidget(self.add_button)

    def add_fee(self, fee: Fee | None = None) -> FieldBox:
        kind = QComboBox(self)
        for fee_type, name in labels.fee_type_names().items():
            kind.addItem(name, fee_type.value)
        kind.setAccessibleName(self.tr("When the fee is paid"))
        amount = QLineEdit(self)
        amount.setPlaceholderText(self.tr("Amount"))
        amount.setAccessibleName(self.tr("Fee amount"))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove this fee"))
        box = FieldBox(kind, amount, remove, parent=self, framed=(amount,))
        if fee is not None:
            kind.setCurrentIndex(max(0, kind.findData(fee.type.value)))
            amount.setText(_plain(fee.amount))
        entry = (box, kind, amount, remove)
        self.rows.append(entry)
        self._layout.insertWidget(len(self.rows) - 1, box)
        kind.currentIndexChanged.connect(self.changed)
        amount.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_fee(entry))
        amount.setFocus()
        self.changed.emit()
        return box

    def remove_fee(self, entry: tuple) -> None:
        self.rows.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()
        self.changed.emit()

    def set_fees(self, fees: tuple[Fee, ...]) -> None:
        for entry in list(self.rows):
            self.rows.remove(entry)
            entry[0].setParent(None)
            entry[0].deleteLater()
        for fee in fees:
            self.add_fee(fee)

    def values(self) -> list[tuple[FeeType, str]]:
        return [(FeeType(kind.currentData()), amount.text()) for _, kind, amount, _ in self.rows]


def _plain(amount: Decimal) -> str:
    return format(amount, "f")
