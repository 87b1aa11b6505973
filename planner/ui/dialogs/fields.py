"""Form fields that can show why their value is refused: a red frame (the ``error`` property
the stylesheet colours) and a message under the input; reading what was typed as a number, and
the one check of an amount against its currency's minor unit that every money field makes."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.core.money import LARGEST_AMOUNT, MINOR_UNITS

# The amount checks come before the module's other "#:" comments: lupdate adds every "#:"
# comment above a message, however far, to the message's note for translators.


def decimals_of(currency: str) -> int:
    """Digits after the point in an amount of ``currency``, as ``planner.core.money`` has them
    (none for JPY and KRW). An unknown code counts as two: the engine refuses it in its own
    words."""
    return MINOR_UNITS.get(currency, 2)


def finer_than_minor_unit(number: Decimal, currency: str) -> bool:
    """Whether the finite ``number`` has a non-zero digit below ``currency``'s minor unit.
    Zeros typed at the end do not count, as the engine's ``parse_amount`` does not count them.

    >>> [finer_than_minor_unit(Decimal(t), "JPY") for t in ("100.5", "100.0", "1E+3")]
    [True, False, False]
    >>> [finer_than_minor_unit(Decimal(t), "USD") for t in ("100.50", "1.001", "0.000")]
    [False, True, False]
    """
    _sign, digits, exponent = number.as_tuple()
    significant = "".join(map(str, digits)).rstrip("0")
    if not significant:  # zero, however many zeros were typed
        return False
    return exponent + len(digits) - len(significant) < -decimals_of(currency)


def amount_problem(number: Decimal, currency: str) -> str | None:
    """Why ``number`` cannot be an amount of ``currency`` (larger than the engine takes, or
    too many decimals for its minor unit), in one line for the field's message; None when it
    can. Every money field says it in these words (Settings took 1e40 and then failed to
    round it)."""
    if number > LARGEST_AMOUNT:
        #: Under a money field: more than the engine takes (ten trillion).
        return QCoreApplication.translate("Amounts", "This amount is too large.")
    if not finer_than_minor_unit(number, currency):
        return None
    decimals = decimals_of(currency)
    if decimals:
        #: Under a money field; {count} is the currency's minor unit (2 for CNY).
        text = QCoreApplication.translate("Amounts", "Amounts have at most {count} decimals.")
        return text.format(count=decimals)
    #: Under a money field; {currency} is a code without decimals (JPY, KRW).
    text = QCoreApplication.translate("Amounts", "Amounts in {currency} are whole numbers.")
    return text.format(currency=currency)


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
