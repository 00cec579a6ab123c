"""The keyboard capture flow end to end, undo/redo and consensus, checked in the file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_workshop.domain.assessment import Answer
from crm_workshop.services.workshop import WorkshopSession


def stored(path, name: str, question_id: str):
    """Read an answer back from the file on disk, as a fresh process would."""
    with WorkshopSession.open(path, read_only=True) as session:
        person = next(p for p in session.stakeholders() if p.name == name)
        round_ = session.round_named(None)
        return next(
            (
                r
                for r in session.question_ratings(round_.id, question_id)
                if r.stakeholder_id == person.id
            ),
            None,
        )


def open_capture(window, path):
    assert window.open_path(path)
    capture = window.capture
    capture.session_combo.setCurrentIndex(0)
    capture.show_question("1.1")
    capture.table.setFocus()
    capture.table.select_row(0)
    return capture


def selected_name(capture) -> str:
    return capture.table_model.stakeholder(capture.table.current_row()).name


def test_keyboard_flow_writes_each_answer_to_the_file(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    table = capture.table
    name = selected_name(capture)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(
        table, Qt.Key.Key_Dollar, Qt.KeyboardModifier.ShiftModifier
    )  # Shift+4
    window.close_workshop()  # release the lock; everything must already be on disk
    rating = stored(demo_file, name, "1.1")
    assert (rating.answer, rating.current, rating.target) == (Answer.LEVEL, 3, 4)

    capture = open_capture(window, demo_file)
    table = capture.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = selected_name(capture)
    qtbot.keyClick(table, Qt.Key.Key_N)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    third = selected_name(capture)
    qtbot.keyClicks(table, "?")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert capture.question_id == "1.2"
    qtbot.keyClick(table, Qt.Key.Key_5)
    first_on_12 = selected_name(capture)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert capture.question_id == "1.1"
    window.close_workshop()
    assert stored(demo_file, second, "1.1").answer is Answer.NOT_APPLICABLE
    assert stored(demo_file, third, "1.1").answer is Answer.DONT_KNOW
    assert stored(demo_file, first_on_12, "1.2").current == 5


def test_backspace_clears_and_the_distribution_follows(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    name = selected_name(capture)
    qtbot.keyClick(capture.table, Qt.Key.Key_5)
    assert capture.distribution.current[4] >= 1
    fives = capture.distribution.current[4]
    qtbot.keyClick(capture.table, Qt.Key.Key_Backspace)
    assert capture.distribution.current[4] == fives - 1
    window.close_workshop()
    assert stored(demo_file, name, "1.1") is None


def test_disagreement_is_flagged_live(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    qtbot.keyClick(capture.table, Qt.Key.Key_1)
    qtbot.keyClick(capture.table, Qt.Key.Key_Down)
    qtbot.keyClick(capture.table, Qt.Key.Key_5)
    assert capture.distribution.disagreement
    assert capture.disagreement_label.isVisibleTo(capture)


def test_undo_and_redo_restore_the_file_and_name_the_edit(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    name = selected_name(capture)
    before = stored_in_window(window, name, "1.1")
    qtbot.keyClick(capture.table, Qt.Key.Key_4)
    assert name in window.undo_action.text() and "1.1" in window.undo_action.text()
    window.undo_action.trigger()
    assert stored_in_window(window, name, "1.1") == before
    window.redo_action.trigger()
    assert stored_in_window(window, name, "1.1").current == 4
    window.undo_action.trigger()
    window.close_workshop()
    assert stored(demo_file, name, "1.1") == before


def stored_in_window(window, name: str, question_id: str):
    document = window.document
    person = next(p for p in document.session.stakeholders() if p.name == name)
    return document.ratings_for(question_id).get(person.id)


def test_a_long_consensus_note_shows_its_beginning(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    capture.show_question("2.3")  # the demo agreed on it, with a note
    note = window.document.consensus_for("2.3").note
    assert len(note) > 30
    assert capture.consensus.note_edit.text() == note
    assert capture.consensus.note_edit.cursorPosition() == 0


def test_consensus_set_undone_and_kept_in_the_file(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    capture.show_question("2.1")
    capture.consensus.current_combo.setCurrentIndex(
        capture.consensus.current_combo.findData(2)
    )
    capture.consensus.target_combo.setCurrentIndex(
        capture.consensus.target_combo.findData(4)
    )
    capture.consensus.note_edit.setText("<b>Zgoda</b> zespołu")
    qtbot.mouseClick(capture.consensus.set_button, Qt.MouseButton.LeftButton)
    assert capture.question_panel.level_frames[1].property("current") is True
    assert window.document.assessment().questions["2.1"].score == 2.0
    window.close_workshop()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        agreed = session.consensus(session.round_named(None).id)["2.1"]
    assert (agreed.current, agreed.target, agreed.note) == (
        2,
        4,
        "<b>Zgoda</b> zespołu",
    )

    capture = open_capture(window, demo_file)
    capture.show_question("2.1")
    qtbot.mouseClick(capture.consensus.clear_button, Qt.MouseButton.LeftButton)
    assert window.document.consensus_for("2.1") is None
    window.undo_action.trigger()
    assert window.document.consensus_for("2.1").current == 2


def test_mouse_entry_and_comment(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    name = selected_name(capture)
    qtbot.mouseClick(
        capture.answer_buttons.current_buttons[1], Qt.MouseButton.LeftButton
    )
    index = capture.table_model.index(0, capture.table_model.COMMENT)
    assert capture.table_model.setData(index, "Zeszyty zamiast CRM 🙂")
    window.close_workshop()
    rating = stored(demo_file, name, "1.1")
    assert rating.current == 2 and rating.comment == "Zeszyty zamiast CRM 🙂"


def test_session_filter_limits_areas_and_people(qtbot, window, demo_file):
    capture = open_capture(window, demo_file)
    everyone = capture.table_model.rowCount()
    index = next(
        i
        for i in range(capture.session_combo.count())
        if "Integracja" in capture.session_combo.itemText(i)
    )
    capture.session_combo.setCurrentIndex(index)
    assert capture.question_id.startswith(("2.", "3."))
    assert set(q[0] for q in capture.visible_question_ids()) == {"2", "3"}
    assert 0 < capture.table_model.rowCount() < everyone


def test_answer_model_passes_qtmodeltester(demo_file, qtmodeltester):
    from crm_workshop.gui.itemmodels import AnswerTableModel

    with WorkshopSession.open(demo_file, read_only=True) as session:
        model = AnswerTableModel(lambda dep: dep.upper(), lambda row, text: None)
        model.set_stakeholders(session.stakeholders())
        round_id = session.round_named(None).id
        model.set_ratings(
            {r.stakeholder_id: r for r in session.question_ratings(round_id, "2.3")}
        )
        qtmodeltester.check(model, force_py=True)
        assert model.data(model.index(0, model.CURRENT)) in {
            "1",
            "2",
            "3",
            "4",
            "5",
            "N/A",
            "?",
            "",
        }


def test_evidence_attach_open_and_undo(qtbot, window, demo_file, tmp_path, monkeypatch):
    photo = tmp_path / "tablica – sesja 2.jpg"
    photo.write_bytes(b"\xff\xd8 whiteboard")
    capture = open_capture(window, demo_file)
    capture.show_question("2.3")
    monkeypatch.setattr(capture.evidence, "choose_evidence_file", lambda: str(photo))
    qtbot.mouseClick(capture.evidence.attach_button, Qt.MouseButton.LeftButton)
    assert capture.evidence.file_list.count() == 1
    assert "tablica – sesja 2.jpg" in capture.evidence.file_list.item(0).text()
    evidence_id, name = capture.evidence.file_list.item(0).data(
        Qt.ItemDataRole.UserRole
    )
    written = capture.evidence.evidence_temp_path(evidence_id, name)
    assert written.read_bytes() == b"\xff\xd8 whiteboard"
    assert "Attach" in window.undo_action.text()
    window.undo_action.trigger()
    assert capture.evidence.file_list.count() == 0
    window.redo_action.trigger()
    assert capture.evidence.file_list.count() == 1
    window.close_workshop()
    photo.unlink()
    with WorkshopSession.open(demo_file, read_only=True) as session:
        [item] = session.evidence(question_id="2.3")
        assert session.evidence_content(item.id) == b"\xff\xd8 whiteboard"


def test_on_a_small_window_the_answers_keep_their_columns(qtbot, window, demo_file):
    """At 960x540 (1920x1080 at 200 %) the navigator gives way and every column of
    the answers, levels first, is in view without scrolling sideways."""
    window.resize(960, 540)
    window.show()
    capture = open_capture(window, demo_file)
    table = capture.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    assert capture._left.width() <= 0.25 * capture.width()
    for column in (2, 3):  # current and target: whole headers
        assert table.columnWidth(column) >= header.sectionSizeHint(column)
    assert table.columnWidth(0) >= 60  # names still readable in part
