"""Every control a keyboard can reach can be named by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(
            widget.parent(), QComboBox
        ):
            continue  # an editable combo's own line edit
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if widget.parent() is not None and widget.parent().inherits(
            "QComboBoxPrivateContainer"
        ):
            continue  # a combo box's own pop-up list, named by the combo
        has_text = (
            isinstance(widget, QAbstractButton)
            and widget.text().replace("&", "").strip()
        )
        if widget.accessibleName() or has_text or id(widget) in buddies:
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(widget.parent()).__name__}"
        )
    return missing


def test_every_view_names_its_controls(window, demo_file):
    assert window.open_path(demo_file)
    problems = {"start": unnamed_controls(window.start_page)}
    problems["capture"] = unnamed_controls(window.capture)
    for name in ("grid", "charts", "overview", "setup"):
        view = window.show_view(name)
        if name == "setup":
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
        problems[name] = unnamed_controls(view)
    assert {k: v for k, v in problems.items() if v} == {}


def test_capture_keeps_the_answer_table_in_the_tab_order(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    capture = window.capture
    capture.session_combo.setFocus()
    seen = []
    for _ in range(40):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
        if window.focusWidget() is capture.table:
            break
    assert capture.table in seen
    assert capture.navigator in seen
