"""Presenter mode: readable on a projector, answers hidden until all have answered,
anonymous by default and never showing an internal note."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.engagement import Followup
from crm_workshop.gui.commands import RateCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.presenter import ANSWERS, QUESTION, PresenterWindow
from crm_workshop.services.workshop import WorkshopSession

QUESTION_ID = "1.1"


@pytest.fixture
def document(demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    yield document
    document.close()


@pytest.fixture
def present(document) -> list[int]:
    return [p.id for p in document.session.stakeholders(active_only=True)]


@pytest.fixture
def presenter(qtbot, document, present):
    window = PresenterWindow(document, "en", lambda: present)
    qtbot.addWidget(window)
    window.show()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.height() == 1080)
    window.show_question(QUESTION_ID)
    return window


def label_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def visible_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def missing_ids(document, present) -> list[int]:
    answered = document.ratings_for(QUESTION_ID)
    return [person for person in present if person not in answered]


def counts(document) -> tuple[list[int], list[int], int, int]:
    ratings = list(document.ratings_for(QUESTION_ID).values())
    levels = [r.current for r in ratings if r.answer is Answer.LEVEL]
    targets = [r.target for r in ratings if r.target]
    return (
        [levels.count(n) for n in range(1, 6)],
        [targets.count(n) for n in range(1, 6)],
        sum(r.answer is Answer.NOT_APPLICABLE for r in ratings),
        sum(r.answer is Answer.DONT_KNOW for r in ratings),
    )


def test_question_texts_and_all_five_descriptors_are_shown(presenter, document):
    presenter.show_question("1.2")
    question = document.model.question("1.2")
    shown = visible_texts(presenter)
    assert document.model.area(question.area_id).title.get("en") in shown
    assert any("1.2" in t and question.title.get("en") in t for t in shown)
    assert question.prompt.get("en") in shown
    for n in range(1, 6):
        assert question.descriptor(n, "en") in shown
        assert document.model.scale.level(n).name.get("en") in shown
    assert presenter.stage == QUESTION


def test_text_reads_from_the_back_row_at_1920x1080(presenter):
    labels = presenter.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.font().pointSizeF() >= 28, label.objectName()
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert presenter.bars.font().pointSizeF() >= 28


def test_reveal_waits_until_everyone_present_has_answered(presenter, document, present):
    missing = missing_ids(document, present)
    assert len(missing) >= 2  # the demo leaves some of the room unanswered
    presenter.reveal()
    assert presenter.stage == ANSWERS
    assert presenter.waiting_label.isVisible()
    assert presenter.waiting_label.text() == f"Waiting for {len(missing)} more answers"
    assert not presenter.bars.isVisible()
    assert not presenter.answers_visible
    assert presenter.radar is None  # nothing anchors the room, not even area scores

    # Live: the count goes down as answers come in, then the answers appear.
    document.apply_rating(
        missing[0], QUESTION_ID, Rating(missing[0], QUESTION_ID, Answer.NOT_APPLICABLE)
    )
    waiting = len(missing) - 1
    expected = (
        "Waiting for one more answer"
        if waiting == 1
        else f"Waiting for {waiting} more answers"
    )
    assert presenter.waiting_label.text() == expected
    for person in missing[1:-1]:
        document.apply_rating(
            person, QUESTION_ID, Rating(person, QUESTION_ID, Answer.LEVEL, 4, 5)
        )
    assert presenter.waiting_label.text() == "Waiting for one more answer"
    last = missing[-1]
    document.undo_stack.push(
        RateCommand(
            document,
            last,
            QUESTION_ID,
            Rating(last, QUESTION_ID, Answer.DONT_KNOW),
            "answer",
        )
    )
    assert presenter.answers_visible
    assert presenter.bars.isVisible()
    assert not presenter.waiting_label.isVisible()
    current, target, not_applicable, dont_know = counts(document)
    assert presenter.bars.current == current
    assert presenter.bars.target == target
    assert (presenter.bars.not_applicable, presenter.bars.dont_know) == (1, 1)
    assert (not_applicable, dont_know) == (1, 1)
    assert current[3] >= len(missing) - 2
    assert presenter.answered_label.text() == (
        f"{len(present)} of {len(present)} present have answered"
    )

    document.undo_stack.undo()  # an answer withdrawn hides the answers again
    assert presenter.waiting_label.text() == "Waiting for one more answer"
    assert not presenter.answers_visible


def test_force_reveal_shows_the_answers_given_so_far(qtbot, presenter, document):
    qtbot.keyClick(presenter, Qt.Key.Key_F)
    assert presenter.answers_visible
    assert presenter.bars.isVisible()
    current, target, _, _ = counts(document)
    assert presenter.bars.current == current
    assert presenter.bars.target == target
    assert presenter.radar is not None and presenter.radar.isVisible()
    lines = presenter.radar.artists.lines
    assert len(lines) == 2  # current and target per area
    assert len(lines[0].get_ydata()) == len(document.model.areas) + 1

    qtbot.keyClick(presenter, Qt.Key.Key_Left)  # back, and a new reveal waits again
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert presenter.waiting_label.isVisible()


def test_names_are_hidden_until_n_is_pressed(qtbot, presenter, document):
    names = [p.name for p in document.session.stakeholders()]
    presenter.reveal(force=True)
    texts = "\n".join(label_texts(presenter))
    assert not any(name in texts for name in names)
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    shown = "\n".join(visible_texts(presenter))
    for rating in document.ratings_for(QUESTION_ID).values():
        name = next(
            p.name
            for p in document.session.stakeholders()
            if p.id == rating.stakeholder_id
        )
        assert f"{name} — {rating.current}" in shown
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    texts = "\n".join(label_texts(presenter))
    assert not any(name in texts for name in names)


def test_comments_and_notes_never_reach_the_screen(qtbot, presenter, document):
    person = next(iter(document.ratings_for(QUESTION_ID)))
    document.apply_rating(
        person,
        QUESTION_ID,
        Rating(person, QUESTION_ID, Answer.LEVEL, 3, 4, "SECRET-NOTE"),
    )
    document.apply_consensus(
        QUESTION_ID, Consensus(QUESTION_ID, 2, 4, "SECRET-CONSENSUS")
    )
    document.session.set_followup(
        document.round.id, Followup(QUESTION_ID, None, None, "SECRET-FOLLOWUP")
    )
    seen: list[str] = []
    for keys in ([], [Qt.Key.Key_F], [Qt.Key.Key_N], [Qt.Key.Key_Left]):
        for key in keys:
            qtbot.keyClick(presenter, key)
        for label in presenter.findChildren(QLabel):
            seen += [label.text(), label.toolTip(), label.accessibleDescription()]
        seen.append(presenter.bars.accessibleDescription())
    everything = "\n".join(seen)
    for secret in ("SECRET-NOTE", "SECRET-CONSENSUS", "SECRET-FOLLOWUP"):
        assert secret not in everything
    assert "Agreed: current 2 · target 4" in everything  # the level, not the note


def test_escape_closes_and_emits_closed(qtbot, presenter):
    with qtbot.waitSignal(presenter.closed, timeout=1000):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()


def test_keyboard_space_reveals_and_backspace_goes_back(qtbot, presenter):
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    assert presenter.stage == ANSWERS
    assert presenter.stack.currentIndex() == ANSWERS
    qtbot.keyClick(presenter, Qt.Key.Key_Backspace)
    assert presenter.stage == QUESTION
    assert presenter.level_texts[0].isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.stage == ANSWERS


def test_clicker_and_enter_ask_for_the_next_question(qtbot, presenter):
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # first press reveals
    assert presenter.stage == ANSWERS
    with qtbot.waitSignal(presenter.nextRequested, timeout=1000):
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    with qtbot.waitSignal(presenter.previousRequested, timeout=1000):
        qtbot.keyClick(presenter, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(presenter.nextRequested, timeout=1000):
        qtbot.keyClick(presenter, Qt.Key.Key_Return)


def test_a_new_question_starts_hidden(presenter):
    presenter.reveal(force=True)
    presenter.show_question("1.2")
    assert presenter.stage == QUESTION
    presenter.reveal()
    assert not presenter.answers_visible  # the force belonged to the last question


def test_consensus_change_updates_the_agreed_levels_live(presenter, document):
    presenter.reveal(force=True)
    assert not presenter.agreed_label.isVisible()
    document.apply_consensus(QUESTION_ID, Consensus(QUESTION_ID, 3, None, "x"))
    assert presenter.agreed_label.isVisible()
    assert presenter.agreed_label.text() == "Agreed: current 3"


def test_present_on_fills_the_chosen_screen(qtbot, presenter):
    screen = presenter.screen()
    presenter.present_on(None)
    qtbot.waitUntil(lambda: presenter.isFullScreen())
    assert presenter.screen() is screen
    assert presenter.geometry() == screen.geometry()


# -- fitting the projector: no line cut off, the radar using its room -----------------
@pytest.fixture
def make_presenter(qtbot, document, present):
    def make(language: str, width: int, height: int) -> PresenterWindow:
        window = PresenterWindow(document, language, lambda: present)
        qtbot.addWidget(window)
        window.show()
        window.resize(width, height)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height))
        return window

    return make


def settle(qtbot) -> None:
    qtbot.wait(20)  # posted layout requests run


def question_labels(window) -> list[QLabel]:
    return [
        window.area_label,
        window.title_label,
        window.prompt_label,
        *window.level_texts,
        window.answered_label,
    ]


def assert_every_line_shows(window, question_id: str) -> None:
    for label in question_labels(window):
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (question_id, label.objectName())
        bottom = label.mapTo(window, label.rect().bottomLeft()).y()
        assert bottom < window.height(), (question_id, label.objectName())
    texts = window.level_texts
    for upper, lower in itertools.pairwise(texts):  # rows stay apart
        above = upper.mapTo(window, upper.rect().bottomLeft()).y()
        assert above < lower.mapTo(window, lower.rect().topLeft()).y(), question_id


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_descriptor_line_is_cut_off_on_a_small_screen(
    qtbot, make_presenter, document, language
):
    # 1920x1080 at QT_SCALE_FACTOR=2 is 960x540 logical: three-line Polish
    # descriptors lost their last line (and its descenders) there.
    window = make_presenter(language, 960, 540)
    for question in document.model.questions():
        window.show_question(question.id)
        settle(qtbot)
        assert_every_line_shows(window, question.id)
        assert window.level_texts[0].font().pointSizeF() >= 10


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_question_reads_at_28_pt_and_whole_at_1920x1080(
    qtbot, make_presenter, document, language
):
    window = make_presenter(language, 1920, 1080)
    for question in document.model.questions():
        window.show_question(question.id)
        settle(qtbot)
        assert_every_line_shows(window, question.id)
        for label in question_labels(window):
            assert label.font().pointSizeF() >= 28, (question.id, label.objectName())


def boxes_overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


@pytest.mark.parametrize(
    ("language", "width", "height"),
    [("pl", 1280, 720), ("en", 1280, 720), ("pl", 960, 540), ("en", 1920, 1080)],
)
def test_revealed_radar_fills_its_room_and_its_labels_stay_apart(
    qtbot, make_presenter, language, width, height
):
    window = make_presenter(language, width, height)
    window.show_question("2.3")
    window.reveal(force=True)
    qtbot.waitUntil(lambda: window.radar is not None and window.radar.isVisible())
    settle(qtbot)
    canvas, figure = window.radar.canvas, window.radar.figure
    canvas.draw()
    renderer = canvas.get_renderer()
    axes = window.radar.artists.axes
    circle = axes.get_window_extent(renderer)
    # the circle takes a fair share of its canvas: it was under half its height
    assert circle.height >= 0.55 * figure.bbox.height, (circle, figure.bbox)

    cx, cy = (circle.x0 + circle.x1) / 2, (circle.y0 + circle.y1) / 2
    radius = circle.width / 2
    areas = [t.get_window_extent(renderer) for t in axes.get_xticklabels()]
    assert len(areas) == 5
    for n, box in enumerate(areas):
        assert figure.bbox.x0 - 1 <= box.x0 and box.x1 <= figure.bbox.x1 + 1, n
        assert figure.bbox.y0 - 1 <= box.y0 and box.y1 <= figure.bbox.y1 + 1, n
        for other in areas[n + 1 :]:
            assert not boxes_overlap(box, other), (box, other)
        # no area label runs across the rings: its nearest point is outside the circle
        nx = min(max(cx, box.x0), box.x1)
        ny = min(max(cy, box.y0), box.y1)
        assert ((nx - cx) ** 2 + (ny - cy) ** 2) ** 0.5 >= radius - 1, n
    scale = [
        t.get_window_extent(renderer) for t in axes.get_yticklabels() if t.get_visible()
    ]
    assert len(scale) >= 2  # at least 1 and 5
    for n, box in enumerate(scale):
        for other in scale[n + 1 :]:
            assert not boxes_overlap(box, other), (box, other)
