"""Form fields that can show why their value is refused: a red frame (the ``error`` property
the stylesheet colours) and a message under the input."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

#: How narrow a choice list may be made, in characters. The longest choices ("By currency:
#: Actual days over 360 (a daily rate is the annual rate / 360)") made the form's fields wider
#: than the form and scroll sideways.
NARROWEST_CHOICE = 16


def shrinkable(combo: QComboBox) -> QComboBox:
    """Let ``combo``, its choices added, be narrower than its longest choice when the form is:
    the closed list shortens the chosen text with an ellipsis, the open list widens to show
    every choice whole (QComboBox widens its popup to the choices' width). A list of short
    choices keeps its own width."""
    longest = max((len(combo.itemText(k)) for k in range(combo.count())), default=0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(NARROWEST_CHOICE, longest))
    return combo


class FieldBox(QWidget):
    """One input (or a row of inputs) with its error message beneath."""

    def __init__(self, *inputs: QWidget, parent: QWidget | None = None,
                 framed: tuple[QWidget, ...] | None = None) -> None:
        super().__init__(parent)
        self.inputs = inputs
        self.framed = framed if framed is not None else inputs
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in inputs:
            row.addWidget(widget)
        outer.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        # The message's line is kept when it is hidden: an error coming and going never moves
        # the fields below (a click aimed at one would land in another).
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.hide()
        outer.addWidget(self.message)

    @property
    def primary(self) -> QWidget:
        return self.framed[0]

    def set_error(self, text: str | None) -> None:
        for widget in self.framed:
            if widget.property("error") != bool(text):
                widget.setProperty("error", bool(text))
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.primary.setToolTip(text or "")
        self.primary.setAccessibleDescription(text or "")

    @property
    def error(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""


def clean_number(text: str) -> str:
    """What a person types as a number, made plain: full-width digits and punctuation
    (１２，３４５．６) become ASCII, group separators, spaces and currency signs go."""
    text = unicodedata.normalize("NFKC", text)
    for mark in (",", " ", "\u00a0", "¥", "$", "€", "£", "%", "元"):
        text = text.replace(mark, "")
    return text.strip()


def read_decimal(text: str) -> Decimal | None:
    """The number typed, or None if it is not one."""
    cleaned = clean_number(text)
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
