"""What is wrong with a questionnaire workbook, in the user's language.

The service reports each problem as a place (``Sheet!Cell``), a kind and its values
(``exchange.questionnaire_xlsx.Problem``); the wording lives here so it can be
translated. A kind without a translation falls back to the English wording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_workshop.services.questionnaire import Problem, describe_problem

_CONTEXT = "QuestionnaireImport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _templates() -> dict[str, str]:
    return {
        "missing_file": _tr("the file does not exist any more"),
        "not_a_file": _tr("this is a folder, not a workbook"),
        "unreadable": _tr("the file cannot be read ({reason})"),
        "too_large": _tr(
            "the file is {size:,} bytes; a questionnaire is at most {limit:,}"
        ),
        "too_large_unpacked": _tr(
            "the workbook unpacks to {size:,} bytes, more than a questionnaire can be: "
            "not a questionnaire, or a damaged one"
        ),
        "not_xlsx": _tr("this is not an .xlsx workbook"),
        "damaged": _tr("the workbook is damaged and cannot be read ({reason})"),
        "not_questionnaire": _tr(
            "this is not a CRM Workshop questionnaire; export one with File › Export "
            "questionnaires…"
        ),
        "newer_format": _tr(
            "made by a newer version of CRM Workshop; update CRM Workshop to import it"
        ),
        "meta_edited": _tr(
            "the questionnaire's hidden identification was changed; export a new one"
        ),
        "missing_sheet": _tr("the sheet “{sheet}” is missing"),
        "question_row_missing": _tr("question {question} is missing from the sheet"),
        "formula": _tr("a formula; type the answer itself"),
        "not_level": _tr("“{value}” is not a level 1–5, N/A or ?"),
        "not_target": _tr("“{value}” is not a target level 1–5"),
        "no_current": _tr(
            "question {question} has a target or comment but no current level; "
            "choose 1–5, N/A or ?"
        ),
        "too_long": _tr("the text is {length:,} characters long; at most {limit:,}"),
        "control_character": _tr("contains control characters"),
        "other_workshop": _tr(
            "this questionnaire belongs to another workshop (client “{file_client}”); "
            "this workshop's client is “{here_client}”"
        ),
        "other_model": _tr(
            "made with another maturity model (“{file_model}”); this workshop uses "
            "“{here_model}”"
        ),
        "no_answers": _tr("no answers are filled in"),
        "name_missing": _tr("the stakeholder's name is empty on the cover sheet"),
        "no_such_stakeholder": _tr("no stakeholder named “{name}”"),
        "unknown_stakeholder": _tr("“{name}” is not a stakeholder of this workshop"),
        "model_version": _tr(
            "made with model version {found}; this workshop uses {here}"
        ),
        "question_gone": _tr(
            "question {question} is no longer in the workshop's model; its answer is "
            "left out"
        ),
        "question_hidden": _tr(
            "question {question} is hidden in this workshop; its answer is kept but "
            "not scored"
        ),
        "renamed": _tr("made for “{old}”, who is now called “{new}”"),
        "inactive": _tr("{name} is no longer active in this workshop"),
        "new_round": _tr("round “{round}” does not exist yet"),
    }


def problem_line(problem: Problem) -> str:
    """``Sheet!Cell: what is wrong``, translated."""
    template = _templates().get(problem.kind)
    values = {k: v for k, v in problem.values.items() if k != "closest"}
    try:
        text = template.format(**values) if template else ""
    except (KeyError, IndexError, ValueError):  # a broken translation
        text = ""
    if not text:
        return describe_problem(problem)
    return f"{problem.place}: {text}" if problem.place else text
