"""A page whose content scrolls when the window is smaller than the content needs, so that no
page holds the whole window at a large minimum size (a 1366 × 768 laptop, a half-screen window);
at the usual size the content fills the page and nothing scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _ContentLayout(QVBoxLayout):
    """Says it has no height-for-width, so the scroll area fits the content to the page (down
    to its minimum size) rather than to the preferred height of its wrapped text and charts."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """The layout to put ``page``'s content in (with the pages' usual margins)."""
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
    layout = _ContentLayout(content)
    layout.setContentsMargins(16, 12, 16, 12)
    return layout
