"""The hints panel on the risks page: decisions stored, undone, turned into risks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_workshop.domain.assessment import Consensus
from crm_workshop.domain.hints import Hint, HintKind
from crm_workshop.domain.roadmap import HintDecision, Initiative
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.hint_texts import MESSAGES, SubjectNames, hint_message
from crm_workshop.gui.widgets.risk_model import ID_ROLE
from crm_workshop.gui.widgets.roadmap_hints import ALL, CONFIRMED, DISMISSED, OPEN
from crm_workshop.gui.widgets.roadmap_risks import RoadmapRisksPage
from crm_workshop.services.workshop import WorkshopSession
from tests.gui.test_roadmap_risks import redo, reopened, undo

KEY = "no_strategic_list:1.4"


@pytest.fixture
def page(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    if document.session.roadmap.hint_decisions():
        for key in document.session.roadmap.hint_decisions():
            document.session.roadmap.decide_hint(key, None)
    view = RoadmapRisksPage(document, language="en")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    yield view
    if document.is_open:
        document.close()


def keys(page: RoadmapRisksPage) -> list[str]:
    model = page.hints.model
    return [model.index(n, 0).data(ID_ROLE) for n in range(model.rowCount())]


def test_a_low_strategic_list_answer_shows_its_hint(qtbot, page):
    document = page.document
    document.apply_consensus("1.4", Consensus("1.4", current=4))  # the room agrees
    qtbot.waitUntil(lambda: KEY not in keys(page))
    document.apply_consensus("1.4", Consensus("1.4", current=2))
    qtbot.waitUntil(lambda: KEY in keys(page))
    message = page.hints.model.index(page.hints.model.row_of(KEY), 0).data()
    assert message.startswith("1.4 Strategic CRM project list is at level 2:")


def test_confirm_is_stored_in_the_file(qtbot, page):
    assert page.hints.select(KEY)
    qtbot.mouseClick(page.hints.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: KEY not in keys(page))  # no longer open
    page.hints.show_filter(CONFIRMED)
    assert keys(page) == [KEY]
    with reopened(page) as session:
        assert session.roadmap.hint_decisions() == {KEY: HintDecision.CONFIRMED}


def test_dismiss_hides_the_hint_and_undo_brings_it_back(qtbot, page):
    open_before = keys(page)
    assert page.hints.select(KEY)
    qtbot.mouseClick(page.hints.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: KEY not in keys(page))
    assert keys(page) == [k for k in open_before if k != KEY]
    assert page.hints.filter_combo.currentText() == f"Open ({len(open_before) - 1})"
    page.hints.show_filter(DISMISSED)
    assert keys(page) == [KEY]
    page.hints.show_filter(OPEN)
    undo(qtbot, page)
    assert keys(page) == open_before
    redo(qtbot, page)
    assert KEY not in keys(page)
    undo(qtbot, page)
    with reopened(page) as session:
        assert session.roadmap.hint_decisions() == {}


def test_reopen_undecides_a_hint(qtbot, page):
    page.hints.select(KEY)
    page.hints.decide(HintDecision.DISMISSED)
    qtbot.waitUntil(lambda: KEY not in keys(page))
    page.hints.show_filter(ALL)
    page.hints.select(KEY)
    assert page.hints.reopen_button.isEnabled()
    qtbot.mouseClick(page.hints.reopen_button, Qt.MouseButton.LeftButton)
    with reopened(page) as session:
        assert session.roadmap.hint_decisions() == {}


def test_a_confirmed_hint_goes_to_the_risk_register_in_one_step(qtbot, page):
    roadmap = page.document.session.roadmap
    page.hints.select(KEY)
    assert not page.hints.add_risk_button.isEnabled()  # confirm first
    page.hints.decide(HintDecision.CONFIRMED)
    qtbot.waitUntil(lambda: KEY not in keys(page))
    page.hints.show_filter(CONFIRMED)
    page.hints.select(KEY)
    message = page.hints.current().message
    before = roadmap.risks()
    steps = page.document.undo_stack.count()
    qtbot.mouseClick(page.hints.add_risk_button, Qt.MouseButton.LeftButton)
    assert page.document.undo_stack.count() == steps + 1
    added = [r for r in roadmap.risks() if r not in before]
    assert len(added) == 1
    assert (added[0].description, added[0].scope) == (message, ("1.4",))
    assert page.current_risk() == added[0]
    assert page.description_edit.toPlainText() == message
    qtbot.mouseClick(page.hints.add_risk_button, Qt.MouseButton.LeftButton)
    assert len(roadmap.risks()) == len(before) + 1  # not twice
    undo(qtbot, page)
    assert roadmap.risks() == before
    assert roadmap.hint_decisions() == {KEY: HintDecision.CONFIRMED}  # kept
    redo(qtbot, page)
    with reopened(page) as session:
        stored = session.roadmap.risks()
    assert sorted(stored, key=lambda r: r.id or 0) == sorted(
        [*before, *added], key=lambda r: r.id or 0
    )


def test_mark_a_hint_as_focus_area(qtbot, page):
    roadmap = page.document.session.roadmap
    before = roadmap.focus_areas()
    assert "1.3" not in {f.scope for f in before}
    page.hints.select("goals_not_quantified:1.3")
    qtbot.mouseClick(page.hints.focus_button, Qt.MouseButton.LeftButton)
    added = [f for f in roadmap.focus_areas() if f not in before]
    assert [f.scope for f in added] == ["1.3"]
    assert added[0].reason == page.hints.current().message
    assert page.focus.current() == added[0]
    steps = page.document.undo_stack.count()
    with qtbot.waitSignal(page.statusMessage) as said:
        qtbot.mouseClick(page.hints.focus_button, Qt.MouseButton.LeftButton)
    assert "Already" in said.args[0]
    assert page.document.undo_stack.count() == steps  # marked once only


def test_double_clicking_a_hint_asks_for_its_question(qtbot, page):
    row = page.hints.model.row_of(KEY)
    index = page.hints.model.index(row, 0)
    page.hints.table.scrollTo(index)
    rect = page.hints.table.visualRect(index)
    viewport = page.hints.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.questionActivated) as signal:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["1.4"]


def test_hint_model_passes_the_model_tester(qtmodeltester, page):
    page.hints.show_filter(ALL)
    qtmodeltester.check(page.hints.model, force_py=True)


SAMPLES: dict[HintKind, Hint] = {
    HintKind.TARGET_WITHOUT_INITIATIVE: Hint(
        HintKind.TARGET_WITHOUT_INITIATIVE,
        "k",
        ("2.5",),
        ("integration",),
        values={"start": 2, "target": 3, "planned": 2},
    ),
    HintKind.INITIATIVE_WITHOUT_QUESTION: Hint(
        HintKind.INITIATIVE_WITHOUT_QUESTION, "k", initiative_ids=(7,)
    ),
    HintKind.INITIATIVE_AFTER_TARGET_DATE: Hint(
        HintKind.INITIATIVE_AFTER_TARGET_DATE,
        "k",
        ("2.3",),
        initiative_ids=(7,),
        values={"ends_on": "2027-12", "due": "2027-06"},
    ),
    HintKind.BIG_STEP: Hint(
        HintKind.BIG_STEP,
        "k",
        ("3.2",),
        values={"from_level": 1, "to_level": 4, "first": "2027-01", "last": "2027-04"},
    ),
    HintKind.BUDGET_HORIZON: Hint(
        HintKind.BUDGET_HORIZON,
        "k",
        ("1.2", "3.2", "4.2"),
        values={"level": 2, "highest_target": 5},
    ),
    HintKind.GOLDEN_RECORD_FIRST: Hint(
        HintKind.GOLDEN_RECORD_FIRST,
        "k",
        ("3.2", "2.3"),
        values={
            "golden_month": "2027-06",
            "golden_level": 4,
            "integration_month": "2027-12",
        },
    ),
    HintKind.CONSENTS_LAG: Hint(
        HintKind.CONSENTS_LAG, "k", ("3.4", "4.3"), values={"level": 1}
    ),
    HintKind.NO_STRATEGIC_LIST: Hint(
        HintKind.NO_STRATEGIC_LIST, "k", ("1.4",), values={"level": 2}
    ),
    HintKind.GOALS_NOT_QUANTIFIED: Hint(
        HintKind.GOALS_NOT_QUANTIFIED, "k", ("1.3",), values={"level": 1}
    ),
    HintKind.TECHNOLOGY_AHEAD: Hint(
        HintKind.TECHNOLOGY_AHEAD,
        "k",
        area_ids=("integration", "people"),
        values={"technology_target": 4.5, "other_target": 2.0, "difference": 2.5},
    ),
    HintKind.ADOPTION_LAG: Hint(
        HintKind.ADOPTION_LAG,
        "k",
        ("1.6", "2.2"),
        ("integration",),
        (7,),
        values={"level": 2},
    ),
    HintKind.BIG_GAP_SOON: Hint(
        HintKind.BIG_GAP_SOON,
        "k",
        ("5.3",),
        values={"start": 1, "target": 4, "due": "2027-03", "months": 4},
    ),
}


@pytest.fixture(scope="module")
def names(demo_template) -> SubjectNames:
    with WorkshopSession.open(demo_template, read_only=True) as session:
        model = session.effective_model()
    return SubjectNames.of(model, "en", [Initiative(7, "<b>CRM</b> rollout")])


@pytest.mark.parametrize("kind", list(HintKind))
def test_every_kind_of_hint_has_a_message(qapp, names, kind):
    assert kind in MESSAGES
    hint = SAMPLES[kind]
    message = hint_message(hint, names)
    assert message and "?" not in message and "{" not in message
    for question_id in hint.question_ids[:1]:
        assert names.scope(question_id) in message
    if hint.initiative_ids:
        assert "“<b>CRM</b> rollout”" in message  # as typed, quoted
    # the numbers the rule found are in the sentence
    for value in hint.values.values():
        if isinstance(value, str):
            assert value in message
    # a hint whose numbers are missing still reads (no crash, no traceback)
    bare = Hint(kind, "k", hint.question_ids, hint.area_ids, hint.initiative_ids)
    assert hint_message(bare, names)


def test_golden_record_message_reads_as_in_the_brief(qapp, names):
    message = hint_message(SAMPLES[HintKind.GOLDEN_RECORD_FIRST], names)
    assert message == (
        '3.2 Single customer record ("golden record") reaches level 4 in 2027-06, '
        "before 2.3 Integration with other systems reaches level 3 (2027-12)"
    )
    assert hint_message(SAMPLES[HintKind.TECHNOLOGY_AHEAD], names).startswith(
        "2 Integration of Systems & Technology aims at level 4.5, 2.5 above "
        "1 People & Organisation (2)"
    )
