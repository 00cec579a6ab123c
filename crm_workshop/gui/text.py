"""Text helpers shared by the Qt ring: user and model text is data, never markup.

``plain_tooltip`` escapes text a tooltip would guess to be rich text. (Its sibling for
labels, ``plain_label``, lives in ``widgets/question_panel.py``.)
"""

from __future__ import annotations

from PySide6.QtGui import Qt as QtGuiNamespace


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text: escape user and model text that looks like HTML."""
    if QtGuiNamespace.mightBeRichText(text):
        return QtGuiNamespace.convertFromPlainText(text)
    return text
