from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def packaging_module() -> Callable[[str], ModuleType]:
    """Import a script of packaging/ (not a package) by name."""

    def load(name: str) -> ModuleType:
        sys.path.insert(0, str(ROOT / "packaging"))
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(str(ROOT / "packaging"))

    return load
