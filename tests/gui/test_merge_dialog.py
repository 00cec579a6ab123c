"""File › Merge a co-facilitator's copy: the dialog, the menu command, undo and redo."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement, Session
from crm_workshop.domain.merge import Kind, Side
from crm_workshop.gui import i18n
from crm_workshop.gui.merge_dialog import KEEP, MINE, QUESTION, THEIRS, WHO, MergeDialog
from crm_workshop.services.merge import prepare_merge, read_content
from crm_workshop.services.workshop import WorkshopSession
from tests.factories import small_model

LONG = "<b>Bardzo</b> długi komentarz 🙂 " * 320  # 10,000+ characters


def _person(session: WorkshopSession, name: str) -> int:
    return next(p.id for p in session.stakeholders() if p.name == name)


@pytest.fixture
def theirs(demo_template, tmp_path) -> Path:
    """The co-facilitator's copy: a session of their own, a new person, answers that
    differ from the demo's, a reworded question."""
    path = tmp_path / "Bursztyn – Ania.crmw"
    shutil.copy(demo_template, path)
    with WorkshopSession.open(path) as other:
        round_id = other.round_named("Baseline").id
        zofia = other.add_stakeholder("Zofia Wróbel", "Kierownik sklepu", "sales")
        other.add_session(
            Session(0, "2026-10-28", "Sprzedaż – dogrywka", ("value",), (zofia,))
        )
        other.rate(round_id, Rating(zofia, "5.1", Answer.LEVEL, 2, 4, "z tablicy"))
        tomasz = _person(other, "Tomasz Kowalczyk")
        for question in ("1.1", "2.1"):
            (old,) = [
                r
                for r in other.question_ratings(round_id, question)
                if r.stakeholder_id == tomasz
            ] or [Rating(tomasz, question, Answer.LEVEL, 2)]
            other.rate(round_id, replace(old, current=5, comment=LONG))
        other.set_question_override("1.1", title={"en": "CRM team and its owner"})
    return path


def contents(session: WorkshopSession):
    return read_content(session), tuple(session.evidence())


def test_the_dialog_lists_additions_and_a_choice_per_conflict(qtbot, demo_file, theirs):
    with WorkshopSession.open(demo_file) as session:
        preview = prepare_merge(session, theirs)
        dialog = MergeDialog(preview, session.effective_model(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    added = dialog.added_label.text()
    assert "1 new stakeholder: Zofia Wróbel" in added
    day = i18n.date_text("2026-10-28")  # as the interface's locale writes it
    assert f"1 new session: {day} Sprzedaż – dogrywka" in added
    assert "1 question hidden or reworded" in added
    assert dialog.added_label.textFormat() == Qt.TextFormat.PlainText
    assert "roadmap of the other copy is not merged" in dialog.notes_label.text()
    table = dialog.table
    conflicts = preview.plan.conflicts
    assert table.rowCount() == len(conflicts) >= 1
    row = next(
        i
        for i, c in enumerate(conflicts)
        if c.kind is Kind.RATING and c.question_id == "1.1"
    )
    assert table.item(row, QUESTION).text().startswith("1.1 ")
    assert table.item(row, WHO).text() == "Tomasz Kowalczyk"
    assert table.item(row, MINE).text().startswith("Level ")
    theirs_text = table.item(row, THEIRS).text()
    assert theirs_text.startswith("Level 5 · ") and len(theirs_text) <= 120
    assert "<b>" not in table.item(row, THEIRS).toolTip()  # escaped, never markup
    assert dialog.choices() == {c.key: Side.MINE for c in conflicts}
    qtbot.mouseClick(dialog.take_all_button, Qt.MouseButton.LeftButton)
    assert set(dialog.choices().values()) == {Side.THEIRS}
    qtbot.mouseClick(dialog.keep_all_button, Qt.MouseButton.LeftButton)
    combo = table.cellWidget(row, KEEP)
    combo.setCurrentIndex(combo.findData(Side.THEIRS.value))
    chosen = dialog.choices()
    assert chosen[conflicts[row].key] is Side.THEIRS
    assert sum(side is Side.THEIRS for side in chosen.values()) == 1
    assert dialog.merge_button.isEnabled()


def test_nothing_to_merge_disables_merge(qtbot, demo_file):
    with WorkshopSession.open(demo_file) as session:
        preview = prepare_merge(session, demo_file)
        dialog = MergeDialog(preview, session.model, "pl")
    qtbot.addWidget(dialog)
    assert "this workshop itself" in dialog.intro_label.text()
    assert not dialog.merge_button.isEnabled()
    assert not dialog.table.isVisibleTo(dialog)


def test_merge_from_the_file_menu_then_undo_and_redo(window, demo_file, theirs):
    assert window.open_path(demo_file)
    session = window.document.session
    before = contents(session)
    undo_count = window.document.undo_stack.count()
    window.dialogs.merge_path_answer = str(theirs)
    window.dialogs.merge_answer = lambda preview, model, language: {
        c.key: Side.THEIRS for c in preview.plan.conflicts
    }
    grid = window.show_view("grid")
    window.merge_action.trigger()

    assert window.dialogs.errors == []
    assert window.document.undo_stack.count() == undo_count + 1
    merged = contents(session)
    assert merged != before
    people = {p.name for p in merged[0].stakeholders}
    assert "Zofia Wróbel" in people
    assert demo_file.with_name(f"{demo_file.stem}.before-merge.crmw").exists()
    model = grid.table_model
    rows = [model.stakeholder(r).name for r in range(model.rowCount())]
    assert "Zofia Wróbel" in rows  # the views show the merged workshop
    assert "Merge “Bursztyn – Ania.crmw”" in window.undo_action.text()
    tomasz = _person(session, "Tomasz Kowalczyk")
    baseline = session.round_named("Baseline").id
    (rating,) = [
        r
        for r in session.question_ratings(baseline, "1.1")
        if r.stakeholder_id == tomasz
    ]
    assert rating.current == 5 and rating.comment == LONG  # theirs, as chosen

    window.undo_action.trigger()
    assert contents(session) == before  # exactly the workshop as it was
    rows = [model.stakeholder(r).name for r in range(model.rowCount())]
    assert "Zofia Wróbel" not in rows
    window.redo_action.trigger()
    assert contents(session) == merged


def test_cancelling_the_dialog_writes_nothing(window, demo_file, theirs):
    assert window.open_path(demo_file)
    before = contents(window.document.session)
    window.dialogs.merge_path_answer = str(theirs)
    window.dialogs.merge_answer = None
    window.merge_action.trigger()
    assert window.dialogs.merge_question[0].plan.conflicts
    assert contents(window.document.session) == before
    assert window.document.undo_stack.count() == 0
    assert not demo_file.with_name(f"{demo_file.stem}.before-merge.crmw").exists()


def test_a_copy_of_another_model_or_a_damaged_file_is_explained(
    window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    small = tmp_path / "mały.crmw"
    WorkshopSession.create(small, Engagement(client_name="X"), small_model()).close()
    window.dialogs.merge_path_answer = str(small)
    window.dialogs.merge_answer = lambda *_: pytest.fail("no dialog for a refused file")
    window.merge_action.trigger()
    (title, message), *_ = window.dialogs.errors
    assert title == "Not a copy of this workshop"
    assert "maturity model “small” (version 1)" in message
    assert "“crm-maturity” (version 1.0)" in message
    assert "nothing was changed" in message and "merge that one" in message
    damaged = tmp_path / "uszkodzony.crmw"
    damaged.write_bytes(demo_file.read_bytes()[:5000])
    window.dialogs.merge_path_answer = str(damaged)
    window.merge_action.trigger()
    assert window.dialogs.errors[-1][0] == "Damaged workshop file"
    assert window.document.undo_stack.count() == 0


def test_the_menu_action_follows_the_open_workshop(window, demo_file):
    assert not window.merge_action.isEnabled()
    assert window.open_path(demo_file)
    assert window.merge_action.isEnabled()
    window.dialogs.merge_path_answer = None  # the file dialog was cancelled
    window.merge_action.trigger()
    assert window.dialogs.errors == []


def test_the_round_being_captured_stays_when_the_merge_changes_its_date(
    window, demo_file, tmp_path, demo_template
):
    other = tmp_path / "inna data.crmw"
    shutil.copy(demo_template, other)
    with WorkshopSession.open(other) as session:
        baseline = session.round_named("Baseline")
        session.update_round(replace(baseline, held_on="2026-10-22"))
    with WorkshopSession.open(demo_file) as session:
        session.add_round("Q1 2027", RoundKind.REASSESSMENT, "2027-01-21")
    assert window.open_path(demo_file)
    document = window.document
    assert document.round.name == "Q1 2027"
    document.round = document.session.round_named("Baseline")  # not the latest
    window.dialogs.merge_path_answer = str(other)
    window.dialogs.merge_answer = lambda preview, *_: {
        c.key: Side.THEIRS for c in preview.plan.conflicts
    }
    window.merge_action.trigger()
    assert (document.round.name, document.round.held_on) == ("Baseline", "2026-10-22")
    window.undo_action.trigger()
    assert (document.round.name, document.round.held_on) == ("Baseline", "2026-10-21")


def test_a_workshop_changed_after_the_merge_was_prepared_is_explained_plainly(
    window, demo_file, theirs
):
    """MergeOutOfDate: the words say what happened and what to do, nothing is merged."""
    assert window.open_path(demo_file)
    document = window.document
    before = contents(document.session)

    def meanwhile(preview, model, language):
        # while the consultant reads the preview, a person is added to this workshop
        # under the id the plan gave the other copy's new stakeholder
        document.session.add_stakeholder("Ktoś Nowy", "Analityk", "it")
        return {}

    window.dialogs.merge_path_answer = str(theirs)
    window.dialogs.merge_answer = meanwhile
    window.merge_action.trigger()

    ((title, message),) = window.dialogs.errors
    assert title == "Merge not done: the workshop changed"
    assert message.startswith(
        f"“{demo_file.name}” changed after the merge was prepared"
    )
    assert "the workshop is exactly as it was" in message
    assert "Choose File › Merge a co-facilitator's copy… again" in message
    for technical in ("MergeOutOfDate", "Unexpected", "report this", "merge again;"):
        assert technical not in message
    assert window.statusBar().currentMessage() == title
    people = {p.name for p in document.session.stakeholders()}
    assert "Zofia Wróbel" not in people and "Ktoś Nowy" in people
    assert document.undo_stack.count() == 0  # no merge step to undo
    assert contents(document.session)[0].rounds == before[0].rounds


def test_every_merge_refusal_reads_as_what_happened_and_what_to_do(qapp, tmp_path):
    from crm_workshop.gui.errors import describe
    from crm_workshop.services.errors import WorkshopFileError
    from crm_workshop.services.merge import DifferentModel, MergeOutOfDate

    here = tmp_path / "Bursztyn.crmw"
    worded = {
        "out of date": describe(MergeOutOfDate(here, "the workshop changed")),
        "other model": describe(
            DifferentModel(("crm-maturity", "1.0"), ("retail-crm", "2.1"))
        ),
        "other questions": describe(
            DifferentModel(
                ("crm-maturity", "1.0"),
                ("crm-maturity", "1.0"),
                [f"9.{n}" for n in range(1, 12)],
            )
        ),
        "unreadable": describe(WorkshopFileError(here, "Input/output error")),
    }
    for what, (title, message) in worded.items():
        assert title and message, what
        assert "Unexpected problem" not in title, what
        assert "report this problem" not in message, what
        assert "Error" not in title and "exc" not in message, what
    title, message = worded["other model"]
    assert "“retail-crm” (version 2.1); this workshop uses “crm-maturity”" in message
    title, message = worded["other questions"]
    assert "questions this workshop does not have (9.1, 9.2" in message
    assert "9.8, …)" in message and "9.11" not in message
    assert "nothing was changed" in message
    title, message = worded["unreadable"]
    assert title == "File cannot be read"
    assert "“Bursztyn.crmw” could not be read" in message
    assert "Details: Input/output error" in message
