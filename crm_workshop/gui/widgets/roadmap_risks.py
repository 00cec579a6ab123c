"""Roadmap page: the risk register, the focus areas and the analysis' hints.

Risks: a table sorted by severity (likelihood × impact) with the selected risk's form
beside it. Focus areas: places needing work, investment or attention, and why. Hints
(roadmap_hints.py): the consistency checks and typical risks the consultant confirms
or dismisses; a confirmed one goes to the register in one click. Every edit is
written when it is finished, as one undoable step (``SetupCommand`` of kind
"roadmap"); the page shows the file again after any change, an undo included.
The register itself (table, form and their edits) is in roadmap_risk_register.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.hint_texts import SubjectNames, hint_subject
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.risk_model import HintRow, ScopeEntry
from crm_workshop.gui.widgets.roadmap_focus import FocusAreasBox
from crm_workshop.gui.widgets.roadmap_hints import HintsPanel
from crm_workshop.gui.widgets.roadmap_risk_register import RiskRegister
from crm_workshop.gui.widgets.setup_common import plain, tab_chain


class RoadmapRisksPage(RiskRegister, QWidget):
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
        set_tone(self.message_label, "error")
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
        lower.setObjectName("risks_lower_splitter")
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

    def focus_from_hint(self, row: HintRow) -> None:
        subject = hint_subject(row.hint)
        if subject is not None:
            self.focus.mark([subject], row.message)
