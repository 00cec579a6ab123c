"""Keys shared by the views that take answers from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

# Shift+digit arrives as the shifted character on most layouts (US and Polish alike).
SHIFTED_DIGIT_KEYS = {
    Qt.Key.Key_Exclam: 1,
    Qt.Key.Key_At: 2,
    Qt.Key.Key_NumberSign: 3,
    Qt.Key.Key_Dollar: 4,
    Qt.Key.Key_Percent: 5,
}
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
# The other capture keys, named once for the views that take answers and for the
# shortcut table of the Help window (help_window.py), so the two never disagree.
NOT_APPLICABLE_KEY = Qt.Key.Key_N
DONT_KNOW_KEY = Qt.Key.Key_Question
DONT_KNOW_TEXT = "?"  # what the key types, on layouts where "?" is not Key_Question
CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
NEXT_QUESTION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # with Shift: the previous
