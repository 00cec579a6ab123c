"""Questionnaire workbooks (.xlsx): written for one stakeholder (or blank), read back.

The format is described in docs/questionnaire.md. A workbook has a cover sheet
(instructions, the stakeholder's name, role and department), one sheet per area
(question id, title, prompt, the five level texts, then the answer cells: current
level, target level, comment) and a very hidden, protected sheet ``crmw`` naming the
workshop, round, stakeholder and model the questionnaire was made for. Every sheet is
protected without a password: only the answer cells (and, on a blank questionnaire,
the name cells) are unlocked.

This module holds the format: its layout, the values a workbook is made from and
read into, and what writing and reading share. ``questionnaire_write`` writes a
workbook (``workbook_bytes``), ``questionnaire_read`` reads one back
(``read_workbook``), ``questionnaire_words`` holds the workbook's own words. openpyxl
loads only when a workbook is written or read, so these plain types cost nothing to
import.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crm_workshop.domain.assessment import Answer

FORMAT = "crm-workshop-questionnaire"
FORMAT_VERSION = 1
META_SHEET = "crmw"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
# columns of an area sheet (1-based): id, title, prompt, levels 1-5, answers
COL_ID, COL_TITLE, COL_PROMPT, COL_LEVEL1 = 1, 2, 3, 4
COL_CURRENT, COL_TARGET, COL_COMMENT = 9, 10, 11
WIDTHS = {"A": 8, "B": 28, "C": 40, "D": 34, "E": 34, "F": 34, "G": 34, "H": 34}
WIDTHS |= {"I": 15, "J": 15, "K": 48}
NAME_CELL, ROLE_CELL, DEPARTMENT_CELL = "B5", "B6", "B7"

MAX_FILE_BYTES = 10_000_000  # a filled questionnaire is some 20-60 kB
MAX_PART_BYTES = 20_000_000  # any one part of the zip, unpacked
MAX_TOTAL_BYTES = 50_000_000  # all parts together, unpacked
MAX_SCAN_ROWS = 2_000  # rows of an area sheet searched for question ids
MAX_COMMENT = 4_000
MAX_NAME = 200

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# -- what a workbook is made from ---------------------------------------------------------
@dataclass(frozen=True)
class Origin:
    """What the questionnaire was made for; kept in the hidden sheet."""

    workshop_key: str
    client: str
    model_id: str
    model_version: str
    round_id: int  # 0: the workshop had no round yet
    round_name: str
    stakeholder_id: int  # 0: a blank questionnaire
    stakeholder_name: str
    language: str
    exported_at: str
    app_version: str


@dataclass(frozen=True)
class FormQuestion:
    id: str
    title: str
    prompt: str
    levels: tuple[str, ...]  # five descriptors


@dataclass(frozen=True)
class FormArea:
    number: int
    id: str
    title: str
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class WorkbookForm:
    """Everything a questionnaire workbook shows, as plain values in its language."""

    origin: Origin
    areas: tuple[FormArea, ...]
    model_name: str
    consultant: str
    role: str
    department: str
    scale: tuple[tuple[int, str, str], ...]  # (level, name, meaning)
    primary_color: str = "#1F4E79"
    accent_color: str = "#E07B39"
    logo: bytes | None = None
    paper: str = "a4"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a workbook. ``place`` is ``Sheet!Cell`` (or empty for the
    file); ``kind`` and ``values`` let each interface word it."""

    place: str
    kind: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FilledAnswer:
    """One question's answer cells, classified. ``answer`` is None when the current
    cell is blank (then a target or comment alone is a problem, reported apart)."""

    sheet: str
    row: int
    question_id: str
    answer: Answer | None
    current: int | None
    target: int | None
    comment: str

    @property
    def place(self) -> str:
        return f"{self.sheet}!{column_letter(COL_ID)}{self.row}"


@dataclass(frozen=True)
class FilledWorkbook:
    origin: Origin
    name: str
    role: str
    department: str
    name_place: str
    answers: tuple[FilledAnswer, ...]  # rows with an answer (current not blank)
    blank: tuple[str, ...]  # question ids left entirely blank
    problems: tuple[Problem, ...]


class UnreadableWorkbook(Exception):
    """The file is not a questionnaire this version can read; ``problems`` says why."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems


# -- shared by writing and reading ---------------------------------------------------
def column_letter(index: int) -> str:
    return chr(ord("A") + index - 1)


def safe_text(value: str) -> str:
    """Text a worksheet can hold: control characters (refused by the XML) dropped."""
    return ILLEGAL.sub("", value)


def checksum(rows: Iterable[tuple[str, ...]]) -> str:
    """A digest of the identification rows: an edited hidden sheet is noticed."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(row).encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.hexdigest()[:32]
