"""The roadmap chapters of the PDF, read back with pypdf: titles in both languages, in the
contents and the outline, charts, strategic projects, risks and flags, escaping."""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_workshop.domain.hints import HintKind
from crm_workshop.domain.roadmap import HintDecision
from crm_workshop.reporting.chart_images import radar_image, with_roadmap_charts
from crm_workshop.reporting.data import (
    AreaPath,
    BoardGoal,
    DirectorGoal,
    Flag,
    FocusRow,
    LevelMark,
    LinkedMove,
    Measure,
    Project,
    QuestionPath,
    ReportData,
    RiskRow,
    RoadmapData,
)
from crm_workshop.reporting.labels import ENGLISH, POLISH, ReportText, report_text
from crm_workshop.reporting.report import build_report
from crm_workshop.services.demo import BASELINE, create_demo
from crm_workshop.services.report import (
    ReportOptions,
    draft_executive_summary,
    export_report,
    prepare_report,
)
from crm_workshop.services.workshop import WorkshopSession

HOSTILE = "<b>Zarząd</b> & <i>Co</i> $x$"
LONG = " ".join(f"słowo{n}" for n in range(1600))  # more than 10,000 characters
assert len(LONG) > 10_000


def sample_roadmap(*, hostile: str = HOSTILE, long: str = LONG) -> RoadmapData:
    """A roadmap as the services would fill it: three areas planned, five projects."""
    data = QuestionPath(
        "3.2",
        "Złoty rekord klienta",
        2,
        4,
        (LevelMark(3, "2027-05"), LevelMark(4, "2027-11", overridden=True)),
    )
    consents = QuestionPath(
        "3.4", "Zgody marketingowe", 1, 3, (LevelMark(2, "2027-02"),)
    )
    areas = (
        AreaPath(
            1,
            "Ludzie i organizacja",
            2.1,
            3.0,
            3.2,
            (LevelMark(3, "2027-06"),),
            (QuestionPath("1.4", f"Lista projektów {hostile}", 1, 3, ()),),
        ),
        AreaPath(
            2, "Integracja systemów", 1.8, 2.6, 3.0, (LevelMark(2, "2027-03"),), ()
        ),
        AreaPath(
            3,
            "Unifikacja danych o klientach",
            1.6,
            3.1,
            3.5,
            (LevelMark(2, "2027-02"), LevelMark(3, "2027-11")),
            (data, consents),
        ),
    )
    move = LinkedMove("3.2", "Złoty rekord klienta", 2, 4)
    projects = (
        Project(
            1,
            "Platforma danych klientów (CDP)",
            f"Opis projektu {hostile}.\n\n{long}",
            owner="Tomasz Kowalczyk",
            department="Marketing",
            moves=(move,),
            starts_on="2027-01",
            ends_on="2027-11",
            budget=450000,
            kpis=("Udział klientów z pełnym profilem: 35% → 70%", hostile),
            expected_roi=f"Zwrot w 18 miesięcy {hostile}",
            urgency=5,
            feasibility=4,
            status="planned",
            strategic=True,
        ),
        Project(
            2,
            "Szkolenia zespołów sprzedaży",
            starts_on="2026-12",
            ends_on="2027-03",
            urgency=4,
            feasibility=5,
            strategic=True,
        ),
        Project(
            3,
            "Program lojalnościowy online",
            starts_on="2027-04",
            ends_on="2027-12",
            urgency=2,
            feasibility=3,
            owner="Dział e-commerce",
        ),
        Project(4, f"Pomysł {hostile}", urgency=4, feasibility=4),
        Project(5, "Bez oceny", starts_on="2027-02", ends_on="2027-02"),
    )
    return RoadmapData(
        start="2026-10",
        end="2027-12",
        quarters=((2026, 4), (2027, 1), (2027, 2), (2027, 3), (2027, 4)),
        areas=areas,
        vision=f"Wizja: klient w centrum {hostile}.\n\n{long}",
        objectives=(
            Measure("Mniejszy odpływ klientów", "Churn", "%", 18.0, 12.5, "2027-12"),
            Measure(hostile, long[:300], "", None, None, None),
        ),
        board_goals=(
            BoardGoal(
                Measure("Zadowolenie klientów +15%", "NPS", "pkt", 21, 35, "2027-12"),
                (
                    DirectorGoal(
                        "Tomasz Kowalczyk",
                        "Dyrektor Marketingu · Marketing",
                        Measure("NPS kampanii +10", "NPS", "pkt", 20, 30, "2027-06"),
                        ("Segmentacja bazy", f"Nowy program {hostile}"),
                    ),
                    DirectorGoal("Anna Nowak", "Sprzedaż", Measure(long), ()),
                ),
            ),
            BoardGoal(Measure("Cel bez dyrektorów"), ()),
        ),
        projects=projects,
        risks=(
            RiskRow(
                f"Brak budżetu {hostile}",
                ("1.2", "Obszar 1"),
                4,
                5,
                long,
                "Grzegorz Nowicki",
                "open",
            ),
            RiskRow("Opór zespołów", ("1.6",), 2, 3, "Szkolenia", "", "mitigated"),
            RiskRow("Nieznane", (), None, None),
        ),
        flags=(
            Flag("no_strategic_list", ("1.4",), (("level", "1"),)),
            Flag("big_step", ("3.2",), (("question", f"3.2 {hostile}"),)),
        ),
        focus=(FocusRow("3.2 Złoty rekord klienta", f"Dane rozproszone {hostile}"),),
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict[str, ReportData]:
    path = tmp_path_factory.mktemp("roadmap") / "demo.crmw"
    with create_demo(path) as session:
        prepared = {
            lang: prepare_report(session, ReportOptions(language=lang)).data
            for lang in ("en", "pl")
        }
    # the current picture's two charts come first: the roadmap's figures follow them
    chart = radar_image(
        ["a", "b", "c"],
        [1, 2, 3],
        [2, 3, 4],
        current_label="now",
        target_label="target",
        current_color="#1F4E79",
        target_color="#E07B39",
    )
    return {
        lang: dataclasses.replace(data, radar=chart, heatmap=chart)
        for lang, data in prepared.items()
    }


def render(data: ReportData, text: ReportText, roadmap: RoadmapData) -> PdfReader:
    data = with_roadmap_charts(dataclasses.replace(data, roadmap=roadmap), text)
    out = BytesIO()
    build_report(out, data, text)
    out.seek(0)
    return PdfReader(out)


@pytest.fixture(scope="module")
def pdfs(base) -> dict[str, PdfReader]:
    return {
        lang: render(base[lang], report_text(lang), sample_roadmap())
        for lang in ("en", "pl")
    }


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(content: str) -> str:
    """Extracted text with its line breaks taken out (long text wraps)."""
    return " ".join(content.split())


def outline(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def chapter_titles(text: ReportText) -> list[str]:
    words = text.roadmap
    return [
        words.when_levels,
        words.vision,
        words.cascade,
        words.projects,
        words.risks,
        words.focus,
    ]


@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("pl", POLISH)])
def test_chapters_in_order_in_text_contents_and_outline(pdfs, language, text):
    reader = pdfs[language]
    content = text_of(reader)
    titles = outline(reader)
    expected = [text.current_picture, *chapter_titles(text), text.appendix]
    chapters = [t for t in titles if t in expected]
    assert chapters == expected  # in the outline, in this order
    contents = reader.pages[1].extract_text() + reader.pages[2].extract_text()
    for title in chapter_titles(text):
        assert title in content
        assert title in contents, title  # listed in the contents


def test_polish_text_is_intact(pdfs):
    content = flat(text_of(pdfs["pl"]))
    for phrase in (
        "Kiedy zostaną osiągnięte wyższe poziomy",
        "Kaskada celów na dyrektorów",
        "poz. 2 obecnie → poz. 3: II kw. 2027 → poz. 4: IV kw. 2027*",
        "Złoty rekord klienta",
        "Wizja: klient w centrum",
        "450 000",
        "NPS: z 21 pkt do 35 pkt, termin: grudzień 2027",
        "Waga to prawdopodobieństwo × wpływ",
        "Dane rozproszone",
        "styczeń – listopad 2027",
    ):
        assert phrase in content, phrase


def test_english_level_path_reads_as_the_roadmap_promises(pdfs):
    content = flat(text_of(pdfs["en"]))
    assert "L2 now → L3 Q2 2027 → L4 Q4 2027*" in content
    assert "L1 now target L3 not planned" in content
    assert "450,000" in content


def test_hostile_and_long_text_prints_literally(pdfs):
    for language in ("en", "pl"):
        content = flat(text_of(pdfs[language]))
        assert content.count("<b>Zarząd</b> & <i>Co</i> $x$") >= 8
        # every copy of the 10,000-character text is there to its last word
        assert content.count("słowo1599") == 4, language
        assert "słowo0 słowo1 słowo2" in content


def test_timeline_radar_and_matrix_are_drawn(pdfs, base):
    reader = pdfs["en"]
    with_images = [n for n, page in enumerate(reader.pages) if list(page.images)]
    picture = render(base["en"], ENGLISH, RoadmapData())
    before = sum(bool(list(page.images)) for page in picture.pages)
    assert len(with_images) >= before + 2  # timeline, projected radar, matrix
    content = text_of(reader)
    assert "Figure 3. Initiatives by quarter" in content
    assert "Figure 4. Maturity by area now" in content
    assert "Figure 5. Prioritisation" in content
    assert "Not scored, so not in the chart: 5." in content


def test_strategic_projects_listed_with_their_facts(pdfs):
    content = flat(text_of(pdfs["en"]))
    projects = content.index(ENGLISH.roadmap.strategic_heading)
    others = content.index(ENGLISH.roadmap.other_projects)
    for fact in (
        "1. Platforma danych klientów (CDP)",
        "Tomasz Kowalczyk · Marketing",
        "3.2 Złoty rekord klienta: L2 → L4",
        "January – November 2027 · planned",
        "Udział klientów z pełnym profilem",
        "Urgency · feasibility 5 · 4 (of 5)",
        "2. Szkolenia zespołów sprzedaży",
    ):
        assert projects < content.index(fact, projects) < others, fact
    assert "Program lojalnościowy online" in content[others:]


def test_confirmed_flags_are_printed_with_their_values(pdfs):
    content = flat(text_of(pdfs["en"]))
    assert ENGLISH.roadmap.flagged in content
    assert ENGLISH.roadmap.hint("no_strategic_list", {"level": "1"}) in content


def test_empty_chapters_say_so_in_one_line(base):
    roadmap = RoadmapData(vision="Tylko wizja.")
    reader = render(base["en"], ENGLISH, roadmap)
    content = flat(text_of(reader))
    words = ENGLISH.roadmap
    for line in (
        words.nothing_planned,
        words.no_objectives,
        words.nothing_cascade,
        words.nothing_projects,
        words.nothing_risks,
        words.nothing_focus,
    ):
        assert line in content, line
    assert all(title in outline(reader) for title in chapter_titles(ENGLISH))


def test_no_roadmap_no_chapters(base):
    reader = render(base["pl"], POLISH, RoadmapData())
    titles = outline(reader)
    assert not any(title in titles for title in chapter_titles(POLISH))


def test_drafted_summary_names_strategic_projects_and_top_risks(pdfs, base):
    summary = flat(
        pdfs["en"].pages[2].extract_text() + pdfs["en"].pages[3].extract_text()
    )
    assert "The strategic project list holds 2 projects:" in summary
    assert "Brak budżetu <b>Zarząd</b>" in summary
    own = dataclasses.replace(base["en"], executive_summary="Nasze własne.")
    reader = render(own, ENGLISH, sample_roadmap())
    assert "The strategic project list holds" not in text_of(reader)


def test_letter_paper_lays_out_too(base):
    letter = dataclasses.replace(base["en"], paper="letter")
    reader = render(letter, ENGLISH, sample_roadmap())
    assert round(reader.pages[5].mediabox.height) == 792


def write_samples(folder: Path) -> None:  # pragma: no cover - for looking at the pages
    path = folder / "sample.crmw"
    with create_demo(path) as session:
        for lang in ("en", "pl"):
            data = prepare_report(session, ReportOptions(language=lang)).data
            data = with_roadmap_charts(
                dataclasses.replace(data, roadmap=sample_roadmap(long="krótko")),
                report_text(lang),
            )
            build_report(folder / f"sample-{lang}.pdf", data, report_text(lang))


# -- the demo workshop's roadmap, exported as the app exports it ---------------------------------
@pytest.fixture(scope="module")
def decided(tmp_path_factory) -> Path:
    """The demo with two hints confirmed and one dismissed."""
    path = tmp_path_factory.mktemp("decided") / "demo.crmw"
    with create_demo(path) as session:
        session.roadmap.decide_hint("budget_horizon:1.2", HintDecision.CONFIRMED)
        session.roadmap.decide_hint("adoption_lag:1.6", HintDecision.CONFIRMED)
        session.roadmap.decide_hint("no_strategic_list:1.4", HintDecision.DISMISSED)
    return path


def exported(path: Path, out: Path, **options: object) -> str:
    with WorkshopSession.open(path) as session:
        export_report(session, out, ReportOptions(**options))  # type: ignore[arg-type]
    return flat(text_of(PdfReader(out)))


@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("pl", POLISH)])
def test_confirmed_hints_are_printed_and_dismissed_ones_not(
    decided, tmp_path, language, text
):
    content = exported(decided, tmp_path / "r.pdf", language=language)
    words = text.roadmap
    assert words.flagged in content
    budget, adoption, dismissed = (
        words.hints[kind].split("(")[0].strip()
        for kind in ("budget_horizon", "adoption_lag", "no_strategic_list")
    )
    assert budget in content and adoption in content
    assert dismissed not in content
    assert "–)" not in content and "{" not in content  # every value filled in
    if language == "pl":
        assert "na poziomie 2, a cele w innych miejscach sięgają poziomu 4" in content
    else:
        assert "stands at level 2 while targets elsewhere reach level 4" in content


def test_the_demo_roadmap_reaches_the_pdf(decided, tmp_path):
    content = exported(decided, tmp_path / "r.pdf", language="pl")
    for phrase in (
        *chapter_titles(POLISH),
        "Rysunek 3. Inicjatywy w kwartałach",
        "Rysunek 5. Priorytety",
        "Satysfakcja klientów +15% do końca 2027 r.",
        "Tomasz Kowalczyk",
        "Złoty rekord klienta (MDM)",
        "Lista projektów strategicznych obejmuje 5 projektów:",
    ):
        assert phrase in content, phrase


def test_anonymous_report_names_no_director_or_owner(decided, tmp_path):
    content = exported(decided, tmp_path / "r.pdf", language="en", anonymous=True)
    for name in ("Tomasz Kowalczyk", "Ewa Mazur", "Katarzyna Wiśniewska"):
        assert name not in content
    assert "Dyrektor Marketingu · Marketing" in content  # the director, by role
    assert "Dyrektor IT · IT · IT" not in content  # the department said once


def test_draft_executive_summary_is_plain_text(decided):
    with WorkshopSession.open(decided) as session:
        round_id = session.round_named(BASELINE).id
        draft = draft_executive_summary(session, round_id, "pl")
    blocks = draft.split("\n\n")
    assert blocks[0].startswith("Ocena firmy Bursztyn Delikatesy S.A.")
    assert any(
        b.startswith("Lista projektów strategicznych obejmuje 5") for b in blocks
    )
    risks = next(b for b in blocks if b.startswith(POLISH.roadmap.draft_risks))
    assert risks.count("\n• ") == 3
    assert blocks[-1] == POLISH.roadmap.draft_decisions
    assert "<" not in draft and "&amp;" not in draft


@pytest.mark.parametrize("text", [ENGLISH, POLISH])
def test_every_hint_kind_has_a_message_and_every_label_is_filled(text):
    words = text.roadmap
    assert set(words.hints) == {str(kind) for kind in HintKind}
    for field in dataclasses.fields(words):
        assert getattr(words, field.name) not in ("", (), {}), field.name
    assert words.hint("big_gap_soon", {}).count("–") >= 3  # a missing value: a dash
