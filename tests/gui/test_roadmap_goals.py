"""The objectives and cascade page, driven through its widgets; the file is read back
from disk at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_workshop.domain.roadmap import GoalLevel
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.roadmap_goal_models import (
    CascadeModel,
    ObjectiveTableModel,
    number_text,
    parse_number,
)
from crm_workshop.gui.widgets.roadmap_goals import RoadmapGoalsPage
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.setup_helpers import type_into, type_text

CHURN = "Churn −5%"
POLISH = "Udział klientów rozpoznanych – źródło: „Bursztynowa Karta” żółć"


@pytest.fixture
def page(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = RoadmapGoalsPage(document)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    yield view
    if document.is_open:
        view.commit_pending()
        document.close()


def goals(page, level: GoalLevel) -> list:
    return [g for g in page.document.session.roadmap.goals() if g.level is level]


def reopened(page) -> WorkshopSession:
    page.commit_pending()
    page.document.close()
    return WorkshopSession.open(page.document.session.path, read_only=True)


def undo(qtbot, page) -> None:
    """Undo on the workshop's stack; the page shows the file after its reload."""
    page.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())


def redo(qtbot, page) -> None:
    page.document.undo_stack.redo()
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())


def add_objective(qtbot, page, name: str):
    box = page.objectives
    box.new_edit.setFocus()
    type_text(qtbot, box.new_edit, name)
    qtbot.keyClick(box.new_edit, Qt.Key.Key_Return)
    return box.current()


def test_objective_is_added_edited_and_removed_with_undo_and_redo(qtbot, page):
    box = page.objectives
    stack = page.document.undo_stack
    before = goals(page, GoalLevel.OBJECTIVE)
    added = add_objective(qtbot, page, CHURN)
    assert stack.undoText() == f"Add objective “{CHURN}”"
    assert added.title == CHURN and box.new_edit.text() == ""
    assert box.model.rowCount() == len(before) + 1
    type_into(qtbot, box.edits["kpi"], POLISH)
    type_into(qtbot, box.edits["unit"], "%")
    type_into(qtbot, box.edits["baseline"], "12,5")
    type_into(qtbot, box.edits["target"], "−1 234.25")
    type_into(qtbot, box.edits["due_on"], "2027-06")
    assert stack.undoText() == f"Change the month of objective “{CHURN}”"
    edited = box.current()
    assert (edited.kpi, edited.unit, edited.baseline, edited.target, edited.due_on) == (
        POLISH,
        "%",
        12.5,
        -1234.25,
        "2027-06",
    )
    row = box.model.row_of(edited.id)
    shown = [box.model.index(row, c).data() for c in range(6)]
    assert shown == [CHURN, POLISH, "%", "12.5", "-1234.25", "2027-06"]

    undo(qtbot, page)  # the month
    undo(qtbot, page)  # the target
    assert box.current().target is None and box.current().due_on is None
    assert box.edits["target"].text() == ""
    redo(qtbot, page)
    redo(qtbot, page)
    assert box.current() == edited

    box.table.setCurrentIndex(box.model.index(row, 0))
    box.remove_button.click()
    assert stack.undoText() == f"Remove objective “{CHURN}”"
    assert edited not in goals(page, GoalLevel.OBJECTIVE)
    undo(qtbot, page)
    assert edited in goals(page, GoalLevel.OBJECTIVE)  # the very same, same id
    redo(qtbot, page)
    assert goals(page, GoalLevel.OBJECTIVE) == before
    undo(qtbot, page)
    with reopened(page) as session:
        assert edited in session.roadmap.goals()


def test_bad_numbers_and_months_are_refused_with_a_message(qtbot, page):
    box = page.objectives
    stack = page.document.undo_stack
    before = page.document.session.roadmap.goals()
    count = stack.count()
    stored = box.current()
    for field, bad, words in (
        ("baseline", "abc", "“abc” is not a number"),
        ("target", "12,3,4", "not a number"),
        ("target", "1e5", "not a number"),
        ("target", "nan", "not a number"),
        ("due_on", "2027-13", "“2027-13” is not a month"),
        ("due_on", "czerwiec", "is not a month"),
        ("title", "", "needs a name"),
    ):
        type_into(qtbot, box.edits[field], bad)
        assert box.message_label.isVisible()
        assert words in box.message_label.text()
        assert box.edits[field].text() == box._text(stored, field)  # the file again
    assert stack.count() == count
    type_into(qtbot, box.edits["baseline"], "30")  # a good edit clears the message
    assert not box.message_label.isVisible()
    undo(qtbot, page)
    with reopened(page) as session:
        assert session.roadmap.goals() == before


def test_a_new_objective_needs_a_name(qtbot, page):
    box = page.objectives
    count = page.document.undo_stack.count()
    box.add_button.click()
    assert "name" in box.message_label.text()
    assert page.document.undo_stack.count() == count


def select_goal(page, goal_id: int) -> None:
    cascade = page.cascade
    cascade.tree.setCurrentIndex(cascade.model.index_of(goal_id))


def test_cascade_board_goal_and_copy_come_back_together(qtbot, page):
    cascade = page.cascade
    stack = page.document.undo_stack
    cascade.new_edit.setFocus()
    type_text(qtbot, cascade.new_edit, POLISH)
    qtbot.keyClick(cascade.new_edit, Qt.Key.Key_Return)
    board = cascade.current()
    assert (board.level, board.title) == (GoalLevel.BOARD, POLISH)
    assert stack.undoText() == f"Add board goal “{POLISH[:59]}…”"
    assert not cascade.actions_edit.isVisibleTo(cascade)  # a board goal has none

    cascade.add_copy_button.click()
    copy = cascade.current()
    assert (copy.level, copy.parent_id, copy.title) == (
        GoalLevel.DIRECTOR,
        board.id,
        POLISH,
    )
    people = [p for p in page.document.session.stakeholders() if p.active]
    combo = cascade.owner_combo
    index = combo.findData(people[1].id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    type_into(qtbot, cascade.title_edit, "Marketing: <b>retencja</b> +5 pp")
    department = cascade.department_combo
    department.setFocus()
    department.lineEdit().selectAll()
    type_text(qtbot, department.lineEdit(), "Dział lojalności")
    qtbot.keyClick(department.lineEdit(), Qt.Key.Key_Return)
    cascade.actions_edit.setFocus()
    type_text(qtbot, cascade.actions_edit, "Segmentacja bazy\nŚcieżka win-back")
    cascade.title_edit.setFocus()  # the actions lose the focus: written
    copy = cascade.current()
    assert (copy.owner_id, copy.department, copy.actions) == (
        people[1].id,
        "Dział lojalności",
        "Segmentacja bazy\nŚcieżka win-back",
    )
    assert copy.title == "Marketing: <b>retencja</b> +5 pp"
    copy_index = cascade.model.index_of(copy.id)
    assert copy_index.parent() == cascade.model.index_of(board.id)
    assert copy_index.data() == "Marketing: <b>retencja</b> +5 pp"  # shown literally
    assert (
        copy_index.siblingAtColumn(CascadeModel.ACTIONS).data()
        == "Segmentacja bazy · Ścieżka win-back"
    )

    select_goal(page, board.id)
    cascade.remove_button.click()
    assert "and its 1 director" in stack.undoText()
    ids = {g.id for g in page.document.session.roadmap.goals()}
    assert board.id not in ids and copy.id not in ids
    undo(qtbot, page)
    assert (board in page.document.session.roadmap.goals()) and (
        copy in page.document.session.roadmap.goals()
    )
    assert cascade.model.index_of(copy.id).parent().data() == POLISH
    redo(qtbot, page)
    undo(qtbot, page)
    with reopened(page) as session:
        stored = session.roadmap.goals()
    assert board in stored and copy in stored


def test_undoing_an_added_board_goal_and_redoing_keeps_its_id(qtbot, page):
    cascade = page.cascade
    cascade.new_edit.setFocus()
    type_text(qtbot, cascade.new_edit, "NPS +10")
    cascade.add_board_button.click()
    board = cascade.current()
    undo(qtbot, page)
    assert board not in page.document.session.roadmap.goals()
    redo(qtbot, page)
    assert board in page.document.session.roadmap.goals()


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.objectives.model, force_py=True)
    qtmodeltester.check(page.cascade.model, force_py=True)
    assert page.cascade.model.rowCount() >= 1  # the demo's board goal
    assert page.cascade.model.copy_count(0) >= 1


def test_hostile_text_shows_literally(qtbot, page):
    add_objective(qtbot, page, "<b>x</b> & <img src=y>")
    model: ObjectiveTableModel = page.objectives.model
    row = model.row_of(page.objectives.current().id)
    index = model.index(row, ObjectiveTableModel.NAME)
    assert index.data() == "<b>x</b> & <img src=y>"
    assert "&lt;b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.objectives.message_label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", 12.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("−5", -5.0),
        ("", None),
    ],
)
def test_numbers_read_whatever_the_locale(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1e5", "inf", "nan", "12,3,4", "0x10", "--1"])
def test_what_is_no_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_numbers_are_shown_without_noise():
    assert [number_text(v) for v in (None, 72.0, 25.2, -1.5, 0.1 + 0.2)] == [
        "",
        "72",
        "25.2",
        "-1.5",
        "0.3",
    ]


def test_commit_pending_writes_what_is_still_being_typed(qtbot, page):
    box = page.objectives
    goal = box.current()
    box.edits["kpi"].setFocus()
    box.edits["kpi"].selectAll()
    type_text(qtbot, box.edits["kpi"], POLISH)  # no Return, no focus change
    with reopened(page) as session:
        stored = {g.id: g for g in session.roadmap.goals()}
    assert stored[goal.id].kpi == POLISH


def test_a_read_only_workshop_shows_goals_but_offers_no_edits(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = RoadmapGoalsPage(document)
    qtbot.addWidget(view)
    try:
        assert view.objectives.model.rowCount() >= 1
        assert not view.objectives.add_button.isEnabled()
        assert not view.objectives.remove_button.isEnabled()
        assert view.objectives.edits["kpi"].isReadOnly()
        assert not view.cascade.add_board_button.isEnabled()
        assert not view.cascade.remove_button.isEnabled()
        assert not view.cascade.owner_combo.isEnabled()
    finally:
        document.close()
