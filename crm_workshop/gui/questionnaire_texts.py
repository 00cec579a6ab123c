"""What is wrong with a questionnaire workbook, in the user's language.

The service reports each problem as a place (``Sheet!Cell``), a kind and its values
(``exchange.questionnaire_xlsx.Problem``); the wording lives here so it can be
translated. A kind without a translation falls back to the English wording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_workshop.gui.i18n import integer
from crm_workshop.services.questionnaire_problems import Problem, describe_problem


def _templates() -> dict[str, str]:
    return {
        "missing_file": QCoreApplication.translate(
            "QuestionnaireImport", "the file does not exist any more"
        ),
        "not_a_file": QCoreApplication.translate(
            "QuestionnaireImport", "this is a folder, not a workbook"
        ),
        "unreadable": QCoreApplication.translate(
            "QuestionnaireImport", "the file cannot be read ({reason})"
        ),
        "too_large": QCoreApplication.translate(
            "QuestionnaireImport",
            "the file is {size} bytes; a questionnaire is at most {limit}",
        ),
        "too_large_unpacked": QCoreApplication.translate(
            "QuestionnaireImport",
            "the workbook unpacks to {size} bytes, more than a questionnaire can be: "
            "not a questionnaire, or a damaged one",
        ),
        "not_xlsx": QCoreApplication.translate(
            "QuestionnaireImport", "this is not an .xlsx workbook"
        ),
        "damaged": QCoreApplication.translate(
            "QuestionnaireImport",
            "the workbook is damaged and cannot be read ({reason})",
        ),
        "not_questionnaire": QCoreApplication.translate(
            "QuestionnaireImport",
            "this is not a CRM Workshop questionnaire; export one with File › Export "
            "questionnaires…",
        ),
        "newer_format": QCoreApplication.translate(
            "QuestionnaireImport",
            "made by a newer version of CRM Workshop; update CRM Workshop to import it",
        ),
        "meta_edited": QCoreApplication.translate(
            "QuestionnaireImport",
            "the questionnaire's hidden identification was changed; export a new one",
        ),
        "missing_sheet": QCoreApplication.translate(
            "QuestionnaireImport", "the sheet “{sheet}” is missing"
        ),
        "question_row_missing": QCoreApplication.translate(
            "QuestionnaireImport", "question {question} is missing from the sheet"
        ),
        "formula": QCoreApplication.translate(
            "QuestionnaireImport", "a formula; type the answer itself"
        ),
        "not_level": QCoreApplication.translate(
            "QuestionnaireImport", "“{value}” is not a level 1–5, N/A or ?"
        ),
        "not_target": QCoreApplication.translate(
            "QuestionnaireImport", "“{value}” is not a target level 1–5"
        ),
        "no_current": QCoreApplication.translate(
            "QuestionnaireImport",
            "question {question} has a target or comment but no current level; "
            "choose 1–5, N/A or ?",
        ),
        "too_long": QCoreApplication.translate(
            "QuestionnaireImport",
            "the text is {length} characters long; at most {limit}",
        ),
        "control_character": QCoreApplication.translate(
            "QuestionnaireImport", "contains control characters"
        ),
        "other_workshop": QCoreApplication.translate(
            "QuestionnaireImport",
            "this questionnaire belongs to another workshop (client “{file_client}”); "
            "this workshop's client is “{here_client}”",
        ),
        "other_model": QCoreApplication.translate(
            "QuestionnaireImport",
            "made with another maturity model (“{file_model}”); this workshop uses "
            "“{here_model}”",
        ),
        "no_answers": QCoreApplication.translate(
            "QuestionnaireImport", "no answers are filled in"
        ),
        "name_missing": QCoreApplication.translate(
            "QuestionnaireImport", "the stakeholder's name is empty on the cover sheet"
        ),
        "no_such_stakeholder": QCoreApplication.translate(
            "QuestionnaireImport", "no stakeholder named “{name}”"
        ),
        "unknown_stakeholder": QCoreApplication.translate(
            "QuestionnaireImport", "“{name}” is not a stakeholder of this workshop"
        ),
        "model_version": QCoreApplication.translate(
            "QuestionnaireImport",
            "made with model version {found}; this workshop uses {here}",
        ),
        "question_gone": QCoreApplication.translate(
            "QuestionnaireImport",
            "question {question} is no longer in the workshop's model; its answer is "
            "left out",
        ),
        "question_hidden": QCoreApplication.translate(
            "QuestionnaireImport",
            "question {question} is hidden in this workshop; its answer is kept but "
            "not scored",
        ),
        "renamed": QCoreApplication.translate(
            "QuestionnaireImport", "made for “{old}”, who is now called “{new}”"
        ),
        "inactive": QCoreApplication.translate(
            "QuestionnaireImport", "{name} is no longer active in this workshop"
        ),
        "new_round": QCoreApplication.translate(
            "QuestionnaireImport", "round “{round}” does not exist yet"
        ),
        "not_participant": QCoreApplication.translate(
            "QuestionnaireImport",
            "{name} was not taking part in round “{round}”; importing the answers "
            "adds them to its participants",
        ),
    }


def _shown(value: object) -> object:
    """Counts and sizes with the interface's digit grouping ("12 345" in Polish)."""
    return integer(value) if type(value) is int else value


def problem_line(problem: Problem) -> str:
    """``Sheet!Cell: what is wrong``, translated."""
    template = _templates().get(problem.kind)
    values = {k: _shown(v) for k, v in problem.values.items() if k != "closest"}
    try:
        text = template.format(**values) if template else ""
    except (KeyError, IndexError, ValueError):  # a broken translation
        text = ""
    if not text:
        return describe_problem(problem)
    return f"{problem.place}: {text}" if problem.place else text
