"""What the progress report shows, as plain values: the services fill these, the
progress sections lay them out. Every string is raw user or model text; the layout
escapes it. Numbers are raw; the labels word them in the report's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_workshop.reporting.data import ChartImage, Cover


@dataclass(frozen=True)
class RoundInfo:
    name: str
    held_on: str  # YYYY-MM-DD
    people: int  # how many took part (gave an answer or are recorded)


@dataclass(frozen=True)
class AreaRow:
    number: int
    title: str
    before: float | None
    after: float | None
    floor_before: float | None
    floor_after: float | None


@dataclass(frozen=True)
class QuestionRow:
    id: str
    title: str
    before: float | None
    after: float | None
    level_before: int | None
    level_after: int | None
    direction: str  # up, down, same, new, gone, none (domain.progress.Direction)


@dataclass(frozen=True)
class PlanAreaRow:
    number: int
    title: str
    planned: float | None
    actual: float | None
    overdue_level: int | None
    overdue_since: str | None  # YYYY-MM


@dataclass(frozen=True)
class SlipRow:
    id: str
    title: str
    planned: int | None
    actual: int | None
    overdue_level: int
    overdue_since: str  # YYYY-MM
    initiatives: tuple[str, ...]  # titles of the initiatives bringing that level


@dataclass(frozen=True)
class StatusRow:
    updated_on: str
    status: str  # worded
    note: str


@dataclass(frozen=True)
class KpiRow:
    kpi: str
    unit: str
    first: float
    first_on: str
    latest: float
    latest_on: str
    target: float | None
    progress: float | None  # share of the way to the target
    measurements: int


@dataclass(frozen=True)
class InitiativeProgress:
    number: int
    title: str
    owner: str
    status: str  # worded
    starts_on: str | None
    ends_on: str | None
    history: tuple[StatusRow, ...]
    kpis: tuple[KpiRow, ...]


@dataclass(frozen=True)
class RiskRow:
    description: str
    scope: str  # worded list of areas and questions
    likelihood: int | None
    impact: int | None
    owner: str
    mitigation: str
    added_on: str  # YYYY-MM-DD


@dataclass(frozen=True)
class ProgressData:
    language: str
    paper: str
    cover: Cover  # round_name/round_date: the later round
    current: RoundInfo  # the round reported
    previous: RoundInfo  # the round it is compared with
    plan_from: RoundInfo | None  # the round the roadmap's plan was made from
    due_by: str | None  # YYYY-MM: the last month that had ended at the round's date
    index_before: float | None
    index_after: float | None
    areas: tuple[AreaRow, ...]
    questions: tuple[QuestionRow, ...]  # every shown question, model order
    moved_up: tuple[QuestionRow, ...]
    moved_down: tuple[QuestionRow, ...]
    plan_areas: tuple[PlanAreaRow, ...]
    slipped: tuple[SlipRow, ...]
    on_track: int  # questions at or above their planned level
    not_reassessed: tuple[str, ...]  # question ids without a level in the round
    carried: int  # answers still carried over, unconfirmed
    initiatives: tuple[InitiativeProgress, ...]
    new_risks: tuple[RiskRow, ...]
    participants: tuple[str, ...]  # names (or roles) of the round's participants
    radar: ChartImage | None = None
