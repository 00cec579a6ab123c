"""Files kept with a workshop session, shown under the session form (set-up)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_workshop.domain.engagement import Session
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.evidence_panel import EvidencePanel


class SessionEvidence(EvidencePanel):
    """The files of the session shown in the form (none: the box is hidden)."""

    def __init__(
        self, document: WorkshopDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, self.tr("Files of this session"), parent)
        self.setObjectName("session_evidence_box")
        self.file_list.setObjectName("session_evidence_list")
        self.file_list.setAccessibleName(self.tr("Files attached to this session"))
        self.attach_button.setObjectName("session_attach_button")
        self.open_button.setObjectName("session_open_evidence_button")
        self.session: Session | None = None
        self.hide()

    def show_session(self, session: Session | None, editable: bool) -> None:  # type: ignore[override]
        self.session = session
        self.setVisible(session is not None)
        super().show_session(
            session.id if session else None, session.title if session else "", editable
        )
