"""What the report shows, as plain values: the services fill these, reporting lays them out.

Every string here is raw user or model text; the layout escapes it before it meets a
``Paragraph``. Names are already replaced by roles when the report is anonymous.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_workshop.domain.assessment import Answer

A4 = "a4"
LETTER = "letter"
PAPERS = (A4, LETTER)


@dataclass(frozen=True)
class Cover:
    consultancy: str
    consultant: str
    client: str
    client_industry: str
    starts_on: str | None
    ends_on: str | None
    model_name: str
    model_version: str
    round_name: str
    round_date: str
    primary_color: str
    accent_color: str
    logo: bytes | None = None  # PNG or JPEG content


@dataclass(frozen=True)
class AreaScoreLine:
    """One area in a sentence: its number (1-based), title, score and target."""

    number: int
    title: str
    score: float | None
    target: float | None
    gap: float | None
    floor: float | None = None
    floor_question_id: str | None = None
    floor_question_title: str = ""


@dataclass(frozen=True)
class KeyNumbers:
    index: float | None
    index_percent: float | None
    index_level_name: str  # the scale level nearest the index
    target: float | None
    strongest: AreaScoreLine | None
    weakest: AreaScoreLine | None
    floors: tuple[AreaScoreLine, ...]
    disagreements: int
    disagreements_settled: int
    open_items: int


@dataclass(frozen=True)
class ScaleRow:
    level: int
    name: str
    meaning: str


@dataclass(frozen=True)
class Person:
    """A stakeholder as the report shows them (``name`` is empty when anonymous)."""

    name: str
    role: str
    department: str


@dataclass(frozen=True)
class Meeting:
    held_on: str
    title: str
    areas: tuple[int, ...]  # area numbers, 1-based
    people: int


@dataclass(frozen=True)
class QuestionRow:
    id: str
    title: str
    current: float | None
    target: float | None
    gap: float | None
    disagreement: bool
    consensus: bool


@dataclass(frozen=True)
class KeyComment:
    question_id: str
    author: str
    text: str


@dataclass(frozen=True)
class AreaResult:
    line: AreaScoreLine
    questions: tuple[QuestionRow, ...]
    comments: tuple[KeyComment, ...]


@dataclass(frozen=True)
class AnswerRow:
    who: str
    question_id: str
    answer: Answer
    current: int | None
    target: int | None
    comment: str


@dataclass(frozen=True)
class ChartImage:
    """A rendered chart: PNG bytes and the size it was drawn for, in inches."""

    png: bytes
    width_in: float
    height_in: float


# -- the roadmap ------------------------------------------------------------------------
# Months are ``YYYY-MM`` text (a level "reached in" a month: by the end of that month);
# quarters are (year, number) pairs. The labels word both in the report's language.
@dataclass(frozen=True)
class LevelMark:
    """A whole level reached, and the month it is reached in."""

    level: int
    month: str
    overridden: bool = False  # the consultant set this month by hand


@dataclass(frozen=True)
class QuestionPath:
    id: str
    title: str
    now: int | None  # the level now (score rounded half up); None: unrated
    target: int | None
    steps: tuple[LevelMark, ...]


@dataclass(frozen=True)
class AreaPath:
    number: int  # 1-based
    title: str
    now: float | None
    at_end: float | None  # the area's score at the end of the plan
    target: float | None
    steps: tuple[LevelMark, ...]  # each whole level the area's score reaches
    questions: tuple[QuestionPath, ...]


@dataclass(frozen=True)
class Measure:
    """A goal as measured: KPI, unit, baseline, target and the month it is due."""

    title: str
    kpi: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    due_on: str | None = None  # YYYY-MM


@dataclass(frozen=True)
class DirectorGoal:
    who: str  # the director's name, or their role when anonymous
    detail: str  # role · department, when not already in ``who``
    goal: Measure
    actions: tuple[str, ...]


@dataclass(frozen=True)
class BoardGoal:
    goal: Measure
    directors: tuple[DirectorGoal, ...]


@dataclass(frozen=True)
class LinkedMove:
    question_id: str
    title: str
    from_level: int
    to_level: int


@dataclass(frozen=True)
class Project:
    """An initiative; ``number`` is its label in the tables and charts."""

    number: int
    title: str
    description: str = ""
    owner: str = ""
    department: str = ""
    moves: tuple[LinkedMove, ...] = ()
    starts_on: str | None = None
    ends_on: str | None = None
    budget: float | None = None
    kpis: tuple[str, ...] = ()
    expected_roi: str = ""
    urgency: int | None = None
    feasibility: int | None = None
    status: str = "idea"  # an InitiativeStatus value
    strategic: bool = False


@dataclass(frozen=True)
class RiskRow:
    description: str
    scope: tuple[str, ...] = ()  # area numbers and question ids, as shown
    likelihood: int | None = None
    impact: int | None = None
    mitigation: str = ""
    owner: str = ""
    status: str = "open"  # a RiskStatus value

    @property
    def severity(self) -> int | None:
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


@dataclass(frozen=True)
class Flag:
    """A hint of the analysis the consultant confirmed; worded by the labels."""

    kind: str  # a HintKind value
    subjects: tuple[str, ...] = ()  # the questions and areas it concerns, as shown
    values: tuple[tuple[str, str], ...] = ()  # the message's values, already worded


@dataclass(frozen=True)
class FocusRow:
    scope: str  # "3.2 Golden record" or "3. Customer data"
    reason: str


@dataclass(frozen=True)
class RoadmapData:
    start: str | None = None  # the plan's first month (the assessment's); None: no plan
    end: str | None = None  # the last month of the plan's last quarter
    quarters: tuple[tuple[int, int], ...] = ()
    areas: tuple[AreaPath, ...] = ()
    vision: str = ""
    objectives: tuple[Measure, ...] = ()
    board_goals: tuple[BoardGoal, ...] = ()
    orphan_goals: tuple[DirectorGoal, ...] = ()  # director goals without a board goal
    projects: tuple[Project, ...] = ()  # active ones, in plan order
    risks: tuple[RiskRow, ...] = ()  # most severe first
    flags: tuple[Flag, ...] = ()
    focus: tuple[FocusRow, ...] = ()
    timeline: ChartImage | None = None
    matrix: ChartImage | None = None
    radar: ChartImage | None = None

    @property
    def planned(self) -> bool:
        """Some level of some area or question is planned."""
        return any(a.steps or any(q.steps for q in a.questions) for a in self.areas)

    @property
    def empty(self) -> bool:
        """Nothing of the roadmap was written down: its chapters are left out."""
        return not (
            self.planned
            or self.vision.strip()
            or self.objectives
            or self.board_goals
            or self.orphan_goals
            or self.projects
            or self.risks
            or self.flags
            or self.focus
        )

    @property
    def strategic(self) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if p.strategic)


NO_ROADMAP = RoadmapData()


@dataclass(frozen=True)
class ReportData:
    language: str
    paper: str
    anonymous: bool
    cover: Cover
    executive_summary: str  # the consultant's own text; empty: a draft is written
    numbers: KeyNumbers
    model_description: str
    areas: tuple[AreaScoreLine, ...]  # in model order, for the scope section
    area_question_counts: tuple[int, ...]
    scale: tuple[ScaleRow, ...]
    not_applicable: str
    dont_know: str
    people: tuple[Person, ...]
    meetings: tuple[Meeting, ...]
    results: tuple[AreaResult, ...]
    radar: ChartImage | None
    heatmap: ChartImage | None
    answers: tuple[AnswerRow, ...]
    roadmap: RoadmapData = NO_ROADMAP
