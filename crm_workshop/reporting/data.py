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
