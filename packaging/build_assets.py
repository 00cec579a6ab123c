"""Generate the Qt assets the app imports: Designer forms, compiled by ``pyside6-uic``.

    python packaging/build_assets.py           # regenerate crm_workshop/gui/forms/
    python packaging/build_assets.py --check   # exit 1 and name every stale file

Generated files are committed, so running the app never needs Qt's tools; the test
suite runs ``--check`` and fails when a form was edited but not regenerated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "crm_workshop" / "gui" / "forms"
FORMS_INIT = '"""Designer forms compiled from ui/ by packaging/build_assets.py."""\n'


def _tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def form_module(ui_file: Path) -> str:
    """``new_workshop_dialog.ui`` -> ``ui_new_workshop_dialog.py``."""
    return f"ui_{ui_file.stem}.py"


def compile_forms(target: Path) -> list[Path]:
    """Compile every ``ui/*.ui`` into ``target``; return the files written."""
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(FORMS_INIT, encoding="utf-8")
    written = [target / "__init__.py"]
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        out = target / form_module(ui_file)
        subprocess.run(
            [_tool("pyside6-uic"), "--no-autoconnection", str(ui_file), "-o", str(out)],
            check=True,
        )
        written.append(out)
    return written


def stale_files() -> list[str]:
    """Names of generated files that differ from what the sources give now."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = compile_forms(Path(folder))
        expected = {path.name: path.read_bytes() for path in fresh}
    present = {path.name: path.read_bytes() for path in FORMS_DIR.glob("*.py")}
    names = sorted(set(expected) | set(present))
    return [name for name in names if expected.get(name) != present.get(name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for name in stale:
            print(f"stale: crm_workshop/gui/forms/{name}", file=sys.stderr)
        return 1 if stale else 0
    for path in compile_forms(FORMS_DIR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
