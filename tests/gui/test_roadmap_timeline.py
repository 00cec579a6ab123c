from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from crm_workshop.domain.assessment import Consensus
from crm_workshop.domain.roadmap import (
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Month,
    Move,
    Quarter,
)
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.roadmap_timeline import RoadmapTimelinePage
from crm_workshop.services.workshop import WorkshopSession

Q4_2026, Q1_2027, Q2_2027, Q4_2027 = (
    Quarter(2026, 4),
    Quarter(2027, 1),
    Quarter(2027, 2),
    Quarter(2027, 4),
)


@pytest.fixture
def page(qtbot, demo_file):
    """The demo with a plan of its own: 1.2 rises 2 -> 3 by 2027-06 and 3 -> 4 by
    2027-12; a dropped initiative would lift 1.3 and must not count."""
    with WorkshopSession.open(demo_file) as session:
        roadmap = session.roadmap
        for old in roadmap.initiatives():
            roadmap.remove_initiative(old.id)
        for override in roadmap.level_overrides():
            roadmap.clear_level_override(override.question_id, override.level)
        for scope in roadmap.target_dates():
            roadmap.set_target_date(scope, None)
        baseline = session.round_named("Baseline").id
        session.set_consensus(baseline, Consensus("1.2", 2, 4))
        session.set_consensus(baseline, Consensus("1.3", 2, 3))
        roadmap.add_initiative(
            Initiative(
                None,
                "Budget case",
                starts_on="2027-01",
                ends_on="2027-06",
                status=InitiativeStatus.PLANNED,
                strategic=True,
                moves=(Move("1.2", 2, 3),),
            )
        )
        roadmap.add_initiative(
            Initiative(
                None,
                "Funding review",
                starts_on="2027-07",
                ends_on="2027-12",
                status=InitiativeStatus.PLANNED,
                moves=(Move("1.2", 3, 4),),
            )
        )
        roadmap.add_initiative(
            Initiative(
                None,
                "Abandoned goals project",
                starts_on="2027-01",
                ends_on="2027-03",
                status=InitiativeStatus.DROPPED,
                moves=(Move("1.3", 2, 3),),
            )
        )
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = RoadmapTimelinePage(document, language="en")
    view.today = Month(2027, 2)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.reload()
    yield view
    if document.is_open:
        document.close()


def steps_shown(page, question_id: str) -> dict[int, Quarter]:
    return {i.level: i.quarter for i in page.timeline.items_of("step", question_id)}


def within(item_rect, column) -> bool:
    centre = item_rect.center().x()
    return column.left() <= centre < column.right()


def test_timeline_shows_quarters_markers_and_initiatives(qtbot, page):
    chart = page.timeline
    labels = [str(quarter) for quarter, _rect in chart.columns]
    assert labels[0] == "Q4 2026"  # the quarter of the assessment
    assert {"Q1 2027", "Q2 2027", "Q4 2027"} <= set(labels)
    assert chart.today.quarter == Q1_2027
    # each whole level an area reaches sits in the column of its quarter
    area_steps = page.plan.area("people").steps
    assert area_steps
    markers = chart.items_of("marker", "people")
    assert [m.level for m in markers] == [s.level for s in area_steps]
    for marker, step in zip(markers, area_steps, strict=True):
        assert marker.text == f"L{step.level}"
        assert marker.quarter == step.month.quarter
        assert within(marker.rect, chart.column_rect(step.month.quarter))
    # bars: active initiatives touching the area; the dropped one is not drawn
    bars = {b.text: b for b in chart.items_of("bar")}
    assert set(bars) == {"Budget case", "Funding review"}
    assert bars["Budget case"].emphasis and not bars["Funding review"].emphasis
    q1, q2 = chart.column_rect(Q1_2027), chart.column_rect(Q2_2027)
    assert bars["Budget case"].rect.left() == pytest.approx(q1.left())
    assert bars["Budget case"].rect.right() == pytest.approx(q2.right())
    # the question rows open from the keyboard: Enter on the focused area
    assert steps_shown(page, "1.2") == {}
    chart.setFocus()
    assert chart.focus_area == "people"
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert steps_shown(page, "1.2") == {3: Q2_2027, 4: Q4_2027}
    step = chart.items_of("step", "1.2")[0]
    assert within(step.rect, chart.column_rect(Q2_2027))
    assert "Budget case" in step.tooltip
    start = chart.items_of("start", "1.2")[0]
    assert start.text == "L2"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.focus_area == "integration"
    # the item under a point is what a tooltip explains
    found = chart.item_at(
        QPointF(
            bars["Budget case"].rect.center().x() - chart.horizontalScrollBar().value(),
            bars["Budget case"].rect.center().y() - chart.verticalScrollBar().value(),
        )
    )
    assert found is not None and found.kind == "bar"


def test_choosing_a_quarter_moves_the_projected_radar(qtbot, page):
    combo = page.quarter_combo
    assert combo.itemText(0) == "Q4 2026"
    assert combo.count() == len(page.plan.quarters)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert page.chosen_quarter() == Q4_2026
    projected = page.radar.artists.lines[1]
    before = list(projected.get_ydata())
    qtbot.keyClick(combo, Qt.Key.Key_End)
    last = page.chosen_quarter()
    assert last is not None and last >= Q4_2027
    line = page.radar.artists.lines[1]
    after = list(line.get_ydata())
    assert after[0] > before[0]  # People & Organisation rises with 1.2
    expected = page.plan.area_values_at(last.last_month)["people"]
    assert after[0] == pytest.approx(expected)
    labels = [t.get_text() for t in page.radar.figure.legends[0].get_texts()]
    assert labels == ["Current", f"Projected, end of {last}", "Target"]
    # current, projected and target differ by line style, not by colour only
    styles = {line.get_linestyle() for line in page.radar.artists.lines}
    assert len(styles) == 3


def test_an_override_moves_a_step_and_undo_restores_it(qtbot, page):
    document = page.document
    editor = page.editor
    page.timeline.set_expanded("people", True)
    editor.select("1.2")
    row = editor.rows[3]
    assert row.planned.text() == "2027-06"
    assert editor.rows[3].derived.text() == "2027-06"
    assert editor.rows[3].source.text() == "Budget case"
    assert not editor.rows[2].edit.isVisible()  # 1.2 starts at level 2
    row.edit.setFocus()
    qtbot.keyClicks(row.edit, "2027-02")
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    assert document.session.roadmap.level_overrides() == [
        LevelOverride("1.2", 3, "2027-02")
    ]
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {3: Q1_2027, 4: Q4_2027})
    assert editor.rows[3].planned.text() == "2027-02"
    assert editor.rows[3].derived.text() == "2027-06"  # what initiatives derive
    assert page.timeline.items_of("step", "1.2")[0].emphasis  # set by hand
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {3: Q2_2027, 4: Q4_2027})
    assert document.session.roadmap.level_overrides() == []
    assert editor.rows[3].edit.text() == ""
    # "not planned" drops the level and the one above it
    qtbot.mouseClick(editor.rows[3].not_planned, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {})
    assert editor.rows[3].edit.text() == "not planned"
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {3: Q2_2027, 4: Q4_2027})
    document.undo_stack.redo()
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {})
    # clearing the field goes back to the derived month
    editor.rows[3].edit.clear()
    qtbot.keyClick(editor.rows[3].edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: steps_shown(page, "1.2") == {3: Q2_2027, 4: Q4_2027})
    assert document.session.roadmap.level_overrides() == []


def test_a_target_date_is_set_and_undone(qtbot, page):
    document = page.document
    editor = page.editor
    editor.select("people")
    assert not editor.levels_box.isVisible()
    editor.date_edit.setFocus()
    qtbot.keyClicks(editor.date_edit, "2027-9")
    qtbot.keyClick(editor.date_edit, Qt.Key.Key_Return)
    assert editor.message.isVisible()  # "2027-9" is not YYYY-MM
    assert document.session.roadmap.target_dates() == {}
    editor.date_edit.clear()
    qtbot.keyClicks(editor.date_edit, "2027-09")
    qtbot.keyClick(editor.date_edit, Qt.Key.Key_Return)
    assert document.session.roadmap.target_dates() == {"people": "2027-09"}
    assert not editor.message.isVisible()
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).text(4) == "2027-09")
    assert editor.current_scope() == "people"  # the selection survives the reload
    document.undo_stack.undo()
    assert document.session.roadmap.target_dates() == {}
    qtbot.waitUntil(lambda: editor.tree.topLevelItem(0).text(4) == "")
    assert editor.date_edit.text() == ""


def test_a_bad_month_is_refused_and_nothing_is_written(qtbot, page):
    document = page.document
    editor = page.editor
    editor.select("1.2")
    edit = editor.rows[4].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "2027-13")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert editor.message.isVisible()
    assert "2027-13" in editor.message.text()
    assert "Nothing was saved" in editor.message.text()
    assert editor.message.textFormat() == Qt.TextFormat.PlainText
    assert document.session.roadmap.level_overrides() == []
    assert document.undo_stack.count() == 0
    assert edit.text() == "2027-13"  # left to be corrected
    edit.clear()
    qtbot.keyClicks(edit, "2028-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not editor.message.isVisible()
    assert document.session.roadmap.level_overrides() == [
        LevelOverride("1.2", 4, "2028-01")
    ]


def test_the_area_filter_keeps_to_one_area(qtbot, page):
    editor = page.editor
    combo = editor.area_combo
    combo.setCurrentIndex(combo.findData("data"))
    shown = [
        editor.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)
        for n in range(editor.tree.topLevelItemCount())
        if not editor.tree.topLevelItem(n).isHidden()
    ]
    assert shown == ["data"]
    assert editor.current_scope() == "data"


def test_bursts_of_answers_reload_once(qtbot, page):
    before = page.reloads
    for question_id in ("1.1", "1.2", "1.3", "1.4"):
        page.document.ratingChanged.emit(question_id)
        page.document.consensusChanged.emit(question_id)
    assert page.reloads == before  # nothing yet: typing stays fast
    qtbot.waitUntil(lambda: page.reloads == before + 1)
    qtbot.wait(20)
    assert page.reloads == before + 1


def test_exports_the_timeline_and_the_radar(qtbot, page, tmp_path):
    page.timeline.export_to(str(tmp_path / "timeline.png"))
    page.timeline.export_to(str(tmp_path / "timeline.svg"))
    page.radar.save(str(tmp_path / "radar.svg"))
    assert (tmp_path / "timeline.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Q2 2027" in svg
    assert "<svg" in (tmp_path / "radar.svg").read_text(encoding="utf-8")
