"""Use cases: questionnaires for answers collected away from the laptop (export).

A printable PDF (``reporting.questionnaire``) or a workbook to fill in
(``exchange.questionnaire_write``) for one stakeholder or blank, with the questions of
the chosen areas as this workshop asks them (hidden questions left out, reworded ones
in the workshop's wording), in English or Polish. Files are written under a temporary
name and moved into place (``services.files``), and an existing file is only replaced
when asked. Filled workbooks come back through ``questionnaire_import``.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crm_workshop import __version__
from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.exchange.questionnaire_xlsx import Origin
from crm_workshop.services.files import write_atomically
from crm_workshop.services.questionnaire_match import find_stakeholder, workshop_key
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


class UnknownAreas(LookupError):
    def __init__(self, unknown: Sequence[str], known: Sequence[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = list(unknown)
        self.known = list(known)


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
        from crm_workshop.reporting.labels import report_text
        from crm_workshop.reporting.long_texts import cut_texts
        from crm_workshop.reporting.questionnaire import build_questionnaire

        form, text = prepared.pdf
        form = cut_texts(form, report_text(prepared.language).text_cut)
        buffer = io.BytesIO()
        build_questionnaire(buffer, form, text)
        return buffer.getvalue()
    from crm_workshop.exchange.questionnaire_write import workbook_bytes

    assert prepared.workbook is not None
    return workbook_bytes(prepared.workbook)


def write_questionnaire(
    prepared: PreparedQuestionnaire, target: Path | str, *, replace: bool = False
) -> ExportResult:
    """Render and write one questionnaire; ``FileExistsError`` if ``target`` exists
    and not ``replace``."""
    target = Path(target)
    write_atomically(target, render(prepared), replace=replace)
    who = prepared.stakeholder.name if prepared.stakeholder else ""
    return ExportResult(target, prepared.kind, who, prepared.language)


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
