"""Every failure the user can meet, worded as what happened and what to do (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_workshop.services import errors as e


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


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
    if isinstance(exc, e.WorkshopLocked):
        return _tr("Workshop in use"), _tr(
            "“%s” is open in another CRM Workshop window or program. Close it there and "
            "try again."
        ) % name
    if isinstance(exc, e.WorkshopReadOnly):
        return _tr("Workshop is read-only"), _tr(
            "“%s” cannot be changed here (a read-only file or folder). Use File › Save a "
            "copy as… to keep working on a copy in a writable folder."
        ) % name
    if isinstance(exc, e.WriteFailed):
        return _tr("Could not save"), _tr(
            "The last change could not be written to “%s” (%s). Everything saved before "
            "is intact. Free some disk space, or use File › Save a copy as… to save "
            "elsewhere."
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
    if isinstance(exc, OSError):
        return _tr("File problem"), _tr("The file could not be used: %s") % (
            exc.strerror or str(exc)
        )
    return _tr("Unexpected problem"), _tr(
        "Something unexpected went wrong (%s). Your saved answers are safe. Please report "
        "this problem."
    ) % type(exc).__name__


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
