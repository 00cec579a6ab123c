"""The set-up tab driven through its widgets; every check reads the file back from disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
)

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_stakeholder_model import StakeholderTableModel
from crm_workshop.gui.widgets.setup_view import SetupView
from crm_workshop.services.errors import WriteFailed
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.setup_helpers import (
    check,
    edit_cell,
    editing_done,
    paste_into,
    reopened,
    type_into,
    type_text,
)

MARKUP = "<b>Zarząd</b> & <img src=x> 🙂"


def test_engagement_fields_are_written_at_once(qtbot, setup):
    page = setup.engagement
    type_into(qtbot, page.client_name_edit, MARKUP)
    type_into(qtbot, page.industry_edit, "Handel detaliczny")
    type_into(qtbot, page.size_edit, "250–999")
    type_into(qtbot, page.consultant_edit, "Anna Nowak")
    type_into(qtbot, page.consultancy_edit, "Doradztwo Sp. z o.o.")
    page.ends_on_edit.setDate(QDate(2026, 12, 18))  # first: the old end is 2026-10-30
    page.starts_on_edit.setDate(QDate(2026, 11, 2))
    page.language_checks["en"].setChecked(False)  # report language follows: Polish
    with reopened(setup) as session:
        stored = session.engagement
    assert stored.client_name == MARKUP
    assert (stored.client_industry, stored.client_size) == (
        "Handel detaliczny",
        "250–999",
    )
    assert (stored.consultant, stored.consultancy) == (
        "Anna Nowak",
        "Doradztwo Sp. z o.o.",
    )
    assert (stored.starts_on, stored.ends_on) == ("2026-11-02", "2026-12-18")
    assert stored.languages == ("pl",)
    assert stored.report_language == "pl"


def test_bad_engagement_input_is_refused_with_a_message(qtbot, setup):
    page = setup.engagement
    before = setup.document.session.engagement
    paste_into(qtbot, page.client_name_edit, "x" * 10_000)
    assert setup.message_label.isVisible()
    assert "10,000" in setup.message_label.text()
    assert page.client_name_edit.text() == before.client_name  # shows the file again
    type_into(qtbot, page.client_name_edit, "")
    assert "empty" in setup.message_label.text()
    page.ends_on_edit.setDate(QDate(2020, 1, 1))  # before the start
    assert "before the start" in setup.message_label.text()
    page.language_checks["en"].setChecked(False)
    page.language_checks["pl"].setChecked(False)  # the last one: refused
    assert page.language_checks["pl"].isChecked()
    page.starts_clear.click()  # "not set" is a valid start
    with reopened(setup) as session:
        stored = session.engagement
    assert stored.client_name == before.client_name
    assert stored.ends_on == before.ends_on
    assert stored.starts_on is None
    assert stored.languages == ("pl",)


def png_file(path, size=(120, 60), image_format="PNG"):
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(path), image_format)
    return path


def test_logo_is_stored_previewed_and_removed(qtbot, setup, tmp_path, monkeypatch):
    page = setup.engagement
    logo = png_file(tmp_path / "logo.png")
    monkeypatch.setattr(page, "ask_logo_path", lambda: str(logo))
    page.logo_button.click()
    assert not page.logo_preview.pixmap().isNull()
    assert "image/png" in page.logo_info.text()
    with reopened(setup) as session:
        assert session.logo() == (logo.read_bytes(), "image/png")


def test_other_image_formats_are_stored_as_png(qtbot, setup, tmp_path, monkeypatch):
    page = setup.engagement
    bmp = png_file(tmp_path / "logo.bmp", image_format="BMP")
    monkeypatch.setattr(page, "ask_logo_path", lambda: str(bmp))
    page.logo_button.click()
    page.remove_logo_button.click()
    assert page.logo_preview.pixmap().isNull()
    page.logo_button.click()
    with reopened(setup) as session:
        content, mime = session.logo()
    assert mime == "image/png"
    assert QImage.fromData(content).width() == 120


@pytest.mark.parametrize("kind", ["text", "huge", "missing"])
def test_a_file_that_is_no_logo_is_refused(qtbot, setup, tmp_path, monkeypatch, kind):
    page = setup.engagement
    target = tmp_path / "logo.png"
    if kind == "text":
        target.write_text("<svg onload=alert(1)>not an image</svg>")
    elif kind == "huge":
        with target.open("wb") as handle:
            handle.truncate(6_000_000)
    monkeypatch.setattr(page, "ask_logo_path", lambda: str(target))
    page.logo_button.click()
    expected = {"text": "not an image", "huge": "at most 5 MB", "missing": "cannot"}
    assert expected[kind] in setup.message_label.text()
    with reopened(setup) as session:
        assert session.logo() is None


def test_colours_are_chosen_with_the_colour_dialog(qtbot, setup, monkeypatch):
    page = setup.engagement
    asked = []

    def choose(current, title):
        asked.append(current.name().upper())
        return QColor("#12ab9f")

    monkeypatch.setattr(page, "ask_colour", choose)
    page.primary_button.click()
    assert page.primary_button.text() == "#12AB9F"
    monkeypatch.setattr(page, "ask_colour", lambda current, title: None)  # cancelled
    page.accent_button.click()
    with reopened(setup) as session:
        stored = session.engagement
    assert asked == ["#1F4E79"]
    assert (stored.primary_color, stored.accent_color) == ("#12AB9F", "#E07B39")


# -- stakeholders ------------------------------------------------------------------------
def test_stakeholder_model_passes_the_model_tester(qtmodeltester, setup):
    qtmodeltester.check(setup.stakeholders.table_model, force_py=True)


def test_add_edit_and_deactivate_stakeholders(qtbot, setup):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    type_into(qtbot, page.name_edit, "")  # Return on an empty name: refused
    assert "needs a name" in setup.message_label.text()
    paste_into(qtbot, page.name_edit, "Ż" * 10_000)
    assert "10,000 characters" in setup.message_label.text()
    page.name_edit.setText(MARKUP)
    page.role_edit.setText("Członek zarządu")
    page.department_combo.setEditText("finance")  # typed id of a model department
    page.email_edit.setText("zarzad@bursztyn.example")
    page.add_button.click()
    assert not setup.message_label.isVisible()
    added = page.current()
    assert added.name == MARKUP
    row = page.table_model.row_of(added.id)
    assert page.table_model.index(row, 2).data() == "Finance"

    edit_cell(qtbot, page.table, row, StakeholderTableModel.ROLE, "CFO <i>")
    index = page.table_model.index(row, StakeholderTableModel.DEPARTMENT)
    page.table.edit(index)
    combo = page.table.findChild(QComboBox)
    combo.setEditText("Dział VIP")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    editing_done(qtbot, page.table)
    edit_cell(qtbot, page.table, row, StakeholderTableModel.EMAIL, "not an address")
    assert "not an e-mail address" in setup.message_label.text()
    edit_cell(qtbot, page.table, row, StakeholderTableModel.NAME, "ewa MAZUR")
    assert "already a stakeholder" in setup.message_label.text()

    demo_person = next(  # has answers in the demo
        p for p in setup.document.session.stakeholders() if p.name == "Ewa Mazur"
    )
    page.select(demo_person.id)
    page.active_button.click()
    assert page.active_button.text().replace("&", "") == "Reactivate"
    assert page.count_label.text() == "11 active, 1 inactive"
    page.select(added.id)
    page.active_button.click()
    page.active_button.click()  # reactivated again
    with reopened(setup) as session:
        people = {p.id: p for p in session.stakeholders()}
        round_id = session.round_named(None).id
        answers = [
            r for r in session.ratings(round_id) if r.stakeholder_id == demo_person.id
        ]
    assert people[added.id].name == MARKUP
    assert people[added.id].role == "CFO <i>"
    assert people[added.id].department == "Dział VIP"
    assert people[added.id].email == "zarzad@bursztyn.example"
    assert people[added.id].active
    assert not people[demo_person.id].active
    assert answers  # deactivating keeps every answer


def test_csv_import_good_file(qtbot, setup, tmp_path, monkeypatch):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    target = tmp_path / "ludzie.csv"
    target.write_bytes(
        "\ufeffname;role;department;email\r\n"
        "Jan Nowy;Analityk;Dane i analityka;jan@bursztyn.example\r\n"
        "Ewa Mazur;Radca prawny (zewn.);;\r\n".encode()
    )
    monkeypatch.setattr(page, "ask_csv_path", lambda: str(target))
    with qtbot.waitSignal(setup.statusMessage) as message:
        page.import_button.click()
    assert "1 added, 1 updated" in message.args[0]
    assert page.import_problems.isHidden()
    with reopened(setup) as session:
        people = {p.name: p for p in session.stakeholders()}
    assert people["Jan Nowy"].department == "analytics"
    assert people["Ewa Mazur"].role == "Radca prawny (zewn.)"


def test_csv_import_bad_file_lists_every_line(qtbot, setup, tmp_path, monkeypatch):
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    target = tmp_path / "ludzie.csv"
    target.write_text(
        "name,role,department,email\nJan Nowy,,,\n,CEO,,\nOla,,,ola(at)x\nJAN NOWY,,,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(page, "ask_csv_path", lambda: str(target))
    count = page.table_model.rowCount()
    page.import_button.click()
    assert page.import_problems.isVisible()
    text = page.import_problems.text.toPlainText()
    assert "Line 3: the name is empty" in text
    assert "Line 4: “ola(at)x” is not an e-mail address" in text
    assert "Line 5: “JAN NOWY” appears again (first on line 2)" in text
    assert "ludzie.csv" in page.import_problems.heading.text()
    assert "3 problems" in setup.message_label.text()
    with reopened(setup) as session:
        assert len(session.stakeholders()) == count  # all or nothing


# -- sessions ------------------------------------------------------------------------------
def test_add_and_edit_a_session(qtbot, setup):
    page = setup.sessions
    setup.tabs.setCurrentWidget(page)
    first_id = page.current_id
    type_into(qtbot, page.title_edit, "Kick-off (poprawiony)")
    count = page.session_list.count()
    page.new_button.click()
    assert page.session_list.count() == count + 1
    new_id = page.current_id
    assert page.title_edit.hasFocus()
    type_text(qtbot, page.title_edit, MARKUP)
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    page.date_edit.setDate(QDate(2026, 11, 4))
    check(page.areas_list, "data")
    check(page.areas_list, "value")
    people = setup.document.session.stakeholders()
    check(page.attendees_list, people[0].id)
    check(page.attendees_list, people[3].id)
    page.agenda_edit.setFocus()
    type_text(qtbot, page.agenda_edit, "1. Dane\n2. Wartość")
    page.notes_edit.setFocus()  # leaving the agenda writes it
    type_text(qtbot, page.notes_edit, "Notatki 🙂")  # written by the close below
    assert MARKUP in page.session_list.currentItem().text()
    with reopened(setup) as session:
        sessions = {s.id: s for s in session.sessions()}
    new = sessions[new_id]
    assert (new.held_on, new.title) == ("2026-11-04", MARKUP)
    assert new.areas == ("data", "value")
    assert new.attendees == tuple(sorted((people[0].id, people[3].id)))
    assert (new.agenda, new.notes) == ("1. Dane\n2. Wartość", "Notatki 🙂")
    assert sessions[first_id].title == "Kick-off (poprawiony)"


def test_a_session_title_cannot_be_empty(qtbot, setup):
    page = setup.sessions
    setup.tabs.setCurrentWidget(page)
    title = page.title_edit.text()
    type_into(qtbot, page.title_edit, "   ")
    assert "needs a title" in setup.message_label.text()
    assert page.title_edit.text() == title


def test_new_stakeholders_appear_among_the_attendees(qtbot, setup):
    setup.stakeholders.name_edit.setText("Nowa Osoba")
    setup.stakeholders.add_button.click()
    names = [
        setup.sessions.attendees_list.item(n).text()
        for n in range(setup.sessions.attendees_list.count())
    ]
    assert "Nowa Osoba" in names


# -- questions ---------------------------------------------------------------------------
def test_hide_and_reword_questions(qtbot, setup):
    page = setup.questions
    setup.tabs.setCurrentWidget(page)
    page.tree.setCurrentItem(page._items["1.2"])
    assert page.current_id == "1.2"
    type_into(qtbot, page.title_edits["pl"], "Budżet CRM na 2027 <b>")
    page.prompt_edits["en"].setFocus()
    qtbot.keyClicks(page.prompt_edits["en"], "Is there a budget for 2027?")
    page.tree.setFocus()  # focus leaves the prompt: written
    assert page._items["1.2"].text(1) == "reworded"
    page._items["1.3"].setCheckState(0, Qt.CheckState.Unchecked)
    assert "hidden" in page._items["1.3"].text(1)
    with reopened(setup) as session:
        original = session.model.question("1.2")
        effective = session.effective_model().question("1.2")
        hidden = session.hidden_questions()
        assessment = session.assessment(session.round_named(None).id)
    assert effective.title.get("pl") == "Budżet CRM na 2027 <b>"
    assert effective.prompt.get("en") == "Is there a budget for 2027?"
    assert effective.title.get("en") == original.title.get("en")
    assert original.title.get("pl") != "Budżet CRM na 2027 <b>"  # snapshot unchanged
    assert hidden == {"1.3"}
    assert "1.3" not in assessment.questions
    assert "1.2" in assessment.questions


def test_restore_wording_and_show_again(qtbot, setup):
    page = setup.questions
    setup.tabs.setCurrentWidget(page)
    page.tree.setCurrentItem(page._items["2.1"])
    type_into(qtbot, page.title_edits["en"], "Systems map")
    page.hidden_check.setChecked(True)
    assert page._items["2.1"].checkState(0) == Qt.CheckState.Unchecked
    page.restore_button.click()
    page.hidden_check.setChecked(False)
    assert page.title_edits["en"].text() == ""
    with reopened(setup) as session:
        assert session.question_overrides() == {}


# -- failures, read-only, accessibility --------------------------------------------------
def test_a_failed_write_is_reported_and_the_field_shows_the_file(
    qtbot, setup, monkeypatch
):
    session = setup.document.session
    stored = session.engagement.client_name

    def full(**changes):
        raise WriteFailed(session.path, "the disk is full")

    monkeypatch.setattr(session, "update_engagement", full)
    with qtbot.waitSignal(setup.document.writeFailed) as failed:
        paste_into(qtbot, setup.engagement.client_name_edit, "Nowa nazwa")
    assert isinstance(failed.args[0], WriteFailed)
    assert setup.engagement.client_name_edit.text() == stored


def test_read_only_workshop_shows_but_does_not_edit(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file, read_only=True))
    view = SetupView(document, "pl")
    qtbot.addWidget(view)
    view.show()
    assert view.read_only_label.isVisible()
    assert view.engagement.client_name_edit.isReadOnly()
    assert not view.stakeholders.add_button.isEnabled()
    assert (
        not view.stakeholders.table_model.flags(
            view.stakeholders.table_model.index(0, 0)
        )
        & Qt.ItemFlag.ItemIsEditable
    )
    assert not view.sessions.form_box.isEnabled()
    assert not view.questions.editor.isEnabled()
    document.close()


def test_every_label_is_plain_text_and_every_input_is_named(setup):
    for label in setup.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    inputs = (
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractItemView,
        QTreeWidget,
    )
    for kind in inputs:
        for widget in setup.findChildren(kind):
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo or a date edit
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own internals (calendar popups)
            if isinstance(widget, QHeaderView) or widget.window() is not setup:
                continue  # headers; popups of combos and calendars
            assert widget.accessibleName(), (kind, widget.objectName())


def test_mnemonics_have_buddies_and_tab_follows_the_form(qtbot, setup):
    page = setup.engagement
    labels = {
        label.text(): label.buddy()
        for label in page.findChildren(QLabel)
        if "&" in label.text()
    }
    assert labels["Client na&me:"] is page.client_name_edit
    assert labels["Sta&rts on:"] is page.starts_on_edit
    qtbot.waitExposed(setup)
    setup.activateWindow()
    page.client_name_edit.setFocus()
    qtbot.waitUntil(page.client_name_edit.hasFocus)
    qtbot.keyClick(page.client_name_edit, Qt.Key.Key_Tab)
    assert page.industry_edit.hasFocus()


def test_text_still_being_typed_is_written_when_the_tab_is_removed(qtbot, demo_file):
    """The window removes the tab before it closes the file: nothing typed is lost."""
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    view = SetupView(document, "en")
    tabs.addTab(view, "Set-up")
    tabs.show()
    view.tabs.setCurrentWidget(view.sessions)
    session_id = view.sessions.current_id
    view.sessions.notes_edit.setFocus()
    view.sessions.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.sessions.notes_edit, " Dopisek.")  # no pause, no focus change
    tabs.clear()
    document.close()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        notes = {s.id: s.notes for s in session.sessions()}[session_id]
    assert notes.endswith(" Dopisek.")


def test_the_engagement_page_fits_a_small_screen(qtbot, window, demo_file):
    """At 960x540 (1920x1080 at 200 %) the engagement form scrolls and stacks its
    two boxes instead of making the window larger than the screen."""
    window.open_path(demo_file)
    window.show_view("setup")
    window.resize(960, 540)
    window.show()
    page = window.setup.engagement
    qtbot.waitUntil(lambda: page.isVisible())
    # the page never asks for the room its boxes take: it scrolls them (on a larger
    # system font the boxes alone are wider than 960)
    boxes = [box.minimumSizeHint() for box in page._boxes]
    assert page.minimumSizeHint().width() < min(box.width() for box in boxes)
    assert page.minimumSizeHint().height() < min(box.height() for box in boxes)
    sessions = window.setup.sessions  # its form scrolls too
    assert (
        sessions.minimumSizeHint().height()
        < sessions.form_box.minimumSizeHint().height()
    )
    hint = window.minimumSizeHint()
    assert hint.width() <= 960 and hint.height() <= 540, hint
    qtbot.waitUntil(lambda: window.width() <= 960 and window.height() <= 540)
    assert page.columns.direction() == QBoxLayout.Direction.TopToBottom
    window.resize(1900, 1000)
    qtbot.waitUntil(
        lambda: page.columns.direction() == QBoxLayout.Direction.LeftToRight
    )
