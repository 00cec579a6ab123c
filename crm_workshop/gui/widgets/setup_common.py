"""Pieces shared by the set-up pages: undoable writes, limits, plain-text inputs.

Every set-up edit is written to the file the moment it is made (there is no Save),
as one command on the workshop's undo stack (``SetupPage.push``, commands.py). A
storage failure (read-only file, full disk) is handed to
``WorkshopDocument.writeFailed`` for the window to explain, and the page reloads what
the file really holds, so the screen never shows an edit that was not saved.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import date_format, integer

MAX_NAME = 200  # one-line texts: names, roles, titles (as the CSV imports allow)
MAX_TEXT = 20_000  # agenda, notes, reworded prompts
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "not set"
DEBOUNCE_MS = 800


def language_name(code: str) -> str:
    names = {
        "pl": QCoreApplication.translate("SetupView", "Polish"),
        "en": QCoreApplication.translate("SetupView", "English"),
    }
    return names.get(code, code)


def plain(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A label that never reads its text as HTML: user and model text are data."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label with a mnemonic that moves the focus to ``widget``."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # "&" still marks the mnemonic
    label.setBuddy(widget)
    return label


def tab_chain(widgets: Iterable[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (the order they are read on screen)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def line_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setClearButtonEnabled(True)
    return edit


def date_edit(name: str, accessible: str) -> QDateEdit:
    """A date edit whose minimum date stands for "not set"."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("SetupView", "not set"))
    edit.setKeyboardTracking(False)  # one change per finished edit, not per digit
    return edit


def date_text(edit: QDateEdit) -> str | None:
    date = edit.date()
    return None if date <= NO_DATE else date.toString(Qt.DateFormat.ISODate)


def set_date(edit: QDateEdit, value: str | None) -> None:
    with QSignalBlocker(edit):
        date = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        edit.setDate(date if date.isValid() else NO_DATE)


def set_text(edit: QLineEdit | PlainTextEdit, text: str) -> None:
    """Show stored text without announcing it as an edit.

    A field that already shows ``text`` is left alone (cursor, selection, undo).
    """
    with QSignalBlocker(edit):
        if isinstance(edit, QLineEdit):
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)
        elif edit.toPlainText() != text or edit.dirty:
            edit.set_text(text)


def short(text: str, limit: int = 60) -> str:
    """User text cut to fit a menu entry or a status message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PlainTextEdit(QPlainTextEdit):
    """A multi-line edit that says when an edit is finished, like ``QLineEdit``.

    ``editingFinished`` fires on focus loss, and after a short pause in typing so a
    crash or a closed window loses at most the last moment's keystrokes.
    """

    editingFinished = Signal()

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other input
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.finish)
        self.textChanged.connect(self._edited)

    def _edited(self) -> None:
        if self.signalsBlocked():
            return
        self._dirty = True
        self._timer.start()

    @property
    def dirty(self) -> bool:
        """Typed text not yet announced with ``editingFinished``."""
        return self._dirty

    def set_text(self, text: str) -> None:
        with QSignalBlocker(self):
            self.setPlainText(text)
        self._dirty = False
        self._timer.stop()

    def finish(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish()


def department_combo(model: MaturityModel, language: str, accessible: str) -> QComboBox:
    """An editable combo: the model's departments by name, or any text typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(accessible)
    combo.addItem("", "")
    for department in model.departments:
        combo.addItem(department.name.get(language), department.id)
    return combo


def department_value(combo: QComboBox) -> str:
    """The department id when a model department was chosen or typed, else the text."""
    text = combo.currentText().strip()
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if found <= 0:
        found = combo.findData(text)
    return str(combo.itemData(found)) if found > 0 else text


def show_department(combo: QComboBox, value: str) -> None:
    found = combo.findData(value)
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText(value)


def too_long(what: str, text: str, limit: int = MAX_NAME) -> str | None:
    """The refusal message for a text over ``limit`` characters, else None."""
    if len(text) <= limit:
        return None
    return QCoreApplication.translate(
        "SetupView",
        "{what} is {length} characters long; at most {limit} are allowed. "
        "It was not saved.",
    ).format(what=what, length=integer(len(text)), limit=integer(limit))


class SetupPage(QWidget):
    """Base of the set-up pages: undoable writes and messages for the set-up view."""

    statusMessage = Signal(str)
    problem = Signal(str)  # a refusal the user must read: shown above the pages

    def __init__(self, document: WorkshopDocument, language: str, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.pushing = False  # True while this page's own command is being done

    @property
    def session(self):
        return self.document.session

    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    def push(
        self,
        command: SetupCommand,
        done: str | Callable[[SetupCommand], str] = "",
    ) -> bool:
        """Do ``command`` through the undo stack; True when it is in the file.

        While it runs, ``pushing`` tells the set-up view that this page shows the edit
        already and need not reload. ``done`` is the status message, or a function of
        the command giving it. After a failure the page shows the file again.
        """
        if not self.document.is_open:
            return False
        self.pushing = True
        try:
            self.document.undo_stack.push(command)
        finally:
            self.pushing = False
        if command.failed:
            self.reload()
            return False
        self.problem.emit("")
        message = done(command) if callable(done) else done
        self.statusMessage.emit(message or self.tr("Saved"))
        return True

    def refuse(self, message: str) -> None:
        self.problem.emit(message)
        self.statusMessage.emit(message)

    def reload(self) -> None:
        """Show what the file holds (after a failed write, or a change elsewhere)."""

    def flush(self) -> None:
        """Write any edit still waiting (typing pause not yet over)."""
