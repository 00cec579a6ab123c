"""Where bundled data lives: a source checkout, an installed wheel or a frozen bundle.

Standard library only, so every layer may use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
APP_FOLDER = "CRM Workshop"
# Where automatic backups go instead of the per-user data folder (tests set it).
BACKUP_DIR_VARIABLE = "CRM_WORKSHOP_BACKUP_DIR"


def data_dir(name: str) -> Path:
    """The folder holding bundled data ``name`` (``models``, ``resources``).

    Frozen bundle: next to the executable's unpacked data (``sys._MEIPASS``).
    Installed wheel: ``crm_workshop/_data/<name>`` (hatchling force-include).
    Source checkout: ``<repository>/<name>``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    packaged = _PACKAGE_DIR / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / name


def models_dir() -> Path:
    return data_dir("models")


def resources_dir() -> Path:
    return data_dir("resources")


def fonts_dir() -> Path:
    """The report fonts shipped with the app (DejaVu Sans: Polish and Cyrillic)."""
    return resources_dir() / "fonts"


def user_data_dir() -> Path:
    """The per-user folder for the app's own data (not the user's documents).

    Linux and other Unix: ``$XDG_DATA_HOME`` (when absolute) or ``~/.local/share``;
    Windows: ``%LOCALAPPDATA%``; macOS: ``~/Library/Application Support``; each with
    ``CRM Workshop`` appended. On Windows the local folder, not the roaming profile.
    """
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        base = Path(local) if local else Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # the XDG spec says a relative value is invalid and must be ignored
        base = (
            Path(xdg) if Path(xdg).is_absolute() else Path.home() / ".local" / "share"
        )
    return base / APP_FOLDER


def backups_dir() -> Path:
    """Where automatic backups of workshops are kept: ``$CRM_WORKSHOP_BACKUP_DIR``,
    else ``Backups`` in the per-user data folder (never beside the workshop, whose
    folder may be shared or synced)."""
    override = os.environ.get(BACKUP_DIR_VARIABLE, "")
    return Path(override) if override else user_data_dir() / "Backups"


# Where the user's library of models is instead of the per-user data folder (tests set it).
MODELS_DIR_VARIABLE = "CRM_WORKSHOP_MODELS_DIR"


def user_models_dir() -> Path:
    """The user's library of maturity models (``crm-workshop add-model``):
    ``$CRM_WORKSHOP_MODELS_DIR``, else ``models`` in the per-user data folder."""
    override = os.environ.get(MODELS_DIR_VARIABLE, "")
    return Path(override) if override else user_data_dir() / "models"
