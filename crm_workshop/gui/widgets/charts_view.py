"""Charts of the current round: radar (with department overlays) and the question heat map."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui import i18n
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.chart_canvas import FigureHost, RadarCanvas
from crm_workshop.services.chart_data import department_scores, heat_rows, radar_data


class ChartsView(QWidget):
    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.radar = RadarCanvas(font_size=11.0)
        self.radar.setAccessibleName(self.tr("Radar of current and target maturity"))
        self.heatmap = FigureHost()
        self.heatmap.setAccessibleName(self.tr("Heat map of the questions"))
        self.department_boxes: dict[str, QCheckBox] = {}
        self.round_boxes: dict[int, QCheckBox] = {}
        overlay_box = QGroupBox(self.tr("Overlays"))
        overlay_box.setToolTip(
            self.tr(
                "Overlay how each department sees the company, or the scores of "
                "another round"
            )
        )
        self.overlay_layout = QVBoxLayout(overlay_box)
        self.departments_label = QLabel(self.tr("Department views:"), overlay_box)
        self.rounds_label = QLabel(self.tr("Other rounds:"), overlay_box)
        self.fill_overlays()
        self.export_radar_button = QPushButton(self.tr("Export radar…"))
        self.export_heatmap_button = QPushButton(self.tr("Export heat map…"))
        self.export_radar_button.clicked.connect(
            lambda: self._export(self.radar, "radar")
        )
        self.export_heatmap_button.clicked.connect(
            lambda: self._export(self.heatmap, "heatmap")
        )
        side = QVBoxLayout()
        side.addWidget(overlay_box, 1)
        side.addWidget(self.export_radar_button)
        side.addWidget(self.export_heatmap_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("charts_splitter")
        splitter.addWidget(self.radar)
        splitter.addWidget(self.heatmap)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(side_widget)
        document.ratingChanged.connect(self._changed)
        document.consensusChanged.connect(self._changed)
        # hidden or reworded questions, new people, another round captured or added
        document.setupChanged.connect(self._setup_changed)
        self._dirty = True

    def fill_overlays(self) -> None:
        """The overlay check boxes: each department with stakeholders, and every
        round but the one shown; a box still offered keeps its tick."""
        document, language = self.document, self.language
        ticked = set(self.selected_departments())
        ticked_rounds = {r for r, box in self.round_boxes.items() if box.isChecked()}
        layout = self.overlay_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None and widget not in (
                self.rounds_label,
                self.departments_label,
            ):
                widget.hide()  # out of the layout, but a child until deleted
                widget.deleteLater()
        self.department_boxes, self.round_boxes = {}, {}
        departments = sorted(
            {s.department for s in document.session.stakeholders() if s.department}
        )
        if departments:
            layout.addWidget(self.departments_label)
        self.departments_label.setVisible(bool(departments))
        for dep in departments:
            # "&" would become a keyboard mnemonic in a check box: double it
            box = QCheckBox(
                document.model.department_name(dep, language).replace("&", "&&")
            )
            box.setChecked(dep in ticked)
            box.toggled.connect(self.redraw)
            layout.addWidget(box)
            self.department_boxes[dep] = box
        current_round = document.round.id if document.round else None
        other_rounds = [r for r in document.session.rounds() if r.id != current_round]
        if other_rounds:
            layout.addWidget(self.rounds_label)
        self.rounds_label.setVisible(bool(other_rounds))
        for round_ in other_rounds:
            box = QCheckBox(
                f"{round_.name} ({i18n.date_text(round_.held_on)})".replace("&", "&&")
            )
            box.setChecked(round_.id in ticked_rounds)
            box.toggled.connect(self.redraw)
            layout.addWidget(box)
            self.round_boxes[round_.id] = box
        layout.addStretch()

    def _setup_changed(self, _what: str) -> None:
        if self.document.is_open:
            self.fill_overlays()
        self._changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # charts size their type to the space they have: redraw once resizing pauses
        if not hasattr(self, "_resize_timer"):
            self._resize_timer = QTimer(self)
            self._resize_timer.setSingleShot(True)
            self._resize_timer.setInterval(150)
            self._resize_timer.timeout.connect(self._changed)
        self._resize_timer.start()

    def _changed(self, _question_id: str = "") -> None:
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def selected_departments(self) -> list[str]:
        return [dep for dep, box in self.department_boxes.items() if box.isChecked()]

    def redraw(self) -> None:
        from crm_workshop.charts.heatmap import HeatCell, draw_heatmap
        from crm_workshop.charts.radar import CURRENT, OVERLAY, TARGET, Series

        assessment = self.document.assessment()
        if assessment is None:
            return
        model = self.document.model
        data = radar_data(model, assessment, self.language)
        series = [
            Series(self.tr("Current"), data.current, CURRENT),
            Series(self.tr("Target"), data.target, TARGET),
        ]
        chosen = self.selected_departments()
        if chosen and self.document.round is not None:
            views = self.document.session.department_assessments(self.document.round.id)
            scores = department_scores(
                model, {d: v for d, v in views.items() if d in chosen}
            )
            series += [
                Series(model.department_name(dep, self.language), values, OVERLAY)
                for dep, values in scores.items()
            ]
        rounds = {r.id: r for r in self.document.session.rounds()}
        for round_id, box in self.round_boxes.items():
            if box.isChecked() and round_id in rounds:
                other = self.document.session.assessment(round_id)
                series.append(
                    Series(
                        rounds[round_id].name,
                        radar_data(model, other, self.language).current,
                        OVERLAY,
                    )
                )
        round_name = self.document.round.name if self.document.round else ""
        # type sized to the space the chart has (small windows, 200 % scaling)
        self.radar.font_size = max(
            7.0,
            min(
                max(11.0, self.font().pointSizeF()),  # the projector's type is larger
                min(self.radar.width(), self.radar.height()) / 52,
            ),
        )
        self.radar.show_series(data.labels, series, title=round_name)
        self.heatmap.ensure()
        rows = [
            (row.label, [HeatCell(*cell) for cell in row.cells])
            for row in heat_rows(model, assessment, self.language)
        ]
        draw_heatmap(
            self.heatmap.figure,
            rows,
            title=self.tr("Questions: current → target"),
            # as large as the interface's type (the projector's is larger), as far
            # as the cells allow
            font_size=max(8.0, min(14.0, self.font().pointSizeF() * 1.1)),
            decimal=QLocale().decimalPoint(),  # on screen: the interface's "3,4"
        )
        self.heatmap.canvas.draw_idle()
        self._dirty = False

    def _export(self, host: FigureHost, name: str) -> None:
        from crm_workshop.gui.dialogs import CHART, remember, start_in

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            start_in(self, CHART, f"{name}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if remember(self, CHART, path):
            self.export_to(host, path)

    def export_to(self, host: FigureHost, path: str) -> None:
        try:
            host.save(path)
        except OSError as exc:
            self.window().show_error(exc)  # type: ignore[attr-defined]
