"""The compare page's "effect on my stress": for each offer, the household's stress score and
warnings now and with that offer taken (``planner.core.whatif``), each score explained."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from planner.core.compare import Offer
from planner.core.errors import InputError
from planner.core.explain import Explanation
from planner.core.explain_stress import explain_score
from planner.core.portfolio import Portfolio
from planner.ui.explainers import attach_cell_explanations, attach_explanation
from planner.ui.models.stress_effect_model import StressEffectModel, band_name, stress_effects
from planner.ui.session import Session
from planner.ui.tables import Table, sorted_by


class StressEffectPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.model = StressEffectModel(self)
        self.table = Table(self, self.tr("Effect of each offer on my stress"))
        self.proxy = sorted_by(self.table, self.model, StressEffectModel.Column.SCORE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StressEffectModel.Column.OFFER,
                                    QHeaderView.ResizeMode.Stretch)
        attach_cell_explanations(self.table, self._cell_explanation)
        attach_explanation(self.now, self._now_explanation, self.tr("Stress score now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.now)
        layout.addWidget(self.table, 1)
        self._offers: list[Offer] = []

    def show_offers(self, offers: Sequence[Offer]) -> None:
        self._offers = list(offers)
        portfolio = Portfolio(self.session.household, self.session.items())
        try:
            effects = stress_effects(portfolio, self.session.today(), self._offers)
        except (InputError, ValueError, ArithmeticError) as error:
            self.model.set_rows([])
            self.now.setText(self.tr("The effect on your stress cannot be worked out: "
                                     "{problem}").format(problem=str(error)))
            return
        self.model.set_rows(effects)
        if not effects:
            self.now.setText(self.tr("Add offers to see what each would do to your stress "
                                     "score and warnings."))
            return
        before = effects[0].result.before
        text = self.tr("Now: stress score {score} ({band}), {count} warnings. Below, the same "
                       "with each offer taken.").format(
            score=before.score.score, band=band_name(before.score.band.value),
            count=len(before.warnings))
        if self.session.household.monthly_income <= 0:
            text += " " + self.tr("Enter your income in Settings: without it every payment "
                                  "counts as strain.")
        self.now.setText(text)

    def refresh(self) -> None:
        self.show_offers(self._offers)

    def _now_explanation(self) -> Explanation | None:
        rows = self.model.rows()
        if not rows:
            return None
        before = rows[0].result.before
        return explain_score(before.score, before.thresholds, self.session.currency)

    def _cell_explanation(self, index: QModelIndex) -> Explanation | None:
        source = self.proxy.mapToSource(index)
        if source.column() not in (StressEffectModel.Column.SCORE,
                                   StressEffectModel.Column.SCORE_CHANGE):
            return None
        after = self.model.row_at(source.row()).result.after
        return explain_score(after.score, after.thresholds, self.session.currency)
