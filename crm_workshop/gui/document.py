"""``WorkshopDocument``: one open workshop as the GUI sees it.

Adapter between the services' ``WorkshopSession`` and Qt: it owns the workshop's undo
stack, knows the round being captured, and announces every change with a signal so
views refresh themselves. Every change goes through an undo command (commands.py),
whose ``redo`` calls one verb here; each verb commits to the file before it returns.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from crm_workshop.domain.assessment import CarriedMark, Consensus, Rating, RoundKind
from crm_workshop.domain.engagement import Followup
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.scoring import Assessment
from crm_workshop.services.workshop import WorkshopSession


class WorkshopDocument(QObject):
    ratingChanged = Signal(str)  # question id
    consensusChanged = Signal(str)  # question id
    evidenceChanged = Signal(str)  # question id
    setupChanged = Signal(
        str
    )  # "engagement", "stakeholders", "sessions" or "questions"
    followupChanged = Signal(str)  # question id
    sessionEvidenceChanged = Signal(int)  # session id
    writeFailed = Signal(object)  # the exception, for the window to explain

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        rounds = session.rounds()
        if not rounds and not session.read_only:
            session.add_round(self.tr("Baseline"), RoundKind.BASELINE)
            rounds = session.rounds()
        self.round = rounds[-1] if rounds else None
        self._assessment: Assessment | None = None
        self.is_open = True
        self._model: MaturityModel | None = None
        self._hidden: frozenset[str] | None = None
        self._announcing: set[str] = set()

    @property
    def model(self) -> MaturityModel:
        """The model as this workshop asks it (reworded questions applied)."""
        if self._model is None:
            self._model = self.session.effective_model()
        return self._model

    @property
    def hidden_questions(self) -> frozenset[str]:
        if self._hidden is None:
            self._hidden = self.session.hidden_questions()
        return self._hidden

    def setup_changed(self, what: str) -> None:
        """Set-up was edited (engagement, stakeholders, sessions, questions): views reload.

        A listener may announce the same change back while it is being announced (the
        set-up view relays it to the window, which calls this again): that echo is
        ignored, so every view reloads once.
        """
        if what in self._announcing:
            return
        self._announcing.add(what)
        try:
            self._model = None
            self._hidden = None
            self._assessment = None
            self.setupChanged.emit(what)
        finally:
            self._announcing.discard(what)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def close(self) -> None:
        self.is_open = False
        self.undo_stack.clear()
        self.session.close()

    # -- reads -----------------------------------------------------------------------
    def ratings_for(self, question_id: str) -> dict[int, Rating]:
        if self.round is None:
            return {}
        return {
            r.stakeholder_id: r
            for r in self.session.question_ratings(self.round.id, question_id)
        }

    def assessment(self) -> Assessment | None:
        """Scores of the current round, cached until the next change."""
        if self.round is None or not self.is_open:
            return None
        if self._assessment is None:
            self._assessment = self.session.assessment(self.round.id)
        return self._assessment

    def consensus_for(self, question_id: str) -> Consensus | None:
        if self.round is None:
            return None
        return self.session.consensus(self.round.id).get(question_id)

    # -- writes (called by undo commands) --------------------------------------------
    def apply_rating(
        self, stakeholder_id: int, question_id: str, rating: Rating | None
    ) -> None:
        """Store ``rating`` (None clears the answer) and announce the change.

        ``ratingChanged`` is emitted even when the write fails (a full disk), so views
        read again and show what the file holds, never the refused answer.
        """
        assert self.round is not None
        try:
            if rating is None:
                self.session.clear_rating(self.round.id, stakeholder_id, question_id)
            else:
                self.session.rate(self.round.id, rating)
        finally:
            self._assessment = None
            self.ratingChanged.emit(question_id)

    def apply_consensus(self, question_id: str, consensus: Consensus | None) -> None:
        """Store ``consensus`` (None clears it); announced even when the write fails."""
        assert self.round is not None
        try:
            if consensus is None:
                self.session.clear_consensus(self.round.id, question_id)
            else:
                self.session.set_consensus(self.round.id, consensus)
        finally:
            self._assessment = None
            self.consensusChanged.emit(question_id)

    def put_back_rating(
        self,
        stakeholder_id: int,
        question_id: str,
        rating: Rating | None,
        carried: CarriedMark | None,
    ) -> None:
        """Undo an answer: ``rating`` back (None: none) and, if it was carried over
        from an earlier round before (``carried``), its mark with it, in one write.

        ``ratingChanged`` is emitted even when the write fails, as by ``apply_rating``.
        """
        assert self.round is not None
        try:
            self.session.put_back_answers(
                self.round.id,
                [(stakeholder_id, question_id, rating)],
                carried=[carried] if carried is not None else [],
            )
        finally:
            self._assessment = None
            self.ratingChanged.emit(question_id)

    def put_back_consensus(
        self,
        question_id: str,
        consensus: Consensus | None,
        carried: CarriedMark | None,
    ) -> None:
        """Undo a consensus: ``consensus`` back (None: none) with its carried-over
        mark, if it had one, in one write; announced even when the write fails."""
        assert self.round is not None
        try:
            self.session.put_back_answers(
                self.round.id,
                consensus=[(question_id, consensus)],
                carried=[carried] if carried is not None else [],
            )
        finally:
            self._assessment = None
            self.consensusChanged.emit(question_id)

    def apply_followup(
        self, question_id: str, followup: Followup | None
    ) -> Followup | None:
        """Store ``followup`` (None removes it); returns the follow-up it replaced.

        ``followupChanged`` is emitted even when the write fails, so views show
        what the file holds.
        """
        assert self.round is not None
        try:
            if followup is None:
                return self.session.clear_followup(self.round.id, question_id)
            return self.session.set_followup(self.round.id, followup)
        finally:
            self.followupChanged.emit(question_id)
