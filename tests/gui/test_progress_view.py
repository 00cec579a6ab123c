"""The Progress tab, follow-up rounds in Capture, and initiative progress, driven through
real widgets in the main window; checks read the file back from disk."""

from __future__ import annotations

import threading

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from crm_workshop.domain.assessment import Answer
from crm_workshop.domain.roadmap import InitiativeStatus
from crm_workshop.gui.itemmodels import QUESTION_ROLE
from crm_workshop.services.progress import FollowUp
from crm_workshop.services.progress_report import ProgressOptions
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.holding import Gate


def progress_view(window):
    view = window.show_view("progress")
    view.refresh()
    return view


def rows(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def current_cell(capture, name: str) -> str:
    model = capture.table_model
    row = next(r for r in range(model.rowCount()) if model.stakeholder(r).name == name)
    return model.index(row, model.CURRENT).data()


# -- a follow-up round, pre-filled ------------------------------------------------------
def test_a_follow_up_round_starts_pre_filled_and_capture_switches_to_it(
    qtbot, window, demo_file, monkeypatch
):
    assert window.open_path(demo_file)
    session = window.document.session
    (baseline,) = session.rounds()
    people = [s.id for s in session.stakeholders()][:4]
    view = progress_view(window)
    assert view.empty_label.isVisible()  # one round: nothing to compare yet
    asked = FollowUp("Q1 2027", "2027-01-21", tuple(people), baseline.id)
    monkeypatch.setattr(view, "ask_follow_up", lambda: asked)

    qtbot.mouseClick(view.new_round_button, Qt.MouseButton.LeftButton)

    document = window.document
    assert document.round.name == "Q1 2027"
    capture = window.capture
    assert capture.round_selector.currentText().startswith("Q1 2027")
    assert {
        capture.table_model.stakeholder(r).id
        for r in range(capture.table_model.rowCount())
    } == set(people)
    capture.show_question("1.1")
    name = capture.table_model.stakeholder(0).name
    assert current_cell(capture, name).endswith("↻")  # carried over, not confirmed
    assert view.chosen() == (document.round.id, baseline.id)
    assert not view.empty_label.isVisible()
    # one undo step takes the round away and captures the baseline again
    assert document.undo_stack.undoText() == "New follow-up round “Q1 2027”"
    document.undo_stack.undo()
    assert [r.name for r in session.rounds()] == ["Baseline"]
    assert document.round.id == baseline.id
    document.undo_stack.redo()
    new_round = document.round
    assert new_round.name == "Q1 2027"
    window.close_workshop()
    with WorkshopSession.open(demo_file) as again:
        assert [r.name for r in again.rounds()] == ["Baseline", "Q1 2027"]
        assert sorted(again.progress.participants(new_round.id)) == sorted(people)
        copied = again.ratings(new_round.id)
        assert copied and {r.stakeholder_id for r in copied} <= set(people)
        assert len(again.progress.carried(new_round.id)) >= len(copied)


def test_answering_confirms_a_carried_answer_and_undo_marks_it_again(
    window, follow_up_file
):
    assert window.open_path(follow_up_file)
    capture = window.capture
    document = window.document
    assert document.round.name == "Q1 2027"
    capture.show_question("5.1")  # area 5: still carried over in the demo
    carried_bar = capture.findChild(QWidget, "carried_bar")
    assert carried_bar.isVisible()
    model = capture.table_model
    row = next(r for r in range(model.rowCount()) if model.is_carried(r))
    person = model.stakeholder(row)
    level = model.rating(row).current
    capture._rate(row, Answer.LEVEL, level)  # the same level again: confirmed
    assert not model.is_carried(row)
    assert model.index(row, model.CURRENT).data() == str(level)
    document.undo_stack.undo()
    assert model.is_carried(row)
    marks = document.session.progress.carried(document.round.id, "5.1")
    assert person.id in {m.stakeholder_id for m in marks}
    # the bar's button confirms every carried answer of the question at once
    carried_bar.button.click()
    assert document.session.progress.carried(document.round.id, "5.1") == []
    assert not carried_bar.isVisible()
    document.undo_stack.undo()
    assert len(document.session.progress.carried(document.round.id, "5.1")) == len(
        marks
    )


def test_switching_the_captured_round_is_an_undo_step(window, follow_up_file):
    assert window.open_path(follow_up_file)
    document, capture = window.document, window.capture
    selector = capture.round_selector
    baseline = document.session.rounds()[0]
    selector.setCurrentIndex(selector.findData(baseline.id))
    selector.activated.emit(selector.currentIndex())
    assert document.round.id == baseline.id
    assert capture.table_model.rowCount() == len(
        document.session.stakeholders(active_only=True)
    )  # the baseline records nobody: everyone active answers
    capture.show_question("1.1")
    capture._rate(0, Answer.LEVEL, 5)  # an answer in the baseline
    stack = document.undo_stack
    stack.undo()  # the answer, in the baseline
    stack.undo()  # the switch
    assert document.round.name == "Q1 2027"
    assert selector.currentData() == document.round.id
    assert capture.table_model.rowCount() == 9  # the follow-up's participants


# -- comparing rounds ------------------------------------------------------------------------
def test_the_latest_round_is_compared_with_the_previous_one(
    qtbot, qtmodeltester, window, follow_up_file
):
    assert window.open_path(follow_up_file)
    view = progress_view(window)
    rounds = window.document.session.rounds()
    assert view.chosen() == (rounds[-1].id, rounds[-2].id)
    qtmodeltester.check(view.change_model)
    qtmodeltester.check(view.slip_model)
    model = view.change_model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Baseline"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Q1 2027"
    texts = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    up = texts[next(t for t in texts if t.startswith("1.4 "))]
    assert model.index(up, 5).data() == "up"
    assert model.index(up, 4).data() == "L1 → L3"
    down = texts[next(t for t in texts if t.startswith("2.2 "))]
    assert model.index(down, 5).data() == "down"
    assert "Up a level: 3 · down a level: 1." in view.summary_label.text()
    # the radar shows both rounds and the plan
    lines = view.radar.figure.axes[0].get_lines()
    labels = [line.get_label() for line in lines]
    assert labels[:2] == ["Baseline", "Q1 2027"] and labels[2].startswith("Planned")
    # comparing the other way round turns the move down into a move up
    view.round_combo.setCurrentIndex(view.round_combo.findData(rounds[0].id))
    view.against_combo.setCurrentIndex(view.against_combo.findData(rounds[1].id))
    view.refresh()
    texts = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = texts[next(t for t in texts if t.startswith("2.2 "))]
    assert model.index(row, 5).data() == "up"


def test_every_change_agrees_with_the_two_scores_shown_beside_it(
    window, follow_up_file
):
    """The change column is worked out from the scores as shown (two places), so a
    reader who subtracts them never gets a different figure."""

    def value(text: str) -> float:
        return float(text.replace("−", "-").replace(",", "."))

    assert window.open_path(follow_up_file)
    model = progress_view(window).change_model
    compared = 0
    for row in range(model.rowCount()):
        before, after, change = (model.index(row, c).data() for c in (1, 2, 3))
        if "–" in (before, after):
            continue
        worked_out = value(after) - value(before)
        assert abs(value(change) - worked_out) < 0.001, (before, after, change)
        compared += 1
    assert compared > 20


def test_a_slipped_question_jumps_to_capture(qtbot, window, follow_up_file):
    assert window.open_path(follow_up_file)
    view = progress_view(window)
    assert rows(view.slip_model) == [
        "1.3  CRM vision, measurable goals and their cascade"
    ]
    assert "December 2026" not in view.slip_title.text()  # months as YYYY-MM here
    assert "2026-12" in view.slip_title.text()
    index = view.slip_model.index(0, 0)
    assert index.data(QUESTION_ROLE) == "1.3"
    with qtbot.waitSignal(view.questionActivated) as signal:
        view.slip_table.activated.emit(index)
    assert signal.args == ["1.3"]
    assert window.tabs.currentWidget() is window.capture
    assert window.capture.question_id == "1.3"


def test_a_new_answer_updates_the_comparison(qtbot, window, follow_up_file):
    assert window.open_path(follow_up_file)
    view = progress_view(window)
    capture = window.capture
    capture.show_question("1.3")
    for row in range(capture.table_model.rowCount()):
        if capture.table_model.rating(row) is not None:
            capture._rate(row, Answer.LEVEL, 3)
    view.refresh()
    assert rows(view.slip_model) == []  # 1.3 reached level 3: no longer behind
    assert "No question has slipped." in view.slip_note.text()


# -- initiatives: status updates and KPI actuals ------------------------------------------------
def initiatives_page(window):
    return window.show_view("roadmap").show_page("initiatives")


def test_a_status_update_sets_the_status_and_undo_redo_restore_it(
    qtbot, window, follow_up_file
):
    assert window.open_path(follow_up_file)
    page = initiatives_page(window)
    session = window.document.session
    target = next(
        i for i in session.roadmap.initiatives() if i.title.startswith("Szkolenia")
    )
    page.select(target.id)
    box = page.progress_box
    assert box.updates.topLevelItemCount() == 0
    box.update_date.setDate(QDate(2027, 3, 2))
    box.update_status.setCurrentIndex(box.update_status.findData("in_progress"))
    box.update_note.setText("Pierwsze szkolenia w regionie <Pomorze>")
    qtbot.mouseClick(box.add_update_button, Qt.MouseButton.LeftButton)

    def status():
        return next(
            i for i in session.roadmap.initiatives() if i.id == target.id
        ).status

    assert status() is InitiativeStatus.IN_PROGRESS
    assert box.updates.topLevelItemCount() == 1
    item = box.updates.topLevelItem(0)
    assert (item.text(0), item.text(2)) == (
        "2027-03-02",
        "Pierwsze szkolenia w regionie <Pomorze>",
    )
    stack = window.document.undo_stack
    assert stack.undoText().startswith("Status update of “Szkolenia")
    stack.undo()
    assert status() is InitiativeStatus.PLANNED
    assert box.updates.topLevelItemCount() == 0
    stack.redo()
    assert status() is InitiativeStatus.IN_PROGRESS
    window.close_workshop()
    with WorkshopSession.open(follow_up_file) as again:
        (update,) = again.progress.status_updates(target.id)
        assert update.note == "Pierwsze szkolenia w regionie <Pomorze>"


def test_a_kpi_measurement_is_checked_then_stored(qtbot, window, follow_up_file):
    assert window.open_path(follow_up_file)
    page = initiatives_page(window)
    session = window.document.session
    target = next(
        i for i in session.roadmap.initiatives() if i.title.startswith("Porządek")
    )
    page.select(target.id)
    box = page.progress_box
    before = box.actuals.topLevelItemCount()
    assert before == 5
    box.kpi_combo.setCurrentIndex(
        0
    )  # the initiative's first KPI: unit and target offered
    assert box.unit_edit.text() == "%" and box.target_edit.text() == "95"
    box.value_edit.setText("dużo")
    qtbot.mouseClick(box.add_actual_button, Qt.MouseButton.LeftButton)
    assert box.message.isVisible() and "numbers" in box.message.text()
    assert len(session.progress.kpi_actuals(target.id)) == before
    box.value_edit.setText("88,5")
    box.kpi_date.setDate(QDate(2027, 2, 28))
    qtbot.mouseClick(box.add_actual_button, Qt.MouseButton.LeftButton)
    assert not box.message.isVisible()
    latest = session.progress.kpi_actuals(target.id)[-1]
    assert (latest.value, latest.measured_on, latest.target) == (
        88.5,
        "2027-02-28",
        95.0,
    )
    window.document.undo_stack.undo()
    assert len(session.progress.kpi_actuals(target.id)) == before


def test_removing_an_initiative_keeps_its_history_for_undo(window, follow_up_file):
    assert window.open_path(follow_up_file)
    page = initiatives_page(window)
    session = window.document.session
    target = next(
        i for i in session.roadmap.initiatives() if i.title.startswith("Porządek")
    )
    history = (
        session.progress.status_updates(target.id),
        session.progress.kpi_actuals(target.id),
    )
    page.select(target.id)
    page.remove_initiative()
    assert session.progress.kpi_actuals(target.id) == []
    window.document.undo_stack.undo()
    assert (
        session.progress.status_updates(target.id),
        session.progress.kpi_actuals(target.id),
    ) == history


# -- the progress PDF from the File menu ---------------------------------------------------------
def test_the_progress_pdf_is_written_off_the_gui_thread(
    qtbot, window, follow_up_file, tmp_path
):
    from pypdf import PdfReader

    assert window.open_path(follow_up_file)
    target = tmp_path / "postępy.pdf"
    window.dialogs.progress_answer = ProgressOptions(language="en")
    window.dialogs.pdf_answer = str(target)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        window.progress_report_action.trigger()
        assert window.report_worker is not None
    assert window.dialogs.progress_question == (["Baseline", "Q1 2027"], "pl")
    assert "Progress report written to" in finished.args[0]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Plan versus actual" in text and "CRM vision, measurable goals" in text
    assert window.report_worker is None


def test_setting_the_consensus_again_confirms_it_and_undo_marks_it_again(
    window, follow_up_file
):
    from crm_workshop.domain.assessment import Consensus
    from crm_workshop.gui.commands import ConsensusCommand

    assert window.open_path(follow_up_file)
    document = window.document
    round_id = document.round.id
    progress = document.session.progress
    assert (
        progress.carried_mark(round_id, None, "5.2") is not None
    )  # carried in the demo
    document.undo_stack.push(
        ConsensusCommand(document, "5.2", Consensus("5.2", 2, 4, "Bez zmian"), "x")
    )
    assert progress.carried_mark(round_id, None, "5.2") is None
    document.undo_stack.undo()
    assert progress.carried_mark(round_id, None, "5.2") is not None


def test_the_follow_up_dialog_refuses_what_cannot_be_made(qtbot, window, demo_file):
    from crm_workshop.gui.widgets.progress_round_dialog import FollowUpRoundDialog

    assert window.open_path(demo_file)
    dialog = FollowUpRoundDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2027, 4, 20))
    assert dialog.name_edit.text() == "Q2 2027"  # suggested from the date
    dialog.name_edit.setText("Baseline")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "already a round called “Baseline”" in dialog.message.text()
    dialog.name_edit.setText("Q2 2027 <b>")
    dialog._tick_all(False)
    dialog.accept()
    assert "at least one person" in dialog.message.text()
    dialog._tick_all(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    follow_up = dialog.follow_up()
    assert follow_up.held_on == "2027-04-20" and follow_up.name == "Q2 2027 <b>"
    assert follow_up.prefill_from == window.document.session.rounds()[0].id
    assert len(follow_up.participants) == len(
        window.document.session.stakeholders(active_only=True)
    )


def start_held_export(window, path, monkeypatch, language: str = "en"):
    """File › Export progress PDF, its drawing held at its start (``Gate``); returns
    the gate and the busy dialog, once it shows."""
    from crm_workshop.gui.widgets import progress_export

    gate = Gate(progress_export.write_progress_report)
    monkeypatch.setattr(progress_export, "write_progress_report", gate)
    window.dialogs.progress_answer = ProgressOptions(language=language)
    window.dialogs.pdf_answer = str(path)
    window.progress_report_action.trigger()
    assert gate.entered.wait(10) and not gate.on_the_gui_thread()
    return gate, window.findChild(QProgressDialog)


def test_the_progress_export_reports_back_on_the_gui_thread_behind_a_busy_dialog(
    qtbot, window, follow_up_file, tmp_path, monkeypatch
):
    """The PDF is drawn on a worker thread; the window closes the busy dialog and
    shows the result on its own thread (widgets are not for other threads)."""
    done_on = []
    real_done = window._report_done

    def done(*args, **kwargs):
        done_on.append(threading.current_thread())
        return real_done(*args, **kwargs)

    monkeypatch.setattr(window, "_report_done", done)
    assert window.open_path(follow_up_file)
    target = tmp_path / "postępy w tle.pdf"
    gate, busy = start_held_export(window, target, monkeypatch, "pl")
    qtbot.waitUntil(busy.isVisible, timeout=3000)  # the user sees it is working
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        gate.open()
    assert done_on == [threading.main_thread()]
    assert "postępy w tle.pdf" in finished.args[0] and target.exists()
    assert window.report_worker is None
    still = window.findChild(QProgressDialog)  # closed, and deleted soon after
    assert still is None or not still.isVisible()


def test_cancel_in_the_progress_export_dialog_stops_it(
    qtbot, window, follow_up_file, tmp_path, monkeypatch
):
    """Cancel reaches the worker while it draws (not only when it is idle)."""
    assert window.open_path(follow_up_file)
    target = tmp_path / "przerwany.pdf"
    gate, busy = start_held_export(window, target, monkeypatch)
    qtbot.waitUntil(busy.isVisible, timeout=3000)
    qtbot.mouseClick(busy.findChild(QPushButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        gate.open()
    assert finished.args[0] == "Export cancelled; nothing was written"
    assert not target.exists() and window.report_worker is None
