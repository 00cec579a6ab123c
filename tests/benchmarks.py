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
    bare = [_child("bare")[0] for _ in range(5)]
    app = [_child("app", str(demo))[0] for _ in range(5)]
    print(
        "\nCold start to the first painted window (median of 5, offscreen, incl. interpreter,"
        " bytecode compiled as installed)"
    )
    print(f"  bare PySide6 QMainWindow {ms(statistics.median(bare))}")
    print(
        f"  CRM Workshop, demo open  {ms(statistics.median(app))}"
        f"   ratio {statistics.median(app) / statistics.median(bare):.2f} (target <= 1.5)"
    )

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
        if "--no-gui" not in sys.argv:
            bench_gui(folder)


if __name__ == "__main__":
    main()
