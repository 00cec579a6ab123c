"""What a questionnaire import can find wrong, in words: the error that refuses a
workbook and the command line's English for each ``Problem`` (the GUI words them
itself, translated: ``gui/questionnaire_texts``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crm_workshop.exchange.questionnaire_xlsx import Problem

__all__ = ["ENGLISH", "Problem", "QuestionnaireImportError", "describe_problem"]


class QuestionnaireImportError(Exception):
    """The workbook was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(
        self, path: Path, problems: Sequence[Problem], *, missing: bool = False
    ) -> None:
        self.path = path
        self.problems = list(problems)
        self.missing = missing
        super().__init__(f"{path}: {len(self.problems)} problem(s)")


# What each problem says in English; ``{closest}`` is filled by ``describe_problem``.
ENGLISH = {
    "missing_file": "no such file",
    "not_a_file": "this is a folder, not a workbook",
    "unreadable": "the file cannot be read ({reason})",
    "too_large": "the file is {size:,} bytes; a questionnaire is at most {limit:,}",
    "too_large_unpacked": "the workbook unpacks to {size:,} bytes, at most "
    "{limit:,} are accepted: not a questionnaire, or a damaged one",
    "not_xlsx": "not an .xlsx workbook",
    "damaged": "the workbook is damaged and cannot be read ({reason})",
    "not_questionnaire": "not a CRM Workshop questionnaire (it has no identification "
    "sheet); export one with 'crm-workshop questionnaire'",
    "newer_format": "made by a newer version of CRM Workshop (questionnaire format "
    "{found}); update CRM Workshop to import it",
    "meta_edited": "the questionnaire's hidden identification was changed; export "
    "a new questionnaire",
    "missing_sheet": "the sheet {sheet!r} is missing",
    "question_row_missing": "question {question} is missing from the sheet",
    "formula": "a formula; type the answer itself",
    "not_level": "{value!r} is not a level 1-5, N/A or ?",
    "not_target": "{value!r} is not a target level 1-5",
    "no_current": "question {question} has a target or comment but no current "
    "level; choose 1-5, N/A or ?",
    "too_long": "the text is {length:,} characters; at most {limit:,}",
    "control_character": "contains control characters",
    "other_workshop": "this questionnaire belongs to another workshop (client "
    "{file_client!r}); this workshop's client is {here_client!r}",
    "other_model": "made with the maturity model {file_model!r}; this workshop "
    "uses {here_model!r}",
    "no_answers": "no answers are filled in",
    "name_missing": "the stakeholder's name is empty; write it on the cover sheet",
    "unknown_stakeholder": "{name!r} is not a stakeholder of this workshop{closest}; "
    "import with --stakeholder NAME to give the answers to a stakeholder, or with "
    "--create-stakeholder to add {name!r}",
    "no_such_stakeholder": "no stakeholder named {name!r}{closest}",
    # notes: reported, but the workbook is still imported
    "model_version": "made with model version {found}; this workshop uses {here}",
    "question_gone": "question {question} is no longer in the workshop's model; "
    "its answer is not imported",
    "question_hidden": "question {question} is hidden in this workshop; its answer "
    "is kept but not scored",
    "renamed": "made for {old!r}, who is now called {new!r}",
    "inactive": "{name} is no longer active in this workshop",
    "new_round": "round {round!r} does not exist yet and will be created",
    "not_participant": "{name} was not taking part in round {round!r}; importing "
    "the answers adds them to its participants",
}


def describe_problem(problem: Problem) -> str:
    """``Sheet!Cell: what is wrong`` in English (the command line's wording)."""
    values = dict(problem.values)
    if "closest" in values:
        names = list(values["closest"])  # type: ignore[call-overload]
        values["closest"] = (
            " (did you mean " + " or ".join(repr(n) for n in names) + "?)"
            if names
            else ""
        )
    try:
        text = ENGLISH[problem.kind].format(**values)
    except (KeyError, IndexError, ValueError):
        text = problem.kind
    return f"{problem.place}: {text}" if problem.place else text
