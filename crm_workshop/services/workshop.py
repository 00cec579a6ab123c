"""``WorkshopSession``: the open workshop file and the verbs the CLI and GUI use.

Mutating verbs return what an undo needs (the previous value).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from crm_workshop.domain.assessment import (
    CarriedMark,
    Consensus,
    Rating,
    Round,
    RoundKind,
    Stakeholder,
)
from crm_workshop.domain.engagement import Engagement, Evidence, Followup, Session
from crm_workshop.domain.errors import DomainError
from crm_workshop.domain.maturity import MaturityModel, Question, Text
from crm_workshop.domain.scoring import Assessment, assess, assess_by_department
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import (
    WorkshopDatabase,
    backup_beside,
    backup_to,
    create_workshop_file,
    discard_new_workshop,
    full_check,
    level_problems,
    open_workshop_file,
)
from crm_workshop.storage.lockfile import LockStatus

if TYPE_CHECKING:
    from crm_workshop.services.progress import Progress
    from crm_workshop.services.roadmap import Roadmap
    from crm_workshop.storage.backups import AutoBackup, BackupStatus


class UnknownRound(LookupError):
    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known


class EvidenceTooLarge(ValueError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path}: {size} bytes, at most {limit}")
        self.path = path
        self.size = size
        self.limit = limit


class WorkshopSession:
    """One open workshop. Create with ``create`` or ``open``; close when done."""

    def __init__(self, database: WorkshopDatabase) -> None:
        self._db = database
        self.model: MaturityModel = repo.load_model_snapshot(database)
        self._backups: AutoBackup | None = None

    # -- lifecycle -------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        engagement: Engagement,
        model: MaturityModel | None = None,
        model_source: str = "",
    ) -> WorkshopSession:
        database = create_workshop_file(Path(path))
        try:
            if model is None:
                # only creating a workshop reads model files
                from crm_workshop.catalog import default_model

                model = default_model()
            repo.init_engagement(database, engagement, model, model_source or model.id)
            return cls(database)
        except BaseException:
            discard_new_workshop(database)  # never a workshop without its engagement
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        take_over: bool = False,
        defer_backup: bool = False,
    ) -> WorkshopSession:
        """Open a workshop. Another computer's lock file refuses writing
        (``OpenedElsewhere``) unless ``take_over``: the user chose to open it anyway.

        A workshop opened for writing is backed up as opened; with ``defer_backup``
        that waits for ``start_backups()`` (the app calls it once its window has
        painted) or for the first write, whichever comes first, so no edit ever
        lands before the backup of the file as it was opened.
        """
        database = open_workshop_file(
            Path(path), read_only=read_only, take_over=take_over
        )
        try:
            session = cls(database)
        except BaseException:
            database.close()
            raise
        if not session.read_only:  # checked and open for writing: automatic backups
            if defer_backup:
                session._start_backups_before_first_write()
            else:
                session.start_backups()
        return session

    def start_backups(self) -> None:
        """Take the opening backup and back up after edits from now on (once)."""
        if self._backups is not None or self.read_only:
            return
        from crm_workshop.storage.backups import AutoBackup

        self._db.__dict__.pop("write", None)  # the first-write hook, if still there
        self._backups = AutoBackup(self._db)
        self._backups.on_open()

    def _start_backups_before_first_write(self) -> None:
        database = self._db

        def first_write() -> contextlib.AbstractContextManager[object]:
            self.start_backups()  # removes this hook and wraps ``write`` for backups
            return database.write()

        database.write = first_write  # type: ignore[method-assign]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> WorkshopSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def lock(self) -> LockStatus | None:
        """The owner lock file: written, replaced, unavailable, or someone else's."""
        return self._db.lock

    @property
    def backup_status(self) -> BackupStatus | None:
        """How the last automatic backup went (None: this session takes none)."""
        return self._backups.status if self._backups is not None else None

    def prepare_for_writing(self) -> None:
        """Load the write machinery now (idle time) so the first edit is as fast as the rest."""
        if not self.read_only:
            _ = self._db.db

    def transaction(self) -> contextlib.AbstractContextManager[object]:
        """Group several verbs into one all-or-nothing write."""
        return self._db.write()

    # -- engagement ------------------------------------------------------------------
    @property
    def engagement(self) -> Engagement:
        return repo.get_engagement(self._db)

    def update_engagement(self, **changes: object) -> Engagement:
        return repo.update_engagement(self._db, **changes)

    @property
    def created_at(self) -> str:
        """When the workshop was created (ISO 8601, UTC); copies of the file keep it."""
        return repo.engagement_created_at(self._db)

    # -- people and meetings ---------------------------------------------------------
    def stakeholders(self, *, active_only: bool = False) -> list[Stakeholder]:
        return repo.list_stakeholders(self._db, active_only=active_only)

    def stakeholder(self, stakeholder_id: int) -> Stakeholder | None:
        """The stakeholder with this id; None when there is none."""
        return repo.get_stakeholder(self._db, stakeholder_id)

    def add_stakeholder(
        self, name: str, role: str = "", department: str = "", email: str = ""
    ) -> int:
        return repo.add_stakeholder(self._db, name, role, department, email)

    def update_stakeholder(self, stakeholder: Stakeholder) -> Stakeholder:
        return repo.update_stakeholder(self._db, stakeholder)

    def sessions(self) -> list[Session]:
        return repo.list_sessions(self._db)

    def add_session(self, session: Session) -> int:
        return repo.add_session(self._db, session)

    # -- rounds ----------------------------------------------------------------------
    def rounds(self) -> list[Round]:
        return repo.list_rounds(self._db)

    def add_round(self, name: str, kind: RoundKind, held_on: str | None = None) -> int:
        return repo.add_round(
            self._db, name, kind, held_on or dt.date.today().isoformat()
        )

    def round_named(self, name: str | None) -> Round:
        """The round called ``name``; with no name, the latest round."""
        rounds = self.rounds()
        if name is None and rounds:
            return rounds[-1]
        for item in rounds:
            if item.name == name:
                return item
        raise UnknownRound(name or "", [r.name for r in rounds])

    # -- answers ---------------------------------------------------------------------
    def rate(self, round_id: int, rating: Rating) -> Rating | None:
        """Store an answer; an answer carried over from an earlier round is then
        confirmed or changed, so its mark goes (the undo restores it)."""
        self.model.question(rating.question_id)  # unknown ids are refused
        with self.transaction():
            previous = repo.set_rating(self._db, round_id, rating)
            _confirm(self._db, round_id, [(rating.stakeholder_id, rating.question_id)])
        return previous

    def clear_rating(
        self, round_id: int, stakeholder_id: int, question_id: str
    ) -> Rating | None:
        return repo.clear_rating(self._db, round_id, stakeholder_id, question_id)

    def set_ratings(self, round_id: int, ratings: list[Rating]) -> int:
        """Store many answers at once, all or none."""
        for rating in ratings:
            self.model.question(rating.question_id)
        with self.transaction():
            count = repo.set_ratings(self._db, round_id, ratings)
            _confirm(
                self._db, round_id, [(r.stakeholder_id, r.question_id) for r in ratings]
            )
        return count

    def ratings(self, round_id: int) -> list[Rating]:
        return repo.ratings_for_round(self._db, round_id)

    def stakeholder_ratings(self, round_id: int, stakeholder_id: int) -> list[Rating]:
        """One stakeholder's answers in a round (cheap however many others answered)."""
        return repo.ratings_of_stakeholder(self._db, round_id, stakeholder_id)

    def question_ratings(self, round_id: int, question_id: str) -> list[Rating]:
        """One question's answers in a round (uses the index: cheap on large workshops)."""
        return repo.ratings_for_question(self._db, round_id, question_id)

    def set_consensus(self, round_id: int, consensus: Consensus) -> Consensus | None:
        self.model.question(consensus.question_id)
        with self.transaction():
            previous = repo.set_consensus(self._db, round_id, consensus)
            _confirm(self._db, round_id, [(None, consensus.question_id)])
        return previous

    def clear_consensus(self, round_id: int, question_id: str) -> Consensus | None:
        return repo.clear_consensus(self._db, round_id, question_id)

    def consensus(self, round_id: int) -> dict[str, Consensus]:
        return repo.consensus_for_round(self._db, round_id)

    def put_back_answers(
        self,
        round_id: int,
        ratings: Iterable[tuple[int, str, Rating | None]] = (),
        consensus: Iterable[tuple[str, Consensus | None]] = (),
        carried: Iterable[CarriedMark] = (),
    ) -> None:
        """Undo an edit of answers, all or nothing: each (stakeholder, question) gets
        back the answer it had (None: none), each question the consensus it had.

        Giving an answer confirms it (``rate``), so an edit removes the "carried over"
        mark of every answer it replaces; ``carried`` are those marks, read before the
        edit (``progress.carried_marks``), and they come back with the answers: what
        was still to be confirmed is again.
        """
        ratings, consensus, carried = list(ratings), list(consensus), list(carried)
        with self.transaction():
            for stakeholder_id, question_id, rating in ratings:
                if rating is None:
                    repo.clear_rating(self._db, round_id, stakeholder_id, question_id)
            back = [rating for _, _, rating in ratings if rating is not None]
            if back:
                self.set_ratings(round_id, back)
            for question_id, agreed in consensus:
                if agreed is None:
                    repo.clear_consensus(self._db, round_id, question_id)
                else:
                    self.set_consensus(round_id, agreed)
            if carried:
                _mark_again(self._db, carried)

    # -- follow-ups of open questions ---------------------------------------------------
    def followups(self, round_id: int) -> dict[str, Followup]:
        return repo.followups_for_round(self._db, round_id)

    def set_followup(self, round_id: int, followup: Followup) -> Followup | None:
        self.model.question(followup.question_id)
        return repo.set_followup(self._db, round_id, followup)

    def clear_followup(self, round_id: int, question_id: str) -> Followup | None:
        return repo.clear_followup(self._db, round_id, question_id)

    # -- evidence ----------------------------------------------------------------------
    MAX_EVIDENCE_BYTES = 50_000_000

    def attach_evidence(
        self,
        path: Path | str,
        question_id: str | None = None,
        session_id: int | None = None,
        note: str = "",
    ) -> int:
        """Copy a file into the workshop (a whiteboard photo, a client document)."""
        import mimetypes

        path = Path(path)
        size = path.stat().st_size
        if size > self.MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(path, size, self.MAX_EVIDENCE_BYTES)
        if question_id is not None:
            self.model.question(question_id)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return repo.add_evidence(
            self._db, path.name, mime, path.read_bytes(), question_id, session_id, note
        )

    def evidence(
        self, question_id: str | None = None, session_id: int | None = None
    ) -> list[Evidence]:
        return repo.list_evidence(self._db, question_id, session_id)

    def evidence_content(self, evidence_id: int) -> bytes:
        return repo.evidence_content(self._db, evidence_id)

    def remove_evidence(self, evidence_id: int) -> None:
        repo.remove_evidence(self._db, evidence_id)

    # -- scores ----------------------------------------------------------------------
    def assessment(self, round_id: int) -> Assessment:
        return assess(
            self.model,
            self.ratings(round_id),
            self.consensus(round_id),
            repo.hidden_questions(self._db),
        )

    def department_assessments(self, round_id: int) -> dict[str, Assessment]:
        departments = {s.id: s.department for s in self.stakeholders()}
        return assess_by_department(
            self.model,
            self.ratings(round_id),
            departments,
            repo.hidden_questions(self._db),
        )

    def counts(self) -> dict[str, int]:
        return repo.counts(self._db)

    # -- roadmap ---------------------------------------------------------------------
    @cached_property
    def roadmap(self) -> Roadmap:
        """Goals, initiatives, risks, focus areas and the derived plan."""
        from crm_workshop.services.roadmap import Roadmap

        return Roadmap(self)

    @cached_property
    def progress(self) -> Progress:
        """Follow-up rounds, round comparisons, plan vs actual, initiative progress."""
        from crm_workshop.services.progress import Progress

        return Progress(self)

    # -- files -----------------------------------------------------------------------
    def save_copy(self, target: Path | str) -> None:
        backup_to(self._db, Path(target))

    def check(self) -> list[str]:
        """SQLite's integrity checks plus the app's own invariants; empty when healthy.

        Stored levels the app cannot read (written by another tool: a level of 7, an
        initiative's move without its levels) are listed by table, row id and value;
        the answers of a round holding one are then not checked further. Only reads.
        """
        problems = full_check(self._db)
        damaged = level_problems(self._db)
        problems += damaged
        question_ids = {q.id for q in self.model.questions()}
        area_ids = {a.id for a in self.model.areas}
        for round_ in self.rounds():
            try:
                ratings = self.ratings(round_.id)
                consensus = self.consensus(round_.id)
            except DomainError:  # a damaged level, listed above
                if not damaged:
                    raise
                continue
            for rating in ratings:
                if rating.question_id not in question_ids:
                    problems.append(
                        f"round {round_.name!r}: an answer to question "
                        f"{rating.question_id!r}, which the workshop's model does not have"
                    )
            for question_id in consensus:
                if question_id not in question_ids:
                    problems.append(
                        f"round {round_.name!r}: a consensus on unknown question {question_id!r}"
                    )
        for session in self.sessions():
            for area_id in session.areas:
                if area_id not in area_ids:
                    problems.append(
                        f"session {session.title!r} covers unknown area {area_id!r}"
                    )
        if not self.engagement.client_name.strip():
            problems.append("the engagement has no client name")
        return problems

    # -- set-up: logo, sessions, question wording -----------------------------------
    MAX_LOGO_BYTES = 5_000_000

    def logo(self) -> tuple[bytes, str] | None:
        """The client's logo as (content, MIME type), or None."""
        return repo.get_logo(self._db)

    def set_logo(
        self, content: bytes | None, mime: str | None = None
    ) -> tuple[bytes, str] | None:
        """Store the logo (None removes it); returns the previous one.

        The caller checks that ``content`` is an image (the GUI decodes it with Qt);
        here only the size and the MIME family are enforced.
        """
        if content is not None:
            if len(content) > self.MAX_LOGO_BYTES:
                raise ValueError(
                    f"logo: {len(content)} bytes, at most {self.MAX_LOGO_BYTES}"
                )
            if not (mime or "").startswith("image/"):
                raise ValueError(f"logo: {mime!r} is not an image type")
        return repo.set_logo(self._db, content, mime)

    def update_session(self, session: Session) -> Session:
        """Replace a session's date, title, areas, attendees, agenda and notes.

        Returns the previous version. Areas must be the model's.
        """
        for area_id in session.areas:
            self.model.area(area_id)
        return repo.update_session(self._db, session)

    def question_overrides(self) -> dict[str, repo.QuestionOverride]:
        return repo.question_overrides(self._db)

    def hidden_questions(self) -> frozenset[str]:
        """Questions left out of this workshop: not asked, not scored."""
        return repo.hidden_questions(self._db)

    def set_question_override(
        self,
        question_id: str,
        *,
        hidden: bool | None = None,
        title: Mapping[str, str] | None = None,
        prompt: Mapping[str, str] | None = None,
    ) -> repo.QuestionOverride | None:
        """Hide or reword one question for this workshop; returns the previous override.

        Arguments left as None keep their stored value. ``title``/``prompt`` replace
        the whole wording map; a blank text, or one equal to the snapshot's, means
        "use the model's wording" for that language. The snapshot is never changed.
        """
        question = self.model.question(question_id)
        current = repo.question_overrides(self._db).get(
            question_id, repo.QuestionOverride(question_id)
        )

        def wording(
            texts: Mapping[str, str] | None, original: Text, kept: Mapping[str, str]
        ) -> dict[str, str]:
            if texts is None:
                return dict(kept)
            return {
                lang: text.strip()
                for lang, text in texts.items()
                if text.strip() and text.strip() != original.values.get(lang)
            }

        return repo.set_question_override(
            self._db,
            repo.QuestionOverride(
                question_id,
                current.hidden if hidden is None else bool(hidden),
                wording(title, question.title, current.title),
                wording(prompt, question.prompt, current.prompt),
            ),
        )

    def effective_model(self) -> MaturityModel:
        """The model as this workshop asks it: reworded titles and prompts applied.

        ``self.model`` stays the stored snapshot. Hidden questions are still in the
        effective model (views and old answers refer to them); ``hidden_questions``
        says which to leave out, and scoring already does.
        """
        overrides = {
            qid: o
            for qid, o in self.question_overrides().items()
            if o.title or o.prompt
        }
        if not overrides:
            return self.model

        def reworded(question: Question) -> Question:
            override = overrides.get(question.id)
            if override is None:
                return question
            return replace(
                question,
                title=Text({**question.title.values, **override.title}),
                prompt=Text({**question.prompt.values, **override.prompt}),
            )

        areas = tuple(
            replace(area, questions=tuple(reworded(q) for q in area.questions))
            for area in self.model.areas
        )
        return replace(self.model, areas=areas)

    # -- undoing additions (the GUI's undo stack) ---------------------------------------
    def remove_stakeholder(self, stakeholder_id: int) -> Stakeholder:
        """Delete a stakeholder nothing refers to yet (undoing an add); returns them.

        Anyone with answers, sessions, follow-ups or plans is refused with
        ``StillInUse``: people who leave a workshop are deactivated, never deleted.
        """
        uses = repo.stakeholder_uses(self._db, stakeholder_id)
        if uses:
            raise StillInUse("stakeholder", stakeholder_id, uses)
        return repo.remove_stakeholder(self._db, stakeholder_id)

    def restore_stakeholder(self, stakeholder: Stakeholder) -> None:
        """Put a removed stakeholder back under the same id (redoing an add)."""
        repo.restore_stakeholder(self._db, stakeholder)

    def remove_session(self, session_id: int) -> Session:
        """Delete a session without evidence files (undoing an add); returns it."""
        uses = repo.session_uses(self._db, session_id)
        if uses:
            raise StillInUse("session", session_id, uses)
        return repo.remove_session(self._db, session_id)

    def restore_session(self, session: Session) -> None:
        """Put a removed session back under the same id, with its attendees."""
        for area_id in session.areas:
            self.model.area(area_id)
        repo.restore_session(self._db, session)

    # -- merging a co-facilitator's copy (services/merge.py) ---------------------------
    def update_round(self, round_: Round) -> Round:
        """Replace a round's name, kind and date; returns the previous version."""
        return repo.update_round(self._db, round_)

    def remove_empty_round(self, round_id: int) -> Round:
        """Delete a round with no answers, consensus or follow-ups (undoing an add)."""
        uses = {
            name: count
            for name, count in (
                ("ratings", len(self.ratings(round_id))),
                ("consensus", len(self.consensus(round_id))),
                ("followups", len(self.followups(round_id))),
            )
            if count
        }
        if uses:
            raise StillInUse("round", round_id, uses)
        return repo.remove_empty_round(self._db, round_id)

    def add_evidence_content(self, evidence: Evidence, content: bytes) -> int:
        """Store a file's bytes with ``evidence``'s name, type, question, session and
        note (its id and size are the stored ones); returns the new id."""
        if len(content) > self.MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge(
                Path(evidence.filename), len(content), self.MAX_EVIDENCE_BYTES
            )
        return repo.add_evidence(
            self._db,
            evidence.filename,
            evidence.mime_type,
            content,
            evidence.question_id,
            evidence.session_id,
            evidence.note,
        )

    def backup_beside(self, label: str) -> Path:
        """A copy of the workshop as it is now, ``<name>.<label>.crmw`` beside it."""
        return backup_beside(self._db, label)


def _confirm(
    database: WorkshopDatabase, round_id: int, keys: list[tuple[int | None, str]]
) -> None:
    """Answers (stakeholder None: the consensus) given anew are no longer carried over
    from an earlier round."""
    from crm_workshop.storage.progress_repo import confirm

    confirm(database, round_id, keys)


def _mark_again(database: WorkshopDatabase, marks: list[CarriedMark]) -> None:
    """Answers put back by an undo are carried over again, as before the edit."""
    from crm_workshop.storage.progress_repo import mark_carried

    mark_carried(database, marks)


class StillInUse(ValueError):
    """A stakeholder or session cannot be removed: other rows still refer to it."""

    def __init__(self, what: str, item_id: int, uses: Mapping[str, int]) -> None:
        super().__init__(f"{what} {item_id} is still used by {dict(uses)}")
        self.what = what
        self.item_id = item_id
        self.uses = dict(uses)
