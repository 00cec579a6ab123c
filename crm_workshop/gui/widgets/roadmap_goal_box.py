"""The base of the goals page's boxes: writes through the page, shows refusals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QTableView

from crm_workshop.domain.roadmap import Goal
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.setup_common import plain

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.roadmap_goals import RoadmapGoalsPage


class GoalBox(QGroupBox):
    """A group box that writes through the page and shows its own refusals."""

    def __init__(self, page: RoadmapGoalsPage, title: str, name: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.page = page
        self.document = page.document
        self.message_label = plain(name=f"{name}_message")
        set_tone(self.message_label, "error")
        self.message_label.hide()

    @property
    def roadmap(self):
        return self.document.session.roadmap

    def refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        if message:
            self.page.statusMessage.emit(message)

    def push(self, command: SetupCommand, done: str) -> bool:
        if not self.page.editable:
            return False
        ok = self.page.push(command, done)
        if ok:
            self.refuse("")
        return ok

    def update_command(self, text: str, edited: Goal, done: str) -> bool:
        roadmap = self.roadmap
        return self.push(
            SetupCommand(
                self.document,
                text,
                "roadmap",
                lambda: roadmap.update_goal(edited),
                roadmap.update_goal,
            ),
            done,
        )


def list_like(view: QAbstractItemView) -> None:
    """A table or tree chosen by whole rows, one at a time, read-only in place."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control
    view.setAlternatingRowColors(True)
    if isinstance(view, QTableView):
        view.setWordWrap(False)
        view.verticalHeader().hide()
