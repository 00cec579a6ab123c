"""Helpers shared by the set-up tab's tests: type into widgets, reopen the file."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)

from crm_workshop.gui.widgets.setup_view import SetupView
from crm_workshop.services.workshop import WorkshopSession


@contextmanager
def reopened(view: SetupView):
    """Close the workshop (releasing its lock) and open the file from disk again."""
    if view.document.is_open:
        view.flush()
        view.document.close()
    with WorkshopSession.open(view.document.session.path, read_only=True) as session:
        yield session


def type_text(qtbot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ASCII key by key; other text arrives as an input method or paste would
    deliver it (QTest can only type ASCII)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    elif isinstance(edit, QLineEdit):
        edit.insert(text)
    else:
        edit.insertPlainText(text)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def paste_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Like a paste: too long to type key by key."""
    edit.setFocus()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- engagement ------------------------------------------------------------------------
def edit_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> None:
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing_done(qtbot, table)


def editing_done(qtbot, table: QTableView) -> None:
    """The delegate commits and closes its editor in a queued call after Return."""
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def check(widget: QListWidget, data, state=Qt.CheckState.Checked) -> None:
    for n in range(widget.count()):
        if widget.item(n).data(Qt.ItemDataRole.UserRole) == data:
            widget.item(n).setCheckState(state)
            return
    raise AssertionError(data)
