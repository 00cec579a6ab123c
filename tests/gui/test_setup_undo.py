"""Every set-up edit is one undoable command: done through the widgets, undone and redone
through the workshop's undo stack. Each test checks the file (finally read back from
disk after closing the workshop), what the widgets show, and the undo text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from crm_workshop.gui.widgets import evidence_panel
from crm_workshop.gui.widgets.setup_stakeholder_model import StakeholderTableModel
from crm_workshop.gui.widgets.setup_view import SetupView
from crm_workshop.services.errors import WriteFailed
from crm_workshop.services.workshop import StillInUse, WorkshopSession
from tests.gui.setup_helpers import check, edit_cell, reopened, type_into


def stack(view: SetupView):
    return view.document.undo_stack


def person_named(session: WorkshopSession, name: str):
    return next((p for p in session.stakeholders() if p.name == name), None)


# -- engagement --------------------------------------------------------------------------
def test_engagement_field_undo_and_redo(qtbot, setup):
    page = setup.engagement
    session = setup.document.session
    old = session.engagement.client_name
    type_into(qtbot, page.client_name_edit, "Bursztyn Nowy")
    assert session.engagement.client_name == "Bursztyn Nowy"
    assert stack(setup).count() == 1
    assert stack(setup).undoText() == "Client name"
    stack(setup).undo()
    assert session.engagement.client_name == old
    assert page.client_name_edit.text() == old
    assert stack(setup).redoText() == "Client name"
    stack(setup).redo()
    assert page.client_name_edit.text() == "Bursztyn Nowy"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.engagement.client_name == old


def test_dates_and_languages_are_undone(qtbot, setup):
    page = setup.engagement
    page.ends_on_edit.setDate(QDate(2026, 12, 18))
    assert stack(setup).undoText() == "End date"
    page.language_checks["en"].setChecked(False)
    assert stack(setup).undoText() == "Workshop languages"
    stack(setup).undo()
    assert page.language_checks["en"].isChecked()
    stack(setup).undo()
    assert page.ends_on_edit.date() == QDate(2026, 10, 30)
    with reopened(setup) as stored:
        assert stored.engagement.ends_on == "2026-10-30"
        assert stored.engagement.languages == ("pl", "en")


def test_colour_undo_and_redo(qtbot, setup, monkeypatch):
    page = setup.engagement
    monkeypatch.setattr(page, "ask_colour", lambda current, title: QColor("#12ab9f"))
    page.primary_button.click()
    assert setup.document.session.engagement.primary_color == "#12AB9F"
    assert stack(setup).undoText() == "Primary colour"
    stack(setup).undo()
    assert page.primary_button.text() == "#1F4E79"
    assert setup.document.session.engagement.primary_color == "#1F4E79"
    stack(setup).redo()
    assert page.primary_button.text() == "#12AB9F"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.engagement.primary_color == "#1F4E79"


def test_logo_undo_and_redo(qtbot, setup, tmp_path, monkeypatch):
    from tests.gui.test_setup_view import png_file

    page = setup.engagement
    logo = png_file(tmp_path / "logo.png")
    monkeypatch.setattr(page, "ask_logo_path", lambda: str(logo))
    page.logo_button.click()
    assert stack(setup).undoText() == "Logo"
    stack(setup).undo()
    assert page.logo_preview.pixmap().isNull()
    assert not page.remove_logo_button.isEnabled()
    stack(setup).redo()
    assert not page.logo_preview.pixmap().isNull()
    page.remove_logo_button.click()
    assert stack(setup).undoText() == "Remove logo"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.logo() == (logo.read_bytes(), "image/png")


def test_a_failed_write_leaves_nothing_to_undo(qtbot, setup, monkeypatch):
    session = setup.document.session
    stored = session.engagement.client_name

    def full(**changes):
        raise WriteFailed(session.path, "the disk is full")

    monkeypatch.setattr(session, "update_engagement", full)
    with qtbot.waitSignal(setup.document.writeFailed):
        type_into(qtbot, setup.engagement.client_name_edit, "Nowa nazwa")
    assert stack(setup).count() == 0
    assert setup.engagement.client_name_edit.text() == stored


# -- stakeholders --------------------------------------------------------------------------
def test_adding_a_stakeholder_is_undone_and_redone_with_the_same_id(qtbot, setup):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    count = page.table_model.rowCount()
    page.name_edit.setText("Jan Nowy")
    page.role_edit.setText("Analityk")
    page.add_button.click()
    added = person_named(session, "Jan Nowy")
    assert added is not None
    assert stack(setup).undoText() == "Add Jan Nowy"
    stack(setup).undo()
    assert person_named(session, "Jan Nowy") is None
    assert page.table_model.rowCount() == count
    attendees = setup.sessions.attendees_list
    names = [attendees.item(n).text() for n in range(attendees.count())]
    assert "Jan Nowy" not in names
    stack(setup).redo()
    assert person_named(session, "Jan Nowy") == added
    assert page.table_model.row_of(added.id) >= 0
    stack(setup).undo()
    with reopened(setup) as stored:
        assert person_named(stored, "Jan Nowy") is None
        assert len(stored.stakeholders()) == count


def test_editing_a_stakeholder_is_undone(qtbot, setup):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    ewa = person_named(session, "Ewa Mazur")
    row = page.table_model.row_of(ewa.id)
    edit_cell(qtbot, page.table, row, StakeholderTableModel.ROLE, "Radca (zewn.)")
    assert person_named(session, "Ewa Mazur").role == "Radca (zewn.)"
    assert stack(setup).undoText() == "Edit Ewa Mazur"
    stack(setup).undo()
    assert person_named(session, "Ewa Mazur").role == ewa.role
    row = page.table_model.row_of(ewa.id)
    assert page.table_model.index(row, StakeholderTableModel.ROLE).data() == ewa.role
    stack(setup).redo()
    assert page.table_model.index(row, StakeholderTableModel.ROLE).data() == (
        "Radca (zewn.)"
    )
    stack(setup).undo()
    with reopened(setup) as stored:
        assert person_named(stored, "Ewa Mazur").role == ewa.role


def test_deactivating_a_stakeholder_is_undone(qtbot, setup):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    ewa = person_named(session, "Ewa Mazur")
    page.select(ewa.id)
    page.active_button.click()
    assert not person_named(session, "Ewa Mazur").active
    assert stack(setup).undoText() == "Deactivate Ewa Mazur"
    stack(setup).undo()
    assert person_named(session, "Ewa Mazur").active
    assert page.count_label.text() == "11 active, 0 inactive"
    page.select(ewa.id)
    assert page.active_button.text().replace("&", "") == "Deactivate"
    stack(setup).redo()
    assert page.count_label.text() == "10 active, 1 inactive"
    assert page.active_button.text().replace("&", "") == "Reactivate"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert person_named(stored, "Ewa Mazur").active


def test_a_csv_import_is_one_undo_step(qtbot, setup, tmp_path, monkeypatch):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    ewa = person_named(session, "Ewa Mazur")
    count = len(session.stakeholders())
    target = tmp_path / "ludzie.csv"
    target.write_text(
        "name;role;department;email\n"
        "Jan Nowy;Analityk;;jan@bursztyn.example\n"
        "Ola Nowa;Analityczka;;\n"
        "Ewa Mazur;Radca prawny (zewn.);;\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(page, "ask_csv_path", lambda: str(target))
    page.import_button.click()
    assert len(session.stakeholders()) == count + 2
    assert stack(setup).count() == 1
    assert stack(setup).undoText() == "Import 3 stakeholders"
    stack(setup).undo()
    assert len(session.stakeholders()) == count
    assert page.table_model.rowCount() == count
    assert person_named(session, "Ewa Mazur") == ewa
    stack(setup).redo()
    assert page.table_model.rowCount() == count + 2
    assert person_named(session, "Ewa Mazur").role == "Radca prawny (zewn.)"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert len(stored.stakeholders()) == count
        assert person_named(stored, "Ewa Mazur") == ewa


def test_a_refused_csv_leaves_nothing_to_undo(qtbot, setup, tmp_path, monkeypatch):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    target = tmp_path / "ludzie.csv"
    target.write_text("name,role\n,CEO\n", encoding="utf-8")
    monkeypatch.setattr(page, "ask_csv_path", lambda: str(target))
    page.import_button.click()
    assert page.import_problems.isVisible()
    assert stack(setup).count() == 0


def test_menu_text_keeps_an_ampersand_literal(qtbot, setup):
    page = setup.stakeholders
    page.name_edit.setText("Zarząd & Rada")
    page.add_button.click()
    assert stack(setup).text(0) == "Add Zarząd & Rada"
    assert stack(setup).undoText() == "Add Zarząd && Rada"  # "&&" shows one "&"


def test_someone_with_answers_is_never_removed(setup):
    session = setup.document.session
    ewa = person_named(session, "Ewa Mazur")
    with pytest.raises(StillInUse) as refused:
        session.remove_stakeholder(ewa.id)
    assert "ratings" in refused.value.uses
    assert person_named(session, "Ewa Mazur") == ewa


# -- sessions ----------------------------------------------------------------------------
def test_adding_a_session_is_undone_and_redone(qtbot, setup):
    page = setup.sessions
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    count = page.session_list.count()
    page.new_button.click()
    new_id = page.current_id
    assert stack(setup).undoText() == "New session"
    stack(setup).undo()
    assert page.session_list.count() == count
    assert new_id not in {s.id for s in session.sessions()}
    assert page.current_id != new_id
    stack(setup).redo()
    assert page.session_list.count() == count + 1
    assert new_id in {s.id for s in session.sessions()}
    stack(setup).undo()
    with reopened(setup) as stored:
        assert len(stored.sessions()) == count


def test_editing_a_session_is_undone(qtbot, setup):
    page = setup.sessions
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    first = session.sessions()[0]
    assert page.current_id == first.id
    type_into(qtbot, page.title_edit, "Kick-off (poprawiony)")
    assert stack(setup).undoText() == f"Title of “{first.title}”"
    check(page.attendees_list, 1, Qt.CheckState.Unchecked)
    assert stack(setup).undoText().startswith("Attendees of “Kick-off (poprawiony)")
    stack(setup).undo()
    assert page.attendees_list.item(0).checkState() == Qt.CheckState.Checked
    stack(setup).undo()
    assert page.title_edit.text() == first.title
    assert first.title in page.session_list.currentItem().text()
    assert session.sessions()[0] == first
    stack(setup).redo()
    assert page.title_edit.text() == "Kick-off (poprawiony)"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.sessions()[0] == first


def test_session_evidence_is_attached_opened_and_undone(
    qtbot, setup, tmp_path, monkeypatch
):
    page = setup.sessions
    setup.tabs.setCurrentWidget(page)
    box = page.evidence
    session_id = page.current_id
    photo = tmp_path / "tablica.jpg"
    photo.write_bytes(b"\xff\xd8 whiteboard")
    monkeypatch.setattr(box, "choose_evidence_file", lambda: str(photo))
    assert box.isVisible() and box.file_list.count() == 0
    assert not box.open_button.isEnabled()
    box.attach_button.click()
    assert box.file_list.count() == 1
    assert "tablica.jpg" in box.file_list.item(0).text()
    assert stack(setup).undoText().startswith("Attach tablica.jpg to “Kick-off")

    opened = []
    monkeypatch.setattr(
        evidence_panel.QDesktopServices, "openUrl", lambda url: opened.append(url)
    )
    box.open_button.click()
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes() == b"\xff\xd8 whiteboard"

    evidence = setup.document.session.evidence
    stack(setup).undo()
    assert box.file_list.count() == 0
    assert evidence(session_id=session_id) == []
    stack(setup).redo()
    assert box.file_list.count() == 1
    page.select(setup.document.session.sessions()[1].id)
    assert box.file_list.count() == 0  # the files of the other session
    with reopened(setup) as stored:
        [item] = stored.evidence(session_id=session_id)
        assert stored.evidence_content(item.id) == b"\xff\xd8 whiteboard"


# -- questions ---------------------------------------------------------------------------
def test_hiding_a_question_is_undone(qtbot, setup):
    page = setup.questions
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    page._items["1.2"].setCheckState(0, Qt.CheckState.Unchecked)
    assert session.hidden_questions() == {"1.2"}
    assert stack(setup).undoText() == "Hide question 1.2"
    stack(setup).undo()
    assert session.hidden_questions() == frozenset()
    assert page._items["1.2"].checkState(0) == Qt.CheckState.Checked
    assert page._items["1.2"].text(1) == ""
    stack(setup).redo()
    assert page._items["1.2"].checkState(0) == Qt.CheckState.Unchecked
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.hidden_questions() == frozenset()


def test_rewording_a_question_is_undone(qtbot, setup):
    page = setup.questions
    setup.tabs.setCurrentWidget(page)
    session = setup.document.session
    page.tree.setCurrentItem(page._items["1.2"])
    type_into(qtbot, page.title_edits["en"], "CRM budget for 2027")
    assert session.effective_model().question("1.2").title.get("en") == (
        "CRM budget for 2027"
    )
    assert stack(setup).undoText() == "Reword question 1.2"
    stack(setup).undo()
    assert session.question_overrides() == {}
    assert page.title_edits["en"].text() == ""
    assert page._items["1.2"].text(1) == ""
    stack(setup).redo()
    assert page.title_edits["en"].text() == "CRM budget for 2027"
    assert page._items["1.2"].text(1) == "reworded"
    snapshot = session.model.question("1.2").title.get("en")
    assert page.original_titles["en"].text() == snapshot  # never the rewording
    page.restore_button.click()
    assert stack(setup).undoText() == "Restore the wording of 1.2"
    stack(setup).undo()
    assert page.title_edits["en"].text() == "CRM budget for 2027"
    stack(setup).undo()
    with reopened(setup) as stored:
        assert stored.question_overrides() == {}


# -- the whole window: Edit › Undo names the edit and reaches every view ------------------
def test_edit_menu_undoes_a_set_up_edit(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    setup = window.show_view("setup")
    page = setup.questions
    page._items["1.2"].setCheckState(0, Qt.CheckState.Unchecked)
    assert "1.2" not in window.capture.visible_question_ids()
    assert window.undo_action.text().replace("&", "") == "Undo Hide question 1.2"
    window.undo_action.trigger()
    assert "1.2" in window.capture.visible_question_ids()
    assert page._items["1.2"].checkState(0) == Qt.CheckState.Checked
    window.redo_action.trigger()
    assert "1.2" not in window.capture.visible_question_ids()
