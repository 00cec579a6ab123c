from __future__ import annotations

import pytest

from crm_workshop.domain.assessment import RoundKind
from crm_workshop.domain.engagement import Engagement, Followup
from crm_workshop.services.errors import EvidenceTooLarge, UnknownQuestion
from crm_workshop.services.workshop import WorkshopSession


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "w.crmw"
    with WorkshopSession.create(target, Engagement(client_name="Test")) as s:
        s.add_round("Baseline", RoundKind.BASELINE)
    return target


def test_followups_are_kept_and_replaced(path):
    with WorkshopSession.open(path) as s:
        owner = s.add_stakeholder("Ewa Mazur", department="legal")
        round_id = s.rounds()[0].id
        assert (
            s.set_followup(round_id, Followup("3.4", owner, "2026-11-30", "zgody"))
            is None
        )
        previous = s.set_followup(
            round_id, Followup("3.4", owner, "2026-12-15", "", True)
        )
        assert previous.due_on == "2026-11-30"
        with pytest.raises(UnknownQuestion):
            s.set_followup(round_id, Followup("9.9"))
    with WorkshopSession.open(path) as s:
        item = s.followups(s.rounds()[0].id)["3.4"]
        assert (item.due_on, item.done) == ("2026-12-15", True)
        assert s.clear_followup(s.rounds()[0].id, "3.4") == item
        assert s.followups(s.rounds()[0].id) == {}


def test_evidence_is_stored_inside_the_workshop(path, tmp_path):
    photo = tmp_path / "tablica Łódź.png"
    photo.write_bytes(b"\x89PNG fake whiteboard")
    with WorkshopSession.open(path) as s:
        evidence_id = s.attach_evidence(photo, question_id="2.3", note="whiteboard")
    photo.unlink()  # the workshop keeps its own copy
    with WorkshopSession.open(path) as s:
        [item] = s.evidence(question_id="2.3")
        assert (item.filename, item.mime_type, item.size) == (
            "tablica Łódź.png",
            "image/png",
            20,
        )
        assert s.evidence_content(evidence_id) == b"\x89PNG fake whiteboard"
        assert s.evidence(question_id="1.1") == []
        s.remove_evidence(evidence_id)
        assert s.evidence() == []


def test_oversized_evidence_is_refused(path, tmp_path, monkeypatch):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2000)
    monkeypatch.setattr(WorkshopSession, "MAX_EVIDENCE_BYTES", 1000)
    with WorkshopSession.open(path) as s:
        with pytest.raises(EvidenceTooLarge):
            s.attach_evidence(big)
        assert s.evidence() == []


def test_check_names_levels_that_do_not_fit_their_row_and_reads_on(tmp_path):
    """A level that does not match its answer, a move that is no rise: both are
    refused when read, so the check names them instead of stopping at them."""
    import sqlite3

    from crm_workshop.services.demo import create_demo

    path = tmp_path / "demo.crmw"
    create_demo(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    (na,) = conn.execute(
        "SELECT min(rowid) FROM ratings WHERE answer = 'na'"
    ).fetchone()
    conn.execute("UPDATE ratings SET current_level = 3 WHERE rowid = ?", (na,))
    (move,) = conn.execute("SELECT min(rowid) FROM initiative_questions").fetchone()
    conn.execute(
        "UPDATE initiative_questions SET from_level = 4, to_level = 2 WHERE rowid = ?",
        (move,),
    )
    conn.commit()
    conn.close()
    with WorkshopSession.open(path, read_only=True) as session:
        problems = session.check()
    assert problems == [
        f"ratings row {na}: current_level is 3 with the answer 'na' (a level is "
        "stored exactly when the answer is 'level')",
        f"initiative_questions row {move}: to_level 2 is not above from_level 4",
    ]
