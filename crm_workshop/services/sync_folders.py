"""Is a workshop in a folder a cloud client synchronises, and did it leave conflicting copies?

Sync clients (Dropbox, OneDrive, Google Drive, iCloud Drive, Nextcloud, ownCloud,
Syncthing, pCloud, MEGA, Box, Resilio) copy a folder file by file and know nothing of
SQLite's locks. The app warns when a workshop lies in such a folder, and names the
"conflicted copies" a client made when two computers changed the file at once.

Detection is path logic first (folder names the clients give their roots: ``Dropbox``,
``OneDrive - Firma``, ``My Drive``, ``Mobile Documents``...), then marker files the
clients keep in their roots (``.dropbox``, ``.stfolder``...), looked for in a bounded
number of parent folders. ``desktop.ini`` is no marker: Windows writes it everywhere.
Standard library only, a few ``stat`` calls and one folder listing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

EXTENSION = ".crmw"
# Parents looked at for names (no I/O) and for markers (a stat each).
MAX_NAME_LEVELS = 32
MAX_MARKER_LEVELS = 8

# (path relative to a folder, client) of files and folders clients keep in their roots
MARKERS: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".sync/IgnoreList", "Resilio Sync"),  # a bare ``.sync`` folder is too common
)

# macOS File Provider roots: ~/Library/CloudStorage/<Provider>-<account>
_CLOUD_STORAGE = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "googledrive": "Google Drive",
    "box": "Box",
    "pcloud": "pCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "mega": "MEGA",
    "icloud": "iCloud Drive",
}
_EXACT = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mój dysk": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pclouddrive": "pCloud",
    "pcloud drive": "pCloud",
    "box sync": "Box",
    "megasync": "MEGA",
}
# Short, common words: only in the spelling the clients use.
_CASE_SENSITIVE = {"Box": "Box", "MEGA": "MEGA"}
_PREFIXED = (
    (re.compile(r"dropbox \(.+\)"), "Dropbox"),  # Dropbox (Personal), Dropbox (Firma)
    (re.compile(r"onedrive ?- ?.+"), "OneDrive"),  # OneDrive - Firma, OneDrive-Personal
    (re.compile(r"googledrive-.+"), "Google Drive"),
)

# "conflicted copy", "Kopia powodująca konflikt", "conflit", "sync-conflict"...
_CONFLICT_WORD = re.compile(r"conflict|conflit|conflicto|konflik", re.IGNORECASE)
# OneDrive keeps both versions, naming one after the computer: name-DESKTOP-1A2B3C.crmw
_WINDOWS_DEFAULT_NAME = re.compile(r"-(?:DESKTOP|LAPTOP)-[A-Z0-9]+", re.IGNORECASE)
_COMPUTER_NAME = re.compile(r"-[A-Z0-9][A-Z0-9-]{1,14}")


@dataclass(frozen=True)
class SyncFolder:
    client: str  # "Dropbox", "OneDrive", "Syncthing"...
    root: Path  # the folder that told: named by the client or holding its marker


@dataclass(frozen=True)
class SyncCheck:
    folder: SyncFolder | None
    conflicts: tuple[Path, ...] = ()

    @property
    def client(self) -> str | None:
        return self.folder.client if self.folder else None

    @property
    def warn(self) -> bool:
        return self.folder is not None or bool(self.conflicts)


def client_for_name(name: str, parent: str = "") -> str | None:
    """The sync client whose root folder is called ``name`` (inside ``parent``)."""
    if name in _CASE_SENSITIVE:
        return _CASE_SENSITIVE[name]
    folded = name.casefold().strip()
    if folded in _EXACT:
        return _EXACT[folded]
    for pattern, client in _PREFIXED:
        if pattern.fullmatch(folded):
            return client
    if parent.casefold() == "cloudstorage":
        provider = folded.split("-", 1)[0]
        return _CLOUD_STORAGE.get(provider)
    return None


def client_for_parts(parts: Sequence[str]) -> tuple[int, str] | None:
    """(index, client) of the nearest folder in ``parts`` a client names; pure."""
    folders = list(parts[:-1])  # the last part is the file itself
    lowest = max(0, len(folders) - MAX_NAME_LEVELS)
    for index in range(len(folders) - 1, lowest - 1, -1):
        parent = folders[index - 1] if index > 0 else ""
        client = client_for_name(folders[index], parent)
        if client:
            return index, client
    return None


def _by_name(path: Path) -> SyncFolder | None:
    found = client_for_parts(path.parts)
    if found is None:
        return None
    index, client = found
    return SyncFolder(client, Path(*path.parts[: index + 1]))


def _by_marker(path: Path) -> SyncFolder | None:
    for folder in list(path.parents)[:MAX_MARKER_LEVELS]:
        for marker, client in MARKERS:
            try:
                os.lstat(folder / marker)
            except (OSError, ValueError):
                continue
            return SyncFolder(client, folder)
    return None


def sync_folder(path: Path | str) -> SyncFolder | None:
    """The synced folder ``path`` lies in, nearest first; None when none is known."""
    path = Path(path).absolute()
    found = _by_name(path) or _by_marker(path)
    if found is None:
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            return None
        if real != path:  # a link into a synced folder (~/Documents -> OneDrive)
            found = _by_name(real) or _by_marker(real)
    return found


def is_conflict_copy(workshop: Path, candidate: str, client: str | None = None) -> bool:
    """Whether the file name ``candidate`` is a sync client's conflicting copy of
    ``workshop`` (beside it)."""
    stem = workshop.name[: -len(EXTENSION)] if _is_workshop(workshop.name) else ""
    if not stem or candidate == workshop.name or not _is_workshop(candidate):
        return False
    if candidate[: len(stem)].casefold() != stem.casefold():
        return False
    rest = candidate[len(stem) : -len(EXTENSION)]
    if not rest:
        return False
    if rest[0] in " ._-[(" and _CONFLICT_WORD.search(rest):
        return True  # Dropbox, Nextcloud, Syncthing, ownCloud, Box, pCloud...
    if _WINDOWS_DEFAULT_NAME.fullmatch(rest):
        return True
    # any computer name, but only in OneDrive and in capitals (as Windows gives them)
    return client == "OneDrive" and bool(_COMPUTER_NAME.fullmatch(rest))


def conflict_copies(path: Path | str, client: str | None = None) -> tuple[Path, ...]:
    """Conflicting copies of the workshop ``path`` a sync client left beside it."""
    path = Path(path)
    try:
        with os.scandir(path.parent) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return ()
    return tuple(
        path.with_name(name)
        for name in sorted(names)
        if is_conflict_copy(path, name, client)
    )


def check_sync(path: Path | str) -> SyncCheck:
    """The synced folder of the workshop ``path`` and the conflicting copies beside it."""
    folder = sync_folder(path)
    return SyncCheck(folder, conflict_copies(path, folder.client if folder else None))


def _is_workshop(name: str) -> bool:
    return name.casefold().endswith(EXTENSION)
