"""Grid, Overview and Charts in a follow-up round: they show the round being captured,
with the people taking part in it (as Capture does), and follow a switch of round or a
new round at once."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import Qt

from crm_workshop.gui.widgets.progress_commands import StartFollowUpCommand
from crm_workshop.services.demo_progress import ABSENT, FOLLOW_UP
from crm_workshop.services.progress import FollowUp
from crm_workshop.services.workshop import WorkshopSession


def names_in(rows) -> set[str]:
    return {row.name for row in rows}


def participants(path: Path, round_name: str) -> set[str]:
    with WorkshopSession.open(path, read_only=True) as session:
        round_id = session.round_named(round_name).id
        return {p.name for p in session.progress.people(round_id)}


def capture_round(window, name: str) -> None:
    """Choose the round in Capture's Round box, as the user does."""
    selector = window.capture.round_selector
    index = next(
        i for i in range(selector.count()) if selector.itemText(i).startswith(name)
    )
    selector.setCurrentIndex(index)
    selector.activated.emit(index)
    assert window.document.round.name == name


def grid_people(grid) -> set[str]:
    model = grid.table_model
    return {model.stakeholder(r).name for r in range(model.rowCount())}


# -- the grid -----------------------------------------------------------------------------
def test_the_grid_lists_the_rounds_participants_and_follows_a_switch(
    qtbot, window, follow_up_file
):
    taking_part = participants(follow_up_file, FOLLOW_UP)
    everyone = participants(follow_up_file, "Baseline")
    assert set(ABSENT) <= everyone - taking_part  # two people missed the follow-up
    assert window.open_path(follow_up_file)
    grid = window.show_view("grid")
    assert window.document.round.name == FOLLOW_UP
    assert grid_people(grid) == taking_part
    assert FOLLOW_UP in grid.round_label.text()

    window.tabs.setCurrentWidget(window.capture)
    capture_round(window, "Baseline")
    window.show_view("grid")
    assert grid_people(grid) == everyone
    assert "Baseline" in grid.round_label.text()

    # an undo while the grid is in view switches back: the grid follows at once
    window.document.undo_stack.undo()
    assert window.document.round.name == FOLLOW_UP
    assert grid_people(grid) == taking_part
    assert FOLLOW_UP in grid.round_label.text()


def test_typing_in_the_grid_of_a_follow_up_answers_in_that_round(
    qtbot, window, follow_up_file
):
    assert window.open_path(follow_up_file)
    grid = window.show_view("grid")
    grid.show_area("value")
    grid.table.setFocus()
    grid.table.go_to(0, 0)
    person = grid.table_model.stakeholder(0)
    grid.table.cellTyped.emit(0, 0, "5")
    window.close_workshop()
    with WorkshopSession.open(follow_up_file, read_only=True) as session:
        follow_up = session.round_named(FOLLOW_UP).id
        stored = session.question_ratings(follow_up, "5.1")
        assert any(r.stakeholder_id == person.id and r.current == 5 for r in stored)
        baseline = session.round_named("Baseline").id
        before = session.question_ratings(baseline, "5.1")
        assert not any(r.stakeholder_id == person.id and r.current == 5 for r in before)


# -- the overview -------------------------------------------------------------------------
def test_the_overview_counts_the_rounds_participants_and_follows_a_switch(
    qtbot, window, follow_up_file
):
    taking_part = participants(follow_up_file, FOLLOW_UP)
    everyone = participants(follow_up_file, "Baseline")
    assert window.open_path(follow_up_file)
    overview = window.show_view("overview")
    shown = overview.overview
    assert names_in(shown.stakeholders) == taking_part  # the absent are not owed
    questions = sum(a.questions for a in shown.areas)
    assert shown.total.expected == len(taking_part) * questions
    assert FOLLOW_UP in overview.summary_label.text()
    assert overview.stakeholder_model.rowCount() == len(taking_part)

    window.tabs.setCurrentWidget(window.capture)
    capture_round(window, "Baseline")
    window.show_view("overview")
    qtbot.waitUntil(lambda: "Baseline" in overview.summary_label.text())
    assert names_in(overview.overview.stakeholders) == everyone
    assert overview.stakeholder_model.rowCount() == len(everyone)

    window.document.undo_stack.undo()  # back to the follow-up, the overview in view
    qtbot.waitUntil(lambda: FOLLOW_UP in overview.summary_label.text())
    assert names_in(overview.overview.stakeholders) == taking_part


def test_someone_answering_outside_the_participants_is_shown_as_such(
    qtbot, window, follow_up_file
):
    from crm_workshop.domain.assessment import Answer, Rating

    with WorkshopSession.open(follow_up_file) as session:
        absent = next(p for p in session.stakeholders() if p.name == ABSENT[0])
        follow_up = session.round_named(FOLLOW_UP).id
        session.rate(follow_up, Rating(absent.id, "1.1", Answer.LEVEL, 2, 3))
    assert window.open_path(follow_up_file)
    overview = window.show_view("overview")
    model = overview.stakeholder_model
    row = next(r for r in range(model.rowCount()) if model.row(r).name == ABSENT[0])
    assert not model.row(row).active and model.row(row).tally.open == 0
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{ABSENT[0]} does not take part in this round"


# -- the charts ---------------------------------------------------------------------------
def test_the_other_rounds_list_follows_a_new_round_and_a_switch(
    qtbot, window, demo_file
):
    assert window.open_path(demo_file)
    document = window.document
    charts = window.show_view("charts")
    assert charts.round_boxes == {}  # one round: nothing to overlay
    (baseline,) = document.session.rounds()

    people = tuple(s.id for s in document.session.stakeholders())[:3]
    command = StartFollowUpCommand(
        document, FollowUp("Q2 2027", "2027-04-20", people, baseline.id), "new round"
    )
    document.undo_stack.push(command)  # the Progress tab's New follow-up round…
    assert document.round.name == "Q2 2027"
    window.show_view("charts")
    assert list(charts.round_boxes) == [baseline.id]
    assert "Baseline" in charts.round_boxes[baseline.id].text()
    assert charts.rounds_label.isVisible()
    charts.round_boxes[baseline.id].setChecked(True)
    labels = [line.get_label() for line in charts.radar.artists.lines]
    assert labels[-1] == "Baseline"

    window.tabs.setCurrentWidget(window.capture)
    capture_round(window, "Baseline")
    window.show_view("charts")
    assert list(charts.round_boxes) == [command.round_id]
    assert "Q2 2027" in charts.round_boxes[command.round_id].text()
    labels = [line.get_label() for line in charts.radar.artists.lines]
    assert "Baseline" not in labels[2:]  # the baseline is no overlay of itself

    document.undo_stack.undo()  # capture Q2 2027 again
    document.undo_stack.undo()  # and the round is gone
    assert charts.round_boxes == {} and not charts.rounds_label.isVisible()


def test_department_ticks_survive_a_switch_of_round(qtbot, window, follow_up_file):
    assert window.open_path(follow_up_file)
    charts = window.show_view("charts")
    qtbot.waitUntil(lambda: charts.radar.artists is not None)
    charts.department_boxes["it"].setChecked(True)
    window.tabs.setCurrentWidget(window.capture)
    capture_round(window, "Baseline")
    window.show_view("charts")
    assert charts.department_boxes["it"].isChecked()
    legend = [t.get_text() for t in charts.radar.figure.legends[0].get_texts()]
    assert "IT" in legend


def test_the_grid_marks_answers_still_carried_over(qtbot, window, follow_up_file):
    assert window.open_path(follow_up_file)
    grid = window.show_view("grid")
    grid.show_area("value")  # still carried over from the baseline in the demo
    model = grid.table_model
    row = next(r for r in range(model.rowCount()) if model.cell_text(r, 0))
    cell = model.index(row, 0)
    level = model.cell_text(row, 0)
    assert cell.data() == f"{level} ↻"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert "Carried over from “Baseline”" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.cell_text(row, 0) == level  # what copying takes: no mark
    grid.show_area("people")  # re-assessed in the follow-up: nothing carried
    assert not any(
        model.index(r, c).data().endswith("↻")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )

    grid.show_area("value")
    new = "1" if level != "1" else "2"
    grid.table.cellTyped.emit(row, 0, new)  # a new answer is no longer carried over
    qtbot.waitUntil(lambda: model.index(row, 0).data() == new)
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None  # upright
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: model.index(row, 0).data() == f"{level} ↻")


def test_an_undo_that_cannot_mark_the_answer_again_leaves_the_edit_whole(
    qtbot, window, follow_up_file, monkeypatch
):
    """Undoing an answer given over a carried one wrote the earlier answer and its
    "carried over" mark in two writes: when the second failed (a full disk), the
    earlier answer was back and looked confirmed. Both are one write now: a refused
    undo leaves the file as the edit made it, and the step leaves the stack."""
    from crm_workshop.storage import progress_repo

    assert window.open_path(follow_up_file)
    document = window.document
    grid = window.show_view("grid")
    grid.show_area("value")  # still carried over from the baseline in the demo
    model = grid.table_model
    row = next(r for r in range(model.rowCount()) if model.cell_text(r, 0))
    person, question = model.stakeholder(row), model.question(0).id
    level = model.cell_text(row, 0)
    new = "1" if level != "1" else "2"
    grid.table.cellTyped.emit(row, 0, new)
    qtbot.waitUntil(lambda: model.index(row, 0).data() == new)
    assert document.undo_stack.count() == 1

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(progress_repo, "mark_carried", no_space)
    window.undo_action.trigger()
    monkeypatch.undo()
    assert window.dialogs.errors  # the refusal is said
    assert document.undo_stack.count() == 0
    assert document.ratings_for(question)[person.id].current == int(new)
    progress = document.session.progress
    assert progress.carried_mark(document.round.id, person.id, question) is None
    qtbot.waitUntil(lambda: model.index(row, 0).data() == new)  # what the file holds
