"""Where bundled data lives: a source checkout, an installed wheel or a frozen bundle.

Standard library only, so every layer may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


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
