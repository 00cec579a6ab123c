"""The errors a caller of the services may need to tell apart, in one place.

The CLI and GUI import them from here and never reach into storage themselves.
"""

from __future__ import annotations

from crm_workshop.catalog import ModelFileError
from crm_workshop.domain.errors import DomainError, InvalidLevel, UnknownQuestion
from crm_workshop.services.ratings_csv import CsvImportError
from crm_workshop.services.workshop import EvidenceTooLarge, UnknownRound
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    ForeignDatabase,
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

__all__ = [
    "CorruptWorkshop",
    "CsvImportError",
    "DomainError",
    "EvidenceTooLarge",
    "ForeignDatabase",
    "InvalidLevel",
    "ModelFileError",
    "NewerWorkshop",
    "NotAWorkshop",
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
