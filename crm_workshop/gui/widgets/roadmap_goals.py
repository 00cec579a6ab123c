"""Roadmap page: measurable objectives and the cascade of the board's goals.

Objectives (roadmap_objectives.py): a table (name, KPI, unit, baseline, target, month)
with the selected objective's form beside it. The cascade (roadmap_cascade.py): the
board's goals, each with its directors' copies (owner, department, their wording of the
goal, planned actions). Each field is written when its edit is finished (Return, Tab,
focus elsewhere, a choice made), as one undoable step named after what it changes; a
number or month that does not read is refused with a message under the form and the
stored value shown again. Removing a board goal removes its copies in the same step;
undo brings all of them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.roadmap import BadMonth, GoalLevel, Month
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.roadmap_cascade import CascadeBox
from crm_workshop.gui.widgets.roadmap_goal_models import parse_number
from crm_workshop.gui.widgets.roadmap_objectives import ObjectivesBox
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    MAX_TEXT,
    department_combo,
    short,
    tab_chain,
    too_long,
)


class RoadmapGoalsPage(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_goals_page")
        self.document = document
        languages = document.model.languages
        if language not in languages:
            report = document.session.engagement.report_language
            language = report if report in languages else languages[0]
        self.language: str = language  # type: ignore[assignment]
        self.people: dict[int, Stakeholder] = {}
        self.objectives = ObjectivesBox(self)
        self.cascade = CascadeBox(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("goals_splitter")
        split.addWidget(self.objectives)
        split.addWidget(self.cascade)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        tab_chain((*self.objectives.fields, *self.cascade.fields))
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        # the timer's slot, not a lambda: the connection ends with this page
        document.setupChanged.connect(self._reload_timer.start)
        self.reload()

    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    def reload(self) -> None:
        """Show what the file holds."""
        self._reload_timer.stop()
        if not self.document.is_open:
            return
        session = self.document.session
        self.people = {p.id: p for p in session.stakeholders()}
        goals = session.roadmap.goals()
        self.objectives.show_goals([g for g in goals if g.level is GoalLevel.OBJECTIVE])
        self.cascade.show_goals(goals)

    def push(self, command: SetupCommand, done: str) -> bool:
        """Do ``command`` through the undo stack; True when it is in the file."""
        if not self.editable:
            return False
        self.document.undo_stack.push(command)
        self.reload()  # the file as it is now (after a failure too)
        if command.failed:
            return False
        self.statusMessage.emit(done or self.tr("Saved"))
        return True

    def commit_pending(self) -> None:
        """Write any edit still in an input (the window is closing)."""
        if self.editable:
            self.objectives.commit_pending()
            self.cascade.commit_pending()

    flush = commit_pending

    def check(self, field: str, text: str, what: str) -> tuple[Any, str]:
        """``text`` as the value of goal ``field`` and "", or None and why not."""
        if field in ("baseline", "target"):
            try:
                return parse_number(text), ""
            except ValueError:
                return None, self.tr(
                    "“{text}” is not a number (write it like 1250 or 12.5). "
                    "The {what} was not saved."
                ).format(text=short(text, 40), what=what)
        if field == "due_on":
            if not text:
                return None, ""
            try:
                return str(Month.parse(text)), ""
            except BadMonth:
                return None, self.tr(
                    "“{text}” is not a month: write the year and the month like "
                    "2027-03. The month was not saved."
                ).format(text=short(text, 40))
        if field == "title" and not text:
            return None, self.tr("A goal needs a name. It was not saved.")
        limit = MAX_TEXT if field == "actions" else MAX_NAME
        refusal = too_long(self.tr("The {what}").format(what=what), text, limit)
        return text, refusal or ""

    def owner_label(self, person_id: int | None) -> str:
        person = self.people.get(person_id) if person_id is not None else None
        if person is None:
            return ""
        if person.active:
            return person.name
        return self.tr("{name} (inactive)").format(name=person.name)

    def department_combo(self, accessible: str) -> QComboBox:
        return department_combo(self.document.model, self.language, accessible)

    def department_name(self, department: str) -> str:
        return self.document.model.department_name(department, self.language)
