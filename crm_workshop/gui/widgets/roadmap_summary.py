"""Roadmap page: the vision and the executive summary of the engagement.

Two plain-text fields of the engagement. Text is written when an edit is over (focus
elsewhere, Ctrl+Enter, the page hidden, ``commit_pending`` when the window closes) and
also after a pause in typing, so a crash loses at most the last moment's keystrokes;
the writes of one visit to a field merge into one undoable step. "Draft from the
numbers" fills the summary from the report's own draft, in the report language, after
asking before it replaces text already written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.commands import EngagementCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import integer
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.setup_common import (
    DEBOUNCE_MS,
    MAX_TEXT,
    language_name,
    plain,
    tab_chain,
    too_long,
)

FIELDS = ("vision", "executive_summary")
_MERGE_ID = 0x5E55  # consecutive writes of one visit to a field become one step


class TextFieldCommand(EngagementCommand):
    """Write one text field of the engagement; the writes of one visit (``visit``)
    to the same field merge into one undo step that goes back to the text before it."""

    def __init__(
        self, document: WorkshopDocument, text: str, field: str, value: str, visit: int
    ) -> None:
        super().__init__(document, text, **{field: value})
        self.field = field
        self.value = value
        self.visit = visit

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other) -> bool:  # type: ignore[override]
        if (
            not isinstance(other, TextFieldCommand)
            or (other.field, other.visit) != (self.field, self.visit)
            or self.failed
            or other.failed
            or self.previous is None
        ):
            return False
        self.value = other.value
        self._apply = other._apply  # redo after undo writes the newest text
        if getattr(self.previous, self.field) == self.value:
            self.setObsolete(True)  # typed back to where it started: nothing to undo
        return True


class TextEdit(QPlainTextEdit):
    """A multi-line plain-text edit that says when typing paused and when it is over."""

    paused = Signal()  # a pause in typing: worth saving, the edit goes on
    finished = Signal()  # focus left, Ctrl+Enter, or ``finish()``: the edit is over

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setTabChangesFocus(True)
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.paused)
        self.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if not self.signalsBlocked():
            self.dirty = True
            self._timer.start()

    def set_text(self, text: str) -> None:
        """Show stored text; it is no edit (and announces nothing)."""
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        self.dirty = False
        self._timer.stop()

    def finish(self) -> None:
        self._timer.stop()
        self.finished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finish()
            event.accept()
            return
        super().keyPressEvent(event)


class RoadmapSummaryPage(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,  # texts here are the user's; no model text shown
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_summary_page")
        self.document = document
        self._visit = 0
        self._known: dict[str, str] = {}  # each field's text in the file, last seen
        self.vision_edit = TextEdit("vision_edit", self.tr("Vision"))
        self.vision_edit.setPlaceholderText(
            self.tr(
                "Where the client wants to be with its customers in two or three "
                "years, in a few sentences."
            )
        )
        self.summary_edit = TextEdit("summary_edit", self.tr("Executive summary"))
        self.summary_edit.setPlaceholderText(
            self.tr(
                "What the board should read first: where the company stands, the "
                "biggest gaps and what the roadmap does about them."
            )
        )
        self.edits = {
            "vision": self.vision_edit,
            "executive_summary": self.summary_edit,
        }
        self.names = {
            "vision": self.tr("Vision"),
            "executive_summary": self.tr("Executive summary"),
        }
        self.counts = {
            field: plain(name=f"{field}_count_label", wrap=False) for field in FIELDS
        }
        for field, edit in self.edits.items():
            edit.paused.connect(lambda field=field: self.save(field, final=False))
            edit.finished.connect(lambda field=field: self.save(field, final=True))
            edit.textChanged.connect(lambda field=field: self._count(field))
            self.counts[field].setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.draft_button = QPushButton(self.tr("&Draft from the numbers"))
        self.draft_button.setObjectName("draft_summary_button")
        self.draft_button.setAccessibleName(
            self.tr("Draft the executive summary from the assessment's numbers")
        )
        self.draft_button.clicked.connect(self.draft)
        self.language_label = plain(name="draft_language_label")
        self.message_label = plain(name="summary_message_label")
        set_tone(self.message_label, "error")
        self.message_label.hide()

        vision_box = QGroupBox(self.tr("&Vision"))
        vision_box.setObjectName("vision_box")
        vision_layout = QVBoxLayout(vision_box)
        vision_layout.addWidget(self.vision_edit, 1)
        vision_layout.addWidget(self.counts["vision"])
        summary_box = QGroupBox(self.tr("E&xecutive summary"))
        summary_box.setObjectName("summary_box")
        tools = QHBoxLayout()
        tools.addWidget(self.draft_button)
        tools.addWidget(self.language_label, 1)
        tools.addWidget(self.counts["executive_summary"])
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addLayout(tools)
        summary_layout.addWidget(self.summary_edit, 1)
        help_label = plain(
            self.tr(
                "Plain text; a blank line starts a new paragraph. Saved when you leave "
                "a field, press Ctrl+Enter or pause typing; each visit to a field is "
                "one step in Edit › Undo."
            ),
            name="summary_help_label",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(vision_box, 1)
        layout.addWidget(summary_box, 3)
        layout.addWidget(self.message_label)
        layout.addWidget(help_label)
        # the group boxes' mnemonics move the focus to their editors
        vision_box.setFocusProxy(self.vision_edit)
        summary_box.setFocusProxy(self.summary_edit)
        tab_chain((self.vision_edit, self.draft_button, self.summary_edit))
        document.setupChanged.connect(self._changed)
        self.reload()

    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    # -- the question (tests replace it) -----------------------------------------------
    def confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the executive summary?"),
            self.tr(
                "The executive summary already has text. Replace it with a draft from "
                "the numbers? (Edit › Undo brings the current text back.)"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- showing -------------------------------------------------------------------------
    def _changed(self, kind: str) -> None:
        if kind == "engagement":
            self.reload()

    def reload(self) -> None:
        """Show the file's texts; text being typed stays unless the file changed."""
        if not self.document.is_open:
            return
        engagement = self.document.session.engagement
        for field, edit in self.edits.items():
            stored = getattr(engagement, field)
            changed = self._known.get(field) != stored
            self._known[field] = stored
            if (changed or not edit.dirty) and edit.toPlainText() != stored:
                edit.set_text(stored)
            edit.setReadOnly(not self.editable)
            self._count(field)
        language = engagement.report_language
        self.language_label.setText(
            self.tr("Drafts are written in {language}, the report language.").format(
                language=language_name(language)
            )
        )
        self.draft_button.setEnabled(self.editable and self.document.round is not None)

    def _count(self, field: str) -> None:
        length = len(self.edits[field].toPlainText())
        self.counts[field].setText(
            self.tr("Characters: {count}").format(count=integer(length))
        )

    def refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        if message:
            self.statusMessage.emit(message)

    # -- writing -------------------------------------------------------------------------
    def _push(self, command: EngagementCommand, field: str, value: str) -> bool:
        self._known[field] = value
        self.document.undo_stack.push(command)
        self.edits[field].dirty = False
        self.reload()  # the file as it is now (after a failure too)
        if command.failed:
            return False
        self.refuse("")
        self.statusMessage.emit(self.tr("Saved"))
        return True

    def save(self, field: str, final: bool = True) -> None:
        """Write ``field`` when its text differs from the file's."""
        edit = self.edits[field]
        try:
            if not self.editable or not edit.dirty:
                return
            text = edit.toPlainText().rstrip()
            stored = getattr(self.document.session.engagement, field)
            if text == stored:
                edit.dirty = False
                return
            refusal = too_long(self.names[field], text, MAX_TEXT)
            if refusal:
                self.refuse(refusal)
                edit.set_text(stored)
                self._count(field)
                return
            command = TextFieldCommand(
                self.document, self.names[field], field, text, self._visit
            )
            self._push(command, field, text)
        finally:
            if final:
                self._visit += 1

    def commit_pending(self) -> None:
        """Write text still being typed (the window is closing, the page hidden)."""
        for field in FIELDS:
            self.save(field)

    flush = commit_pending

    def hideEvent(self, event) -> None:
        self.commit_pending()
        super().hideEvent(event)

    def draft(self) -> None:
        if not self.editable:
            return
        self.commit_pending()
        round_ = self.document.round
        if round_ is None:
            self.refuse(self.tr("There is no assessment round to draft from yet."))
            return
        try:
            from crm_workshop.services.report import draft_executive_summary
        except ImportError:
            self.refuse(self.tr("Drafting from the numbers is not available yet."))
            return
        session = self.document.session
        try:
            text = draft_executive_summary(
                session, round_.id, session.engagement.report_language
            ).strip()
        except Exception as exc:  # a draft that fails must not take the window down
            self.refuse(
                self.tr("No draft could be made: {reason}").format(
                    reason=str(exc)[:200] or type(exc).__name__
                )
            )
            return
        current = session.engagement.executive_summary
        if text == current:
            self.statusMessage.emit(self.tr("The summary is the draft already"))
            return
        if current.strip() and not self.confirm_replace():
            return
        command = EngagementCommand(
            self.document,
            self.tr("Draft the executive summary from the numbers"),
            executive_summary=text,
        )
        self._push(command, "executive_summary", text)
