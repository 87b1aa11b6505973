"""The main window's menu bar, laid out from its :class:`~planner.ui.actions.WindowActions`:
File (import, export, teaching scenarios and workshop handouts, PDF reports), Edit (undo,
redo), View (the pages, presenter mode, the scenario guide, predict-then-reveal) and Help
(glossary, about). Rebuilt whenever the actions are (a new session, a language switch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMenuBar

from planner.ui.actions import WindowActions

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def build_menus(bar: QMenuBar, actions: WindowActions) -> None:
    # The menus of the last build go, with their actions.
    for old in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()
    bar.clear()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([actions.import_portfolio, actions.import_statement,
                          actions.export_portfolio])
    file_menu.addSeparator()
    file_menu.addActions([actions.open_scenario, actions.reset_scenario,
                          actions.leave_scenario, actions.save_scenario, actions.handouts])
    file_menu.addSeparator()
    file_menu.addAction(actions.report)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions(actions.pages)
    view_menu.addSeparator()
    view_menu.addActions([actions.presenter, actions.guide, actions.predict])

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([actions.glossary, actions.about])
