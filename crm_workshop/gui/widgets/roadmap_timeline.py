"""Roadmap page "When levels are reached": the derived plan over time.

A timeline by quarter (timeline_chart.py, fed by timeline_content.py), the radar
projected to the end of a chosen quarter beside it, and under them the consultant's say
over the plan (plan_editor.py).
Everything is read from ``session.roadmap.plan(round)``; the page reloads after set-up,
answer and consensus changes, coalescing bursts (typing answers) into one reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.planning import RoadmapPlan, derive_plan
from crm_workshop.domain.roadmap import Initiative, Month, Quarter
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.chart_canvas import RadarCanvas
from crm_workshop.gui.widgets.plan_editor import PlanEditor
from crm_workshop.gui.widgets.plan_form import PlanState
from crm_workshop.gui.widgets.setup_common import buddy, plain, tab_chain
from crm_workshop.gui.widgets.timeline_chart import TimelineChart
from crm_workshop.gui.widgets.timeline_content import timeline_content
from crm_workshop.gui.widgets.timeline_layout import AreaGroup

PROJECTED_COLOR = "#2E8B57"


class RoadmapTimelinePage(QWidget):
    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_timeline_page")
        self.document = document
        self._language = language
        self.today = Month.of(dt.date.today())
        self.plan: RoadmapPlan | None = None
        self.state: PlanState | None = None
        self.reloads = 0  # how many times the page read the plan (tests, benchmarks)

        # -- timeline ----------------------------------------------------------------
        self.timeline = TimelineChart()
        self.timeline.setObjectName("timeline_chart")
        self.timeline.setAccessibleName(self.tr("Timeline of levels by quarter"))
        self.questions_box = QCheckBox(self.tr("Show &questions"))
        self.questions_box.setToolTip(
            self.tr("Show each question's level steps under its area")
        )
        self.questions_box.toggled.connect(self.timeline.set_all_expanded)
        self.export_timeline_button = QPushButton(self.tr("Export &timeline…"))
        self.export_timeline_button.clicked.connect(
            lambda: self._export("timeline", self.timeline.export_to)
        )
        self.legend = plain(
            self.tr(
                "L3: the area reaches level 3 in that quarter · bars: initiatives "
                "(★ strategic) · dashed badge: a month set by hand · red line: today"
            ),
            name="timeline_legend",
        )
        self.timeline.setToolTip(
            self.tr("Click an area, or press Enter on it, to show its questions")
        )
        timeline_top = QHBoxLayout()
        timeline_top.addWidget(self.questions_box)
        timeline_top.addStretch(1)
        timeline_top.addWidget(self.export_timeline_button)
        timeline_panel = QWidget()
        timeline_layout = QVBoxLayout(timeline_panel)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addLayout(timeline_top)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.legend)

        # -- projected radar ---------------------------------------------------------
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("quarter_combo")
        self.quarter_combo.setAccessibleName(self.tr("Projected at the end of"))
        self.quarter_combo.currentIndexChanged.connect(self.draw_radar)
        self.radar = RadarCanvas(font_size=10.0)
        self.radar.setAccessibleName(
            self.tr("Radar of current, projected and target maturity")
        )
        self.radar.setMinimumSize(260, 260)
        self.export_radar_button = QPushButton(self.tr("Export &radar…"))
        self.export_radar_button.clicked.connect(
            lambda: self._export("radar", self.radar.save)
        )
        quarter_row = QHBoxLayout()
        quarter_row.addWidget(buddy(self.tr("&End of:"), self.quarter_combo))
        quarter_row.addWidget(self.quarter_combo, 1)
        quarter_row.addWidget(self.export_radar_button)
        radar_panel = QWidget()
        radar_layout = QVBoxLayout(radar_panel)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.addLayout(quarter_row)
        radar_layout.addWidget(self.radar, 1)

        # -- the consultant's say ------------------------------------------------------
        self.editor = PlanEditor(document)
        self.editor.setObjectName("plan_editor")

        self.empty_label = plain(name="timeline_empty_label")
        self.empty_label.hide()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("timeline_top_splitter")
        top.addWidget(timeline_panel)
        top.addWidget(radar_panel)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([900, 380])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("timeline_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)
        tab_chain(
            (
                self.questions_box,
                self.export_timeline_button,
                self.timeline,
                self.quarter_combo,
                self.export_radar_button,
                self.editor,
            )
        )

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.reload)
        self._dirty = True
        self._sized = False
        document.setupChanged.connect(self._changed)
        document.ratingChanged.connect(self._changed)
        document.consensusChanged.connect(self._changed)

    # -- reloading ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        """The model language to show: the one asked for, else the window's, else the
        system's, else the model's first."""
        languages = self.document.model.languages
        window = self.window()
        for wanted in (
            self._language,
            getattr(window, "language", None) if window is not self else None,
            QLocale.system().name()[:2],
        ):
            if isinstance(wanted, str) and wanted in languages:
                return wanted
        return languages[0]

    def _changed(self, _what: str = "") -> None:
        """Many changes in a row (typing answers) make one reload, after them."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            height = max(400, self.height())
            self.splitter.setSizes([int(height * 0.56), int(height * 0.44)])
        if self._dirty:
            self._timer.start()

    def flush(self) -> None:
        """Nothing waits to be written here: every edit is saved when it is made."""

    def reload(self) -> None:
        document = self.document
        if not document.is_open:
            return
        self._dirty = False
        assessment = document.assessment()
        if document.round is None or assessment is None:
            self._show_empty(self.tr("There is no assessment round to plan from yet."))
            return
        self.reloads += 1
        roadmap = document.session.roadmap
        plan = roadmap.plan(document.round.id)
        initiatives = roadmap.initiatives()
        overrides = roadmap.level_overrides()
        model = document.model
        derived = derive_plan(
            model, assessment, initiatives, [], plan.start, document.hidden_questions
        )
        self.plan = plan
        self.state = PlanState(
            model=model,
            language=self.language,
            plan=plan,
            derived=derived,
            overrides={(o.question_id, o.level): o for o in overrides},
            target_dates=roadmap.target_dates(),
            titles={i.id: i.title for i in initiatives if i.id is not None},
            area_targets={a.id: assessment.area(a.id).target for a in model.areas},
        )
        self.empty_label.setVisible(not initiatives)
        self.empty_label.setText(
            self.tr(
                "No initiative is planned yet: add initiatives and the levels they "
                "bring on the Initiatives page, and the plan appears here."
            )
        )
        self.splitter.show()
        quarters, groups = self.timeline_content(plan, initiatives)
        self.timeline.set_content(quarters, groups, self.today)
        self.editor.set_state(self.state)
        self._fill_quarters(plan.quarters)
        self.draw_radar()

    def _show_empty(self, text: str) -> None:
        self.plan = None
        self.state = None
        self.empty_label.setText(text)
        self.empty_label.show()
        self.splitter.hide()

    def _fill_quarters(self, quarters: Sequence[Quarter]) -> None:
        chosen = self.quarter_combo.currentData()
        self.quarter_combo.blockSignals(True)
        try:
            self.quarter_combo.clear()
            for quarter in quarters:
                self.quarter_combo.addItem(str(quarter), quarter)
            index = list(quarters).index(chosen) if chosen in quarters else -1
            if index < 0:
                # first look: a year on, or the end of the plan when it is sooner
                ahead = self.plan.start.plus(12).quarter if self.plan else None
                index = (
                    list(quarters).index(ahead)
                    if ahead in quarters
                    else len(quarters) - 1
                )
            self.quarter_combo.setCurrentIndex(index)
        finally:
            self.quarter_combo.blockSignals(False)

    # -- the timeline's content --------------------------------------------------------
    def timeline_content(
        self, plan: RoadmapPlan, initiatives: Sequence[Initiative]
    ) -> tuple[tuple[Quarter, ...], tuple[AreaGroup, ...]]:
        return timeline_content(self, plan, initiatives)

    # -- projected radar ---------------------------------------------------------------
    def chosen_quarter(self) -> Quarter | None:
        data = self.quarter_combo.currentData()
        return data if isinstance(data, Quarter) else None

    def projected_values(self) -> tuple[float | None, ...]:
        quarter = self.chosen_quarter()
        if self.plan is None or quarter is None:
            return ()
        values = self.plan.area_values_at(quarter.last_month)
        return tuple(values.get(a.id) for a in self.document.model.areas)

    def draw_radar(self) -> None:
        from crm_workshop.charts.radar import CURRENT, OVERLAY, TARGET, Series
        from crm_workshop.services.chart_data import radar_data

        assessment = self.document.assessment()
        quarter = self.chosen_quarter()
        if assessment is None or self.plan is None or quarter is None:
            return
        data = radar_data(self.document.model, assessment, self.language)
        series = [
            Series(self.tr("Current"), data.current, CURRENT),
            Series(
                self.tr("Projected, end of {quarter}").format(quarter=quarter),
                self.projected_values(),
                OVERLAY,
                PROJECTED_COLOR,
            ),
            Series(self.tr("Target"), data.target, TARGET),
        ]
        self.radar.font_size = max(
            7.0, min(11.0, min(self.radar.width(), self.radar.height()) / 46)
        )
        self.radar.show_series(data.labels, series)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not hasattr(self, "_resize_timer"):
            self._resize_timer = QTimer(self)
            self._resize_timer.setSingleShot(True)
            self._resize_timer.setInterval(150)
            self._resize_timer.timeout.connect(self.draw_radar)
        self._resize_timer.start()

    # -- export ------------------------------------------------------------------------
    def _export(self, name: str, save) -> None:
        from crm_workshop.gui.dialogs import CHART, remember, start_in

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            start_in(self, CHART, f"{name}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if remember(self, CHART, path):
            try:
                save(path)
            except OSError as exc:
                self.document.writeFailed.emit(exc)
