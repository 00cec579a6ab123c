"""Synced folders by name and by marker, and sync clients' conflicting copies."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from crm_workshop.services import sync_folders
from crm_workshop.services.sync_folders import (
    check_sync,
    client_for_parts,
    conflict_copies,
    is_conflict_copy,
    sync_folder,
)


def client(path: PurePosixPath | PureWindowsPath) -> str | None:
    found = client_for_parts(path.parts)
    return found[1] if found else None


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (PureWindowsPath(r"C:\Users\anna\Dropbox\Klienci\Bursztyn.crmw"), "Dropbox"),
        (PurePosixPath("/home/anna/Dropbox (Firma)/w.crmw"), "Dropbox"),
        (PurePosixPath("/Users/anna/Library/CloudStorage/Dropbox/w.crmw"), "Dropbox"),
        (PureWindowsPath(r"C:\Users\anna\OneDrive\Dokumenty\w.crmw"), "OneDrive"),
        (
            PureWindowsPath(r"C:\Users\anna\OneDrive - Bursztyn S.A\Warsztaty\w.crmw"),
            "OneDrive",
        ),
        (
            PurePosixPath("/Users/anna/Library/CloudStorage/OneDrive-Personal/w.crmw"),
            "OneDrive",
        ),
        (PureWindowsPath(r"G:\My Drive\Warsztaty\w.crmw"), "Google Drive"),
        (PureWindowsPath(r"G:\Mój dysk\w.crmw"), "Google Drive"),
        (PurePosixPath("/home/anna/Google Drive/w.crmw"), "Google Drive"),
        (
            PurePosixPath(
                "/Users/anna/Library/CloudStorage/GoogleDrive-anna@firma.pl/My Drive/w.crmw"
            ),
            "Google Drive",
        ),
        (PureWindowsPath(r"C:\Users\anna\iCloudDrive\w.crmw"), "iCloud Drive"),
        (
            PurePosixPath(
                "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/w.crmw"
            ),
            "iCloud Drive",
        ),
        (PurePosixPath("/home/anna/Nextcloud/Warsztaty/w.crmw"), "Nextcloud"),
        (PurePosixPath("/home/anna/ownCloud/w.crmw"), "ownCloud"),
        (PurePosixPath("/home/anna/pCloudDrive/w.crmw"), "pCloud"),
        (PureWindowsPath(r"C:\Users\anna\MEGA\w.crmw"), "MEGA"),
        (PureWindowsPath(r"C:\Users\anna\Box\Projekty\w.crmw"), "Box"),
        (PurePosixPath("/Users/anna/Library/CloudStorage/Box-Box/w.crmw"), "Box"),
        # not synced: ordinary folders, and names only the file itself carries
        (PurePosixPath("/home/anna/Dokumenty/Warsztaty/w.crmw"), None),
        (PureWindowsPath(r"C:\Users\anna\Documents\w.crmw"), None),
        (PurePosixPath("/home/anna/box/mega/w.crmw"), None),  # everyday words
        (PurePosixPath("/home/anna/Dropbox.crmw"), None),
        (PurePosixPath("/home/anna/Dropbox-old/w.crmw"), None),
    ],
)
def test_clients_are_recognised_by_their_folder_names(path, expected):
    assert client(path) == expected


def test_the_nearest_client_folder_wins():
    path = PurePosixPath("/home/anna/Dropbox/Nextcloud/w.crmw")
    assert client_for_parts(path.parts) == (4, "Nextcloud")


def test_a_real_path_under_a_dropbox_folder(tmp_path):
    folder = tmp_path / "Dropbox" / "Klienci"
    folder.mkdir(parents=True)
    found = sync_folder(folder / "w.crmw")
    assert found is not None
    assert found.client == "Dropbox"
    assert found.root == tmp_path / "Dropbox"


@pytest.mark.parametrize(
    ("marker", "is_folder", "expected"),
    [
        (".dropbox", False, "Dropbox"),
        (".dropbox.cache", True, "Dropbox"),
        (".stfolder", True, "Syncthing"),
        (".sync/IgnoreList", False, "Resilio Sync"),
    ],
)
def test_clients_are_recognised_by_their_marker_files(
    tmp_path, marker, is_folder, expected
):
    root = tmp_path / "Praca"
    deep = root / "Klienci" / "2026"
    deep.mkdir(parents=True)
    target = root / marker
    target.parent.mkdir(parents=True, exist_ok=True)
    if is_folder:
        target.mkdir()
    else:
        target.write_text("", encoding="utf-8")
    found = sync_folder(deep / "w.crmw")
    assert found is not None
    assert (found.client, found.root) == (expected, root)


def test_no_marker_no_warning_and_desktop_ini_is_not_enough(tmp_path):
    folder = tmp_path / "Praca"
    (folder / ".sync").mkdir(parents=True)  # a bare .sync folder: too common
    (folder / "desktop.ini").write_text("[.ShellClassInfo]", encoding="utf-8")
    assert sync_folder(folder / "w.crmw") is None
    assert not check_sync(folder / "w.crmw").warn


def test_markers_are_looked_for_in_a_bounded_number_of_folders(tmp_path, monkeypatch):
    deep = tmp_path.joinpath(*(f"p{n}" for n in range(20)))
    deep.mkdir(parents=True)
    calls: list[str] = []
    real_lstat = os.lstat

    def counting_lstat(path, *args, **kwargs):
        calls.append(str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(sync_folders.os, "lstat", counting_lstat)
    monkeypatch.setattr(Path, "resolve", lambda self, strict=False: self)
    assert sync_folder(deep / "w.crmw") is None
    limit = sync_folders.MAX_MARKER_LEVELS * len(sync_folders.MARKERS)
    assert 0 < len(calls) <= limit


def test_a_marker_beyond_the_bound_is_not_looked_for(tmp_path):
    (tmp_path / ".stfolder").mkdir()
    deep = tmp_path.joinpath(*(f"p{n}" for n in range(sync_folders.MAX_MARKER_LEVELS)))
    deep.mkdir(parents=True)
    assert sync_folder(deep / "w.crmw") is None
    assert sync_folder(deep.parent / "w.crmw") is not None


def test_a_link_into_a_synced_folder_counts(tmp_path):
    real = tmp_path / "OneDrive - Firma" / "Dokumenty"
    real.mkdir(parents=True)
    link = tmp_path / "Dokumenty"
    link.symlink_to(real, target_is_directory=True)
    found = sync_folder(link / "w.crmw")
    assert found is not None and found.client == "OneDrive"


WORKSHOP = Path("Bursztyn warsztat.crmw")


@pytest.mark.parametrize(
    ("name", "client", "expected"),
    [
        ("Bursztyn warsztat (conflicted copy 2026-10-05).crmw", None, True),
        ("Bursztyn warsztat (Anna's conflicted copy 2026-10-05).crmw", None, True),
        (
            "Bursztyn warsztat (Kopia powodująca konflikt użytkownika Anna "
            "2026-10-05).crmw",
            None,
            True,
        ),
        ("Bursztyn warsztat (Konflikt-Kopie von Anna 2026-10-05).crmw", None, True),
        ("Bursztyn warsztat (copie en conflit de Anna 2026-10-05).crmw", None, True),
        (
            "Bursztyn warsztat.sync-conflict-20261005-101500-ABCDEFG.crmw",
            "Syncthing",
            True,
        ),
        ("Bursztyn warsztat_conflict-20261005-101500.crmw", None, True),
        ("Bursztyn warsztat-DESKTOP-123.crmw", None, True),
        ("Bursztyn warsztat-LAPTOP-9Q8W7E6R.crmw", None, True),
        ("Bursztyn warsztat-ANNA-PC.crmw", "OneDrive", True),
        ("Bursztyn warsztat-ANNA-PC.crmw", "Dropbox", False),
        ("Bursztyn warsztat-v2.crmw", "OneDrive", False),  # lower case: the user's
        ("Bursztyn warsztat.crmw", None, False),  # the workshop itself
        ("Bursztyn warsztat (copy).crmw", None, False),  # the user's own copy
        ("Bursztyn warsztat.before-upgrade-v1.crmw", None, False),
        ("Bursztyn warsztat (conflicted copy 2026-10-05).pdf", None, False),
        ("Inny warsztat (conflicted copy 2026-10-05).crmw", None, False),
        ("Bursztyn warsztatconflict.crmw", None, False),  # no separator: another name
    ],
)
def test_conflicting_copies_are_told_by_their_names(name, client, expected):
    assert is_conflict_copy(WORKSHOP, name, client) is expected


def test_conflicting_copies_beside_the_workshop_are_listed(tmp_path):
    workshop = tmp_path / WORKSHOP.name
    copies = [
        "Bursztyn warsztat (conflicted copy 2026-10-05).crmw",
        "Bursztyn warsztat (Kopia powodująca konflikt użytkownika Anna 2026-10-06).crmw",
    ]
    for name in [WORKSHOP.name, *copies, "Bursztyn warsztat (copy).crmw", "x.crmw"]:
        (tmp_path / name).write_bytes(b"")
    check = check_sync(workshop)
    assert check.folder is None
    assert [p.name for p in check.conflicts] == sorted(copies)
    assert check.warn


def test_a_missing_folder_has_no_conflicts(tmp_path):
    assert conflict_copies(tmp_path / "missing" / "w.crmw") == ()
