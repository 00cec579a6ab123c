"""Use cases: importing filled questionnaire workbooks, all or nothing per file.

``plan_import`` reads and checks a filled workbook against the open workshop and
writes nothing; ``apply_import`` writes a plan in one transaction;
``import_questionnaire`` does both and refuses the whole file when anything is wrong
(``QuestionnaireImportError`` lists every problem by sheet and cell);
``undo_import`` and ``redo_import`` take one back and write it again. Rules:

* A workbook belongs to a workshop (``questionnaire_match.belongs_to``); another
  workshop's is refused, as is one made with another model.
* Another version of the same model is accepted: answers to questions the workshop's
  model no longer has are reported and left out.
* The round is the one asked for, else the workbook's, else the latest; a round that
  does not exist yet is created.
* The stakeholder is the one the workbook was made for (by id and name, else by
  name); a blank workbook names them on its cover. An unknown name is imported only
  as a stakeholder the caller chooses, or as a new stakeholder when asked.
* A round that records its participants (a follow-up) shows only their answers: a
  stakeholder who is not one of them joins them with the import, since they answered
  (a ``not_participant`` note says so beforehand, and undo takes them out again). A
  round that records none has every active stakeholder answering and stays so.
* Only answers that differ from the stored ones are written, so importing the same
  workbook again changes nothing. A blank question changes nothing either.
* An answer written over one carried over from an earlier round (a pre-filled
  follow-up) is the stakeholder's own: its "carried over" mark goes. Undo puts the
  earlier answer back still carried over, to be confirmed; redo removes the mark again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from crm_workshop.domain.assessment import CarriedMark, Rating, RoundKind, Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.exchange.questionnaire_xlsx import (
    FilledWorkbook,
    Origin,
    Problem,
    UnreadableWorkbook,
)
from crm_workshop.services.questionnaire_match import (
    UnknownStakeholder,
    belongs_to,
    closest_names,
    find_stakeholder,
    normal,
)
from crm_workshop.services.questionnaire_problems import QuestionnaireImportError
from crm_workshop.services.workshop import WorkshopSession


@dataclass(frozen=True)
class ImportPlan:
    """A read and checked workbook: what would be written, and why it cannot be."""

    path: Path
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...] = ()
    round_name: str = ""
    round_exists: bool = True
    stakeholder: Stakeholder | None = None  # None: unknown (see ``name``)
    name: str = ""  # the name the workbook gives
    role: str = ""
    department: str = ""
    name_place: str = ""
    closest: tuple[str, ...] = ()
    ratings: tuple[Rating, ...] = ()  # stakeholder id 0 until applied
    blank: int = 0
    blank_form: bool = False  # the name was written on the cover
    # the participants of each round that records them (``round_participants``), for
    # a caller that lets the round be chosen after checking; None: not looked up
    round_participants: Mapping[str, frozenset[int]] | None = field(
        default=None, compare=False
    )

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, and what undoing it needs."""

    path: Path
    round_id: int
    round_name: str
    round_created: bool
    stakeholder: Stakeholder
    stakeholder_created: bool
    written: tuple[Rating, ...]
    previous: tuple[Rating | None, ...]  # aligned with ``written``
    unchanged: int
    blank: int
    notes: tuple[Problem, ...] = field(default_factory=tuple)
    joined_round: bool = False  # the stakeholder was added to the round's participants
    # the "carried over" marks of the answers the import replaced, as they were
    carried: tuple[CarriedMark, ...] = ()


def plan_import(
    session: WorkshopSession,
    path: Path | str,
    round_name: str | None = None,
    stakeholder: str | None = None,
) -> ImportPlan:
    """Read ``path`` and check it against the workshop; nothing is written."""
    path = Path(path)
    from crm_workshop.exchange.questionnaire_read import read_workbook

    try:
        filled = read_workbook(path)
    except UnreadableWorkbook as exc:
        return ImportPlan(path, tuple(exc.problems))
    origin = filled.origin
    model = session.model
    if origin.model_id != model.id:
        refusal = Problem(
            "", "other_model", {"file_model": origin.model_id, "here_model": model.id}
        )
        return ImportPlan(path, (refusal,))
    if not belongs_to(session, origin.workshop_key):
        refusal = Problem(
            "",
            "other_workshop",
            {
                "file_client": origin.client,
                "here_client": session.engagement.client_name,
            },
        )
        return ImportPlan(path, (refusal,))
    problems = list(filled.problems)
    notes: list[Problem] = []
    if origin.model_version != model.version:
        notes.append(
            Problem(
                "",
                "model_version",
                {"found": origin.model_version, "here": model.version},
            )
        )
    ratings, gone = _ratings(filled, model, session.hidden_questions(), notes)
    if not ratings and not gone and not problems:
        problems.append(Problem("", "no_answers"))
    round_label, round_exists = _round(session, round_name, origin, notes)
    person, name, closest = _stakeholder(session, filled, stakeholder, problems, notes)
    if person is not None and round_exists:
        round_ = session.round_named(round_label)
        if session.progress.left_out(round_.id, person.id):
            notes.append(not_participant_note(person.name, round_.name))
    return ImportPlan(
        path=path,
        problems=tuple(problems),
        notes=tuple(notes),
        round_name=round_label,
        round_exists=round_exists,
        stakeholder=person,
        name=name,
        role=filled.role if origin.stakeholder_id == 0 else "",
        department=filled.department if origin.stakeholder_id == 0 else "",
        name_place=filled.name_place,
        closest=tuple(closest),
        ratings=tuple(ratings),
        blank=len(filled.blank),
        blank_form=origin.stakeholder_id == 0,
    )


def _ratings(
    filled: FilledWorkbook,
    model: MaturityModel,
    hidden: frozenset[str],
    notes: list[Problem],
) -> tuple[list[Rating], int]:
    ratings, gone = [], 0
    for item in filled.answers:
        if not model.has_question(item.question_id):
            notes.append(
                Problem(item.place, "question_gone", {"question": item.question_id})
            )
            gone += 1
            continue
        if item.question_id in hidden:
            notes.append(
                Problem(item.place, "question_hidden", {"question": item.question_id})
            )
        assert item.answer is not None
        ratings.append(
            Rating(
                0,
                item.question_id,
                item.answer,
                item.current,
                item.target,
                item.comment,
            )
        )
    return ratings, gone


def _round(
    session: WorkshopSession,
    requested: str | None,
    origin: Origin,
    notes: list[Problem],
) -> tuple[str, bool]:
    rounds = session.rounds()
    names = [r.name for r in rounds]
    wanted = (requested or "").strip() or origin.round_name
    if not wanted:
        return (names[-1], True) if names else ("Baseline", False)
    if wanted in names:
        return wanted, True
    if not requested:  # the workbook's round, renamed since: found by its id
        for item in rounds:
            if item.id == origin.round_id:
                return item.name, True
    notes.append(Problem("", "new_round", {"round": wanted}))
    return wanted, False


def _stakeholder(
    session: WorkshopSession,
    filled: FilledWorkbook,
    requested: str | None,
    problems: list[Problem],
    notes: list[Problem],
) -> tuple[Stakeholder | None, str, list[str]]:
    origin = filled.origin
    people = session.stakeholders()
    if requested:
        try:
            person = find_stakeholder(session, requested)
        except UnknownStakeholder as exc:
            problems.append(
                Problem(
                    "",
                    "no_such_stakeholder",
                    {"name": requested, "closest": exc.closest},
                )
            )
            return None, requested, exc.closest
        return _checked(person, notes), person.name, []
    if origin.stakeholder_id:
        name = origin.stakeholder_name
        by_id = next((p for p in people if p.id == origin.stakeholder_id), None)
        if by_id is not None and normal(by_id.name) == normal(name):
            return _checked(by_id, notes), name, []
        with contextlib.suppress(UnknownStakeholder):
            return _checked(find_stakeholder(session, name), notes), name, []
        if by_id is not None:  # renamed in this workshop since the export
            notes.append(Problem("", "renamed", {"old": name, "new": by_id.name}))
            return _checked(by_id, notes), name, []
        return None, name, closest_names(name, people)
    name = filled.name
    if not name:
        problems.append(Problem(filled.name_place, "name_missing"))
        return None, "", []
    try:
        return _checked(find_stakeholder(session, name), notes), name, []
    except UnknownStakeholder as exc:
        return None, name, exc.closest


def _checked(person: Stakeholder, notes: list[Problem]) -> Stakeholder:
    if not person.active:
        notes.append(Problem("", "inactive", {"name": person.name}))
    return person


def not_participant_note(name: str, round_name: str) -> Problem:
    """The note that importing adds ``name`` to the participants of the round."""
    return Problem("", "not_participant", {"name": name, "round": round_name})


def round_participants(session: WorkshopSession) -> dict[str, frozenset[int]]:
    """The participants of every round that records them, by round name (a round
    not listed has every active stakeholder answering)."""
    found = {}
    for round_ in session.rounds():
        ids = session.progress.participants(round_.id)
        if ids:
            found[round_.name] = frozenset(ids)
    return found


def unknown_stakeholder_problem(plan: ImportPlan) -> Problem:
    """The problem an unresolved stakeholder is, for callers that cannot ask."""
    return Problem(
        plan.name_place if plan.blank_form else "",
        "unknown_stakeholder",
        {"name": plan.name, "closest": list(plan.closest)},
    )


def _department_id(model: MaturityModel, text: str) -> str:
    """A typed department as the model's id when it names one (in any language)."""
    wanted = normal(text)
    for department in model.departments:
        names = {normal(department.id), *map(normal, department.name.values.values())}
        if wanted in names:
            return department.id
    return text.strip()


def apply_import(
    session: WorkshopSession,
    plan: ImportPlan,
    *,
    stakeholder_id: int | None = None,
    create: bool = False,
) -> ImportResult:
    """Write a plan in one transaction: the round and stakeholder when new, the
    stakeholder among the round's participants when it records them, then the answers
    that differ from the stored ones. ``stakeholder_id`` gives the answers to that
    stakeholder; ``create`` adds the workbook's unknown name as a stakeholder.

    Only this stakeholder's rows are read, so a batch of workbooks costs the same per
    file however many stakeholders the workshop has."""
    if plan.problems:
        raise QuestionnaireImportError(plan.path, plan.problems)
    chosen = session.stakeholder(stakeholder_id) if stakeholder_id is not None else None
    if stakeholder_id is not None and chosen is None:
        raise QuestionnaireImportError(
            plan.path,
            [
                Problem(
                    "",
                    "no_such_stakeholder",
                    {"name": str(stakeholder_id), "closest": []},
                )
            ],
        )
    if stakeholder_id is None and plan.stakeholder is None and not create:
        raise QuestionnaireImportError(plan.path, [unknown_stakeholder_problem(plan)])
    created = joined = False
    with session.transaction():
        round_created = False
        if not plan.round_exists:
            kind = RoundKind.REASSESSMENT if session.rounds() else RoundKind.BASELINE
            session.add_round(plan.round_name, kind)
            round_created = True
        round_ = session.round_named(plan.round_name)
        if chosen is not None:
            person = chosen
        elif plan.stakeholder is not None:
            person = plan.stakeholder
        else:
            try:  # an earlier file of the same batch may have added them already
                person = find_stakeholder(session, plan.name)
            except UnknownStakeholder:
                new_id = session.add_stakeholder(
                    plan.name, plan.role, _department_id(session.model, plan.department)
                )
                person = session.stakeholder(new_id)
                assert person is not None
                created = True
        if plan.ratings and session.progress.left_out(round_.id, person.id):
            session.progress.add_participant(round_.id, person.id)
            joined = True
        stored = {
            r.question_id: r for r in session.stakeholder_ratings(round_.id, person.id)
        }
        ratings = [replace(r, stakeholder_id=person.id) for r in plan.ratings]
        written = [r for r in ratings if stored.get(r.question_id) != r]
        # an answer the workbook gives as it stands is confirmed by the person too:
        # its "carried over" mark goes, as a written one's does
        kept = [(person.id, r.question_id) for r in ratings if r not in written]
        carried: list[CarriedMark] = session.progress.carried_marks(
            round_.id, [(person.id, r.question_id) for r in written] + kept
        )
        if written:
            session.set_ratings(round_.id, written)  # confirms: the marks go
        if kept:
            session.progress.confirm(round_.id, kept)
    notes = tuple(n for n in plan.notes if n.kind != "not_participant")
    if joined:  # said for whoever joined (a chosen or new stakeholder too)
        notes += (not_participant_note(person.name, round_.name),)
    return ImportResult(
        path=plan.path,
        round_id=round_.id,
        round_name=round_.name,
        round_created=round_created,
        stakeholder=person,
        stakeholder_created=created,
        written=tuple(written),
        previous=tuple(stored.get(r.question_id) for r in written),
        unchanged=len(ratings) - len(written),
        blank=plan.blank,
        notes=notes,
        joined_round=joined,
        carried=tuple(carried),
    )


def import_questionnaire(
    session: WorkshopSession,
    path: Path | str,
    round_name: str | None = None,
    stakeholder: str | None = None,
    *,
    create_stakeholder: bool = False,
) -> ImportResult:
    """Import one filled workbook, all or nothing (``QuestionnaireImportError``)."""
    plan = plan_import(session, path, round_name, stakeholder)
    problems = list(plan.problems)
    if not problems and plan.stakeholder is None and not create_stakeholder:
        problems.append(unknown_stakeholder_problem(plan))
    if problems:
        missing = problems[0].kind == "missing_file"
        raise QuestionnaireImportError(plan.path, problems, missing=missing)
    return apply_import(session, plan, create=create_stakeholder)


def undo_import(session: WorkshopSession, result: ImportResult) -> None:
    """Put back what the import replaced, in one transaction (the round stays): the
    earlier answers, those carried over marked so again."""
    with session.transaction():
        session.put_back_answers(
            result.round_id,
            [
                (new.stakeholder_id, new.question_id, old)
                for new, old in zip(result.written, result.previous, strict=True)
            ],
            carried=result.carried,
        )
        if result.joined_round:
            session.progress.remove_participant(result.round_id, result.stakeholder.id)
        if result.stakeholder_created:
            session.remove_stakeholder(result.stakeholder.id)


def redo_import(session: WorkshopSession, result: ImportResult) -> None:
    """Write an undone import again, in one transaction (the answers it gives are
    confirmed: their "carried over" marks go again)."""
    with session.transaction():
        if result.stakeholder_created:
            session.restore_stakeholder(result.stakeholder)
        if result.joined_round:
            session.progress.add_participant(result.round_id, result.stakeholder.id)
        if result.written:
            session.set_ratings(result.round_id, list(result.written))
        if result.carried:  # those given as they stood are confirmed again too
            session.progress.confirm(
                result.round_id,
                [(mark.stakeholder_id, mark.question_id) for mark in result.carried],
            )
