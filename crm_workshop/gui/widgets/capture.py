"""Live capture: one question at a time, every stakeholder's answer by keyboard or mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.scoring import mean, median
from crm_workshop.gui import i18n
from crm_workshop.gui.commands import (
    ConsensusCommand,
    RateCommand,
)
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import number
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.answer_buttons import AnswerButtons
from crm_workshop.gui.widgets.answer_table import AnswerTableView
from crm_workshop.gui.widgets.chart_canvas import RadarCanvas
from crm_workshop.gui.widgets.consensus_panel import ConsensusPanel
from crm_workshop.gui.widgets.distribution import DistributionWidget
from crm_workshop.gui.widgets.evidence_panel import EvidencePanel
from crm_workshop.gui.widgets.progress_capture import (
    CarriedAnswerTableModel,
    CarriedBar,
    RoundSelector,
    round_people,
)
from crm_workshop.gui.widgets.question_panel import QuestionPanel, plain_label
from crm_workshop.services.chart_data import radar_data

QUESTION_ROLE = Qt.ItemDataRole.UserRole


class CaptureView(QWidget):
    statusMessage = Signal(str)
    questionChanged = Signal(str)  # the question now being captured

    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._fit_pending = True  # the right column's width: fitted once built
        self.document = document
        self.language = language
        model = document.model
        self.question_ids = [q.id for q in model.questions()]
        self.question_id = self.question_ids[0]

        # -- left: session filter and question navigator --------------------------------
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Today's session"))
        self.session_combo.addItem(self.tr("All areas, everyone"), None)
        for session in document.session.sessions():
            self.session_combo.addItem(
                f"{i18n.date_text(session.held_on)}  {session.title}", session.id
            )
        self.navigator = QTreeWidget()
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Questions"))
        self._fill_navigator()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.round_selector = RoundSelector(document)
        round_label = QLabel(self.tr("Rou&nd:"))
        round_label.setBuddy(self.round_selector)
        left_layout.addWidget(round_label)
        left_layout.addWidget(self.round_selector)
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.session_combo)
        left_layout.addWidget(session_label)
        left_layout.addWidget(self.session_combo)
        left_layout.addWidget(self.navigator)

        # -- centre: the question and the answers --------------------------------------
        self.question_panel = QuestionPanel(model, language)
        self.table_model = CarriedAnswerTableModel(
            document,
            lambda dep: model.department_name(dep, language),
            self._edit_comment,
            self,
        )
        self.table = AnswerTableView()
        self.table.setModel(self.table_model)
        self.help_label = plain_label(
            self.tr(
                "Keys: 1–5 current · Shift+1–5 target · N not applicable · ? don't know · "
                "Backspace clear · ↑↓ stakeholder · Enter next question · Shift+Enter previous · "
                "F2 comment"
            ),
            name="capture_help_label",
        )
        # question above answers; on a small screen the descriptors scroll
        question_scroll = QScrollArea()
        question_scroll.setWidget(self.question_panel)
        question_scroll.setWidgetResizable(True)
        question_scroll.setFrameShape(QFrame.Shape.NoFrame)
        answers = QWidget()
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(self.table, 1)
        answers_layout.addWidget(CarriedBar(self))
        answers_layout.addWidget(self.help_label)
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.setObjectName("capture_centre_splitter")
        centre.addWidget(question_scroll)
        centre.addWidget(answers)
        centre.setStretchFactor(0, 2)
        centre.setStretchFactor(1, 3)
        centre.setCollapsible(0, False)
        centre.setCollapsible(1, False)

        # -- right: distribution, statistics, mouse entry, consensus -------------------
        self.distribution = DistributionWidget()
        self.stats_label = plain_label(name="stats_label")
        self.disagreement_label = plain_label(
            self.tr("Disagreement: answers are two or more levels apart"),
            name="disagreement_label",
        )
        set_tone(self.disagreement_label, "error", bold=True)
        self.disagreement_label.hide()
        self.answer_buttons = AnswerButtons()
        self.answer_buttons.currentChosen.connect(self._rate_selected)
        self.answer_buttons.targetChosen.connect(self._target_selected)

        self.consensus = ConsensusPanel(model, language)
        self.consensus.setRequested.connect(self._set_consensus)
        self.consensus.clearRequested.connect(self._clear_consensus)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.distribution)
        right_layout.addWidget(self.stats_label)
        right_layout.addWidget(self.disagreement_label)
        right_layout.addWidget(self.answer_buttons)
        right_layout.addWidget(self.consensus)
        self.evidence = EvidencePanel(document, self.tr("Evidence for this question"))
        self.evidence.file_list.setAccessibleName(
            self.tr("Files attached to this question")
        )
        right_layout.addWidget(self.evidence)
        self.radar = RadarCanvas(font_size=8.0)
        self.radar.setMinimumHeight(240)
        self.radar.setAccessibleName(
            self.tr("Radar: current and target maturity per area")
        )
        right_layout.addWidget(self.radar, 1)

        splitter = QSplitter()
        splitter.setObjectName("capture_splitter")
        splitter.addWidget(left)
        splitter.addWidget(centre)
        right_scroll = QScrollArea()
        right_scroll.setWidget(right)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._right, self._right_scroll = right, right_scroll
        self._fit_right_panel()
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setCollapsible(1, False)
        # the navigator gives way on a small window (the answers need the room);
        # its combo boxes shrink and elide, and show the whole text when opened
        self._left = left
        left.setMaximumWidth(320)
        for combo in (self.session_combo, self.round_selector):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        # -- wiring --------------------------------------------------------------------
        self.navigator.currentItemChanged.connect(self._navigator_changed)
        self.session_combo.currentIndexChanged.connect(self._session_changed)
        self.table.currentLevelPressed.connect(
            lambda row, value: self._rate(row, value[0], value[1])
        )
        self.table.targetLevelPressed.connect(self._set_target)
        self.table.clearPressed.connect(self._clear)
        self.table.nextQuestion.connect(lambda: self.step_question(+1))
        self.table.previousQuestion.connect(lambda: self.step_question(-1))
        document.ratingChanged.connect(self._rating_changed)
        document.consensusChanged.connect(self._rating_changed)
        document.ratingChanged.connect(self.refresh_radar)
        document.setupChanged.connect(self.reload_setup)
        document.consensusChanged.connect(self.refresh_radar)
        for widget in (self.session_combo, self.navigator, self.table):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._session_changed()
        self.show_question(self.question_id)
        self.table.setFocus()

    def _fit_right_panel(self) -> None:
        """As wide as the right column's rows need in the interface's language and
        theme (never scrolled sideways); again when a theme changes the font."""
        self._fit_pending = False
        needed = (
            self._right.minimumSizeHint().width()
            + self._right_scroll.verticalScrollBar().sizeHint().width()
        )
        self._right_scroll.setMinimumWidth(needed)
        self._right_scroll.setMaximumWidth(max(540, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._left.setMaximumWidth(max(170, min(320, int(event.size().width() * 0.22))))

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
            and not self._fit_pending
        ):
            # once the children have their new font and style too
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_right_panel)
        super().changeEvent(event)

    def _fill_navigator(self) -> None:
        """Areas and their questions (hidden ones left out), in the workshop's wording."""
        blocker = self.navigator.blockSignals(True)
        self.navigator.clear()
        hidden = self.document.hidden_questions
        for area in self.document.model.areas:
            area_item = QTreeWidgetItem([area.title.get(self.language)])
            area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            area_item.setData(0, QUESTION_ROLE, area.id)
            for question in area.questions:
                if question.id in hidden:
                    continue
                child = QTreeWidgetItem(
                    [f"{question.id}  {question.title.get(self.language)}"]
                )
                child.setData(0, QUESTION_ROLE, question.id)
                area_item.addChild(child)
            self.navigator.addTopLevelItem(area_item)
        self.navigator.expandAll()
        self.navigator.blockSignals(blocker)

    def reload_setup(self, _what: str = "") -> None:
        """Stakeholders, sessions or questions changed in set-up: rebuild what shows them."""
        self.question_panel.set_model(self.document.model)
        self._fill_navigator()
        blocker = self.session_combo.blockSignals(True)
        chosen = self.session_combo.currentData()
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("All areas, everyone"), None)
        for session in self.document.session.sessions():
            self.session_combo.addItem(
                f"{i18n.date_text(session.held_on)}  {session.title}", session.id
            )
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))
        self.session_combo.blockSignals(blocker)
        self._session_changed()
        self.refresh_radar()

    # -- live radar ----------------------------------------------------------------------
    def refresh_radar(self, _question_id: str = "") -> None:
        """Redraw the radar's data; the first call builds the chart (and loads matplotlib)."""
        from crm_workshop.charts.radar import CURRENT, TARGET, Series

        assessment = self.document.assessment()
        if assessment is None:
            return
        data = radar_data(self.document.model, assessment, self.language)
        series = [
            Series(self.tr("Current"), data.current, CURRENT),
            Series(self.tr("Target"), data.target, TARGET),
        ]
        if self.radar.matches(data.labels, series):
            self.radar.update_values([data.current, data.target])
        else:
            self.radar.show_series(data.labels, series)

    # -- navigation ----------------------------------------------------------------------
    def visible_question_ids(self) -> list[str]:
        areas = self._session_areas()
        return [
            q.id
            for q in self.document.model.questions()
            if (not areas or q.area_id in areas)
            and q.id not in self.document.hidden_questions
        ]

    def _session_areas(self) -> set[str]:
        session_id = self.session_combo.currentData()
        for session in self.document.session.sessions():
            if session.id == session_id:
                return set(session.areas)
        return set()

    def _session_changed(self) -> None:
        session_id = self.session_combo.currentData()
        people = round_people(self.document)  # the round's participants
        attendees: set[int] = set()
        for session in self.document.session.sessions():
            if session.id == session_id:
                attendees = set(session.attendees)
        if attendees:
            people = [p for p in people if p.id in attendees]
        self.table_model.set_stakeholders(people)
        areas = self._session_areas()
        for n in range(self.navigator.topLevelItemCount()):
            item = self.navigator.topLevelItem(n)
            item.setHidden(bool(areas) and item.data(0, QUESTION_ROLE) not in areas)
        visible = self.visible_question_ids()
        if visible and self.question_id not in visible:
            self.show_question(visible[0])
        else:
            self.show_question(self.question_id)
        self.table.select_row(0)

    def _navigator_changed(
        self, item: QTreeWidgetItem | None, _previous: object = None
    ) -> None:
        if item is not None and item.parent() is not None:
            self.show_question(item.data(0, QUESTION_ROLE))

    def step_question(self, step: int) -> None:
        visible = self.visible_question_ids()
        position = (
            visible.index(self.question_id) if self.question_id in visible else -1
        )
        target = position + step
        if 0 <= target < len(visible):
            self.show_question(visible[target])
            self.table.select_row(0)

    def show_question(self, question_id: str) -> None:
        changed = question_id != self.question_id
        self.question_id = question_id
        self.question_panel.show_question(self.document.model.question(question_id))
        for n in range(self.navigator.topLevelItemCount()):
            area_item = self.navigator.topLevelItem(n)
            for m in range(area_item.childCount()):
                child = area_item.child(m)
                if child.data(0, QUESTION_ROLE) == question_id:
                    blocker = self.navigator.blockSignals(True)
                    self.navigator.setCurrentItem(child)
                    self.navigator.blockSignals(blocker)
        self._refresh()
        self.evidence.show_question(question_id, not self.document.read_only)
        if changed:
            self.questionChanged.emit(question_id)

    # -- refresh ---------------------------------------------------------------------
    def _rating_changed(self, question_id: str) -> None:
        if question_id == self.question_id:
            self._refresh()

    def _refresh(self) -> None:
        ratings = self.document.ratings_for(self.question_id)
        self.table_model.set_ratings(ratings)
        levels = [
            r.current
            for r in ratings.values()
            if r.answer is Answer.LEVEL and r.current
        ]
        targets = [r.target for r in ratings.values() if r.target]
        counts = [levels.count(n) for n in range(1, 6)]
        target_counts = [targets.count(n) for n in range(1, 6)]
        spread = max(levels) - min(levels) if levels else 0
        disagreement = spread >= 2
        na = sum(r.answer is Answer.NOT_APPLICABLE for r in ratings.values())
        dont_know = sum(r.answer is Answer.DONT_KNOW for r in ratings.values())
        self.distribution.set_counts(counts, target_counts, na, dont_know, disagreement)
        self.disagreement_label.setVisible(disagreement)
        answered = len(ratings)
        present = self.table_model.rowCount()
        if levels:
            self.stats_label.setText(
                self.tr("%d of %d answered · mean %s · median %s · spread %d")
                % (
                    answered,
                    present,
                    number(mean(levels)),
                    number(median(levels)),
                    spread,
                )
            )
        else:
            self.stats_label.setText(self.tr("%d of %d answered") % (answered, present))
        agreed = self.document.consensus_for(self.question_id)
        self.consensus.show_consensus(agreed)
        if agreed and agreed.current:
            self.question_panel.highlight(agreed.current)
        else:
            self.question_panel.highlight(round(mean(levels)) if levels else None)

    # -- edits -----------------------------------------------------------------------
    def _push_rating(self, row: int, new: Rating | None, text: str) -> None:
        if self.document.read_only:
            self.statusMessage.emit(self.tr("This workshop is open read-only."))
            return
        person = self.table_model.stakeholder(row)
        self.document.undo_stack.push(
            RateCommand(
                self.document,
                person.id,
                self.question_id,
                new,
                text % (person.name, self.question_id),
            )
        )

    def _rate(self, row: int, answer: Answer, level: int | None) -> None:
        old = self.table_model.rating(row)
        person = self.table_model.stakeholder(row)
        new = Rating(
            person.id,
            self.question_id,
            answer,
            level,
            old.target if old else None,
            old.comment if old else "",
        )
        self._push_rating(row, new, self.tr("Answer of %s to %s"))

    def _set_target(self, row: int, level: int) -> None:
        old = self.table_model.rating(row)
        person = self.table_model.stakeholder(row)
        new = Rating(
            person.id,
            self.question_id,
            old.answer if old else Answer.DONT_KNOW,
            old.current if old else None,
            level,
            old.comment if old else "",
        )
        self._push_rating(row, new, self.tr("Target of %s for %s"))

    def _clear(self, row: int) -> None:
        if self.table_model.rating(row) is not None:
            self._push_rating(row, None, self.tr("Clear answer of %s to %s"))

    def _edit_comment(self, row: int, comment: str) -> None:
        old = self.table_model.rating(row)
        if old is None:
            self.statusMessage.emit(
                self.tr("Give an answer first, then add a comment.")
            )
            return
        if comment == old.comment:
            return
        new = Rating(
            old.stakeholder_id,
            old.question_id,
            old.answer,
            old.current,
            old.target,
            comment[:10_000],
        )
        self._push_rating(row, new, self.tr("Comment of %s on %s"))

    def _rate_selected(self, answer: Answer, level: int | None) -> None:
        row = self.table.current_row()
        if row >= 0:
            self._rate(row, answer, level)
            self.table.setFocus()

    def _target_selected(self, level: int) -> None:
        row = self.table.current_row()
        if row >= 0:
            self._set_target(row, level)
            self.table.setFocus()

    def _set_consensus(
        self, current: int | None, target: int | None, note: str
    ) -> None:
        if current is None and target is None:
            self.statusMessage.emit(
                self.tr("Choose an agreed current or target level first.")
            )
            return
        new = Consensus(self.question_id, current, target, note)
        self.document.undo_stack.push(
            ConsensusCommand(
                self.document,
                self.question_id,
                new,
                self.tr("Consensus on %s") % self.question_id,
            )
        )

    def _clear_consensus(self) -> None:
        self.document.undo_stack.push(
            ConsensusCommand(
                self.document,
                self.question_id,
                None,
                self.tr("Clear consensus on %s") % self.question_id,
            )
        )
