"""Settings: the language (switched at once), the APR convention used by default, the
household's monthly figures, and the stress thresholds (:mod:`.thresholds_form`)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.convention import Convention
from planner.ui import labels, undo
from planner.ui.dialogs.fields import FieldBox, read_decimal
from planner.ui.i18n import Formatter, current_language
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
        self.apply_button = QPushButton(self.tr("A&pply"), self)
        self.apply_button.setAccessibleName(self.tr("Apply household figures"))
        self.apply_button.clicked.connect(self.apply_household)
        hform.addRow("", self.apply_button)

        self.thresholds = ThresholdsBox(session, self)

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

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(data)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(household)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = scrolling_layout(self)
        layout.addWidget(heading)
        layout.addLayout(columns)
        layout.addWidget(self.thresholds)
        layout.addStretch(1)
        session.household_changed.connect(self._load_household)
        self._load_household()
        self._describe_data()

    def page_title(self) -> str:
        return self.tr("Settings")

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
        backup = profile.backup()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Backup saved: {path}").format(
                path=backup.path), 6000)
        self._describe_data()

    def _convention_changed(self) -> None:
        value = self.convention.currentData()
        self.session.set_convention(Convention(value) if value else None)

    def _load_household(self) -> None:
        h = self.session.household
        for key, (edit, _box) in self.money_fields.items():
            edit.setText(format(getattr(h, key), "f"))
        self._validate_household()

    def _validate_household(self) -> bool:
        ok = True
        for edit, box in self.money_fields.values():
            number = read_decimal(edit.text() or "0")
            if number is None or number < 0:
                box.set_error(self.tr("Enter an amount of zero or more."))
                ok = False
            elif number.as_tuple().exponent < -2:
                box.set_error(self.tr("Amounts have at most two decimals (fen)."))
                ok = False
            else:
                box.set_error(None)
        self.apply_button.setEnabled(ok)
        return ok

    def apply_household(self) -> None:
        if not self._validate_household():
            return
        values = {key: (read_decimal(edit.text() or "0")).quantize(read_decimal("0.01"))
                  for key, (edit, _box) in self.money_fields.items()}
        after = replace(self.session.household, **values)
        if after != self.session.household:
            undo.set_household(self.session, after)
