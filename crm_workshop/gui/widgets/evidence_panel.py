"""Files kept inside the workshop for a question or a session: a whiteboard photo, a
client document.

"Attach file…" copies a file into the workshop through the undo stack
(``AttachEvidenceCommand``); "Open" writes the stored copy to a temporary file and hands
it to the system's viewer. The workshop always keeps its own copy.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.commands import AttachEvidenceCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import integer

ID_ROLE = Qt.ItemDataRole.UserRole


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EvidencePanel(QGroupBox):
    """The files of one question or one session; ``show_question``/``show_session``."""

    def __init__(
        self, document: WorkshopDocument, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.document = document
        self.question_id: str | None = None
        self.session_id: int | None = None
        self.target_label = ""
        self.editable = True
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Attached files"))
        self.file_list.setMaximumHeight(90)
        self.file_list.itemActivated.connect(lambda _item: self.open_selected())
        self.attach_button = QPushButton(self.tr("Attach &file…"))
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Op&en"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        document.evidenceChanged.connect(self._question_changed)
        document.sessionEvidenceChanged.connect(self._session_changed)

    # -- what is shown -----------------------------------------------------------------
    def show_question(self, question_id: str, editable: bool = True) -> None:
        self.question_id, self.session_id = question_id, None
        self.target_label, self.editable = question_id, editable
        self.refresh()

    def show_session(self, session_id: int | None, label: str, editable: bool) -> None:
        self.question_id, self.session_id = None, session_id
        self.target_label, self.editable = label, editable
        self.refresh()

    def _question_changed(self, question_id: str) -> None:
        if self.session_id is None and question_id == self.question_id:
            self.refresh()

    def _session_changed(self, session_id: int) -> None:
        if self.session_id is not None and session_id == self.session_id:
            self.refresh()

    def _has_target(self) -> bool:
        return self.question_id is not None or self.session_id is not None

    def refresh(self) -> None:
        self.file_list.clear()
        if self._has_target() and self.document.is_open:
            stored = self.document.session.evidence(
                question_id=self.question_id, session_id=self.session_id
            )
            for item in stored:
                entry = QListWidgetItem(
                    self.tr("{name}  ({kb} KB)").format(
                        name=item.filename, kb=integer(max(1, round(item.size / 1024)))
                    )
                )
                entry.setData(ID_ROLE, (item.id, item.filename))
                self.file_list.addItem(entry)
        can_attach = (
            self._has_target() and self.editable and not self.document.read_only
        )
        self.attach_button.setEnabled(can_attach)
        self.open_button.setEnabled(self.file_list.count() > 0)

    # -- actions (the chooser is a method tests replace: never a modal there) ----------
    def choose_evidence_file(self) -> str | None:
        from crm_workshop.gui.dialogs import EVIDENCE, remember, start_in

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file"), start_in(self, EVIDENCE)
        )
        return remember(self, EVIDENCE, path or None)

    def attach(self) -> None:
        if not self._has_target() or not self.editable or not self.document.is_open:
            return
        path = self.choose_evidence_file()
        if not path:
            return
        text = self.tr("Attach {file} to “{target}”").format(
            file=_short(Path(path).name), target=_short(self.target_label)
        )
        self.document.undo_stack.push(
            AttachEvidenceCommand(
                self.document, path, self.question_id, text, session_id=self.session_id
            )
        )

    def evidence_temp_path(self, evidence_id: int, filename: str) -> Path:
        """Write a stored file out for the system viewer; the workshop keeps the original."""
        folder = (
            Path(tempfile.gettempdir()) / "crm-workshop-evidence" / str(evidence_id)
        )
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(filename).name
        target.write_bytes(self.document.session.evidence_content(evidence_id))
        return target

    def open_selected(self) -> None:
        item = self.file_list.currentItem() or self.file_list.item(0)
        if item is None:
            return
        evidence_id, filename = item.data(ID_ROLE)
        try:
            target = self.evidence_temp_path(evidence_id, filename)
        except OSError as exc:
            self.document.writeFailed.emit(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
