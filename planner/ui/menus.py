"""The main window's menu bar, rebuilt whenever the session or the language changes: File
(import, export, teaching scenarios, PDF reports), Edit (undo, redo), View (the pages,
presenter mode, the scenario guide) and Help (glossary, about). The actions are kept on the
window (``window.import_action``...) for shortcuts and tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from planner.ui.main_window import MainWindow


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _action(menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None
            ) -> QAction:
    action = QAction(text, menu)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> None:
    from planner.ui.main_window import PAGES, page_title
    from planner.ui.presenter import presenter
    from planner.ui.reporting import ask_report
    from planner.ui.scenario_mode import scenario_mode

    bar = window.menuBar()
    # The menus of the last build go, with their actions, and their links to live objects.
    for signal, slot in getattr(window, "_menu_links", []):
        signal.disconnect(slot)
    for old in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()
    bar.clear()
    scenarios = scenario_mode(window)

    file_menu = f = bar.addMenu(translate("MainWindow", "&File"))
    window.import_action = _action(f, translate("MainWindow", "&Import a portfolio…"),
                                   window._import, QKeySequence.StandardKey.Open)
    window.export_action = _action(f, translate("MainWindow", "&Export the portfolio…"),
                                   window._export, "Ctrl+E")
    window.scenario_action = _action(f, translate("MainWindow", "Open a &teaching scenario…"),
                                     scenarios.choose, "Ctrl+Shift+T")
    window.reset_scenario_action = _action(f, translate("MainWindow", "&Reset the scenario"),
                                           scenarios.reset)
    window.leave_scenario_action = _action(f, translate("MainWindow", "&Leave the scenario"),
                                           scenarios.leave)
    window.report_action = _action(f, translate("MainWindow", "Export a &report (PDF)…"),
                                   lambda: ask_report(window), "Ctrl+Shift+E")
    quit_action = _action(f, translate("MainWindow", "&Quit"), window.close,
                          QKeySequence.StandardKey.Quit)
    file_menu.addActions([window.import_action, window.export_action])
    file_menu.addSeparator()
    file_menu.addActions([window.scenario_action, window.reset_scenario_action,
                          window.leave_scenario_action])
    file_menu.addSeparator()
    file_menu.addAction(window.report_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    stack = window.session.undo_stack
    window.undo_action = stack.createUndoAction(edit_menu, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
    window.redo_action = stack.createRedoAction(edit_menu, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addActions([window.undo_action, window.redo_action])

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for k, spec in enumerate(PAGES):
        action = QAction(page_title(spec), view_menu)
        if k < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{k + 1}"))
        action.triggered.connect(lambda _c=False, key=spec.key: window.show_page(key))
        view_menu.addAction(action)
    view_menu.addSeparator()
    mode = presenter(window)
    window.presenter_action = QAction(translate("MainWindow", "&Presenter mode"), view_menu)
    window.presenter_action.setCheckable(True)
    window.presenter_action.setChecked(mode.active)
    window.presenter_action.setShortcut(QKeySequence("F11"))
    window.presenter_action.toggled.connect(mode.set_active)
    view_menu.addAction(window.presenter_action)
    guide_action = scenarios.guide.toggleViewAction()
    guide_action.setText(translate("MainWindow", "Scenario &guide"))
    view_menu.addAction(guide_action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.glossary_action = _action(help_menu, translate("MainWindow", "&Glossary"),
                                     lambda: _glossary(window), "Ctrl+G")
    about = _action(help_menu, translate("MainWindow", "&About Planner"), window._about)
    help_menu.addActions([window.glossary_action, about])

    def scenario_state() -> None:
        window.reset_scenario_action.setEnabled(scenarios.active)
        window.leave_scenario_action.setEnabled(scenarios.home is not None)
        guide_action.setVisible(scenarios.active)

    scenario_state()
    window._menu_links = [(scenarios.changed, scenario_state),
                          (mode.toggled, window.presenter_action.setChecked)]
    for signal, slot in window._menu_links:
        signal.connect(slot)


def _glossary(window: MainWindow) -> None:
    from planner.ui.dialogs.glossary_dialog import show_glossary

    show_glossary(window)
