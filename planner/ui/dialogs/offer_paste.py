"""Paste an offer: the lender's own text in, the terms it states highlighted as they are read,
what is still missing, the true annual rate, and a warning where the text's own annual figure
understates it (issue 10). The reader is the engine's (:mod:`planner.core.offer`), priced as
``planner read-offer`` prices it (:mod:`planner.core.offer.pricing_check`); the product form
is then filled from the product read (:meth:`ProductFields.fill_json`), every field editable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.offer.reader import MAX_TEXT
from planner.text.names import CONVENTIONS_SHORT, name
from planner.ui import i18n, labels
from planner.ui.dialogs.buttons import DialogButtons
from planner.ui.i18n import Formatter

# The colour a span of each kind of term is marked with (light enough to read the text on).
SPAN_COLOURS = {"principal": "#cfe3ff", "balance": "#cfe3ff", "payment": "#cfe3ff",
                "down_payment": "#cfe3ff", "term": "#d7f2dc", "frequency": "#d7f2dc",
                "first_payment": "#d7f2dc", "rate": "#ffe3c2", "quoted": "#ffd0d6",
                "method": "#e8dcff", "fees": "#fff3b0", "minimum_payment": "#fff3b0"}


class SpanHighlighter(QSyntaxHighlighter):
    """Marks the spans the reader found; ``spans`` are (start, end, field) in the text."""

    def __init__(self, document) -> None:  # noqa: ANN001 - a QTextDocument
        super().__init__(document)
        self.spans: list[tuple[int, int, str]] = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        block = self.currentBlock()
        first, last = block.position(), block.position() + len(text)
        for start, end, field in self.spans:
            if end <= first or start >= last:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(SPAN_COLOURS.get(field, "#e0e0e0")))
            fmt.setForeground(QColor("#000000"))
            fmt.setToolTip(field)
            begin = max(start, first) - first
            self.setFormat(begin, min(end, last) - first - begin, fmt)


class OfferPasteDialog(QDialog):
    """``exec()`` accepted: :meth:`product` is the product JSON read (possibly incomplete:
    :meth:`missing` names what the text did not say)."""

    def __init__(self, today: date, parent: QWidget | None = None,
                 currency: str = "CNY") -> None:
        super().__init__(parent)
        self.today = today
        self.currency = currency  # the form's: a text that names none is in it
        self.priced: Any = None
        self.setWindowTitle(self.tr("Paste an offer"))
        intro = QLabel(self.tr(
            "Paste the lender's offer as they wrote it, in Chinese, English or both: the "
            "amount, the payments, the rate or fee, the repayment method. The terms read are "
            "marked; the form is filled from them, and you can still change every field."),
            self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("The lender's offer text"))
        self.text.setPlaceholderText(self.tr(
            "e.g. 借款10000元，分12期，每期手续费0.6%，折合年化仅7.2%"))
        self.text.setTabChangesFocus(True)
        self.highlighter = SpanHighlighter(self.text.document())
        self.read_label = QLabel(self)
        self.read_label.setWordWrap(True)
        self.read_label.setAccessibleName(self.tr("What was read"))
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("outcome")
        self.rate_label.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("fieldError")
        self.warning.setWordWrap(True)
        self.buttons = DialogButtons(self, self.tr("&Fill the form"))
        self.use_button = self.buttons.action_button
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.read_label)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # read once typing pauses
        self._timer.timeout.connect(self.read)
        self.text.textChanged.connect(self._timer.start)
        self.resize(620, 460)
        self.read()

    def read(self) -> None:
        """Read the text as it stands: mark the spans, say what was read, price it."""
        from planner.core.offer import read_offer
        from planner.core.offer.pricing_check import price_offer

        text = self.text.toPlainText()
        self.priced = None
        try:
            reading = read_offer(text, self.today) if text.strip() else None
        except InputError:
            reading = None
            self.read_label.setText(
                self.tr("The text is longer than {count} characters: paste only the offer.")
                .format(count=MAX_TEXT) if len(text) > MAX_TEXT else
                self.tr("No credit terms found yet: no amount, rate, number of payments or "
                        "repayment method."))
        self.highlighter.spans = ([(s.start, s.end, s.field) for s in reading.found]
                                  if reading is not None else [])
        self.highlighter.rehighlight()
        self.use_button.setEnabled(reading is not None)
        self.rate_label.clear()
        self.warning.clear()
        if reading is None:
            if not text.strip():
                self.read_label.setText(self.tr("Nothing pasted yet."))
            return
        self.priced = price_offer(self._in_form_currency(reading))
        self.read_label.setText(self._read_words(reading))
        self._show_price()

    def _in_form_currency(self, reading):  # noqa: ANN001, ANN202 - an OfferReading
        """A text that names no currency is read in the form's (the form has no currency
        field to point at): priced as the form will price it."""
        if "currency" not in reading.missing:
            return reading
        missing = tuple(f for f in reading.missing if f != "currency")
        return replace(reading, product={**reading.product, "currency": self.currency},
                       missing=missing, complete=not missing)

    def _read_words(self, reading) -> str:  # noqa: ANN001 - an OfferReading
        from planner.core.product import Kind
        p = reading.product
        parts = [labels.kind_names()[Kind(p["kind"])]]
        money = p.get("principal", p.get("balance"))
        fmt = Formatter()
        if money is not None:
            from decimal import Decimal

            parts.append(fmt.money(Decimal(money), p.get("currency", "CNY")))
        if "term" in p:
            parts.append(self.tr("{count} payments").format(count=p["term"]))
        read = self.tr("Read: {terms}.").format(terms=self.tr(", ").join(parts))
        missing = self.missing()
        if missing and self.priced is not None:
            needed = self.tr(", ").join(self.field_name(f) for f in missing)
            read += " " + self.tr("Still needed: {fields}.").format(fields=needed)
        return read

    def field_name(self, field: str) -> str:
        names = {"principal": self.tr("the amount"), "balance": self.tr("the balance"),
                 "term": self.tr("the number of payments"), "rate": self.tr("the rate")}
        return names.get(field, field)

    def _show_price(self) -> None:
        from planner.text.offer import (
            cannot_price_sentence,
            payment_differs_sentence,
            understatement_sentence,
        )

        priced, lang = self.priced, i18n.current_language()
        if priced.refusal is not None:
            self.warning.setText(cannot_price_sentence(priced.refusal.problem, lang))
            return
        if priced.figures is None:
            return
        apr = priced.figures.apr
        self.rate_label.setText(self.tr("{name} {rate} ({convention}).").format(
            name=labels.topic("apr"), rate=Formatter().rate(apr.rate), convention=name(
                apr.convention.value, lang, CONVENTIONS_SHORT)))
        lines = [understatement_sentence(u.quote.text, u.quote.percent, apr.rate * 100,
                                         apr.convention.value, lang)
                 for u in priced.understated]
        if priced.mismatch is not None:
            lines.append(payment_differs_sentence(priced.mismatch.quoted,
                                                  priced.mismatch.calculated, lang))
        self.warning.setText("\n".join(lines))

    def product(self) -> dict[str, Any] | None:
        return self.priced.reading.product if self.priced is not None else None

    def missing(self) -> tuple[str, ...]:
        """What the text did not say that the form needs (never a currency: see
        :meth:`_in_form_currency`)."""
        return self.priced.reading.missing if self.priced is not None else ()
