"""The initiatives page driven through its widgets; checks read the file back from disk."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from crm_workshop.domain.roadmap import Initiative, InitiativeStatus, Move
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.initiative_form import budget_text
from crm_workshop.gui.widgets.initiative_model import InitiativeTableModel
from crm_workshop.gui.widgets.roadmap_initiatives import RoadmapInitiativesPage
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.setup_helpers import reopened, type_into

MARKUP = "<b>x</b> & <img src=x>"


@pytest.fixture
def page(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = RoadmapInitiativesPage(document, language="en")
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    yield view
    if document.is_open:
        view.flush()
        document.close()


def stored(page) -> list[Initiative]:
    return page.document.session.roadmap.initiatives()


def by_title(initiatives, title: str) -> Initiative:
    return next(i for i in initiatives if i.title == title)


def choose(qtbot, combo: QComboBox, data: object) -> None:
    """Pick an item with the keyboard, as a user would (``activated`` fires)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_table_model_passes_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.table_model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.form.moves_model)


def test_add_edit_and_move_then_undo_and_redo_restore_exactly(qtbot, page):
    before = stored(page)
    stack = page.document.undo_stack
    start = stack.index()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table_model.rowCount() == len(before) + 1
    assert page.form.title_edit.text() == "New initiative"
    form = page.form
    type_into(qtbot, form.title_edit, "CDP")
    assert stack.text(stack.index() - 1) == "Rename initiative “New initiative”"
    type_into(qtbot, form.starts_edit, "2027-01")
    type_into(qtbot, form.ends_edit, "2027-06")
    type_into(qtbot, form.budget_edit, "120 000,50")
    type_into(qtbot, form.roi_edit, "2x in 3 years")
    form.kpis_edit.setFocus()
    form.kpis_edit.insertPlainText("Repeat purchase rate\nChurn")
    form.kpis_edit.finish()
    choose(qtbot, form.urgency_combo, 4)
    choose(qtbot, form.feasibility_combo, 5)
    choose(qtbot, form.status_combo, InitiativeStatus.PLANNED.value)
    form.strategic_check.click()
    assert stack.text(stack.index() - 1) == "Strategic project “CDP”"
    # a move: the from level defaults to the question's level now
    form.question_combo.setCurrentIndex(form.question_combo.findData("3.2"))
    score = page.document.assessment().questions["3.2"].score
    assert form.from_spin.value() == math.floor(score + 0.5)
    assert form.question_combo.currentText().startswith("3.2 ")
    form.to_spin.setValue(4)
    qtbot.mouseClick(form.set_move_button, Qt.MouseButton.LeftButton)
    assert stack.text(stack.index() - 1) == "Questions moved by “CDP”"
    after = by_title(stored(page), "CDP")
    assert after == replace(
        after,
        starts_on="2027-01",
        ends_on="2027-06",
        budget=120000.5,
        expected_roi="2x in 3 years",
        kpis="Repeat purchase rate\nChurn",
        urgency=4,
        feasibility=5,
        status=InitiativeStatus.PLANNED,
        strategic=True,
        moves=(Move("3.2", math.floor(score + 0.5), 4),),
    )
    assert (
        page.table_model.index(
            page.table_model.row_of(after.id), InitiativeTableModel.MOVES
        ).data()
        == "1"
    )
    while stack.index() > start:
        stack.undo()
    assert stored(page) == before
    assert page.table_model.rowCount() == len(before)
    while stack.canRedo():
        stack.redo()
    assert by_title(stored(page), "CDP") == after
    with reopened(page) as session:
        assert by_title(session.roadmap.initiatives(), "CDP") == after


def test_remove_and_undo_bring_back_the_same_initiative(qtbot, page):
    before = stored(page)
    victim = before[1]
    page.select(victim.id)
    assert page.form.title_edit.text() == victim.title
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert victim.id not in [i.id for i in stored(page)]
    assert page.table_model.row_of(victim.id) == -1
    assert page.current_id is not None  # a neighbour is selected
    page.document.undo_stack.undo()
    assert stored(page) == before
    assert page.table_model.row_of(victim.id) >= 0
    with reopened(page) as session:
        assert session.roadmap.initiatives() == before


def test_duplicate_copies_everything_but_the_strategic_pick(qtbot, page):
    original = next(i for i in stored(page) if i.strategic and i.moves)
    page.select(original.id)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    copy = by_title(stored(page), f"{original.title} (copy)")
    assert copy == replace(original, id=copy.id, title=copy.title, strategic=False)
    assert page.current_id == copy.id


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("ends_edit", "2020-01", "before the start"),
        ("starts_edit", "2027-13", "is not a month"),
        ("ends_edit", "next spring", "is not a month"),
        ("budget_edit", "abc", "is not an amount"),
        ("title_edit", "", "needs a title"),
    ],
)
def test_bad_input_is_refused_with_a_message(qtbot, page, field, text, expected):
    before = stored(page)
    target = before[0]
    page.select(target.id)
    edit: QLineEdit = getattr(page.form, field)
    type_into(qtbot, edit, text)
    assert page.form.message_label.isVisible()
    assert expected in page.form.message_label.text()
    shown = {
        "ends_edit": target.ends_on,
        "starts_edit": target.starts_on,
        "budget_edit": budget_text(target.budget),
        "title_edit": target.title,
    }
    assert edit.text() == shown[field]  # the form shows the file again
    with reopened(page) as session:
        assert session.roadmap.initiatives() == before


def test_a_move_must_rise(qtbot, page):
    before = stored(page)
    page.select(before[0].id)
    form = page.form
    form.question_combo.setCurrentIndex(form.question_combo.findData("2.2"))
    form.from_spin.setValue(3)
    form.to_spin.setValue(3)
    qtbot.mouseClick(form.set_move_button, Qt.MouseButton.LeftButton)
    assert form.message_label.isVisible()
    assert "must be above" in form.message_label.text()
    with reopened(page) as session:
        assert session.roadmap.initiatives() == before


def test_a_good_edit_clears_the_message(qtbot, page):
    page.select(stored(page)[0].id)
    type_into(qtbot, page.form.budget_edit, "abc")
    assert page.form.message_label.isVisible()
    type_into(qtbot, page.form.budget_edit, "5000")
    assert not page.form.message_label.isVisible()
    assert stored(page)[0].budget == 5000


def test_hidden_questions_are_not_offered(qtbot, page):
    page.document.session.set_question_override("2.2", hidden=True)
    page.document.setup_changed("questions")
    combo = page.form.question_combo
    assert combo.findData("2.2") == -1
    assert combo.findData("2.3") >= 0


def test_hostile_and_huge_titles_show_literally_and_elided(qtbot, page):
    roadmap = page.document.session.roadmap
    roadmap.add_initiative(Initiative(None, MARKUP, urgency=2, feasibility=1))
    huge_id = roadmap.add_initiative(Initiative(None, "W" * 10_000, urgency=1))
    page.document.setup_changed("roadmap")
    model = page.table_model
    row = model.row_of(huge_id)
    shown = model.index(row, InitiativeTableModel.TITLE).data()
    assert len(shown) <= 120 and shown.endswith("…")
    assert page.width() <= 1400 and page.table.columnWidth(1) < 1400
    markup_row = next(
        r for r in range(model.rowCount()) if model.initiative(r).title == MARKUP
    )
    assert model.index(markup_row, InitiativeTableModel.TITLE).data() == MARKUP
    tip = model.index(markup_row, InitiativeTableModel.TITLE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "&lt;b&gt;" in tip  # escaped: the tooltip shows the tags, not bold text
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_page_follows_changes_made_elsewhere(qtbot, page):
    roadmap = page.document.session.roadmap
    new_id = roadmap.add_initiative(Initiative(None, "From elsewhere"))
    page.document.setup_changed("roadmap")
    assert page.table_model.row_of(new_id) >= 0
    assert page.matrix.initiative(new_id) is not None


def test_table_sorts_by_a_column(qtbot, page):
    page.table.sortByColumn(InitiativeTableModel.URGENCY, Qt.SortOrder.DescendingOrder)
    values = [
        page.proxy.index(r, InitiativeTableModel.URGENCY).data()
        for r in range(page.proxy.rowCount())
    ]
    assert values == sorted(values, key=lambda v: int(v or 0), reverse=True)


def test_every_input_is_named_and_read_only_edits_nothing(qtbot, page, demo_file):
    inputs = (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTableView, QCheckBox)
    for widget in page.findChildren(QWidget):
        if (
            isinstance(widget, inputs)
            and not widget.objectName().startswith("qt_")
            and not isinstance(widget.parent(), QComboBox)
        ):
            assert widget.accessibleName(), widget.objectName()
    assert page.matrix.accessibleName()
    page.flush()
    page.document.close()
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = RoadmapInitiativesPage(document, language="en")
    qtbot.addWidget(view)
    assert not view.add_button.isEnabled()
    assert not view.form.isEnabled()
    document.close()
