"""Proof that no answer is ever lost: kills, damaged files, crafted files, two instances.

Run with ``python tests/harness.py [--quick] [--seed N]``. Prints a table (case, tried,
passed, lost writes, seconds) and the notes behind it; exits 1 when any case failed.
Every random choice comes from the seed, so a run can be repeated exactly (the moments
of the kills depend on the machine's speed too).

The processes that are killed or that open damaged files are ``tests/harness_child.py``;
a segfault or a hang in one of them shows as a failed case, never takes the harness down.

Cases:

* kill while writing: a child writes answers one by one and prints each acknowledged
  write; SIGKILL at a random moment; then the file must open the normal way, pass
  ``integrity_check`` and the app's own check, and hold every acknowledged answer with
  its value (the one write in flight may or may not be there).
* kill during a CSV import: either every row of the file is there or none is.
* kill during an upgrade (files of schema version 1 and 2): the file opens afterwards
  with all its answers, and any backup ``NAME.before-upgrade-vN.crmw`` is complete.
* kill during ``crm-workshop report``: the target is absent or a complete PDF.
* temporary files left behind by the killed upgrades and exports.
* damaged copies of a real workshop (bit flips, truncation, zeroed 4 KiB pages, header
  damage), opened the app's way in a child: each opens or is refused with a typed
  error and a message; the file's bytes and modification time never change.
* ``recover`` on the same damaged copies: a healthy new workshop, or a typed refusal;
  the damaged file never changes.
* crafted files (triggers, views, extra tables, indexes and columns, altered table
  definitions, huge blobs, bogus ``user_version`` and ``application_id``): refused
  before any of their SQL runs (a trigger that would write never fires).
* a second process opening a workshop another one has open is refused.
* disk fills up while writing answers: a child writes answers under a file-size limit
  (its own ``RLIMIT_FSIZE`` at a random size above the file's, SIGXFSZ ignored, so a
  write fails with EFBIG as on a full disk) until one is refused with a typed error;
  the refused answer is not in the file, and once the limit is lifted the same write
  succeeds in the same session. Then the file opens, passes ``integrity_check`` and
  the app's check, and holds every acknowledged answer with its value and comment.
* a workshop whose lock file names another computer (a synced folder) or a live other
  program: opening for writing is refused, read-only works, nothing is written.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crm_workshop.catalog import default_model  # noqa: E402
from crm_workshop.domain.assessment import Answer, Rating, RoundKind  # noqa: E402
from crm_workshop.domain.engagement import Engagement  # noqa: E402
from crm_workshop.services.demo import create_demo  # noqa: E402
from crm_workshop.services.workshop import WorkshopSession  # noqa: E402
from crm_workshop.storage import repository as repo  # noqa: E402
from crm_workshop.storage.database import (  # noqa: E402
    WorkshopDatabase,
    sqlite_utils_database,
)
from crm_workshop.storage.schema import (  # noqa: E402
    APPLICATION_ID,
    SCHEMA_VERSION,
    apply_migrations,
)

CHILD = Path(__file__).resolve().with_name("harness_child.py")
PAGE = 4096


@dataclass(frozen=True)
class Plan:
    kills_while_writing: int
    kills_during_import: int
    kills_during_upgrade: int
    kills_during_report: int
    damaged_per_kind: int
    second_instances: int
    disk_fills: int = 0


FULL = Plan(220, 30, 30, 16, 60, 10, 40)
QUICK = Plan(40, 8, 8, 4, 15, 3, 30)


@dataclass
class Row:
    case: str
    tried: int = 0
    passed: int = 0
    lost_writes: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.passed == self.tried and self.lost_writes == 0


@contextlib.contextmanager
def timed(row: Row) -> Iterator[Row]:
    start = time.perf_counter()
    try:
        yield row
    finally:
        row.seconds = time.perf_counter() - start


MEMORY_LIMIT = 3 * 1024**3  # a runaway child fails (and is counted), not the machine


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def child(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        preexec_fn=_limit_memory,
    )


def kill_after(process: subprocess.Popen[str], delay: float) -> str:
    """SIGKILL ``process`` after ``delay`` seconds (unless it ended); its whole output."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out


def full_run(*args: object) -> float:
    """Seconds a child works, from its ``go`` to its end (to spread the kills over)."""
    process = child(*args)
    assert process.stdout is not None
    process.stdout.readline()
    start = time.perf_counter()
    process.communicate()
    return time.perf_counter() - start


def kill_after_go(process: subprocess.Popen[str], delay: float) -> str:
    """SIGKILL ``process`` ``delay`` seconds after it said ``go``; its whole output."""
    assert process.stdout is not None
    first = process.stdout.readline()
    return first + kill_after(process, delay)


def complete_lines(out: str) -> list[str]:
    """The lines the child finished printing (a kill may cut the last one)."""
    return out.split("\n")[:-1]


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def leftovers(folder: Path) -> list[str]:
    """Temporary files (the app's are hidden: they start with a dot).

    A killed process's lock file is no temporary: the next open replaces it
    (``stale_lock_problem`` checks that).
    """
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".") and not p.name.endswith(".crmw.lock")
    )


def stale_lock_problem(path: Path) -> str:
    """The lock file a killed process left beside ``path``: the next open must replace
    it as stale, and it must be gone once that closes. Empty when all is well."""
    from crm_workshop.storage.lockfile import lock_file_for

    lock = lock_file_for(path)
    if not lock.exists():
        return ""
    try:
        with WorkshopSession.open(path) as session:
            state = session.lock.state if session.lock else None
    except Exception as exc:
        return f"does not open over the killed process's lock file: {exc}"
    if state != "replaced-stale":
        return f"the killed process's lock file was {state}, not replaced as stale"
    return "the lock file stayed after closing" if lock.exists() else ""


# -- workshops to work on ---------------------------------------------------------
def real_workshop(path: Path, rng: random.Random) -> Path:
    """The demo workshop plus a logo and an evidence file (so blobs span pages)."""
    with create_demo(path) as session:
        session.set_logo(rng.randbytes(20_000), "image/png")
        photo = path.with_name("whiteboard.jpg")
        photo.write_bytes(rng.randbytes(30_000))
        session.attach_evidence(photo, question_id="1.1", note="whiteboard")
        photo.unlink()
    return path


def old_workshop(path: Path, version: int, rng: random.Random) -> int:
    """A workshop of schema ``version`` (1 or 2) with answers; returns their number."""
    conn = sqlite3.connect(path, isolation_level="")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    apply_migrations(sqlite_utils_database(conn), up_to=version)
    ws = WorkshopDatabase(path, conn, read_only=False)
    model = default_model()
    repo.init_engagement(ws, Engagement(client_name="Stary Młyn S.A."), model, "test")
    repo.set_logo(ws, rng.randbytes(400_000), "image/png")
    round_id = repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-01")
    ratings = []
    for n in range(30):
        sid = repo.add_stakeholder(ws, f"Osoba {n} Żółć", department="it")
        ratings += [
            Rating(sid, q.id, Answer.LEVEL, rng.randint(1, 5), rng.randint(1, 5))
            for q in model.questions()
        ]
    count = repo.set_ratings(ws, round_id, ratings)
    ws.close()
    return count


def stored_answers(session: WorkshopSession) -> dict[tuple[int, str], int | None]:
    return {
        (r.stakeholder_id, r.question_id): r.current
        for round_ in session.rounds()
        for r in session.ratings(round_.id)
    }


# -- kills ------------------------------------------------------------------------
def kills_while_writing(folder: Path, count: int, rng: random.Random) -> Row:
    row = Row("kill while writing answers")
    path = folder / "pisanie.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Zapis sp. z o.o.")):
        pass
    expected: dict[tuple[int, str], int] = {}
    acknowledged_total = 0
    in_flight_kept = 0
    with timed(row):
        for attempt in range(count):
            row.tried += 1
            out = kill_after(
                child("write", path, rng.randrange(10**9)), rng.uniform(0.05, 0.6)
            )
            in_flight = None
            for line in complete_lines(out):
                kind, sid, question, value = line.split()
                key = (int(sid), question)
                if kind == "A":
                    expected[key] = int(value)
                    acknowledged_total += 1
                    in_flight = None
                else:
                    in_flight = (key, int(value))
            try:
                with WorkshopSession.open(path) as session:
                    problems = session.check()
                    stored = stored_answers(session)
            except Exception as exc:
                row.notes.append(f"kill {attempt}: the file did not open: {exc}")
                continue
            if in_flight and stored.get(in_flight[0]) == in_flight[1]:
                if expected.get(in_flight[0]) != in_flight[1]:
                    in_flight_kept += 1
                expected[in_flight[0]] = in_flight[1]
            lost = sum(stored.get(key) != value for key, value in expected.items())
            row.lost_writes += lost
            if problems:
                row.notes.append(f"kill {attempt}: check found {problems[:3]}")
            if not problems and not lost:
                row.passed += 1
    row.notes.append(
        f"{acknowledged_total} acknowledged writes in all, {len(expected)} distinct "
        f"answers checked after every kill; the write in flight was already "
        f"committed {in_flight_kept} times"
    )
    return row


def import_csv_text(tag: int, people: int, questions: list[str]) -> str:
    lines = ["stakeholder,department,question_id,current,target,comment"]
    for n in range(people):
        for i, question in enumerate(questions):
            lines.append(
                f"Import {tag} osoba {n},it,{question},{(n + i) % 5 + 1},5,zażółć {n}"
            )
    return "\n".join(lines) + "\n"


def kills_during_import(folder: Path, count: int, rng: random.Random) -> Row:
    row = Row("kill during CSV import")
    path = folder / "import.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Import S.A.")):
        pass
    questions = [q.id for q in default_model().questions()]
    people = 40
    rows_per_file = people * len(questions)
    outcomes: Counter[str] = Counter()
    trial = folder / "trial.crmw"
    shutil.copyfile(path, trial)
    trial_csv = folder / "trial.csv"
    trial_csv.write_text(import_csv_text(-1, people, questions), "utf-8")
    full = full_run("import", trial, trial_csv, "Trial")
    with timed(row):
        for attempt in range(count):
            row.tried += 1
            csv_path = folder / f"import-{attempt}.csv"
            csv_path.write_text(import_csv_text(attempt, people, questions), "utf-8")
            round_name = f"Import {attempt}"
            out = kill_after_go(
                child("import", path, csv_path, round_name), rng.uniform(0, full)
            )
            done = any(line.startswith("done") for line in complete_lines(out))
            try:
                with WorkshopSession.open(path) as session:
                    rounds = {r.name: r.id for r in session.rounds()}
                    present = (
                        len(session.ratings(rounds[round_name]))
                        if round_name in rounds
                        else 0
                    )
                    people_in = sum(
                        s.name.startswith(f"Import {attempt} ")
                        for s in session.stakeholders()
                    )
                    problems = session.check()
            except Exception as exc:
                row.notes.append(f"kill {attempt}: the file did not open: {exc}")
                continue
            whole = present == rows_per_file and people_in == people
            nothing = present == 0 and people_in == 0 and round_name not in rounds
            outcomes["complete" if whole else "absent" if nothing else "partial"] += 1
            if done and not whole:
                row.lost_writes += rows_per_file - present
            if (whole or nothing) and not problems:
                row.passed += 1
            else:
                row.notes.append(
                    f"kill {attempt}: {present} of {rows_per_file} rows, "
                    f"{people_in} of {people} people, problems {problems[:3]}"
                )
    row.notes.append(
        f"{rows_per_file} rows per file, a whole import takes {full:.2f} s; "
        "after the kill: " + ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
    )
    return row


def kills_during_upgrade(
    folder: Path, count: int, rng: random.Random
) -> tuple[Row, list[str]]:
    row = Row("kill during upgrade (v1/v2 file)")
    templates = {}
    for version in (1, 2):
        template = folder / f"template-v{version}.crmw"
        templates[version] = (template, old_workshop(template, version, rng))
    left: list[str] = []
    outcomes: Counter[str] = Counter()
    trial = folder / "trial" / "trial.crmw"
    trial.parent.mkdir()
    shutil.copyfile(templates[1][0], trial)
    full = full_run("upgrade", trial)
    with timed(row):
        for attempt in range(count):
            row.tried += 1
            version = 1 + attempt % 2
            template, answers = templates[version]
            work = folder / f"upgrade-{attempt}"
            work.mkdir()
            path = work / f"Warsztat v{version}.crmw"
            shutil.copyfile(template, path)
            out = kill_after_go(child("upgrade", path), rng.uniform(0, full))
            done = any(line.startswith("done") for line in complete_lines(out))
            left += [f"{work.name}/{name}" for name in leftovers(work)]
            backups = sorted(work.glob("*.before-upgrade-v*.crmw"))
            header_version = int.from_bytes(path.read_bytes()[60:64], "big")
            outcomes[
                "upgraded" if header_version == SCHEMA_VERSION else f"still v{version}"
            ] += 1
            good = True
            if done and header_version != SCHEMA_VERSION:
                good = False
                row.notes.append(f"kill {attempt}: upgrade acknowledged but not kept")
            for candidate in [path, *backups]:
                problem = upgrade_problem(candidate, answers, folder)
                if problem:
                    good = False
                    row.notes.append(f"kill {attempt}: {candidate.name}: {problem}")
            outcomes["lock file left"] += path.with_name(f".{path.name}.lock").exists()
            problem = stale_lock_problem(path)
            if problem:
                good = False
                row.notes.append(f"kill {attempt}: {problem}")
            row.passed += good
    row.notes.append(
        f"a whole upgrade takes {full:.2f} s; after the kill: "
        + ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
    )
    return row, left


def upgrade_problem(path: Path, answers: int, scratch: Path) -> str:
    """Why ``path`` (opened on a copy, as a user would open a backup) is not intact."""
    copy = scratch / "opened-copy.crmw"
    shutil.copyfile(path, copy)
    try:
        with WorkshopSession.open(copy) as session:
            problems = session.check()
            found = sum(len(session.ratings(r.id)) for r in session.rounds())
    except Exception as exc:
        return f"does not open: {exc}"
    finally:
        for stale in scratch.glob("opened-copy*"):
            stale.unlink()
    if problems:
        return f"check: {problems[:3]}"
    if found != answers:
        return f"{found} of {answers} answers"
    return ""


def kills_during_report(
    folder: Path, count: int, rng: random.Random
) -> tuple[Row, list[str]]:
    from pypdf import PdfReader

    row = Row("kill during PDF report")
    source = folder / "raport.crmw"
    create_demo(source).close()
    reference = folder / "reference.pdf"
    full = full_run("report", source, reference)
    pages = len(PdfReader(reference).pages)
    out_folder = folder / "reports"
    out_folder.mkdir()
    outcomes: Counter[str] = Counter()
    with timed(row):
        for attempt in range(count):
            row.tried += 1
            target = out_folder / f"raport-{attempt}.pdf"
            kill_after_go(child("report", source, target), rng.uniform(0, full))
            if not target.exists():
                outcomes["absent"] += 1
                row.passed += 1
                continue
            try:
                complete = len(PdfReader(target).pages) == pages
            except Exception as exc:
                complete = False
                row.notes.append(f"kill {attempt}: unreadable PDF: {exc}")
            outcomes["complete" if complete else "damaged"] += 1
            row.passed += complete
    row.notes.append(
        f"a full export takes {full:.1f} s ({pages} pages); after the kill: "
        + ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
    )
    # the consultant exports again: the part files the killed exports left go
    full_run("report", source, out_folder / "raport-again.pdf")
    return row, leftovers(out_folder)


# -- running children over many files, surviving their crashes and hangs ------------
BATCH = 20


def run_batches(
    mode: str, items: list[tuple[str, ...]], per_item: float = 3.0
) -> dict[str, dict[str, object]]:
    """Run ``mode`` over ``items`` (argument tuples, first = key) in child processes.

    A child that dies from a signal or hangs marks its current item ``crashed`` or
    ``hung``; the rest continue in a new child.
    """
    results: dict[str, dict[str, object]] = {}
    pending = list(items)
    while pending:
        batch = pending[:BATCH]
        process = child(mode, *(arg for item in batch for arg in item))
        try:
            out, err = process.communicate(timeout=5 + per_item * len(batch))
            hung = False
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            hung = True
        current = None
        for line in complete_lines(out):
            record = json.loads(line)
            if record["outcome"] == "started":
                current = record["path"]
            else:
                results[record["path"]] = record
                current = None
        missing = [item[0] for item in batch if item[0] not in results]
        if missing:
            current = current or missing[0]  # died between two items
            results[current] = {
                "outcome": "hung" if hung else "crashed",
                "message": f"exit {process.returncode}: {err.strip()[-300:]}",
            }
        pending = [item for item in pending if item[0] not in results]
    return results


# -- damaged files -------------------------------------------------------------------
def damage(data: bytes, kind: str, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    if kind == "bit flips":
        for _ in range(rng.randint(1, 8)):
            offset = rng.randrange(len(damaged))
            damaged[offset] ^= 1 << rng.randrange(8)
    elif kind == "truncation":
        damaged = damaged[: rng.randrange(len(damaged))]
    elif kind == "zeroed 4 KiB page":
        page = rng.randrange(len(damaged) // PAGE)
        damaged[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
    elif kind == "header damage":
        for _ in range(rng.randint(1, 4)):
            offset = rng.randrange(100)
            damaged[offset] = rng.randrange(256)
    return bytes(damaged)


KINDS = ("bit flips", "truncation", "zeroed 4 KiB page", "header damage")
OLD = 1_600_000_000_000_000_000  # a fixed modification time, so any write shows


def damaged_copies(
    folder: Path, per_kind: int, rng: random.Random
) -> tuple[list[tuple[Path, str]], dict[Path, tuple[str, int]]]:
    base = real_workshop(folder / "prawdziwy.crmw", rng)
    data = base.read_bytes()
    files = []
    for kind in KINDS:
        for n in range(per_kind):
            path = folder / f"{kind.split()[0]}-{n}.crmw"
            damaged = damage(data, kind, rng)
            while damaged == data:  # a header byte set to its own value
                damaged = damage(data, kind, rng)
            path.write_bytes(damaged)
            os.utime(path, ns=(OLD, OLD))
            files.append((path, kind))
    return files, {path: fingerprint(path) for path, _ in files}


def unchanged(path: Path, before: tuple[str, int]) -> bool:
    sidecars = [Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")]
    return fingerprint(path) == before and not any(p.exists() for p in sidecars)


TYPED = {
    "CorruptWorkshop",
    "NotAWorkshop",
    "ForeignDatabase",
    "NewerWorkshop",
    "UntrustedContent",
    "WorkshopReadOnly",
    "NothingToRecover",
}


def corruption(
    folder: Path, per_kind: int, rng: random.Random
) -> tuple[Row, Row, list[tuple[Path, str]]]:
    opened = Row("damaged file opened")
    recovered = Row("damaged file recovered")
    files, before = damaged_copies(folder, per_kind, rng)
    by_kind: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    with timed(opened):
        results = run_batches("open", [(str(path),) for path, _ in files])
        for path, kind in files:
            opened.tried += 1
            result = results[str(path)]
            outcome = str(result["outcome"])
            label = outcome if outcome != "refused" else str(result["error"])
            by_kind[kind][label] += 1
            typed = outcome == "opened" or (
                outcome == "refused"
                and result["error"] in TYPED
                and str(result["message"]).split(": ", 1)[-1].strip()
            )
            if typed and unchanged(path, before[path]):
                opened.passed += 1
            else:
                opened.notes.append(
                    f"{path.name}: {result} (unchanged: "
                    f"{unchanged(path, before[path])})"
                )
    for kind, counts in by_kind.items():
        opened.notes.append(
            f"{kind}: " + ", ".join(f"{n} {k}" for k, n in counts.most_common())
        )
    salvaged: Counter[str] = Counter()
    with timed(recovered):
        out = folder / "recovered"
        out.mkdir()
        items = [(str(path), str(out / path.name)) for path, _ in files]
        results = run_batches("recover", items, per_item=6.0)
        for path, _ in files:
            recovered.tried += 1
            result = results[str(path)]
            outcome = str(result["outcome"])
            salvaged[outcome if outcome != "refused" else str(result["error"])] += 1
            ok = outcome == "recovered" or (
                outcome == "refused" and result["error"] in TYPED
            )
            if ok and unchanged(path, before[path]):
                recovered.passed += 1
            else:
                recovered.notes.append(f"{path.name}: {result}")
    recovered.notes.append(
        "outcomes: " + ", ".join(f"{n} {k}" for k, n in salvaged.most_common())
    )
    return opened, recovered, files


# -- crafted files ---------------------------------------------------------------------
MARK = "Klient Ufny S.A."


def crafted(base: Path, folder: Path) -> list[tuple[Path, str, set[str]]]:
    """(file, what was done, outcomes that pass) for each crafted workshop."""

    def variant(name: str, *statements: str) -> Path:
        path = folder / f"{name}.crmw"
        shutil.copyfile(base, path)
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        return path

    refused = {"UntrustedContent"}
    ratings_sql = (
        sqlite3.connect(base)
        .execute("SELECT sql FROM sqlite_master WHERE name = 'ratings'")
        .fetchone()[0]
    )
    altered = (
        ratings_sql.rstrip().removesuffix(")")
        + ", CHECK (current_level IS NULL OR current_level < 5))"
    )
    return [
        (
            variant(
                "trigger",
                "CREATE TRIGGER hijack AFTER INSERT ON ratings BEGIN "
                "UPDATE engagement SET client_name = 'hijacked'; END",
            ),
            "a trigger that rewrites the client on every answer",
            refused,
        ),
        (
            variant(
                "trigger-on-open",
                "CREATE TRIGGER on_open BEFORE UPDATE ON engagement BEGIN "
                "DELETE FROM ratings; END",
            ),
            "a trigger that deletes every answer",
            refused,
        ),
        (
            variant("view", "CREATE VIEW everything AS SELECT * FROM ratings"),
            "a view",
            refused,
        ),
        (
            variant("table", "CREATE TABLE payload (x BLOB)"),
            "an extra table",
            refused,
        ),
        (
            variant("index", "CREATE INDEX sneaky ON ratings (comment)"),
            "an extra index",
            refused,
        ),
        (
            variant("column", "ALTER TABLE ratings ADD COLUMN extra TEXT"),
            "an extra column",
            refused,
        ),
        (
            variant(
                "altered",
                "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = "
                + sqlite_quote(altered)
                + " WHERE name = 'ratings'",
            ),
            "a table definition changed (CHECK refusing level 5, same columns)",
            refused,
        ),
        (
            variant(
                "huge-blob",
                "INSERT INTO evidence (filename, mime_type, content, added_at) "
                "VALUES ('huge.bin', 'application/octet-stream', "
                "zeroblob(60000000), '2026-10-01')",
            ),
            "a 60 MB evidence blob (over the 50 MB the app accepts)",
            {"opened"},
        ),
        (
            variant("version-99", "PRAGMA user_version = 99"),
            "user_version 99",
            {"NewerWorkshop"},
        ),
        (
            variant("version-0", "PRAGMA user_version = 0"),
            "user_version 0",
            refused,
        ),
        (
            variant("version-2", "PRAGMA user_version = 2"),
            "user_version 2 on a newer schema (must not be 'upgraded')",
            refused,
        ),
        (
            variant("application-id", "PRAGMA application_id = 1234"),
            "another application_id",
            {"ForeignDatabase"},
        ),
    ]


def sqlite_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def untrusted(folder: Path, rng: random.Random) -> Row:
    row = Row("crafted file refused")
    work = folder / "crafted"
    work.mkdir()
    base = work / "base.crmw"
    with WorkshopSession.create(base, Engagement(client_name=MARK)) as session:
        round_id = session.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
        sid = session.add_stakeholder("Anna Źródło")
        session.rate(round_id, Rating(sid, "1.1", Answer.LEVEL, 4))
    cases = crafted(base, work)
    before = {}
    for path, _, _ in cases:
        os.utime(path, ns=(OLD, OLD))
        before[path] = fingerprint(path)
    with timed(row):
        results = run_batches("open", [(str(path),) for path, _, _ in cases])
        for path, what, allowed in cases:
            row.tried += 1
            result = results[str(path)]
            outcome = str(result["outcome"])
            label = outcome if outcome != "refused" else str(result["error"])
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            client, answers = conn.execute(
                "SELECT (SELECT client_name FROM engagement), "
                "(SELECT count(*) FROM ratings)"
            ).fetchone()
            conn.close()
            untouched = (
                unchanged(path, before[path])
                and client == MARK
                and answers == 1
                and not list(work.glob(f"{path.stem}.before-upgrade*"))
            )
            if label in allowed and untouched:
                row.passed += 1
                row.notes.append(f"{what}: {label}")
            else:
                row.notes.append(
                    f"FAILED {what}: {label} ({result.get('message', '')}); "
                    f"file unchanged: {untouched}"
                )
    return row


# -- two instances ------------------------------------------------------------------
def second_instance(folder: Path, count: int) -> Row:
    row = Row("second instance refused")
    path = folder / "dwa.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Dwa Okna")):
        pass
    with timed(row):
        for attempt in range(count):
            holder = child("hold", path)
            try:
                assert holder.stdout is not None
                if holder.stdout.readline().strip() != "open":
                    row.notes.append(f"attempt {attempt}: the first instance failed")
                    row.tried += 1
                    continue
                before = fingerprint(path)
                results = run_batches("open", [(str(path),)])
                for read_only in (False, True):
                    row.tried += 1
                    if not read_only:
                        result = results[str(path)]
                        label = result.get("error", result["outcome"])
                    else:
                        try:
                            WorkshopSession.open(path, read_only=True).close()
                            label = "opened"
                        except Exception as exc:
                            label = type(exc).__name__
                    if label == "WorkshopLocked" and fingerprint(path) == before:
                        row.passed += 1
                    else:
                        row.notes.append(
                            f"attempt {attempt} (read-only: {read_only}): {label}"
                        )
            finally:
                holder.kill()
                holder.communicate()
    row.notes.append("each attempt: one process opening for writing, one read-only")
    return row


def foreign_lock(folder: Path, count: int) -> Row:
    """A lock file saying another computer (or a live other program on this one) has
    the workshop open for writing: a process opening it for writing is refused with
    ``OpenedElsewhere``; read-only opens and names the other; nothing is written."""
    from crm_workshop.storage.lockfile import lock_file_for, new_owner, this_computer

    row = Row("foreign lock file refused")
    path = folder / "cudzy.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Cudzy Zamek")) as s:
        round_id = s.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
        sid = s.add_stakeholder("Anna Źródło")
        s.rate(round_id, Rating(sid, "1.1", Answer.LEVEL, 4))
    lock = lock_file_for(path)
    with timed(row):
        for attempt in range(count):
            here = attempt % 2 == 1
            sleeper = (
                subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
                if here
                else None
            )
            try:
                owner = replace(
                    new_owner(),
                    host=this_computer() if here else f"LAPTOP-{attempt:04d}",
                    user="anna",
                    pid=sleeper.pid if sleeper else 4242,
                    opened_at="2026-10-05T08:30:00+00:00",
                )
                lock.write_bytes(owner.to_bytes())
                os.utime(path, ns=(OLD, OLD))
                before = folder_state(path, lock)
                result = run_batches("open", [(str(path),)])[str(path)]
                label = result.get("error", result["outcome"])
                row.tried += 1
                if label == "OpenedElsewhere" and folder_state(path, lock) == before:
                    row.passed += 1
                else:
                    row.notes.append(f"attempt {attempt} (writing): {label}")
                row.tried += 1
                try:
                    with WorkshopSession.open(path, read_only=True) as session:
                        status = session.lock
                        answers = len(session.ratings(round_id))
                    seen = status.previous if status else None
                    label = (
                        f"opened, lock {status.state if status else None}, "
                        f"{answers} answer(s), seen {seen.host if seen else None}"
                    )
                    good = (
                        status is not None
                        and status.state == "foreign"
                        and seen is not None
                        and seen.host == owner.host
                        and answers == 1
                    )
                except Exception as exc:
                    label, good = type(exc).__name__, False
                if good and folder_state(path, lock) == before:
                    row.passed += 1
                else:
                    row.notes.append(f"attempt {attempt} (read-only): {label}")
            finally:
                if sleeper is not None:
                    sleeper.kill()
                    sleeper.wait()
    lock.unlink()
    row.notes.append(
        "each attempt: one process opening for writing, one read-only; the lock of "
        "another computer, or of a live other program on this one"
    )
    return row


def folder_state(path: Path, lock: Path) -> tuple[object, ...]:
    """The workshop's bytes and time, its lock file's bytes, the names in its folder."""
    names = sorted(p.name for p in path.parent.iterdir())
    return fingerprint(path), lock.read_bytes(), names


# -- a disk that fills up ----------------------------------------------------------------
DISK_FILL_ERRORS = {"DiskFull", "WriteFailed"}


def disk_fills_up(folder: Path, count: int, rng: random.Random) -> Row:
    """Each try: a child writes answers until its file-size limit refuses one (see
    ``fill`` in harness_child.py); afterwards the file must open the normal way, pass
    the checks and hold every acknowledged answer, value and comment."""
    row = Row("disk fills up while writing answers")
    path = folder / "pelny.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Pełny Dysk sp. z o.o.")):
        pass
    expected: dict[tuple[int, str], tuple[int, str]] = {}
    acknowledged_total = 0
    refusals: Counter[str] = Counter()
    with timed(row):
        for attempt in range(count):
            row.tried += 1
            slack = rng.randrange(0, 24 * PAGE)  # any size, page-aligned or not
            process = child("fill", path, attempt, slack)
            try:
                out, err = process.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
                out, err = process.communicate()
            problems = []
            refused = None
            for line in complete_lines(out):
                kind, *fields = line.split(" ", 4)
                if kind == "A":
                    sid, question, value, digest = fields
                    expected[(int(sid), question)] = (int(value), digest)
                    acknowledged_total += 1
                elif kind == "F":
                    refused = fields[0]
                elif kind == "R" and refused is not None:
                    held = before_refusal(out, fields)
                    if held:
                        problems.append(held)
            if refused is None or refused not in DISK_FILL_ERRORS:
                problems.append(f"no typed refusal (got {refused})")
            if process.returncode != 0 or "done" not in out or "Traceback" in err:
                problems.append(f"the child failed: {err.strip()[-300:]}")
            refusals[str(refused)] += 1
            try:
                with WorkshopSession.open(path) as session:
                    problems += session.check()
                    stored = stored_comments(session)
            except Exception as exc:
                row.notes.append(f"try {attempt}: the file did not open: {exc}")
                continue
            lost = sum(stored.get(key) != value for key, value in expected.items())
            row.lost_writes += lost
            if problems:
                row.notes.append(f"try {attempt} (slack {slack}): {problems[:3]}")
            elif not lost:
                row.passed += 1
    row.notes.append(
        f"{acknowledged_total} acknowledged writes in all, {len(expected)} distinct "
        "answers checked after every try; refused as "
        + ", ".join(f"{n} {k}" for k, n in refusals.most_common())
    )
    return row


def before_refusal(out: str, held: list[str]) -> str:
    """A problem when the refused answer reached the file: the file must still hold
    what was acknowledged before for that answer (``R - -``: nothing)."""
    lines = complete_lines(out)
    failed = next(i for i, line in enumerate(lines) if line.startswith("F "))
    _, sid, question, *_ = lines[failed - 1].split(" ")
    before = None
    for line in lines[: failed - 1]:
        kind, *fields = line.split(" ")
        if kind == "A" and (fields[0], fields[1]) == (sid, question):
            before = (fields[2], fields[3])
    now = None if held == ["-", "-"] else (held[0], held[1])
    if now != before:
        return f"the refused answer to {question} is in the file: {now}, not {before}"
    return ""


def stored_comments(session: WorkshopSession) -> dict[tuple[int, str], tuple[int, str]]:
    import hashlib

    return {
        (r.stakeholder_id, r.question_id): (
            r.current,
            hashlib.sha256(r.comment.encode("utf-8")).hexdigest()[:12],
        )
        for round_ in session.rounds()
        for r in session.ratings(round_.id)
    }


def leftover_row(found: list[str], tried: int, case: str) -> Row:
    row = Row(case, tried=tried, passed=tried - len(found))
    if found:
        row.notes.append(
            f"{len(found)} left behind, e.g. {', '.join(found[:3])}; "
            "the app never removes them"
        )
    return row


# -- the run -----------------------------------------------------------------------------
def run(plan: Plan, seed: int, folder: Path, log: Callable[[str], None]) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []

    def add(row: Row) -> None:
        rows.append(row)
        log(f"  {row.case}: {row.passed}/{row.tried} in {row.seconds:.1f} s")

    def sub(name: str) -> Path:
        path = folder / name
        path.mkdir()
        return path

    if plan.kills_while_writing:
        add(kills_while_writing(sub("write"), plan.kills_while_writing, rng))
    if plan.kills_during_import:
        add(kills_during_import(sub("import"), plan.kills_during_import, rng))
    if plan.kills_during_upgrade:
        row, left = kills_during_upgrade(sub("upgrade"), plan.kills_during_upgrade, rng)
        add(row)
        add(leftover_row(left, row.tried, "temp files after upgrade kills"))
    if plan.kills_during_report:
        row, left = kills_during_report(sub("report"), plan.kills_during_report, rng)
        add(row)
        add(leftover_row(left, row.tried, "temp files after report kills"))
    if plan.damaged_per_kind:
        opened, recovered, _ = corruption(sub("damaged"), plan.damaged_per_kind, rng)
        add(opened)
        add(recovered)
    add(untrusted(sub("crafted"), rng))
    if plan.second_instances:
        add(second_instance(sub("instances"), plan.second_instances))
        add(foreign_lock(sub("foreign"), plan.second_instances))
    if plan.disk_fills:
        add(disk_fills_up(sub("full"), plan.disk_fills, rng))
    return rows


def table(rows: list[Row]) -> str:
    width = max(len(r.case) for r in rows) + 2
    header = (
        f"{'case':<{width}}{'tried':>7}{'passed':>8}{'lost writes':>13}{'seconds':>9}"
    )
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r.case:<{width}}{r.tried:>7}{r.passed:>8}{r.lost_writes:>13}"
            f"{r.seconds:>9.1f}"
        )
    lines.append("-" * len(header))
    lines.append(
        f"{'total':<{width}}{sum(r.tried for r in rows):>7}"
        f"{sum(r.passed for r in rows):>8}{sum(r.lost_writes for r in rows):>13}"
        f"{sum(r.seconds for r in rows):>9.1f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="fewer cases (a minute)")
    parser.add_argument("--seed", type=int, default=20261005)
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="crmw-harness-") as scratch:
        # the automatic backups of the harness's workshops stay in its scratch folder
        os.environ["CRM_WORKSHOP_BACKUP_DIR"] = str(Path(scratch) / "backups")
        rows = run(plan, args.seed, Path(scratch), lambda line: print(line, flush=True))
    print()
    print(table(rows))
    print(f"\nseed {args.seed}, {time.perf_counter() - start:.0f} s in all\n")
    for r in rows:
        for note in r.notes[:12]:
            print(f"{r.case}: {note}")
        if len(r.notes) > 12:
            print(f"{r.case}: ... {len(r.notes) - 12} more")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
