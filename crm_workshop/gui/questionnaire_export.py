"""File › Export questionnaires: what to write, then the files written off the GUI thread.

The dialog asks for the format (PDF to print, or a workbook to fill in), language,
paper, areas and for whom (every active stakeholder, chosen ones, or a blank form);
the window's ``dialogs`` asks for the folder. The workshop is read on the GUI thread
(``prepare_questionnaires``: fast); the files are drawn and written on a worker thread
behind a progress dialog that can cancel between files. A file that exists already
is never replaced: the new one gets a number.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.services.questionnaire import (
    PDF,
    XLSX,
    ExportResult,
    PreparedQuestionnaire,
    write_questionnaire,
)

if TYPE_CHECKING:
    from crm_workshop.gui.main_window import MainWindow

ALL, CHOSEN, BLANK = "all", "chosen", "blank"


@dataclass(frozen=True)
class QuestionnaireExportChoice:
    kind: str  # "pdf" or "xlsx"
    language: str
    paper: str
    area_ids: tuple[str, ...]
    people: str  # ALL, CHOSEN or BLANK
    stakeholder_ids: tuple[int, ...] = ()


class QuestionnaireExportDialog(QDialog):
    """Format, language, paper, areas and stakeholders of the questionnaires."""

    def __init__(
        self,
        areas: list[tuple[str, str]],
        stakeholders: list[tuple[int, str]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        """``areas``: (id, title); ``stakeholders``: (id, name) of the active ones."""
        super().__init__(parent)
        self.setObjectName("questionnaire_export_dialog")
        self.setWindowTitle(self.tr("Export questionnaires"))
        self.format_combo = QComboBox(objectName="format_combo")
        self.format_combo.addItem(self.tr("PDF to print"), PDF)
        self.format_combo.addItem(self.tr("Excel workbook to fill in (.xlsx)"), XLSX)
        self.language_combo = QComboBox(objectName="language_combo")
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language))
        )
        self.paper_combo = QComboBox(objectName="paper_combo")
        self.paper_combo.addItem("A4", "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Paper:"), self.paper_combo)

        self.area_list = QListWidget(objectName="area_list")
        self.area_list.setAccessibleName(self.tr("Areas"))
        for number, (area_id, title) in enumerate(areas, start=1):
            item = QListWidgetItem(f"{number}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, area_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.area_list.addItem(item)
        area_box = QGroupBox(self.tr("Areas"))
        QVBoxLayout(area_box).addWidget(self.area_list)

        self.all_radio = QRadioButton(
            self.tr("Every active stakeholder (%1)").replace(
                "%1", str(len(stakeholders))
            ),
            objectName="all_radio",
        )
        self.chosen_radio = QRadioButton(
            self.tr("Chosen stakeholders:"), objectName="chosen_radio"
        )
        self.blank_radio = QRadioButton(
            self.tr("One blank questionnaire (a line for the name)"),
            objectName="blank_radio",
        )
        self.people_group = QButtonGroup(self)
        for radio in (self.all_radio, self.chosen_radio, self.blank_radio):
            self.people_group.addButton(radio)
        self.people_list = QListWidget(objectName="people_list")
        self.people_list.setAccessibleName(self.tr("Stakeholders"))
        for stakeholder_id, name in stakeholders:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, stakeholder_id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        people_box = QGroupBox(self.tr("For whom"))
        people_layout = QVBoxLayout(people_box)
        for widget in (self.all_radio, self.chosen_radio, self.people_list):
            people_layout.addWidget(widget)
        people_layout.addWidget(self.blank_radio)
        (self.all_radio if stakeholders else self.blank_radio).setChecked(True)
        self.all_radio.setEnabled(bool(stakeholders))
        self.chosen_radio.setEnabled(bool(stakeholders))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Choose folder…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        lists.addWidget(area_box)
        lists.addWidget(people_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addWidget(self.buttons)
        self.area_list.itemChanged.connect(self._validate)
        self.people_list.itemChanged.connect(self._validate)
        self.people_group.buttonToggled.connect(self._validate)
        resize_within_screen(self, 760, 440)
        self._validate()

    def _checked(self, widget: QListWidget) -> list[object]:
        items = (widget.item(row) for row in range(widget.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _validate(self, *_args: object) -> None:
        self.people_list.setEnabled(self.chosen_radio.isChecked())
        ok = bool(self._checked(self.area_list)) and (
            not self.chosen_radio.isChecked() or bool(self._checked(self.people_list))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> QuestionnaireExportChoice:
        if self.all_radio.isChecked():
            people, chosen = ALL, ()
        elif self.chosen_radio.isChecked():
            people = CHOSEN
            chosen = tuple(int(i) for i in self._checked(self.people_list))  # type: ignore[call-overload]
        else:
            people, chosen = BLANK, ()
        return QuestionnaireExportChoice(
            kind=self.format_combo.currentData(),
            language=self.language_combo.currentData(),
            paper=self.paper_combo.currentData(),
            area_ids=tuple(str(a) for a in self._checked(self.area_list)),
            people=people,
            stakeholder_ids=chosen,
        )


class ExportWorker(QObject):
    """Writes prepared questionnaires on its own thread, reporting each file."""

    progressed = Signal(int)  # files written so far
    finished = Signal(object)  # list[ExportResult]
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, jobs: list[tuple[PreparedQuestionnaire, Path]]) -> None:
        super().__init__()
        self._jobs = jobs
        self._stop = threading.Event()
        self.thread = QThread()
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        written: list[ExportResult] = []
        try:
            for prepared, path in self._jobs:
                if self._stop.is_set():
                    self.cancelled.emit()
                    return
                written.append(write_questionnaire(prepared, path))
                self.progressed.emit(len(written))
        except Exception as exc:  # explained to the user by the window
            self.failed.emit((exc, written))
        else:
            self.finished.emit(written)
        finally:
            self.thread.quit()


def free_path(path: Path, taken: set[Path]) -> Path:
    """``path``, or ``name (2).ext``, ``name (3).ext``… when it exists or is taken."""
    candidate, number = path, 1
    while candidate.exists() or candidate in taken:
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


def export_questionnaires(window: MainWindow) -> None:
    """File › Export questionnaires…: ask, read the workshop here, write off-thread."""
    from crm_workshop.services.questionnaire import (
        QuestionnaireOptions,
        prepare_questionnaires,
        questionnaire_language,
        targets,
    )

    document = window.document
    if document is None or window.questionnaire_export is not None:
        return
    session = document.session
    model = document.model
    lang = window.language if window.language in model.languages else model.languages[0]
    people = session.stakeholders(active_only=True)
    choice = window.dialogs.ask_questionnaire_export(
        [(a.id, a.title.get(lang)) for a in model.areas],
        [(p.id, p.name) for p in people],
        questionnaire_language(session, None),
    )
    if choice is None:
        return
    start = str(window.settings.value("last_folder", str(Path.home())))
    folder = window.dialogs.ask_folder(
        QCoreApplication.translate(
            "QuestionnaireExport", "Folder for the questionnaires"
        ),
        start,
    )
    if not folder:
        return
    window.settings.set_value("last_folder", folder)
    chosen: list = (
        people
        if choice.people == ALL
        else [p for p in people if p.id in choice.stakeholder_ids]
        if choice.people == CHOSEN
        else [None]
    )
    options = QuestionnaireOptions(
        language=choice.language,
        area_ids=choice.area_ids,
        round_name=document.round.name if document.round else None,
        paper=choice.paper,
    )
    try:
        prepared = prepare_questionnaires(session, choice.kind, chosen, options)
    except Exception as exc:
        window.show_error(exc)
        return
    taken: set[Path] = set()
    jobs = []
    for item, path in targets(prepared, Path(folder)):
        path = free_path(path, taken)
        taken.add(path)
        jobs.append((item, path))
    QuestionnaireExport(window, jobs, folder).start()


class QuestionnaireExport(QObject):
    """One running export: its worker and progress dialog; ``over`` says how it ended
    (the status bar's message) once the worker's thread has stopped."""

    over = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        jobs: list[tuple[PreparedQuestionnaire, Path]],
        folder: str,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.worker = ExportWorker(jobs)
        self.progress = QProgressDialog(
            self.tr("Writing the questionnaires…"),
            self.tr("Cancel"),
            0,
            len(jobs),
            window,
        )
        self.progress.setWindowTitle(self.tr("Export questionnaires"))
        self.progress.setMinimumDuration(400)
        self.progress.setValue(0)  # starts that clock: the dialog shows if it lasts
        # Bound methods of this object, which lives on the interface's thread: the
        # worker's signals reach them there (a lambda would run on the worker's
        # thread), and Cancel reaches the worker at once (a slot of the worker
        # would wait for its thread, busy writing, to look at its events).
        self.progress.canceled.connect(self.stop_soon)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.finished.connect(self._finished)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.window.questionnaire_export = self
        self.worker.start()

    def stop_soon(self) -> None:
        """Cancel: the file being written is finished, no other is begun."""
        self.worker.cancel()

    def stop(self) -> None:
        """Cancel and wait (the window is closing)."""
        self.worker.cancel()
        self.worker.thread.wait()

    def _finished(self, written: list[ExportResult]) -> None:
        text = (
            self.tr("One questionnaire written to %1")
            if len(written) == 1
            else self.tr("%n questionnaires written to %1", None, len(written))
        )
        self._done(text.replace("%1", self.folder))

    def _cancelled(self) -> None:
        self._done(self.tr("Export cancelled; the files written so far are kept"))

    def _failed(self, failure: tuple[BaseException, list[ExportResult]]) -> None:
        error, written = failure
        self._done(
            self.tr("Export stopped after %n of the files", None, len(written)), error
        )

    def _done(self, message: str, error: BaseException | None = None) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self.window.statusBar().showMessage(message, 12_000)
        self.worker.thread.wait()
        self.worker.deleteLater()
        if self.window.questionnaire_export is self:
            self.window.questionnaire_export = None
        if error is not None:
            self.window.show_error(error)
        self.over.emit(message)
        self.deleteLater()
