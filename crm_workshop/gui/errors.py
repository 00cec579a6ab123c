"""Every failure the user can meet, worded as what happened and what to do (translated)."""

from __future__ import annotations

import errno
import sys
from datetime import datetime

from PySide6.QtCore import QObject

from crm_workshop.gui.i18n import moment_text
from crm_workshop.services import errors as e


class ErrorTexts(QObject):
    """The translation context of these messages: ``ErrorTexts.tr(text)`` is read by
    lupdate under the context PySide6 looks it up in (the class's name)."""


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
    return "\n\n" + ErrorTexts.tr("Details: %s") % detail


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, message) for a dialog; never a traceback."""
    name = str(getattr(exc, "path", "") and exc.path.name)  # type: ignore[attr-defined]
    merge = describe_merge(exc)
    if merge is not None:
        return merge
    if isinstance(exc, e.WorkshopNotFound):
        return ErrorTexts.tr("File not found"), ErrorTexts.tr(
            "“%s” does not exist any more. It may have been moved, renamed or deleted.",
        ) % name
    if isinstance(exc, e.WorkshopUnreadable):
        return ErrorTexts.tr("No permission to read the file"), ErrorTexts.tr(
            "“%s” cannot be read with your user account's permissions, so it was not "
            "opened and nothing was written. Ask the file's owner to let you read it, "
            "or to copy it to a folder where you may read it, then open that copy.",
        ) % name
    if isinstance(exc, e.WorkshopExists):
        return ErrorTexts.tr("File already exists"), ErrorTexts.tr(
            "“%s” already exists. Choose another name; nothing was overwritten.",
        ) % name
    if isinstance(exc, e.NotAWorkshop):
        return ErrorTexts.tr("Not a workshop file"), ErrorTexts.tr(
            "“%s” is not a CRM Workshop file. It was not changed. Open a .crmw file "
            "created with CRM Workshop.",
        ) % name
    if isinstance(exc, e.ForeignDatabase):
        return ErrorTexts.tr("Not a workshop file"), ErrorTexts.tr(
            "“%s” is a database of another application. It was not changed."
        ) % name
    if isinstance(exc, e.DamagedBackup):
        return ErrorTexts.tr("Damaged backup"), ErrorTexts.tr(
            "The backup “%s” is damaged and cannot be restored. Nothing was written; "
            "choose another backup.",
        ) % name
    if isinstance(exc, e.CorruptWorkshop):
        return ErrorTexts.tr("Damaged workshop file"), ErrorTexts.tr(
            "“%s” is damaged and cannot be opened. It was not changed. Open a backup copy "
            "(files named “…before-upgrade…” or your own copies) or ask for a new copy.",
        ) % name
    if isinstance(exc, e.UntrustedContent):
        return ErrorTexts.tr("Workshop file refused"), ErrorTexts.tr(
            "“%s” contains database objects that CRM Workshop did not create. For your "
            "safety it was not opened and nothing in it was run.",
        ) % name
    if isinstance(exc, e.NewerWorkshop):
        return ErrorTexts.tr("Newer workshop file"), ErrorTexts.tr(
            "“%s” was saved by a newer version of CRM Workshop. Update CRM Workshop to "
            "open it; the file was not changed.",
        ) % name
    if isinstance(exc, e.OpenedElsewhere):
        return opened_elsewhere(exc)
    if isinstance(exc, e.WorkshopLocked):
        return ErrorTexts.tr("Workshop in use"), ErrorTexts.tr(
            "“%s” is open in another CRM Workshop window or program. Close it there and "
            "try again.",
        ) % name
    if isinstance(exc, e.WorkshopReadOnly):
        return ErrorTexts.tr("Workshop is read-only"), ErrorTexts.tr(
            "“%s” cannot be changed here: the file, its folder or its disk cannot be "
            "written. Nothing saved in it was lost. Save a copy elsewhere (File › Save "
            "a copy as…) to keep working on it in a writable folder.",
        ) % name
    if isinstance(exc, e.DiskFull):
        return ErrorTexts.tr("Disk full"), ErrorTexts.tr(
            "There is no space left on the disk to write “%s”. Nothing saved before was "
            "lost, and nothing was left half-written. Free some space on that disk, or "
            "save to another disk or folder.",
        ) % name + _details(exc.detail)
    if isinstance(exc, e.NotWritable):
        return ErrorTexts.tr("Cannot write here"), ErrorTexts.tr(
            "“%s” cannot be written: its folder or disk is read-only, or you have no "
            "permission to write there. Nothing was changed. Choose another folder.",
        ) % name + _details(exc.detail)
    if isinstance(exc, e.WriteFailed):
        return ErrorTexts.tr("Could not save"), ErrorTexts.tr(
            "“%s” could not be written (%s). Nothing saved before was lost, and nothing "
            "was left half-written. Check that the disk is still connected and has free "
            "space, or save to another disk or folder.",
        ) % (name, exc.detail)
    if isinstance(exc, e.ModelFileError):
        lines = "\n".join(p.format(exc.source) for p in exc.problems[:8])
        more = len(exc.problems) - 8
        if more > 0:
            lines += "\n" + ErrorTexts.tr("…and %d more") % more
        return ErrorTexts.tr("Maturity model has problems"), ErrorTexts.tr(
            "The maturity model cannot be used. Fix these problems in the model file:\n%s",
        ) % lines
    if isinstance(exc, e.EvidenceTooLarge):
        return ErrorTexts.tr("File too large"), ErrorTexts.tr(
            "“%s” is %.0f MB; files attached to a workshop can be at most %.0f MB.",
        ) % (exc.path.name, exc.size / 1e6, exc.limit / 1e6)
    if isinstance(exc, e.ROADMAP_INPUT_ERRORS):
        return ErrorTexts.tr("Not saved"), _roadmap_input(exc)
    if type(exc) is e.WorkshopFileError:  # the system refused to read the file
        return ErrorTexts.tr("File cannot be read"), ErrorTexts.tr(
            "“%s” could not be read, so nothing was done with it and it was not "
            "changed. Check that its disk or network folder is still connected, or "
            "copy the file to this computer, then try again.",
        ) % name + _details(exc.detail)
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
        kind = e.DiskFull if exc.errno in _NO_SPACE else e.NotWritable
        return describe(kind(exc.filename or "", exc.strerror or str(exc)))
    if isinstance(exc, OSError):
        return ErrorTexts.tr("File problem"), ErrorTexts.tr(
            "The file could not be used: %s"
        ) % (exc.strerror or str(exc))
    return ErrorTexts.tr("Unexpected problem"), ErrorTexts.tr(
        "Something unexpected went wrong (%s). Your saved answers are safe. Please report "
        "this problem.",
    ) % type(exc).__name__


def local_time(moment: datetime | None) -> str:
    """A moment in the user's time zone, or a word for "unknown"."""
    if moment is None:
        return ErrorTexts.tr("an unknown time")
    return moment_text(moment)


def opened_elsewhere(exc: e.OpenedElsewhere) -> tuple[str, str]:
    """Who has the workshop open, where and since when; what opening here would risk."""
    name = exc.path.name
    user = exc.user or ErrorTexts.tr("someone")
    since = local_time(exc.since)
    if exc.this_computer:
        return ErrorTexts.tr("Workshop in use"), ErrorTexts.tr(
            "“%s” is opened by %s in another program on this computer (process %d) "
            "since %s. Two programs writing to one workshop would overwrite each "
            "other's answers.\n\nOpen it read-only here (safe), or close it there first.",
        ) % (name, user, exc.pid, since)
    return ErrorTexts.tr("Workshop open on another computer"), ErrorTexts.tr(
        "“%s” is opened by %s on %s since %s. If two computers write to one workshop, "
        "the sync program keeps one version and sets the other aside, and answers end "
        "up split between them.\n\nOpen it read-only here (safe), or close it there "
        "first.",
    ) % (name, user, exc.host, since)


def take_over_warning(exc: e.OpenedElsewhere) -> tuple[str, str]:
    """The warning before "open anyway" takes the lock over."""
    where = (
        ErrorTexts.tr("in the other program")
        if exc.this_computer
        else ErrorTexts.tr("on %s") % exc.host
    )
    return ErrorTexts.tr("Open anyway?"), ErrorTexts.tr(
        "If “%s” is still open %s, the changes made there, including any not yet "
        "synced to this computer, may be lost: the sync program keeps only one "
        "version of the file.\n\n"
        "Open it anyway only if it is no longer open there (for example, that "
        "computer crashed or was switched off without closing it).",
    ) % (exc.path.name, where)


def _roadmap_input(exc: BaseException) -> str:
    """What was wrong with a roadmap entry; nothing of it was written."""
    unchanged = ErrorTexts.tr("Nothing was changed.")
    if isinstance(exc, e.InvalidText):
        text = ErrorTexts.tr(
            "The text holds a character that cannot be stored (a broken "
            "surrogate, often from a bad paste); retype it.",
        )
    elif isinstance(exc, e.BadMonth):
        text = (
            ErrorTexts.tr("“%s” is not a month; write it as YYYY-MM, e.g. 2027-03.")
            % exc.text
        )
    elif isinstance(exc, e.EndsBeforeStart):
        text = ErrorTexts.tr("The end month %s comes before the start month %s.") % (
            exc.ends_on,
            exc.starts_on,
        )
    elif isinstance(exc, e.DuplicateMove):
        text = (
            ErrorTexts.tr("Question %s is listed twice in one initiative.")
            % exc.question_id
        )
    elif isinstance(exc, e.UnknownOwner):
        text = ErrorTexts.tr(
            "The chosen owner is no longer a stakeholder of this workshop."
        )
    elif isinstance(exc, e.UnknownQuestion | e.UnknownArea):
        text = ErrorTexts.tr(
            "“%s” is not a question or area of this workshop's model."
        ) % (exc.args[0] if exc.args else "")
    else:
        text = ErrorTexts.tr("A level must be between 1 and 5.")
    return f"{text} {unchanged}"


def describe_merge(exc: BaseException) -> tuple[str, str] | None:
    """(title, message) for a merge's own refusals; None for every other error.

    The merge's errors exist only once ``services.merge`` is loaded: until then
    nothing is imported for them (start-up stays light).
    """
    merge = sys.modules.get("crm_workshop.services.merge")
    if merge is None:
        return None
    if isinstance(exc, merge.MergeOutOfDate):
        return ErrorTexts.tr("Merge not done: the workshop changed"), ErrorTexts.tr(
            "“%s” changed after the merge was prepared (something was added to it "
            "in the meantime), so the merge was stopped before anything was "
            "written: the workshop is exactly as it was. Choose File › Merge a "
            "co-facilitator's copy… again: the two copies are compared afresh and "
            "you can merge from there.",
        ) % exc.path.name
    if not isinstance(exc, merge.DifferentModel):
        return None
    title = ErrorTexts.tr("Not a copy of this workshop")
    what_to_do = ErrorTexts.tr(
        "Only copies of the same workshop can be merged, so nothing was changed. "
        "Ask your co-facilitator for their copy of this workshop (the .crmw file "
        "they captured answers in) and merge that one.",
    )
    if exc.mine == exc.theirs:  # the same model, yet questions this one lacks
        return title, ErrorTexts.tr(
            "The other copy holds questions this workshop does not have (%s): it was "
            "not made from this workshop.",
        ) % _few(exc.questions) + " " + what_to_do
    return title, ErrorTexts.tr(
        "The other copy was run with the maturity model “%s” (version %s); this "
        "workshop uses “%s” (version %s).",
    ) % (*exc.theirs, *exc.mine) + " " + what_to_do


def _few(items: tuple[str, ...], limit: int = 8) -> str:
    return ", ".join(items[:limit]) + (", …" if len(items) > limit else "")
