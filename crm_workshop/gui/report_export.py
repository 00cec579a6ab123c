"""File › Export roadmap: options (PDF or Word), then the file written off the GUI
thread.

The workshop is read on the GUI thread (``prepare_report``: fast, and the connection
belongs to this thread); charts and PDF are drawn on a worker thread
(``write_report``: slow, no database). Cancelling stops at the next step and writes
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from crm_workshop.gui.background import BackgroundTask
from crm_workshop.gui.forms.ui_report_options_dialog import Ui_ReportOptionsDialog
from crm_workshop.services.report import (
    PreparedReport,
    ReportCancelled,
    ReportOptions,
    ReportResult,
    write_report,
)


@dataclass(frozen=True)
class ExportChoice:
    options: ReportOptions
    path: str


class ReportOptionsDialog(QDialog):
    """Language, round, paper, file format and whether the appendix names people."""

    def __init__(
        self, rounds: list[str], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportOptionsDialog()
        self.ui.setupUi(self)
        self.language_combo = self.ui.language_combo
        self.round_combo = self.ui.round_combo
        self.paper_combo = self.ui.paper_combo
        self.anonymous_check = self.ui.anonymous_check
        self.format_combo = self.ui.format_combo
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language))
        )
        for name in reversed(rounds):  # the latest first
            self.round_combo.addItem(name, name)
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.format_combo.addItem(self.tr("PDF (to hand over)"), "pdf")
        self.format_combo.addItem(self.tr("Word (.docx, to edit)"), "docx")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def options(self) -> ReportOptions:
        return ReportOptions(
            language=self.language_combo.currentData(),
            round_name=self.round_combo.currentData(),
            paper=self.paper_combo.currentData(),
            anonymous=self.anonymous_check.isChecked(),
            file_format=self.format_combo.currentData(),
        )


def finished_message(result: ReportResult) -> str:
    """The status line after an export: a PDF has its pages, Word counts its own."""
    if result.file_format == "docx":
        return QCoreApplication.translate(
            "ReportExport", "Roadmap written to %s (Word document)"
        ) % (result.path,)
    return QCoreApplication.translate(
        "ReportExport", "Roadmap written to %s (%d pages)"
    ) % (result.path, result.pages)


def report_task(
    prepared: PreparedReport,
    path: str,
    replace: bool,
    file_format: str | None = None,
) -> BackgroundTask:
    """The roadmap report (PDF or Word) written off the GUI thread; its signals
    arrive on the GUI thread and ``cancel()`` stops it at the next step."""
    return BackgroundTask(
        lambda cancelled: write_report(
            prepared,
            path,
            replace=replace,
            cancelled=cancelled,
            file_format=file_format,
        ),
        (ReportCancelled,),
    )
