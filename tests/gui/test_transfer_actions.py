"""File › Export as JSON / Import from JSON / Add model to library, and Set-up ›
Questions › Export model, driven through the window with the fake dialogs."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from crm_workshop.catalog import available_models, load_model
from crm_workshop.gui.transfer_actions import ModelExportAnswers, ModelExportDialog
from crm_workshop.services import workshop_json
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.holding import Gate


def finish(qtbot, window) -> None:
    """Wait until the background export or import is over (its results shown)."""
    qtbot.waitUntil(lambda: window.report_worker is None, timeout=30_000)


def menu_texts(window) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions()]


def test_the_file_menu_offers_the_actions(window, demo_file):
    texts = menu_texts(window)
    for text in ("Export as &JSON…", "Import &from JSON…", "Add model to &library…"):
        assert text in texts
    assert not window.export_json_action.isEnabled()  # nothing open to export
    assert window.import_json_action.isEnabled() and window.add_model_action.isEnabled()
    assert window.open_path(demo_file)
    assert window.export_json_action.isEnabled()


def test_export_then_import_opens_the_new_workshop(qtbot, window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    document = tmp_path / "eksport.json"
    window.dialogs.json_save_answer = str(document)
    window.export_json_action.trigger()
    finish(qtbot, window)
    assert window.dialogs.errors == []
    assert window.dialogs.json_save_suggestion.endswith("Bursztyn – warsztat.json")
    assert json.loads(document.read_text("utf-8"))["format"] == "crm-workshop"
    assert "eksport.json" in window.statusBar().currentMessage()

    target = tmp_path / "kopia.crmw"
    window.dialogs.json_open_answer = str(document)
    window.dialogs.save_answer = str(target)
    window.import_json_action.trigger()
    finish(qtbot, window)
    assert window.dialogs.errors == []
    assert window.document.session.path == target
    assert "Bursztyn Delikatesy S.A." in window.windowTitle()
    assert "kopia.crmw" in window.statusBar().currentMessage()


def test_a_refused_import_lists_the_problems_and_writes_nothing(
    qtbot, window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    bad = tmp_path / "zły.json"
    bad.write_text(
        '{"format": "crm-workshop", "format_version": 1, "schema_version": 1, '
        '"tables": {"ratings": [], "stolen": []}}',
        encoding="utf-8",
    )
    window.dialogs.json_open_answer = str(bad)
    window.dialogs.save_answer = str(tmp_path / "nowy.crmw")
    window.import_json_action.trigger()
    finish(qtbot, window)
    ((title, message),) = window.dialogs.errors
    assert title == "JSON document refused"
    assert "“zły.json” cannot be imported, so nothing was written" in message
    assert "• tables: unknown table 'stolen'" in message
    assert not (tmp_path / "nowy.crmw").exists()
    assert window.document.session.path == demo_file  # still the workshop it had


def window_answers(qtbot, window) -> bool:
    """Whether the window's event loop runs: a timer fires and a repaint happens."""
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    window.statusBar().repaint()
    return bool(fired)


def test_the_json_export_is_written_off_the_gui_thread(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    assert window.open_path(demo_file)
    gate = Gate(workshop_json.encode_document)
    monkeypatch.setattr(workshop_json, "encode_document", gate)
    document = tmp_path / "w tle.json"
    window.dialogs.json_save_answer = str(document)
    window.export_json_action.trigger()  # returns while the file is being written
    assert gate.entered.wait(5) and not gate.on_the_gui_thread()
    assert window_answers(qtbot, window)
    assert window.report_worker is not None and not document.exists()
    assert "w tle.json" in window.statusBar().currentMessage()  # busy, and says so
    busy = window.findChild(QProgressDialog, "transfer_busy_dialog")
    qtbot.waitUntil(busy.isVisible, timeout=3000)  # after a moment, a busy dialog
    window.export_json_action.trigger()  # a second export waits for the first
    assert "still being written" in window.statusBar().currentMessage()
    # the workshop stays editable meanwhile (the dump was taken before)
    window.capture.show_question("1.1")
    window.capture.table.setFocus()
    window.capture.table.select_row(0)
    qtbot.keyClick(window.capture.table, Qt.Key.Key_5)
    gate.open()
    finish(qtbot, window)
    assert window.dialogs.errors == []
    assert json.loads(document.read_text("utf-8"))["format"] == "crm-workshop"
    assert "Exported to" in window.statusBar().currentMessage()
    assert window.findChild(QProgressDialog, "transfer_busy_dialog") is None or not (
        busy.isVisible()
    )


def test_the_json_import_is_built_off_the_gui_thread(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    source = tmp_path / "źródło.json"
    with WorkshopSession.open(demo_file) as session:
        workshop_json.export_workshop_json(session, source)
    assert window.open_path(demo_file)
    gate = Gate(workshop_json.read_document)
    monkeypatch.setattr(workshop_json, "read_document", gate)
    target = tmp_path / "nowy.crmw"
    window.dialogs.json_open_answer = str(source)
    window.dialogs.save_answer = str(target)
    window.import_json_action.trigger()
    assert gate.entered.wait(5) and not gate.on_the_gui_thread()
    assert window_answers(qtbot, window)
    assert window.document.session.path == demo_file  # still working on this one
    gate.open()
    finish(qtbot, window)
    assert window.dialogs.errors == []
    assert window.document.session.path == target  # then the new workshop opens
    assert "nowy.crmw" in window.statusBar().currentMessage()


@pytest.mark.parametrize("failure", ["disk full", "bug"])
def test_a_failure_in_the_background_is_a_dialog_not_a_traceback(
    qtbot, window, demo_file, tmp_path, monkeypatch, failure
):
    import errno
    import os

    assert window.open_path(demo_file)
    if failure == "disk full":

        def refuse(_fd):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", refuse)
    else:

        def broken(_document):
            raise KeyError("schema_version")

        monkeypatch.setattr(workshop_json, "encode_document", broken)
    target = tmp_path / "pełny.json"
    window.dialogs.json_save_answer = str(target)
    window.export_json_action.trigger()
    finish(qtbot, window)
    ((title, message),) = window.dialogs.errors
    assert "Traceback" not in message and "KeyError('" not in message
    if failure == "disk full":
        assert title == "Disk full"
        assert "no space left on the disk to write “pełny.json”" in message
        assert "Free some space" in message
    else:
        assert title == "Unexpected problem" and "report this problem" in message
    assert not target.exists() and list(tmp_path.glob(".*.part")) == []
    assert window.statusBar().currentMessage() == title


def test_cancelling_asks_nothing_more_and_writes_nothing(window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    window.export_json_action.trigger()  # the save dialog answers None
    window.import_json_action.trigger()
    window.add_model_action.trigger()
    assert window.dialogs.errors == [] and list(tmp_path.glob("*.json")) == []


def test_export_model_from_the_setup_with_text_still_being_typed(
    window, demo_file, tmp_path, qtbot
):
    assert window.open_path(demo_file)
    setup = window.show_view("setup")
    setup.tabs.setCurrentWidget(setup.questions)
    page = setup.questions
    page.tree.setCurrentItem(page._items["1.2"])
    page.title_edits["pl"].setText("Budżet „na lata”")  # not yet finished editing
    target = tmp_path / "acme.toml"
    window.dialogs.model_export_answer = ModelExportAnswers("acme", "2.0")
    window.dialogs.toml_save_answer = str(target)
    qtbot.mouseClick(page.export_model_button, Qt.MouseButton.LeftButton)
    assert window.dialogs.errors == []
    assert window.dialogs.model_export_question == (
        "crm-maturity-bursztyn-delikatesy-s-a",
        "1.0-bursztyn-delikatesy-s-a",
    )
    assert window.dialogs.toml_save_suggestion.endswith("acme-2.0.toml")
    model = load_model(target)
    assert (model.id, model.version) == ("acme", "2.0")
    assert model.question("1.2").title.get("pl") == "Budżet „na lata”"
    assert [i.model.id for i in available_models() if i.in_library] == ["acme"]
    assert "added to your model library" in window.statusBar().currentMessage()


def test_adding_a_model_twice_asks_before_replacing(window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    model = tmp_path / "acme.toml"
    window.dialogs.model_export_answer = ModelExportAnswers(
        "acme", "1", add_to_library=False
    )
    window.dialogs.toml_save_answer = str(model)
    window.show_view("setup").questions.export_model_button.click()
    assert model.exists() and available_models()[-1].model.id != "acme"
    window.dialogs.model_open_answer = str(model)
    window.add_model_action.trigger()
    assert "File › New workshop offers it" in window.statusBar().currentMessage()
    library_copy = available_models()[-1].path
    window.add_model_action.trigger()  # again: the fake says no
    assert "acme 1" in window.dialogs.replace_model_question
    assert window.dialogs.errors == []
    window.dialogs.replace_model_answer = True
    model.write_text(model.read_text("utf-8") + "# changed\n", encoding="utf-8")
    window.add_model_action.trigger()
    assert library_copy.read_text("utf-8").endswith("# changed\n")


def test_an_invalid_model_file_is_explained_line_by_line(window, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[model]\nid = "Bad!"\n', encoding="utf-8")
    window.dialogs.model_open_answer = str(broken)
    window.add_model_action.trigger()
    ((title, message),) = window.dialogs.errors
    assert title == "Model not added"
    assert "“broken.toml” is not a valid model file; nothing was copied" in message
    assert "• broken.toml:3: [model] invalid id 'Bad!'" in message
    assert available_models()[-1].model.id == "crm-maturity"


def test_a_model_the_format_refuses_is_explained(window, demo_file):
    with WorkshopSession.open(demo_file) as session:
        session.set_question_override("3.2", prompt={"en": "Why? " * 500})
    assert window.open_path(demo_file)
    window.dialogs.model_export_answer = ModelExportAnswers("acme", "1")
    window.dialogs.toml_save_answer = str(demo_file.with_name("x.toml"))
    window.show_view("setup").questions.export_model_button.click()
    ((title, message),) = window.dialogs.errors
    assert title == "Model not exported"
    assert "prompt.en] is 2499 characters long; at most 2000" in message
    assert not demo_file.with_name("x.toml").exists()


def test_the_export_dialog_checks_the_id_as_it_is_typed(qtbot, tmp_path):
    dialog = ModelExportDialog("crm-maturity-acme", "1.0-acme")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""
    dialog.id_edit.setText("Zła nazwa")
    assert not dialog.ok_button.isEnabled() and "lowercase" in dialog.hint.text()
    dialog.id_edit.setText("acme")
    dialog.version_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.version_edit.setText(" 2.0 ")
    dialog.hidden_check.setChecked(True)
    assert dialog.answers() == ModelExportAnswers("acme", "2.0", True, True)
    dialog.grab().save(str(tmp_path / "model_export_dialog.png"))


def test_the_real_dialogs_add_the_extension_and_ask_plainly(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from crm_workshop.gui.dialogs import Dialogs

    asked = []

    def save(parent, title, suggestion, filters):
        asked.append((title, filters))
        return "wyniki/eksport", filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    dialogs = Dialogs(window)
    assert dialogs.ask_json_save_path("x.json") == "wyniki/eksport.json"
    assert dialogs.ask_toml_save_path("x.toml") == "wyniki/eksport.toml"
    assert asked == [
        ("Export as JSON", "JSON (*.json)"),
        ("Export model", "TOML (*.toml)"),
    ]
    assert dialogs.ask_json_open_path("wyniki") is None
    assert dialogs.ask_model_open_path("wyniki") is None
    shown = []

    def answer(box):
        shown.append((box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dialogs.ask_replace_model("Replace <b>acme</b>?") is True
    assert shown == [("Replace <b>acme</b>?", Qt.TextFormat.PlainText)]
