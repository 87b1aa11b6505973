"""The "How is this computed?" dialog behind a figure: its heading and value, the formula with
the person's own numbers in the current language (``planner.text.explain.render``) and the
glossary terms it uses. :mod:`planner.ui.explainers` opens it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.explain import Explanation, Topic
from planner.ui import i18n


def figure_text(explanation: Explanation) -> str:
    """The explained figure as every surface shows it, in the app's language."""
    from planner.text.explain import figure_text as worded

    return worded(explanation, i18n.current_language())


class ExplainDialog(QDialog):
    """One explanation: its heading and figure, the sentences, the glossary terms."""

    def __init__(self, explanation: Explanation, caption: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from planner.text.explain import render, topic_title
        from planner.text.glossary import terms_for

        self.explanation = explanation
        lang = i18n.current_language()
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("How is this computed?"))
        title = caption or topic_title(explanation.topic, lang)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("detailTitle")
        self.heading.setWordWrap(True)
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if explanation.topic != Topic.WARNING.value:
            self.value.setText(figure_text(explanation))
        self.value.setVisible(bool(self.value.text()))
        self.sentences = render(explanation, lang).splitlines()
        self.terms = terms_for(explanation)
        parts = [f"<p>{html.escape(line)}</p>" for line in self.sentences]
        if self.terms:
            heading = self.tr("Terms used")
            parts.append(f"<h4>{html.escape(heading)}</h4>")
            parts += [f"<p><b>{html.escape(t.name(lang))}</b> — "
                      f"{html.escape(t.definition(lang))}</p>" for t in self.terms]
        self.body = QTextBrowser(self)
        self.body.setAccessibleName(self.tr("Explanation"))
        self.body.setOpenLinks(False)
        self.body.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.value)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and copying)."""
        return "\n".join([self.heading.text(), self.value.text(), self.body.toPlainText()])


