"""Use case: the client's progress report (PDF) of one round against an earlier one.

``prepare_progress_report`` reads everything from the open workshop into plain values
(fast, on the thread that owns the workshop); ``write_progress_report`` draws the
chart and writes the PDF (slow, no database: safe on a worker thread), beside the
target and renamed into place as the roadmap report is. Defaults: the latest round
against the one before it; the language of the engagement's report. Hidden questions
are left out, as scoring leaves them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.progress import Direction, PlanCheck, kpi_tracks
from crm_workshop.domain.roadmap import Initiative
from crm_workshop.reporting.data import A4
from crm_workshop.reporting.labels import ReportText, report_text
from crm_workshop.reporting.long_texts import cut_texts
from crm_workshop.reporting.progress_data import (
    AreaRow,
    InitiativeProgress,
    KpiRow,
    PlanAreaRow,
    ProgressData,
    QuestionRow,
    RiskRow,
    RoundInfo,
    SlipRow,
    StatusRow,
)
from crm_workshop.reporting.progress_labels import ProgressText, progress_text
from crm_workshop.services.files import part_file, remove_stale_parts
from crm_workshop.services.report import (
    ReportCancelled,
    report_cover,
    report_language,
)
from crm_workshop.services.workshop import WorkshopSession


class NotEnoughRounds(LookupError):
    """A progress report compares two rounds; the workshop has fewer."""

    def __init__(self, rounds: int) -> None:
        super().__init__(rounds)
        self.rounds = rounds


class SameRound(ValueError):
    """A round cannot be compared with itself."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True)
class ProgressOptions:
    language: str | None = None  # None: the engagement's report language
    round_name: str | None = None  # None: the latest round
    against: str | None = None  # None: the round before it
    paper: str = A4


@dataclass(frozen=True)
class ProgressResult:
    path: Path
    pages: int
    round_name: str
    against: str
    language: str


@dataclass(frozen=True)
class PreparedProgress:
    data: ProgressData
    text: ReportText
    words: ProgressText
    planned: list[float | None] | None  # the plan's area values at the round's date


def prepare_progress_report(
    session: WorkshopSession, options: ProgressOptions | None = None
) -> PreparedProgress:
    """Read what the progress report shows (``UnknownRound``, ``NotEnoughRounds``,
    ``SameRound`` when the rounds cannot be compared)."""
    options = options or ProgressOptions()
    rounds = session.rounds()
    if len(rounds) < 2:
        raise NotEnoughRounds(len(rounds))
    current = session.round_named(options.round_name)
    if options.against is None:
        previous = session.progress.previous_round(current.id)
        if previous is None:  # the first round: compare with the one after it
            previous = rounds[1]
    else:
        previous = session.round_named(options.against)
    if previous.id == current.id:
        raise SameRound(current.name)
    lang = report_language(session, options.language)
    text, words = report_text(lang), progress_text(lang)
    model = session.effective_model()
    progress = session.progress
    comparison = progress.compare(current.id, previous.id)
    check = progress.check_plan(current.id)
    plan_round = progress.plan_round()
    people = {p.id: p for p in session.stakeholders()}
    titles = {q.id: q.title.get(lang) for q in model.questions()}
    area_titles = [a.title.get(lang) for a in model.areas]
    questions = tuple(
        QuestionRow(
            q.question_id,
            titles.get(q.question_id, ""),
            q.before,
            q.after,
            q.level_before,
            q.level_after,
            q.direction.value,
        )
        for q in comparison.questions
    )
    by_id = {q.id: q for q in questions}
    initiatives = session.roadmap.initiatives()
    data = ProgressData(
        language=lang,
        paper=options.paper,
        cover=report_cover(session, model, lang, current),
        current=_info(session, current.id, current.name, current.held_on),
        previous=_info(session, previous.id, previous.name, previous.held_on),
        plan_from=None
        if plan_round is None or check is None
        else _info(session, plan_round.id, plan_round.name, plan_round.held_on),
        due_by=None if check is None else str(check.due_by),
        index_before=comparison.index_before,
        index_after=comparison.index_after,
        areas=tuple(
            AreaRow(n, title, a.before, a.after, a.floor_before, a.floor_after)
            for n, (title, a) in enumerate(
                zip(area_titles, comparison.areas, strict=True), start=1
            )
        ),
        questions=questions,
        moved_up=tuple(by_id[q.question_id] for q in comparison.moved(Direction.UP)),
        moved_down=tuple(
            by_id[q.question_id] for q in comparison.moved(Direction.DOWN)
        ),
        plan_areas=_plan_areas(check, model, lang),
        slipped=_slips(check, initiatives, titles),
        on_track=0 if check is None else len(check.on_track),
        not_reassessed=()
        if check is None
        else tuple(q.question_id for q in check.not_reassessed),
        carried=len(progress.carried(current.id)),
        initiatives=_initiatives(session, initiatives, people, text),
        new_risks=_new_risks(session, previous.id, model, people, text, lang),
        participants=tuple(
            people[p].name for p in progress.participants(current.id) if p in people
        ),
    )
    planned = (
        None
        if check is None
        else [
            next((a.planned for a in check.areas if a.area_id == area.id), None)
            for area in model.areas
        ]
    )
    return PreparedProgress(data, text, words, planned)


def _info(
    session: WorkshopSession, round_id: int, name: str, held_on: str
) -> RoundInfo:
    recorded = session.progress.participants(round_id)
    answered = {r.stakeholder_id for r in session.ratings(round_id)}
    return RoundInfo(name, held_on, len(set(recorded) | answered))


def _plan_areas(
    check: PlanCheck | None, model: MaturityModel, lang: str
) -> tuple[PlanAreaRow, ...]:
    if check is None:
        return ()
    rows = []
    for number, area in enumerate(model.areas, start=1):
        found = next((a for a in check.areas if a.area_id == area.id), None)
        if found is None:
            continue
        rows.append(
            PlanAreaRow(
                number,
                area.title.get(lang),
                found.planned,
                found.actual,
                found.overdue_level,
                None if found.overdue_since is None else str(found.overdue_since),
            )
        )
    return tuple(rows)


def _slips(
    check: PlanCheck | None,
    initiatives: list[Initiative],
    titles: dict[str, str],
) -> tuple[SlipRow, ...]:
    if check is None:
        return ()
    rows = []
    for q in check.slipped:
        assert q.overdue_level is not None and q.overdue_since is not None
        bringing = tuple(
            i.title
            for i in initiatives
            if i.active
            and any(
                m.question_id == q.question_id
                and m.from_level < q.overdue_level <= m.to_level
                for m in i.moves
            )
        )
        rows.append(
            SlipRow(
                q.question_id,
                titles.get(q.question_id, ""),
                q.planned,
                q.actual,
                q.overdue_level,
                str(q.overdue_since),
                bringing,
            )
        )
    return tuple(rows)


def _initiatives(
    session: WorkshopSession,
    initiatives: list[Initiative],
    people: dict,
    text: ReportText,
) -> tuple[InitiativeProgress, ...]:
    """Initiatives with a status update or a KPI measurement, in the roadmap's order
    (numbered as in the roadmap report)."""
    progress = session.progress
    updates = progress.status_updates()
    tracks = kpi_tracks(progress.kpi_actuals())
    statuses = text.roadmap.initiative_status
    result = []
    for number, initiative in enumerate(initiatives, start=1):
        history = tuple(
            StatusRow(
                u.updated_on, statuses.get(u.status.value, u.status.value), u.note
            )
            for u in updates
            if u.initiative_id == initiative.id
        )
        kpis = tuple(
            KpiRow(
                t.kpi,
                t.unit,
                t.first.value,
                t.first.measured_on,
                t.latest.value,
                t.latest.measured_on,
                t.target,
                t.progress,
                len(t.measurements),
            )
            for t in tracks
            if t.initiative_id == initiative.id
        )
        if not history and not kpis:
            continue
        owner = people.get(initiative.owner_id)
        result.append(
            InitiativeProgress(
                number,
                initiative.title,
                owner.name if owner else "",
                statuses.get(initiative.status.value, initiative.status.value),
                initiative.starts_on,
                initiative.ends_on,
                history,
                kpis,
            )
        )
    return tuple(result)


def _new_risks(
    session: WorkshopSession,
    since_round_id: int,
    model: MaturityModel,
    people: dict,
    text: ReportText,
    lang: str,
) -> tuple[RiskRow, ...]:
    created = session.progress.risk_dates()
    rows = []
    for risk in session.progress.new_risks(since_round_id):
        scope = []
        for item in risk.scope:
            area = next(
                (n for n, a in enumerate(model.areas, start=1) if a.id == item), None
            )
            scope.append(text.roadmap.area_short.format(number=area) if area else item)
        owner = people.get(risk.owner_id)
        rows.append(
            RiskRow(
                risk.description,
                ", ".join(scope),
                risk.likelihood,
                risk.impact,
                owner.name if owner else "",
                risk.mitigation,
                created.get(risk.id or 0, "")[:10],
            )
        )
    return tuple(rows)


def write_progress_report(
    prepared: PreparedProgress,
    target: Path | str,
    *,
    replace: bool = False,
    cancelled: Callable[[], bool] = lambda: False,
) -> ProgressResult:
    """Draw the radar and write the PDF to ``target`` (built beside it, then moved into
    place); ``FileExistsError`` if it exists and not ``replace``; ``DiskFull`` or
    ``NotWritable`` (nothing half-written left) when the disk refuses it, as for the
    roadmap report; ``ReportCancelled`` (nothing written) when ``cancelled()`` turns
    true between the steps."""
    from crm_workshop.reporting.progress_report import (
        build_progress_report,
        with_progress_charts,
    )

    target = Path(target)
    data, text, words = prepared.data, prepared.text, prepared.words
    month = ""
    if data.due_by:
        year, number = int(data.due_by[:4]), int(data.due_by[5:7])
        month = f"{text.months[number - 1]} {year}"
    data = with_progress_charts(data, words, prepared.planned, month)
    data = cut_texts(data, text.text_cut)  # see reporting/long_texts.py
    if cancelled():
        raise ReportCancelled
    remove_stale_parts(target)
    with part_file(target, replace=replace) as partial:
        pages = build_progress_report(partial, data, text, words)
        if cancelled():
            raise ReportCancelled
    return ProgressResult(
        target, pages, data.current.name, data.previous.name, data.language
    )


def export_progress_report(
    session: WorkshopSession,
    target: Path | str,
    options: ProgressOptions | None = None,
    *,
    replace: bool = False,
) -> ProgressResult:
    return write_progress_report(
        prepare_progress_report(session, options), target, replace=replace
    )
