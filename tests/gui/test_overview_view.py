"""The overview tab: the service's numbers on screen, jumps to questions, follow-ups."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QDate, Qt

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.domain.engagement import Followup
from crm_workshop.gui.commands import RateCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.itemmodels import FRACTION_ROLE, QUESTION_ROLE
from crm_workshop.gui.widgets.overview_view import COVERAGE_TINTS, OverviewView
from crm_workshop.services.errors import WriteFailed
from crm_workshop.services.overview import Coverage, workshop_overview
from crm_workshop.services.workshop import WorkshopSession

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def document(demo_file):
    doc = WorkshopDocument(WorkshopSession.open(demo_file))
    yield doc
    if doc.is_open:
        doc.close()


@pytest.fixture
def view(qtbot, document):
    widget = OverviewView(document, "en")
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    return widget


def cell(model, row: int, column: int, role=DISPLAY):
    return model.data(model.index(row, column), role)


def row_texts(model, row: int) -> list[str]:
    return [cell(model, row, c) for c in range(model.columnCount())]


def expected(document):
    return workshop_overview(
        document.session, document.round.id, assessment=document.assessment()
    )


def test_tables_show_the_service_numbers(view, document, qtmodeltester):
    result = expected(document)
    for n, area in enumerate(result.areas):
        t = area.tally
        assert row_texts(view.area_model, n)[1:] == [
            str(t.levels),
            str(t.not_applicable),
            str(t.dont_know),
            str(t.open),
            f"{round(t.fraction * 100)} %",
        ]
        assert cell(view.area_model, n, 5, FRACTION_ROLE) == pytest.approx(t.fraction)
    total = row_texts(view.area_model, len(result.areas))
    assert total[0] == "All areas"
    assert total[1:5] == ["177", "2", "7", "122"]  # the demo: 186 answers, 308 owed
    assert total[5] == "60 %"

    assert view.stakeholder_model.rowCount() == len(result.stakeholders) == 11
    for n, person in enumerate(result.stakeholders):
        texts = row_texts(view.stakeholder_model, n)
        assert texts[0] == person.name
        assert texts[2:6] == [
            str(person.tally.levels),
            str(person.tally.not_applicable),
            str(person.tally.dont_know),
            str(person.tally.open),
        ]

    coverage = view.coverage_model
    assert coverage.rowCount() == len(result.coverage)
    assert coverage.columnCount() == len(document.model.areas)
    for n, row in enumerate(result.coverage):
        assert coverage.headerData(n, Qt.Orientation.Vertical, DISPLAY).endswith(
            f"({row.stakeholders})"
        )
        for m, item in enumerate(row.cells):
            tint = cell(coverage, n, m, Qt.ItemDataRole.BackgroundRole)
            assert tint == COVERAGE_TINTS.get(item.status)
            if item.status in (Coverage.ANSWERED, Coverage.UNEXPECTED):
                assert cell(coverage, n, m) == str(item.answers)
    statuses = {c.status for row in result.coverage for c in row.cells}
    assert {Coverage.ANSWERED, Coverage.MISSING, Coverage.UNEXPECTED} <= statuses

    ids = [cell(view.disagreement_model, n, 0, QUESTION_ROLE) for n in range(4)]
    assert ids == [d.question_id for d in result.disagreements]
    assert ids == ["2.3", "3.2", "4.2", "5.2"]
    assert row_texts(view.disagreement_model, 0)[1:] == [
        "1: Agnieszka Lewandowska, Joanna Kamińska",
        "4: Paweł Szymański, Łukasz Dąbrowski",
        "3",
        "2",
    ]
    assert view.validation_model.rowCount() == len(result.open_items)
    assert cell(view.validation_model, 0, 0, QUESTION_ROLE) == "3.3"
    assert cell(view.validation_model, 0, 1) == "3"

    for model in (
        view.area_model,
        view.stakeholder_model,
        view.coverage_model,
        view.disagreement_model,
        view.validation_model,
    ):
        qtmodeltester.check(model)


def test_activating_a_disagreement_jumps_to_its_question(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    table = view.disagreement_table
    table.setFocus()
    table.selectRow(1)
    with qtbot.waitSignal(view.questionActivated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["3.2"]

    rect = table.visualRect(view.disagreement_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.questionActivated) as blocker:
        qtbot.mouseDClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert blocker.args == ["2.3"]


def test_follow_up_set_in_the_widgets_is_written_to_the_file(
    qtbot, view, document, demo_file
):
    view.show()
    qtbot.waitExposed(view)
    view.validation_table.selectRow(view.validation_model.row_of_question("4.1"))
    assert view.editor.isEnabled()
    combo = view.owner_combo
    with qtbot.waitSignal(view.statusMessage):
        combo.setCurrentIndex(combo.findText("Ewa Mazur"))
    view.due_check.setChecked(True)
    view.due_edit.setDate(QDate(2020, 1, 31))
    view.note_edit.setFocus()
    qtbot.keyClicks(view.note_edit, "<b>zgody</b> z 2018")
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)

    row = view.validation_model.row_of_question("4.1")
    texts = row_texts(view.validation_model, row)
    assert texts[3:] == ["Ewa Mazur", "2020-01-31", "Overdue"]
    assert view.validation_table.currentIndex().row() == row  # selection kept
    document.close()  # release the file: everything must already be on disk

    with WorkshopSession.open(demo_file, read_only=True) as session:
        followup = session.followups(session.rounds()[-1].id)["4.1"]
        owner = next(p for p in session.stakeholders() if p.id == followup.owner_id)
    assert (owner.name, followup.due_on, followup.note, followup.done) == (
        "Ewa Mazur",
        "2020-01-31",
        "<b>zgody</b> z 2018",
        False,
    )


def test_marking_done_clears_the_overdue_flag(qtbot, view, document):
    round_id = document.round.id
    view.validation_table.selectRow(0)
    view.due_check.setChecked(True)
    view.due_edit.setDate(QDate.currentDate().addDays(-1))
    assert view.overview.overdue == 1
    view.done_check.setChecked(True)
    assert view.overview.overdue == 0
    assert document.session.followups(round_id)["3.3"].done
    assert row_texts(view.validation_model, 0)[5] == "Done"
    # emptying every field removes the follow-up again
    view.done_check.setChecked(False)
    view.due_check.setChecked(False)
    assert document.session.followups(round_id) == {}


def test_a_failed_write_is_reported_to_the_window(qtbot, view, document, monkeypatch):
    def fail(*_args):
        raise WriteFailed(document.session.path, "disk full")

    monkeypatch.setattr(document.session, "set_followup", fail)
    view.validation_table.selectRow(0)
    with qtbot.waitSignal(document.writeFailed) as blocker:
        view.done_check.setChecked(True)
    assert isinstance(blocker.args[0], WriteFailed)
    assert not view.done_check.isChecked()  # the editor shows what is stored


def ewa_rates_people_question(document):
    ewa = next(p for p in document.session.stakeholders() if p.name == "Ewa Mazur")
    new = Rating(ewa.id, "1.1", Answer.LEVEL, 3)
    document.undo_stack.push(RateCommand(document, ewa.id, "1.1", new, "rate"))


def test_a_rating_change_refreshes_completeness(qtbot, view, document):
    view.show()
    qtbot.waitExposed(view)
    assert cell(view.area_model, 0, 4) == "24"
    ewa_rates_people_question(document)
    qtbot.waitUntil(lambda: cell(view.area_model, 0, 4) == "23")
    assert cell(view.area_model, 0, 1) == "43"
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: cell(view.area_model, 0, 4) == "24")


def test_many_changes_refresh_once_and_a_hidden_view_waits(
    qtbot, view, document, monkeypatch
):
    calls = []
    original = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: (calls.append(1), original()))
    view.show()
    qtbot.waitExposed(view)
    people = [p for p in document.session.stakeholders() if p.name != "Ewa Mazur"]
    for person in people:  # what a paste does: one signal per answer
        document.apply_rating(
            person.id, "2.5", Rating(person.id, "2.5", Answer.LEVEL, 2)
        )
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(20)
    assert calls == [1]

    view.hide()
    ewa_rates_people_question(document)
    qtbot.wait(20)
    assert calls == [1]  # nothing computed for a hidden tab
    view.show()
    qtbot.waitUntil(lambda: calls == [1, 1])
    assert cell(view.area_model, 0, 4) == "23"


def plain_when_shown(tip: str | None) -> bool:
    """Qt shows a tooltip as plain text unless it guesses rich text; then it must be
    escaped."""
    return not QtGui.Qt.mightBeRichText(tip or "") or "&lt;b&gt;" in (tip or "")


def test_user_text_is_never_rich_text(qtbot, demo_file):
    with WorkshopSession.open(demo_file) as session:
        boss = session.add_stakeholder("<b>Zarząd</b>", department="board")
        session.rate(session.rounds()[-1].id, Rating(boss, "3.3", Answer.DONT_KNOW))
        person = next(p for p in session.stakeholders() if p.id == boss)
        session.update_stakeholder(dataclasses.replace(person, active=False))
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    widget = OverviewView(document, "en")
    qtbot.addWidget(widget)
    people = widget.stakeholder_model
    [row] = [
        n for n in range(people.rowCount()) if cell(people, n, 0) == "<b>Zarząd</b>"
    ]
    tip = cell(people, row, 0, Qt.ItemDataRole.ToolTipRole)
    assert "active" in tip
    assert QtGui.Qt.mightBeRichText(tip) and plain_when_shown(tip)
    validation = widget.validation_model
    row = validation.row_of_question("3.3")
    assert "<b>Zarząd</b>" in cell(validation, row, 2)
    for column in range(validation.columnCount()):
        assert plain_when_shown(
            cell(validation, row, column, Qt.ItemDataRole.ToolTipRole)
        )
    widget.validation_table.selectRow(row)
    assert widget.followup_label.textFormat() == Qt.TextFormat.PlainText
    document.close()


def test_the_summary_counts_overdue_follow_ups(view, document):
    assert view.overview.overdue == 0
    three_days_ago = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    document.session.set_followup(
        document.round.id, Followup("3.3", None, three_days_ago)
    )
    view.refresh()
    assert view.overview.overdue == 1
    assert "1 overdue" in view.summary_label.text()
    row = view.validation_model.row_of_question("3.3")
    foreground = cell(view.validation_model, row, 0, Qt.ItemDataRole.ForegroundRole)
    assert foreground is not None


def test_a_read_only_workshop_shows_follow_ups_but_cannot_change_them(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    widget = OverviewView(document, "en")
    qtbot.addWidget(widget)
    widget.validation_table.selectRow(0)
    assert widget.validation_model.rowCount() == 4
    assert not widget.editor.isEnabled()
    document.close()


def test_follow_up_edits_are_undone_and_redone(qtbot, view, document, demo_file):
    view.show()
    qtbot.waitExposed(view)
    stack = document.undo_stack
    round_id = document.round.id
    view.validation_table.selectRow(view.validation_model.row_of_question("4.1"))
    combo = view.owner_combo
    combo.setCurrentIndex(combo.findText("Ewa Mazur"))
    view.done_check.setChecked(True)
    assert document.session.followups(round_id)["4.1"].done
    assert stack.count() == 2
    assert stack.undoText() == "Follow-up of 4.1"

    stack.undo()
    assert not view.done_check.isChecked()
    assert not document.session.followups(round_id)["4.1"].done
    assert combo.currentText() == "Ewa Mazur"
    stack.undo()  # the follow-up did not exist before: it is removed again
    assert document.session.followups(round_id) == {}
    assert combo.currentData() is None
    row = view.validation_model.row_of_question("4.1")
    assert row_texts(view.validation_model, row)[3:] == ["–", "–", "No follow-up"]
    stack.redo()
    assert combo.currentText() == "Ewa Mazur"
    assert row_texts(view.validation_model, row)[3] == "Ewa Mazur"

    combo.setCurrentIndex(0)  # nobody, no date, no note: the follow-up is cleared
    assert document.session.followups(round_id) == {}
    assert stack.undoText() == "Follow-up of 4.1"
    stack.undo()
    assert document.session.followups(round_id)["4.1"].owner_id is not None
    assert combo.currentText() == "Ewa Mazur"
    document.close()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        followup = session.followups(session.rounds()[-1].id)["4.1"]
        owner = next(p for p in session.stakeholders() if p.id == followup.owner_id)
    assert (owner.name, followup.done) == ("Ewa Mazur", False)


def test_an_undo_while_the_overview_is_hidden_shows_when_it_is_shown(
    qtbot, view, document
):
    view.show()
    qtbot.waitExposed(view)
    view.validation_table.selectRow(0)
    view.done_check.setChecked(True)
    assert row_texts(view.validation_model, 0)[5] == "Done"
    view.hide()
    document.undo_stack.undo()
    view.show()
    qtbot.waitUntil(lambda: row_texts(view.validation_model, 0)[5] == "No follow-up")
