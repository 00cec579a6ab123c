"""The interface's translations: Qt Linguist catalogues and the compiled files shipped.

``resources/i18n/crm_workshop_pl.ts`` holds every text of the interface with its
Polish translation; it is the source of truth, edited with Qt Linguist
(``pyside6-linguist``) or by hand. ``crm_workshop_en.ts`` holds only the texts with a
count (``tr("%n risk(s)", "", n)``) and their English singular and plural. Both are
refreshed from the code by ``pyside6-lupdate`` (new texts arrive unfinished, texts
gone from the code are dropped) and compiled by ``pyside6-lrelease`` into the
``.qm`` files the app loads (``crm_workshop/gui/i18n.py``).

Where lupdate looks: every ``crm_workshop/gui`` module except the generated forms,
and the Designer forms in ``ui/``. No source locations are written, so moving code
around does not change the catalogues. Used by ``packaging/build_assets.py``; the
test suite checks the catalogues and the ``.qm`` files are fresh.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_assets import _tool

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGUES = {"pl": "crm_workshop_pl.ts", "en": "crm_workshop_en.ts"}
# English needs only the texts with a count: the others are their own translation.
PLURALS_ONLY = {"en"}


def sources(root: Path = ROOT) -> list[Path]:
    """The files whose texts are translated, in a stable order."""
    gui = root / "crm_workshop" / "gui"
    modules = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return modules + sorted((root / "ui").glob("*.ui"))


def update(folder: Path, *, root: Path = ROOT) -> list[Path]:
    """Refresh the catalogues in ``folder`` from the code (created when missing)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    written = []
    for language, name in CATALOGUES.items():
        ts = folder / name
        command = [
            _tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        if language in PLURALS_ONLY:
            command.append("-pluralonly")
        subprocess.run(
            [*command, *files, "-ts", str(ts.resolve())],
            check=True,
            cwd=root,
            capture_output=True,
        )
        written.append(ts)
    return written


def release(folder: Path) -> list[Path]:
    """Compile every catalogue in ``folder`` into its ``.qm`` beside it."""
    written = []
    for name in CATALOGUES.values():
        ts = folder / name
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def build() -> list[Path]:
    """Refresh the catalogues in resources/i18n and compile them."""
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    return update(I18N_DIR) + release(I18N_DIR)


def stale_files() -> list[str]:
    """The catalogues and compiled files that differ from what the code gives now.

    A catalogue is stale when the code has a text it lacks or it keeps a text the code
    no longer has; a ``.qm`` when it is not the compilation of its catalogue."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name in CATALOGUES.values():
            if (I18N_DIR / name).exists():
                shutil.copy(I18N_DIR / name, folder / name)
        fresh = update(folder) + release(folder)
        stale = []
        for path in fresh:
            committed = I18N_DIR / path.name
            if not committed.exists() or committed.read_bytes() != path.read_bytes():
                stale.append(committed.relative_to(ROOT).as_posix())
    return stale
