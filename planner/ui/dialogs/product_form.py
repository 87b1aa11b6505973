"""The product form: a card, plan, loan or credit-line draw entered the way its lender quotes it,
checked as it is typed, with a live preview of the payment, the total cost, the true APR under
the chosen convention, the schedule and the balance.

The dialog only joins its parts: the inputs (:mod:`.product_fields`), the reading of them into a
checked item (:mod:`.product_reading`: the engine is the judge, an ``InputError`` names the field,
which is marked and told why) and the preview (:mod:`.product_preview`). Save stays disabled
while anything is refused, so nothing invalid is ever stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.convention import Convention
from planner.core.figures import Figures
from planner.core.portfolio import Item
from planner.core.product import Kind
from planner.ui import labels
from planner.ui.dialogs.product_fields import ProductFields
from planner.ui.dialogs.product_preview import ProductPreview
from planner.ui.dialogs.product_reading import ProductReader

_INPUTS = ("name", "lender", "kind", "card_last4", "amount", "start", "has_first",
           "first_payment", "term", "frequency", "method", "quote", "rate", "rate_unit",
           "variable_rate", "fees", "min_percent", "min_plus", "min_floor", "grace", "strategy",
           "strategy_value", "notes", "convention", "due_shift", "penalty_percent",
           "penalty_days", "boxes")
_PREVIEW_PARTS = ("figure_labels", "apr_note", "chart", "schedule_model", "schedule_view")


class ProductForm(QDialog):
    """Add or edit one item. ``item()`` is the validated result once accepted."""

    previewed = Signal()

    def __init__(self, kind: Kind, *, item: Item | None = None, currency: str = "CNY",
                 convention: Convention | None = None, today: date | None = None,
                 offer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = item
        self.currency = item.product.currency if item else currency
        self.offer = offer
        self._result: Item | None = None
        self.setObjectName("productForm")
        self.setWindowTitle(self._title(kind, item))
        self.fields = ProductFields(self.currency, convention=convention, offer=offer,
                                    parent=self)
        self.reader = ProductReader(self.fields, self.currency, item, offer, self)
        self.preview = ProductPreview(self.currency, self)
        # Laid out before it is filled: the scroll area keeps the width of the form with every
        # row showing, so the form is as wide for a loan as for a card.
        self._lay_out()
        self.fields.fill(kind, item, today or date.today())
        self._expose_parts()
        self.fields.edited.connect(self.validate)
        # "New loan" stays true when the kind is changed in the form, or by a pasted offer
        self.fields.kind.currentIndexChanged.connect(
            lambda: self.setWindowTitle(self._title(self.fields.current_kind(), item)))
        self._today = today or date.today()
        self.validate()
        self.fields.name.setFocus()  # typing starts in the first field, not on a button

    def _title(self, kind: Kind, item: Item | None) -> str:
        if self.offer:
            return self.tr("Offer")
        name = labels.kind_names()[kind]
        if item is None:
            return self.tr("New {kind}").format(kind=name)
        return self.tr("Edit {name}").format(name=item.name)

    def _expose_parts(self) -> None:
        """The inputs and the preview's parts, reachable on the form itself (``form.amount``,
        ``form.schedule_model``) as callers and tests have always reached them."""
        for name in _INPUTS:
            setattr(self, name, getattr(self.fields, name))
        for name in _PREVIEW_PARTS:
            setattr(self, name, getattr(self.preview, name))

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields in it are the Tab stops
        scroll.setWidget(self.fields)
        # As wide as the fields need, so they never scroll sideways (the preview takes the
        # rest): the English labels and choices of a loan's rate terms need some 600 pixels.
        scroll.setMinimumWidth(max(460, self.fields.minimumSizeHint().width()
                                   + scroll.verticalScrollBar().sizeHint().width()
                                   + 2 * scroll.frameWidth()))
        split = QSplitter(self)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        self.paste_button = QPushButton(self.tr("Paste an off&er…"), self)
        self.paste_button.setToolTip(self.tr("Fill the form from the lender's own offer text"))
        self.paste_button.clicked.connect(self.paste_offer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.summary = QLabel(self)
        self.summary.setObjectName("fieldError")
        self.summary.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.paste_button)
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(footer)
        self.resize(1120, 720)

    def paste_offer(self) -> bool:
        """Read a lender's offer text into the form (:mod:`.offer_paste`); True if filled."""
        from planner.ui.dialogs.offer_paste import OfferPasteDialog

        dialog = OfferPasteDialog(self._today, self, self.currency)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.product() is None:
            return False
        product = dialog.product()
        theirs = product.get("currency")
        if self.offer and self.original is None and theirs and theirs != self.currency:
            self.set_currency(theirs)  # an offer is compared as priced in its own currency
        self.fields.fill_json(product, dialog.missing(), dialog.warning.text())
        if not self.fields.name.text().strip():
            self.fields.name.setFocus()  # the one field an offer's text never fills
        return True

    def set_currency(self, currency: str) -> None:
        """A new offer's amounts in ``currency`` (its text's): the fields, the checks and the
        preview follow it, so its figures are the ones ``calc`` gives."""
        self.currency = currency
        self.fields.set_currency(currency)
        self.reader.currency = self.reader.checks.currency = currency
        self.preview.currency = currency

    def current_kind(self) -> Kind:
        return self.fields.current_kind()

    # -- validation ----------------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        """Every field in error and why (shown under each)."""
        return {key: box.message.text() for key, box in self.fields.all_boxes().items()
                if box.message.text()}

    def validate(self) -> bool:
        """Check every field, mark those in error, refresh the preview; True when valid."""
        if self.fields.loading:
            return False
        boxes = self.fields.all_boxes()
        for box in boxes.values():
            box.set_error(None)
        reading = self.reader.read()
        waiting = []  # empty fields not yet touched: asked for, not marked as wrong
        for key, text in reading.problems.items():
            box = boxes.get(key, self.fields.boxes["name"])
            if key not in self.fields.touched and _empty(box):
                waiting.append(key)
                continue
            box.set_error(text)
        self.save_button.setEnabled(not reading.problems)
        if len(waiting) == len(reading.problems) and waiting:
            names = [self.fields.field_name(key) for key in waiting]
            self.summary.setText(self.tr("Fill in {fields} to save.").format(
                fields=self.tr(", ").join(names)))
        else:
            self.summary.setText(self.tr("Correct the marked field to save.")
                                 if reading.problems else "")
        self._result = reading.item
        self.preview.show_figures(reading.figures)
        if reading.figures is not None:
            self.previewed.emit()
        return not reading.problems

    @property
    def figures(self) -> Figures | None:
        return self.preview.figures

    def item(self) -> Item | None:
        """The validated item, keeping the original's id, status and payments (the due-date
        shift and the prepayment penalty are the form's own fields, what money repaid early
        buys is kept by the reading)."""
        if self._result is None:
            return None
        if self.original is None:
            return self._result
        return replace(self._result, id=self.original.id, status=self.original.status,
                       payments=self.original.payments)

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def reject(self) -> None:
        """Cancel or Esc: a form with changes asks before they are thrown away."""
        if self.fields.touched:
            answer = QMessageBox.question(
                self, self.tr("Discard your changes?"),
                self.tr("The changes in this form are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _empty(box) -> bool:  # noqa: ANN001 - a FieldBox
    primary = box.primary
    return hasattr(primary, "text") and not primary.text().strip()
