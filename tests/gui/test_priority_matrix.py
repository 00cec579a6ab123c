"""The prioritisation matrix: clicks and keys pick the strategic project list."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from crm_workshop.domain.roadmap import Initiative, InitiativeStatus
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.priority_matrix import PriorityMatrix, cell_offsets
from crm_workshop.services.workshop import WorkshopSession


@pytest.fixture
def document(demo_file):
    doc = WorkshopDocument(WorkshopSession.open(demo_file))
    yield doc
    if doc.is_open:
        doc.close()


@pytest.fixture
def matrix(qtbot, document):
    widget = PriorityMatrix(document, language="en")
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def strategic(document, initiative_id: int) -> bool:
    return next(
        i.strategic
        for i in document.session.roadmap.initiatives()
        if i.id == initiative_id
    )


def reopened_strategic(document, initiative_id: int) -> bool:
    path = document.session.path
    document.close()
    with WorkshopSession.open(path, read_only=True) as session:
        return next(
            i.strategic for i in session.roadmap.initiatives() if i.id == initiative_id
        )


def pixel(widget, point) -> QColor:
    return widget.grab().toImage().pixelColor(point.toPoint())


def test_clicking_a_circle_toggles_strategic_and_undo_reverts(qtbot, matrix, document):
    item = next(
        i for _, i in matrix.numbered if not i.strategic and i.urgency and i.active
    )
    circle = matrix.circle_of(item.id)
    assert circle is not None
    cell = matrix.cell_rect(item.urgency, item.feasibility)
    assert cell.contains(circle.center)  # drawn in its urgency/feasibility cell
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=circle.center.toPoint())
    assert strategic(document, item.id)
    assert document.undo_stack.text(document.undo_stack.index() - 1).startswith(
        "Mark “"
    )
    fill = pixel(matrix, circle.center + QPoint(0, int(circle.radius * 0.75)))
    assert fill == matrix.accent  # filled in the accent colour now
    document.undo_stack.undo()
    assert not strategic(document, item.id)
    fill = pixel(matrix, circle.center + QPoint(0, int(circle.radius * 0.75)))
    assert fill != matrix.accent
    document.undo_stack.redo()
    assert reopened_strategic(document, item.id)


def test_a_click_beside_the_circles_changes_nothing(qtbot, matrix, document):
    before = document.session.roadmap.initiatives()
    corner = matrix.cell_rect(1, 1).topLeft() + QPoint(3, 3)
    assert matrix.circle_at(corner) is None
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=corner.toPoint())
    assert document.session.roadmap.initiatives() == before


def test_keyboard_moves_through_initiatives_and_space_toggles(qtbot, matrix, document):
    matrix.setFocus()
    qtbot.waitUntil(matrix.hasFocus)
    first = matrix.circles[0]
    assert matrix.focused_id == first.initiative_id
    qtbot.keyClick(matrix, Qt.Key.Key_Right)
    second = matrix.circles[1]
    assert matrix.focused_id == second.initiative_id
    qtbot.keyClick(matrix, Qt.Key.Key_Tab)
    assert matrix.focused_id == matrix.circles[2].initiative_id
    assert matrix.hasFocus()  # Tab stays among the circles until the last one
    qtbot.keyClick(matrix, Qt.Key.Key_Left)
    assert matrix.focused_id == second.initiative_id
    was = strategic(document, second.initiative_id)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert strategic(document, second.initiative_id) is not was
    assert matrix.focused_id == second.initiative_id  # kept after the reload
    assert "Chosen: " in matrix.accessibleDescription()
    document.undo_stack.undo()
    assert strategic(document, second.initiative_id) is was


def test_initiatives_sharing_a_cell_are_all_visible(qtbot, matrix, document):
    roadmap = document.session.roadmap
    for n in range(5):
        roadmap.add_initiative(Initiative(None, f"Same {n}", urgency=2, feasibility=5))
    document.setup_changed("roadmap")
    circles = [
        c
        for c in matrix.circles
        if matrix.initiative(c.initiative_id).title.startswith("Same")
    ]
    assert len(circles) == 5
    cell = matrix.cell_rect(2, 5)
    for n, a in enumerate(circles):
        assert cell.contains(a.center)
        for b in circles[n + 1 :]:
            gap = math.dist((a.center.x(), a.center.y()), (b.center.x(), b.center.y()))
            assert gap >= a.radius + b.radius  # offset, never on top of each other
        assert matrix.circle_at(a.center).initiative_id == a.initiative_id


@pytest.mark.parametrize("count", [1, 2, 3, 6, 7, 12, 20])
def test_cell_offsets_stay_in_the_cell_and_apart(count):
    offsets = cell_offsets(count)
    assert len(set(offsets)) == count
    assert all(abs(x) < 0.5 and abs(y) < 0.5 for x, y in offsets)


def test_unscored_initiatives_are_listed_as_not_placed(qtbot, matrix, document):
    new_id = document.session.roadmap.add_initiative(
        Initiative(None, "No scores yet", urgency=3)
    )
    document.setup_changed("roadmap")
    assert matrix.circle_of(new_id) is None
    assert new_id in [i.id for _, i in matrix.not_placed]


def test_dropped_initiatives_are_grey(qtbot, matrix, document):
    roadmap = document.session.roadmap
    new_id = roadmap.add_initiative(
        Initiative(
            None,
            "Dropped",
            urgency=1,
            feasibility=1,
            strategic=True,
            status=InitiativeStatus.DROPPED,
        )
    )
    document.setup_changed("roadmap")
    circle = matrix.circle_of(new_id)
    fill = pixel(matrix, circle.center + QPoint(0, int(circle.radius * 0.75)))
    assert fill.red() == fill.green() == fill.blue()  # grey, not the accent colour


def test_tooltip_and_legend_text_are_plain(qtbot, matrix, document):
    new_id = document.session.roadmap.add_initiative(
        Initiative(None, "<b>x</b>" + "y" * 10_000, urgency=5, feasibility=1)
    )
    document.setup_changed("roadmap")
    tip = matrix._tooltip(matrix.circle_of(new_id))
    assert "&lt;b&gt;x" in tip and len(tip) < 1000
    matrix.grab()  # paints a 10,000 character title without trouble
    assert matrix.legend_rect.right() <= matrix.width()


def test_read_only_matrix_does_not_toggle(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    widget = PriorityMatrix(document, language="en")
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    circle = widget.circles[0]
    before = document.session.roadmap.initiatives()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=circle.center.toPoint())
    assert document.session.roadmap.initiatives() == before
    document.close()
