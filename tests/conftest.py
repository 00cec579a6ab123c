from __future__ import annotations

import os

import pytest

# Qt must never need a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
