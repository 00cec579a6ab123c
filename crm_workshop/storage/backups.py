"""Rotating automatic backups of a workshop, kept in the per-user data folder.

The rules, in one place:

* **Where.** One folder per workshop under ``locations.backups_dir()``, named from the
  file's stem plus a short hash of its resolved path, so two workshops never share a
  folder and a person browsing the folder still sees whose backups it holds. Never
  beside the workshop: its folder is often shared or synced.
* **Names.** ``<UTC time>-<reason>-<state>.crmw``: the time sorts as text, the reason
  is ``open`` or ``edit``, and ``state`` fingerprints the workshop file the backup was
  taken from. The files are the whole record; there is no index to fall out of step.
* **How.** SQLite's online backup of the open connection (``backup_to``: built under
  a temporary name, fsynced, moved into place under a new name). The workshop is only
  read; an existing file is never replaced.
* **How many.** After each new backup the newest ``KEEP`` stay; older ones are
  deleted, oldest first. Files the app did not name are never touched.
* **When.** ``AutoBackup``: on open (unless the newest backup already holds this very
  state of the file, so opening a workshop to read it does not push out older
  backups), then after a write once ``INTERVAL`` has passed since the last attempt.
* **Failure.** A backup that cannot be made is a ``BackupStatus`` with a problem,
  never an exception in the write path: the answer was committed and stays committed.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from crm_workshop.locations import backups_dir
from crm_workshop.storage.database import (
    EXTENSION,
    WorkshopDatabase,
    backup_to,
    remove_stale_temporaries,
)
from crm_workshop.storage.errors import WorkshopExists, WorkshopFileError, WriteFailed

if TYPE_CHECKING:
    from sqlite_utils import Database

KEEP = 10
INTERVAL = timedelta(minutes=5)
REASONS = ("open", "edit")
_STAMP = "%Y%m%dT%H%M%S.%fZ"
# ``_2`` numbers a second backup taken within the same microsecond (a frozen test clock)
_NAME = re.compile(
    r"(?P<stamp>[0-9]{8}T[0-9]{6}\.[0-9]{6}Z)(?:_(?P<seq>[0-9]+))?"
    r"-(?P<reason>open|edit)-(?P<state>[0-9a-f]{8})" + re.escape(EXTENSION)
)
_STEM_CHARS = 40
_HASH_CHARS = 10

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def _parse_stamp(stamp: str) -> datetime:
    """``_STAMP`` read back (``strptime`` would import ``_strptime`` and ``calendar``
    while the app opens a workshop); ValueError for an impossible date."""
    if len(stamp) != 23 or stamp[8] != "T" or stamp[15] != "." or stamp[22] != "Z":
        raise ValueError(f"not a backup time stamp: {stamp!r}")
    fields = (stamp[0:4], stamp[4:6], stamp[6:8], stamp[9:11], stamp[11:13])
    year, month, day, hour, minute = (int(f) for f in fields)
    second, micro = int(stamp[13:15]), int(stamp[16:22])
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk, as its name and size describe it."""

    path: Path
    taken_at: datetime  # UTC
    reason: str  # "open" or "edit"
    size: int  # bytes
    state: str  # fingerprint of the workshop file it was taken from
    sequence: int = 1


@dataclass(frozen=True)
class BackupStatus:
    """What the last automatic backup attempt did.

    ``backup`` is the newest copy of the workshop's state (None when the attempt
    failed); ``reused`` says the newest backup already held that state, so none was
    added; ``problem`` says why an attempt failed ("" when it worked).
    """

    at: datetime
    backup: BackupFile | None = None
    problem: str = ""
    reused: bool = False

    @property
    def ok(self) -> bool:
        return not self.problem


def folder_for(workshop: Path, root: Path | None = None) -> Path:
    """The folder holding ``workshop``'s backups (it may not exist yet)."""
    resolved = Path(workshop).resolve()
    # normcase: on Windows the same file may be spelt C:\\A.crmw or c:\\a.crmw
    import hashlib  # loaded once the app has painted, not at start-up

    digest = hashlib.sha256(os.fsencode(os.path.normcase(str(resolved)))).hexdigest()
    stem = resolved.stem[:_STEM_CHARS].strip() or "workshop"
    return (root if root is not None else backups_dir()) / (
        f"{stem}-{digest[:_HASH_CHARS]}"
    )


def scan(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first; a missing or unreadable folder has none."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            taken_at = _parse_stamp(match["stamp"])
            size = entry.stat().st_size
        except (ValueError, OSError):  # an impossible date; a file deleted meanwhile
            continue
        found.append(
            BackupFile(
                entry,
                taken_at,
                match["reason"],
                size,
                match["state"],
                int(match["seq"] or 1),
            )
        )
    found.sort(key=lambda b: (b.taken_at, b.sequence), reverse=True)
    return found


def list_backup_files(workshop: Path, root: Path | None = None) -> list[BackupFile]:
    """``workshop``'s backups, newest first. The workshop itself need not exist."""
    return scan(folder_for(workshop, root))


def file_state(path: Path) -> str:
    """A fingerprint of the file as it is on disk: its size and modification time.

    Every commit writes to the file, which moves its modification time, so equal
    fingerprints mean an unchanged file. Only ``stat``: opening and closing the file
    here would drop SQLite's POSIX locks on it (every lock a process holds on a file
    goes with the first descriptor it closes), and with them the workshop's lock.
    """
    info = path.stat()
    seed = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}".encode()
    import hashlib

    return hashlib.sha256(seed).hexdigest()[:8]


def take_backup(
    workshop: WorkshopDatabase,
    reason: str,
    *,
    root: Path | None = None,
    now: datetime | None = None,
    keep: int = KEEP,
) -> BackupFile:
    """Back the open ``workshop`` up into its folder, then keep only the newest ``keep``.

    Raises ``WriteFailed`` when the backup cannot be written; the workshop is only read.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = folder_for(workshop.path, root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        state = file_state(workshop.path)
    except OSError as exc:
        raise WriteFailed(folder, exc.strerror or str(exc)) from None
    # leftovers of a process killed while copying
    remove_stale_temporaries(folder, "copying", _NAME.fullmatch)
    stamp = (now or utc_now()).astimezone(UTC).strftime(_STAMP)
    for sequence in range(1, 100):
        suffix = "" if sequence == 1 else f"_{sequence}"
        if any(folder.glob(f"{stamp}{suffix}-*")):  # keeps the order of equal times
            continue
        target = folder / f"{stamp}{suffix}-{reason}-{state}{EXTENSION}"
        try:
            backup_to(workshop, target)
            break
        except WorkshopExists:
            continue
    else:
        raise WriteFailed(folder, "no free backup name for this moment")
    prune(folder, keep)
    return BackupFile(
        target,
        _parse_stamp(stamp),
        reason,
        target.stat().st_size,
        state,
        sequence,
    )


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete the backups beyond the newest ``keep``, oldest first; the paths deleted.

    A backup that cannot be deleted (open in another program) stays until next time.
    """
    removed = []
    for old in reversed(scan(folder)[keep:]):
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


class AutoBackup:
    """The automatic backups of one workshop open for writing.

    Built by the services when a workshop has opened and passed its checks: it wraps
    the workshop's ``write`` so that, after the outermost write has committed, a
    backup is taken when the last attempt is ``interval`` old. ``status`` tells the
    caller how the last attempt went; nothing here raises into a write.
    """

    def __init__(
        self,
        workshop: WorkshopDatabase,
        *,
        root: Path | None = None,
        clock: Clock = utc_now,
        interval: timedelta = INTERVAL,
        keep: int = KEEP,
    ) -> None:
        self._workshop = workshop
        self._clock = clock
        self._interval = interval
        self._keep = keep
        self._last_attempt: datetime | None = None
        self._depth = 0
        self.status: BackupStatus | None = None
        try:
            self.root = root if root is not None else backups_dir()
            self.folder = folder_for(workshop.path, self.root)
        except (OSError, RuntimeError) as exc:  # no home folder, a looping link
            self.root = self.folder = Path()
            self.enabled = False
            self.status = BackupStatus(clock(), problem=str(exc))
            return
        # a backup opened in place is not backed up into the folders it lives among
        self.enabled = not workshop.read_only and not _inside(workshop.path, self.root)
        if self.enabled:
            self._wrap_writes()

    def _wrap_writes(self) -> None:
        original = self._workshop.write

        @contextlib.contextmanager
        def write() -> Iterator[Database]:
            self._depth += 1
            try:
                with original() as db:
                    yield db
            finally:
                self._depth -= 1
            # reached only when the write committed (an error propagated above)
            if self._depth == 0:
                self.after_write()

        self._workshop.write = write  # type: ignore[method-assign]

    def on_open(self) -> BackupStatus | None:
        """Back up the workshop as opened, unless the newest backup already holds it."""
        if not self.enabled:
            return None
        now = self._clock()
        try:
            newest = next(iter(scan(self.folder)), None)
            if newest is not None and newest.state == file_state(self._workshop.path):
                self._last_attempt = now
                self.status = BackupStatus(now, newest, reused=True)
                return self.status
        except OSError:
            pass  # the attempt below reports it
        return self._take("open", now)

    def after_write(self) -> BackupStatus | None:
        """After a committed write: a backup when the last attempt is old enough."""
        if not self.enabled:
            return None
        now = self._clock()
        last = self._last_attempt
        # a clock set back (now < last) must not stop backups for good
        if last is not None and last <= now < last + self._interval:
            return None
        return self._take("edit", now)

    def _take(self, reason: str, now: datetime) -> BackupStatus:
        self._last_attempt = now  # a failing location is retried an interval later
        try:
            backup = take_backup(
                self._workshop, reason, root=self.root, now=now, keep=self._keep
            )
        except WorkshopFileError as exc:  # "<folder or file>: <what went wrong>"
            self.status = BackupStatus(now, problem=str(exc))
        except Exception as exc:  # a backup must never break the write it follows
            self.status = BackupStatus(now, problem=f"{type(exc).__name__}: {exc}")
        else:
            self.status = BackupStatus(now, backup)
        return self.status
