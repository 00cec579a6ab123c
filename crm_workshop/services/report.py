"""Use case: the client's PDF report of one round (or the same as a Word document).

Gathers everything from the open workshop into plain values (``reporting.data``),
renders the charts with the shared builders, and hands both to
``reporting.build_report``. Rules:

* The report's language is chosen per report (default: the engagement's report
  language); model texts come from the model in that language, rewordings applied.
* Hidden questions are left out everywhere, as scoring leaves them out.
* Anonymous: names never reach the report data; people appear as "role · department".
* The file is written beside the target and renamed into place, so a failed export
  never leaves half a PDF, and an existing file is only replaced when asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crm_workshop.charts.heatmap import HeatCell
from crm_workshop.domain.assessment import Rating, Round, Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.progress import shown_change
from crm_workshop.domain.scoring import AreaScore, Assessment, weighted_mean
from crm_workshop.reporting import chart_images
from crm_workshop.reporting.data import (
    A4,
    AnswerRow,
    AreaResult,
    AreaScoreLine,
    Cover,
    KeyComment,
    KeyNumbers,
    Meeting,
    Person,
    QuestionRow,
    ReportData,
    ScaleRow,
)
from crm_workshop.reporting.labels import LANGUAGES, PLACES, ReportText, report_text
from crm_workshop.reporting.long_texts import cut_texts
from crm_workshop.reporting.report import build_report
from crm_workshop.reporting.roadmap_projects import roadmap_draft
from crm_workshop.reporting.summary import draft_summary
from crm_workshop.services.chart_data import heat_rows, radar_data
from crm_workshop.services.files import part_file, remove_stale_parts
from crm_workshop.services.overview import build_overview
from crm_workshop.services.report_roadmap import gather_roadmap
from crm_workshop.services.workshop import WorkshopSession

KEY_COMMENTS_PER_AREA = 3
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class ReportOptions:
    language: str | None = None  # None: the engagement's report language
    round_name: str | None = None  # None: the latest round
    paper: str = A4
    anonymous: bool = False
    file_format: str | None = None  # "pdf" or "docx"; None: from the target's suffix


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    round_name: str
    language: str
    file_format: str = "pdf"  # a Word document has no pages until Word lays it out: 0


PDF, DOCX = "pdf", "docx"
FORMATS = (PDF, DOCX)


def report_format(target: Path | str, requested: str | None = None) -> str:
    """The file format to write: the one asked for, else the target's suffix (.docx
    gives Word, anything else the PDF)."""
    if requested is not None:
        if requested not in FORMATS:
            raise ValueError(f"unknown report format {requested!r}")
        return requested
    return DOCX if Path(target).suffix.lower() == ".docx" else PDF


class ReportCancelled(Exception):
    """The export was cancelled; nothing was written."""


@dataclass(frozen=True)
class PreparedReport:
    """What the report shows, read from the workshop; rendering it needs no database."""

    data: ReportData
    text: ReportText
    model: MaturityModel
    assessment: Assessment


def prepare_report(
    session: WorkshopSession, options: ReportOptions | None = None
) -> PreparedReport:
    """Read everything the report needs (fast; on the thread that owns the workshop)."""
    options = options or ReportOptions()
    data, text = gather_report(session, options)
    round_ = session.round_named(options.round_name)
    return PreparedReport(
        data, text, session.effective_model(), session.assessment(round_.id)
    )


def write_report(
    prepared: PreparedReport,
    target: Path | str,
    *,
    replace: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
    file_format: str | None = None,
) -> ReportResult:
    """Draw the charts and write the PDF (or, by ``file_format`` or a ``.docx``
    suffix, the Word document) to ``target`` (slow; safe on a worker thread).

    Built under a temporary name beside ``target`` and moved into place when complete;
    ``FileExistsError`` if ``target`` exists and not ``replace``; ``DiskFull`` or
    ``NotWritable`` (nothing half-written left) when the disk refuses it;
    ``ReportCancelled`` (nothing written) when ``cancelled()`` turns true between the
    steps.
    """
    target = Path(target)
    file_format = report_format(target, file_format)
    data, text = prepared.data, prepared.text
    if prepared.assessment.index is not None:
        data = _with_charts(
            data, prepared.model, prepared.assessment, data.language, text
        )
    if cancelled():
        raise ReportCancelled
    data = chart_images.with_roadmap_charts(data, text)
    if cancelled():
        raise ReportCancelled
    if file_format == PDF:  # Word lays out any length itself
        data = cut_texts(data, text.text_cut)
    remove_stale_parts(target)
    with part_file(target, replace=replace) as partial:
        pages = _build(file_format, partial, data, text)
        if cancelled():
            raise ReportCancelled
    return ReportResult(
        target, pages, data.cover.round_name, data.language, file_format
    )


def _build(file_format: str, target: Path, data: ReportData, text: ReportText) -> int:
    """Write the file; its pages (0 for Word, which paginates when it opens it)."""
    if file_format == DOCX:
        from crm_workshop.reporting.docx_report import build_docx  # python-docx: lazily

        build_docx(target, data, text)
        return 0
    return build_report(target, data, text)


def export_report(
    session: WorkshopSession,
    target: Path | str,
    options: ReportOptions | None = None,
    *,
    replace: bool = False,
) -> ReportResult:
    """Write the report to ``target``; ``FileExistsError`` if it exists and not ``replace``."""
    options = options or ReportOptions()
    return write_report(
        prepare_report(session, options),
        target,
        replace=replace,
        file_format=options.file_format,
    )


def report_language(session: WorkshopSession, requested: str | None) -> str:
    language = requested or session.engagement.report_language
    return language if language in LANGUAGES else "en"


def report_cover(
    session: WorkshopSession, model: MaturityModel, lang: str, round_: Round
) -> Cover:
    """The cover of a report on ``round_``: the engagement's names, dates, colours (a
    colour that is not ``#RRGGBB`` falls back to the house colour) and logo (PNG or
    JPEG only), and the model in ``lang``."""
    engagement = session.engagement
    logo = session.logo()
    return Cover(
        consultancy=engagement.consultancy,
        consultant=engagement.consultant,
        client=engagement.client_name,
        client_industry=engagement.client_industry,
        starts_on=engagement.starts_on,
        ends_on=engagement.ends_on,
        model_name=model.name.get(lang),
        model_version=model.version,
        round_name=round_.name,
        round_date=round_.held_on,
        primary_color=_color(engagement.primary_color, "#1F4E79"),
        accent_color=_color(engagement.accent_color, "#E07B39"),
        logo=logo[0] if logo and logo[1] in ("image/png", "image/jpeg") else None,
    )


def _color(value: str, default: str) -> str:
    value = (value or "").strip()
    if _HEX.fullmatch(value):
        return value
    if _HEX.fullmatch("#" + value):
        return "#" + value
    return default


def gather_report(
    session: WorkshopSession, options: ReportOptions
) -> tuple[ReportData, ReportText]:
    """Everything the report shows, as plain values, and its labels."""
    lang = report_language(session, options.language)
    text = report_text(lang)
    model = session.effective_model()
    engagement = session.engagement
    round_ = session.round_named(options.round_name)
    assessment = session.assessment(round_.id)
    stakeholders = session.stakeholders()
    ratings = session.ratings(round_.id)
    overview = build_overview(
        model,
        stakeholders,
        ratings,
        assessment,
        session.followups(round_.id),
        dt.date.today(),
    )
    shown = [q for q in model.questions() if q.id in assessment.questions]
    order = {q.id: n for n, q in enumerate(shown)}
    answered = {r.stakeholder_id for r in ratings}
    people = [s for s in stakeholders if s.active or s.id in answered]
    who = _labels(people, options.anonymous, model, lang, text)
    lines = _area_lines(model, assessment, lang)
    scored = [line for line in lines if line.score is not None]
    data = ReportData(
        language=lang,
        paper=options.paper,
        anonymous=options.anonymous,
        cover=report_cover(session, model, lang, round_),
        executive_summary=engagement.executive_summary,
        numbers=KeyNumbers(
            index=assessment.index,
            index_percent=assessment.index_percent,
            index_level_name=_level_name(model, assessment.index, lang),
            target=weighted_mean(
                (line.target, area.weight)
                for line, area in zip(lines, model.areas, strict=True)
                if line.target is not None
            ),
            strongest=max(scored, key=lambda a: a.score or 0.0, default=None),
            weakest=min(scored, key=lambda a: a.score or 0.0, default=None),
            floors=tuple(lines),
            disagreements=len(overview.disagreements),
            disagreements_settled=sum(
                d.agreed is not None for d in overview.disagreements
            ),
            open_items=len(overview.open_items),
        ),
        model_description=model.description.get(lang),
        areas=tuple(lines),
        area_question_counts=tuple(
            sum(q.id in order for q in area.questions) for area in model.areas
        ),
        scale=tuple(
            ScaleRow(s.level, s.name.get(lang), s.meaning.get(lang))
            for s in model.scale.levels
        ),
        not_applicable=model.scale.not_applicable.get(lang),
        dont_know=model.scale.dont_know.get(lang),
        people=_people(people, options.anonymous, model, lang),
        meetings=tuple(
            Meeting(
                s.held_on,
                s.title,
                tuple(
                    n
                    for n, area in enumerate(model.areas, start=1)
                    if area.id in s.areas
                ),
                len(s.attendees),
            )
            for s in session.sessions()
        ),
        results=_results(model, assessment, lines, ratings, who, order, lang),
        radar=None,
        heatmap=None,
        answers=tuple(
            sorted(
                (
                    AnswerRow(
                        who.get(r.stakeholder_id, "?"),
                        r.question_id,
                        r.answer,
                        r.current,
                        r.target,
                        r.comment,
                    )
                    for r in ratings
                    if r.question_id in order
                ),
                key=lambda a: (a.who.casefold(), order[a.question_id]),
            )
        ),
        roadmap=gather_roadmap(
            session, round_.id, model, assessment, text, who, options.anonymous
        ),
    )
    return data, text


def draft_executive_summary(
    session: WorkshopSession, round_id: int, language: str
) -> str:
    """The summary the report drafts when the consultant wrote none, as plain text:
    paragraphs apart by a blank line, a list as lines starting "• "."""
    round_ = next((r for r in session.rounds() if r.id == round_id), None)
    options = ReportOptions(
        language=language, round_name=None if round_ is None else round_.name
    )
    data, text = gather_report(session, options)
    draft = draft_summary(data, text)
    blocks = list(draft.opening)
    if draft.floors:
        blocks.append("\n".join([text.floors_intro, *(f"• {f}" for f in draft.floors)]))
    blocks += draft.closing
    for block in roadmap_draft(data, text):
        blocks.append("\n".join([block.intro, *(f"• {i}" for i in block.items)]))
    return "\n\n".join(blocks)


def _with_charts(
    data: ReportData,
    model: MaturityModel,
    assessment: Assessment,
    lang: str,
    text: ReportText,
) -> ReportData:
    radar = radar_data(model, assessment, lang)
    return dataclasses.replace(
        data,
        radar=chart_images.radar_image(
            radar.labels,
            radar.current,
            radar.target,
            current_label=text.current,
            target_label=text.target,
            current_color=data.cover.primary_color,
            target_color=data.cover.accent_color,
        ),
        heatmap=chart_images.heatmap_image(
            [
                (row.label, [HeatCell(*cell) for cell in row.cells])
                for row in heat_rows(model, assessment, lang)
            ],
            decimal="," if text.decimal_comma else ".",
        ),
    )


def _level_name(model: MaturityModel, index: float | None, lang: str) -> str:
    if index is None:
        return ""
    nearest = min(5, max(1, math.floor(index + 0.5)))
    return model.scale.level(nearest).name.get(lang)


def _area_lines(
    model: MaturityModel, assessment: Assessment, lang: str
) -> list[AreaScoreLine]:
    lines = []
    for number, area in enumerate(model.areas, start=1):
        score: AreaScore = assessment.area(area.id)
        floor_id = score.floor_question_id
        lines.append(
            AreaScoreLine(
                number=number,
                title=area.title.get(lang),
                score=score.score,
                target=score.target,
                gap=shown_change(score.score, score.target, PLACES),  # as printed
                floor=score.floor,
                floor_question_id=floor_id,
                floor_question_title=(
                    model.question(floor_id).title.get(lang) if floor_id else ""
                ),
            )
        )
    return lines


def _department(model: MaturityModel, person: Stakeholder, lang: str) -> str:
    return model.department_name(person.department, lang) if person.department else ""


def _labels(
    people: Sequence[Stakeholder],
    anonymous: bool,
    model: MaturityModel,
    lang: str,
    text: ReportText,
) -> dict[int, str]:
    """How each stakeholder is named in comments and the appendix."""
    if not anonymous:
        return {p.id: p.name for p in people}
    labels = {}
    for number, person in enumerate(people, start=1):
        parts = [
            part for part in (person.role, _department(model, person, lang)) if part
        ]
        labels[person.id] = " · ".join(parts) or text.respondent % number
    return labels


def _people(
    people: Sequence[Stakeholder], anonymous: bool, model: MaturityModel, lang: str
) -> tuple[Person, ...]:
    rows = [
        Person("" if anonymous else p.name, p.role, _department(model, p, lang))
        for p in people
    ]
    if anonymous:  # the order of entry could tell who is who
        rows.sort(key=lambda p: (p.department.casefold(), p.role.casefold()))
    return tuple(rows)


def _results(
    model: MaturityModel,
    assessment: Assessment,
    lines: Sequence[AreaScoreLine],
    ratings: Sequence[Rating],
    who: dict[int, str],
    order: dict[str, int],
    lang: str,
) -> tuple[AreaResult, ...]:
    results = []
    for area, line in zip(model.areas, lines, strict=True):
        rows = []
        for q in area.questions:
            score = assessment.questions.get(q.id)
            if score is None:
                continue
            rows.append(
                QuestionRow(
                    q.id,
                    q.title.get(lang),
                    score.score,
                    score.target,
                    shown_change(score.score, score.target, PLACES),  # as printed
                    score.disagreement,
                    score.consensus is not None,
                )
            )
        ids = {row.id for row in rows}
        disputed = {row.id for row in rows if row.disagreement}
        results.append(
            AreaResult(
                line,
                tuple(rows),
                _key_comments(
                    [r for r in ratings if r.question_id in ids], disputed, who, order
                ),
            )
        )
    return tuple(results)


def _key_comments(
    ratings: Sequence[Rating],
    disputed: set[str],
    who: dict[int, str],
    order: dict[str, int],
) -> tuple[KeyComment, ...]:
    """A few comments: disputed questions first, one per question before any second."""
    commented = sorted(
        (r for r in ratings if r.comment.strip()),
        key=lambda r: (r.question_id not in disputed, order[r.question_id]),
    )
    picked: list[Rating] = []
    seen: set[str] = set()
    for rating in commented:  # one per question first...
        if len(picked) < KEY_COMMENTS_PER_AREA and rating.question_id not in seen:
            picked.append(rating)
            seen.add(rating.question_id)
    for rating in commented:  # ...then fill up with second comments
        if len(picked) >= KEY_COMMENTS_PER_AREA:
            break
        if not any(rating is p for p in picked):
            picked.append(rating)
    picked.sort(key=lambda r: order[r.question_id])
    return tuple(
        KeyComment(r.question_id, who.get(r.stakeholder_id, "?"), r.comment.strip())
        for r in picked
    )
