"""The engagement set-up tab: engagement, stakeholders, sessions and question wording.

A frame of four pages (``setup_engagement``, ``setup_stakeholders``,
``setup_sessions``, ``setup_questions``). There is no Save: each page writes an edit
to the file the moment it is finished, as one command on the workshop's undo stack
(Edit › Undo names it). A refused edit (an empty name, a file that is not an image, a
bad CSV row) is explained in the message bar above the pages; a storage failure goes
to ``WorkshopDocument.writeFailed``.

Every set-up command announces ``WorkshopDocument.setupChanged``; this view reloads
the pages that show what changed (except the page that made the edit, which already
shows it) and relays the change through its own ``setupChanged`` to the window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_common import SetupPage, plain
from crm_workshop.gui.widgets.setup_engagement import EngagementPage
from crm_workshop.gui.widgets.setup_questions import QuestionsPage
from crm_workshop.gui.widgets.setup_sessions import SessionsPage
from crm_workshop.gui.widgets.setup_stakeholders import StakeholdersPage


class SetupView(QWidget):
    """The set-up tab. ``setupChanged`` names what changed so other views can refresh:
    "engagement", "stakeholders", "sessions" or "questions"."""

    statusMessage = Signal(str)
    setupChanged = Signal(str)

    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup_view")
        self.document = document
        self.language = language
        self.message_label = plain(name="setup_message_label")
        self.message_label.setStyleSheet(
            "QLabel { color: #8a1c00; background: #fff1e6; border: 1px solid #f0b48c;"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        self.message_label.hide()
        self.read_only_label = plain(
            self.tr(
                "This workshop is open read-only: the set-up can be read but not "
                "changed. Use File › Save a copy as… to work on a copy."
            ),
            name="setup_read_only_label",
        )
        self.read_only_label.setVisible(document.read_only)

        self.engagement = EngagementPage(document, language)
        self.stakeholders = StakeholdersPage(document, language)
        self.sessions = SessionsPage(document, language)
        self.questions = QuestionsPage(document, language)
        self.pages: tuple[SetupPage, ...] = (
            self.engagement,
            self.stakeholders,
            self.sessions,
            self.questions,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("setup_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.engagement, self.tr("&1 Engagement"))
        self.tabs.addTab(self.stakeholders, self.tr("&2 Stakeholders"))
        self.tabs.addTab(self.sessions, self.tr("&3 Sessions"))
        self.tabs.addTab(self.questions, self.tr("&4 Questions"))
        self.tabs.currentChanged.connect(lambda _index: self.flush())

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)

        for page in self.pages:
            page.statusMessage.connect(self.statusMessage)
            page.problem.connect(self.show_problem)
        document.setupChanged.connect(self._changed)

    def show_problem(self, message: str) -> None:
        """Show (or with "" clear) why the last edit was refused."""
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def _changed(self, what: str) -> None:
        """The file's set-up changed (an edit, its undo or redo): show it, tell the window."""
        if not self.document.is_open:
            return
        page = {
            "engagement": self.engagement,
            "stakeholders": self.stakeholders,
            "sessions": self.sessions,
            "questions": self.questions,
        }.get(what)
        if page is not None and not page.pushing:
            page.reload()
        if what == "stakeholders":
            self.sessions.refresh_people()
        elif what == "engagement":
            self.questions.reload()  # the workshop's languages may have changed
        self.setupChanged.emit(what)

    def flush(self) -> None:
        """Write edits still waiting for a typing pause. Call before closing the file."""
        if not self.document.is_open:
            return
        for page in self.pages:
            page.flush()

    def reload(self) -> None:
        """Show what the file holds again (after a change made elsewhere)."""
        for page in self.pages:
            page.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
