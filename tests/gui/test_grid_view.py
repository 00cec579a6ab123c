"""The grid view: typing, copy, paste, clear and undo, checked in the workshop file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.gui.commands import RateCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.grid_model import merged, parse_current, split_block
from crm_workshop.gui.widgets.grid_view import MOVE_DOWN, GridView
from crm_workshop.services.workshop import WorkshopSession

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def grid(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = GridView(document, "en")
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    yield view
    if document.is_open:
        document.close()


def answers_of(document: WorkshopDocument) -> set[Rating]:
    return set(document.session.ratings(document.round.id))


def stored(path) -> dict[tuple[str, str], Rating]:
    """Every answer of the latest round, read back from disk as a fresh process would."""
    with WorkshopSession.open(path, read_only=True) as session:
        names = {p.id: p.name for p in session.stakeholders()}
        round_ = session.round_named(None)
        return {
            (names[r.stakeholder_id], r.question_id): r
            for r in session.ratings(round_.id)
        }


def texts(view: GridView, top: int, left: int, height: int, width: int):
    model = view.table_model
    return [
        [model.cell_text(r, c) for c in range(left, left + width)]
        for r in range(top, top + height)
    ]


def go(view: GridView, row: int, column: int) -> None:
    view.table.setFocus()
    view.table.go_to(row, column)


def row_of(view: GridView, name: str) -> int:
    model = view.table_model
    return next(r for r in range(model.rowCount()) if model.stakeholder(r).name == name)


def paste(qtbot, view: GridView, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(view.table, Qt.Key.Key_V, CTRL)


def test_typing_commits_each_cell_and_moves_on(qtbot, grid, demo_file):
    grid.show_area("integration")
    model = grid.table_model
    q1, q2, q3, q4 = (model.question(c).id for c in (0, 2, 4, 6))
    name = "Katarzyna Wiśniewska"  # the CEO answers no integration questions
    row = row_of(grid, name)
    go(grid, row, 0)
    stack = grid.document.undo_stack
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_N, Qt.Key.Key_5):
        qtbot.keyClick(grid.table, key)
    qtbot.keyClicks(grid.table, "?")
    assert grid.table.currentIndex().column() == 5
    go(grid, row, 7)  # a target alone makes a "don't know" answer
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    assert stack.count() == 6  # one command per typed cell
    assert texts(grid, row, 0, 1, 8) == [["3", "4", "N/A", "5", "?", "", "?", "2"]]

    with qtbot.waitSignal(grid.statusMessage) as message:
        go(grid, row, 5)
        qtbot.keyClick(grid.table, Qt.Key.Key_N)  # a target takes 1-5 only
    assert "1.1" not in message.args[0] and "“n” is not 1–5" in message.args[0]
    assert stack.count() == 6

    grid.document.close()
    answers = stored(demo_file)
    assert (answers[name, q1].answer, answers[name, q1].current) == (Answer.LEVEL, 3)
    assert answers[name, q1].target == 4
    assert (answers[name, q2].answer, answers[name, q2].target) == (
        Answer.NOT_APPLICABLE,
        5,
    )
    assert (answers[name, q3].answer, answers[name, q3].target) == (
        Answer.DONT_KNOW,
        None,
    )
    assert (answers[name, q4].answer, answers[name, q4].target) == (
        Answer.DONT_KNOW,
        2,
    )


def test_not_applicable_keeps_the_target_and_shift_sets_it(qtbot, grid, demo_file):
    model = grid.table_model
    row = next(r for r in range(model.rowCount()) if model.rating(r, 0) is not None)
    name, question_id = model.stakeholder(row).name, model.question(0).id
    go(grid, row, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_Percent, Qt.KeyboardModifier.ShiftModifier)
    go(grid, row, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_N)
    grid.move_combo.setCurrentIndex(grid.move_combo.findData(MOVE_DOWN))
    go(grid, row, 2)
    qtbot.keyClick(grid.table, Qt.Key.Key_1)
    assert grid.table.currentIndex().row() == row + 1
    grid.document.close()
    rating = stored(demo_file)[name, question_id]
    assert (rating.answer, rating.current, rating.target) == (
        Answer.NOT_APPLICABLE,
        None,
        5,
    )


def test_paste_a_block_is_one_undo_step(qtbot, grid, demo_file):
    before = texts(grid, 1, 0, 3, 4)
    stack = grid.document.undo_stack
    go(grid, 1, 0)
    paste(qtbot, grid, "3\t4\t2\t5\r\nN/A\t3\t?\t4\r\n5\t5\t1\t\r\n")
    expected = [["3", "4", "2", "5"], ["N/A", "3", "?", "4"], ["5", "5", "1", ""]]
    assert texts(grid, 1, 0, 3, 4) == expected
    assert stack.count() == 1 and stack.text(0) == "Paste 6 answers"
    assert len(grid.table.selected_cells()) == 12

    stack.undo()
    assert texts(grid, 1, 0, 3, 4) == before
    stack.redo()
    model = grid.table_model
    names = [model.stakeholder(r).name for r in (1, 2, 3)]
    q1, q2 = model.question(0).id, model.question(2).id
    grid.document.close()
    answers = stored(demo_file)
    shown = []
    for name in names:
        one, two = answers[name, q1], answers[name, q2]
        shown.append(
            [
                "N/A" if one.answer is Answer.NOT_APPLICABLE else str(one.current),
                str(one.target),
                "?" if two.answer is Answer.DONT_KNOW else str(two.current),
                "" if two.target is None else str(two.target),
            ]
        )
    assert shown == expected


def test_undo_of_a_paste_restores_the_file(qtbot, grid, demo_file):
    before = answers_of(grid.document)
    go(grid, 0, 4)
    paste(qtbot, grid, "1\t1\n2\t2\n3\t3\n4\t4\n5\t5")
    assert grid.document.undo_stack.count() == 1
    assert answers_of(grid.document) != before
    grid.document.undo_stack.undo()
    grid.document.close()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        assert set(session.ratings(session.round_named(None).id)) == before


def test_invalid_paste_changes_nothing_and_names_the_cell(qtbot, grid, demo_file):
    before = answers_of(grid.document)
    model = grid.table_model
    go(grid, 1, 0)
    with qtbot.waitSignal(grid.statusMessage) as message:
        paste(qtbot, grid, "3\t4\t2\t5\n4\tN/A\t1\t1\n")
    bad_row = model.stakeholder(2).name
    assert message.args[0] == (
        f"Nothing pasted: row 3 ({bad_row}), column 1.1 target: “N/A” is not 1–5."
    )
    with qtbot.waitSignal(grid.statusMessage) as message:
        paste(qtbot, grid, "3\n7")
    assert "row 3" in message.args[0] and "“7”" in message.args[0]
    go(grid, model.rowCount() - 1, 0)
    with qtbot.waitSignal(grid.statusMessage) as message:
        paste(qtbot, grid, "1\n2")
    assert "do not fit" in message.args[0]
    assert grid.document.undo_stack.count() == 0
    assert answers_of(grid.document) == before


def test_delete_clears_the_selection_in_one_step(qtbot, grid):
    stack = grid.document.undo_stack
    before = texts(grid, 0, 0, 3, 4)
    assert any(any(row) for row in before)
    go(grid, 0, 0)
    grid.table.select_block(0, 0, 3, 4)
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert texts(grid, 0, 0, 3, 4) == [[""] * 4] * 3
    assert stack.count() == 1 and stack.text(0).startswith("Clear")
    stack.undo()
    assert texts(grid, 0, 0, 3, 4) == before


def test_clearing_the_current_keeps_a_target_as_dont_know(qtbot, grid):
    model = grid.table_model
    row = next(r for r in range(model.rowCount()) if model.rating(r, 0) is not None)
    go(grid, row, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_Backspace)
    rating = model.rating(row, 0)
    assert rating.answer is Answer.DONT_KNOW and rating.target is not None


def test_copy_then_paste_elsewhere(qtbot, grid):
    grid.table.select_block(0, 0, 3, 2)
    qtbot.keyClick(grid.table, Qt.Key.Key_C, CTRL)
    copied = QApplication.clipboard().text()
    assert copied == "\n".join("\t".join(row) for row in texts(grid, 0, 0, 3, 2))
    go(grid, 0, 2)
    qtbot.keyClick(grid.table, Qt.Key.Key_V, CTRL)
    assert texts(grid, 0, 2, 3, 2) == texts(grid, 0, 0, 3, 2)


def test_one_value_fills_the_selection(qtbot, grid):
    grid.table.select_block(0, 1, 4, 1)
    paste(qtbot, grid, "5\n")
    assert texts(grid, 0, 1, 4, 1) == [["5"]] * 4
    assert grid.document.undo_stack.count() == 1


def test_changes_made_elsewhere_show_at_once(qtbot, grid):
    model = grid.table_model
    person = model.stakeholder(1)
    question_id = model.question(2).id
    with qtbot.waitSignal(model.dataChanged) as changed:
        grid.document.undo_stack.push(
            RateCommand(
                grid.document,
                person.id,
                question_id,
                Rating(person.id, question_id, Answer.LEVEL, 1, 5),
                "elsewhere",
            )
        )
        assert texts(grid, 1, 2, 1, 2) == [["1", "5"]]  # read at once, shown soon
    first, last = changed.args[:2]
    assert (first.column(), last.column()) == (2, 3)  # only that question's columns
    assert (first.row(), last.row()) == (0, model.rowCount() - 1)
    grid.show_area("data")
    assert model.question(0).area_id == "data"


def test_the_cell_editor_goes_through_the_same_checks(qtbot, grid):
    model = grid.table_model
    assert model.setData(model.index(1, 0), " n/a ")
    assert model.cell_text(1, 0) == "N/A"
    with qtbot.waitSignal(grid.statusMessage) as message:
        model.setData(model.index(1, 1), "N/A")
    assert "is not 1–5" in message.args[0] and model.cell_text(1, 1) == ""
    assert grid.document.undo_stack.count() == 1


def test_read_only_workshop_refuses_edits(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = GridView(document, "en")
    qtbot.addWidget(view)
    before = texts(view, 0, 0, 1, 2)
    go(view, 0, 0)
    with qtbot.waitSignal(view.statusMessage) as message:
        qtbot.keyClick(view.table, Qt.Key.Key_1)
    assert "read-only" in message.args[0]
    assert texts(view, 0, 0, 1, 2) == before
    document.close()


def test_user_text_in_tooltips_stays_plain(qtbot, demo_file):
    with WorkshopSession.open(demo_file) as session:
        session.add_stakeholder("<b>Zarząd</b>", "<img src=x>")
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = GridView(document, "en")
    qtbot.addWidget(view)
    model = view.table_model
    row = row_of(view, "<b>Zarząd</b>")
    tooltip = model.headerData(
        row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    assert "&lt;b&gt;" in tooltip and "<img" not in tooltip
    assert model.headerData(row, Qt.Orientation.Vertical) == "<b>Zarząd</b>"
    document.close()


def test_model_passes_the_model_tester(qtbot, grid, qtmodeltester):
    qtmodeltester.check(grid.table_model)
    go(grid, 0, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    grid.show_area("value")
    qtmodeltester.check(grid.table_model)


def test_parsing_and_merging_rules():
    assert split_block("1\t2\r\n3\t\r\n") == [["1", "2"], ["3", ""]]
    assert split_block("") == []
    assert parse_current(" n/a ") == (Answer.NOT_APPLICABLE, None)
    assert parse_current("") is None
    with pytest.raises(ValueError):
        parse_current("6")
    old = Rating(1, "1.1", Answer.LEVEL, 2, 4, "note")
    assert merged(old, 1, "1.1", current=None) == Rating(
        1, "1.1", Answer.DONT_KNOW, None, 4, "note"
    )
    assert merged(old, 1, "1.1", current=None, target=None) is None
    assert merged(None, 1, "1.1", target=3) == Rating(
        1, "1.1", Answer.DONT_KNOW, None, 3
    )
