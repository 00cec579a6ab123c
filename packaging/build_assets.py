"""Generate the Qt assets the app imports: Designer forms, compiled by ``pyside6-uic``.

    python packaging/build_assets.py           # regenerate crm_workshop/gui/forms/
    python packaging/build_assets.py --check   # exit 1 and name every stale file
    python packaging/build_assets.py --icons   # the app icons (packaging/icons.py)
    python packaging/build_assets.py --icons --check   # stale icon files
    python packaging/build_assets.py --translations    # resources/i18n (.ts, .qm)
    python packaging/build_assets.py --translations --check   # stale translations

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


def build_icons(*, check: bool) -> list[str]:
    """The app icon step: PNG, ICO and ICNS rendered from resources/icons/*.svg.

    With ``check``, the stale icon files; otherwise the files written."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import icons

    files = icons.stale_files() if check else icons.build()
    return [path.relative_to(ROOT).as_posix() for path in files]


def build_translations(*, check: bool) -> list[str]:
    """The translation step (packaging/translations.py): lupdate, then lrelease.

    With ``check``, the stale catalogues and .qm files; otherwise the files written."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import translations

    if check:
        return translations.stale_files()
    return [path.relative_to(ROOT).as_posix() for path in translations.build()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--icons", action="store_true", help="only the app icons")
    parser.add_argument(
        "--translations", action="store_true", help="only the translations"
    )
    args = parser.parse_args(argv)
    if args.translations:
        files = build_translations(check=args.check)
        for name in files:
            print(f"stale: {name}" if args.check else name)
        return 1 if args.check and files else 0
    if args.icons:
        icon_files = build_icons(check=args.check)
        for name in icon_files:
            print(f"stale: {name}" if args.check else name)
        return 1 if args.check and icon_files else 0
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
