"""Use cases: list a workshop's automatic backups, restore one into a new file.

Backups are taken by the session itself (``WorkshopSession.open`` and its writes; the
rules are in ``storage/backups.py``). Listing needs only the workshop's path, so it
works when the workshop is damaged, deleted or open elsewhere. Restoring never
overwrites a file and never changes the backup: the backup is copied to a private
temporary folder, opened there the normal way (an older one is upgraded on that copy)
and fully checked, and only a healthy workshop is then copied to the new name.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.backups import BackupFile, folder_for, list_backup_files
from crm_workshop.storage.database import full_check, open_workshop_file
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    DamagedBackup,
    ForeignDatabase,
    NewerWorkshop,
    NotAWorkshop,
    UntrustedContent,
    WorkshopExists,
    WorkshopFileError,
    WorkshopNotFound,
    WorkshopReadOnly,
    WriteFailed,
)

__all__ = [
    "Backup",
    "DamagedBackup",
    "RestoredBackup",
    "backups_folder",
    "list_backups",
    "restore_backup",
]


@dataclass(frozen=True)
class Backup:
    """One backup, with what a consultant needs to pick the right one."""

    path: Path
    taken_at: datetime  # UTC; show it in local time
    reason: str  # "open": taken when the workshop was opened; "edit": while editing
    size: int  # bytes
    answers: int | None  # ratings it holds; None when it cannot be read
    problem: str = ""  # why it cannot be restored ("" when it can)

    @property
    def healthy(self) -> bool:
        return not self.problem


@dataclass(frozen=True)
class RestoredBackup:
    source: Path  # the backup
    target: Path  # the new workshop
    answers: int


def backups_folder(workshop: Path | str) -> Path:
    """Where ``workshop``'s backups are kept (the folder may not exist yet)."""
    return folder_for(Path(workshop))


def list_backups(workshop: Path | str) -> list[Backup]:
    """``workshop``'s backups, newest first, each opened read-only to count answers."""
    return [_inspect(item) for item in list_backup_files(Path(workshop))]


def _inspect(item: BackupFile) -> Backup:
    answers: int | None = None
    problem = ""
    try:
        with WorkshopSession.open(item.path, read_only=True) as session:
            answers = session.counts()["ratings"]
    except WorkshopReadOnly:
        pass  # made by an older version: read after the upgrade a restore does
    except NewerWorkshop:
        problem = "written by a newer version of CRM Workshop"
    except WorkshopFileError as exc:
        problem = exc.detail or type(exc).__name__
    return Backup(item.path, item.taken_at, item.reason, item.size, answers, problem)


def restore_backup(backup: Backup | Path | str, target: Path | str) -> RestoredBackup:
    """Write ``backup`` as a new workshop at ``target``, which must not exist.

    Raises ``WorkshopExists`` (target taken), ``WorkshopNotFound`` (no target folder,
    or the backup is gone), ``DamagedBackup`` (it does not open as a healthy
    workshop), ``NewerWorkshop`` or ``WriteFailed``. The backup is never changed.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    target = Path(target)
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    if not target.parent.is_dir():
        raise WorkshopNotFound(target.parent, "the folder does not exist")
    with tempfile.TemporaryDirectory(prefix="crm-workshop-restore-") as folder:
        copy = Path(folder) / "backup.crmw"
        try:
            shutil.copyfile(source, copy)
        except FileNotFoundError:
            raise WorkshopNotFound(source, "the backup no longer exists") from None
        except OSError as exc:
            raise WriteFailed(source, exc.strerror or str(exc)) from None
        with _open_healthy(source, copy) as session:
            answers = session.counts()["ratings"]
            session.save_copy(target)
    return RestoredBackup(source, target, answers)


def _open_healthy(source: Path, copy: Path) -> WorkshopSession:
    """``copy`` (of the backup ``source``) opened and fully checked; errors name
    ``source``. Built from the storage's open, so no backup is taken of the copy."""
    try:
        database = open_workshop_file(copy)
    except NewerWorkshop as exc:
        raise NewerWorkshop(source, exc.found, exc.supported) from None
    except (CorruptWorkshop, NotAWorkshop, ForeignDatabase, UntrustedContent) as exc:
        raise DamagedBackup(source, exc.detail) from None
    try:
        problems = full_check(database)
        if problems:
            raise DamagedBackup(source, problems[0], problems)
        return WorkshopSession(database)  # reads the model snapshot
    except DamagedBackup:
        database.close()
        raise
    except CorruptWorkshop as exc:
        database.close()
        raise DamagedBackup(source, exc.detail) from None
    except BaseException:
        database.close()
        raise
