"""Progress tracking's refusals in words (the services raise them with data only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_workshop.services import progress as p


def _tr(text: str) -> str:
    return QCoreApplication.translate("progress", text)


def progress_message(exc: BaseException) -> str:
    """One sentence saying what was wrong; nothing of it was written."""
    unchanged = _tr("Nothing was saved.")
    if isinstance(exc, p.BadDate):
        text = _tr("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2027-01-21.") % (
            exc.text
        )
    elif isinstance(exc, p.BlankName):
        text = (
            _tr("A round needs a name.")
            if exc.what == "round"
            else _tr("Name the KPI you measured.")
        )
    elif isinstance(exc, p.DuplicateRound):
        text = _tr("There is already a round called “%s”; choose another name.") % (
            exc.name
        )
    elif isinstance(exc, p.NoParticipants):
        text = _tr("Tick at least one person who takes part in the round.")
    elif isinstance(exc, p.UnknownStakeholder):
        text = _tr("A chosen person is no longer a stakeholder of this workshop.")
    elif isinstance(exc, p.UnknownInitiative):
        text = _tr("The initiative no longer exists.")
    elif isinstance(exc, p.NotANumber):
        text = _tr("The value and the target must be numbers, like 74 or 74,5.")
    elif isinstance(exc, p.TooLong):
        text = _tr("The text is too long: at most %d characters.") % exc.limit
    else:
        text = _tr("The entry could not be used.")
    return f"{text} {unchanged}"
