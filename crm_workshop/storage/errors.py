"""Typed storage errors. Each carries the path and the facts; the CLI or GUI words them."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path


class WorkshopFileError(Exception):
    """Base: a workshop file that cannot be used as asked. The file is left untouched."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class WorkshopNotFound(WorkshopFileError):
    """No file at that path (or it is a folder)."""


class WorkshopUnreadable(WorkshopFileError):
    """The file is there, but this user's permissions do not allow reading it.

    Not a read-only file (that one opens to be read): nothing of it could be read, so
    nothing was opened and nothing was written.
    """


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


class OpenedElsewhere(WorkshopLocked):
    """Open for writing on another computer (or by a live other process on this one).

    Its lock file beside the workshop says who (``user``), where (``host``) and since
    when (``since``, UTC; None when unknown). Nothing was written.
    """

    def __init__(
        self,
        path: Path | str,
        host: str,
        user: str,
        since: datetime | None,
        *,
        this_computer: bool = False,
        pid: int = 0,
    ) -> None:
        super().__init__(path, f"opened by {user or 'someone'} on {host}")
        self.host = host
        self.user = user
        self.since = since
        self.this_computer = this_computer
        self.pid = pid


class WorkshopReadOnly(WorkshopFileError):
    """A write was attempted on a workshop opened read-only (read-only file or folder)."""


class WriteFailed(WorkshopFileError):
    """The disk refused a write (full, removed, I/O error); the previous state is kept."""


class DiskFull(WriteFailed):
    """No space left on the disk (or the file reached the largest size allowed there).

    Nothing was half-written: what was saved before is kept, and the same write can
    succeed once there is space again.
    """


class NotWritable(WriteFailed):
    """The place refuses writing: a read-only folder or disk, or no permission there."""


# errno values that mean "no space" and "this place cannot be written"
_NO_SPACE = frozenset(
    {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
)
_REFUSED = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def os_write_error(path: Path | str, exc: OSError) -> WriteFailed | None:
    """The typed error for ``exc``, met writing ``path``; None for other causes."""
    if exc.errno in _NO_SPACE:
        return DiskFull(path, exc.strerror or "no space left on the disk")
    if exc.errno in _REFUSED:
        return NotWritable(path, exc.strerror or "the place cannot be written")
    return None


class InvalidText(ValueError):
    """Text that cannot be stored as UTF-8 (a lone surrogate); nothing was written."""


class DamagedBackup(CorruptWorkshop):
    """A backup that does not open as a healthy workshop; nothing was restored."""

    def __init__(
        self, path: Path | str, detail: str, problems: Sequence[str] = ()
    ) -> None:
        super().__init__(path, detail)
        self.problems = list(problems) or [detail]
