"""Going on working when the workshop's own place refuses writes.

A full disk, a read-only file, folder or disk: the workshop keeps everything it had
saved, but no edit can be written there. The way on is a copy somewhere else, made with
the session's consistent backup (``WorkshopSession.save_copy``) and opened in place of
the original, which stays as it was. The window offers it in the failure dialog
(``Dialogs.offer_save_copy``) and, for a workshop that opened read-only, in
``ReadOnlyBanner`` above the views.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_workshop.services.errors import WorkshopReadOnly, WriteFailed

if TYPE_CHECKING:
    from crm_workshop.gui.dialogs import Dialogs
    from crm_workshop.services.workshop import WorkshopSession


def is_place_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the workshop's place refuses writes (full, read-only, I/O):
    a copy elsewhere is then the way to go on working."""
    return isinstance(exc, WriteFailed | WorkshopReadOnly)


def offer_text() -> str:
    """The sentences the failure dialog adds to explain its "Save a copy elsewhere…"."""
    return QCoreApplication.translate(
        "SaveCopy",
        "Your last change was not saved; the workshop shows what is in the file. To go "
        "on working, choose “Save a copy elsewhere…”: the copy is written on another "
        "disk or in another folder and opens in place of this workshop, which stays "
        "as it is.",
    )


def copy_suggestion(source: Path) -> str:
    """A free name for the copy in the user's documents folder (the workshop's own
    folder is the place that refuses writes)."""
    folder = Path(
        QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        or Path.home()
    )
    stem = source.name.removesuffix(".crmw")
    target = folder / f"{stem} (copy).crmw"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem} (copy {number}).crmw"
    return str(target)


def save_copy_elsewhere(
    session: WorkshopSession,
    dialogs: Dialogs,
    show_error: Callable[[BaseException], None],
) -> Path | None:
    """Ask where, write the copy (built aside, checked, moved into place); the path
    written, or None when cancelled or failed (the failure is explained)."""
    target = dialogs.ask_save_path(
        QCoreApplication.translate("SaveCopy", "Save a copy elsewhere"),
        copy_suggestion(session.path),
    )
    if not target:
        return None
    try:
        session.save_copy(target)
    except Exception as exc:  # every failure is explained, none is fatal
        show_error(exc)
        return None
    return Path(target)


class ReadOnlyBanner(QFrame):
    """The strip above the views of a read-only workshop: why, and the way on."""

    saveCopyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#read_only_banner { background: #fff4d6; border: 1px solid #e0b84a; }"
            "#read_only_banner QLabel { color: #1a1a1a; }"  # light in every theme
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(lambda _=False: self.saveCopyRequested.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Every text in the current language (at start and after a switch)."""
        self.label.setText(
            self.tr(
                "This workshop is read-only: its file, folder or disk cannot be "
                "written, so changes cannot be saved here. Everything in it can be "
                "read, presented and exported. To go on working, save a copy elsewhere."
            )
        )
        self.button.setText(self.tr("Save a copy &elsewhere…"))
        self.setAccessibleName(self.tr("Read-only workshop"))
