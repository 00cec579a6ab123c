"""The risks page's register and focus areas, driven through their widgets.

Every check on what is stored reads the workshop file back from disk.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from crm_workshop.domain.roadmap import FocusArea, Risk, RiskStatus
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.risk_model import CELL_LIMIT, ID_ROLE, RiskTableModel
from crm_workshop.gui.widgets.roadmap_risks import RoadmapRisksPage
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.setup_helpers import type_text

MARKUP = "<b>Zarząd</b> & <img src=x> 🙂"


@pytest.fixture
def page(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = RoadmapRisksPage(document, language="en")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    yield view
    if document.is_open:
        view.flush()
        document.close()


@contextmanager
def reopened(page: RoadmapRisksPage):
    """Close the workshop and read the file from disk again."""
    if page.document.is_open:
        page.flush()
        page.document.close()
    with WorkshopSession.open(page.document.session.path, read_only=True) as session:
        yield session


def stored_risks(page: RoadmapRisksPage) -> list[Risk]:
    return page.document.session.roadmap.risks()


def undo(qtbot, page: RoadmapRisksPage) -> None:
    page.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())


def redo(qtbot, page: RoadmapRisksPage) -> None:
    page.document.undo_stack.redo()
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())


def type_description(qtbot, page: RoadmapRisksPage, text: str) -> None:
    edit = page.description_edit
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)
    edit.finish()  # as focus leaving the field does


def shown_ids(page: RoadmapRisksPage) -> list[int]:
    proxy = page.risk_proxy
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def test_add_edit_and_remove_a_risk_each_undo_restores_exactly(qtbot, page):
    before = stored_risks(page)
    qtbot.mouseClick(page.add_risk_button, Qt.MouseButton.LeftButton)
    added = [r for r in stored_risks(page) if r not in before]
    assert len(added) == 1
    risk_id = added[0].id
    assert page.current_risk().id == risk_id
    assert page.description_edit.hasFocus()

    type_description(qtbot, page, "Data migration may slip")
    page.likelihood_spin.setValue(4)
    page.impact_spin.setValue(5)
    page.scope_model.setData(
        page.scope_model.index(3),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    page.owner_combo.setCurrentIndex(2)
    page.owner_combo.activated.emit(2)
    page.status_combo.setCurrentIndex(page.status_combo.findData(RiskStatus.ACCEPTED))
    page.status_combo.activated.emit(page.status_combo.currentIndex())
    owner_id = page.owner_combo.itemData(2)
    expected = Risk(
        risk_id,
        "Data migration may slip",
        scope=(page.scope_model.index(3).data(ID_ROLE),),
        likelihood=4,
        impact=5,
        owner_id=owner_id,
        status=RiskStatus.ACCEPTED,
    )
    assert page.current_risk() == expected
    assert shown_ids(page)[0] == risk_id  # severity 20 sorts first
    with reopened(page) as session:
        assert next(r for r in session.roadmap.risks() if r.id == risk_id) == expected


def test_undo_and_redo_of_each_risk_edit(qtbot, page):
    before = stored_risks(page)
    qtbot.mouseClick(page.add_risk_button, Qt.MouseButton.LeftButton)
    after_add = stored_risks(page)
    type_description(qtbot, page, "Vendor lock-in")
    after_text = stored_risks(page)
    page.likelihood_spin.setValue(2)
    after_likelihood = stored_risks(page)
    qtbot.mouseClick(page.remove_risk_button, Qt.MouseButton.LeftButton)
    assert stored_risks(page) == before

    undo(qtbot, page)  # the removal
    assert stored_risks(page) == after_likelihood
    assert page.current_risk().likelihood == 2
    undo(qtbot, page)  # the likelihood
    assert stored_risks(page) == after_text
    assert page.likelihood_spin.value() == 0
    undo(qtbot, page)  # the description
    assert stored_risks(page) == after_add
    assert page.description_edit.toPlainText() == "New risk"
    undo(qtbot, page)  # the add
    assert stored_risks(page) == before
    for expected in (after_add, after_text, after_likelihood, before):
        redo(qtbot, page)
        assert stored_risks(page) == expected
    with reopened(page) as session:
        assert session.roadmap.risks() == before


def test_removing_a_demo_risk_and_undoing_brings_back_the_same_risk(qtbot, page):
    before = stored_risks(page)
    assert before, "the demo workshop has risks"
    victim = page.current_risk()
    qtbot.mouseClick(page.remove_risk_button, Qt.MouseButton.LeftButton)
    assert victim not in stored_risks(page)
    undo(qtbot, page)
    with reopened(page) as session:
        assert session.roadmap.risks() == before


def test_risks_sort_by_severity_with_a_named_band(qtbot, page):
    severities = [
        page.risk_proxy.index(row, RiskTableModel.SEVERITY).data()
        for row in range(page.risk_proxy.rowCount())
    ]
    numbers = [int(text.split()[0]) for text in severities if text != "–"]
    assert numbers == sorted(numbers, reverse=True)
    assert all(" · " in text for text in severities if text != "–")  # not colour only
    page.risk_table.sortByColumn(RiskTableModel.SEVERITY, Qt.SortOrder.AscendingOrder)
    first = page.risk_proxy.index(0, RiskTableModel.SEVERITY).data()
    assert int(first.split()[0]) == min(numbers)


def test_the_severity_column_is_never_cut(qtbot, qapp, demo_file):
    """The severity in bold, as wide as the longest shown: "16 · krytyczna" was
    cut to "16 · krytycz…"."""
    from crm_workshop.gui import i18n

    i18n.install(qapp, "pl")
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    try:
        page = RoadmapRisksPage(document, language="pl")
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        table, proxy = page.risk_table, page.risk_proxy
        column = RiskTableModel.SEVERITY
        assert "krytyczn" in proxy.index(0, column).data()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, column)
            needed = table.sizeHintForIndex(index).width()
            assert table.columnWidth(column) >= needed, index.data()
    finally:
        i18n.install(qapp, "en")
        document.close()


def test_hostile_and_huge_text_shows_literally_without_breaking_layout(qtbot, page):
    width = page.width()
    qtbot.mouseClick(page.add_risk_button, Qt.MouseButton.LeftButton)
    page.description_edit.setFocus()
    page.description_edit.selectAll()
    page.description_edit.insertPlainText(MARKUP)
    page.description_edit.finish()
    row = page.risk_proxy.mapFromSource(
        page.risk_model.index(page.risk_model.row_of(page.current_risk().id), 0)
    ).row()
    assert page.risk_proxy.index(row, 0).data() == MARKUP
    tooltip = page.risk_proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tooltip or "&lt;b&gt;" in tooltip

    huge = "Ryzyko " + "ż" * 10_000
    page.description_edit.setFocus()
    page.description_edit.selectAll()
    page.description_edit.insertPlainText(huge)
    page.description_edit.finish()
    assert page.current_risk().description == huge
    cell = page.risk_proxy.index(row, 0).data()
    assert len(cell) <= CELL_LIMIT and cell.endswith("…")
    qtbot.wait(10)
    assert page.width() == width
    assert page.risk_table.columnWidth(0) < 600


def test_an_empty_description_is_refused(qtbot, page):
    before = stored_risks(page)
    type_description(qtbot, page, "   ")
    assert page.message_label.isVisible()
    assert stored_risks(page) == before
    assert page.description_edit.toPlainText() == page.current_risk().description


def test_scope_offers_areas_and_shown_questions_only(qtbot, page):
    document = page.document
    document.session.set_question_override("3.5", hidden=True)
    document.setup_changed("questions")
    qtbot.waitUntil(lambda: not page._reload_timer.isActive())
    ids = [
        page.scope_model.index(n).data(ID_ROLE)
        for n in range(page.scope_model.rowCount())
    ]
    assert "3.5" not in ids
    assert ids[:2] == [document.model.areas[0].id, "1.1"]
    focus_ids = [
        page.focus.scope_combo.itemData(n)
        for n in range(page.focus.scope_combo.count())
    ]
    assert focus_ids == ids


def test_focus_area_add_edit_and_undo(qtbot, page):
    box = page.focus
    before = page.document.session.roadmap.focus_areas()
    box.scope_combo.setCurrentIndex(box.scope_combo.findData("3.2"))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    focus = page.document.session.roadmap.focus_areas()
    assert len(focus) == len(before) + 1
    new = next(f for f in focus if f not in before)
    assert new.scope == "3.2"
    assert box.current() == new
    assert box.model.index(box.model.row_of(new.id), 0).data() == "3.2 " + (
        page.document.model.question("3.2").title.get("en")
    )
    box.reason_edit.setFocus()
    type_text(qtbot, box.reason_edit, "Golden record first")
    box.reason_edit.finish()
    with reopened(page) as session:
        assert FocusArea(new.id, "3.2", "Golden record first", new.position) in (
            session.roadmap.focus_areas()
        )


def test_focus_area_add_is_undone_and_redone(qtbot, page):
    box = page.focus
    before = page.document.session.roadmap.focus_areas()
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    after = page.document.session.roadmap.focus_areas()
    undo(qtbot, page)
    assert page.document.session.roadmap.focus_areas() == before
    assert box.model.rowCount() == len(before)
    redo(qtbot, page)
    assert page.document.session.roadmap.focus_areas() == after
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    undo(qtbot, page)
    with reopened(page) as session:
        assert session.roadmap.focus_areas() == after


def test_mark_a_risks_scope_as_focus_area_in_one_step(qtbot, page):
    roadmap = page.document.session.roadmap
    qtbot.mouseClick(page.add_risk_button, Qt.MouseButton.LeftButton)
    for scope_id in ("2.3", "3.2"):
        row = next(
            n
            for n in range(page.scope_model.rowCount())
            if page.scope_model.index(n).data(ID_ROLE) == scope_id
        )
        page.scope_model.setData(
            page.scope_model.index(row),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
    before = roadmap.focus_areas()
    steps = page.document.undo_stack.count()
    qtbot.mouseClick(page.risk_focus_button, Qt.MouseButton.LeftButton)
    added = [f for f in roadmap.focus_areas() if f not in before]
    assert {f.scope for f in added} == {"2.3", "3.2"} - {f.scope for f in before}
    assert page.document.undo_stack.count() == steps + 1
    undo(qtbot, page)
    assert roadmap.focus_areas() == before


def test_models_pass_the_model_tester(qtmodeltester, page):
    for model in (page.risk_model, page.scope_model, page.focus.model):
        qtmodeltester.check(model, force_py=True)


def test_controls_have_accessible_names_and_a_read_only_file_is_not_edited(
    qtbot, demo_file
):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = RoadmapRisksPage(document, language="en")
    qtbot.addWidget(view)
    view.show()
    for widget in view.findChildren(QWidget):
        if isinstance(widget, QComboBox) or widget.objectName().endswith(
            ("_edit", "_spin", "_table", "_list", "_combo")
        ):
            assert widget.accessibleName(), widget.objectName()
    buttons = view.findChildren(QPushButton)
    assert buttons and not any(b.isEnabled() for b in buttons)
    assert view.description_edit.isReadOnly()
    document.close()
