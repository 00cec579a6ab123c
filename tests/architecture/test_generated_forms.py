"""The Designer forms in ui/ and the Python compiled from them never drift apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_form_is_compiled_and_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_assets.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_stale_form_is_named(tmp_path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build_assets
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    forms = tmp_path / "forms"
    build_assets.compile_forms(forms)
    edited = forms / "ui_new_workshop_dialog.py"
    edited.write_text(edited.read_text() + "# edited by hand\n")
    monkeypatch.setattr(build_assets, "FORMS_DIR", forms)
    assert build_assets.stale_files() == ["ui_new_workshop_dialog.py"]


def test_forms_follow_the_house_style() -> None:
    """Layouts only, snake_case names, no auto-connected slots (DESIGN.md)."""
    for ui_file in (ROOT / "ui").glob("*.ui"):
        text = ui_file.read_text(encoding="utf-8")
        assert "<layout" in text, ui_file.name
        assert 'name="geometry"' not in text.split("<layout", 1)[1], ui_file.name
        generated = ROOT / "crm_workshop" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
        assert "connectSlotsByName" not in generated.read_text(), generated.name
