"""The errors a caller of the services may need to tell apart, in one place.

The CLI and GUI import them from here and never reach into storage themselves.
"""

from __future__ import annotations

from crm_workshop.catalog import ModelFileError
from crm_workshop.domain.errors import (
    DomainError,
    InvalidLevel,
    UnknownArea,
    UnknownQuestion,
)
from crm_workshop.domain.roadmap import BadMonth
from crm_workshop.services.ratings_csv import CsvImportError
from crm_workshop.services.roadmap import DuplicateMove, EndsBeforeStart, UnknownOwner
from crm_workshop.services.workshop import EvidenceTooLarge, UnknownRound
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    ForeignDatabase,
    InvalidText,
    NewerWorkshop,
    NotAWorkshop,
    UntrustedContent,
    WorkshopExists,
    WorkshopFileError,
    WorkshopLocked,
    WorkshopNotFound,
    WorkshopReadOnly,
    WriteFailed,
)

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
    "WriteFailed",
]
