"""Teaching scenarios inside the running app: open one as a throw-away profile (the way
``--demo`` opens the demo), show its guide, reset it to its start, and leave it for the profile
that was open before.

A scenario opens by name (a bundled one) or from a scenario file of one's own (checked whole
when opened). Beside the guide, the predict-then-reveal dock asks the scenario's questions
(:mod:`planner.ui.predict`).

The window keeps one session at a time; this controller swaps them (``MainWindow.attach``).
The profile that was open before the first scenario stays open, untouched, until the person
leaves the scenario or quits. Each scenario profile lives in a temporary directory, removed
when it is replaced (reset, another scenario) or by :meth:`ScenarioMode.cleanup` at exit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from planner.ui.backends import StoreBackend
from planner.ui.session import Session

if TYPE_CHECKING:
    from planner.ui.demo import DemoProfile
    from planner.ui.scenario_guide import ScenarioGuide


class ScenarioMode(QObject):
    """Owned by the main window (``MainWindow.scenario_mode``), whose ``attach``, ``session``
    and ``language_switched`` it uses."""

    changed = Signal()     # a scenario was opened, reset or left

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.profile: DemoProfile | None = None   # the open scenario's throw-away profile
        self.home: Session | None = None          # the session to go back to
        self._guide: ScenarioGuide | None = None
        self._predict = None

    @property
    def guide(self) -> ScenarioGuide:
        """The scenario's guide dock, made when first asked for (hidden): the window's menus
        ask for it only once a scenario is open, so start-up loads no scenario module."""
        if self._guide is None:
            from planner.ui.scenario_guide import ScenarioGuide

            self._guide = ScenarioGuide(self.window)
            self._guide.hide()
            self._guide.reset_requested.connect(self.reset)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._guide)
            self.window.language_switched.connect(lambda _lang: self._guide.retranslate())
        return self._guide

    @property
    def predict(self):
        """The predict-then-reveal dock, made when first asked for (hidden)."""
        if self._predict is None:
            from planner.core.portfolio import Portfolio
            from planner.ui.predict import PredictReveal

            def now():
                session = self.window.session
                return Portfolio(session.household, session.items()), session.today()

            self._predict = PredictReveal(now, self.window)
            self._predict.hide()
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._predict)
            self.window.tabifyDockWidget(self.guide, self._predict)
            self.window.language_switched.connect(lambda _lang: self._predict.retranslate())
            self._predict.show_scenario(self.scenario)
        return self._predict

    def set_predicting(self, on: bool) -> None:
        """Show (in front of the guide) or hide the predict-then-reveal dock."""
        dock = self.predict
        if on and self.scenario is not None:
            dock.show()
            dock.raise_()
        else:
            dock.hide()

    @property
    def active(self) -> bool:
        return self.profile is not None

    @property
    def scenario(self):
        return self.profile.scenario if self.profile is not None else None

    def adopt(self, profile: DemoProfile) -> None:
        """The scenario the app was started on (``--scenario``), already attached."""
        self.profile = profile
        self.window.rebuild_menus()  # built before the scenario was known: no guide in them
        self._show_guide()

    def choose(self) -> bool:
        """Ask which scenario to open, and open it."""
        from planner.content.scenarios import list_scenarios
        from planner.ui.dialogs.scenario_dialog import ScenarioPicker

        picker = ScenarioPicker(list_scenarios(), self.window)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return False
        if picker.loaded is not None:  # a scenario file, read and checked by the picker
            return self.open(picker.loaded.name, picker.loaded)
        if picker.chosen() is None:
            return False
        return self.open(picker.chosen())

    def open_file(self, path) -> bool:  # noqa: ANN001 - a path
        """Open the scenario file at ``path`` (checked whole; a problem is said in a dialog)."""
        from planner.ui.dialogs.scenario_dialog import read_scenario_file

        scenario = read_scenario_file(path, self.window)
        return scenario is not None and self.open(scenario.name, scenario)

    def open(self, name: str, scenario=None) -> bool:
        """Open scenario ``name`` (or the loaded ``scenario``) in place of what is shown."""
        from planner.ui.opening import open_scenario_profile

        profile = open_scenario_profile(name, self.window, scenario)
        if profile is None:
            return False
        self._swap(profile)
        return True

    def reset(self) -> bool:
        """Back to the scenario's start: a fresh profile from the same (moved) data."""
        scenario = self.scenario
        if scenario is None:
            return False
        return self.open(scenario.name, scenario)

    def leave(self) -> bool:
        """Close the scenario and show the profile that was open before it."""
        if self.home is None or self.profile is None:
            return False
        old_session, old_profile = self.window.session, self.profile
        self.profile = None
        self.window.attach(self.home)
        self.home = None
        self._retire(old_session, old_profile)
        if self._guide is not None:
            self._guide.hide()
        if self._predict is not None:
            self._predict.show_scenario(None)
            self._predict.hide()
        self.changed.emit()
        return True

    def _swap(self, profile: DemoProfile) -> None:
        old_session, old_profile = self.window.session, self.profile
        if old_profile is None:
            self.home = old_session  # the person's own profile (or the demo): kept open
        session = Session(StoreBackend(profile.profile), demo=True, parent=self.window)
        self.profile = profile
        self.window.attach(session)
        if old_profile is not None:
            self._retire(old_session, old_profile)
        self._show_guide()

    def _retire(self, session: Session | None, profile: DemoProfile) -> None:
        if session is not None:
            session.wait_for_recompute()
            session.deleteLater()
        profile.cleanup()

    def _show_guide(self) -> None:
        if self.scenario is not None:
            self.guide.show_scenario(self.scenario)
            self.guide.show()
            self.window.resizeDocks([self.guide], [270], Qt.Orientation.Horizontal)
        if self._predict is not None:
            self._predict.show_scenario(self.scenario)
        self.changed.emit()

    def cleanup(self) -> None:
        """Remove the open scenario's profile (at exit)."""
        if self.profile is not None:
            if self.window.session is not None:
                self.window.session.wait_for_recompute()
            self.profile.cleanup()

