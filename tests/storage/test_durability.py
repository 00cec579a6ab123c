"""Acknowledged answers survive the process being killed mid-write (SIGKILL)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time

from crm_workshop.catalog import default_model
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import open_workshop_file

QUESTIONS = [q.id for q in default_model().questions()]

WRITER = textwrap.dedent(
    """
    import sys
    from crm_workshop.domain.assessment import Answer, Rating, RoundKind
    from crm_workshop.storage import repository as repo
    from crm_workshop.storage.database import open_workshop_file
    ws = open_workshop_file(sys.argv[1])
    rounds = repo.list_rounds(ws)
    round_id = rounds[0].id if rounds else repo.add_round(
        ws, "Baseline", RoundKind.BASELINE, "2026-10-01")
    sid = repo.add_stakeholder(ws, "Writer " + sys.argv[2])
    questions = [q.id for q in repo.load_model_snapshot(ws).questions()]
    n = 0
    while True:
        qid = questions[n % len(questions)]
        repo.set_rating(ws, round_id, Rating(sid, qid, Answer.LEVEL, n % 5 + 1))
        print(sid, qid, n % 5 + 1, flush=True)
        n += 1
    """
)


def test_killed_writer_loses_no_acknowledged_answer(workshop_path):
    rng = random.Random(7)
    for attempt in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(workshop_path), str(attempt)],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.4 + rng.random() * 0.4)
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged: dict[tuple[int, str], int] = {}
        lines = [line.split() for line in out.splitlines()]
        lines = [parts for parts in lines if len(parts) == 3]  # the kill may cut one
        for sid, qid, value in lines:
            acknowledged[(int(sid), qid)] = int(value)
        assert acknowledged, "the writer never got going"
        # the one write in flight when killed may or may not have been committed
        n = len(lines)
        sid = int(lines[0][0])
        in_flight = ((sid, QUESTIONS[n % len(QUESTIONS)]), n % 5 + 1)
        with open_workshop_file(workshop_path) as ws:
            assert ws.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {
                (r.stakeholder_id, r.question_id): r.current
                for rnd in repo.list_rounds(ws)
                for r in repo.ratings_for_round(ws, rnd.id)
            }
        for key, value in acknowledged.items():
            assert stored.get(key) == value or (key, stored.get(key)) == in_flight
