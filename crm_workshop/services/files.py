"""Files the user asked for (reports, questionnaires, JSON documents, model files,
CSV exports), written all or nothing.

A file is built beside its target under a part name
(``.<target name>.<process id>-<hex>.part``), flushed to disk, then moved into place,
so a failed or cancelled export never leaves half a file under the target's name. An
existing target is replaced only when asked: otherwise ``FileExistsError``, also when
one appears while the file is being built. A disk that is full or refuses writing is
the typed ``DiskFull`` or ``NotWritable`` naming the target, as for the workshop's own
writes. ``remove_stale_parts`` clears the part files that killed exports left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from crm_workshop.storage.database import process_running
from crm_workshop.storage.errors import os_write_error

# An export takes seconds: a part file this old was left by one that was killed.
STALE_PART_SECONDS = 3600.0
# ``.<target name>.<process id>-<hex>.part``; older versions wrote ``.<name>.<hex>.part``
_PART = re.compile(r"\.(?P<name>.+)\.(?:(?P<pid>[0-9]+)-)?[0-9a-f]+\.part")


def part_path(target: Path) -> Path:
    """A fresh part file name beside ``target``, naming this process."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


def move_into_place(partial: Path, target: Path, replace: bool) -> None:
    """Rename the finished ``partial`` to ``target``; without ``replace`` an existing
    ``target`` is never overwritten (``FileExistsError``)."""
    if replace:
        partial.replace(target)
        return
    try:
        os.link(partial, target)  # atomic, and refuses an existing target
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        partial.replace(target)


@contextlib.contextmanager
def disk_errors(target: Path) -> Iterator[None]:
    """A full disk or a place that refuses writing, met in the block, raised as the
    typed ``DiskFull`` or ``NotWritable`` naming ``target``; other errors (and
    ``FileExistsError``) pass unchanged."""
    try:
        yield
    except FileExistsError:
        raise
    except OSError as exc:
        typed = os_write_error(target, exc)
        if typed is None:
            raise
        raise typed from None


@contextlib.contextmanager
def part_file(target: Path, *, replace: bool = False) -> Iterator[Path]:
    """A new, empty part file beside ``target`` to build the file in.

    When the block ends normally the part file is flushed to disk and moved into place;
    whatever happens, no part file is left behind. The disk's refusals, in the block
    too, are typed (see ``disk_errors``); the part file is gone when they are raised.
    """
    partial = part_path(target)
    with disk_errors(target):
        with partial.open("xb"):  # honours the umask, unlike mkstemp's 0600
            pass
        try:
            yield partial
            with partial.open("rb+") as written:
                os.fsync(written.fileno())
            move_into_place(partial, target, replace)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


def write_atomically(target: Path, content: bytes, *, replace: bool = False) -> None:
    """Write ``content`` to ``target`` through a part file (see ``part_file``)."""
    if not replace and target.exists():
        raise FileExistsError(errno.EEXIST, "File exists", str(target))
    with part_file(target, replace=replace) as partial:
        partial.write_bytes(content)


def remove_stale_parts(target: Path, *, older_than: float = STALE_PART_SECONDS) -> None:
    """Remove the part files killed exports left in ``target``'s folder.

    A part file whose process id names no running process is removed at once, whatever
    file it was for; one without a process id only when it is ``target``'s and last
    changed over ``older_than`` seconds ago. A live export's part file is never touched.
    """
    oldest = time.time() - older_than
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            match = _PART.fullmatch(entry.name)
            if match is None:
                continue
            with contextlib.suppress(OSError):
                status = entry.lstat()
                if not stat.S_ISREG(status.st_mode):
                    continue
                if match["pid"] is not None:
                    stale = not process_running(int(match["pid"]))
                else:
                    stale = match["name"] == target.name and status.st_mtime < oldest
                if stale:
                    entry.unlink()
