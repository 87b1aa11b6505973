"""The review of a statement import: every repayment found, matched, ambiguous or unmatched,
differences from the schedule highlighted; the person chooses per row which item it pays (or
skips it), then records them all as one undoable step. Also the small dialog that asks which
columns of a bank CSV hold the date and amount when they cannot be guessed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Item
from planner.core.reconcile import MatchStatus, Reconciliation, RowMatch
from planner.store.statements import ColumnMap
from planner.ui.dialogs.buttons import DialogButtons
from planner.ui.i18n import Formatter
from planner.ui.models.base import ModelIndex
from planner.ui.models.statement_model import CHOICES_ROLE, StatementModel
from planner.ui.tables import Table


class ItemChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the items a row may be recorded to (the model's CHOICES_ROLE)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: ModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class StatementDialog(QDialog):
    def __init__(self, result: Reconciliation, items: Sequence[Item], currency: str,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setWindowTitle(self.tr("Import a statement"))
        self.result = result
        self.name = name
        fmt = Formatter()
        statuses = [m.status for m in result.matches if not m.duplicate]
        summary = QLabel(self.tr(
            "{name}: {rows} rows, {repayments} repayments: {matched} matched, {ambiguous} "
            "ambiguous, {unmatched} unmatched, {before} recorded before. Choose under Record "
            "to which item each pays, or Skip.").format(
                name=name, rows=result.rows, repayments=len(result.matches),
                matched=statuses.count(MatchStatus.MATCHED),
                ambiguous=statuses.count(MatchStatus.AMBIGUOUS),
                unmatched=statuses.count(MatchStatus.UNMATCHED), before=result.duplicates),
            self)
        summary.setWordWrap(True)
        self.model = StatementModel(items, currency, self)
        self.model.set_reconciliation(result)
        self.table = Table(self)
        self.table.setObjectName("statementTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(StatementModel.Column.RECORD_TO,
                                            ItemChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StatementModel.Column.COUNTERPARTY,
                                    QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        if result.proposals:
            lines = [self.tr("{lender}: {amount} on {date} (line {line})").format(
                lender=p.lender, amount=fmt.money(p.row.amount, p.row.currency or currency),
                date=fmt.date(p.row.date), line=p.row.line) for p in result.proposals]
            proposals = QLabel(self.tr(
                "Money lent to you, not yet in the plan (add each as a credit line with its "
                "term and rate): {draws}").format(draws="; ".join(lines)), self)
            proposals.setObjectName("proposedDraws")
            proposals.setWordWrap(True)
            layout.addWidget(proposals)
        self.buttons = DialogButtons(self)  # the action's text counts the rows chosen
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._count_changed)
        self.model.modelReset.connect(self._count_changed)
        self._count_changed()
        self.resize(980, 560)

    @property
    def apply_button(self):
        return self.buttons.action_button

    def chosen(self) -> list[tuple[RowMatch, str]]:
        return self.model.chosen()

    def _count_changed(self, *_args: object) -> None:
        count = len(self.model.chosen())
        self.apply_button.setText(self.tr("Record {count} payments").format(count=count))
        self.apply_button.setEnabled(count > 0)


class ColumnsDialog(QDialog):
    """Which columns of a bank CSV hold what, when they cannot be guessed from its header."""

    ROLES = ("date", "amount", "debit", "credit", "description")

    def __init__(self, name: str, header: Sequence[str], problem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        labels = {"date": self.tr("Date"), "amount": self.tr("Amount (negative: paid out)"),
                  "debit": self.tr("Money out"), "credit": self.tr("Money in"),
                  "description": self.tr("Description")}
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("{name}: {problem}").format(name=name, problem=problem), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for role in self.ROLES:
            combo = QComboBox(self)
            combo.addItem(self.tr("(none)"), "")
            for k, cell in enumerate(header):
                combo.addItem(f"#{k + 1} {cell}".strip(), cell or f"#{k + 1}")
            self.combos[role] = combo
            form.addRow(labels[role], combo)
        layout.addLayout(form)
        layout.addWidget(DialogButtons(self))

    def columns(self) -> ColumnMap:
        return ColumnMap(**{role: combo.currentData() or None
                            for role, combo in self.combos.items()})
