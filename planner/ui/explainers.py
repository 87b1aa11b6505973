"""How a figure's explanation is put behind any widget: the calls pages make.

    attach_explanation(widget, provider, caption="")
    attach_cell_explanations(table_view, cell_provider)

``provider()`` returns a :class:`planner.core.explain.Explanation` (or None while the figure has
none); it is called when the person asks, so it sees the figures of that moment. The widget then
opens the explanation on a click, on Enter, Space or F1, and from its context menu; its tooltip
says so. ``cell_provider(index)`` does the same for the cells of a table: the table's context
menu (:mod:`planner.ui.table_export`) offers it beside "Export as CSV…", and F1 explains the
current cell. The dialog itself (:mod:`planner.ui.dialogs.explain_dialog`) is loaded when first
asked for, not with the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QWidget

from planner.core import explain as core
from planner.core.explain import Explanation
from planner.core.figures import Figures

if TYPE_CHECKING:
    from planner.ui.dialogs.explain_dialog import ExplainDialog

Provider = Callable[[], Explanation | None]
CellProvider = Callable[[QModelIndex], Explanation | None]
# The figure keys the pages use, and the record that explains each.
FIGURE_EXPLANATIONS: dict[str, Callable[[Figures], Explanation]] = {
    "payment": core.explain_payment, "total_interest": core.explain_total_interest,
    "total_fees": core.explain_total_fees, "total_paid": core.explain_total_paid,
    "total_cost": core.explain_total_cost, "apr": core.explain_apr, "ear": core.explain_ear,
    "months_to_payoff": core.explain_months_to_payoff}
_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F1)


def show_explanation(parent: QWidget, explanation: Explanation | None,
                     caption: str = "") -> ExplainDialog | None:
    """Open the dialog over ``parent``'s window (not blocking); None when there is nothing
    to explain, which the person is told in a tooltip."""
    if explanation is None:
        from PySide6.QtWidgets import QToolTip

        QToolTip.showText(QCursor.pos(), QCoreApplication.translate(
            "Explain", "No explanation for this figure right now."), parent)
        return None
    from planner.ui.dialogs.explain_dialog import ExplainDialog

    dialog = ExplainDialog(explanation, caption, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class Explainer(QObject):
    """Watches one widget: click, Enter / Space / F1 and its context menu open the dialog."""

    def __init__(self, widget: QWidget, provider: Provider, caption: str = "") -> None:
        super().__init__(widget)
        self.setObjectName("explainer")
        self.widget = widget
        self.provider = provider
        self.caption = caption
        widget.installEventFilter(self)

    def explain(self) -> ExplainDialog | None:
        return show_explanation(self.widget, self.provider(), self.caption)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            selecting = isinstance(watched, QLabel) and watched.hasSelectedText()
            if event.button() == Qt.MouseButton.LeftButton and not selecting:
                self.explain()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _KEYS:
                self.explain()
                return True
        elif kind == QEvent.Type.ContextMenu:
            menu = QMenu(self.widget)
            menu.addAction(self.tr("How is this computed?"), self.explain)
            menu.exec(QCursor.pos())
            return True
        return False


def attach_explanation(widget: QWidget, provider: Provider, caption: str = "") -> Explainer:
    """Put the explanation from ``provider`` behind ``widget`` (see the module notes)."""
    explainer = Explainer(widget, provider, caption)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    hint = QCoreApplication.translate("Explain", "Click (or press F1) to see how this is "
                                      "computed.")
    widget.setToolTip(hint)
    widget.setAccessibleDescription(hint)
    widget.setProperty("explained", True)
    return explainer


def attach_figure_explanations(labels: dict[str, QWidget],
                               figures: Callable[[], Figures | None]) -> None:
    """Explanations behind the labels of a product's figures, keyed as in
    ``FIGURE_EXPLANATIONS`` (others are left alone); ``figures()`` gives the figures shown."""
    for key, label in labels.items():
        explain = FIGURE_EXPLANATIONS.get(key)
        if explain is not None:
            def provider(explain=explain) -> Explanation | None:
                shown = figures()
                return explain(shown) if shown is not None else None

            attach_explanation(label, provider, label.accessibleName())


def explainer_of(widget: QWidget) -> Explainer | None:
    return widget.findChild(Explainer, "explainer")


class CellExplainer(QObject):
    """The cell explanations of one table view; F1 explains the current cell."""

    def __init__(self, view: QAbstractItemView, provider: CellProvider,
                 caption: Callable[[QModelIndex], str] | None = None) -> None:
        super().__init__(view)
        self.setObjectName("cellExplainer")
        self.view = view
        self.provider = provider
        self.caption = caption
        view.installEventFilter(self)

    def explanation(self, index: QModelIndex) -> Explanation | None:
        return self.provider(index) if index.isValid() else None

    def explain(self, index: QModelIndex) -> ExplainDialog | None:
        """The explanation of the cell at ``index``, titled by ``caption(index)`` when the
        table gave one, else by the cell's column."""
        if not index.isValid():
            caption = ""
        elif self.caption is not None:
            caption = self.caption(index)
        else:
            caption = str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        return show_explanation(self.view, self.explanation(index), caption)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F1:
            self.explain(self.view.currentIndex())
            return True
        return False


def attach_cell_explanations(view: QAbstractItemView, provider: CellProvider,
                             caption: Callable[[QModelIndex], str] | None = None
                             ) -> CellExplainer:
    """Explanations for the cells of ``view``: ``provider(index)`` gets the view's own index
    (a proxy's, when the view shows one) and returns an explanation or None; ``caption``
    titles it (default: the cell's column)."""
    view.setToolTip(QCoreApplication.translate(
        "Explain", "Right-click a figure (or press F1) to see how it is computed."))
    return CellExplainer(view, provider, caption)


def cell_explainer_of(view: QWidget) -> CellExplainer | None:
    return view.findChild(CellExplainer, "cellExplainer")
