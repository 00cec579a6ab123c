"""File › Restore from backup: pick one of the open workshop's automatic backups.

The dialog lists the backups (newest first) with what a consultant needs to choose:
when it was taken (local time), why, its size and how many answers it holds. It only
returns the choice; ``restore_from_backup`` asks for a new file name and has the
services write the backup there. Nothing is ever overwritten, and the open workshop
is not changed. The list is data, so the dialog is built in code, not in Designer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.i18n import moment_text
from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.services.backups import (
    Backup,
    backups_folder,
    list_backups,
    restore_backup,
)

if TYPE_CHECKING:
    from crm_workshop.gui.dialogs import Dialogs
    from crm_workshop.services.workshop import WorkshopSession


def local_time(backup: Backup) -> str:
    return moment_text(backup.taken_at, seconds=True)


def reason_text(backup: Backup) -> str:
    if backup.reason == "open":
        return QCoreApplication.translate("RestoreBackupDialog", "Workshop opened")
    if backup.reason == "edit":
        return QCoreApplication.translate("RestoreBackupDialog", "While editing")
    return backup.reason


class RestoreBackupDialog(QDialog):
    """The backups of one workshop, newest first; the user picks a healthy one."""

    TAKEN, REASON, SIZE, ANSWERS = range(4)

    def __init__(
        self, backups: Sequence[Backup], note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_backup_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._backups = list(backups)
        self.intro_label = QLabel(
            self.tr(
                "Pick a backup to restore. It is written to a new file, which then "
                "opens; the workshop open now is not changed."
            )
            if self._backups
            else self.tr(
                "There are no backups of this workshop yet. One is taken when a "
                "workshop is opened, and every few minutes while it is edited."
            )
        )
        self.intro_label.setWordWrap(True)

        self.table = QTreeWidget()
        self.table.setObjectName("backups_table")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Taken"), self.tr("Reason"), self.tr("Size"), self.tr("Answers")]
        )
        self._fill()
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == self.REASON
                else QHeaderView.ResizeMode.ResizeToContents,
            )

        self.note_label = QLabel(note)
        self.note_label.setObjectName("backup_note_label")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder path
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.note_label.setVisible(bool(note))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._validate)
        self.table.itemDoubleClicked.connect(lambda *_: self._accept_if_chosen())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 620, 380)
        self._select_first_healthy()
        self._validate()

    def _fill(self) -> None:
        locale = QLocale()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for index, backup in enumerate(self._backups):
            if backup.answers is not None:
                answers = locale.toString(backup.answers)
            elif backup.problem:
                answers = self.tr("damaged")
            else:
                answers = "?"
            item = QTreeWidgetItem(
                [
                    local_time(backup),
                    reason_text(backup),
                    locale.formattedDataSize(
                        backup.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
                    ),
                    answers,
                ]
            )
            item.setData(self.TAKEN, Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(self.SIZE, right)
            item.setTextAlignment(self.ANSWERS, right)
            if not backup.healthy:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # listed, cannot be chosen
                tip = plain_tooltip(self.tr("Cannot be restored: %s") % backup.problem)
                for column in range(4):
                    item.setToolTip(column, tip)
            self.table.addTopLevelItem(item)

    def _select_first_healthy(self) -> None:
        for row, backup in enumerate(self._backups):
            if backup.healthy:
                self.table.setCurrentItem(self.table.topLevelItem(row))
                return

    def _validate(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def chosen(self) -> Backup | None:
        """The selected backup, or None when none (or a damaged one) is selected."""
        items = self.table.selectedItems()
        if not items:
            return None
        backup = self._backups[int(items[0].data(self.TAKEN, Qt.ItemDataRole.UserRole))]
        return backup if backup.healthy else None


def backup_note(session: WorkshopSession) -> str:
    """Where the backups are kept, and whether the last automatic one failed."""
    lines = [
        QCoreApplication.translate("RestoreBackupDialog", "Backups are kept in %s")
        % backups_folder(session.path)
    ]
    status = session.backup_status
    if status is not None and not status.ok:
        lines.append(
            QCoreApplication.translate(
                "RestoreBackupDialog", "The last automatic backup failed: %s"
            )
            % status.problem
        )
    return "\n".join(lines)


def restore_from_backup(
    session: WorkshopSession,
    dialogs: Dialogs,
    show_error: Callable[[BaseException], None],
) -> Path | None:
    """Ask for a backup and a new file name, restore it there; the new path or None."""
    try:
        session.start_backups()  # the opening backup, if not yet taken, is listed
        backups = list_backups(session.path)
    except Exception as exc:  # every failure is explained, none is fatal
        show_error(exc)
        return None
    chosen = dialogs.ask_backup(backups, backup_note(session))
    if chosen is None:
        return None
    stamp = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H%M")
    source = session.path
    target = dialogs.ask_save_path(
        QCoreApplication.translate("RestoreBackupDialog", "Restore backup as"),
        str(source.with_name(f"{source.stem} (backup {stamp}).crmw")),
    )
    if not target:
        return None
    try:
        restore_backup(chosen, target)
    except Exception as exc:
        show_error(exc)
        return None
    return Path(target)
