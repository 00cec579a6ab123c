"""Roadmap page: the risk register, the focus areas and the analysis' hints.

Risks: a table sorted by severity (likelihood × impact) with the selected risk's form
beside it. Focus areas: places needing work, investment or attention, and why. Hints
(roadmap_hints.py): the consistency checks and typical risks the consultant confirms
or dismisses; a confirmed one goes to the register in one click. Every edit is
written when it is finished, as one undoable step (``SetupCommand`` of kind
"roadmap"); the page shows the file again after any change, an undo included.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QLocale,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import Risk
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.hint_texts import SubjectNames, hint_subject
from crm_workshop.gui.widgets.risk_model import (
    SORT_ROLE,
    HintRow,
    RiskTableModel,
    ScopeEntry,
)
from crm_workshop.gui.widgets.roadmap_focus import AddCommand, FocusAreasBox, item_table
from crm_workshop.gui.widgets.roadmap_hints import HintsPanel
from crm_workshop.gui.widgets.roadmap_risk_form import RiskForm
from crm_workshop.gui.widgets.setup_common import (
    MAX_TEXT,
    plain,
    short,
    tab_chain,
    too_long,
)


class RoadmapRisksPage(QWidget):
    questionActivated = Signal(str)
    statusMessage = Signal(str)

    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_risks_page")
        self.document = document
        languages = document.model.languages
        if language not in languages:  # the user's language if the model has it
            wanted = QLocale().name()[:2]
            language = wanted if wanted in languages else languages[0]
        self.language: str = language  # type: ignore[assignment]
        self.names = SubjectNames()
        self._people: dict[int, Any] = {}
        self._entries: list[ScopeEntry] = []
        self.message_label = plain(name="risks_message_label")
        self.message_label.setStyleSheet("color: #a00000;")
        self.message_label.hide()
        self.hints = HintsPanel(document)
        self.hints.questionActivated.connect(self.questionActivated)
        self.hints.addRiskRequested.connect(self.add_risk_from_hint)
        self.hints.focusRequested.connect(self.focus_from_hint)
        risks = self._build_risks()
        self.focus = FocusAreasBox(document, self.push)
        self.focus.questionActivated.connect(self.questionActivated)
        self.focus.statusMessage.connect(self.statusMessage)
        self.focus.problem.connect(self.refuse)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.hints)
        lower.addWidget(self.focus)
        lower.setChildrenCollapsible(False)
        lower.setSizes([600, 600])
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("risks_splitter")
        split.addWidget(risks)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(split, 1)
        tab_chain(
            (
                self.risk_table,
                self.add_risk_button,
                self.remove_risk_button,
                self.risk_focus_button,
                *self.form.fields,
                self.hints.filter_combo,
                self.hints.table,
                self.hints.confirm_button,
                self.hints.dismiss_button,
                self.hints.reopen_button,
                self.hints.add_risk_button,
                self.hints.focus_button,
                *self.focus.fields,
            )
        )
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        for signal in (
            document.setupChanged,
            document.ratingChanged,
            document.consensusChanged,
        ):
            signal.connect(lambda *_: self._reload_timer.start())
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _build_risks(self) -> QGroupBox:
        self.risk_model = RiskTableModel(self)
        self.risk_model.owner_name = self._owner_name
        self.risk_proxy = QSortFilterProxyModel(self)
        self.risk_proxy.setSourceModel(self.risk_model)
        self.risk_proxy.setSortRole(SORT_ROLE)
        self.risk_table = item_table("risk_table", self.tr("Risk register"))
        self.risk_table.setModel(self.risk_proxy)
        self.risk_table.setSortingEnabled(True)
        self.risk_table.sortByColumn(
            RiskTableModel.SEVERITY, Qt.SortOrder.DescendingOrder
        )
        header = self.risk_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (300, 170, 80, 60, 100, 200, 130)
        for column, width in enumerate(widths):
            self.risk_table.setColumnWidth(column, width)
        self.risk_table.selectionModel().currentRowChanged.connect(self._risk_switched)
        self.risk_table.doubleClicked.connect(
            lambda _i: self.description_edit.setFocus()
        )
        self.add_risk_button = QPushButton(self.tr("&New risk"))
        self.add_risk_button.setObjectName("add_risk_button")
        self.add_risk_button.clicked.connect(self.add_risk)
        self.remove_risk_button = QPushButton(self.tr("&Remove risk"))
        self.remove_risk_button.setObjectName("remove_risk_button")
        self.remove_risk_button.clicked.connect(self.remove_risk)
        self.risk_focus_button = QPushButton(self.tr("Mark scope as foc&us area"))
        self.risk_focus_button.setObjectName("risk_to_focus_button")
        self.risk_focus_button.clicked.connect(self.focus_from_risk)
        self.risk_count_label = plain(name="risk_count_label", wrap=False)
        buttons = QHBoxLayout()
        for button in (
            self.add_risk_button,
            self.remove_risk_button,
            self.risk_focus_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.risk_count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.risk_table, 1)
        left_layout.addLayout(buttons)

        self.form = RiskForm()
        self.form.changed.connect(self.save_risk)
        self.description_edit = self.form.description_edit
        self.mitigation_edit = self.form.mitigation_edit
        self.scope_model = self.form.scope_model
        self.likelihood_spin = self.form.likelihood_spin
        self.impact_spin = self.form.impact_spin
        self.owner_combo = self.form.owner_combo
        self.status_combo = self.form.status_combo
        self.no_risk_label = plain(
            self.tr("No risk selected. Add one with “New risk”, or from a hint."),
            name="no_risk_label",
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_risk_label)
        right_layout.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 420])
        box = QGroupBox(self.tr("Risk register"))
        box.setObjectName("risk_register_box")
        QVBoxLayout(box).addWidget(split)
        return box

    # -- showing -----------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    def reload(self) -> None:
        """Show what the file holds: risks, focus areas, hints, choices."""
        self._reload_timer.stop()
        if not self.document.is_open:
            return
        session = self.document.session
        roadmap = session.roadmap
        model = self.document.model
        self.names = SubjectNames.of(model, self.language, roadmap.initiatives())
        self._people = {p.id: p for p in session.stakeholders()}
        entries = self._scope_entries()
        if entries != self._entries:
            self._entries = entries
            self.form.set_entries(entries, self.editable)
        keep = self.current_risk()
        had = {r.id for r in self.risk_model.rows()}
        risks = roadmap.risks()
        self.risk_model.set_risks(risks, self.names)
        self.focus.show_focus_areas(roadmap.focus_areas(), self.names, entries)
        round_ = self.document.round
        self.hints.show_hints(
            roadmap.hints(round_.id) if round_ is not None else [], self.names
        )
        back = [r.id for r in risks if r.id not in had]  # an undone removal: show it
        self.select_risk(back[0] if len(back) == 1 and had else keep and keep.id)
        count = self.risk_model.rowCount()
        self.risk_count_label.setText(self.tr("%n risk(s)", "", count))
        self.add_risk_button.setEnabled(self.editable)

    def _scope_entries(self) -> list[ScopeEntry]:
        hidden = self.document.hidden_questions
        entries: list[ScopeEntry] = []
        for area in self.document.model.areas:
            entries.append(ScopeEntry(area.id, self.names.scope(area.id), True))
            entries.extend(
                ScopeEntry(q.id, self.names.scope(q.id), False)
                for q in area.questions
                if q.id not in hidden
            )
        return entries

    def _owner_name(self, owner_id: int | None) -> str:
        person = self._people.get(owner_id) if owner_id is not None else None
        return "" if person is None else person.name

    def current_risk(self) -> Risk | None:
        index = self.risk_table.currentIndex()
        if not index.isValid():
            return None
        row = self.risk_proxy.mapToSource(index).row()
        return self.risk_model.risk(row) if row >= 0 else None

    def select_risk(self, risk_id: int | None) -> None:
        row = self.risk_model.row_of(risk_id)
        if row < 0 and self.risk_model.rowCount():
            row = self.risk_proxy.mapToSource(self.risk_proxy.index(0, 0)).row()
        if row >= 0:
            index = self.risk_proxy.mapFromSource(self.risk_model.index(row, 0))
            with QSignalBlocker(self.risk_table.selectionModel()):
                self.risk_table.setCurrentIndex(index)
                self.risk_table.selectRow(index.row())
        self._show_risk(self.current_risk() if row >= 0 else None)

    def _risk_switched(self, *_args: object) -> None:
        self.flush()
        self._show_risk(self.current_risk())

    def _show_risk(self, risk: Risk | None) -> None:
        self.form.setVisible(risk is not None)
        self.no_risk_label.setVisible(risk is None)
        self.remove_risk_button.setEnabled(self.editable and risk is not None)
        self.risk_focus_button.setEnabled(
            self.editable and risk is not None and bool(risk.scope)
        )
        if risk is None:
            self.form.forget()
        else:
            self.form.show_risk(risk, self._people, self.editable)

    # -- writing -----------------------------------------------------------------------
    def push(self, command: SetupCommand, done: str) -> bool:
        """Do ``command`` through the undo stack; True when it is in the file."""
        if not self.editable:
            return False
        self.document.undo_stack.push(command)
        self.reload()  # the file as it is now (after a failure too)
        if command.failed:
            return False
        self.refuse("")
        self.statusMessage.emit(done or self.tr("Saved"))
        return True

    def refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        if message:
            self.statusMessage.emit(message)

    def flush(self) -> None:
        """Write text still waiting for a pause in typing."""
        self.form.flush()
        self.focus.flush()

    def _refusal(self, what: str, text: str) -> str | None:
        return too_long(what, text, MAX_TEXT)

    def save_risk(self) -> None:
        stored = self.current_risk()
        if stored is None or stored.id != self.form.shown_id or not self.editable:
            return
        edited = self.form.edited(stored)
        if edited == stored:
            return
        refusal = (
            (not edited.description and self.tr("A risk needs a description."))
            or self._refusal(self.tr("The description"), edited.description)
            or self._refusal(self.tr("The mitigation"), edited.mitigation)
        )
        if refusal:
            self.refuse(refusal + " " + self.tr("It was not saved."))
            self.form.forget()
            self._show_risk(stored)
            return
        roadmap = self.document.session.roadmap
        text = self.tr("Edit risk “{risk}”").format(risk=short(stored.description))
        self.push(
            SetupCommand(
                self.document,
                text,
                "roadmap",
                lambda: roadmap.update_risk(edited),
                roadmap.update_risk,
            ),
            self.tr("Risk saved"),
        )

    def _add_risk(self, text: str, risk: Risk) -> None:
        roadmap = self.document.session.roadmap
        command = AddCommand(
            self.document,
            text,
            [risk],
            roadmap.add_risk,
            roadmap.remove_risk,
            roadmap.restore_risk,
        )
        if self.push(command, self.tr("Risk added")):
            self.select_risk(command.ids[0])

    def add_risk(self) -> None:
        self.flush()
        risk = Risk(None, self.tr("New risk"))
        self._add_risk(self.tr("New risk"), risk)
        if self.current_risk() is not None:
            self.description_edit.setFocus()
            self.description_edit.selectAll()

    def add_risk_from_hint(self, row: HintRow) -> None:
        """A confirmed hint as a risk: its message and its subjects, one step."""
        for risk in self.document.session.roadmap.risks():
            if risk.description == row.message:
                self.select_risk(risk.id)
                self.statusMessage.emit(self.tr("This hint is in the risk register"))
                return
        hint = row.hint
        risk = Risk(None, row.message, scope=hint.question_ids or hint.area_ids)
        text = self.tr("Add hint “{hint}” to the risk register")
        self._add_risk(text.format(hint=short(row.title)), risk)

    def remove_risk(self) -> None:
        risk = self.current_risk()
        if risk is None or risk.id is None:
            return
        roadmap = self.document.session.roadmap
        risk_id = risk.id
        self.push(
            SetupCommand(
                self.document,
                self.tr("Remove risk “{risk}”").format(risk=short(risk.description)),
                "roadmap",
                lambda: roadmap.remove_risk(risk_id),
                roadmap.restore_risk,
            ),
            self.tr("Risk removed"),
        )

    def focus_from_risk(self) -> None:
        risk = self.current_risk()
        if risk is not None:
            self.focus.mark(risk.scope, risk.description)

    def focus_from_hint(self, row: HintRow) -> None:
        subject = hint_subject(row.hint)
        if subject is not None:
            self.focus.mark([subject], row.message)
