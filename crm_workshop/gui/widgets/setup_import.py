"""Why a stakeholder CSV was refused: every problem with its line, in the user's language.

The service reports each problem as a kind and its values
(``services.stakeholders_csv.Problem``); the wording lives here so it can be translated.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from crm_workshop.gui.i18n import integer
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.setup_common import plain
from crm_workshop.services.stakeholders_csv import Problem


def _templates() -> dict[str, str]:
    return {
        "missing_file": QCoreApplication.translate(
            "StakeholderImport", "the file does not exist"
        ),
        "not_a_file": QCoreApplication.translate(
            "StakeholderImport", "this is a folder, not a CSV file"
        ),
        "unreadable": QCoreApplication.translate(
            "StakeholderImport", "the file cannot be read ({reason})"
        ),
        "too_large": QCoreApplication.translate(
            "StakeholderImport",
            "the file is {size} bytes; at most {limit} are accepted",
        ),
        "not_utf8": QCoreApplication.translate(
            "StakeholderImport", "this is not UTF-8 text; save the file as “CSV UTF-8”"
        ),
        "empty": QCoreApplication.translate("StakeholderImport", "the file is empty"),
        "missing_column": QCoreApplication.translate(
            "StakeholderImport", "the header has no “{column}” column"
        ),
        "unknown_column": QCoreApplication.translate(
            "StakeholderImport", "unknown column “{column}”; the columns are: {known}"
        ),
        "repeated_column": QCoreApplication.translate(
            "StakeholderImport", "the column “{column}” appears twice"
        ),
        "invalid_csv": QCoreApplication.translate(
            "StakeholderImport", "not valid CSV ({reason})"
        ),
        "extra_fields": QCoreApplication.translate(
            "StakeholderImport", "this row has more fields than the header"
        ),
        "nul": QCoreApplication.translate(
            "StakeholderImport", "contains a NUL character"
        ),
        "name_empty": QCoreApplication.translate(
            "StakeholderImport", "the name is empty"
        ),
        "too_long": QCoreApplication.translate(
            "StakeholderImport",
            "{column} is {length} characters long; at most {limit}",
        ),
        "bad_email": QCoreApplication.translate(
            "StakeholderImport", "“{value}” is not an e-mail address"
        ),
        "duplicate": QCoreApplication.translate(
            "StakeholderImport", "“{name}” appears again (first on line {first})"
        ),
        "no_rows": QCoreApplication.translate(
            "StakeholderImport", "the file has no stakeholders to import"
        ),
        "line": QCoreApplication.translate("StakeholderImport", "Line {line}: {text}"),
    }


def _shorten(value: object) -> object:
    """Long cell values are cut for display; the message must stay readable. Counts
    and sizes get the interface's digit grouping ("12 345" in Polish)."""
    if isinstance(value, str) and len(value) > 80:
        return value[:77] + "…"
    return integer(value) if type(value) is int else value


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    templates = _templates()
    lines: list[str] = []
    for problem in problems:
        values = {k: _shorten(v) for k, v in problem.values.items()}
        template = templates.get(problem.kind)
        try:
            text = template.format(**values) if template else problem.message
        except (KeyError, IndexError, ValueError):  # a broken translation
            text = problem.message
        if problem.line:
            try:
                text = templates["line"].format(line=problem.line, text=text)
            except (KeyError, IndexError, ValueError):
                text = f"{problem.line}: {text}"
        lines.append(text)
    return lines


class ImportProblemsView(QWidget):
    """Hidden until an import is refused; then a heading and the list of problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_problems")
        self.heading = plain(name="import_problems_heading")
        set_tone(self.heading, "error", bold=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("import_problems_text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems found in the CSV file"))
        self.text.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.hide()

    def show_problems(self, heading: str, lines: list[str]) -> None:
        self.heading.setText(heading)
        self.text.setPlainText("\n".join(lines))
        self.show()
