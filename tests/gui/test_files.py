"""Opening files from the window: start page, bad files, drag and drop, copies."""

from __future__ import annotations

import sqlite3
import struct

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from crm_workshop.gui.dialogs import NewWorkshopAnswers
from crm_workshop.gui.main_window import START, WORKSPACE
from crm_workshop.services.workshop import WorkshopSession


def test_start_page_then_open_shows_the_workshop(window, demo_file):
    assert window.stack.currentIndex() == START
    window.dialogs.open_answer = str(demo_file)
    window.start_page.open_button.click()
    assert window.stack.currentIndex() == WORKSPACE
    assert "Bursztyn Delikatesy S.A." in window.windowTitle()
    assert "saved to the file" in window.saved_label.text()
    window.close_workshop()
    assert window.stack.currentIndex() == START
    assert window.start_page.recent_list.count() == 1


def make_bad(tmp_path, kind: str):
    path = tmp_path / f"{kind}.crmw"
    if kind == "text":
        path.write_text("not a workshop", encoding="utf-8")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    return path


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("text", "Not a workshop file"),
        ("foreign", "Not a workshop file"),
        ("missing", "File not found"),
        ("newer", "Newer workshop file"),
        ("truncated", "Damaged workshop file"),
        ("trigger", "Workshop file refused"),
    ],
)
def test_each_kind_of_bad_file_is_explained_and_left_alone(
    window, tmp_path, demo_file, kind, title
):
    if kind in ("newer", "truncated", "trigger"):
        path = demo_file
        data = bytearray(path.read_bytes())
        if kind == "newer":
            data[60:64] = struct.pack(">I", 999)
            path.write_bytes(bytes(data))
        elif kind == "truncated":
            path.write_bytes(bytes(data[: len(data) // 3]))
        else:
            conn = sqlite3.connect(path)
            conn.execute("CREATE TRIGGER t AFTER INSERT ON ratings BEGIN SELECT 1; END")
            conn.commit()
            conn.close()
    else:
        path = make_bad(tmp_path, kind)
    before = path.read_bytes() if path.exists() else None
    assert not window.open_path(path)
    assert window.dialogs.errors[-1][0] == title
    assert "Traceback" not in window.dialogs.errors[-1][1]
    assert window.stack.currentIndex() == START
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_file_this_user_may_not_read_is_not_called_read_only(
    window, demo_file, refuse_reading
):
    def files() -> list[tuple[str, int]]:  # the window's own settings file aside
        folder = demo_file.parent.iterdir()
        return sorted(
            (p.name, p.stat().st_mtime_ns) for p in folder if p.suffix != ".ini"
        )

    before = files()
    refuse_reading(demo_file)
    assert not window.open_path(demo_file)
    title, message = window.dialogs.errors[-1]
    assert title == "No permission to read the file"
    assert (
        "“Bursztyn – warsztat.crmw” cannot be read with your user account's" in message
    )
    assert "owner" in message and "nothing was written" in message
    assert "read-only" not in message and "Save a copy" not in message
    assert window.dialogs.copy_offers == []
    assert window.stack.currentIndex() == START
    assert files() == before  # nothing written: no lock file, no backup beside it


def test_a_locked_workshop_is_explained(window, demo_file):
    with WorkshopSession.open(demo_file):
        assert not window.open_path(demo_file)
    assert window.dialogs.errors[-1][0] == "Workshop in use"


def test_failed_open_keeps_the_open_workshop(window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    assert not window.open_path(tmp_path / "nope.crmw")
    assert window.document is not None and window.stack.currentIndex() == WORKSPACE


def test_dropping_a_workshop_opens_it(qtbot, window, demo_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_file))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document is not None
    assert window.document.session.path == demo_file


def test_new_workshop_wizard_creates_and_opens_a_file(window, tmp_path):
    window.dialogs.new_answers = NewWorkshopAnswers("Żabka Polska", "Jan Nowak", "pl")
    target = tmp_path / "żabka.crmw"
    window.dialogs.save_answer = str(target)
    window.new_action.trigger()
    assert target.exists()
    assert window.document.session.engagement.client_name == "Żabka Polska"
    assert window.document.round is not None  # a baseline round is ready for capture
    assert window.capture.question_panel.level_texts[0].text()


def test_new_workshop_never_overwrites(window, demo_file):
    before = demo_file.read_bytes()
    window.dialogs.new_answers = NewWorkshopAnswers("X", "", "en")
    window.dialogs.save_answer = str(demo_file)
    window.new_action.trigger()
    assert window.dialogs.errors[-1][0] == "File already exists"
    assert demo_file.read_bytes() == before


def test_save_a_copy(window, demo_file, tmp_path):
    window.open_path(demo_file)
    target = tmp_path / "kopia.crmw"
    window.dialogs.save_answer = str(target)
    window.copy_action.trigger()
    with WorkshopSession.open(target) as copy:
        assert copy.engagement.client_name == "Bursztyn Delikatesy S.A."


def test_open_demo_from_the_start_page(window):
    window.start_page.demo_button.click()
    assert window.document is not None
    assert window.document.session.engagement.client_name == "Bursztyn Delikatesy S.A."


def test_recent_files_mark_missing_ones(window, demo_file, tmp_path):
    window.open_path(demo_file)
    window.close_workshop()
    demo_file.rename(tmp_path / "moved.crmw")
    window._refresh_recent()
    item = window.start_page.recent_list.item(0)
    assert "(missing)" in item.text()
    assert item.font().italic()
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled  # chosen, it offers removal


def test_new_workshop_dialog_needs_a_client(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from crm_workshop.gui.new_workshop_dialog import NewWorkshopDialog

    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.client_edit, "Retail")  # QTest types ASCII only
    assert ok.isEnabled()
    qtbot.keyClick(
        dialog.client_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(dialog.client_edit, Qt.Key.Key_Delete)
    assert not ok.isEnabled()
    dialog.client_edit.setText("  Łódź Retail ")
    assert dialog.answers().client_name == "Łódź Retail"


def test_new_workshop_with_a_chosen_and_a_broken_model(window, tmp_path):
    from crm_workshop.locations import models_dir

    model_file = next(models_dir().glob("*.toml"))
    window.dialogs.new_answers = NewWorkshopAnswers("Klient", "", "pl", str(model_file))
    window.dialogs.save_answer = str(tmp_path / "a.crmw")
    window.new_action.trigger()
    assert window.document.model.question_count == 28
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[model]\nid = "X X"\n', encoding="utf-8")
    window.dialogs.new_answers = NewWorkshopAnswers("Klient", "", "pl", str(broken))
    window.dialogs.save_answer = str(tmp_path / "b.crmw")
    window.new_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert title == "Maturity model has problems"
    assert "invalid id" in message and "broken.toml" in message
    assert not (tmp_path / "b.crmw").exists()


def test_f5_presents_the_question_being_captured(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.present_action.trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    window.capture.show_question("3.2")
    texts = " ".join(label.text() for label in presenter.findChildren(QLabel))
    assert "3.2" in texts
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.presenter is None and not window.present_action.isChecked()
    window.present_action.trigger()
    window.close_workshop()
    assert window.presenter is None


def test_overview_entries_jump_to_their_question(window, demo_file):
    assert window.open_path(demo_file)
    window.jump_to_question("4.2")
    assert window.tabs.currentWidget() is window.capture
    assert window.capture.question_id == "4.2"


def test_setup_changes_reach_the_capture_view(window, demo_file):
    assert window.open_path(demo_file)
    session = window.document.session
    session.set_question_override("1.2", hidden=True)
    session.set_question_override(
        "1.1", title={"en": "Who owns CRM here?", "pl": "Kto?"}
    )
    window.setup.setupChanged.emit("questions")
    capture = window.capture
    assert "1.2" not in capture.visible_question_ids()
    capture.show_question("1.1")
    assert capture.question_panel.title_label.text() == "1.1  Who owns CRM here?"
    assert (
        window.document.session.model.question("1.1").title.get("en")
        != "Who owns CRM here?"
    )
    session.add_stakeholder("Nowa Osoba", department="it")
    window.setup.setupChanged.emit("stakeholders")
    names = [
        capture.table_model.stakeholder(r).name
        for r in range(capture.table_model.rowCount())
    ]
    assert "Nowa Osoba" in names
    assert window.tabs.tabText(window.tabs.count() - 1) == "&Set-up"
