"""File › Export roadmap PDF: options, then the PDF written off the GUI thread.

The workshop is read on the GUI thread (``prepare_report``: fast, and the connection
belongs to this thread); charts and PDF are drawn on a worker thread
(``write_report``: slow, no database). Cancelling stops at the next step and writes
nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from crm_workshop.services.report import (
    PreparedReport,
    ReportCancelled,
    ReportOptions,
    write_report,
)


@dataclass(frozen=True)
class ExportChoice:
    options: ReportOptions
    path: str


class ReportOptionsDialog(QDialog):
    """Language, round, paper and whether the appendix names people."""

    def __init__(
        self, rounds: list[str], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export roadmap PDF"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language))
        )
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        self.round_combo = QComboBox()
        for name in reversed(rounds):  # the latest first
            self.round_combo.addItem(name, name)
        self.round_combo.setAccessibleName(self.tr("Assessment round"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.anonymous_check = QCheckBox(
            self.tr("Show roles instead of names in the appendix")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Round:"), self.round_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        form.addRow(self.anonymous_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> ReportOptions:
        return ReportOptions(
            language=self.language_combo.currentData(),
            round_name=self.round_combo.currentData(),
            paper=self.paper_combo.currentData(),
            anonymous=self.anonymous_check.isChecked(),
        )


class ReportWorker(QObject):
    """Runs ``write_report`` on its own thread and reports back with signals."""

    finished = Signal(object)  # ReportResult
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, prepared: PreparedReport, path: str, replace: bool) -> None:
        super().__init__()
        self._prepared = prepared
        self._path = path
        self._replace = replace
        self._stop = threading.Event()
        self.thread = QThread()
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        try:
            result = write_report(
                self._prepared,
                self._path,
                replace=self._replace,
                cancelled=self._stop.is_set,
            )
        except ReportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # explained to the user by the window
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            self.thread.quit()
