"""crm_workshop/locations.py in a frozen bundle: data under ``sys._MEIPASS``, where
packaging/crm_workshop.spec puts models/ and resources/."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from crm_workshop import locations

ROOT = Path(__file__).resolve().parents[2]


def test_frozen_app_reads_its_data_beside_the_executable(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locations.models_dir() == tmp_path / "models"
    assert locations.fonts_dir() == tmp_path / "resources" / "fonts"


def test_spec_bundles_the_folders_the_frozen_branch_reads() -> None:
    spec = (ROOT / "packaging" / "crm_workshop.spec").read_text(encoding="utf-8")
    datas = re.findall(r'\(str\(ROOT / "(\w+)"\), "(\w+)"\)', spec)
    assert ("models", "models") in datas
    assert ("resources", "resources") in datas
