"""Undo commands: each ``redo`` calls one document verb, ``undo`` restores the previous value.

A command that fails to write (disk full, read-only) marks itself obsolete so the undo
stack drops it, and reports the failure through ``WorkshopDocument.writeFailed``.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from crm_workshop.domain.assessment import Consensus, Rating
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.services.errors import EvidenceTooLarge, WorkshopFileError


class _WriteCommand(QUndoCommand):
    def __init__(self, document: WorkshopDocument, text: str) -> None:
        super().__init__(text)
        self.document = document

    def _guarded(self, action) -> None:
        try:
            action()
        except (WorkshopFileError, OSError, EvidenceTooLarge) as exc:
            self.setObsolete(True)
            self.document.writeFailed.emit(exc)


_READ_IT = object()


class RateCommand(_WriteCommand):
    """Set (or clear, with ``new=None``) one stakeholder's answer to one question.

    ``old`` is the answer being replaced; callers that already hold it (a paste of
    hundreds of cells) pass it, others let the command read it from the file.
    """

    def __init__(
        self,
        document: WorkshopDocument,
        stakeholder_id: int,
        question_id: str,
        new: Rating | None,
        text: str,
        old: Rating | object | None = _READ_IT,
    ) -> None:
        super().__init__(document, text)
        self.stakeholder_id = stakeholder_id
        self.question_id = question_id
        self.new = new
        self.old: Rating | None = (
            document.ratings_for(question_id).get(stakeholder_id)
            if old is _READ_IT
            else old  # type: ignore[assignment]
        )

    def redo(self) -> None:
        self._guarded(
            lambda: self.document.apply_rating(
                self.stakeholder_id, self.question_id, self.new
            )
        )

    def undo(self) -> None:
        self._guarded(
            lambda: self.document.apply_rating(
                self.stakeholder_id, self.question_id, self.old
            )
        )


class ConsensusCommand(_WriteCommand):
    def __init__(
        self,
        document: WorkshopDocument,
        question_id: str,
        new: Consensus | None,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.question_id = question_id
        self.new = new
        self.old = document.consensus_for(question_id)

    def redo(self) -> None:
        self._guarded(lambda: self.document.apply_consensus(self.question_id, self.new))

    def undo(self) -> None:
        self._guarded(lambda: self.document.apply_consensus(self.question_id, self.old))


class AttachEvidenceCommand(_WriteCommand):
    """Attach a file to a question; undo removes it again from the workshop."""

    def __init__(
        self, document: WorkshopDocument, path: str, question_id: str, text: str
    ) -> None:
        super().__init__(document, text)
        self.path = path
        self.question_id = question_id
        self.evidence_id: int | None = None

    def redo(self) -> None:
        def attach() -> None:
            self.evidence_id = self.document.session.attach_evidence(
                self.path, question_id=self.question_id
            )
            self.document.evidenceChanged.emit(self.question_id)

        self._guarded(attach)

    def undo(self) -> None:
        def remove() -> None:
            if self.evidence_id is not None:
                self.document.session.remove_evidence(self.evidence_id)
                self.document.evidenceChanged.emit(self.question_id)

        self._guarded(remove)
