"""Undo commands of progress tracking: starting a follow-up round, switching the round
being captured, confirming carried-over answers.

Switching rounds is a command too: every answer command is then undone while the
round it was given in is the current one (the undo stack unwinds the switch first),
and Edit › Undo names the switch it would undo. Starting a follow-up round creates it
and switches capture to it in one step; undoing removes the round with everything in
it and switches back; redoing puts it back exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from crm_workshop.domain.assessment import CarriedMark, Round
from crm_workshop.gui.commands import _WriteCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.services.progress import FollowUp, ProgressInputError, RoundSnapshot
from crm_workshop.services.workshop import UnknownRound

ROUND = "round"  # what views reload when the round being captured changes


class _ProgressCommand(_WriteCommand):
    def _guarded(self, action: Callable[[], object]) -> None:
        try:
            super()._guarded(action)
        except (ProgressInputError, UnknownRound, LookupError) as exc:
            # input is checked before a command is pushed: this is a file changed under us
            self.failed = True
            self.error = exc
            self.setObsolete(True)
            self.document.writeFailed.emit(exc)


def switch_to(document: WorkshopDocument, round_id: int | None) -> None:
    """Make ``round_id`` the round being captured (None: the latest) and tell views."""
    rounds = document.session.rounds()
    chosen = next((r for r in rounds if r.id == round_id), None)
    document.round = chosen or (rounds[-1] if rounds else None)
    document.setup_changed(ROUND)


class SwitchRoundCommand(_ProgressCommand):
    """Capture another round."""

    def __init__(self, document: WorkshopDocument, new: Round, text: str) -> None:
        super().__init__(document, text)
        self.new_id = new.id
        self.old_id = document.round.id if document.round else None

    def redo(self) -> None:
        self._guarded(lambda: switch_to(self.document, self.new_id))

    def undo(self) -> None:
        self._guarded(lambda: switch_to(self.document, self.old_id))


class StartFollowUpCommand(_ProgressCommand):
    """Create a follow-up round (checked beforehand) and capture it."""

    def __init__(
        self, document: WorkshopDocument, follow_up: FollowUp, text: str
    ) -> None:
        super().__init__(document, text)
        self.follow_up = follow_up
        self.old_id = document.round.id if document.round else None
        self.round_id: int | None = None
        self._snapshot: RoundSnapshot | None = None

    def redo(self) -> None:
        progress = self.document.session.progress

        def create() -> None:
            if self._snapshot is None:
                self.round_id = progress.start_follow_up(self.follow_up)
            else:
                progress.restore_round(self._snapshot)
            switch_to(self.document, self.round_id)

        self._guarded(create)

    def undo(self) -> None:
        progress = self.document.session.progress

        def remove() -> None:
            if self.round_id is not None:
                self._snapshot = progress.remove_round(self.round_id)
            switch_to(self.document, self.old_id)

        self._guarded(remove)


class ConfirmCarriedCommand(_ProgressCommand):
    """Confirm carried-over answers (and consensus) of one question as they are."""

    def __init__(
        self,
        document: WorkshopDocument,
        question_id: str,
        keys: list[tuple[int | None, str]],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.round_id = document.round.id if document.round else None
        self.question_id = question_id
        self.keys = keys
        self.removed: list[CarriedMark] = []

    def _announce(self) -> None:
        self.document.ratingChanged.emit(self.question_id)
        self.document.consensusChanged.emit(self.question_id)

    def redo(self) -> None:
        progress = self.document.session.progress

        def confirm() -> None:
            if self.round_id is not None:
                self.removed = progress.confirm(self.round_id, self.keys)
            self._announce()

        self._guarded(confirm)

    def undo(self) -> None:
        progress = self.document.session.progress

        def restore() -> None:
            progress.mark_carried(self.removed)
            self._announce()

        self._guarded(restore)
