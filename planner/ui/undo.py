"""Undoable edits: every change the window makes to a profile is one of these commands on the
session's QUndoStack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.core.portfolio import Household, Item, Payment, Status
from planner.core.tracking import track
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.store.importexport import ImportSummary


class ItemCommand(QUndoCommand):
    """Replace one item by another: an add (no before), a delete (no after), or an edit."""

    def __init__(self, session: Session, before: Item | None, after: Item | None,
                 text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.index = session.index_of(before.id) if before is not None else -1

    def redo(self) -> None:
        self.index = self.session.apply(self.before, self.after, self.index)

    def undo(self) -> None:
        self.session.apply(self.after, self.before, self.index)


class HouseholdCommand(QUndoCommand):
    def __init__(self, session: Session, after: Household, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = session.household
        self.after = after

    def redo(self) -> None:
        self.session.apply_household(self.after)

    def undo(self) -> None:
        self.session.apply_household(self.before)



class ImportCommand(QUndoCommand):
    """A portfolio import (the store's one rule), already made when pushed: undo puts back
    what it changed, redo imports the same data again."""

    def __init__(self, session: Session, data: object, summary: ImportSummary,
                 text: str) -> None:
        super().__init__(text)
        self.session = session
        self.data = data
        self.summary = summary
        self._made = True

    def redo(self) -> None:
        if self._made:  # the push: done already
            self._made = False
            return
        self.summary = self.session.import_portfolio(self.data)

    def undo(self) -> None:
        self.session.undo_import(self.summary)


def import_portfolio(session: Session, data: object) -> ImportSummary:
    """Import ``data`` (refused whole, nothing pushed, when the store refuses it); when it
    changed anything, one undo step puts it all back."""
    summary = session.import_portfolio(data)
    if summary.added or summary.replaced or summary.household_set:
        session.undo_stack.push(ImportCommand(
            session, data, summary, QCoreApplication.translate(
                "Undo", "Import {count} items").format(count=summary.added + summary.replaced)))
    return summary


def add_item(session: Session, item: Item) -> None:
    session.undo_stack.push(ItemCommand(
        session, None, item, QCoreApplication.translate("Undo", "Add {name}").format(
            name=item.name)))


def edit_item(session: Session, before: Item, after: Item) -> None:
    session.undo_stack.push(ItemCommand(
        session, before, after, QCoreApplication.translate("Undo", "Edit {name}").format(
            name=after.name)))


def delete_item(session: Session, item: Item) -> None:
    session.undo_stack.push(ItemCommand(
        session, item, None, QCoreApplication.translate("Undo", "Delete {name}").format(
            name=item.name)))


def record_payment(session: Session, item: Item, payment: Payment) -> None:
    """One undo step: the payment, and the item marked paid off when the payment settles it
    (the store's rule for ``planner pay``)."""
    after = replace(item, payments=tuple(sorted((*item.payments, payment),
                                                key=lambda p: p.date)))
    if item.status is Status.ACTIVE and track(after, payment.date).settled:
        after = replace(after, status=Status.PAID_OFF)
    session.undo_stack.push(ItemCommand(
        session, item, after,
        QCoreApplication.translate("Undo", "Record a payment to {name}").format(
            name=item.name)))


def set_status(session: Session, item: Item, status: Status) -> None:
    session.undo_stack.push(ItemCommand(
        session, item, replace(item, status=status),
        QCoreApplication.translate("Undo", "Change the status of {name}").format(
            name=item.name)))


def set_household(session: Session, household: Household) -> None:
    session.undo_stack.push(HouseholdCommand(
        session, household, QCoreApplication.translate("Undo", "Change household figures")))


def set_lpr_fixings(session: Session, fixings: list) -> None:
    """Store the LPR fixings the user added (the portfolio file's ``profile.lpr_fixings``);
    the LPR-linked items follow them."""
    _set_extra(session, "lpr_fixings", list(fixings),
               QCoreApplication.translate("Undo", "Change the LPR fixings"))


def set_thresholds(session: Session, thresholds: dict) -> None:
    """Store the stress thresholds that differ from the defaults (none: the defaults)."""
    _set_extra(session, "thresholds", dict(thresholds),
               QCoreApplication.translate("Undo", "Change the stress thresholds"))


def _set_extra(session: Session, key: str, value: list | dict, text: str) -> None:
    """One undoable change of a household setting kept in the profile file's ``profile``
    beside the known fields (``key`` left out when ``value`` is empty)."""
    extra = {k: v for k, v in session.household.extra.items() if k != key}
    if value:
        extra[key] = value
    session.undo_stack.push(HouseholdCommand(session, replace(session.household, extra=extra),
                                             text))
