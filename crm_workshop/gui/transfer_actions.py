"""Moving a workshop and its model in and out: File › Export as JSON…, Import from
JSON…, Add model to library…, and Set-up › Questions › Export model….

Each action asks its questions through the window's ``dialogs`` (tests answer them
with a fake), runs one service and says what happened in the status bar. A refusal
is explained in a dialog that lists the problems one a line (a JSON document's, a
model file's). Nothing here ever overwrites a workshop: an import creates a new file,
which then opens.

The JSON export and import take seconds on a large workshop (1,000 stakeholders), so
they run on a worker thread (``gui/background.py``) behind a busy indication while
the window stays usable: the export reads the workshop here first (the database
connection belongs to this thread) and only encodes and writes off it; the import
builds the new file off it, and the window opens it when it is done. They take the
window's one background slot (``report_worker``, as the PDF exports do), so closing
the window waits for them. Model files are small and stay on this thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.background import BackgroundTask
from crm_workshop.gui.errors import describe
from crm_workshop.gui.i18n import Texts
from crm_workshop.gui.tones import set_tone
from crm_workshop.services import model_library as library
from crm_workshop.services import workshop_json
from crm_workshop.services.errors import (
    DiskFull,
    ModelFileError,
    NotWritable,
    WriteFailed,
)

MAX_LISTED = 10  # problems shown in a dialog; the rest are counted
JSON_FILTER = "JSON (*.json)"
MODEL_FILTER = "TOML (*.toml)"
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")  # docs/model-format.md


@dataclass(frozen=True)
class ModelExportAnswers:
    model_id: str
    version: str
    include_hidden: bool = False
    add_to_library: bool = True


# -- the actions (each takes the main window) ------------------------------------------
def export_json(window: Any) -> Path | None:
    """File › Export as JSON…: the whole open workshop as one JSON document, written
    off the interface's thread; returns the file it is being written to."""
    if window.document is None or _busy(window):
        return None
    session = window.document.session
    _flush(window)
    suggestion = _folder(window) / f"{session.path.stem}.json"
    answer = window.dialogs.ask_json_save_path(str(suggestion))
    if not answer:
        return None
    target = Path(answer)
    try:  # read here: the workshop's connection belongs to this thread
        dump = workshop_json.read_for_json(session)
    except Exception as exc:
        _explain(window, exc)
        return None
    _remember_folder(window, target)

    def exported(result: workshop_json.JsonExport) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "TransferActions", "Exported to %s: %d rows in %d tables"
            )
            % (target, sum(result.rows.values()), len(result.rows)),
            10_000,
        )

    _in_background(
        window,
        # the file dialog has already asked before replacing a file
        lambda _cancelled: workshop_json.write_json_export(dump, target, replace=True),
        QCoreApplication.translate("TransferActions", "Writing the workshop to %s…")
        % target.name,
        exported,
    )
    return target


def import_json(window: Any) -> Path | None:
    """File › Import from JSON…: a JSON document becomes a new workshop, built off the
    interface's thread, which then opens; returns the new workshop's path."""
    if _busy(window):
        return None
    folder = _folder(window)
    answer = window.dialogs.ask_json_open_path(str(folder))
    if not answer:
        return None
    source = Path(answer)
    suggestion = source.with_suffix(".crmw")
    if suggestion.exists():
        suggestion = source.with_name(f"{source.stem} (imported).crmw")
    target_answer = window.dialogs.ask_save_path(
        QCoreApplication.translate(
            "TransferActions", "Create the workshop from the JSON document"
        ),
        str(suggestion),
    )
    if not target_answer:
        return None
    target = Path(target_answer)
    _remember_folder(window, target)

    def imported(result: workshop_json.JsonImport) -> None:
        if not window.isVisible() or not window.open_path(target):
            return  # the window was closed meanwhile, or the new file is explained
        message = QCoreApplication.translate(
            "TransferActions", "Imported %s into the new workshop %s"
        ) % (source.name, target.name)
        if result.problems:
            message += " " + Texts.tr(
                "(check: %n finding(s), as in the original)", "", len(result.problems)
            )
        window.statusBar().showMessage(message, 12_000)

    _in_background(
        window,
        lambda _cancelled: workshop_json.import_workshop_json(source, target),
        QCoreApplication.translate(
            "TransferActions", "Building the workshop %s from %s…"
        )
        % (target.name, source.name),
        imported,
        source,
    )
    return target


def export_model(window: Any) -> Path | None:
    """Set-up › Questions › Export model…: the workshop's model, as reworded for it,
    as a model file (and, if asked, into the model library)."""
    if window.document is None:
        return None
    session = window.document.session
    _flush(window)
    model_id, version = library.suggested_identity(session)
    answers = window.dialogs.ask_model_export(model_id, version)
    if answers is None:
        return None
    suggestion = _folder(window) / f"{answers.model_id}-{answers.version}.toml"
    answer = window.dialogs.ask_toml_save_path(str(suggestion))
    if not answer:
        return None
    target = Path(answer)
    try:
        result = library.export_model(
            session,
            target,
            model_id=answers.model_id,
            version=answers.version,
            include_hidden=answers.include_hidden,
            replace_file=True,  # the file dialog has asked
        )
    except Exception as exc:
        _explain(window, exc)
        return None
    _remember_folder(window, target)
    model = result.model
    message = QCoreApplication.translate(
        "TransferActions", "Model %s %s written to %s"
    ) % (model.id, model.version, target.name)
    if answers.add_to_library and _add(window, target) is not None:
        message += " " + QCoreApplication.translate(
            "TransferActions", "and added to your model library"
        )
    window.statusBar().showMessage(message, 12_000)
    return target


def add_model(window: Any) -> Path | None:
    """File › Add model to library…: a checked model file, offered for new workshops."""
    answer = window.dialogs.ask_model_open_path(str(_folder(window)))
    if not answer:
        return None
    added = _add(window, Path(answer))
    if added is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "TransferActions",
                "Model %s %s added to your library; File › New workshop offers it",
            )
            % (added.model.id, added.model.version),
            12_000,
        )
        return added.path
    return None


def _add(window: Any, source: Path) -> library.LibraryModel | None:
    try:
        return library.add_model(source)
    except library.ModelInLibrary as exc:
        if exc.bundled:
            _explain(window, exc)
            return None
        question = QCoreApplication.translate(
            "TransferActions",
            "Your model library already has %s %s. Replace it with “%s”? Workshops "
            "already created keep the model they were created with.",
        ) % (exc.model_id, exc.version, source.name)
        if not window.dialogs.ask_replace_model(question):
            return None
    except Exception as exc:
        _explain(window, exc)
        return None
    try:
        return library.add_model(source, replace_existing=True)
    except Exception as exc:
        _explain(window, exc)
        return None


# -- helpers -----------------------------------------------------------------------------
def _busy(window: Any) -> bool:
    """Whether the window's background slot is taken (a PDF or JSON export, an
    import): one at a time, and the user is told why nothing happens."""
    if getattr(window, "report_worker", None) is None:
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "TransferActions",
            "Another export is still being written: try again when it is done",
        ),
        8000,
    )
    return True


def _in_background(
    window: Any,
    work: Callable[[Callable[[], bool]], Any],
    busy_text: str,
    done: Callable[[Any], None],
    source: Path | None = None,
) -> BackgroundTask:
    """Run ``work`` off the interface's thread behind a busy indication; then
    ``done(result)``, or a failure explained in a dialog (never a traceback)."""
    task = BackgroundTask(work)
    busy = QProgressDialog(busy_text, "", 0, 0, window)
    busy.setObjectName("transfer_busy_dialog")
    busy.setWindowTitle(QCoreApplication.translate("TransferActions", "Please wait"))
    busy.setCancelButton(None)  # the file is complete or not written: nothing to stop
    busy.setMinimumDuration(400)  # a quick one does not flash a dialog
    busy.setValue(0)  # starts that clock: without a value the dialog never shows

    def finish() -> None:
        busy.reset()
        busy.deleteLater()
        if window.report_worker is task:
            window.report_worker = None
        task.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        done(result)

    def failed(exc: BaseException) -> None:
        finish()
        _explain(window, exc, source)

    task.finished.connect(succeeded)
    task.failed.connect(failed)
    window.report_worker = task
    window.statusBar().showMessage(busy_text)
    task.start()
    return task


def _flush(window: Any) -> None:
    """Write text still waiting for a pause in typing, so the export holds it."""
    for tab in getattr(window, "_lazy", {}).values():
        view = getattr(tab, "view", None)
        flush = getattr(view, "flush", None)
        if flush is not None:
            flush()


def _folder(window: Any) -> Path:
    return Path(str(window.settings.value("last_folder", str(Path.home()))))


def _remember_folder(window: Any, path: Path) -> None:
    window.settings.set_value("last_folder", str(path.parent))


def _explain(window: Any, exc: BaseException, source: Path | None = None) -> None:
    title, message = describe_transfer(exc, source)
    window.statusBar().showMessage(title, 10_000)
    window.dialogs.show_error(title, message)


def _listed(lines: list[str]) -> str:
    shown = [f"• {line}" for line in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        shown.append(
            QCoreApplication.translate("TransferActions", "…and %d more")
            % (len(lines) - MAX_LISTED)
        )
    return "\n".join(shown)


def describe_transfer(
    exc: BaseException, source: Path | None = None
) -> tuple[str, str]:
    """(title, message) for what an export, import or library action refused."""
    name = source.name if source is not None else ""
    if isinstance(exc, workshop_json.NewerDocument):
        return QCoreApplication.translate(
            "TransferActions", "Newer JSON document"
        ), QCoreApplication.translate(
            "TransferActions",
            "“%s” was written by a newer version of CRM Workshop (%s %d; this version "
            "reads up to %d). Update CRM Workshop to import it. Nothing was written.",
        ) % (name or exc.source, exc.what, exc.found, exc.supported)
    if isinstance(exc, workshop_json.WorkshopJsonError):
        return QCoreApplication.translate(
            "TransferActions", "JSON document refused"
        ), QCoreApplication.translate(
            "TransferActions", "“%s” cannot be imported, so nothing was written:\n%s"
        ) % (name or exc.source, _listed([p.format() for p in exc.problems]))
    if isinstance(exc, library.ModelExportRefused):
        return QCoreApplication.translate(
            "TransferActions", "Model not exported"
        ), QCoreApplication.translate(
            "TransferActions",
            "The workshop's model would not be a valid model file, so nothing was "
            "written. Shorten or correct these (Set-up › Questions):\n%s",
        ) % _listed(
            [f"[{p.place}] {p.message}" if p.place else p.message for p in exc.problems]
        )
    if isinstance(exc, library.NothingToExport):
        return QCoreApplication.translate(
            "TransferActions", "Model not exported"
        ), QCoreApplication.translate(
            "TransferActions",
            "Every question of this workshop is hidden. Show at least one question, "
            "or keep the hidden questions in the exported model.",
        )
    if isinstance(exc, library.ModelInLibrary) and exc.bundled:
        return QCoreApplication.translate(
            "TransferActions", "Model not added"
        ), QCoreApplication.translate(
            "TransferActions",
            "The model %s %s ships with CRM Workshop. Give yours another id or "
            "version; nothing was copied.",
        ) % (exc.model_id, exc.version)
    if isinstance(exc, ModelFileError):
        return QCoreApplication.translate(
            "TransferActions", "Model not added"
        ), QCoreApplication.translate(
            "TransferActions",
            "“%s” is not a valid model file; nothing was copied. Its problems:\n%s",
        ) % (
            Path(exc.source).name,
            _listed([p.format(Path(exc.source).name) for p in exc.problems]),
        )
    if isinstance(exc, WriteFailed) and not isinstance(exc, DiskFull | NotWritable):
        # a full disk and a read-only place have their own advice (describe)
        return QCoreApplication.translate(
            "TransferActions", "Could not write the file"
        ), QCoreApplication.translate(
            "TransferActions",
            "“%s” could not be written (%s). The workshop was not changed.",
        ) % (exc.path.name, exc.detail)
    return describe(exc)


# -- the questions asked (Dialogs delegates here; tests replace Dialogs) -----------------
class ModelExportDialog(QDialog):
    """The new model's id and version, and what goes into the file."""

    def __init__(
        self, model_id: str, version: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("model_export_dialog")
        self.setWindowTitle(self.tr("Export model"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Save this workshop's questions, with their wording, as a model file "
                "other workshops can be created with. Give it its own id and version "
                "so it is never mistaken for the model it came from."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.id_edit = QLineEdit(model_id)
        self.id_edit.setObjectName("model_id_edit")
        self.id_edit.setMaxLength(64)
        self.version_edit = QLineEdit(version)
        self.version_edit.setObjectName("model_version_edit")
        self.version_edit.setMaxLength(64)
        self.hidden_check = QCheckBox(
            self.tr("&Keep the questions hidden in this workshop")
        )
        self.hidden_check.setObjectName("include_hidden_check")
        self.library_check = QCheckBox(self.tr("&Add it to my model library"))
        self.library_check.setObjectName("add_to_library_check")
        self.library_check.setChecked(True)
        self.hint = QLabel()
        self.hint.setObjectName("model_export_hint_label")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.hint, "error")
        form = QFormLayout()
        id_label = QLabel(self.tr("Model &id:"))
        id_label.setBuddy(self.id_edit)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version_edit)
        form.addRow(id_label, self.id_edit)
        form.addRow(version_label, self.version_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hidden_check)
        layout.addWidget(self.library_check)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.id_edit.textChanged.connect(self._validate)
        self.version_edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if not _ID.match(self.id_edit.text()):
            problem = self.tr(
                "The id: lowercase letters, digits, '.', '-' or '_', starting with a "
                "letter or digit."
            )
        elif not self.version_edit.text().strip():
            problem = self.tr("The version must not be empty.")
        self.hint.setText(problem)
        self.ok_button.setEnabled(not problem)

    def answers(self) -> ModelExportAnswers:
        return ModelExportAnswers(
            self.id_edit.text(),
            self.version_edit.text().strip(),
            self.hidden_check.isChecked(),
            self.library_check.isChecked(),
        )


def ask_model_export(
    parent: QWidget, model_id: str, version: str
) -> ModelExportAnswers | None:
    dialog = ModelExportDialog(model_id, version, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.answers() if accepted else None


def ask_save_path(
    parent: QWidget, title: str, suggestion: str, kind: str
) -> str | None:
    """A file to write (``kind``: ``json`` or ``toml``); the extension is added."""
    filters = JSON_FILTER if kind == "json" else MODEL_FILTER
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
    if path and not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    return path or None


def ask_open_path(parent: QWidget, title: str, folder: str, kind: str) -> str | None:
    filters = JSON_FILTER if kind == "json" else MODEL_FILTER
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and model ids are data
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
