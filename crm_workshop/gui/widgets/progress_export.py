"""File › Export progress PDF: options, then the PDF written off the GUI thread.

The workshop is read on the GUI thread (``prepare_progress_report``: fast, and the
connection belongs to this thread); the chart and the PDF are drawn on a worker
thread (``write_progress_report``: slow, no database) by a ``BackgroundTask``
(``gui/background.py``), which reports back on the interface's thread. Cancelling
stops at the next step and writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.background import BackgroundTask
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.setup_common import buddy, plain
from crm_workshop.services.progress_report import (
    NotEnoughRounds,
    ProgressOptions,
    SameRound,
    prepare_progress_report,
    write_progress_report,
)
from crm_workshop.services.report import ReportCancelled, report_language


class ProgressOptionsDialog(QDialog):
    """Language, the round, the round it is compared with, and paper."""

    def __init__(
        self, rounds: list[str], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export progress PDF"))
        self.setObjectName("progress_options_dialog")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("progress_language_combo")
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language))
        )
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("progress_report_round_combo")
        self.against_combo = QComboBox()
        self.against_combo.setObjectName("progress_report_against_combo")
        for name in reversed(rounds):  # the latest first
            self.round_combo.addItem(name, name)
            self.against_combo.addItem(name, name)
        self.against_combo.setCurrentIndex(min(1, self.against_combo.count() - 1))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("progress_paper_combo")
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.message = plain(name="progress_options_message")
        set_tone(self.message, "error")
        self.message.hide()
        form = QFormLayout()
        for label, combo in (
            (self.tr("&Language:"), self.language_combo),
            (self.tr("&Round:"), self.round_combo),
            (self.tr("Compared &with:"), self.against_combo),
            (self.tr("&Paper:"), self.paper_combo),
        ):
            form.addRow(buddy(label, combo), combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.round_combo.currentData() == self.against_combo.currentData():
            self.message.setText(self.tr("Choose two different rounds."))
            self.message.show()
            return
        super().accept()

    def options(self) -> ProgressOptions:
        return ProgressOptions(
            language=self.language_combo.currentData(),
            round_name=self.round_combo.currentData(),
            against=self.against_combo.currentData(),
            paper=self.paper_combo.currentData(),
        )


def export_progress(window: Any) -> None:
    """The window's File › Export progress PDF: ask, read here, write off-thread.

    Uses the window's ``dialogs`` (faked in tests), its export slot (one export at a
    time) and its ``_report_done`` (status message, errors, ``reportFinished``).
    """
    document = window.document
    if document is None or window.report_worker is not None:
        return
    session = document.session
    rounds = [r.name for r in session.rounds()]
    if len(rounds) < 2:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ProgressExport",
                "A progress report compares two rounds: start a follow-up round first",
            ),
            10_000,
        )
        return
    options = window.dialogs.ask_progress_options(
        rounds, report_language(session, None)
    )
    if options is None:
        return
    folder = Path(str(window.settings.value("last_folder", str(Path.home()))))
    client = session.engagement.client_name or session.path.stem
    round_name = options.round_name or rounds[-1]
    path = window.dialogs.ask_pdf_path(
        str(folder / f"{client} – CRM progress {round_name}.pdf")
    )
    if not path:
        return
    try:
        prepared = prepare_progress_report(session, options)
    except (NotEnoughRounds, SameRound) as exc:
        message = (
            QCoreApplication.translate(
                "ProgressExport", "Choose two different rounds to compare."
            )
            if isinstance(exc, SameRound)
            else QCoreApplication.translate(
                "ProgressExport", "A progress report compares two rounds."
            )
        )
        window.statusBar().showMessage(message, 10_000)
        return
    except Exception as exc:
        window.show_error(exc)
        return
    worker = BackgroundTask(
        lambda cancelled: write_progress_report(
            prepared, path, replace=True, cancelled=cancelled
        ),
        (ReportCancelled,),
    )
    progress = QProgressDialog(
        QCoreApplication.translate("ProgressExport", "Writing the progress report…"),
        QCoreApplication.translate("ProgressExport", "Cancel"),
        0,
        0,
        window,
    )
    progress.setWindowTitle(
        QCoreApplication.translate("ProgressExport", "Export progress PDF")
    )
    progress.setMinimumDuration(400)
    progress.setValue(0)  # starts that clock: without a value the dialog never shows
    progress.canceled.connect(worker.cancel)
    worker.finished.connect(
        lambda result: window._report_done(
            progress,
            QCoreApplication.translate(
                "ProgressExport", "Progress report written to %s (%d pages)"
            )
            % (result.path, result.pages),
        )
    )
    worker.cancelled.connect(
        lambda: window._report_done(
            progress,
            QCoreApplication.translate(
                "ProgressExport", "Export cancelled; nothing was written"
            ),
        )
    )
    worker.failed.connect(lambda exc: window._report_done(progress, "", exc))
    window.report_worker = worker
    worker.start()
