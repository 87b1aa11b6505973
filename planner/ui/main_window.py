"""The main window: a sidebar of pages, their stack, the menus, undo/redo and a status bar.

It only wires pages together. A page is one line in ``planner.ui.pages.registry``; its module is
imported and the page built when it is first shown, so start-up builds only the page on screen
(the Overview, usually) and its figures are up before anything else is loaded. The window
owns its scenario mode and presenter mode, and its actions (the menus' entries) call its
public slots.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.ui import i18n
from planner.ui.pages.registry import PAGES, page_title
from planner.ui.theme import icon


class MainWindow(QMainWindow):
    """Shown before the profile opens (:meth:`attach` fills the pages in)."""

    figures_shown = Signal()   # the open page's figures painted (its chart may follow)
    ready = Signal()           # pages built and the first figures shown, chart and menus too
    language_switched = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = None
        self.pages: dict[str, QWidget] = {}
        self.actions = None      # WindowActions, made with the first session
        self._scenario_mode = None
        self._presenter = None
        self._rebuild_pending = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget(self)
        self.brand = QLabel(self)
        self.brand.setObjectName("brand")
        pane = QWidget(self)
        pane.setObjectName("sidebarPane")
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.brand)
        pane_layout.addWidget(self.sidebar, 1)
        pane.setFixedWidth(190)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(pane)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The status bar is made when first needed: making it took 6 ms of the start-up, before
        # the first figures, which show without it.
        self.progress: QProgressBar | None = None
        self._built: set[str] = set()
        self._ready_sent = False
        self._opening = False     # a session attached whose first figures are not shown yet
        self._menus_session = None
        self._menus_watched = False
        for spec in PAGES:
            self.stack.addWidget(self._placeholder(spec.key))
            QListWidgetItem(icon(spec.icon), "", self.sidebar)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        self._retranslate_chrome()
        self.resize(1280, 820)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        self.sidebar.setCurrentRow(self._saved_page_index())

    # -- pages --------------------------------------------------------------------------------

    def _saved_page_index(self) -> int:
        key = self.settings.value("window/page", "overview")
        return next((k for k, s in enumerate(PAGES) if s.key == key), 0)

    def _placeholder(self, key: str) -> QLabel:
        placeholder = QLabel(self.tr("Opening your profile…"), self.stack)
        placeholder.setObjectName("placeholder")  # centred by the stylesheet
        self.pages[key] = placeholder
        return placeholder

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page(PAGES[row].key)
            self.stack.setCurrentIndex(row)
            self.settings.setValue("window/page", PAGES[row].key)

    def show_page(self, key: str) -> QWidget:
        row = next(k for k, s in enumerate(PAGES) if s.key == key)
        self.sidebar.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if this is its first showing (a placeholder while no
        profile is open)."""
        if key not in self._built and self.session is not None:
            self._build_page(key)
        return self.pages[key]

    @property
    def built_pages(self) -> dict[str, QWidget]:
        """The pages built so far (the others are built when first shown)."""
        return {key: page for key, page in self.pages.items() if key in self._built}

    def attach(self, session) -> None:
        """Build the real pages over the open profile's ``session`` (called again with another
        session when a teaching scenario opens, resets or closes).

        What a person waits for comes first (issue 14): the page on screen with its figures,
        painted (``figures_shown``); then its warnings with the rates behind them, painted
        (:meth:`_show_first_warnings`); then its chart, the menus, the reminders and the tables'
        menus (:meth:`_finish_opening`); then ``ready``."""
        if self.session is not None:
            self.session.recompute_progressed.disconnect(self._progress)
            self.session.figures_updated.disconnect(self._figures_updated)
        self.session = session
        self._ready_sent = False
        self._opening = True
        session.recompute_progressed.connect(self._progress)
        session.figures_updated.connect(self._figures_updated)
        self._build_pages()
        session.recompute_all()
        if session.recomputing:  # a large profile, on the worker thread: its progress shown
            self._progress(0, max(len(session.items()), 1))
        else:  # done at once (a household-sized profile)
            self._figures_updated()

    def _build_pages(self) -> None:
        """(Re)build for the current session and language: the page on screen now, the others
        put back to placeholders, built when first shown."""
        current = max(self.sidebar.currentRow(), 0)
        for k, spec in enumerate(PAGES):
            if spec.key in self._built:
                self._replace(k, self._placeholder(spec.key))
        self._built.clear()
        self._build_page(PAGES[current].key)
        self.stack.setCurrentIndex(current)

    def _build_page(self, key: str) -> None:
        k = next(n for n, s in enumerate(PAGES) if s.key == key)
        spec = PAGES[k]
        module_name, class_name = spec.factory.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        if self._opening and getattr(cls, "shows_figures_first", False):
            page = cls(self.session, *spec.args, parent=self.stack, figures_first=True)
        else:
            page = cls(self.session, *spec.args, parent=self.stack)
        self._built.add(key)
        self._replace(k, page)
        self.pages[key] = page
        if hasattr(page, "language_chosen"):
            page.language_chosen.connect(self.set_language)
        if self._menus_watched:  # a page built later: its tables get the menu at once
            self._table_menus(page)

    def _replace(self, k: int, widget: QWidget) -> None:
        showing = self.stack.currentIndex() == k
        old = self.stack.widget(k)
        self.stack.insertWidget(k, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        if showing:
            self.stack.setCurrentIndex(k)

    def _figures_updated(self) -> None:
        """New figures are in every page: once per session, after the pages' own slots for
        them have run, they are painted and the opening finishes."""
        if self.progress is not None:
            self.progress.hide()
        if not self._ready_sent:
            self._ready_sent = True
            QTimer.singleShot(0, self, self._show_first_figures)
        else:
            self._say_up_to_date()

    def _say_up_to_date(self) -> None:
        self.statusBar().showMessage(self.tr("All figures are up to date."), 4000)

    def _show_first_figures(self) -> None:
        self.repaint()  # on screen now, not at the next idle moment after the rest is built
        self.figures_shown.emit()
        QTimer.singleShot(0, self, self._show_first_warnings)

    def _show_first_warnings(self) -> None:
        """The rates (numpy) and the pages' warnings, painted before the rest is made."""
        self._opening = False
        self.session.check_rates()
        for page in self._built_pages():
            if hasattr(page, "add_warnings"):
                page.add_warnings()
        self.repaint()
        QTimer.singleShot(0, self, self._finish_opening)

    def _finish_opening(self) -> None:
        """Everything the figures and warnings did not wait for: the pages' charts, the menus,
        the reminders; then ``ready``."""
        for page in self._built_pages():
            if hasattr(page, "finish"):
                page.finish()
        if self._menus_session is not self.session:  # a scenario adopted may have made them
            self._build_menus()
        from planner.ui.notices import attach_backup_notice  # today's backup, if it failed
        from planner.ui.reminders import attach_reminders  # payments due soon, told once

        attach_reminders(self, self.session)
        attach_backup_notice(self, self.session)
        self._table_menus()  # "Export as CSV…" on every table
        self._say_up_to_date()
        QTimer.singleShot(0, self, self.ready.emit)

    def _built_pages(self) -> list[QWidget]:
        return [self.pages[key] for key in self._built]

    def _progress(self, done: int, total: int) -> None:
        """The status bar's progress bar, while the figures are worked out on the worker
        thread. A household-sized profile is done at once, before anything is painted: the bar
        shown for it was never seen, and showing it and repainting it at each item took 20-30 ms
        of the start-up."""
        if not self.session.recomputing:
            if self.progress is not None:
                self.progress.hide()
            return
        if self.progress is None:
            self.progress = QProgressBar(self)
            self.progress.setMaximumWidth(180)
            self.statusBar().addPermanentWidget(self.progress)
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Working out schedules… %v/%m"))
        self.progress.setVisible(done < total)

    # -- menus and text -----------------------------------------------------------------------

    def _retranslate_chrome(self) -> None:
        self.setWindowTitle(self.tr("Planner — personal credit"))
        self.brand.setText(self.tr("Planner"))
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for k, spec in enumerate(PAGES):
            entry = self.sidebar.item(k)
            entry.setText(page_title(spec))
            entry.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=page_title(spec), n=k + 1)
                             if k < 9 else page_title(spec))

    def _table_menus(self, root: QWidget | None = None) -> None:
        from planner.ui.table_export import install_table_menus

        install_table_menus().watch_all(root or self)
        self._menus_watched = True

    def rebuild_menus(self) -> None:
        """The menus made again for the session in force (a teaching scenario adopted after
        the window attached its session brings its guide's entries)."""
        self._build_menus()

    def _build_menus(self) -> None:
        from planner.ui.actions import make_actions
        from planner.ui.menus import build_menus  # File, Edit, View, Help

        if self.actions is not None:
            self.actions.retire()
        self.actions = make_actions(self, self, self.session.undo_stack, self.scenario_mode,
                                    self.presenter)
        build_menus(self.menuBar(), self.actions)
        self._menus_session = self.session

    @property
    def scenario_mode(self):
        """Teaching scenarios in the running app (``planner.ui.scenario_mode``), made when
        first needed."""
        if self._scenario_mode is None:
            from planner.ui.scenario_mode import ScenarioMode

            self._scenario_mode = ScenarioMode(self)
        return self._scenario_mode

    def cleanup_scenario(self) -> None:
        """At exit: remove the open teaching scenario's profile, if scenario mode was made."""
        if self._scenario_mode is not None:
            self._scenario_mode.cleanup()

    @property
    def presenter(self):
        """Presenter mode (``planner.ui.presenter``), made when first needed."""
        if self._presenter is None:
            from planner.ui.presenter import Presenter

            self._presenter = Presenter(self)
        return self._presenter

    # -- the menus' slots ---------------------------------------------------------------------

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Planner"), self.tr(
            "Planner {version}: cards, installment plans, cash loans and loans with their true "
            "annual rate, kept on this computer only, encrypted.").format(version=__version__))

    def import_portfolio(self) -> None:
        from planner.ui.transfer import import_portfolio

        import_portfolio(self)

    def import_statement(self) -> None:
        from planner.ui.statement_import import import_statement

        import_statement(self)

    def export_portfolio(self) -> None:
        from planner.ui.transfer import export_portfolio

        export_portfolio(self)

    def export_report(self) -> None:
        from planner.ui.reporting import ask_report

        ask_report(self)

    def show_glossary(self) -> None:
        from planner.ui.dialogs.glossary_dialog import show_glossary

        show_glossary(self)

    # -- language -----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch language while running: the catalogue, the saved choice, every text."""
        if language == i18n.current_language():
            return
        i18n.switch_language(language)
        # Widgets inherit their locale from the window, which kept the one it was made with:
        # set it, or the calendar's month and weekday names stay in the old language.
        self.setLocale(i18n.qlocale(language))
        self.settings.setValue("language", language)
        self.language_switched.emit(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            # Rebuild after the event: the settings page that asked may be on the stack now.
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._rebuild_pending = False
        self._retranslate_chrome()
        if self.session is not None:
            self._build_pages()
            self._build_menus()

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.session is not None:
            self.session.wait_for_recompute()
        super().closeEvent(event)
