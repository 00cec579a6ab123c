"""Undo commands: each ``redo`` calls one document verb, ``undo`` restores the previous value.

A command that fails to write (disk full, read-only) marks itself obsolete so the undo
stack drops it, and reports the failure through ``WorkshopDocument.writeFailed``; its
``failed`` attribute (a plain Python attribute, still readable after the stack deleted
the command) tells the caller. A refused ``redo`` never enters the stack; a refused
``undo`` leaves it too (the file keeps the edit, which can no longer be undone, rather
than the stack offering a step that did not happen); a macro ends with ``end_macro``.

Set-up edits (``SetupCommand`` and its subclasses) announce
``WorkshopDocument.setup_changed(kind)`` after doing and after undoing, so every view,
the set-up pages included, shows what the file holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from crm_workshop.domain.assessment import CarriedMark, Consensus, Rating, Stakeholder
from crm_workshop.domain.engagement import Followup, Session
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import Texts
from crm_workshop.services.errors import (
    ROADMAP_INPUT_ERRORS,
    EvidenceTooLarge,
    WorkshopFileError,
)
from crm_workshop.services.workshop import StillInUse

if TYPE_CHECKING:  # the CSV module loads when an import runs, not at start-up
    from crm_workshop.services.stakeholders_csv import (
        StakeholderCsvError,
        StakeholderImport,
    )


def menu_text(text: str) -> str:
    """A command's text on one line; for the Edit menu ("&" would be a mnemonic there)
    the action text after the newline has every "&" doubled."""
    line = " ".join(text.split())
    if "&" not in line:
        return line
    return f"{line}\n{line.replace('&', '&&')}"


def end_macro(stack: QUndoStack, text: Callable[[int], str], failed: bool) -> None:
    """End the macro begun as ``text(n)`` (``n``: its number of commands; a function,
    so the count is worded in the language's plural form).

    A command whose write failed never joined the macro. When any failed, the macro's
    text counts the ones that were written, and a macro none of which was written
    leaves the stack: Qt keeps an empty macro, which would stand in the Edit menu as
    an edit that happened.
    """
    stack.endMacro()
    macro = stack.command(stack.index() - 1) if failed else None
    if macro is None:
        return
    if macro.childCount():
        macro.setText(menu_text(text(macro.childCount())))
    else:
        macro.setObsolete(True)
        stack.undo()  # an obsolete command leaves the stack without being undone


class _WriteCommand(QUndoCommand):
    def __init__(self, document: WorkshopDocument, text: str) -> None:
        super().__init__(menu_text(text))
        self.document = document
        self.failed = False
        self.error: BaseException | None = None

    def set_text(self, text: str) -> None:
        self.setText(menu_text(text))

    def _guarded(self, action) -> None:
        try:
            action()
        except (
            WorkshopFileError,
            OSError,
            EvidenceTooLarge,
            StillInUse,
            *ROADMAP_INPUT_ERRORS,
        ) as exc:
            self.failed = True
            self.error = exc
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
        self.carried = _carried(document, stakeholder_id, question_id)

    def redo(self) -> None:
        self._guarded(
            lambda: self.document.apply_rating(
                self.stakeholder_id, self.question_id, self.new
            )
        )

    def undo(self) -> None:
        self._guarded(
            lambda: self.document.put_back_rating(
                self.stakeholder_id, self.question_id, self.old, self.carried
            )
        )


def _carried(
    document: WorkshopDocument, stakeholder_id: int | None, question_id: str
) -> CarriedMark | None:
    """An answer's carried-over mark in the round being captured, read before the
    edit (answering removes it; the undo puts it back with the earlier answer, in the
    same write). ``stakeholder_id`` None: the consensus."""
    if document.round is None:
        return None
    progress = document.session.progress
    return progress.carried_mark(document.round.id, stakeholder_id, question_id)


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
        self.carried = _carried(document, None, question_id)

    def redo(self) -> None:
        self._guarded(lambda: self.document.apply_consensus(self.question_id, self.new))

    def undo(self) -> None:
        self._guarded(
            lambda: self.document.put_back_consensus(
                self.question_id, self.old, self.carried
            )
        )


class AttachEvidenceCommand(_WriteCommand):
    """Attach a file to a question or a session; undo removes it from the workshop."""

    def __init__(
        self,
        document: WorkshopDocument,
        path: str,
        question_id: str | None,
        text: str,
        session_id: int | None = None,
    ) -> None:
        super().__init__(document, text)
        self.path = path
        self.question_id = question_id
        self.session_id = session_id
        self.evidence_id: int | None = None

    def _announce(self) -> None:
        if self.question_id is not None:
            self.document.evidenceChanged.emit(self.question_id)
        if self.session_id is not None:
            self.document.sessionEvidenceChanged.emit(self.session_id)

    def redo(self) -> None:
        def attach() -> None:
            self.evidence_id = self.document.session.attach_evidence(
                self.path, question_id=self.question_id, session_id=self.session_id
            )
            self._announce()

        self._guarded(attach)

    def undo(self) -> None:
        def remove() -> None:
            if self.evidence_id is not None:
                self.document.session.remove_evidence(self.evidence_id)
                self._announce()

        self._guarded(remove)


class FollowupCommand(_WriteCommand):
    """Set (or with ``new=None`` remove) the follow-up of an open question.

    ``redo`` keeps the follow-up the service returns as replaced; ``undo`` puts it back.
    """

    def __init__(
        self,
        document: WorkshopDocument,
        question_id: str,
        new: Followup | None,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.question_id = question_id
        self.new = new
        self.old: Followup | None = None

    def redo(self) -> None:
        def store() -> None:
            self.old = self.document.apply_followup(self.question_id, self.new)

        self._guarded(store)

    def undo(self) -> None:
        self._guarded(lambda: self.document.apply_followup(self.question_id, self.old))


# -- set-up ----------------------------------------------------------------------------
class SetupCommand(_WriteCommand):
    """One set-up edit: ``apply()`` writes it and returns what ``revert`` needs.

    The service verbs return the value they replaced, so ``apply`` is usually the verb
    and ``revert(previous)`` the same verb given that value. ``kind`` ("engagement",
    "stakeholders", "sessions" or "questions") is what views reload afterwards.
    """

    def __init__(
        self,
        document: WorkshopDocument,
        text: str,
        kind: str,
        apply: Callable[[], Any],
        revert: Callable[[Any], object],
    ) -> None:
        super().__init__(document, text)
        self.kind = kind
        self._apply = apply
        self._revert = revert
        self.previous: Any = None

    def do(self) -> None:
        self.previous = self._apply()

    def revert(self) -> None:
        self._revert(self.previous)

    def redo(self) -> None:
        self._guarded(self.do)
        self.document.setup_changed(self.kind)

    def undo(self) -> None:
        self._guarded(self.revert)
        self.document.setup_changed(self.kind)


class EngagementCommand(SetupCommand):
    """Change engagement fields (``update_engagement``'s keywords)."""

    def __init__(self, document: WorkshopDocument, text: str, **changes: object):
        session = document.session
        super().__init__(
            document,
            text,
            "engagement",
            lambda: session.update_engagement(**changes),
            lambda previous: session.update_engagement(
                **{field: getattr(previous, field) for field in changes}
            ),
        )


class LogoCommand(SetupCommand):
    """Store the client's logo (``content=None`` removes it)."""

    def __init__(
        self,
        document: WorkshopDocument,
        text: str,
        content: bytes | None,
        mime: str | None = None,
    ) -> None:
        session = document.session
        super().__init__(
            document,
            text,
            "engagement",
            lambda: session.set_logo(content, mime),
            lambda previous: session.set_logo(*(previous or (None,))),
        )


class StakeholderCommand(SetupCommand):
    """Replace a stakeholder's details (name, role, department, e-mail, active)."""

    def __init__(self, document: WorkshopDocument, text: str, new: Stakeholder):
        session = document.session
        super().__init__(
            document,
            text,
            "stakeholders",
            lambda: session.update_stakeholder(new),
            session.update_stakeholder,
        )


class SessionCommand(SetupCommand):
    """Replace a session's date, title, areas, attendees, agenda and notes."""

    def __init__(self, document: WorkshopDocument, text: str, new: Session):
        session = document.session
        super().__init__(
            document,
            text,
            "sessions",
            lambda: session.update_session(new),
            session.update_session,
        )


class QuestionCommand(SetupCommand):
    """Hide or reword one question (arguments as ``set_question_override``)."""

    def __init__(
        self,
        document: WorkshopDocument,
        text: str,
        question_id: str,
        *,
        hidden: bool | None = None,
        title: Mapping[str, str] | None = None,
        prompt: Mapping[str, str] | None = None,
    ) -> None:
        session = document.session

        def revert(previous) -> None:
            session.set_question_override(
                question_id,
                hidden=bool(previous and previous.hidden),
                title=dict(previous.title) if previous else {},
                prompt=dict(previous.prompt) if previous else {},
            )

        super().__init__(
            document,
            text,
            "questions",
            lambda: session.set_question_override(
                question_id, hidden=hidden, title=title, prompt=prompt
            ),
            revert,
        )


class AddStakeholderCommand(SetupCommand):
    """Add a stakeholder; undo removes them, redo puts them back under the same id
    (later commands on the stack refer to that id)."""

    def __init__(self, document: WorkshopDocument, text: str, person: Stakeholder):
        super().__init__(document, text, "stakeholders", self._add, self._remove)
        self.person = person
        self.added: Stakeholder | None = None

    def _add(self) -> int:
        session = self.document.session
        if self.added is None:
            person = self.person
            new_id = session.add_stakeholder(
                person.name, person.role, person.department, person.email
            )
            self.added = replace(person, id=new_id, active=True)
        else:
            session.restore_stakeholder(self.added)
        return self.added.id

    def _remove(self, stakeholder_id: int) -> None:
        self.document.session.remove_stakeholder(stakeholder_id)


class AddSessionCommand(SetupCommand):
    """Add a workshop session; undo removes it, redo restores it under the same id."""

    def __init__(self, document: WorkshopDocument, text: str, session: Session):
        super().__init__(document, text, "sessions", self._add, self._remove)
        self.session = session
        self.added: Session | None = None

    def _add(self) -> int:
        workshop = self.document.session
        if self.added is None:
            self.added = replace(self.session, id=workshop.add_session(self.session))
        else:
            workshop.restore_session(self.added)
        return self.added.id

    def _remove(self, session_id: int) -> None:
        self.document.session.remove_session(session_id)


class ImportStakeholdersCommand(SetupCommand):
    """Import stakeholders from a CSV file as one undo step.

    The first ``redo`` runs the all-or-nothing import; a refused file leaves
    ``csv_error`` set and the command off the stack. What the import added and changed
    is remembered, so undo removes and restores exactly that, in one transaction, and
    redo puts it back. The text counts the people added or updated.
    """

    def __init__(self, document: WorkshopDocument, path: str | Path) -> None:
        text = QCoreApplication.translate("SetupView", "Import stakeholders")
        super().__init__(document, text, "stakeholders", self._import, self._undo)
        self.path = Path(path)
        self.result: StakeholderImport | None = None
        self.csv_error: StakeholderCsvError | None = None
        self.added: list[Stakeholder] = []
        self.updated: list[tuple[Stakeholder, Stakeholder]] = []  # (before, after)

    def redo(self) -> None:
        from crm_workshop.services.stakeholders_csv import StakeholderCsvError

        if self.result is None:
            try:
                self._guarded(self.do)
            except StakeholderCsvError as exc:
                self.csv_error = exc
                self.failed = True
                self.setObsolete(True)
                return
        else:
            self._guarded(self._again)
        self.document.setup_changed(self.kind)

    def _import(self) -> StakeholderImport:
        from crm_workshop.services.stakeholders_csv import import_stakeholders

        session = self.document.session
        before = {p.id: p for p in session.stakeholders()}
        self.result = import_stakeholders(session, self.path)
        after = session.stakeholders()
        self.added = [p for p in after if p.id not in before]
        self.updated = [
            (before[p.id], p) for p in after if p.id in before and before[p.id] != p
        ]
        count = len(self.added) + len(self.updated)
        self.set_text(
            QCoreApplication.translate("SetupView", "Import one stakeholder")
            if count == 1
            else Texts.tr("Import %n stakeholders", "", count)
        )
        if count == 0:
            self.setObsolete(True)  # nothing changed: nothing to undo
        return self.result

    def _again(self) -> None:
        session = self.document.session
        with session.transaction():
            for person in self.added:
                session.restore_stakeholder(person)
            for _before, after in self.updated:
                session.update_stakeholder(after)

    def _undo(self, _result: object) -> None:
        session = self.document.session
        with session.transaction():
            for before, _after in self.updated:
                session.update_stakeholder(before)
            for person in self.added:
                session.remove_stakeholder(person.id)


class MergeCommand(_WriteCommand):
    """Merge a co-facilitator's copy (``services/merge.py``) as one undo step.

    The first ``redo`` backs the workshop up beside itself and writes the merge in one
    transaction; ``undo`` and later ``redo``s replay the recorded steps backwards and
    forwards, so undo gives back exactly the workshop as it was. ``refresh(kind)``
    reloads the views of a set-up kind; answers are announced question by question.
    """

    def __init__(
        self,
        document: WorkshopDocument,
        preview: Any,  # services.merge.MergePreview
        choices: Mapping[Any, Any],
        text: str,
        refresh: Callable[[str], object],
    ) -> None:
        super().__init__(document, text)
        self.preview = preview
        self.choices = dict(choices)
        self._refresh = refresh
        self.result: Any = None  # services.merge.MergeResult after the first redo

    def redo(self) -> None:
        from crm_workshop.services.merge import apply_merge, redo_merge

        def merge() -> None:
            session = self.document.session
            if self.result is None:
                self.result = apply_merge(session, self.preview, self.choices)
                if not self.result.record.steps:
                    self.setObsolete(True)  # nothing was written: nothing to undo
            else:
                redo_merge(session, self.result.record)

        self._guarded(merge)
        self._announce()

    def undo(self) -> None:
        from crm_workshop.services.merge import undo_merge

        if self.result is not None:
            self._guarded(lambda: undo_merge(self.document.session, self.result.record))
        self._announce()

    def _announce(self) -> None:
        """Every view shows what the file holds now (after a failure too)."""
        from crm_workshop.domain.merge import Kind

        document = self.document
        if not document.is_open:
            return
        if document.round is not None:  # its kind or date may have changed, or
            rounds = document.session.rounds()  # the round itself been undone
            same = [r for r in rounds if r.id == document.round.id]
            document.round = (same or rounds[-1:] or [None])[0]
        steps = self.result.record.steps if self.result is not None else ()
        kinds = {step.kind for step in steps}
        document._assessment = None  # the scores it keeps for the round are stale
        for kind, name in (
            (Kind.STAKEHOLDER, "stakeholders"),
            (Kind.SESSION, "sessions"),
            (Kind.WORDING, "questions"),
        ):
            if kind in kinds:
                self._refresh(name)
        signals = {
            Kind.RATING: document.ratingChanged,
            Kind.CONSENSUS: document.consensusChanged,
            Kind.FOLLOWUP: document.followupChanged,
            Kind.EVIDENCE: document.evidenceChanged,
        }
        announced = set()
        for step in steps:
            signal = signals.get(step.kind)
            question = getattr(step.after, "question_id", None)
            if step.kind is Kind.EVIDENCE:
                question = step.after.evidence.question_id
            if signal is None or question is None or (step.kind, question) in announced:
                continue
            announced.add((step.kind, question))
            signal.emit(question)
