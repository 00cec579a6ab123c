from __future__ import annotations

import os
import sys

import pytest

# Qt must never need a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Qt loaded as the app loads it, without PySide6's import hook (gui/qt_import.py), so
# the suite runs the GUI in the state users run it in.
if "PySide6" not in sys.modules:
    from crm_workshop.gui.qt_import import load_qt

    load_qt()

BACKUP_DIR = "CRM_WORKSHOP_BACKUP_DIR"


@pytest.fixture(scope="session", autouse=True)
def _no_backups_in_the_home_folder(tmp_path_factory):
    """Session and module fixtures that open workshops back up into a temporary
    folder too (autouse fixtures start first within their scope)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(BACKUP_DIR, str(tmp_path_factory.mktemp("session-backups")))
        yield


@pytest.fixture(autouse=True)
def _backups_in_a_temporary_folder(tmp_path_factory, monkeypatch):
    """Automatic backups of every workshop a test opens go to a fresh temporary folder,
    never to the real per-user data folder (child processes inherit it too)."""
    monkeypatch.setenv(BACKUP_DIR, str(tmp_path_factory.mktemp("backups")))


MODELS_DIR = "CRM_WORKSHOP_MODELS_DIR"


@pytest.fixture(autouse=True)
def _model_library_in_a_temporary_folder(tmp_path_factory, monkeypatch):
    """The user's model library (``add-model``, File › New workshop) is a fresh empty
    folder for every test, never the real one (child processes inherit it too)."""
    monkeypatch.setenv(MODELS_DIR, str(tmp_path_factory.mktemp("models") / "library"))


@pytest.fixture
def refuse_reading(monkeypatch):
    """``refuse_reading(path)``: from now on this user may not read ``path``, as for a
    file with no read permission for them (tests run as root, whom file modes do not
    stop). Opening it to read raises ``PermissionError`` (EACCES); writing is not
    touched, nor is any other file."""
    import builtins
    import errno
    import io
    from pathlib import Path

    refused: set[Path] = set()
    real_open = io.open

    def guarded(file, mode="r", *args, **kwargs):
        if (
            isinstance(file, str | os.PathLike)
            and "r" in mode
            and Path(file).absolute() in refused
        ):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded)
    monkeypatch.setattr(builtins, "open", guarded)

    def refuse(path: Path) -> None:
        refused.add(Path(path).absolute())

    return refuse
