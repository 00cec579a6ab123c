"""A workshop open on another computer, and one in a synced folder, as the window shows them."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from crm_workshop.gui.dialogs import OPEN_ANYWAY, OPEN_READ_ONLY
from crm_workshop.gui.i18n import date_text
from crm_workshop.gui.main_window import START, WORKSPACE

FOREIGN = {
    "format": 1,
    "app": "CRM Workshop",
    "host": "LAPTOP-ANNA",
    "user": "anna",
    "pid": 4242,
    "opened_at": "2026-10-05T08:30:00+00:00",
    "token": "ab" * 16,
}


def lock_file(path):
    return path.with_name(f".{path.name}.lock")


@pytest.fixture
def locked_elsewhere(demo_file):
    """The demo workshop with another computer's lock file beside it."""
    lock = lock_file(demo_file)
    lock.write_text(json.dumps(FOREIGN), encoding="utf-8")
    return demo_file


def bar_text(window) -> str:
    return window.sync_bar.text_label.text()


def test_the_question_names_who_has_it_open_where_and_since_when(
    window, locked_elsewhere
):
    assert not window.open_path(locked_elsewhere)  # the fake answers "cancel"
    title, message = window.dialogs.opened_elsewhere_question
    assert title == "Workshop open on another computer"
    assert "opened by anna on LAPTOP-ANNA since " in message
    assert date_text("2026-10-05") in message  # as the interface's locale writes it
    assert "read-only" in message
    assert "Traceback" not in message


def test_cancel_keeps_the_start_page_and_the_lock(window, locked_elsewhere):
    before = lock_file(locked_elsewhere).read_bytes()
    assert not window.open_path(locked_elsewhere)
    assert window.stack.currentIndex() == START
    assert window.document is None
    assert window.dialogs.errors == []  # a choice, not a failure
    assert window.dialogs.take_over_question is None
    assert lock_file(locked_elsewhere).read_bytes() == before


def test_read_only_opens_read_only_and_says_who_is_editing(window, locked_elsewhere):
    before = lock_file(locked_elsewhere).read_bytes()
    window.dialogs.opened_elsewhere_answer = OPEN_READ_ONLY
    assert window.open_path(locked_elsewhere)
    assert window.stack.currentIndex() == WORKSPACE
    assert window.document.read_only
    assert "Read-only" in window.saved_label.text()
    assert window.sync_bar.isVisible()
    assert "anna is editing this workshop on LAPTOP-ANNA" in bar_text(window)
    window.close_workshop()
    assert lock_file(locked_elsewhere).read_bytes() == before  # theirs, untouched


def test_open_anyway_warns_then_takes_the_workshop_over(window, locked_elsewhere):
    window.dialogs.opened_elsewhere_answer = OPEN_ANYWAY
    window.dialogs.take_over_answer = True
    assert window.open_path(locked_elsewhere)
    title, warning = window.dialogs.take_over_question
    assert title == "Open anyway?"
    assert "LAPTOP-ANNA" in warning and "may be lost" in warning
    assert not window.document.read_only
    record = json.loads(lock_file(locked_elsewhere).read_text("utf-8"))
    assert record["pid"] == os.getpid()
    assert record["host"] != "LAPTOP-ANNA"
    assert "You took this workshop over from anna on LAPTOP-ANNA" in bar_text(window)
    window.close_workshop()
    assert not lock_file(locked_elsewhere).exists()


def test_open_anyway_declined_at_the_warning_changes_nothing(window, locked_elsewhere):
    before = lock_file(locked_elsewhere).read_bytes()
    window.dialogs.opened_elsewhere_answer = OPEN_ANYWAY
    window.dialogs.take_over_answer = False
    assert not window.open_path(locked_elsewhere)
    assert window.dialogs.take_over_question is not None
    assert window.stack.currentIndex() == START
    assert lock_file(locked_elsewhere).read_bytes() == before


def test_a_failure_of_the_chosen_open_is_explained(window, locked_elsewhere):
    window.dialogs.opened_elsewhere_answer = OPEN_READ_ONLY
    data = bytearray(locked_elsewhere.read_bytes())
    locked_elsewhere.write_bytes(bytes(data[: len(data) // 3]))  # damaged meanwhile
    assert not window.open_path(locked_elsewhere)
    assert window.dialogs.errors[-1][0] == "Damaged workshop file"
    assert window.stack.currentIndex() == START


def test_the_sync_warning_bar_appears_for_a_dropbox_folder_and_can_be_dismissed(
    qtbot, window, demo_file, tmp_path
):
    folder = tmp_path / "Dropbox" / "Klienci"
    folder.mkdir(parents=True)
    path = folder / demo_file.name
    shutil.move(demo_file, path)
    conflict = folder / path.name.replace(
        ".crmw", " (Kopia powodująca konflikt użytkownika Anna 2026-10-05).crmw"
    )
    conflict.write_bytes(b"")
    assert window.open_path(path)
    bar = window.sync_bar
    assert bar.isVisible()
    text = bar_text(window)
    assert "This workshop is in a folder synced by Dropbox." in text
    assert "keeps a lock file so two computers never write at once" in text
    assert f"A conflicting copy exists: “{conflict.name}”" in text
    assert "synced by Dropbox" in window.statusBar().currentMessage()
    assert bar.text_label.textFormat() == Qt.TextFormat.PlainText
    # above the workshop's views, not in a dialog
    assert bar.geometry().bottom() < window.stack.geometry().top() + 1
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.stack.currentIndex() == WORKSPACE  # the workshop stays open
    # once per open: the next open warns again
    window.close_workshop()
    assert window.open_path(path)
    assert bar.isVisible()


def test_no_bar_for_an_ordinary_folder(window, demo_file):
    assert window.open_path(demo_file)
    assert not window.sync_bar.isVisible()
    assert bar_text(window) == ""


def test_closing_the_workshop_hides_the_bar(window, demo_file, tmp_path):
    folder = tmp_path / "OneDrive - Bursztyn"
    folder.mkdir()
    path = folder / demo_file.name
    shutil.move(demo_file, path)
    assert window.open_path(path)
    assert "synced by OneDrive" in bar_text(window)
    window.close_workshop()
    assert not window.sync_bar.isVisible()


def test_a_previous_session_that_ended_without_closing_is_mentioned(window, demo_file):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    stale = {**FOREIGN, "host": socket.gethostname(), "pid": ended.pid}
    lock_file(demo_file).write_text(json.dumps(stale), encoding="utf-8")
    assert window.open_path(demo_file)
    assert window.dialogs.opened_elsewhere_question is None
    assert not window.document.read_only
    assert "ended without closing it" in bar_text(window)
    assert window.sync_bar.isVisible()
