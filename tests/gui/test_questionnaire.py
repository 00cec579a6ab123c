"""File › Export questionnaires and File › Import questionnaire, driven through the
window with the fake dialogs; the two dialogs themselves with real widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from crm_workshop.gui.questionnaire_export import (
    BLANK,
    CHOSEN,
    QuestionnaireExportChoice,
    QuestionnaireExportDialog,
)
from crm_workshop.gui.questionnaire_import import (
    CREATE,
    FileChoice,
    QuestionnaireImportChoice,
    QuestionnaireImportDialog,
)
from crm_workshop.services import questionnaire as q
from crm_workshop.services import questionnaire_match as qm
from tests.gui.holding import Gate


@pytest.fixture
def opened(window, demo_file):
    assert window.open_path(demo_file)
    return window


def ok_button(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# -- export ------------------------------------------------------------------------------
def test_export_dialog_offers_areas_people_and_refuses_an_empty_choice(qtbot):
    dialog = QuestionnaireExportDialog(
        [("people", "People"), ("data", "Data")], [(1, "Ewa"), (2, "Jan")], "pl"
    )
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert (choice.kind, choice.language, choice.people) == ("pdf", "pl", "all")
    assert choice.area_ids == ("people", "data")
    dialog.chosen_radio.setChecked(True)
    assert not ok_button(dialog).isEnabled()  # nobody chosen yet
    dialog.people_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert ok_button(dialog).isEnabled()
    for row in range(2):
        dialog.area_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not ok_button(dialog).isEnabled()  # no area
    dialog.area_list.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    choice = dialog.choice()
    assert (choice.kind, choice.people, choice.stakeholder_ids) == (
        "xlsx",
        CHOSEN,
        (2,),
    )
    assert choice.area_ids == ("data",)


def test_export_writes_the_chosen_questionnaires_off_the_gui_thread(
    opened, qtbot, tmp_path
):
    session = opened.document.session
    ids = [p.id for p in session.stakeholders()[:2]]
    folder = tmp_path / "out"
    folder.mkdir()
    taken = folder / f"Questionnaire – {session.stakeholders()[0].name}.xlsx"
    taken.write_bytes(b"an earlier copy, annotated")
    opened.dialogs.questionnaire_export_answer = QuestionnaireExportChoice(
        "xlsx", "en", "a4", ("people",), CHOSEN, tuple(ids)
    )
    opened.dialogs.folder_answer = str(folder)
    opened.questionnaire_export_action.trigger()
    export = opened.questionnaire_export
    with qtbot.waitSignal(export.over, timeout=20_000) as done:
        pass
    assert "2 questionnaires written" in done.args[0]
    assert opened.questionnaire_export is None
    assert taken.read_bytes() == b"an earlier copy, annotated"  # never replaced
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and any(n.endswith(" (2).xlsx") for n in names)
    book = openpyxl.load_workbook(folder / names[0])
    assert book.sheetnames == ["Instructions", "Area 1", "crmw"]


def test_a_blank_pdf_and_a_cancelled_export(opened, qtbot, tmp_path):
    opened.dialogs.questionnaire_export_answer = None
    opened.questionnaire_export_action.trigger()
    assert opened.questionnaire_export is None  # cancelled: nothing started
    opened.dialogs.questionnaire_export_answer = QuestionnaireExportChoice(
        "pdf", "pl", "letter", ("people", "value"), BLANK
    )
    opened.dialogs.folder_answer = str(tmp_path)
    opened.questionnaire_export_action.trigger()
    with qtbot.waitSignal(opened.questionnaire_export.over, timeout=20_000):
        pass
    assert (tmp_path / "Ankieta – pusta.pdf").read_bytes().startswith(b"%PDF")


def test_cancelling_a_running_export_is_handled_on_the_gui_thread(
    opened, qtbot, tmp_path, monkeypatch
):
    """Cancel while a file is being written: the rest is not written, and the window
    closes the progress dialog and says so on its own thread."""
    import threading

    from crm_workshop.gui import questionnaire_export as qe

    gate, ended_on = Gate(qe.write_questionnaire), []
    real_done = qe.QuestionnaireExport._done

    def done(self, message, error=None):
        ended_on.append(threading.current_thread())
        return real_done(self, message, error)

    monkeypatch.setattr(qe, "write_questionnaire", gate)
    monkeypatch.setattr(qe.QuestionnaireExport, "_done", done)
    opened.dialogs.questionnaire_export_answer = QuestionnaireExportChoice(
        "xlsx", "pl", "a4", ("people",), "all"
    )
    opened.dialogs.folder_answer = str(tmp_path)
    opened.questionnaire_export_action.trigger()
    export = opened.questionnaire_export
    assert gate.entered.wait(10)
    qtbot.waitUntil(export.progress.isVisible, timeout=3000)  # it shows it works
    qtbot.mouseClick(  # the user presses Cancel
        export.progress.findChild(QPushButton), Qt.MouseButton.LeftButton
    )
    with qtbot.waitSignal(export.over, timeout=20_000) as over:
        gate.open()
    assert ended_on == [threading.main_thread()]
    assert over.args[0] == "Export cancelled; the files written so far are kept"
    assert len(list(tmp_path.glob("*.xlsx"))) == 1  # the one being written, no more
    assert opened.questionnaire_export is None


# -- import ------------------------------------------------------------------------------
def filled(session, path: Path, name: str | None, cells: dict, **cover) -> Path:
    q.export_questionnaire(session, path, name, q.QuestionnaireOptions(language="en"))
    book = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        book["Area 1"][ref] = value
    for ref, value in cover.items():
        book["Instructions"][ref] = value
    book.save(path)
    return path


def answers(session, stakeholder_id: int) -> dict[str, tuple]:
    round_ = session.rounds()[-1]
    return {
        r.question_id: (r.answer.value, r.current, r.target, r.comment)
        for r in session.ratings(round_.id)
        if r.stakeholder_id == stakeholder_id
    }


def test_import_previews_problems_then_is_one_undo_step(opened, qtbot, tmp_path):
    session = opened.document.session
    ewa = qm.find_stakeholder(session, "Ewa Mazur")
    before = answers(session, ewa.id)
    stakeholders_before = len(session.stakeholders())
    good = filled(
        session, tmp_path / "ewa.xlsx", "Ewa Mazur", {"I4": 5, "K4": "Tak 👍"}
    )
    blank = filled(
        session, tmp_path / "blank.xlsx", None, {"I5": "N/A"}, B5="Nowa Osoba"
    )
    bad = filled(session, tmp_path / "bad.xlsx", "Ewa Mazur", {"I4": 6, "J6": "=A1"})
    seen = {}

    def preview(plans, stakeholders, rounds, round_name):
        dialog = QuestionnaireImportDialog(plans, stakeholders, rounds, round_name)
        qtbot.addWidget(dialog)
        seen["tree"] = [
            dialog.tree.topLevelItem(i).text(0)
            for i in range(dialog.tree.topLevelItemCount())
        ]
        bad_item = dialog.tree.topLevelItem(2)
        seen["problems"] = [
            bad_item.child(i).text(0) for i in range(bad_item.childCount())
        ]
        seen["ok"] = ok_button(dialog).text()
        combo = dialog.combos[1]
        seen["combo"] = combo.currentData()
        assert (
            session.stakeholders() and answers(session, ewa.id) == before
        )  # unwritten
        return dialog.choice()

    opened.dialogs.questionnaire_files_answer = (str(good), str(blank), str(bad))
    opened.dialogs.questionnaire_import_answer = preview
    opened.questionnaire_import_action.trigger()
    assert seen["tree"][0].startswith("✔ ewa.xlsx — one answer")
    assert seen["tree"][2].startswith("✖ bad.xlsx — 2 problems")
    assert seen["problems"] == [
        "Area 1!I4: “6” is not a level 1–5, N/A or ?",
        "Area 1!J6: a formula; type the answer itself",
    ]
    assert seen["ok"] == "Import 2 files" and seen["combo"] == CREATE
    assert answers(session, ewa.id)["1.1"] == ("level", 5, None, "Tak 👍")
    newcomer = qm.find_stakeholder(session, "Nowa Osoba")
    assert answers(session, newcomer.id) == {"1.2": ("na", None, None, "")}
    stack = opened.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import 2 questionnaires"
    stack.undo()
    assert answers(session, ewa.id) == before
    assert len(session.stakeholders()) == stakeholders_before
    stack.redo()
    assert answers(session, ewa.id)["1.1"] == ("level", 5, None, "Tak 👍")
    assert qm.find_stakeholder(session, "Nowa Osoba").id == newcomer.id


def test_an_unknown_name_can_be_given_to_a_stakeholder(opened, qtbot, tmp_path):
    session = opened.document.session
    blank = filled(session, tmp_path / "b.xlsx", None, {"I4": 2}, B5="Ewa Mazurowa")
    ewa = qm.find_stakeholder(session, "Ewa Mazur")

    def preview(plans, stakeholders, rounds, round_name):
        dialog = QuestionnaireImportDialog(plans, stakeholders, rounds, round_name)
        qtbot.addWidget(dialog)
        combo = dialog.combos[0]
        assert combo.currentData() == ewa.id  # the closest name is suggested
        return dialog.choice()

    opened.dialogs.questionnaire_files_answer = (str(blank),)
    opened.dialogs.questionnaire_import_answer = preview
    opened.questionnaire_import_action.trigger()
    assert answers(session, ewa.id)["1.1"][:2] == ("level", 2)
    assert opened.document.undo_stack.undoText().startswith(
        "Import the questionnaire of Ewa Mazur"
    )


def test_cancelling_the_preview_writes_nothing(opened, tmp_path):
    session = opened.document.session
    ewa = qm.find_stakeholder(session, "Ewa Mazur")
    before = answers(session, ewa.id)
    path = filled(session, tmp_path / "e.xlsx", "Ewa Mazur", {"I4": 1})
    opened.dialogs.questionnaire_files_answer = (str(path),)
    opened.dialogs.questionnaire_import_answer = None
    opened.questionnaire_import_action.trigger()
    assert answers(session, ewa.id) == before
    assert opened.document.undo_stack.count() == 0


def test_importing_for_someone_not_taking_part_adds_them_to_the_round(
    window, follow_up_file, qtbot, tmp_path
):
    """Grzegorz Nowicki missed the follow-up "Q1 2027": his imported answers were
    stored but the round's grid did not show him. The preview now says the import
    adds him (for the round chosen), the grid shows him after it, and one undo takes
    the answers and his participation back."""
    assert window.open_path(follow_up_file)
    session = window.document.session
    round_id = session.round_named("Q1 2027").id
    absent = qm.find_stakeholder(session, "Grzegorz Nowicki")
    before = session.progress.participants(round_id)
    grid = window.show_view("grid")
    assert grid.table_model.row_of(absent.id) < 0
    path = filled(session, tmp_path / "gn.xlsx", "Grzegorz Nowicki", {"I4": 4})
    blank = filled(session, tmp_path / "b.xlsx", None, {"I4": 2}, B5="Ewa Mazurowa")
    joining = "Grzegorz Nowicki was not taking part in round “Q1 2027”; importing"
    seen = {}

    def preview(plans, stakeholders, rounds, round_name):
        dialog = QuestionnaireImportDialog(plans, stakeholders, rounds, round_name)
        qtbot.addWidget(dialog)

        def lines(row):
            item = dialog.tree.topLevelItem(row)
            children = (item.child(i) for i in range(item.childCount()))
            return [c.text(0) for c in children if not c.isHidden()]

        seen["lines"] = lines(0)
        combo = dialog.combos[1]  # Ewa Mazur took part: nothing to add
        seen["blank"] = (combo.currentText(), lines(1))
        combo.setCurrentIndex(combo.findData(CREATE))
        seen["new"] = lines(1)
        combo.setCurrentIndex(combo.findText("Ewa Mazur"))
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("Baseline"))
        seen["baseline"] = lines(0)  # a round open to everyone: nobody is added
        dialog.round_combo.setCurrentIndex(dialog.round_combo.findData("Q1 2027"))
        return dialog.choice()

    window.dialogs.questionnaire_files_answer = (str(path), str(blank))
    window.dialogs.questionnaire_import_answer = preview
    window.questionnaire_import_action.trigger()
    assert len(seen["lines"]) == 1 and seen["lines"][0].startswith(joining)
    assert seen["blank"] == ("Ewa Mazur", [])
    assert seen["new"] == [
        "Ewa Mazurowa was not taking part in round “Q1 2027”; importing the answers "
        "adds them to its participants"
    ]
    assert seen["baseline"] == []
    assert session.progress.participants(round_id) == sorted([*before, absent.id])
    assert grid.table_model.row_of(absent.id) >= 0  # the grid shows him at once
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert session.progress.participants(round_id) == before
    assert absent.id not in {r.stakeholder_id for r in session.ratings(round_id)}
    assert grid.table_model.row_of(absent.id) < 0
    stack.redo()
    assert absent.id in session.progress.participants(round_id)
    assert grid.table_model.row_of(absent.id) >= 0


def test_undoing_an_import_shows_the_answers_it_replaced_as_carried_over_again(
    window, follow_up_file, qtbot, tmp_path
):
    """The follow-up "Q1 2027" starts with the baseline's answers, those on customer
    value still carried over (↻ in the grid). Importing a participant's questionnaire
    gives them anew; Edit › Undo put the earlier answers back without their mark, so
    they looked confirmed by the stakeholder."""
    assert window.open_path(follow_up_file)
    document = window.document
    session = document.session
    assert document.round.name == "Q1 2027"
    round_id = document.round.id
    marks = session.progress.carried(round_id)
    grid = window.show_view("grid")
    grid.show_area("value")  # still carried over from the baseline in the demo
    model = grid.table_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.cell_text(r, 0) and model.carried_from(r, 0) is not False
    )
    person = model.stakeholder(row)
    level = model.cell_text(row, 0)
    assert model.index(row, 0).data() == f"{level} ↻"
    new = "1" if level != "1" else "2"
    path = tmp_path / "answers.xlsx"
    q.export_questionnaire(
        session,
        path,
        person.name,
        q.QuestionnaireOptions(language="en", round_name="Q1 2027"),
    )
    book = openpyxl.load_workbook(path)
    assert book["Area 5"]["A4"].value == "5.1"
    book["Area 5"]["I4"] = int(new)
    book.save(path)
    window.dialogs.questionnaire_files_answer = (str(path),)
    window.dialogs.questionnaire_import_answer = (
        lambda _plans, _people, _rounds, round_name: QuestionnaireImportChoice(
            round_name, (FileChoice(0, None),)
        )
    )
    window.questionnaire_import_action.trigger()
    qtbot.waitUntil(lambda: model.index(row, 0).data() == new)  # given anew
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None
    given = [
        m for m in marks if (m.stakeholder_id, m.question_id) == (person.id, "5.1")
    ]
    assert len(given) == 1
    assert session.progress.carried(round_id) == [m for m in marks if m not in given]

    undo = window.undo_action
    assert undo.text() == f"&Undo Import the questionnaire of {person.name}"
    undo.trigger()
    qtbot.waitUntil(lambda: model.index(row, 0).data() == f"{level} ↻")
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "Carried over from “Baseline”" in model.index(row, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert session.progress.carried(round_id) == marks  # exactly as before
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: model.index(row, 0).data() == new)
    assert session.progress.carried(round_id) == [m for m in marks if m not in given]
