"""The processes ``tests/harness.py`` starts, kills and watches.

Run as ``python tests/harness_child.py MODE ARGS...``. Every line it prints is flushed
at once, so the parent knows exactly what was acknowledged when it kills the process.
``go`` marks the moment the work starts (after the interpreter and imports), so the
parent can spread its kills over the work itself.

Modes:

``write PATH SEED``
    Open the workshop the app's way and write answers one by one, forever. Before each
    write ``W sid question value`` is printed, after the call returns ``A sid question
    value`` (acknowledged).
``import PATH CSV ROUND``
    Import the CSV into the round (all or nothing); ``done N`` when it returns.
``upgrade PATH``
    Open an older workshop for writing (the app backs it up and upgrades it).
``report PATH OUT``
    ``crm-workshop report PATH -o OUT``.
``open PATH...``
    Open each workshop the app's way, read everything a window shows, close it; one
    JSON line per file: ``{"path", "outcome": "opened" | "refused" | "failed", ...}``.
    A crash (a signal) shows as missing lines.
``recover PATH NEW...``
    ``recover`` each PATH into its NEW; one JSON line per pair.
``hold PATH``
    Open the workshop for writing, print ``open``, then wait to be killed.
``fill PATH SEED SLACK``
    Open the workshop, then lower this process's file-size limit to the file's size
    plus SLACK bytes (SIGXFSZ ignored: a write past it fails with EFBIG, as on a full
    disk) and write answers with long comments, ``W``/``A`` lines as in ``write`` plus
    the comment's digest, until one is refused: ``F error-type detail``. Then
    ``R value digest``: what the file holds for the refused answer (``- -`` for
    none). Then the limit is lifted ("space is back") and the same answer written
    again (``W``/``A``); ``done``.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.services import errors
from crm_workshop.services.workshop import WorkshopSession

WRITERS = 5


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write(path: str, seed: str) -> None:
    rng = random.Random(int(seed))
    with WorkshopSession.open(path) as session:
        rounds = session.rounds()
        round_id = (
            rounds[0].id
            if rounds
            else session.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
        )
        name = f"Writer {rng.randrange(WRITERS)}"
        known = {s.name: s.id for s in session.stakeholders()}
        sid = known.get(name) or session.add_stakeholder(name, department="it")
        questions = [q.id for q in session.model.questions()]
        while True:
            question = rng.choice(questions)
            value = rng.randint(1, 5)
            say(f"W {sid} {question} {value}")
            session.rate(round_id, Rating(sid, question, Answer.LEVEL, value))
            say(f"A {sid} {question} {value}")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def fill(path: str, seed: str, slack: str) -> None:
    import resource  # POSIX only, as the harness's kills are
    import signal

    rng = random.Random(int(seed))
    with WorkshopSession.open(path) as session:
        rounds = session.rounds()
        round_id = (
            rounds[0].id
            if rounds
            else session.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
        )
        sid = session.add_stakeholder(f"Filler {seed}", department="it")
        questions = [q.id for q in session.model.questions()]
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        limit = Path(path).stat().st_size + int(slack)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        while True:
            question = rng.choice(questions)
            value = rng.randint(1, 5)
            comment = "zażółć gęślą jaźń " * rng.randint(50, 500)
            rating = Rating(sid, question, Answer.LEVEL, value, comment=comment)
            say(f"W {sid} {question} {value} {digest(comment)}")
            try:
                session.rate(round_id, rating)
            except errors.WorkshopFileError as exc:
                say(f"F {type(exc).__name__} {exc.detail}")
                break
            say(f"A {sid} {question} {value} {digest(comment)}")
        kept = next(
            (
                r
                for r in session.question_ratings(round_id, question)
                if r.stakeholder_id == sid
            ),
            None,
        )
        say(f"R {kept.current} {digest(kept.comment)}" if kept else "R - -")
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        say(f"W {sid} {question} {value} {digest(comment)}")
        session.rate(round_id, rating)
        say(f"A {sid} {question} {value} {digest(comment)}")
    say("done")


def import_csv(path: str, csv_path: str, round_name: str) -> None:
    from crm_workshop.services.ratings_csv import import_ratings

    say("go")
    with WorkshopSession.open(path) as session:
        result = import_ratings(session, Path(csv_path), round_name)
    say(f"done {result.ratings}")


def upgrade(path: str) -> None:
    say("go")
    with WorkshopSession.open(path) as session:
        version = session.counts()
    say(f"done {json.dumps(version)}")


def report(path: str, out: str) -> None:
    from crm_workshop.cli import main

    say("go")
    code = main(["report", path, "-o", out])
    say(f"done {code}")


def read_everything(session: WorkshopSession) -> dict[str, int]:
    """What opening a workshop in the app reads, and a little more."""
    counts = session.counts()
    session.engagement  # noqa: B018 - reading is the point
    session.stakeholders()
    session.sessions()
    session.effective_model()
    session.hidden_questions()
    session.logo()
    for evidence in session.evidence():
        session.evidence_content(evidence.id)
    for round_ in session.rounds():
        session.assessment(round_.id)
        session.consensus(round_.id)
        session.followups(round_.id)
        session.department_assessments(round_.id)
    return counts


def open_files(paths: list[str]) -> None:
    for path in paths:
        say(json.dumps({"path": path, "outcome": "started"}))
        try:
            with WorkshopSession.open(path) as session:
                counts = read_everything(session)
                read_only = session.read_only
            result = {"outcome": "opened", "read_only": read_only, "counts": counts}
        except errors.WorkshopFileError as exc:
            result = {
                "outcome": "refused",
                "error": type(exc).__name__,
                "message": str(exc),
            }
        except Exception as exc:  # an untyped error is what the harness looks for
            result = {
                "outcome": "failed",
                "error": type(exc).__name__,
                "message": str(exc),
                "where": traceback.format_exc(limit=-3),
            }
        say(json.dumps({"path": path, **result}))


def recover(pairs: list[str]) -> None:
    from crm_workshop.services.recover import recover_workshop

    for path, new in zip(pairs[::2], pairs[1::2], strict=True):
        say(json.dumps({"path": path, "outcome": "started"}))
        try:
            result = recover_workshop(path, new)
            with WorkshopSession.open(new) as session:
                read_everything(session)
                problems = session.check()
            outcome = {
                "outcome": "recovered",
                "recovered": result.salvage.recovered,
                "lost": result.salvage.lost,
                "problems": problems,
            }
        except errors.WorkshopFileError as exc:
            outcome = {
                "outcome": "refused",
                "error": type(exc).__name__,
                "message": str(exc),
            }
        except Exception as exc:
            outcome = {
                "outcome": "failed",
                "error": type(exc).__name__,
                "message": str(exc),
                "where": traceback.format_exc(limit=-3),
            }
        say(json.dumps({"path": path, **outcome}))


def hold(path: str) -> None:
    with WorkshopSession.open(path):
        say("open")
        while True:
            time.sleep(1)


def main(argv: list[str]) -> None:
    mode, *args = argv
    if mode == "write":
        write(*args)
    elif mode == "import":
        import_csv(*args)
    elif mode == "upgrade":
        upgrade(*args)
    elif mode == "report":
        report(*args)
    elif mode == "open":
        open_files(args)
    elif mode == "recover":
        recover(args)
    elif mode == "hold":
        hold(*args)
    elif mode == "fill":
        fill(*args)
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
