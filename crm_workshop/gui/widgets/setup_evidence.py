"""Files kept with a workshop session: a whiteboard photo, the client's slides.

Shown under the session form. "Attach file…" copies a file into the workshop through
the undo stack (``AttachEvidenceCommand`` with the session's id); "Open" writes the
stored copy to a temporary file and hands it to the system's viewer, as the capture
view does for a question's evidence.
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

from crm_workshop.domain.engagement import Session
from crm_workshop.gui.commands import AttachEvidenceCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_common import short

ID_ROLE = Qt.ItemDataRole.UserRole


class SessionEvidence(QGroupBox):
    """The files of the session shown in the form (none: the box is hidden)."""

    def __init__(
        self, document: WorkshopDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Files of this session"), parent)
        self.setObjectName("session_evidence_box")
        self.document = document
        self.session: Session | None = None
        self.editable = False
        self.file_list = QListWidget()
        self.file_list.setObjectName("session_evidence_list")
        self.file_list.setAccessibleName(self.tr("Files attached to this session"))
        self.file_list.setMaximumHeight(90)
        self.file_list.itemActivated.connect(lambda _item: self.open_selected())
        self.attach_button = QPushButton(self.tr("Attach &file…"))
        self.attach_button.setObjectName("session_attach_button")
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Op&en"))
        self.open_button.setObjectName("session_open_evidence_button")
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        document.sessionEvidenceChanged.connect(self._changed)
        self.hide()

    # -- the chooser (tests replace it; it never opens a modal dialog there) ---------
    def choose_evidence_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to this session")
        )
        return path or None

    # -- showing -----------------------------------------------------------------------
    def show_session(self, session: Session | None, editable: bool) -> None:
        self.session = session
        self.editable = editable
        self.setVisible(session is not None)
        self.refresh()

    def _changed(self, session_id: int) -> None:
        if self.session is not None and session_id == self.session.id:
            self.refresh()

    def refresh(self) -> None:
        self.file_list.clear()
        if self.session is not None and self.document.is_open:
            for item in self.document.session.evidence(session_id=self.session.id):
                entry = QListWidgetItem(
                    self.tr("{name}  ({kb:,} KB)").format(
                        name=item.filename, kb=max(1, round(item.size / 1024))
                    )
                )
                entry.setData(ID_ROLE, (item.id, item.filename))
                self.file_list.addItem(entry)
        self.attach_button.setEnabled(self.session is not None and self.editable)
        self.open_button.setEnabled(self.file_list.count() > 0)

    # -- actions -----------------------------------------------------------------------
    def attach(self) -> None:
        session = self.session
        if session is None or not self.editable or not self.document.is_open:
            return
        path = self.choose_evidence_file()
        if not path:
            return
        text = self.tr("Attach {file} to “{session}”").format(
            file=short(Path(path).name, 40), session=short(session.title, 40)
        )
        self.document.undo_stack.push(
            AttachEvidenceCommand(
                self.document, path, None, text, session_id=session.id
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
