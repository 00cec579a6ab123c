"""A full disk or a read-only place in the window: every edit path refuses clearly,
nothing saved is lost, the failed edit is not on the undo stack, the views show the
file, and "Save a copy elsewhere…" writes a copy and opens it.

A full disk is this process's own file-size limit (``RLIMIT_FSIZE``, SIGXFSZ ignored,
lifted again at once: a write past it fails with EFBIG, which SQLite reports as a disk
I/O error) or SQLite's ``max_page_count`` (SQLITE_FULL); read-only is the file seen
through ``os.access`` or an SQLite connection opened ``mode=ro``. Tests run as root:
file modes stop nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_workshop.gui.commands import EngagementCommand
from crm_workshop.gui.dialogs import NewWorkshopAnswers
from crm_workshop.services.workshop import WorkshopSession

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="file-size limits are POSIX"
)


@contextlib.contextmanager
def disk_full(limit: int = 1) -> Iterator[None]:
    """Until the block ends, no file of this process may grow past ``limit`` bytes:
    SQLite cannot even write its journal, as on a disk with no space left."""
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@contextlib.contextmanager
def no_page_left(window) -> Iterator[None]:
    """SQLite may add no page to the open workshop: "database or disk is full"."""
    conn = window.document.session._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA max_page_count = {pages * 1000}")


def saved(path: Path) -> dict[tuple[int, int, str], tuple]:
    """Every answer in the file on disk; the file must pass every check."""
    with WorkshopSession.open(path, read_only=True) as session:
        assert session.check() == []
        return {
            (round_.id, r.stakeholder_id, r.question_id): (
                r.answer,
                r.current,
                r.comment,
            )
            for round_ in session.rounds()
            for r in session.ratings(round_.id)
        }


def open_capture(window, path: Path):
    assert window.open_path(path)
    capture = window.capture
    capture.session_combo.setCurrentIndex(0)
    capture.show_question("1.1")
    capture.table.setFocus()
    capture.table.select_row(0)
    return capture


def level_shown(capture) -> int | None:
    rating = capture.table_model.rating(capture.table.current_row())
    return rating.current if rating else None


def refusal(window) -> tuple[str, str]:
    """The one failure dialog with the offer; nothing else was shown."""
    assert len(window.dialogs.copy_offers) == 1, window.dialogs.errors
    assert window.dialogs.errors == window.dialogs.copy_offers
    title, message = window.dialogs.copy_offers[0]
    assert "Traceback" not in message and "Error" not in title
    return title, message


# -- answers --------------------------------------------------------------------------------
def test_a_rating_on_a_full_disk_is_refused_clearly_and_not_on_the_undo_stack(
    qtbot, window, demo_file
):
    before = saved(demo_file)
    capture = open_capture(window, demo_file)
    stack = window.document.undo_stack
    shown = level_shown(capture)
    new = 5 if shown != 5 else 4
    with disk_full():
        qtbot.keyClick(capture.table, getattr(Qt.Key, f"Key_{new}"))
    title, message = refusal(window)
    assert title == "Could not save"
    assert demo_file.name in message and "not saved" in message
    assert "Save a copy" in message
    assert stack.count() == 0 and not window.undo_action.isEnabled()
    assert level_shown(capture) == shown  # the file's answer, not the refused one
    assert "not saved" in window.saved_label.text()
    assert window.document is not None and not window.document.read_only
    qtbot.wait(10)  # the refused edit has unwound
    qtbot.keyClick(capture.table, getattr(Qt.Key, f"Key_{new}"))  # space is back
    assert stack.count() == 1 and level_shown(capture) == new
    assert "not saved" not in window.saved_label.text()
    window.close_workshop()
    after = saved(demo_file)
    changed = {k for k in after if after[k] != before.get(k)}
    assert len(changed) == 1  # the one answer written once there was space


def test_taking_the_offer_writes_a_copy_elsewhere_and_opens_it(
    qtbot, window, demo_file, tmp_path
):
    before = saved(demo_file)
    capture = open_capture(window, demo_file)
    elsewhere = tmp_path / "pendrive" / "Bursztyn kopia.crmw"
    elsewhere.parent.mkdir()
    window.dialogs.copy_answer = True
    window.dialogs.save_answer = str(elsewhere)
    with disk_full():
        qtbot.keyClick(capture.table, Qt.Key.Key_1)
    refusal(window)
    # the copy is made once the refused edit has unwound, on another "disk"
    qtbot.waitUntil(lambda: window.document.session.path == elsewhere)
    assert not window.document.read_only
    assert not window.read_only_banner.isVisible()
    assert "copy" in window.statusBar().currentMessage()
    window.close_workshop()
    assert saved(elsewhere) == before == saved(demo_file)


def test_a_paste_refused_by_a_full_disk_leaves_no_empty_step(qtbot, window, demo_file):
    from crm_workshop.gui.widgets.grid_view import GridView

    before = saved(demo_file)
    assert window.open_path(demo_file)
    grid = window.show_view("grid")
    assert isinstance(grid, GridView)
    grid.table.setFocus()
    grid.table.go_to(1, 0)
    shown = [grid.table_model.cell_text(1, c) for c in range(4)]
    QApplication.clipboard().setText("3\t4\t2\t5\r\n")
    with disk_full():
        qtbot.keyClick(grid.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    refusal(window)
    stack = window.document.undo_stack
    assert stack.count() == 0  # no "Paste 2 answers" that wrote nothing
    assert [grid.table_model.cell_text(1, c) for c in range(4)] == shown
    window.close_workshop()
    assert saved(demo_file) == before


# -- set-up, roadmap, evidence, import -------------------------------------------------------
def test_a_setup_edit_on_a_full_disk_shows_the_file_again(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    setup = window.show_view("setup")
    edit = setup.engagement.client_name_edit
    stored = edit.text()
    edit.setFocus()
    edit.setText("Nowa nazwa klienta")
    with disk_full():
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    refusal(window)
    assert window.document.undo_stack.count() == 0
    assert edit.text() == stored
    assert window.document.session.engagement.client_name == stored


def test_a_roadmap_text_on_a_full_disk_shows_the_file_again(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    page = window.show_view("roadmap").show_page("summary")
    edit = page.summary_edit
    stored = edit.toPlainText()
    edit.setFocus()
    edit.insertPlainText("Nowy plan na 2027 – zażółć. ")
    with disk_full():
        page.save("executive_summary")
    refusal(window)
    assert window.document.undo_stack.count() == 0
    assert edit.toPlainText() == stored
    assert window.document.session.engagement.executive_summary == stored


def test_large_evidence_on_a_full_disk_is_refused_and_not_on_the_stack(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    photo = tmp_path / "tablica.jpg"
    photo.write_bytes(os.urandom(3_000_000))
    capture = open_capture(window, demo_file)
    capture.show_question("2.3")
    files = capture.evidence.file_list.count()
    monkeypatch.setattr(capture.evidence, "choose_evidence_file", lambda: str(photo))
    with no_page_left(window):
        qtbot.mouseClick(capture.evidence.attach_button, Qt.MouseButton.LeftButton)
    title, message = refusal(window)
    assert title == "Disk full" and demo_file.name in message
    assert window.document.undo_stack.count() == 0
    assert capture.evidence.file_list.count() == files
    qtbot.wait(10)
    qtbot.mouseClick(capture.evidence.attach_button, Qt.MouseButton.LeftButton)
    assert capture.evidence.file_list.count() == files + 1  # room again: it fits


def test_a_stakeholder_import_on_a_full_disk_adds_no_one(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    assert window.open_path(demo_file)
    setup = window.show_view("setup")
    page = setup.stakeholders
    setup.tabs.setCurrentWidget(page)
    people = len(window.document.session.stakeholders())
    target = tmp_path / "ludzie.csv"
    target.write_text(
        "name;role;department;email\nJan Nowy;Analityk;;\nEwa Mazur;Prawnik;;\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(page, "ask_csv_path", lambda: str(target))
    with disk_full():
        page.import_button.click()
    refusal(window)
    assert window.document.undo_stack.count() == 0
    assert len(window.document.session.stakeholders()) == people
    assert page.table_model.rowCount() == people


def test_undo_on_a_full_disk_is_refused_and_the_file_keeps_the_edit(
    qtbot, window, demo_file
):
    assert window.open_path(demo_file)
    document = window.document
    document.undo_stack.push(
        EngagementCommand(document, "Client", client_name="Klient po zmianie")
    )
    with disk_full():
        document.undo_stack.undo()
    refusal(window)
    # the undo did not happen: the file, and every view, keep the edit
    assert document.session.engagement.client_name == "Klient po zmianie"
    assert not document.undo_stack.canRedo()


# -- read-only ------------------------------------------------------------------------------
def test_a_workshop_opened_read_only_shows_a_banner_and_offers_a_copy(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    real_access = os.access

    def read_only(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path) in (demo_file, demo_file.parent):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", read_only)
    assert window.open_path(demo_file)
    assert window.document.read_only
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.label.text()
    assert "Read-only" in window.saved_label.text()
    monkeypatch.setattr(os, "access", real_access)
    copy = tmp_path / "zapisywalny" / "kopia.crmw"
    copy.parent.mkdir()
    window.dialogs.save_answer = str(copy)
    qtbot.mouseClick(window.read_only_banner.button, Qt.MouseButton.LeftButton)
    assert window.document.session.path == copy
    assert not window.document.read_only and not window.read_only_banner.isVisible()
    window.close_workshop()
    assert saved(copy) == saved(demo_file)


def test_sqlite_finding_the_file_read_only_switches_the_window_to_read_only(
    qtbot, window, demo_file
):
    from crm_workshop.storage import database

    capture = open_capture(window, demo_file)
    workshop = window.document.session._db
    workshop.conn.close()  # the disk turned read-only under the open workshop
    workshop.conn = database._connect(demo_file, read_only=True)
    workshop._db = None
    shown = level_shown(capture)
    qtbot.keyClick(capture.table, Qt.Key.Key_2 if shown != 2 else Qt.Key.Key_3)
    title, message = refusal(window)
    assert title == "Workshop is read-only" and "Save a copy" in message
    assert window.document.read_only
    assert window.read_only_banner.isVisible()
    assert "Read-only" in window.saved_label.text()
    assert level_shown(capture) == shown
    assert window.document.undo_stack.count() == 0


# -- files the window writes: PDF, new workshop, copies ---------------------------------------
def test_a_pdf_on_a_full_disk_is_explained_without_an_offer(
    qtbot, window, demo_file, tmp_path, monkeypatch
):
    from crm_workshop.services.report import ReportOptions

    assert window.open_path(demo_file)
    target = tmp_path / "raport.pdf"
    window.dialogs.report_answer = ReportOptions(language="en")
    window.dialogs.pdf_answer = str(target)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000):
        window.report_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert title == "Disk full" and "raport.pdf" in message
    assert window.dialogs.copy_offers == []  # the workshop itself is fine
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_new_workshop_on_a_full_disk_is_explained_and_leaves_no_file(
    window, tmp_path
):
    window.dialogs.new_answers = NewWorkshopAnswers("Pełny Dysk", "", "pl")
    target = tmp_path / "pełny.crmw"
    window.dialogs.save_answer = str(target)
    with disk_full(16 * 1024):
        window.new_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert title in ("Could not save", "Disk full") and target.name in message
    assert window.document is None and not target.exists()


def test_a_copy_on_a_full_disk_is_explained_and_the_workshop_stays_open(
    window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    target = tmp_path / "kopia.crmw"
    window.dialogs.save_answer = str(target)
    with disk_full(64 * 1024):
        window.copy_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert title in ("Could not save", "Disk full") and target.name in message
    assert not target.exists()
    assert window.document.session.path == demo_file


def test_a_progress_pdf_on_a_full_disk_is_explained_and_leaves_nothing(
    qtbot, window, follow_up_file, tmp_path, monkeypatch
):
    from crm_workshop.services.progress_report import ProgressOptions

    assert window.open_path(follow_up_file)
    folder = tmp_path / "pdf"
    folder.mkdir()
    target = folder / "postępy.pdf"
    window.dialogs.progress_answer = ProgressOptions(language="en")
    window.dialogs.pdf_answer = str(target)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000):
        window.progress_report_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert title == "Disk full" and "“postępy.pdf”" in message
    assert "nothing was left half-written" in message
    assert window.dialogs.copy_offers == []  # the workshop itself is fine
    assert list(folder.iterdir()) == []  # neither the PDF nor its part file
