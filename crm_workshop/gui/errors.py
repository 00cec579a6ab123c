"""Every failure the user can meet, worded as what happened and what to do (translated)."""

from __future__ import annotations

import errno
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from crm_workshop.services import errors as e


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


_NO_SPACE = frozenset(
    {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
)
# EACCES and EPERM are left out: reading a file can meet them too
_DISK_ERRNOS = _NO_SPACE | {errno.EROFS}


def _details(detail: str) -> str:
    """The system's own words, on a line of their own (they are not translated); none
    when they only repeat the title."""
    if not detail or detail == "the disk is full":
        return ""
    return "\n\n" + _tr("Details: %s") % detail


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, message) for a dialog; never a traceback."""
    name = str(getattr(exc, "path", "") and exc.path.name)  # type: ignore[attr-defined]
    if isinstance(exc, e.WorkshopNotFound):
        return _tr("File not found"), _tr(
            "“%s” does not exist any more. It may have been moved, renamed or deleted."
        ) % name
    if isinstance(exc, e.WorkshopExists):
        return _tr("File already exists"), _tr(
            "“%s” already exists. Choose another name; nothing was overwritten."
        ) % name
    if isinstance(exc, e.NotAWorkshop):
        return _tr("Not a workshop file"), _tr(
            "“%s” is not a CRM Workshop file. It was not changed. Open a .crmw file "
            "created with CRM Workshop."
        ) % name
    if isinstance(exc, e.ForeignDatabase):
        return _tr("Not a workshop file"), _tr(
            "“%s” is a database of another application. It was not changed."
        ) % name
    if isinstance(exc, e.DamagedBackup):
        return _tr("Damaged backup"), _tr(
            "The backup “%s” is damaged and cannot be restored. Nothing was written; "
            "choose another backup."
        ) % name
    if isinstance(exc, e.CorruptWorkshop):
        return _tr("Damaged workshop file"), _tr(
            "“%s” is damaged and cannot be opened. It was not changed. Open a backup copy "
            "(files named “…before-upgrade…” or your own copies) or ask for a new copy."
        ) % name
    if isinstance(exc, e.UntrustedContent):
        return _tr("Workshop file refused"), _tr(
            "“%s” contains database objects that CRM Workshop did not create. For your "
            "safety it was not opened and nothing in it was run."
        ) % name
    if isinstance(exc, e.NewerWorkshop):
        return _tr("Newer workshop file"), _tr(
            "“%s” was saved by a newer version of CRM Workshop. Update CRM Workshop to "
            "open it; the file was not changed."
        ) % name
    if isinstance(exc, e.OpenedElsewhere):
        return opened_elsewhere(exc)
    if isinstance(exc, e.WorkshopLocked):
        return _tr("Workshop in use"), _tr(
            "“%s” is open in another CRM Workshop window or program. Close it there and "
            "try again."
        ) % name
    if isinstance(exc, e.WorkshopReadOnly):
        return _tr("Workshop is read-only"), _tr(
            "“%s” cannot be changed here: the file, its folder or its disk cannot be "
            "written. Nothing saved in it was lost. Save a copy elsewhere (File › Save "
            "a copy as…) to keep working on it in a writable folder."
        ) % name
    if isinstance(exc, e.DiskFull):
        return _tr("Disk full"), _tr(
            "There is no space left on the disk to write “%s”. Nothing saved before was "
            "lost, and nothing was left half-written. Free some space on that disk, or "
            "save to another disk or folder."
        ) % name + _details(exc.detail)
    if isinstance(exc, e.NotWritable):
        return _tr("Cannot write here"), _tr(
            "“%s” cannot be written: its folder or disk is read-only, or you have no "
            "permission to write there. Nothing was changed. Choose another folder."
        ) % name + _details(exc.detail)
    if isinstance(exc, e.WriteFailed):
        return _tr("Could not save"), _tr(
            "“%s” could not be written (%s). Nothing saved before was lost, and nothing "
            "was left half-written. Check that the disk is still connected and has free "
            "space, or save to another disk or folder."
        ) % (name, exc.detail)
    if isinstance(exc, e.ModelFileError):
        lines = "\n".join(p.format(exc.source) for p in exc.problems[:8])
        more = len(exc.problems) - 8
        if more > 0:
            lines += "\n" + _tr("…and %d more") % more
        return _tr("Maturity model has problems"), _tr(
            "The maturity model cannot be used. Fix these problems in the model file:\n%s"
        ) % lines
    if isinstance(exc, e.EvidenceTooLarge):
        return _tr("File too large"), _tr(
            "“%s” is %.0f MB; files attached to a workshop can be at most %.0f MB."
        ) % (exc.path.name, exc.size / 1e6, exc.limit / 1e6)
    if isinstance(exc, e.ROADMAP_INPUT_ERRORS):
        return _tr("Not saved"), _roadmap_input(exc)
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
        kind = e.DiskFull if exc.errno in _NO_SPACE else e.NotWritable
        return describe(kind(exc.filename or "", exc.strerror or str(exc)))
    if isinstance(exc, OSError):
        return _tr("File problem"), _tr("The file could not be used: %s") % (
            exc.strerror or str(exc)
        )
    return _tr("Unexpected problem"), _tr(
        "Something unexpected went wrong (%s). Your saved answers are safe. Please report "
        "this problem."
    ) % type(exc).__name__


def local_time(moment: datetime | None) -> str:
    """A moment in the user's time zone, or a word for "unknown"."""
    if moment is None:
        return _tr("an unknown time")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def opened_elsewhere(exc: e.OpenedElsewhere) -> tuple[str, str]:
    """Who has the workshop open, where and since when; what opening here would risk."""
    name = exc.path.name
    user = exc.user or _tr("someone")
    since = local_time(exc.since)
    if exc.this_computer:
        return _tr("Workshop in use"), _tr(
            "“%s” is opened by %s in another program on this computer (process %d) "
            "since %s. Two programs writing to one workshop would overwrite each "
            "other's answers.\n\nOpen it read-only here (safe), or close it there first."
        ) % (name, user, exc.pid, since)
    return _tr("Workshop open on another computer"), _tr(
        "“%s” is opened by %s on %s since %s. If two computers write to one workshop, "
        "the sync program keeps one version and sets the other aside, and answers end "
        "up split between them.\n\nOpen it read-only here (safe), or close it there "
        "first."
    ) % (name, user, exc.host, since)


def take_over_warning(exc: e.OpenedElsewhere) -> tuple[str, str]:
    """The warning before "open anyway" takes the lock over."""
    where = (
        _tr("in the other program") if exc.this_computer else _tr("on %s") % exc.host
    )
    return _tr("Open anyway?"), _tr(
        "If “%s” is still open %s, the changes made there, including any not yet "
        "synced to this computer, may be lost: the sync program keeps only one "
        "version of the file.\n\n"
        "Open it anyway only if it is no longer open there (for example, that "
        "computer crashed or was switched off without closing it)."
    ) % (exc.path.name, where)


def _roadmap_input(exc: BaseException) -> str:
    """What was wrong with a roadmap entry; nothing of it was written."""
    unchanged = _tr("Nothing was changed.")
    if isinstance(exc, e.InvalidText):
        text = _tr(
            "The text holds a character that cannot be stored (a broken "
            "surrogate, often from a bad paste); retype it."
        )
    elif isinstance(exc, e.BadMonth):
        text = _tr("“%s” is not a month; write it as YYYY-MM, e.g. 2027-03.") % exc.text
    elif isinstance(exc, e.EndsBeforeStart):
        text = _tr("The end month %s comes before the start month %s.") % (
            exc.ends_on,
            exc.starts_on,
        )
    elif isinstance(exc, e.DuplicateMove):
        text = _tr("Question %s is listed twice in one initiative.") % exc.question_id
    elif isinstance(exc, e.UnknownOwner):
        text = _tr("The chosen owner is no longer a stakeholder of this workshop.")
    elif isinstance(exc, e.UnknownQuestion | e.UnknownArea):
        text = _tr("“%s” is not a question or area of this workshop's model.") % (
            exc.args[0] if exc.args else ""
        )
    else:
        text = _tr("A level must be between 1 and 5.")
    return f"{text} {unchanged}"
