"""The glossary window lists every term in the current language and finds terms typed in
either language; its model passes Qt's model tester."""

from __future__ import annotations

from planner.text.glossary import glossary
from planner.ui import i18n
from planner.ui.dialogs.glossary_dialog import GlossaryDialog, show_glossary
from planner.ui.models.glossary_model import GlossaryModel


def test_glossary_model(qtmodeltester) -> None:
    model = GlossaryModel()
    model.set_rows(glossary())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(glossary())


def test_search_in_either_language(qtbot) -> None:
    dialog = GlossaryDialog()
    qtbot.addWidget(dialog)
    assert dialog.visible_codes() == [t.code for t in glossary()]
    dialog.search.setText("等额")
    assert dialog.visible_codes() == ["annuity", "equal_principal"]
    dialog.search.setText("GRACE")
    assert dialog.visible_codes() == ["grace_period"]
    assert "Grace period" in dialog.meaning.toPlainText()
    dialog.search.setText("no such word")
    assert dialog.visible_codes() == [] and not dialog.empty.isHidden()
    dialog.search.clear()
    assert len(dialog.visible_codes()) == len(glossary()) and dialog.empty.isHidden()


def test_chinese_names_and_meanings_follow_the_language(qtbot) -> None:
    i18n.switch_language("zh_CN")
    dialog = GlossaryDialog()
    qtbot.addWidget(dialog)
    dialog.search.setText("grace")  # an English word still finds the term
    assert dialog.visible_codes() == ["grace_period"]
    assert dialog.list.currentIndex().data() == "宽限期"
    assert "全额还款不计利息" in dialog.meaning.toPlainText()


def test_one_window_per_main_window(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    first = show_glossary(window)
    assert show_glossary(window, "ear") is first
    assert first.list.currentIndex().data() == "EAR (effective annual rate)"
