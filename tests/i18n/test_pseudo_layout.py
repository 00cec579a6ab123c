"""With every text 40 % longer (the pseudo-translation), and in Polish, the main views
still fit a 1280 × 720 screen and no label, button or box shows less than its text
needs.

A cheap stand-in for looking at every screen in every language: a language longer
than English must never clip a fixed-width button or a label that cannot wrap.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QTabWidget,
    QWidget,
)

from crm_workshop.gui import i18n

VIEWS = ("grid", "charts", "overview", "roadmap", "progress", "setup")
WIDTH, HEIGHT = 1280, 720


@pytest.fixture(params=["pseudo", "pl"])
def longer_texts(request, qapp, monkeypatch):
    """The pseudo-translation, then the real Polish interface."""
    if request.param == "pseudo":
        monkeypatch.setenv(i18n.PSEUDO_VARIABLE, "1")
    i18n.install(qapp, "en" if request.param == "pseudo" else "pl")
    yield
    monkeypatch.delenv(i18n.PSEUDO_VARIABLE, raising=False)
    i18n.install(qapp, "en")


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def _in_scrolled_content(widget: QWidget) -> bool:
    """Inside a scroll area's content: it scrolls rather than clips."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget) or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        need = widget.minimumSizeHint().width()
        if widget.width() + 1 < need and not _in_scrolled_content(widget):
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} {text!r}: "
                f"{widget.width()} < {need}"
            )
    return found


def test_every_view_fits_the_screen_with_longer_texts(
    qtbot, longer_texts, window, demo_file
):
    window.resize(WIDTH, HEIGHT)
    assert window.open_path(demo_file)
    qtbot.wait(1)
    problems = []
    for name in ("capture", *VIEWS):
        view = window.capture if name == "capture" else window.show_view(name)
        pages = view.findChildren(QTabWidget)  # the roadmap's and set-up's pages
        for tabs in pages or [None]:
            for page in range(tabs.count()) if tabs is not None else [0]:
                if tabs is not None:
                    tabs.setCurrentIndex(page)
                qtbot.wait(1)
                where = f"{name} {page}"
                if window.width() > WIDTH:
                    problems.append(f"{where}: the window needs {window.width()} px")
                problems += [f"{where}: {p}" for p in clipped(window)]
                window.resize(WIDTH, HEIGHT)
    assert problems == []
