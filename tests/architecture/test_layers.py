"""Layering that static analysis cannot fully prove, checked by running the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is not installed in this environment"
    result = subprocess.run(
        [lint], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_commands_never_load_qt(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from crm_workshop.cli import main
        path = {str(tmp_path / "demo.crmw")!r}
        for argv in (["demo", path], ["summary", path], ["check", path],
                     ["export-ratings", path, "-o", {str(tmp_path / "r.csv")!r}],
                     ["recover", path, "-o", {str(tmp_path / "new.crmw")!r}],
                     ["models"]):
            assert main(argv) == 0, argv
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_the_package_imports_nothing_on_import():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, crm_workshop; print(len([m for m in sys.modules "
            "if m.startswith('crm_workshop')]))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "1"
