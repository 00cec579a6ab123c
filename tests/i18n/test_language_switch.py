"""View › Language switches the interface at once and keeps the work: the open
workshop, its undo stack, the view and the question shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QMenu

from crm_workshop.gui import i18n


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _language_action(window, code: str):
    menu = window.language_menu
    (action,) = [
        a for a in menu.actions() if a.objectName() == f"language_{code}_action"
    ]
    return action


@pytest.fixture
def back_to_english(qapp):
    yield
    i18n.install(qapp, "en")


def test_switching_to_polish_keeps_the_workshop_its_undo_and_the_question(
    qtbot, window, demo_file, back_to_english
):
    window.open_path(demo_file)
    capture = window.capture
    capture.show_question("2.1")
    document = window.document
    stakeholder = capture.table_model.stakeholder(0).id
    before = document.ratings_for("2.1").get(stakeholder)
    capture.table.setCurrentIndex(capture.table_model.index(0, 1))
    new_level = "4" if before is None or before.current != 4 else "5"
    qtbot.keyClick(capture.table, new_level)  # an edit to undo after the switch
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert document.ratings_for("2.1")[stakeholder].current == int(new_level)
    assert "&File" in _menu_titles(window)

    _language_action(window, "pl").trigger()

    assert "&Plik" in _menu_titles(window)
    assert window.tabs.tabText(0) == "&Ocena"
    assert window.language == "pl" and window.settings.value("language") == "pl"
    assert window.document is document and document.undo_stack is stack
    assert window.capture is not capture and window.capture.question_id == "2.1"
    texts = {label.text() for label in window.capture.findChildren(QLabel)}
    assert any("Odpowiedzi" in text or "odpowiedzi" in text for text in texts), texts
    assert _language_action(window, "pl").isChecked()
    assert window.undo_action is not None and window.undo_action.isEnabled()

    window.undo_action.trigger()  # the edit made before the switch is undone

    assert document.ratings_for("2.1").get(stakeholder) == before
    assert stack.index() == 0

    _language_action(window, "en").trigger()

    assert "&File" in _menu_titles(window)
    assert window.tabs.tabText(0) == "&Capture"
    assert window.capture.question_id == "2.1"
    assert window.settings.value("language") == "en"


def test_the_tab_shown_stays_and_later_edits_reach_the_new_views(
    qtbot, window, demo_file, back_to_english
):
    window.open_path(demo_file)
    setup = window.show_view("setup")
    assert window.tabs.currentWidget() is window._lazy["setup"]

    window.set_language("pl")

    assert window.tabs.currentWidget() is window._lazy["setup"]
    assert window._lazy["setup"].view is not setup
    # a set-up change is announced to the new views only: the old ones are gone
    window.document.setup_changed("stakeholders")
    window.document.setup_changed("engagement")
    qtbot.wait(1)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "&Konfiguracja"


def test_the_live_radar_is_drawn_again_in_the_new_language(
    qtbot, window, demo_file, back_to_english
):
    """The capture view is built anew: its radar must not stay blank until the
    next answer."""
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.capture.radar.artists is not None)

    window.set_language("pl")

    radar = window.capture.radar
    qtbot.waitUntil(lambda: radar.artists is not None)
    labels = " ".join(
        " ".join(t.get_text().split()) for t in radar.artists.axes.get_xticklabels()
    )
    assert "Ludzie i organizacja" in labels
    assert radar.artists.lines and len(radar.artists.lines[0].get_xdata()) > 1


def test_the_start_page_and_qt_dialog_texts_follow(qtbot, window, back_to_english):
    assert window.start_page.new_button.text() == "&New workshop…"
    window.set_language("pl")
    assert window.start_page.new_button.text() == "&Nowy warsztat…"
    assert window.read_only_banner.button.text() == "Zapisz kopię &gdzie indziej…"
    # Qt's own texts come from its Polish catalogue
    assert QCoreApplication.translate("QShortcut", "Ctrl") != "" and (
        QLocale().language() == QLocale.Language.Polish
    )
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Widok"
    )
    assert isinstance(view_menu, QMenu)
    assert window.language_menu.title() == "&Język"


def test_the_system_decides_until_the_user_chooses(monkeypatch):
    polish, english = QLocale(QLocale.Language.Polish), QLocale(QLocale.Language.German)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: polish))
    assert i18n.chosen_language(None) == "pl"
    assert i18n.chosen_language("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english))
    assert i18n.chosen_language(None) == "en"
    assert i18n.chosen_language("de") == "en"
    assert i18n.chosen_language("pl") == "pl"
