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
