"""Help (F1): the method, the level scale, how scores are computed, the keyboard
shortcuts and where files and backups live, in the language of the interface.

The text is one HTML resource per language (``resources/help/help_<lang>.html``). Two
parts are made each time the window is shown: the shortcut table, from the window's
actual menu actions and the capture keys of ``keys.py`` (so it cannot go stale), and
the folders of this computer. Everything inserted is escaped. Imported when Help is
first asked for.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.keys import (
    CLEAR_KEYS,
    DIGIT_KEYS,
    DONT_KNOW_KEY,
    NEXT_QUESTION_KEYS,
    NOT_APPLICABLE_KEY,
)
from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.locations import backups_dir, resources_dir, user_models_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

LANGUAGES = ("en", "pl")
SECTIONS = ("method", "scale", "scores", "shortcuts", "files")
SHORTCUTS_MARK = "<!--shortcuts-->"
FILES_MARK = "<!--files-->"
NATIVE = QKeySequence.SequenceFormat.NativeText


def help_path(language: str) -> Path:
    name = language if language in LANGUAGES else "en"
    return resources_dir() / "help" / f"help_{name}.html"


def help_source(language: str) -> str:
    """The help text of ``language`` (English when there is none); a short apology
    when even that is missing (a broken installation), never an error."""
    for path in (help_path(language), help_path("en")):
        try:
            return path.read_text("utf-8")
        except OSError:
            continue
    title = html.escape(QCoreApplication.translate("HelpWindow", "Help"))
    return (
        f"<h1>{title}</h1><p>"
        + html.escape(
            QCoreApplication.translate(
                "HelpWindow", "The help text is missing from this installation."
            )
        )
        + f"</p>{SHORTCUTS_MARK}{FILES_MARK}"
    )


# -- the shortcut table -----------------------------------------------------------------
def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersands ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every menu action of ``window`` that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(actions: Iterable[QAction], where: str) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                title = plain_text(menu.title() or action.text())
                walk(menu.actions(), f"{where} › {title}" if where else title)
            elif action.shortcuts() and not action.isSeparator():
                keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
                rows.append((where, plain_text(action.text()), keys))

    walk(window.menuBar().actions(), "")
    return rows


def _key(key: Qt.Key, shift: bool = False) -> str:
    modifier = (
        Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    )
    return QKeySequence(QKeyCombination(modifier, key)).toString(NATIVE)


def _keys(keys: Iterable[Qt.Key], shift: bool = False) -> str:
    return ", ".join(_key(key, shift) for key in keys)


def _span(keys: Iterable[Qt.Key], shift: bool = False) -> str:
    ordered = sorted(keys, key=lambda key: DIGIT_KEYS[key])
    return f"{_key(ordered[0], shift)} – {_key(ordered[-1], shift)}"


def capture_keys() -> list[tuple[str, str]]:
    """(keys, what they do) in the capture view's answer table and the grid."""
    return [
        (
            _span(DIGIT_KEYS),
            QCoreApplication.translate(
                "HelpWindow", "Current level of the selected stakeholder"
            ),
        ),
        (
            _span(DIGIT_KEYS, shift=True),
            QCoreApplication.translate("HelpWindow", "Target level"),
        ),
        (
            _key(NOT_APPLICABLE_KEY),
            QCoreApplication.translate("HelpWindow", "Not applicable"),
        ),
        (
            _key(DONT_KNOW_KEY),
            QCoreApplication.translate("HelpWindow", "Don't know / needs validation"),
        ),
        (
            _keys(CLEAR_KEYS),
            QCoreApplication.translate("HelpWindow", "Clear the answer"),
        ),
        (
            _keys(NEXT_QUESTION_KEYS),
            QCoreApplication.translate("HelpWindow", "Next question"),
        ),
        (
            _keys(NEXT_QUESTION_KEYS, shift=True),
            QCoreApplication.translate("HelpWindow", "Previous question"),
        ),
    ]


def _table(headers: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (
        "<table border='1' cellpadding='4' cellspacing='0'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def shortcuts_html(window: QMainWindow) -> str:
    capture = _table(
        (
            QCoreApplication.translate("HelpWindow", "Keys"),
            QCoreApplication.translate("HelpWindow", "In the capture view"),
        ),
        capture_keys(),
    )
    menus = _table(
        (
            QCoreApplication.translate("HelpWindow", "Keys"),
            QCoreApplication.translate("HelpWindow", "Command"),
            QCoreApplication.translate("HelpWindow", "Menu"),
        ),
        ((keys, what, where) for where, what, keys in menu_shortcuts(window)),
    )
    # translated outside the f-string: lupdate does not read inside one
    answering = html.escape(QCoreApplication.translate("HelpWindow", "Answering"))
    menus_title = html.escape(QCoreApplication.translate("HelpWindow", "Menus"))
    return f"<h3>{answering}</h3>{capture}<h3>{menus_title}</h3>{menus}"


# -- where files live -------------------------------------------------------------------
def file_places(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, where) of the folders and files the app keeps on this computer."""
    places = [
        (
            QCoreApplication.translate("HelpWindow", "Automatic backups"),
            str(backups_dir()),
        ),
        (
            QCoreApplication.translate("HelpWindow", "Your library of maturity models"),
            str(user_models_dir()),
        ),
    ]
    demo_path = getattr(window, "demo_path", None)
    if callable(demo_path):
        places.append(
            (
                QCoreApplication.translate("HelpWindow", "The demo workshop"),
                str(demo_path()),
            )
        )
    settings = getattr(window, "settings", None)
    if settings is not None:
        places.append(
            (
                QCoreApplication.translate("HelpWindow", "The app's settings"),
                settings.file_name(),
            )
        )
    return places


def files_html(window: QMainWindow) -> str:
    return _table(
        (
            QCoreApplication.translate("HelpWindow", "What"),
            QCoreApplication.translate("HelpWindow", "Where on this computer"),
        ),
        file_places(window),
    )


def help_html(window: QMainWindow, language: str) -> str:
    return (
        help_source(language)
        .replace(SHORTCUTS_MARK, shortcuts_html(window))
        .replace(FILES_MARK, files_html(window))
    )


class HelpWindow(QDialog):
    """A non-modal window with the help text; it stays open beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 680)

    def set_html(self, text: str) -> None:
        """The text, and the window's own words in the language now in force."""
        self.setWindowTitle(self.tr("CRM Workshop Help"))
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setHtml(text)

    def show_section(self, section: str) -> None:
        """Scroll to ``section`` (one of ``SECTIONS``), or to the top."""
        if section in SECTIONS:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)


def show_help(window: QMainWindow, section: str = "") -> HelpWindow:
    """Open (or bring forward) the help window of ``window`` at ``section``."""
    help_window = getattr(window, "help_window", None)
    if not isinstance(help_window, HelpWindow):
        help_window = HelpWindow(window)
        window.help_window = help_window  # type: ignore[attr-defined]
    language = getattr(window, "language", "en")
    help_window.set_html(help_html(window, language))
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    help_window.show_section(section)
    # the layout is final once shown: scroll again then, so the section is on top
    QTimer.singleShot(0, help_window, lambda: help_window.show_section(section))
    return help_window
