"""The progress PDF from plain data: chapters in both languages, every user text
printed literally, the empty states, contents and bookmarks; read back with pypdf."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from crm_workshop.reporting.data import Cover
from crm_workshop.reporting.labels import report_text
from crm_workshop.reporting.progress_data import (
    AreaRow,
    InitiativeProgress,
    KpiRow,
    PlanAreaRow,
    ProgressData,
    QuestionRow,
    RiskRow,
    RoundInfo,
    SlipRow,
    StatusRow,
)
from crm_workshop.reporting.progress_labels import progress_text
from crm_workshop.reporting.progress_report import (
    build_progress_report,
    with_progress_charts,
)

HOSTILE = "<b>Zarząd</b> & <img src='/etc/passwd'/> <unclosed $x$"


def data(**changes: object) -> ProgressData:
    question = QuestionRow("1.3", "Cele mierzalne", 2.0, 2.0, 2, 2, "same")
    up = QuestionRow("1.4", HOSTILE, 1.0, 3.0, 1, 3, "up")
    values: dict[str, object] = {
        "language": "pl",
        "paper": "a4",
        "cover": Cover(
            consultancy="Northlight <CRM>",
            consultant="Marta Zielińska",
            client=HOSTILE,
            client_industry="Handel",
            starts_on="2026-10-05",
            ends_on="2026-10-30",
            model_name="Model Dojrzałości CRM",
            model_version="1.0",
            round_name="Q1 2027",
            round_date="2027-01-21",
            primary_color="#1F4E79",
            accent_color="#E07B39",
        ),
        "current": RoundInfo("Q1 <2027>", "2027-01-21", 9),
        "previous": RoundInfo("Baseline", "2026-10-21", 11),
        "plan_from": RoundInfo("Baseline", "2026-10-21", 11),
        "due_by": "2026-12",
        "index_before": 1.96,
        "index_after": 2.07,
        "areas": (
            AreaRow(1, "Ludzie i organizacja", 1.8, 2.4, 1.0, 1.8),
            AreaRow(2, HOSTILE, 2.1, 2.0, 1.8, 1.8),
            AreaRow(3, "Dane", None, None, None, None),
        ),
        "questions": (question, up),
        "moved_up": (up,),
        "moved_down": (),
        "plan_areas": (
            PlanAreaRow(1, "Ludzie i organizacja", 2.3, 2.5, None, None),
            PlanAreaRow(2, HOSTILE, 3.0, 2.0, 3, "2026-12"),
        ),
        "slipped": (SlipRow("1.3", "Cele mierzalne", 3, 2, 3, "2026-12", (HOSTILE,)),),
        "on_track": 20,
        "not_reassessed": ("5.5",),
        "carried": 21,
        "initiatives": (
            InitiativeProgress(
                1,
                HOSTILE,
                "Katarzyna Wiśniewska",
                "w realizacji",
                "2026-10",
                "2027-03",
                (StatusRow("2027-01-15", "w realizacji", HOSTILE + "\ndruga linia"),),
                (
                    KpiRow(
                        HOSTILE,
                        "%",
                        60.0,
                        "2026-10-31",
                        81.0,
                        "2027-01-20",
                        95.0,
                        0.6,
                        3,
                    ),
                    KpiRow(
                        "Zgody", "", 1.0, "2027-01-20", 1.0, "2027-01-20", None, None, 1
                    ),
                ),
            ),
            InitiativeProgress(2, "Bez pomiarów", "", "planowana", None, None, (), ()),
        ),
        "new_risks": (
            RiskRow(
                HOSTILE, "Obszar 2, 2.2", 4, 4, "Paweł Szymański", HOSTILE, "2027-01-21"
            ),
        ),
        "participants": ("Łukasz Dąbrowski", HOSTILE),
    }
    values.update(changes)
    return ProgressData(**values)  # type: ignore[arg-type]


def render(progress: ProgressData, lang: str = "pl") -> PdfReader:
    buffer = BytesIO()
    build_progress_report(buffer, progress, report_text(lang), progress_text(lang))
    return PdfReader(BytesIO(buffer.getvalue()))


def flat(reader: PdfReader) -> str:
    return " ".join("\n".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_every_chapter_is_there_with_contents_and_bookmarks(lang):
    words = progress_text(lang)
    reader = render(data(language=lang), lang)
    text = flat(reader)
    for title in (
        words.summary,
        words.changes,
        words.plan,
        words.initiatives,
        words.risks,
        words.participants,
        words.slipped,
        words.history,
    ):
        assert title in text, title
    chapters = [i.title for i in reader.outline if not isinstance(i, list)]
    assert chapters == [
        words.summary,
        words.changes,
        words.plan,
        words.initiatives,
        words.risks,
        words.participants,
    ]
    contents = reader.pages[1].extract_text()
    assert report_text(lang).contents in contents and words.plan in contents
    assert reader.metadata.title.startswith(words.report_title)
    # "page x of y" on a body page
    total = len(reader.pages)
    page_of = report_text(lang).page_of % (3, total)
    assert page_of in reader.pages[2].extract_text()


def test_user_text_prints_literally():
    reader = render(data())
    text = flat(reader)
    assert "<b>Zarząd</b> & <img src='/etc/passwd'/> <unclosed $x$" in text
    assert "druga linia" in text
    # a change that rounds to nothing is 0,0, never −0,0
    assert "−0,0" not in text and "+0,0" not in text


def test_the_words_follow_the_language():
    text = flat(render(data()))
    assert "do końca grudnia 2026" in text  # the genitive after "end of"
    assert "P3, termin: grudzień 2026" in text
    assert "21 stycznia 2027" in text and "60 %" in text and "60%" in text
    english = flat(render(data(language="en"), "en"))
    assert (
        "by the end of December 2026" in english and "L3 due December 2026" in english
    )


def test_empty_states_say_so_in_one_line():
    words = progress_text("en")
    reader = render(
        data(
            language="en",
            plan_from=None,
            due_by=None,
            moved_up=(),
            slipped=(),
            plan_areas=(),
            initiatives=(),
            new_risks=(),
            participants=(),
            carried=0,
            not_reassessed=(),
        ),
        "en",
    )
    text = flat(reader)
    for message in (
        words.no_plan,
        words.none_up,
        words.none_down,
        words.no_initiatives,
        words.no_risks.format(previous="Baseline"),
        words.participants_unrecorded.format(current="Q1 <2027>"),
        words.no_plan_note,
    ):
        assert message in text, message


def test_no_slip_with_a_plan_says_every_due_level_was_reached():
    text = flat(render(data(language="en", slipped=()), "en"))
    assert progress_text("en").no_slips.format(month="December 2026") in text


def test_the_overlay_radar_is_drawn_and_placed():
    words = progress_text("en")
    progress = with_progress_charts(
        data(language="en"), words, [2.3, 3.0, None], "December 2026"
    )
    assert progress.radar is not None and progress.radar.png.startswith(b"\x89PNG")
    reader = render(progress, "en")
    assert "Figure 1." in flat(reader)
    images = sum(len(page.images) for page in reader.pages)
    assert images == 1


def test_a_change_agrees_with_the_two_scores_printed_beside_it():
    """2.44 -> 2.46 prints as 2,4 -> 2,5: the change column says +0,1, not 0,0;
    an exact half is rounded up, as the app shows it (2.25 -> 2,3)."""
    areas = (
        AreaRow(1, "Ludzie i organizacja", 2.44, 2.46, 1.0, 1.0),
        AreaRow(2, "Integracja systemów", 2.25, 2.25, 1.0, 1.0),
    )
    question = QuestionRow("1.3", "Cele mierzalne", 2.44, 2.46, 2, 2, "same")
    text = flat(
        render(
            data(
                areas=areas,
                questions=(question,),
                index_before=2.44,
                index_after=2.46,
            )
        )
    )
    assert "Ludzie i organizacja 2,4 2,5 +0,1" in text
    assert "Integracja systemów 2,3 2,3 0,0" in text
    assert "Cele mierzalne 2,4 2,5 +0,1" in text
