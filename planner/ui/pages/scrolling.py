"""A page whose content scrolls when the window is smaller than the content needs, so that no
page holds the whole window at a large minimum size (a 1366 × 768 laptop, a half-screen window);
at the usual size the content fills the page and nothing scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _ContentLayout(QVBoxLayout):
    """Says it has no height-for-width, so the scroll area fits the content to the page (down
    to its minimum size) rather than to the preferred height of its wrapped text and charts."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


class _BoxesFitTheirText(QObject):
    """Keeps each box of the content (a group box, or a plain widget holding others) at least
    as tall as its wrapped text needs at the width it has (the content layout does not ask, see
    :class:`_ContentLayout`): a form whose boxes move under one another when the page narrows
    is never squeezed, nor a chart under tiles whose notes wrap (the Overview in presenter
    mode, where the tiles took the chart's room and cut off its years)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            _fit(watched)
        return False


def _fit(content: QWidget) -> None:
    for box in content.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        layout = box.layout()
        if box.isVisible() and layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(box.width())
            if need != box.minimumHeight():
                box.setMinimumHeight(need)


def fit_boxes_again(page: QWidget) -> None:
    """Fit ``page``'s boxes now, after something was put in one (the Overview's chart, built
    after its figures are shown), rather than at the page's next resize."""
    content = page.findChild(QWidget, "pageContent")
    if content is not None:
        _fit(content)


def scrolling_layout(page: QWidget, *, fit_boxes: bool = False) -> QVBoxLayout:
    """The layout to put ``page``'s content in (with the pages' usual margins); ``fit_boxes``:
    its group boxes keep the height their wrapped text needs (:class:`_BoxesFitTheirText`)."""
    scroll = QScrollArea(page)
    scroll.setObjectName("pageScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: the controls in it are
    content = QWidget(scroll)
    content.setObjectName("pageContent")
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    if fit_boxes:
        content.installEventFilter(_BoxesFitTheirText(content))
    layout = _ContentLayout(content)
    layout.setContentsMargins(16, 12, 16, 12)
    return layout
