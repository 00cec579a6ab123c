"""Progress tracking's refusals in words (the services raise them with data only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_workshop.gui.i18n import Texts
from crm_workshop.services import progress as p


def progress_message(exc: BaseException) -> str:
    """One sentence saying what was wrong; nothing of it was written."""
    unchanged = QCoreApplication.translate("progress", "Nothing was saved.")
    if isinstance(exc, p.BadDate):
        text = QCoreApplication.translate(
            "progress", "“%s” is not a date; write it as YYYY-MM-DD, e.g. 2027-01-21."
        ) % (exc.text)
    elif isinstance(exc, p.BlankName):
        text = (
            QCoreApplication.translate("progress", "A round needs a name.")
            if exc.what == "round"
            else QCoreApplication.translate("progress", "Name the KPI you measured.")
        )
    elif isinstance(exc, p.DuplicateRound):
        text = QCoreApplication.translate(
            "progress", "There is already a round called “%s”; choose another name."
        ) % (exc.name)
    elif isinstance(exc, p.NoParticipants):
        text = QCoreApplication.translate(
            "progress", "Tick at least one person who takes part in the round."
        )
    elif isinstance(exc, p.UnknownStakeholder):
        text = QCoreApplication.translate(
            "progress", "A chosen person is no longer a stakeholder of this workshop."
        )
    elif isinstance(exc, p.UnknownInitiative):
        text = QCoreApplication.translate(
            "progress", "The initiative no longer exists."
        )
    elif isinstance(exc, p.NotANumber):
        text = QCoreApplication.translate(
            "progress", "The value and the target must be numbers, like 74 or 74,5."
        )
    elif isinstance(exc, p.TooLong):
        text = Texts.tr("The text is too long: at most %n character(s).", "", exc.limit)
    else:
        text = QCoreApplication.translate("progress", "The entry could not be used.")
    return f"{text} {unchanged}"
