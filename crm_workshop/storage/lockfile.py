"""The owner lock file beside a workshop: who has it open for writing, where, since when.

SQLite's own lock (``locking_mode=EXCLUSIVE``) keeps a second process on the same
computer out, but it does not travel: Dropbox, OneDrive, Google Drive, iCloud Drive,
Nextcloud, Syncthing and the like copy a folder file by file. Two computers opening the
same synced workshop would both write, and the sync client would keep one file and set
the other aside as a "conflicted copy": answers silently split.

So a workshop opened for writing also gets ``.<file name>.lock`` beside it: a small JSON
record of the app, computer, user, process id, opening time (UTC) and a random token.
It travels with the folder. When a workshop is opened for writing, its lock file is:

* absent: ours is written (create-exclusive, then fsync);
* ours (this computer, this process): written afresh with our token;
* left by a session on this computer whose process is gone (a crash, a power cut), or
  unreadable: stale, replaced; the result says so;
* another computer's, or a live other process's on this one: a foreign lock, and
  opening for writing is refused with ``OpenedElsewhere`` unless the user chose to take
  it over.

Closing removes the lock file, but only while it still carries our token (someone who
took it over keeps theirs). A folder that does not take the lock file (read-only, a
full disk) is no reason to refuse the workshop: the result says no lock file could be
written. Read-only opens never write one; they only report a foreign lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from crm_workshop.storage.errors import OpenedElsewhere

APP_NAME = "CRM Workshop"
LOCK_FORMAT = 1
# A lock file is a few hundred bytes; anything far larger is not ours.
_MAX_LOCK_BYTES = 64 * 1024
_ATTEMPTS = 3  # create-exclusive races lost before giving up


class LockState(StrEnum):
    CREATED = "created"  # there was no lock file; ours is written
    REUSED = "reused"  # the lock file was already this process's
    REPLACED_STALE = "replaced-stale"  # a dead session's on this computer, replaced
    TAKEN_OVER = "taken-over"  # a foreign lock, replaced because the user chose to
    UNAVAILABLE = "unavailable"  # the folder does not take a lock file; none written
    NONE = "none"  # read-only open: nobody else has it open for writing
    FOREIGN = "foreign"  # read-only open: someone else has it open for writing


HELD = frozenset(
    {
        LockState.CREATED,
        LockState.REUSED,
        LockState.REPLACED_STALE,
        LockState.TAKEN_OVER,
    }
)


@dataclass(frozen=True)
class LockOwner:
    """The content of a lock file."""

    app: str
    host: str
    user: str
    pid: int
    opened_at: str  # ISO 8601, UTC
    token: str
    boot: str = ""  # the computer's boot id where it has one (a reboot reuses pids)

    @property
    def since(self) -> datetime | None:
        try:
            moment = datetime.fromisoformat(self.opened_at)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def to_bytes(self) -> bytes:
        record = {"format": LOCK_FORMAT, **asdict(self)}
        return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> LockOwner | None:
        """The owner recorded in ``data``; None when it is not a readable lock."""
        try:
            record = json.loads(data.decode("utf-8"))
            owner = cls(
                app=str(record["app"]),
                host=str(record["host"]),
                user=str(record.get("user", "")),
                pid=int(record["pid"]),
                opened_at=str(record.get("opened_at", "")),
                token=str(record["token"]),
                boot=str(record.get("boot", "")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return owner if owner.host and owner.token else None


@dataclass(frozen=True)
class LockStatus:
    """What opening did with the lock file, for the caller to tell the user."""

    state: LockState
    lock_file: Path
    owner: LockOwner | None = None  # ours, while we hold the lock
    previous: LockOwner | None = None  # the stale or foreign lock replaced or seen
    detail: str = ""  # why no lock file could be written

    @property
    def held(self) -> bool:
        return self.state in HELD


def lock_file_for(path: Path) -> Path:
    """``.<file name>.lock`` beside the workshop (hidden on Unix by its dot)."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def this_computer() -> str:
    # ``os.uname`` where it exists: ``socket`` (and ``getpass``, ``secrets`` below)
    # cost milliseconds of imports on every start of the app, before the first paint.
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def current_user() -> str:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # as getpass.getuser
        if user := os.environ.get(name):
            return user
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name in the environment nor the password database
        return ""


def boot_id() -> str:
    """An id that changes at every boot, where the system offers one (Linux)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def new_owner() -> LockOwner:
    return LockOwner(
        app=APP_NAME,
        host=this_computer(),
        user=current_user(),
        pid=os.getpid(),
        opened_at=datetime.now(UTC).isoformat(timespec="seconds"),
        token=os.urandom(16).hex(),
        boot=boot_id(),
    )


def read_lock(lock_file: Path) -> tuple[bool, LockOwner | None]:
    """(whether a lock file exists, its owner or None when it cannot be read as one).

    ``OSError`` other than a missing file passes to the caller.
    """
    try:
        with lock_file.open("rb") as handle:
            data = handle.read(_MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return False, None
    if len(data) > _MAX_LOCK_BYTES:
        return True, None
    return True, LockOwner.from_bytes(data)


def same_computer(owner: LockOwner) -> bool:
    return owner.host.casefold() == this_computer().casefold()


def judge(owner: LockOwner | None) -> str:
    """``"ours"``, ``"stale"`` or ``"foreign"`` for a lock file's owner.

    Unreadable (None): stale; a lock being written is never seen half-made here,
    because only the holder of SQLite's exclusive lock writes it on this computer and
    sync clients deliver whole files.
    """
    if owner is None:
        return "stale"
    if not same_computer(owner):
        return "foreign"
    here = boot_id()
    if owner.boot and here and owner.boot != here:
        return "stale"  # written before this computer last started
    if owner.pid == os.getpid():
        return "ours"
    return "foreign" if process_alive(owner.pid) else "stale"


def acquire(path: Path, *, take_over: bool = False) -> LockStatus:
    """Write our lock file beside ``path`` (see the module's rules).

    Raises ``OpenedElsewhere`` for a foreign lock unless ``take_over``.
    """
    path = Path(path)
    lock_file = lock_file_for(path)
    mine = new_owner()
    state, previous = LockState.CREATED, None
    for _ in range(_ATTEMPTS):
        try:
            exists, found = read_lock(lock_file)
        except OSError as exc:
            return _unavailable(lock_file, exc)
        if exists:
            verdict = judge(found)
            if verdict == "foreign" and not take_over:
                raise _opened_elsewhere(path, found)
            state = {
                "ours": LockState.REUSED,
                "stale": LockState.REPLACED_STALE,
                "foreign": LockState.TAKEN_OVER,
            }[verdict]
            previous = found
            try:
                lock_file.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                return _unavailable(lock_file, exc)
        try:
            _create(lock_file, mine)
        except FileExistsError:
            continue  # written between our read and our create: judge it afresh
        except OSError as exc:
            return _unavailable(lock_file, exc)
        return LockStatus(state, lock_file, owner=mine, previous=previous)
    try:
        _, found = read_lock(lock_file)
    except OSError as exc:
        return _unavailable(lock_file, exc)
    if not take_over and judge(found) == "foreign":
        raise _opened_elsewhere(path, found)
    return LockStatus(
        LockState.UNAVAILABLE, lock_file, detail="the lock file kept changing"
    )


def inspect(path: Path) -> LockStatus:
    """For a read-only open: whether someone else has the workshop open for writing.

    Writes nothing; a lock file that cannot be read counts as none.
    """
    lock_file = lock_file_for(Path(path))
    try:
        exists, found = read_lock(lock_file)
    except OSError:
        return LockStatus(LockState.NONE, lock_file)
    if exists and found is not None and judge(found) == "foreign":
        return LockStatus(LockState.FOREIGN, lock_file, previous=found)
    return LockStatus(LockState.NONE, lock_file)


def release(status: LockStatus) -> bool:
    """Remove our lock file if it still carries our token; whether it was removed."""
    if not status.held or status.owner is None:
        return False
    for attempt in range(_ATTEMPTS):
        try:
            _, found = read_lock(status.lock_file)
            if found is None or found.token != status.owner.token:
                return False  # gone, or taken over since: theirs now
            status.lock_file.unlink()
        except PermissionError:
            # on Windows a sync client or virus scanner may hold the file a moment
            time.sleep(0.05 * (attempt + 1))
            continue
        except OSError:
            return False
        _fsync_dir(status.lock_file.parent)
        return True
    return False


def _opened_elsewhere(path: Path, owner: LockOwner | None) -> OpenedElsewhere:
    assert owner is not None
    return OpenedElsewhere(
        path,
        owner.host,
        owner.user,
        owner.since,
        this_computer=same_computer(owner),
        pid=owner.pid,
    )


def _unavailable(lock_file: Path, exc: OSError) -> LockStatus:
    return LockStatus(LockState.UNAVAILABLE, lock_file, detail=exc.strerror or str(exc))


def _create(lock_file: Path, owner: LockOwner) -> None:
    """Create ``lock_file`` holding ``owner``; ``FileExistsError`` if it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(lock_file, flags, 0o644)
    try:
        data = owner.to_bytes()
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            lock_file.unlink()
        raise
    os.close(fd)
    _hide(lock_file)
    _fsync_dir(lock_file.parent)


def _hide(lock_file: Path) -> None:
    """On Windows a leading dot does not hide a file: set the hidden attribute."""
    if sys.platform != "win32":
        return
    with contextlib.suppress(Exception):  # cosmetic only
        import ctypes

        hidden = 0x2
        ctypes.windll.kernel32.SetFileAttributesW(str(lock_file), hidden)  # type: ignore[attr-defined]


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` is running on this computer (when in doubt, it is)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # PermissionError: another user's process
        return True
    return True


def _windows_process_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill on Windows would end the process: ask the kernel instead.
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        query_limited_information = 0x1000
        still_active = 259
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            access_denied = 5
            return bool(kernel32.GetLastError() == access_denied)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    except Exception:
        return True
