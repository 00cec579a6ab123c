"""The errors a caller of the services may need to tell apart, in one place.

The CLI and GUI import them from here and never reach into storage themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crm_workshop.catalog.errors import ModelFileError
from crm_workshop.domain.errors import (
    BadMonth,
    DomainError,
    InvalidLevel,
    UnknownArea,
    UnknownQuestion,
)
from crm_workshop.services.workshop import EvidenceTooLarge, UnknownRound
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    DamagedBackup,
    DiskFull,
    ForeignDatabase,
    InvalidText,
    NewerWorkshop,
    NotAWorkshop,
    NotWritable,
    OpenedElsewhere,
    UntrustedContent,
    WorkshopExists,
    WorkshopFileError,
    WorkshopLocked,
    WorkshopNotFound,
    WorkshopReadOnly,
    WorkshopUnreadable,
    WriteFailed,
)


class DuplicateMove(ValueError):
    """An initiative lists the same question twice among its moves."""

    def __init__(self, question_id: str) -> None:
        super().__init__(question_id)
        self.question_id = question_id


class EndsBeforeStart(ValueError):
    """An initiative's end month comes before its start month."""

    def __init__(self, starts_on: str, ends_on: str) -> None:
        super().__init__(f"{ends_on} is before {starts_on}")
        self.starts_on = starts_on
        self.ends_on = ends_on


class UnknownOwner(LookupError):
    """An owner id that is no stakeholder of this workshop."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(owner_id)
        self.owner_id = owner_id


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


class CsvImportError(Exception):
    """The CSV was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(
        self, path: Path, problems: list[RowProblem], *, missing: bool = False
    ) -> None:
        self.path = path
        self.problems = problems
        self.missing = missing
        super().__init__(f"{path}: {len(problems)} problem(s)")


# Input the roadmap's verbs refuse before anything is written.
ROADMAP_INPUT_ERRORS = (
    BadMonth,
    InvalidText,
    DuplicateMove,
    EndsBeforeStart,
    InvalidLevel,
    UnknownArea,
    UnknownOwner,
    UnknownQuestion,
)

__all__ = [
    "ROADMAP_INPUT_ERRORS",
    "BadMonth",
    "CorruptWorkshop",
    "CsvImportError",
    "DamagedBackup",
    "DiskFull",
    "DomainError",
    "DuplicateMove",
    "EndsBeforeStart",
    "EvidenceTooLarge",
    "ForeignDatabase",
    "InvalidLevel",
    "InvalidText",
    "ModelFileError",
    "NewerWorkshop",
    "NotAWorkshop",
    "NotWritable",
    "OpenedElsewhere",
    "UnknownArea",
    "UnknownOwner",
    "UnknownQuestion",
    "UnknownRound",
    "UntrustedContent",
    "WorkshopExists",
    "WorkshopFileError",
    "WorkshopLocked",
    "WorkshopNotFound",
    "WorkshopReadOnly",
    "WorkshopUnreadable",
    "WriteFailed",
]
