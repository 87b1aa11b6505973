"""Settings: the language (switched at once), the APR convention used by default, the
household's monthly figures and when its money arrives and goes (paydays, a bonus, rent on its
day: :mod:`.schedule_editor`), the reminders before payments, and the stress thresholds
(:mod:`.thresholds_form`)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core import reminders
from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.core.explain import Topic
from planner.core.explain_planning import explain_schedule
from planner.core.income import monthly_average
from planner.core.money import quantum
from planner.store.errors import StoreError
from planner.ui import labels, undo
from planner.ui.dialogs.fields import FieldBox, amount_problem, read_decimal
from planner.ui.explainers import attach_explanation
from planner.ui.i18n import Formatter, current_language
from planner.ui.notices import BACKUP_BANNER, Banner
from planner.ui.pages.lpr_fixings import LprFixingsBox
from planner.ui.pages.schedule_editor import ScheduleEditor
from planner.ui.pages.scrolling import scrolling_layout
from planner.ui.pages.thresholds_form import ThresholdsBox
from planner.ui.session import Session

#: Each language named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class SettingsPage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_settings")
        heading = QLabel(self.page_title(), self)
        heading.setObjectName("pageTitle")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.convention = QComboBox(self)
        self.convention.setAccessibleName(self.tr("Default APR convention"))
        self.convention.addItem(self.tr("By currency (the law where the loan is made)"), "")
        for convention, name in labels.convention_names().items():
            self.convention.addItem(name, convention.value)
        current = session.convention
        self.convention.setCurrentIndex(self.convention.findData(current.value if current
                                                                 else ""))
        self.convention.currentIndexChanged.connect(self._convention_changed)
        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        for text, widget in ((self.tr("&Language"), self.language),
                             (self.tr("True APR &convention"), self.convention)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = QLabel(self.tr("China: PBoC 2021 No. 3, IRR method. US: Regulation Z, "
                              "Appendix J. EU: Directive 2008/48/EC, Annex I."), self)
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)

        self.money_fields: dict[str, tuple[QLineEdit, FieldBox]] = {}
        household = QGroupBox(self.tr("Household, per month"), self)
        hform = QFormLayout(household)
        for key, text in (("monthly_income", self.tr("&Income after tax")),
                          ("essential_expenses", self.tr("&Essential spending")),
                          ("cash_buffer", self.tr("Cash &buffer"))):
            edit = QLineEdit(self)
            edit.setAccessibleName(text.replace("&", ""))
            box = FieldBox(edit, QLabel(session.currency, self))
            edit.textChanged.connect(self._validate_household)
            label = QLabel(text, self)
            label.setBuddy(edit)
            hform.addRow(label, box)
            self.money_fields[key] = (edit, box)
        # When the money arrives and goes: a schedule instead of the single monthly figure.
        self.timed: dict[str, QCheckBox] = {}
        self.editors: dict[str, ScheduleEditor] = {}
        self.averages: dict[str, QLabel] = {}
        for key, figure, text, what in (
                ("income_schedule", "monthly_income",
                 self.tr("Income arrives on set days (paydays, a bonus)"),
                 self.tr("When the income arrives")),
                ("expense_schedule", "essential_expenses",
                 self.tr("Spending goes on set days (rent, bills)"),
                 self.tr("When the essential spending goes"))):
            check = QCheckBox(text, self)
            editor = ScheduleEditor(session.currency, what, self)
            average = QLabel(self)
            average.setObjectName("hint")
            average.setAccessibleName(self.tr("Average month"))
            topic = Topic.MONTHLY_INCOME if figure == "monthly_income" \
                else Topic.MONTHLY_ESSENTIALS
            attach_explanation(average, lambda key=key, topic=topic: self._explain(key, topic),
                               what)
            check.toggled.connect(lambda _on, key=key: self._timed_toggled(key))
            editor.changed.connect(self._validate_household)
            hform.addRow("", check)
            hform.addRow("", editor)
            hform.addRow("", average)
            self.timed[key], self.editors[key], self.averages[key] = check, editor, average
        self.apply_button = QPushButton(self.tr("A&pply"), self)
        self.apply_button.setAccessibleName(self.tr("Apply household figures"))
        self.apply_button.clicked.connect(self.apply_household)
        hform.addRow("", self.apply_button)

        reminder_box = QGroupBox(self.tr("Reminders"), self)
        rform = QFormLayout(reminder_box)
        self.reminder_days = QLineEdit(self)
        self.reminder_days.setAccessibleName(self.tr("Days before a payment"))
        self.reminder_days.setPlaceholderText("3, 1")
        self.reminder_box = FieldBox(self.reminder_days, QLabel(self.tr("days before"), self))
        self.reminder_days.editingFinished.connect(self.apply_reminders)
        self.reminder_days.textChanged.connect(lambda _t: self._reminder_days_valid())
        self.notify = QCheckBox(self.tr("&Notify me while Planner is open"), self)
        self.notify.toggled.connect(lambda _on: self.apply_reminders())
        label = QLabel(self.tr("&Remind me"), self)
        label.setBuddy(self.reminder_days)
        rform.addRow(label, self.reminder_box)
        rform.addRow("", self.notify)
        reminder_note = QLabel(self.tr(
            "The calendar export (.ics) carries an alarm at 09:00 on each of these days before "
            "every payment (0: on the day itself); while Planner is open it shows the payments "
            "due within the largest of them."), self)
        reminder_note.setObjectName("hint")
        reminder_note.setWordWrap(True)
        rform.addRow("", reminder_note)

        self.thresholds = ThresholdsBox(session, self)
        self.lpr_fixings = LprFixingsBox(session, self)

        data = QGroupBox(self.tr("Your data"), self)
        dform = QVBoxLayout(data)
        self.data_label = QLabel(self)
        self.data_label.setWordWrap(True)
        self.data_label.setObjectName("hint")
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        dform.addWidget(self.data_label)
        dform.addWidget(self.backup_button)

        self.columns = columns = QHBoxLayout()
        self._left = left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(reminder_box)
        left.addWidget(data)
        left.addStretch(1)
        self._right = right = QVBoxLayout()
        right.addWidget(household)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = scrolling_layout(self, fit_boxes=True)
        layout.addWidget(heading)
        layout.addLayout(columns)
        layout.addWidget(self.thresholds)
        layout.addWidget(self.lpr_fixings)
        layout.addStretch(1)
        session.household_changed.connect(self._load_household)
        self._load_household()
        self._load_reminders()
        self._describe_data()

    def page_title(self) -> str:
        return self.tr("Settings")

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        """Two columns where they fit side by side, else one under the other: the page never
        scrolls sideways (1024 pixels wide, or Chinese labels)."""
        super().resizeEvent(event)
        margins = 2 * 16 + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = (self._left.minimumSize().width() + self._right.minimumSize().width()
                  + self.columns.spacing() + margins)
        direction = (QBoxLayout.Direction.LeftToRight if self.width() >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def _profile(self):
        return getattr(self.session.backend, "profile", None)

    def _describe_data(self) -> None:
        profile = self._profile()
        if self.session.demo:
            self.data_label.setText(self.tr("This is the demo: a throw-away profile. Nothing "
                                            "you change here is kept."))
            self.backup_button.setEnabled(False)
            return
        if profile is None:
            self.data_label.setText(self.tr("Nothing is saved in this session."))
            self.backup_button.setEnabled(False)
            return
        backups = profile.backups()
        text = self.tr("Encrypted profile: {path}").format(path=profile.path)
        if backups:
            newest = max(backups, key=lambda b: b.taken)
            text += "\n" + self.tr("{count} backups; the newest from {date}.").format(
                count=len(backups), date=Formatter().date(newest.taken.date()))
        self.data_label.setText(text)

    def back_up(self) -> None:
        profile = self._profile()
        if profile is None or self.session.demo:
            return
        try:
            backup = profile.backup()
        except StoreError as error:  # the disk still full, the folder still read-only
            QMessageBox.warning(self, self.tr("Back up now"), self.tr(
                "No backup was taken: {problem}").format(problem=error))
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Backup saved: {path}").format(
                path=backup.path), 6000)
        banner = window.findChild(Banner, BACKUP_BANNER)
        if banner is not None:  # today's backup that failed is there now
            banner.hide()
        self._describe_data()

    def _convention_changed(self) -> None:
        value = self.convention.currentData()
        self.session.set_convention(Convention(value) if value else None)

    def _load_household(self) -> None:
        h = self.session.household
        for key, (edit, _box) in self.money_fields.items():
            edit.setText(format(getattr(h, key), "f"))
        for key, editor in self.editors.items():
            schedule = getattr(h, key)
            check = self.timed[key]
            check.blockSignals(True)
            check.setChecked(bool(schedule))
            check.blockSignals(False)
            editor.set_schedule(schedule)
            self._show_timed(key)
        self._validate_household()

    def _figure_of(self, key: str) -> str:
        return "monthly_income" if key == "income_schedule" else "essential_expenses"

    def _timed_toggled(self, key: str) -> None:
        editor = self.editors[key]
        if self.timed[key].isChecked() and not editor.rows():
            # start from the monthly figure: that much on the 1st, to be changed
            edit = self.money_fields[self._figure_of(key)][0]
            editor.add_rule("monthly", edit.text() or "0", "1" if key == "income_schedule"
                            else "", "")
        self._show_timed(key)
        self._validate_household()

    def _show_timed(self, key: str) -> None:
        on = self.timed[key].isChecked()
        self.editors[key].setVisible(on)
        self.averages[key].setVisible(on)
        edit = self.money_fields[self._figure_of(key)][0]
        edit.setReadOnly(on)  # the schedule's average month is the figure

    def _explain(self, key: str, topic: Topic):
        schedule = self.editors[key].schedule() if self.timed[key].isChecked() else None
        if not schedule:
            return None
        currency = self.session.currency
        return explain_schedule(schedule, monthly_average(schedule, currency), currency, topic)

    def _validate_household(self) -> bool:
        ok = True
        currency = self.session.currency
        for key, editor in self.editors.items():
            if not self.timed[key].isChecked():
                continue
            schedule = editor.schedule()
            edit = self.money_fields[self._figure_of(key)][0]
            if schedule is None or not schedule:
                ok = False
                self.averages[key].setText(self.tr("Add at least one rule that reads.")
                                           if schedule is not None else "")
                continue
            average = monthly_average(schedule, currency)
            edit.setText(format(average, "f"))
            self.averages[key].setText(self.tr("An average month: {amount} (how is this "
                                               "computed?)").format(
                amount=Formatter().money(average, currency)))
        for edit, box in self.money_fields.values():
            number = read_decimal(edit.text() or "0")
            if number is None or number < 0:
                box.set_error(self.tr("Enter an amount of zero or more."))
                ok = False
            elif fine := amount_problem(number, currency):
                box.set_error(fine)
                ok = False
            else:
                box.set_error(None)
        self.apply_button.setEnabled(ok)
        return ok

    def apply_household(self) -> None:
        if not self._validate_household():
            return
        step = quantum(self.session.currency)
        values = {key: (read_decimal(edit.text() or "0")).quantize(step)
                  for key, (edit, _box) in self.money_fields.items()}
        for key, editor in self.editors.items():
            values[key] = (editor.schedule() or ()) if self.timed[key].isChecked() else ()
        after = replace(self.session.household, **values)
        if after != self.session.household:
            undo.set_household(self.session, after)

    # -- reminders ----------------------------------------------------------------------------

    def _load_reminders(self) -> None:
        backend = self.session.backend
        saved = backend.setting("reminder_days")
        try:
            days = reminders.DEFAULT_DAYS if saved is None else reminders.parse_days(saved)
        except InputError:
            days = reminders.DEFAULT_DAYS
        self.reminder_days.setText(", ".join(str(d) for d in days))
        self.notify.blockSignals(True)
        self.notify.setChecked(bool(backend.setting("reminder_notify", True)))
        self.notify.blockSignals(False)

    def _reminder_days_valid(self) -> tuple[int, ...] | None:
        try:
            days = reminders.parse_days(self.reminder_days.text())
        except InputError:
            self.reminder_box.set_error(self.tr(
                "Enter days from 0 to 30, separated by commas (3, 1), or leave it empty for "
                "no reminders."))
            return None
        self.reminder_box.set_error(None)
        return days

    def apply_reminders(self) -> None:
        """Keep the reminder days and the notification choice in the profile."""
        days = self._reminder_days_valid()
        backend = self.session.backend
        if days is not None and backend.setting("reminder_days") != list(days):
            backend.set_setting("reminder_days", list(days))
        if backend.setting("reminder_notify", True) != self.notify.isChecked():
            backend.set_setting("reminder_notify", self.notify.isChecked())
        self.session.settings_changed.emit()
