"""The vision and executive summary page, driven through its widgets; the file is read
back from disk at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.roadmap_summary import RoadmapSummaryPage
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.setup_helpers import type_text

POLISH = "Zażółć gęślą jaźń – <b>klient</b> & „Bursztyn” 🙂"


@pytest.fixture
def page(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = RoadmapSummaryPage(document)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    yield view
    if document.is_open:
        view.commit_pending()
        document.close()


def stored(page, field="executive_summary") -> str:
    return getattr(page.document.session.engagement, field)


def reopened(page) -> WorkshopSession:
    page.commit_pending()
    page.document.close()
    return WorkshopSession.open(page.document.session.path, read_only=True)


def test_summary_is_written_once_on_focus_out_and_undo_restores_it(qtbot, page):
    stack = page.document.undo_stack
    old = stored(page)
    count = stack.count()
    edit = page.summary_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Plan for 2027. ")
    type_text(qtbot, edit, POLISH)
    assert stack.count() == count  # nothing per keystroke
    page.vision_edit.setFocus()  # the summary loses the focus: the edit is over
    qtbot.waitUntil(lambda: stored(page) == "Plan for 2027. " + POLISH)
    assert stack.count() == count + 1
    assert stack.undoText() == "Executive summary"
    stack.undo()
    assert stored(page) == old
    assert edit.toPlainText() == old
    stack.redo()
    assert edit.toPlainText() == "Plan for 2027. " + POLISH
    with reopened(page) as session:
        assert session.engagement.executive_summary == "Plan for 2027. " + POLISH


def test_writes_after_pauses_in_typing_are_one_undo_step(qtbot, page):
    stack = page.document.undo_stack
    old = stored(page, "vision")
    count = stack.count()
    edit = page.vision_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "First")
    qtbot.waitUntil(lambda: stored(page, "vision") == "First")  # a pause: saved
    qtbot.keyClicks(edit, " and second")
    qtbot.waitUntil(lambda: stored(page, "vision") == "First and second")
    edit.clearFocus()
    assert stack.count() == count + 1
    stack.undo()
    assert stored(page, "vision") == old
    assert edit.toPlainText() == old


def test_ctrl_enter_finishes_the_edit_without_a_new_line(qtbot, page):
    edit = page.summary_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Short")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(page) == "Short"
    assert edit.toPlainText() == "Short"


def test_commit_pending_keeps_text_typed_when_the_window_closes(qtbot, page):
    edit = page.summary_edit
    edit.setFocus()
    type_text(qtbot, edit, POLISH)  # no pause, no focus change
    page.commit_pending()
    with reopened(page) as session:
        assert session.engagement.executive_summary == POLISH


def test_counts_and_draft_language_are_shown(qtbot, page):
    assert "Polish" in page.language_label.text()
    assert page.counts["vision"].text() == "Characters: {:,}".format(
        len(stored(page, "vision"))
    )
    page.summary_edit.setFocus()
    qtbot.keyClicks(page.summary_edit, "abc")
    assert page.counts["executive_summary"].text() == "Characters: 3"


def test_draft_fills_the_summary_and_asks_before_replacing(qtbot, page, monkeypatch):
    report = pytest.importorskip("crm_workshop.services.report")
    if not hasattr(report, "draft_executive_summary"):
        pytest.skip("the draft service is not there yet")
    session = page.document.session
    draft = report.draft_executive_summary(
        session, page.document.round.id, session.engagement.report_language
    ).strip()
    asked: list[bool] = []
    answer = [False]

    def confirm() -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(page, "confirm_replace", confirm)
    assert stored(page) == ""  # the demo leaves the summary to the consultant
    page.draft_button.click()
    assert not asked  # nothing to replace: no question
    assert stored(page) == draft
    assert page.summary_edit.toPlainText() == draft
    assert len(draft) > 200 and "Bursztyn" in draft  # Polish, from the numbers

    page.summary_edit.setFocus()
    page.summary_edit.selectAll()
    qtbot.keyClicks(page.summary_edit, "Mine")
    page.vision_edit.setFocus()
    assert stored(page) == "Mine"
    page.draft_button.click()  # answered No: the consultant's text stays
    assert asked == [True]
    assert stored(page) == "Mine"
    answer[0] = True
    page.draft_button.click()
    assert stored(page) == draft
    page.document.undo_stack.undo()
    assert stored(page) == "Mine"
    assert page.summary_edit.toPlainText() == "Mine"


def test_a_read_only_workshop_cannot_be_edited(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = RoadmapSummaryPage(document)
    qtbot.addWidget(view)
    try:
        assert view.summary_edit.isReadOnly()
        assert not view.draft_button.isEnabled()
    finally:
        document.close()
