"""Use cases: questionnaires for answers collected away from the laptop.

Export: a printable PDF (``reporting.questionnaire``) or a workbook to fill in
(``exchange.questionnaire_xlsx``) for one stakeholder or blank, with the questions of
the chosen areas as this workshop asks them (hidden questions left out, reworded ones
in the workshop's wording), in English or Polish. Files are written under a temporary
name and moved into place, and an existing file is only replaced when asked.

Import (workbooks): ``plan_import`` reads and checks a filled workbook against the
open workshop and writes nothing; ``apply_import`` writes a plan in one transaction;
``import_questionnaire`` does both and refuses the whole file when anything is wrong
(``QuestionnaireImportError`` lists every problem by sheet and cell). Rules:

* A workbook belongs to a workshop: the client's name and the model id it was made
  for must match this workshop's (``workshop_key``); another workshop's is refused.
* Another version of the same model is accepted: answers to questions the workshop's
  model no longer has are reported and left out.
* The round is the one asked for, else the workbook's, else the latest; a round that
  does not exist yet is created.
* The stakeholder is the one the workbook was made for (by id and name, else by
  name); a blank workbook names them on its cover. An unknown name is imported only
  as a stakeholder the caller chooses, or as a new stakeholder when asked.
* Only answers that differ from the stored ones are written, so importing the same
  workbook again changes nothing. A blank question changes nothing either.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import errno
import hashlib
import os
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from crm_workshop import __version__
from crm_workshop.domain.assessment import Rating, RoundKind, Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.exchange.questionnaire_xlsx import (
    FilledWorkbook,
    Origin,
    Problem,
    UnreadableWorkbook,
)
from crm_workshop.services.workshop import WorkshopSession

if TYPE_CHECKING:
    from crm_workshop.exchange.questionnaire_xlsx import WorkbookForm
    from crm_workshop.reporting.questionnaire import PrintForm
    from crm_workshop.reporting.questionnaire_labels import QuestionnaireText

PDF, XLSX = "pdf", "xlsx"
FORMATS = (PDF, XLSX)
LANGUAGES = ("en", "pl")


class UnknownFormat(ValueError):
    """A target file whose suffix is neither .pdf nor .xlsx."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class UnknownStakeholder(LookupError):
    """No stakeholder of this workshop has the name; ``closest`` are near misses."""

    def __init__(self, name: str, closest: Sequence[str]) -> None:
        super().__init__(name)
        self.name = name
        self.closest = list(closest)


class UnknownAreas(LookupError):
    def __init__(self, unknown: Sequence[str], known: Sequence[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = list(unknown)
        self.known = list(known)


class QuestionnaireImportError(Exception):
    """The workbook was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(
        self, path: Path, problems: Sequence[Problem], *, missing: bool = False
    ) -> None:
        self.path = path
        self.problems = list(problems)
        self.missing = missing
        super().__init__(f"{path}: {len(self.problems)} problem(s)")


# -- what a problem says in English (the GUI words them itself, translated) -------------
ENGLISH = {
    "missing_file": "no such file",
    "not_a_file": "this is a folder, not a workbook",
    "unreadable": "the file cannot be read ({reason})",
    "too_large": "the file is {size:,} bytes; a questionnaire is at most {limit:,}",
    "too_large_unpacked": "the workbook unpacks to {size:,} bytes, at most "
    "{limit:,} are accepted: not a questionnaire, or a damaged one",
    "not_xlsx": "not an .xlsx workbook",
    "damaged": "the workbook is damaged and cannot be read ({reason})",
    "not_questionnaire": "not a CRM Workshop questionnaire (it has no identification "
    "sheet); export one with 'crm-workshop questionnaire'",
    "newer_format": "made by a newer version of CRM Workshop (questionnaire format "
    "{found}); update CRM Workshop to import it",
    "meta_edited": "the questionnaire's hidden identification was changed; export "
    "a new questionnaire",
    "missing_sheet": "the sheet {sheet!r} is missing",
    "question_row_missing": "question {question} is missing from the sheet",
    "formula": "a formula; type the answer itself",
    "not_level": "{value!r} is not a level 1-5, N/A or ?",
    "not_target": "{value!r} is not a target level 1-5",
    "no_current": "question {question} has a target or comment but no current "
    "level; choose 1-5, N/A or ?",
    "too_long": "the text is {length:,} characters; at most {limit:,}",
    "control_character": "contains control characters",
    "other_workshop": "this questionnaire belongs to another workshop (client "
    "{file_client!r}); this workshop's client is {here_client!r}",
    "other_model": "made with the maturity model {file_model!r}; this workshop "
    "uses {here_model!r}",
    "no_answers": "no answers are filled in",
    "name_missing": "the stakeholder's name is empty; write it on the cover sheet",
    "unknown_stakeholder": "{name!r} is not a stakeholder of this workshop{closest}; "
    "import with --stakeholder NAME to give the answers to a stakeholder, or with "
    "--create-stakeholder to add {name!r}",
    "no_such_stakeholder": "no stakeholder named {name!r}{closest}",
    # notes: reported, but the workbook is still imported
    "model_version": "made with model version {found}; this workshop uses {here}",
    "question_gone": "question {question} is no longer in the workshop's model; "
    "its answer is not imported",
    "question_hidden": "question {question} is hidden in this workshop; its answer "
    "is kept but not scored",
    "renamed": "made for {old!r}, who is now called {new!r}",
    "inactive": "{name} is no longer active in this workshop",
    "new_round": "round {round!r} does not exist yet and will be created",
}


def describe_problem(problem: Problem) -> str:
    """``Sheet!Cell: what is wrong`` in English (the command line's wording)."""
    values = dict(problem.values)
    if "closest" in values:
        names = list(values["closest"])  # type: ignore[call-overload]
        values["closest"] = (
            " (did you mean " + " or ".join(repr(n) for n in names) + "?)"
            if names
            else ""
        )
    try:
        text = ENGLISH[problem.kind].format(**values)
    except (KeyError, IndexError, ValueError):
        text = problem.kind
    return f"{problem.place}: {text}" if problem.place else text


# -- the workshop a questionnaire belongs to ---------------------------------------------
def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def workshop_key(session: WorkshopSession) -> str:
    """What ties a questionnaire to its workshop: the client's name (ignoring case and
    spacing) and the model id. A copy of the workshop file has the same key."""
    source = f"{_normal(session.engagement.client_name)}\x1f{session.model.id}"
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:24]


# -- export ------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionnaireOptions:
    language: str | None = None  # None: the engagement's report language
    area_ids: tuple[str, ...] = ()  # empty: every area
    round_name: str | None = None  # None: the latest round
    paper: str = "a4"


@dataclass(frozen=True)
class PreparedQuestionnaire:
    """One questionnaire read from the workshop; rendering it needs no database."""

    kind: str
    stakeholder: Stakeholder | None
    language: str
    pdf: tuple[PrintForm, QuestionnaireText] | None = None
    workbook: WorkbookForm | None = None

    @property
    def file_name(self) -> str:
        """A file name for it: "Questionnaire – Name.xlsx" ("Ankieta – …" in Polish)."""
        word, blank = (
            ("Ankieta", "pusta")
            if self.language == "pl"
            else (
                "Questionnaire",
                "blank",
            )
        )
        who = safe_file_part(self.stakeholder.name) if self.stakeholder else blank
        return f"{word} – {who or blank}.{self.kind}"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    stakeholder: str  # empty for a blank questionnaire
    language: str


def format_of(path: Path | str) -> str:
    """``pdf`` or ``xlsx`` from the file's suffix; ``UnknownFormat`` otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UnknownFormat(Path(path))
    return suffix


def safe_file_part(text: str) -> str:
    """``text`` usable in a file name on every system (no separators, no controls)."""
    cleaned = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]', " ", text)
    return " ".join(cleaned.split()).strip(" .")[:80]


def questionnaire_language(session: WorkshopSession, requested: str | None) -> str:
    language = requested or session.engagement.report_language
    return language if language in LANGUAGES else "en"


def find_stakeholder(session: WorkshopSession, name: str) -> Stakeholder:
    """The stakeholder called ``name`` (case and spacing ignored); else
    ``UnknownStakeholder`` with the closest names."""
    people = session.stakeholders()
    for person in people:
        if person.name == name:
            return person
    wanted = _normal(name)
    for person in people:
        if _normal(person.name) == wanted:
            return person
    raise UnknownStakeholder(name, _closest(name, people))


def _closest(name: str, people: Sequence[Stakeholder]) -> list[str]:
    by_key = {_normal(p.name): p.name for p in people}
    return [by_key[k] for k in difflib.get_close_matches(_normal(name), by_key, 3, 0.6)]


def chosen_areas(model: MaturityModel, area_ids: Sequence[str]) -> list[str]:
    """Area ids in the model's order; an area may also be given by its number (1-5)."""
    if not area_ids:
        return [a.id for a in model.areas]
    known = [a.id for a in model.areas]
    picked, unknown = set(), []
    for item in area_ids:
        item = item.strip()
        if item in known:
            picked.add(item)
        elif item.isdigit() and 1 <= int(item) <= len(known):
            picked.add(known[int(item) - 1])
        else:
            unknown.append(item)
    if unknown:
        raise UnknownAreas(unknown, known)
    return [a for a in known if a in picked]


def prepare_questionnaires(
    session: WorkshopSession,
    kind: str,
    people: Sequence[Stakeholder | None],
    options: QuestionnaireOptions | None = None,
) -> list[PreparedQuestionnaire]:
    """Read what each questionnaire shows (fast; on the thread owning the workshop).
    ``None`` in ``people`` is a blank questionnaire."""
    from crm_workshop.exchange import questionnaire_xlsx as xlsx
    from crm_workshop.reporting import questionnaire as printed
    from crm_workshop.reporting.questionnaire_labels import questionnaire_text

    if kind not in FORMATS:
        raise UnknownFormat(Path(f"questionnaire.{kind}"))
    options = options or QuestionnaireOptions()
    lang = questionnaire_language(session, options.language)
    model = session.effective_model()
    hidden = session.hidden_questions()
    wanted = chosen_areas(model, options.area_ids)
    engagement = session.engagement
    round_ = session.round_named(options.round_name) if session.rounds() else None
    logo = session.logo()
    logo_bytes = logo[0] if logo and logo[1] in ("image/png", "image/jpeg") else None
    scale = tuple(
        (s.level, s.name.get(lang), s.meaning.get(lang)) for s in model.scale.levels
    )
    # (number, id, title, questions as (id, title, prompt, levels)), as asked here
    areas = [
        (
            number,
            area.id,
            area.title.get(lang),
            tuple(
                (
                    q.id,
                    q.title.get(lang),
                    q.prompt.get(lang),
                    tuple(t.get(lang) for t in q.levels),
                )
                for q in area.questions
                if q.id not in hidden
            ),
        )
        for number, area in enumerate(model.areas, start=1)
        if area.id in wanted
    ]
    areas = [area for area in areas if area[3]]
    print_areas = tuple(
        printed.PrintArea(n, title, tuple(printed.PrintQuestion(*q) for q in qs))
        for n, _id, title, qs in areas
    )
    form_areas = tuple(
        xlsx.FormArea(n, area_id, title, tuple(xlsx.FormQuestion(*q) for q in qs))
        for n, area_id, title, qs in areas
    )
    key = workshop_key(session)
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    round_name = round_.name if round_ else ""
    prepared = []
    for person in people:
        name, role = (person.name, person.role) if person else ("", "")
        department = (
            model.department_name(person.department, lang)
            if person and person.department
            else ""
        )
        if kind == PDF:
            form = printed.PrintForm(
                language=lang,
                client=engagement.client_name,
                consultancy=engagement.consultancy,
                consultant=engagement.consultant,
                model_name=model.name.get(lang),
                model_version=model.version,
                round_name=round_name,
                name=name,
                role=role,
                department=department,
                scale=scale,
                not_applicable=model.scale.not_applicable.get(lang),
                dont_know=model.scale.dont_know.get(lang),
                areas=print_areas,
                paper=options.paper,
                primary_color=engagement.primary_color,
                accent_color=engagement.accent_color,
                logo=logo_bytes,
            )
            text = questionnaire_text(lang)
            prepared.append(PreparedQuestionnaire(kind, person, lang, pdf=(form, text)))
            continue
        workbook = xlsx.WorkbookForm(
            origin=Origin(
                workshop_key=key,
                client=engagement.client_name,
                model_id=model.id,
                model_version=model.version,
                round_id=round_.id if round_ else 0,
                round_name=round_name,
                stakeholder_id=person.id if person else 0,
                stakeholder_name=name,
                language=lang,
                exported_at=stamp,
                app_version=__version__,
            ),
            areas=form_areas,
            model_name=model.name.get(lang),
            consultant=engagement.consultant,
            role=role,
            department=department,
            scale=scale,
            primary_color=engagement.primary_color,
            accent_color=engagement.accent_color,
            logo=logo_bytes,
            paper=options.paper,
        )
        prepared.append(PreparedQuestionnaire(kind, person, lang, workbook=workbook))
    return prepared


def render(prepared: PreparedQuestionnaire) -> bytes:
    """The questionnaire file's bytes (no database: safe on a worker thread)."""
    import io

    if prepared.pdf is not None:
        from crm_workshop.reporting.questionnaire import build_questionnaire

        buffer = io.BytesIO()
        build_questionnaire(buffer, *prepared.pdf)
        return buffer.getvalue()
    from crm_workshop.exchange.questionnaire_xlsx import workbook_bytes

    assert prepared.workbook is not None
    return workbook_bytes(prepared.workbook)


def write_questionnaire(
    prepared: PreparedQuestionnaire, target: Path | str, *, replace: bool = False
) -> ExportResult:
    """Render and write one questionnaire; ``FileExistsError`` if ``target`` exists
    and not ``replace``."""
    target = Path(target)
    write_file(target, render(prepared), replace=replace)
    who = prepared.stakeholder.name if prepared.stakeholder else ""
    return ExportResult(target, prepared.kind, who, prepared.language)


def write_file(target: Path, content: bytes, *, replace: bool = False) -> None:
    """Write under a temporary name beside ``target``, then move it into place."""
    if not replace and target.exists():
        raise FileExistsError(errno.EEXIST, "File exists", str(target))
    partial = target.with_name(
        f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part"
    )
    try:
        with partial.open("xb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            partial.replace(target)
            return
        try:
            os.link(partial, target)  # atomic, and refuses an existing target
        except FileExistsError:
            raise
        except OSError:  # no hard links here: check, then rename
            if target.exists():
                raise FileExistsError(
                    errno.EEXIST, "File exists", str(target)
                ) from None
            partial.replace(target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def export_questionnaire(
    session: WorkshopSession,
    target: Path | str,
    stakeholder: str | None = None,
    options: QuestionnaireOptions | None = None,
    *,
    replace: bool = False,
) -> ExportResult:
    """One questionnaire for the stakeholder called ``stakeholder`` (None: blank); the
    format follows the target's suffix."""
    kind = format_of(target)
    person = find_stakeholder(session, stakeholder) if stakeholder else None
    (prepared,) = prepare_questionnaires(session, kind, [person], options)
    return write_questionnaire(prepared, target, replace=replace)


def export_all(
    session: WorkshopSession,
    folder: Path | str,
    kind: str,
    options: QuestionnaireOptions | None = None,
    *,
    replace: bool = False,
) -> list[ExportResult]:
    """One questionnaire per active stakeholder into ``folder`` (which must exist)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(folder))
    people = session.stakeholders(active_only=True)
    prepared = prepare_questionnaires(session, kind, people, options)
    return [
        write_questionnaire(p, t, replace=replace) for p, t in targets(prepared, folder)
    ]


def targets(
    prepared: Sequence[PreparedQuestionnaire], folder: Path
) -> list[tuple[PreparedQuestionnaire, Path]]:
    """A distinct file in ``folder`` for each questionnaire (two names that clean up
    the same get the stakeholder's number)."""
    used: set[str] = set()
    result = []
    for item in prepared:
        name = item.file_name
        if name.casefold() in used and item.stakeholder is not None:
            stem, _, suffix = name.rpartition(".")
            name = f"{stem} ({item.stakeholder.id}).{suffix}"
        used.add(name.casefold())
        result.append((item, folder / name))
    return result


# -- import ------------------------------------------------------------------------------
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


def plan_import(
    session: WorkshopSession,
    path: Path | str,
    round_name: str | None = None,
    stakeholder: str | None = None,
) -> ImportPlan:
    """Read ``path`` and check it against the workshop; nothing is written."""
    path = Path(path)
    from crm_workshop.exchange.questionnaire_xlsx import read_workbook

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
    if origin.workshop_key != workshop_key(session):
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
        if by_id is not None and _normal(by_id.name) == _normal(name):
            return _checked(by_id, notes), name, []
        with contextlib.suppress(UnknownStakeholder):
            return _checked(find_stakeholder(session, name), notes), name, []
        if by_id is not None:  # renamed in this workshop since the export
            notes.append(Problem("", "renamed", {"old": name, "new": by_id.name}))
            return _checked(by_id, notes), name, []
        return None, name, _closest(name, people)
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


def unknown_stakeholder_problem(plan: ImportPlan) -> Problem:
    """The problem an unresolved stakeholder is, for callers that cannot ask."""
    return Problem(
        plan.name_place if plan.blank_form else "",
        "unknown_stakeholder",
        {"name": plan.name, "closest": list(plan.closest)},
    )


def _department_id(model: MaturityModel, text: str) -> str:
    """A typed department as the model's id when it names one (in any language)."""
    wanted = _normal(text)
    for department in model.departments:
        names = {_normal(department.id), *map(_normal, department.name.values.values())}
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
    """Write a plan in one transaction: the round and stakeholder when new, then the
    answers that differ from the stored ones. ``stakeholder_id`` gives the answers to
    that stakeholder; ``create`` adds the workbook's unknown name as a stakeholder."""
    if plan.problems:
        raise QuestionnaireImportError(plan.path, plan.problems)
    people = {p.id: p for p in session.stakeholders()}
    if stakeholder_id is not None and stakeholder_id not in people:
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
    created = False
    with session.transaction():
        round_created = False
        if not plan.round_exists:
            kind = RoundKind.REASSESSMENT if session.rounds() else RoundKind.BASELINE
            session.add_round(plan.round_name, kind)
            round_created = True
        round_ = session.round_named(plan.round_name)
        if stakeholder_id is not None:
            person = people[stakeholder_id]
        elif plan.stakeholder is not None:
            person = plan.stakeholder
        else:
            try:  # an earlier file of the same batch may have added them already
                person = find_stakeholder(session, plan.name)
            except UnknownStakeholder:
                new_id = session.add_stakeholder(
                    plan.name, plan.role, _department_id(session.model, plan.department)
                )
                person = next(p for p in session.stakeholders() if p.id == new_id)
                created = True
        stored = {
            r.question_id: r
            for r in session.ratings(round_.id)
            if r.stakeholder_id == person.id
        }
        ratings = [replace(r, stakeholder_id=person.id) for r in plan.ratings]
        written = [r for r in ratings if stored.get(r.question_id) != r]
        if written:
            session.set_ratings(round_.id, written)
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
        notes=plan.notes,
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
    """Put back what the import replaced, in one transaction (the round stays)."""
    with session.transaction():
        for new, old in zip(result.written, result.previous, strict=True):
            if old is None:
                session.clear_rating(
                    result.round_id, new.stakeholder_id, new.question_id
                )
            else:
                session.rate(result.round_id, old)
        if result.stakeholder_created:
            session.remove_stakeholder(result.stakeholder.id)


def redo_import(session: WorkshopSession, result: ImportResult) -> None:
    """Write an undone import again, in one transaction."""
    with session.transaction():
        if result.stakeholder_created:
            session.restore_stakeholder(result.stakeholder)
        if result.written:
            session.set_ratings(result.round_id, list(result.written))
