"""File › Restore from backup: the list a consultant chooses from, and the restore itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm_workshop.gui.i18n import moment_text
from crm_workshop.gui.restore_backup import RestoreBackupDialog
from crm_workshop.services.backups import Backup, list_backups
from tests.gui.test_capture import open_capture, selected_name, stored


def test_restoring_opens_a_new_file_with_the_answers_of_that_backup(
    qtbot, window, demo_file, tmp_path
):
    assert not window.restore_action.isEnabled()
    capture = open_capture(window, demo_file)  # opening took a backup
    assert window.restore_action.isEnabled()
    name = selected_name(capture)
    person = capture.table_model.stakeholder(capture.table.current_row())
    before = window.document.ratings_for("1.1").get(person.id)
    level = 1 if before is None or before.current != 1 else 2
    qtbot.keyClick(capture.table, Qt.Key(Qt.Key.Key_0 + level))  # an edit after it
    edited = Path(window.document.session.path)

    target = tmp_path / "Bursztyn – odtworzony.crmw"
    window.dialogs.backup_choice = 0
    window.dialogs.save_answer = str(target)
    window.restore_action.trigger()

    offered, note = window.dialogs.backup_question
    assert [b.reason for b in offered] == ["open"]
    assert str(offered[0].path.parent) in note
    assert window.dialogs.errors == []
    assert window.document is not None
    assert window.document.session.path == target  # the new file is open
    assert "Backup restored" in window.statusBar().currentMessage()
    window.close_workshop()
    assert stored(target, name, "1.1") == before  # the backup's answer
    assert stored(edited, name, "1.1").current == level  # the workshop kept the edit


def test_nothing_is_overwritten_and_the_workshop_stays_open(
    window, demo_file, tmp_path
):
    window.open_path(demo_file)
    taken = tmp_path / "taken.crmw"
    taken.write_bytes(b"someone's file")
    window.dialogs.backup_choice = 0
    window.dialogs.save_answer = str(taken)
    window.restore_action.trigger()
    assert [title for title, _ in window.dialogs.errors] == ["File already exists"]
    assert taken.read_bytes() == b"someone's file"
    assert window.document is not None and window.document.session.path == demo_file


def test_a_damaged_backup_is_explained_and_nothing_written(
    qtbot, window, demo_file, tmp_path
):
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: list_backups(demo_file) != [])  # taken once painted
    [backup] = list_backups(demo_file)
    data = bytearray(backup.path.read_bytes())
    data[len(data) // 2 :] = bytes(len(data) - len(data) // 2)
    backup.path.write_bytes(bytes(data))
    window.dialogs.backup_choice = 0  # the real dialog would not let it be chosen
    window.dialogs.save_answer = str(tmp_path / "new.crmw")
    window.restore_action.trigger()
    [(title, message)] = window.dialogs.errors
    assert title == "Damaged backup"
    assert backup.path.name in message
    assert not (tmp_path / "new.crmw").exists()
    assert window.document.session.path == demo_file


def test_cancelling_either_question_changes_nothing(window, demo_file, tmp_path):
    window.open_path(demo_file)
    window.dialogs.backup_choice = None
    window.restore_action.trigger()
    window.dialogs.backup_choice = 0
    window.dialogs.save_answer = None
    window.restore_action.trigger()
    assert window.dialogs.errors == []
    assert window.document.session.path == demo_file
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".crmw") == [
        demo_file.name
    ]


def _backup(tmp_path, hour: int, reason: str, answers, problem: str = "") -> Backup:
    return Backup(
        tmp_path / f"{hour}.crmw",
        datetime(2026, 10, 5, hour, 30, tzinfo=UTC),
        reason,
        204_800,
        answers,
        problem,
    )


def test_the_dialog_lists_time_reason_size_and_answers(qtbot, tmp_path):
    backups = [
        _backup(tmp_path, 11, "edit", None, "damaged content"),
        _backup(tmp_path, 10, "edit", 187),
        _backup(tmp_path, 9, "open", 186),
    ]
    dialog = RestoreBackupDialog(backups, "Backups are kept in <b>here</b>")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.topLevelItemCount() == 3
    rows = [
        [table.topLevelItem(row).text(column) for column in range(4)]
        for row in range(3)
    ]
    assert rows[2][0] == moment_text(backups[2].taken_at, seconds=True)  # as the locale
    assert [r[1] for r in rows] == ["While editing", "While editing", "Workshop opened"]
    assert all(r[2] for r in rows)  # a size on each
    assert [r[3] for r in rows] == ["damaged", "187", "186"]
    # the damaged one is listed but cannot be chosen; the newest healthy one is
    assert not table.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert "damaged content" in table.topLevelItem(0).toolTip(0)
    assert dialog.chosen() == backups[1]
    assert dialog.restore_button.isEnabled()
    table.setCurrentItem(table.topLevelItem(2))
    assert dialog.chosen() == backups[2]
    assert dialog.note_label.textFormat() == Qt.TextFormat.PlainText
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == RestoreBackupDialog.DialogCode.Accepted


def test_the_dialog_without_backups_offers_nothing(qtbot):
    dialog = RestoreBackupDialog([], "")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen() is None
    assert not dialog.restore_button.isEnabled()
    assert "no backups" in dialog.intro_label.text()
    assert not dialog.note_label.isVisible()


def test_the_app_backs_up_the_opened_workshop_once_its_window_has_painted(
    qtbot, window, demo_file
):
    window.open_path(demo_file)
    assert window.document.session.backup_status is None  # not before the paint
    qtbot.waitUntil(lambda: window.document.session.backup_status is not None)
    assert window.document.session.backup_status.ok
    assert [b.reason for b in list_backups(demo_file)] == ["open"]
