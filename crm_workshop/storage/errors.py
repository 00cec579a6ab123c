"""Typed storage errors. Each carries the path and the facts; the CLI or GUI words them."""

from __future__ import annotations

from pathlib import Path


class WorkshopFileError(Exception):
    """Base: a workshop file that cannot be used as asked. The file is left untouched."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class WorkshopNotFound(WorkshopFileError):
    """No file at that path (or it is a folder)."""


class WorkshopExists(WorkshopFileError):
    """Creating a workshop where a file already is: refused, never overwritten."""


class NotAWorkshop(WorkshopFileError):
    """Not an SQLite file at all (a spreadsheet, a text file, an empty file)."""


class ForeignDatabase(WorkshopFileError):
    """An SQLite database written by another application."""


class CorruptWorkshop(WorkshopFileError):
    """A workshop file that is truncated or damaged."""


class NewerWorkshop(WorkshopFileError):
    """Written by a newer version of CRM Workshop than this one."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        super().__init__(
            path, f"schema version {found}, this version reads up to {supported}"
        )
        self.found = found
        self.supported = supported


class UntrustedContent(WorkshopFileError):
    """The file carries SQL objects CRM Workshop did not create (triggers, views, tables)."""

    def __init__(self, path: Path | str, objects: list[str]) -> None:
        super().__init__(path, ", ".join(objects))
        self.objects = objects


class WorkshopLocked(WorkshopFileError):
    """Another CRM Workshop process has this workshop open for writing."""


class WorkshopReadOnly(WorkshopFileError):
    """A write was attempted on a workshop opened read-only (read-only file or folder)."""


class WriteFailed(WorkshopFileError):
    """The disk refused a write (full, removed, I/O error); the previous state is kept."""


class InvalidText(ValueError):
    """Text that cannot be stored as UTF-8 (a lone surrogate); nothing was written."""
