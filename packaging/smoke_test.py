"""Run the built one-folder app as a user would, without a display.

    python packaging/smoke_test.py [dist/crm-workshop] [--gui-seconds 6]

The bundle is first copied to a folder whose path holds Polish letters and a space
(``Użytkownik/Programy/CRM Workshop``): frozen Qt apps have failed to start from such
paths. Then, with a fresh home folder and no Python environment in sight:
``--version`` (timed, as the cold start), ``demo``, ``report`` to PDF (pages and the
bundled fonts checked) and to Word, ``questionnaire`` to a workbook, ``summary``, the
desktop app offscreen on the demo (alive after a few seconds and holding the
workshop's lock, then stopped: the app has no quit-after-start switch), and
``linux/install.sh`` into a temporary prefix. The desktop entry and the AppStream
file are also run through ``desktop-file-validate`` and ``appstreamcli`` when those
are installed. Exit status 0 when every check passed; each failure is named.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.crmworkshop.CrmWorkshop"
UNICODE_FOLDER = Path("Użytkownik", "Programy", "CRM Workshop")
# What must never appear on standard error of a healthy run.
ALARMS = ("Traceback", "qt.qpa.plugin", "Could not load", "Fatal Python error")


class Failure(Exception):
    pass


def _version() -> str:
    text = (ROOT / "crm_workshop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def clean_environment(home: Path) -> dict[str, str]:
    """A user's environment: a fresh home, no Python variables, no display."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "CRM_WORKSHOP"))
        and key not in {"DISPLAY", "WAYLAND_DISPLAY", "LD_LIBRARY_PATH"}
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


WINDOWS = sys.platform == "win32"
# On Windows the spec builds a windowed app and a console twin for the command line.
CLI_NAME = "crm-workshop-cli.exe" if WINDOWS else "crm-workshop"
APP_NAME = "crm-workshop.exe" if WINDOWS else "crm-workshop"


class Run:
    """Runs the bundle's executables and records what was checked."""

    def __init__(self, bundle: Path, env: dict[str, str], work: Path) -> None:
        self.exe, self.app = bundle / CLI_NAME, bundle / APP_NAME
        self.env, self.work = env, work
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.figures: dict[str, str] = {}

    def cli(
        self, *args: str, env: dict[str, str] | None = None, timeout: int = 120
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.exe), *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        alarms = [alarm for alarm in ALARMS if alarm in result.stderr]
        if result.returncode != 0 or alarms:
            raise Failure(
                f"crm-workshop {' '.join(args)}: exit {result.returncode}\n"
                f"{result.stderr.strip()}"
            )
        return result

    def check(self, name: str, step: Callable[[], None]) -> None:
        try:
            step()
        except (Failure, AssertionError, OSError, subprocess.SubprocessError) as exc:
            self.failed.append(f"{name}: {exc}")
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.passed.append(name)
            print(f"ok   {name}", flush=True)


def check_version(run: Run) -> None:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        result = run.cli("--version")
        timings.append(time.perf_counter() - start)
        if result.stdout.strip() != f"crm-workshop {_version()}":
            raise Failure(f"--version printed {result.stdout.strip()!r}")
    run.figures["--version, first run"] = f"{timings[0]:.2f} s"
    run.figures["--version, median of 3"] = f"{statistics.median(timings):.2f} s"
    # A plain C locale (no UTF-8) must still start from the non-ASCII path.
    run.cli("--version", env={**run.env, "LANG": "C", "LC_ALL": "C"})


def check_demo(run: Run, workshop: Path) -> None:
    run.cli("demo", str(workshop))
    if not workshop.is_file() or workshop.read_bytes()[68:72] != b"CRMW":
        raise Failure(f"demo did not write a workshop file at {workshop}")


def check_pdf(run: Run, workshop: Path, language: str) -> None:
    pdf = run.work / f"raport {language}.pdf"
    start = time.perf_counter()
    run.cli("report", str(workshop), "-o", str(pdf), "--lang", language)
    run.figures[f"report --lang {language}"] = f"{time.perf_counter() - start:.2f} s"
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise Failure(f"{pdf.name} is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # the plain-bytes check below still runs
        PdfReader = None  # noqa: N806
    if PdfReader is not None:
        reader = PdfReader(pdf)
        if len(reader.pages) < 2:
            raise Failure(f"{pdf.name} has {len(reader.pages)} page(s)")
        first = reader.pages[0].extract_text()
        if "CRM" not in first:
            raise Failure(f"{pdf.name}: unexpected first page {first[:200]!r}")
        run.figures[f"report --lang {language} pages"] = str(len(reader.pages))
    # The report fonts come from the bundle's resources/fonts (DejaVu Sans).
    if b"DejaVuSans" not in data:
        raise Failure(f"{pdf.name} does not embed the bundled DejaVu Sans fonts")


def check_docx(run: Run, workshop: Path) -> None:
    docx = run.work / "raport.docx"
    run.cli("report", str(workshop), "-o", str(docx))
    if not docx.read_bytes().startswith(b"PK"):
        raise Failure("the Word report is not a zip package")


def check_workbook(run: Run, workshop: Path) -> None:
    workbook = run.work / "ankieta.xlsx"
    run.cli("questionnaire", str(workshop), "-o", str(workbook))
    if not workbook.read_bytes().startswith(b"PK"):
        raise Failure("the questionnaire workbook is not a zip package")


def check_summary(run: Run, workshop: Path) -> None:
    result = run.cli("summary", str(workshop), "--lang", "pl")
    if len(result.stdout.splitlines()) < 5:
        raise Failure(f"summary printed too little:\n{result.stdout}")


def check_gui(run: Run, workshop: Path, seconds: float) -> None:
    """The app offscreen on the demo: still running after ``seconds`` and holding
    the workshop's lock file (so the window got as far as opening it)."""
    lock = workshop.with_name(f".{workshop.name}.lock")
    process = subprocess.Popen(
        [str(run.app), str(workshop)],
        cwd=run.work,
        env=run.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    alive, locked = process.poll() is None, lock.exists()
    process.terminate()
    try:
        _, stderr = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    if not alive:
        raise Failure(f"the app exited with {process.returncode}:\n{stderr.strip()}")
    alarms = [alarm for alarm in ALARMS if alarm in stderr]
    if alarms:
        raise Failure(f"the app wrote {alarms} to standard error:\n{stderr.strip()}")
    if not locked:
        raise Failure(f"the app ran {seconds} s but never opened {workshop.name}")


def check_desktop_install(run: Run, bundle: Path) -> None:
    prefix = run.work / "prefix"
    script = bundle / "linux" / "install.sh"
    subprocess.run(
        ["sh", str(script), "--prefix", str(prefix)],
        env=run.env,
        check=True,
        capture_output=True,
        text=True,
    )
    share = prefix / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    expected = f'Exec="{bundle / APP_NAME}" %f'
    if expected not in entry:
        raise Failure(f"the installed desktop entry lacks {expected!r}")
    for path in (
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / "crm-workshop.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
    ):
        if not path.is_file():
            raise Failure(f"install.sh did not install {path.relative_to(prefix)}")
    globs = share / "mime" / "globs2"
    if shutil.which("update-mime-database") and "*.crmw" not in globs.read_text():
        raise Failure("the MIME database built by install.sh does not know *.crmw")
    subprocess.run(
        ["sh", str(script), "--prefix", str(prefix), "--uninstall"],
        env=run.env,
        check=True,
        capture_output=True,
    )
    if (share / "applications" / f"{APP_ID}.desktop").exists():
        raise Failure("install.sh --uninstall left the desktop entry behind")


def check_desktop_files(bundle: Path) -> None:
    linux = bundle / "linux"
    tools = [
        ["desktop-file-validate", str(linux / f"{APP_ID}.desktop")],
        ["appstreamcli", "validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")],
    ]
    for command in tools:
        if shutil.which(command[0]) is None:
            print(f"     ({command[0]} not installed: not run)")
            continue
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise Failure(f"{command[0]}:\n{result.stdout}{result.stderr}")


def check_about_metadata(bundle: Path) -> None:
    """Help › About names these libraries' versions from their package metadata."""
    names = {
        re.sub(r"[-_.]+", "_", p.name.split("-")[0]).lower()
        for p in bundle.rglob("*.dist-info")
    }
    for library in (
        "matplotlib",
        "reportlab",
        "sqlite-utils",
        "openpyxl",
        "python-docx",
    ):
        if re.sub(r"[-_.]+", "_", library) not in names:
            raise Failure(
                f"the bundle has no metadata for {library}: About shows no version"
            )


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links libraries by symlink)."""
    return sum(
        p.lstat().st_size
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle", nargs="?", type=Path, default=ROOT / "dist" / "crm-workshop"
    )
    parser.add_argument("--gui-seconds", type=float, default=6.0)
    args = parser.parse_args(argv)
    source = args.bundle.resolve()
    if not (source / CLI_NAME).is_file():
        print(f"no bundle at {source}: run 'make bundle' first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="crmw-smoke-") as folder:
        base = Path(folder)
        bundle = base / UNICODE_FOLDER
        shutil.copytree(source, bundle, symlinks=True)
        work = base / "Dokumenty — wyniki"
        work.mkdir()
        run = Run(bundle, clean_environment(base / "home"), work)
        workshop = work / "Warsztat Zażółć.crmw"
        print(f"bundle copied to {bundle}")
        run.check("--version from a non-ASCII path", lambda: check_version(run))
        run.check("demo", lambda: check_demo(run, workshop))
        for language in ("en", "pl"):
            run.check(
                f"report --lang {language} (PDF)",
                lambda language=language: check_pdf(run, workshop, language),
            )
        run.check("report (Word)", lambda: check_docx(run, workshop))
        run.check("questionnaire (xlsx)", lambda: check_workbook(run, workshop))
        run.check("summary", lambda: check_summary(run, workshop))
        run.check("library versions for About", lambda: check_about_metadata(bundle))
        run.check(
            "desktop app offscreen", lambda: check_gui(run, workshop, args.gui_seconds)
        )
        if sys.platform.startswith("linux"):
            run.check("linux/install.sh", lambda: check_desktop_install(run, bundle))
            run.check(
                "desktop entry and AppStream", lambda: check_desktop_files(bundle)
            )
        run.figures["bundle size"] = f"{folder_size(source) / 2**20:.0f} MiB"
    print()
    for name, value in run.figures.items():
        print(f"{name:<32} {value}")
    total = len(run.passed) + len(run.failed)
    print(
        f"bundle smoke test: {len(run.failed)} of {total} checks failed"
        if run.failed
        else f"bundle smoke test: all {total} checks passed"
    )
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
