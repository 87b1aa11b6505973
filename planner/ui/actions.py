"""The main window's commands as ``QAction``s, with their words and shortcuts: what the menus
lay out (``planner.ui.menus``) and what shortcuts and tests trigger.

Made from a :class:`WindowCommands` (the window's public slots) and the controllers the window
owns (its scenario mode and presenter), so neither this module nor the menus reach into the
window's private parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from planner.ui.pages.registry import PAGES, page_title

if TYPE_CHECKING:
    from planner.ui.presenter import Presenter
    from planner.ui.scenario_mode import ScenarioMode

translate = QCoreApplication.translate


class WindowCommands(Protocol):
    """What the window does when asked (the slots of its menus)."""

    def import_portfolio(self) -> None: ...
    def import_statement(self) -> None: ...
    def export_portfolio(self) -> None: ...
    def export_report(self) -> None: ...
    def show_glossary(self) -> None: ...
    def show_about(self) -> None: ...
    def show_page(self, key: str) -> object: ...
    def close(self) -> bool: ...


@dataclass
class WindowActions:
    import_portfolio: QAction
    import_statement: QAction
    export_portfolio: QAction
    open_scenario: QAction
    reset_scenario: QAction
    leave_scenario: QAction
    save_scenario: QAction
    handouts: QAction
    report: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    pages: list[QAction]
    presenter: QAction
    guide: QAction
    predict: QAction
    glossary: QAction
    about: QAction
    owner: QObject    # parent of the actions made here: retiring it deletes them
    #: (signal, slot) pairs linking the actions to live objects, undone by :meth:`retire`.
    links: list[tuple[object, Callable]] = field(default_factory=list)

    def all(self) -> list[QAction]:
        return [self.import_portfolio, self.import_statement, self.export_portfolio,
                self.open_scenario,
                self.reset_scenario, self.leave_scenario, self.save_scenario, self.handouts,
                self.report, self.quit, self.undo, self.redo, *self.pages, self.presenter,
                self.guide, self.predict, self.glossary, self.about]

    def retire(self) -> None:
        """Undo the links and delete the actions (a rebuild replaces them)."""
        for signal, slot in self.links:
            signal.disconnect(slot)  # type: ignore[attr-defined]
        self.links.clear()
        self.owner.deleteLater()


def _action(parent: QObject, text: str, slot: Callable[[], object],
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def make_actions(parent: QObject, commands: WindowCommands, undo_stack: QUndoStack,
                 scenarios: ScenarioMode, presenter: Presenter) -> WindowActions:
    """Every action, in the language in force now, owned by a new child of ``parent``."""
    parent = QObject(parent)
    keys = QKeySequence.StandardKey
    pages = []
    for k, spec in enumerate(PAGES):
        action = _action(parent, page_title(spec),
                         lambda key=spec.key: commands.show_page(key),
                         f"Ctrl+{k + 1}" if k < 9 else None)
        pages.append(action)
    undo = undo_stack.createUndoAction(parent, translate("MainWindow", "&Undo"))
    undo.setShortcuts([QKeySequence(keys.Undo)])
    redo = undo_stack.createRedoAction(parent, translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    presenting = QAction(translate("MainWindow", "&Presenter mode"), parent)
    presenting.setCheckable(True)
    presenting.setChecked(presenter.active)
    presenting.setShortcut(QKeySequence("F11"))
    presenting.toggled.connect(presenter.set_active)
    if scenarios.active:  # the guide's dock and predict-then-reveal's show and hide by these
        guide = scenarios.guide.toggleViewAction()
        predict = scenarios.predict.toggleViewAction()  # a workshop question, guesses, the answer
    else:  # hidden, and the docks not made: the menus are rebuilt when a scenario opens
        guide, predict = QAction(parent), QAction(parent)
    guide.setText(translate("MainWindow", "Scenario &guide"))
    predict.setText(translate("MainWindow", "Predict, then &reveal"))
    predict.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window = scenarios.window
    actions = WindowActions(
        import_portfolio=_action(parent, translate("MainWindow", "&Import a portfolio…"),
                                 commands.import_portfolio, keys.Open),
        import_statement=_action(parent, translate("StatementImport", "Import a &statement…"),
                                 commands.import_statement, "Ctrl+Shift+I"),
        export_portfolio=_action(parent, translate("MainWindow", "&Export the portfolio…"),
                                 commands.export_portfolio, "Ctrl+E"),
        open_scenario=_action(parent, translate("MainWindow", "Open a &teaching scenario…"),
                              scenarios.choose, "Ctrl+Shift+T"),
        reset_scenario=_action(parent, translate("MainWindow", "&Reset the scenario"),
                               scenarios.reset),
        leave_scenario=_action(parent, translate("MainWindow", "&Leave the scenario"),
                               scenarios.leave),
        save_scenario=_action(parent, translate("MainWindow", "Save as a teaching scena&rio…"),
                              lambda: _save_scenario(window)),
        handouts=_action(parent, translate("MainWindow", "Print workshop &handouts…"),
                         lambda: _handouts(window), "Ctrl+Shift+H"),
        report=_action(parent, translate("MainWindow", "Export a &report (PDF)…"),
                       commands.export_report, "Ctrl+Shift+E"),
        quit=_action(parent, translate("MainWindow", "&Quit"), commands.close, keys.Quit),
        undo=undo, redo=redo, pages=pages, presenter=presenting, guide=guide, predict=predict,
        glossary=_action(parent, translate("MainWindow", "&Glossary"), commands.show_glossary,
                         "Ctrl+G"),
        about=_action(parent, translate("MainWindow", "&About Planner"), commands.show_about),
        owner=parent,
    )

    def scenario_state() -> None:
        actions.reset_scenario.setEnabled(scenarios.active)
        actions.leave_scenario.setEnabled(scenarios.home is not None)
        guide.setVisible(scenarios.active)
        predict.setVisible(scenarios.active)

    def predict_raised(checked: bool) -> None:
        if checked:  # in front of the guide it shares the side with
            scenarios.predict.raise_()

    scenario_state()
    actions.links = [(scenarios.changed, scenario_state), (presenter.toggled,
                                                           presenting.setChecked),
                     (predict.triggered, predict_raised)]
    for signal, slot in actions.links:
        signal.connect(slot)
    return actions


def _save_scenario(window) -> None:  # noqa: ANN001 - the main window
    from planner.ui.dialogs.scenario_save_dialog import save_scenario

    save_scenario(window)


def _handouts(window) -> None:  # noqa: ANN001 - the main window
    from planner.ui.dialogs.handout_dialog import ask_handouts

    ask_handouts(window)
