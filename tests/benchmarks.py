"""Benchmarks: prints figures, asserts nothing. Run with ``make bench``.

Medians over repeated runs (these machines are shared and noisy), plus ratios that show
how costs grow with the number of ratings.
"""

from __future__ import annotations

import compileall
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm_workshop.cli import main as cli_main
from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.services.demo import create_demo
from crm_workshop.services.workshop import WorkshopSession
from tests.bench_gui import FLOOR_STEPS
from tests.synthetic import synthetic_workshop


def timed(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def ms(value: float) -> str:
    return f"{value * 1000:8.2f} ms"


def bench_rating_writes(folder: Path) -> None:
    path = folder / "writes.crmw"
    synthetic_workshop(path, 40, 1)
    with WorkshopSession.open(path) as s:
        round_id = s.rounds()[0].id
        people = [p.id for p in s.stakeholders()]
        questions = [q.id for q in s.model.questions()]
        samples = []
        for n in range(300):
            rating = Rating(
                people[n % 40], questions[n % 28], Answer.LEVEL, n % 5 + 1, 5
            )
            start = time.perf_counter()
            s.rate(round_id, rating)
            samples.append(time.perf_counter() - start)
    samples.sort()
    print("One rating write, committed durably (300 writes, synchronous=FULL)")
    print(
        f"  median {ms(statistics.median(samples))}   p95 {ms(samples[int(0.95 * len(samples))])}"
        "   target: median < 2 ms"
    )


def bench_summary(folder: Path) -> None:
    print("\n`crm-workshop summary` in-process (median of 5), 28 questions")
    print(
        f"  {'stakeholders':>12} {'rounds':>6} {'ratings':>8} {'median':>11} {'per 1k ratings':>15}"
    )
    rows = []
    for people in (10, 50, 200, 1000):
        for rounds in (1, 4):
            path = folder / f"s{people}x{rounds}.crmw"
            ratings = synthetic_workshop(path, people, rounds)

            def run(path: Path = path) -> None:
                with contextlib.redirect_stdout(io.StringIO()):
                    assert cli_main(["summary", str(path)]) == 0

            median = statistics.median(timed(run, 5))
            rows.append((people, rounds, ratings, median))
            print(
                f"  {people:>12} {rounds:>6} {ratings:>8} {ms(median):>11} "
                f"{ms(median / ratings * 1000):>15}"
            )
    by_key = {(p, r): (n, t) for p, r, n, t in rows}
    n200, t200 = by_key[(200, 4)]
    n1000, t1000 = by_key[(1000, 4)]
    command = [
        sys.executable,
        "-m",
        "crm_workshop",
        "summary",
        str(folder / "s200x4.crmw"),
    ]
    whole = statistics.median(
        timed(lambda: subprocess.run(command, check=True, capture_output=True), 5)
    )
    print(
        f"  200 stakeholders x 4 rounds: {t200 * 1000:.0f} ms in-process, "
        f"{whole * 1000:.0f} ms as a whole command incl. interpreter start (target < 500 ms)"
    )
    print(
        f"  growth 200x4 -> 1000x4: ratings x{n1000 / n200:.1f}, time x{t1000 / t200:.1f} "
        "(linear or better when time ratio <= ratings ratio)"
    )


def bench_demo(folder: Path) -> None:
    counter = iter(range(100))

    def run() -> None:
        create_demo(folder / f"demo{next(counter)}.crmw").close()

    samples = timed(run, 7)
    print(
        f"\nCreating the demo workshop (median of 7): {ms(statistics.median(samples))}"
        "   target < 1 s"
    )


def bench_report(folder: Path) -> None:
    from crm_workshop.services.report import ReportOptions, export_report

    demo = folder / "report-demo.crmw"
    create_demo(demo).close()
    sizes = {}
    for people in (50, 200):
        path = folder / f"report-{people}x4.crmw"
        sizes[people] = (path, synthetic_workshop(path, people, 4))
    print("\nPDF report (median of 3)")
    names = iter(range(1000))
    medians = {}
    for label, path, target in (
        ("demo workshop", demo, "< 3 s"),
        ("50 stakeholders x 4 rounds, latest round", sizes[50][0], ""),
        ("200 stakeholders x 4 rounds, latest round", sizes[200][0], "< 10 s"),
    ):
        with WorkshopSession.open(path) as session:

            def run(session: WorkshopSession = session, names=names) -> None:
                export_report(session, folder / f"r{next(names)}.pdf", ReportOptions())

            medians[label] = statistics.median(timed(run, 3))
        print(
            f"  {label}: {ms(medians[label])}   {('target ' + target) if target else ''}"
        )
    small, large = (medians[k] for k in list(medians)[1:])
    print(f"  growth 50 -> 200 stakeholders: ratings x4.0, time x{large / small:.1f}")


def bench_backups(folder: Path) -> None:
    """The automatic backup taken when a workshop is opened for writing."""
    from crm_workshop.storage.backups import take_backup
    from crm_workshop.storage.database import open_workshop_file

    demo = folder / "backup-demo.crmw"
    create_demo(demo).close()
    large = folder / "backup-200x4.crmw"
    synthetic_workshop(large, 200, 4)
    roots = iter(range(10_000))
    print("\nAutomatic backup on open (median of 7)")
    for label, path in (
        ("demo workshop", demo),
        ("200 stakeholders x 4 rounds", large),
    ):
        with open_workshop_file(path) as workshop:
            copy = statistics.median(
                timed(
                    lambda w=workshop: take_backup(
                        w, "open", root=folder / f"bk{next(roots)}"
                    ),
                    7,
                )
            )

        def open_close(path: Path = path, fresh: bool = True) -> None:
            if fresh:  # an empty backups folder: the open takes a backup
                os.environ["CRM_WORKSHOP_BACKUP_DIR"] = str(folder / f"bk{next(roots)}")
            WorkshopSession.open(path).close()

        with_backup = statistics.median(timed(open_close, 7))
        os.environ["CRM_WORKSHOP_BACKUP_DIR"] = str(folder / "bk-reused")
        open_close(fresh=False)  # from now on the newest backup holds this file
        reused = statistics.median(timed(lambda p=path: open_close(p, False), 7))
        print(
            f"  {label} ({path.stat().st_size / 1e6:.2f} MB): the backup itself "
            f"{ms(copy).strip()}; open and close {ms(with_backup).strip()} with it, "
            f"{ms(reused).strip()} "
            "when the newest backup already holds the file"
        )
    os.environ["CRM_WORKSHOP_BACKUP_DIR"] = str(folder / "backups")


def _median(fn, repeat: int) -> float:
    return statistics.median(timed(fn, repeat))


def _names(prefix: str):
    counter = iter(range(1_000_000))
    return lambda suffix: f"{prefix}{next(counter)}{suffix}"


def bench_questionnaire_pdf(folder: Path) -> None:
    """The printable questionnaire of the demo, blank and for one stakeholder."""
    from crm_workshop.services import questionnaire as q

    demo = folder / "qpdf-demo.crmw"
    create_demo(demo).close()
    name = _names("q")
    print("\nQuestionnaire PDF of the demo, all areas (median of 5)")
    with WorkshopSession.open(demo) as session:
        person = session.stakeholders()[0].name
        for label, who in (("blank", None), ("for one stakeholder", person)):
            median = _median(
                lambda who=who: q.export_questionnaire(
                    session, folder / name(".pdf"), who
                ),
                5,
            )
            print(f"  {label}: {ms(median)}")


def _fill_workbook(path: Path, seed: int) -> None:
    """Answer every question of a questionnaire workbook, as a stakeholder would."""
    import openpyxl

    from crm_workshop.exchange.questionnaire_xlsx import (
        COL_CURRENT,
        COL_TARGET,
        FIRST_ROW,
    )

    book = openpyxl.load_workbook(path)
    for offset, ws in enumerate(book.worksheets[1:-1]):  # the area sheets
        for row in range(FIRST_ROW, ws.max_row + 1):
            if ws.cell(row, 1).value:
                level = (seed + offset + row) % 4 + 1
                ws.cell(row, COL_CURRENT).value = level
                ws.cell(row, COL_TARGET).value = level + 1
    book.save(path)


def _import_all(
    template: Path, books: list[Path], folder: Path, name, repeat: int
) -> float:
    """Median time to import ``books`` into a fresh copy of ``template`` (the copy
    and its opening are not timed)."""
    import shutil

    from crm_workshop.services.questionnaire_import import import_questionnaire

    samples = []
    for _ in range(repeat):
        copy = folder / name(".crmw")
        shutil.copy(template, copy)
        with WorkshopSession.open(copy) as session:
            start = time.perf_counter()
            for book in books:
                import_questionnaire(session, book)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _apply_all(template: Path, folder: Path, name, repeat: int) -> float:
    """Median time of the import's apply step for one read workbook per stakeholder
    (answers to every question, the plans built in memory: no reading timed) into a
    fresh copy of ``template``."""
    import shutil

    from crm_workshop.services.questionnaire_import import ImportPlan, apply_import

    samples = []
    for _ in range(repeat):
        copy = folder / name(".crmw")
        shutil.copy(template, copy)
        with WorkshopSession.open(copy) as session:
            round_name = session.rounds()[-1].name
            questions = [q.id for q in session.model.questions()]
            plans = [
                ImportPlan(
                    folder / f"{person.id}.xlsx",
                    (),
                    round_name=round_name,
                    stakeholder=person,
                    ratings=tuple(
                        Rating(0, qid, Answer.LEVEL, (n + i) % 5 + 1)
                        for i, qid in enumerate(questions)
                    ),
                )
                for n, person in enumerate(session.stakeholders())
            ]
            start = time.perf_counter()
            for plan in plans:
                apply_import(session, plan)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_questionnaire_xlsx(folder: Path) -> None:
    """Questionnaire workbooks: export and import, the demo and 200 stakeholders."""
    from crm_workshop.services import questionnaire as q

    name = _names("x")
    print("\nQuestionnaire workbooks (.xlsx), all areas")
    demo = folder / "qx-demo.crmw"
    create_demo(demo).close()
    with WorkshopSession.open(demo) as session:
        person = session.stakeholders()[0].name
        one = _median(
            lambda: q.export_questionnaire(session, folder / name(".xlsx"), person), 5
        )
    book = folder / "qx-demo-filled.xlsx"
    with WorkshopSession.open(demo) as session:
        q.export_questionnaire(session, book, person)
    _fill_workbook(book, 1)
    imported = _import_all(demo, [book], folder, name, 5)
    print(
        f"  demo, one stakeholder (median of 5): export {ms(one).strip()}, "
        f"import of the filled workbook {ms(imported).strip()}"
    )

    large = folder / "qx-200.crmw"
    synthetic_workshop(large, 200, 1)
    samples = []
    for _ in range(3):
        out = folder / name("")
        out.mkdir()
        with WorkshopSession.open(large) as session:
            start = time.perf_counter()
            written = q.export_all(session, out, q.XLSX)
            samples.append(time.perf_counter() - start)
    export_all = statistics.median(samples)
    books = [result.path for result in written]
    for seed, path in enumerate(books):
        _fill_workbook(path, seed)
    import_all = _import_all(large, books, folder, name, 3)
    count = len(books)
    print(
        f"  200 stakeholders x 28 questions (median of 3): export of {count} "
        f"workbooks {export_all:.1f} s ({ms(export_all / count).strip()} each), "
        f"import of {count} filled workbooks {import_all:.1f} s "
        f"({ms(import_all / count).strip()} each)"
    )
    per_file = {}
    for size in (100, 200, 400):
        template = folder / f"qx-apply-{size}.crmw"
        synthetic_workshop(template, size, 1)
        per_file[size] = _apply_all(template, folder, name, 3) / size
    print(
        "  the import's apply step alone, per workbook (median of 3): "
        + ", ".join(f"{n} stakeholders {ms(t).strip()}" for n, t in per_file.items())
        + f"; 400 vs 100: x{per_file[400] / per_file[100]:.2f} (flat when linear)"
    )


def bench_json(folder: Path) -> None:
    """The whole workshop as JSON: export and import."""
    from crm_workshop.services.workshop_json import (
        export_workshop_json,
        import_workshop_json,
    )

    demo = folder / "json-demo.crmw"
    create_demo(demo).close()
    large = folder / "json-1000.crmw"
    ratings = synthetic_workshop(large, 1000, 1)
    name = _names("j")
    print("\nJSON export and import of the whole workshop (median of 3)")
    for label, path in (
        ("demo workshop", demo),
        (f"1,000 stakeholders x 1 round ({ratings:,} answers)", large),
    ):
        document = folder / name(".json")
        with WorkshopSession.open(path) as session:
            size = export_workshop_json(session, document).size
            exported = _median(
                lambda s=session: export_workshop_json(s, folder / name(".json")), 3
            )
        imported = _median(
            lambda d=document: import_workshop_json(d, folder / name(".crmw")), 3
        )
        print(
            f"  {label} ({size / 1e6:.2f} MB): export {ms(exported).strip()}, "
            f"import {ms(imported).strip()}"
        )


def bench_docx(folder: Path) -> None:
    """The roadmap report as an editable Word document."""
    from crm_workshop.services.report import ReportOptions, export_report

    demo = folder / "docx-demo.crmw"
    create_demo(demo).close()
    name = _names("d")
    with WorkshopSession.open(demo) as session:
        median = _median(
            lambda: export_report(
                session, folder / name(".docx"), ReportOptions(file_format="docx")
            ),
            3,
        )
    print(f"\nWord (.docx) roadmap report of the demo (median of 3): {ms(median)}")


def bench_progress_pdf(folder: Path) -> None:
    """The progress report of the demo with its follow-up round."""
    from crm_workshop.services.progress_report import export_progress_report

    demo = folder / "progress-demo.crmw"
    create_demo(demo, follow_up=True).close()
    name = _names("p")
    with WorkshopSession.open(demo) as session:
        median = _median(
            lambda: export_progress_report(session, folder / name(".pdf")), 3
        )
    print(
        "\nProgress PDF of the demo, follow-up against baseline "
        f"(median of 3): {ms(median)}"
    )


GUI_SCRIPT = str(Path(__file__).resolve().parent / "bench_gui.py")


def _child(*args: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, GUI_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=True,
    )
    return time.perf_counter() - start, result.stdout


def _compile_bytecode() -> None:
    """Start-up as installed: an installed wheel or bundle ships compiled bytecode.

    Without it (``PYTHONDONTWRITEBYTECODE`` set, or a first run) every start also
    compiles every module, which users do not pay; both the bare window and the app
    are measured with bytecode in place.
    """
    import PySide6
    import shiboken6

    import crm_workshop

    compileall.compile_dir(Path(crm_workshop.__file__).parent, quiet=2)
    for package in (PySide6, shiboken6):  # their Python files sit at the top level
        compileall.compile_dir(Path(package.__file__).parent, maxlevels=0, quiet=2)


def bench_gui(folder: Path) -> None:
    _compile_bytecode()
    demo = folder / "gui-demo.crmw"
    create_demo(demo).close()
    # interleaved, so that the machine's changing load falls on every kind alike
    kinds = {
        "bare": ("bare",),
        **{f"floor {step}": ("floor", step, str(demo)) for step in FLOOR_STEPS},
        "app": ("app", str(demo)),
    }
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(7):
        for kind, args in kinds.items():
            times[kind].append(_child(*args)[0])
    median = {kind: statistics.median(values) for kind, values in times.items()}
    print(
        "\nCold start to the first painted window (median of 7, offscreen, incl. interpreter,"
        " bytecode compiled as installed)"
    )
    print(f"  bare PySide6 QMainWindow {ms(median['bare'])}")
    print(
        f"  CRM Workshop, demo open  {ms(median['app'])}"
        f"   ratio {median['app'] / median['bare']:.2f} (target <= 1.5)"
    )
    print(
        "  the bare window after the app's work before any window of its own"
        " (cumulative; none of its GUI):"
    )
    for step, label in zip(
        FLOOR_STEPS,
        (
            "+ the Qt namespace's enums",
            "+ the domain's modules",
            "+ storage and services",
            "+ the demo opened and read",
        ),
        strict=True,
    ):
        value = median[f"floor {step}"]
        print(f"    {label:28s} {ms(value)}   ratio {value / median['bare']:.2f}")

    forty = folder / "forty.crmw"
    synthetic_workshop(forty, 40, 1)
    _, out = _child("keys", str(forty))
    median, p95 = out.split("KEYS ")[1].split()
    print(
        "\nRating key press to the live radar repainted, 40 stakeholders (100 presses)"
    )
    print(
        f"  median {float(median):8.2f} ms   p95 {float(p95):8.2f} ms   target: median <= 16 ms"
    )

    thousand = folder / "thousand.crmw"
    synthetic_workshop(thousand, 1000, 1)
    _, out = _child("memory", str(thousand))
    print("\nPeak memory with the 1,000-stakeholder workshop open (charts shown)")
    print(f"  {out.split('MEMORY ')[1].strip()} MB   target < 400 MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # automatic backups of the benchmarks' workshops stay in the temporary folder
        os.environ["CRM_WORKSHOP_BACKUP_DIR"] = str(folder / "backups")
        bench_rating_writes(folder)
        bench_summary(folder)
        bench_demo(folder)
        bench_report(folder)
        bench_backups(folder)
        bench_questionnaire_pdf(folder)
        bench_questionnaire_xlsx(folder)
        bench_json(folder)
        bench_docx(folder)
        bench_progress_pdf(folder)
        if "--no-gui" not in sys.argv:
            bench_gui(folder)


if __name__ == "__main__":
    main()
