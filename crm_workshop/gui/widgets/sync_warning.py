"""The bar above an open workshop's views: a synced folder, conflicting copies, the lock.

Shown once per open and never in the way: it asks nothing, and its Dismiss button
hides it until the next open. It says when the workshop lies in a folder a sync client
copies (Dropbox, OneDrive...), names conflicting copies a sync client left beside it,
and reports what opening did with the owner lock file (someone else is editing it, the
last session here ended without closing, it was taken over, none could be written).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_workshop.gui.errors import local_time
from crm_workshop.services.workshop import WorkshopSession

MAX_NAMED_COPIES = 3


class SyncWarningBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_warning_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()  # the tooltip colours: a "note" in every theme
        for role, source in (
            (QPalette.ColorRole.Window, QPalette.ColorRole.ToolTipBase),
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.ToolTipText),
        ):
            palette.setColor(role, palette.color(source))
        self.setPalette(palette)
        self.text_label = QLabel()
        self.text_label.setObjectName("sync_warning_text")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are text
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("sync_warning_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The bar's own texts in the current language; a notice shown stays as it
        was written (it is read again at the next opening)."""
        self.setAccessibleName(self.tr("Notice about this workshop's file"))
        self.dismiss_button.setText(self.tr("&Dismiss"))

    def show_for(self, session: WorkshopSession) -> str:
        """Show what there is to say about ``session``'s file; the status-bar message
        (empty when there is nothing to say)."""
        from crm_workshop.services.sync_folders import check_sync

        sync = check_sync(session.path)
        lines = self._lock_notices(session)
        sync_line = ""
        if sync.client:
            sync_line = (
                self.tr(
                    "This workshop is in a folder synced by %s. Close it here before "
                    "opening it on another computer; CRM Workshop keeps a lock file "
                    "so two computers never write at once."
                )
                % sync.client
            )
            lines.insert(0, sync_line)
        if sync.conflicts:
            lines.append(self._conflicts([p.name for p in sync.conflicts]))
        if not lines:
            self.dismiss()
            return ""
        self.text_label.setText("\n".join(lines))
        self.show()
        return sync_line or lines[0]

    def dismiss(self) -> None:
        self.hide()
        self.text_label.clear()

    def _lock_notices(self, session: WorkshopSession) -> list[str]:
        lock = session.lock
        if lock is None:
            return []
        other = lock.previous
        if lock.state == "foreign" and other is not None:
            return [
                self.tr(
                    "Opened read-only: %s is editing this workshop on %s since %s. "
                    "You see the file as it was last synced to this computer."
                )
                % (
                    other.user or self.tr("someone"),
                    other.host,
                    local_time(other.since),
                )
            ]
        if lock.state == "replaced-stale":
            return [
                self.tr(
                    "The previous session with this workshop on this computer ended "
                    "without closing it (a crash or a power cut); everything it saved "
                    "is in the file."
                )
            ]
        if lock.state == "taken-over" and other is not None:
            return [
                self.tr(
                    "You took this workshop over from %s on %s. If it is still open "
                    "there, close it there without making more changes."
                )
                % (other.user or self.tr("someone"), other.host)
            ]
        if lock.state == "unavailable" and not session.read_only:
            return [
                self.tr(
                    "No lock file could be written beside this workshop (%s): another "
                    "computer would not see that it is open here."
                )
                % lock.detail
            ]
        return []

    def _conflicts(self, names: list[str]) -> str:
        shown = ", ".join(f"“{name}”" for name in names[:MAX_NAMED_COPIES])
        more = len(names) - MAX_NAMED_COPIES
        if more > 0:
            shown += self.tr(" and %d more") % more
        return (
            self.tr(
                "A conflicting copy exists: %s. A sync program made it when the "
                "workshop was changed on two computers at once; open it read-only to "
                "see which answers it holds before you delete it."
            )
            % shown
        )
