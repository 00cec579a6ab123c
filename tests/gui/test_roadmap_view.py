"""The Roadmap tab in the window: its pages, jumps to questions, nothing typed is lost."""

from __future__ import annotations

from crm_workshop.gui.widgets.roadmap_view import PAGES
from crm_workshop.services.workshop import WorkshopSession


def _open_roadmap(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    view = window.show_view("roadmap")
    qtbot.waitExposed(view)
    return view


def test_every_page_is_built_when_first_shown(qtbot, window, demo_file):
    view = _open_roadmap(qtbot, window, demo_file)
    assert view.tabs.count() == len(PAGES)
    for name in PAGES:
        assert view._lazy[name].view is None or name == "summary"
    for index, name in enumerate(PAGES):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        page = view._lazy[name].view
        assert page is not None and page.isVisible(), name


def test_a_page_asking_for_a_question_shows_it_in_the_capture(qtbot, window, demo_file):
    view = _open_roadmap(qtbot, window, demo_file)
    risks = view.show_page("risks")
    risks.questionActivated.emit("3.2")
    assert window.tabs.currentWidget() is window.capture
    assert window.capture.question_id == "3.2"


def test_text_still_being_typed_is_written_when_the_workshop_closes(
    qtbot, window, demo_file
):
    view = _open_roadmap(qtbot, window, demo_file)
    summary = view.show_page("summary")
    editor = summary.vision_edit
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Klient w centrum")  # QTest types ASCII only
    editor.insertPlainText(" — zażółć gęślą jaźń")
    window.close_workshop()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        assert session.engagement.vision == "Klient w centrum — zażółć gęślą jaźń"
