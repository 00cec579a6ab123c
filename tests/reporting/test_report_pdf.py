"""The PDF report, read back with pypdf: text, fonts, outline, metadata, escaping."""

from __future__ import annotations

import itertools
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.reporting.labels import ENGLISH, POLISH
from crm_workshop.services.demo import BASELINE, create_demo
from crm_workshop.services.report import ReportOptions, export_report
from crm_workshop.services.workshop import WorkshopSession

HOSTILE_NAME = "<b>Zarząd</b> & Co"
HOSTILE_COMMENT = '<img src="/etc/passwd"/> $x$ 🙂'


def tiny_png() -> bytes:
    """A 4x2 red PNG, written by hand so the test needs no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xcc\x20\x20" * 4 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def workshop(tmp_path_factory) -> Path:
    """The demo workshop, plus a stakeholder whose name and comment are markup."""
    path = tmp_path_factory.mktemp("report") / "demo.crmw"
    with create_demo(path) as session:
        round_id = session.round_named(BASELINE).id
        hostile = session.add_stakeholder(HOSTILE_NAME, "Rada nadzorcza", "board")
        session.rate(
            round_id, Rating(hostile, "1.1", Answer.LEVEL, 2, 3, HOSTILE_COMMENT)
        )
        session.set_logo(tiny_png(), "image/png")
    return path


def export(workshop: Path, target: Path, **options: object) -> Path:
    with WorkshopSession.open(workshop) as session:
        export_report(session, target, ReportOptions(**options))  # type: ignore[arg-type]
    return target


@pytest.fixture(scope="module")
def pdfs(workshop, tmp_path_factory) -> dict[str, PdfReader]:
    out = tmp_path_factory.mktemp("pdfs")
    return {
        "en": PdfReader(export(workshop, out / "en.pdf", language="en")),
        "pl": PdfReader(export(workshop, out / "pl.pdf", language="pl")),
        "anonymous": PdfReader(
            export(workshop, out / "anon.pdf", language="en", anonymous=True)
        ),
        "letter": PdfReader(
            export(workshop, out / "letter.pdf", language="en", paper="letter")
        ),
    }


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    titles: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline)
    return titles


@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("pl", POLISH)])
def test_every_section_is_there_in_the_chosen_language(pdfs, language, text):
    reader = pdfs[language]
    content = text_of(reader)
    for title in (
        text.report_title,
        text.contents,
        text.executive_summary,
        text.scope,
        text.current_picture,
        text.appendix,
    ):
        assert title in content, title
    assert len(reader.pages) > 4
    pages = len(reader.pages)
    assert text.page_of % (2, pages) in reader.pages[1].extract_text()
    assert text.page_of % (pages, pages) in reader.pages[-1].extract_text()
    assert "%d" not in content


def test_polish_text_survives_intact(pdfs):
    content = text_of(pdfs["pl"])
    for phrase in (
        "Bursztyn Delikatesy S.A.",
        "Łukasz Dąbrowski",
        "Unifikacja danych o klientach",
        "Mapa drogowa CRM",
        "Załącznik: wszystkie odpowiedzi",
        "strona 3 z",
        "5–30 października 2026",
        "Zespół i właściciel CRM",  # a question title in Polish
    ):
        assert phrase in content, phrase


def test_the_english_report_uses_the_models_english_texts(pdfs):
    content = text_of(pdfs["en"])
    assert "Customer Data Unification" in content
    assert "Developing" in content  # a level name from the model's scale
    assert "5–30 October 2026" in content


def test_only_dejavu_is_used_and_it_is_embedded(pdfs):
    reader = pdfs["pl"]
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts, "no fonts found"
    assert all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values()), fonts
    assert any(name.endswith("DejaVuSans-Bold") for name in fonts)


def test_metadata_and_language(pdfs):
    en, pl = pdfs["en"], pdfs["pl"]
    assert en.metadata.title == "CRM roadmap: Bursztyn Delikatesy S.A."
    assert en.metadata.author == "Marta Zielińska"
    assert "CRM Maturity Model 1.0" in en.metadata.subject
    assert pl.metadata.title == "Mapa drogowa CRM: Bursztyn Delikatesy S.A."
    assert en.trailer["/Root"]["/Lang"] == "en-GB"
    assert pl.trailer["/Root"]["/Lang"] == "pl-PL"


def test_outline_has_a_bookmark_per_section_on_the_right_page(pdfs):
    reader = pdfs["en"]
    titles = outline_titles(reader)
    names = [t for t, _ in titles]
    for section in (
        ENGLISH.executive_summary,
        ENGLISH.scope,
        ENGLISH.current_picture,
        ENGLISH.appendix,
        "3. Customer Data Unification",
    ):
        assert section in names
    for title, page in titles:
        assert title in reader.pages[page].extract_text(), title
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_contents_page_numbers_match_the_bookmarks(pdfs):
    reader = pdfs["en"]
    lines = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    listed = {}
    for before, line in itertools.pairwise(lines):
        if before.startswith("."):  # pypdf gives the dot leader and number first
            listed[line] = int(before.split()[-1])
    bookmarks = dict(outline_titles(reader))
    assert set(listed) == set(bookmarks) and len(bookmarks) == 20
    for title, page in bookmarks.items():
        assert listed[title] == page + 1, title


def test_cover_has_no_running_header_and_carries_the_logo(pdfs):
    cover = pdfs["en"].pages[0]
    text = cover.extract_text()
    assert "page 1 of" not in text
    assert "Northlight CRM Advisory".upper() in text
    assert "Baseline · 21 October 2026" in text
    assert list(cover.images), "the client's logo is drawn on the cover"
    assert not list(pdfs["en"].pages[2].images)


def test_user_text_prints_literally(pdfs):
    for language in ("en", "pl"):
        content = text_of(pdfs[language])
        assert "<b>Zarząd</b>" in content
        assert "<img" in content and "/etc/passwd" in content
        assert "$x$" in content


def test_anonymous_report_shows_roles_not_names(pdfs):
    content = text_of(pdfs["anonymous"])
    for name in ("Łukasz Dąbrowski", "Katarzyna Wiśniewska", "Zarząd</b>"):
        assert name not in content
    assert "Architekt systemów · IT" in content
    assert ENGLISH.role in content


def test_letter_paper(pdfs):
    letter = pdfs["letter"].pages[3].mediabox
    a4 = pdfs["en"].pages[3].mediabox
    assert (round(letter.width), round(letter.height)) == (612, 792)
    assert (round(a4.width), round(a4.height)) == (595, 842)


def test_own_executive_summary_replaces_the_draft(workshop, tmp_path):
    copy = tmp_path / "own.crmw"
    copy.write_bytes(workshop.read_bytes())
    with WorkshopSession.open(copy) as session:
        session.update_engagement(
            executive_summary="Our own <summary>.\n\nSecond paragraph & more."
        )
        export_report(session, tmp_path / "own.pdf", ReportOptions(language="en"))
    content = text_of(PdfReader(tmp_path / "own.pdf"))
    assert "Our own <summary>." in content and "Second paragraph & more." in content
    assert "puts overall CRM maturity" not in content


def test_a_round_without_answers_still_gives_a_report(tmp_path):
    path = tmp_path / "empty.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Pusta Sp. z o.o.")) as s:
        s.add_round("Start", RoundKind.BASELINE, "2026-01-15")
        result = export_report(s, tmp_path / "empty.pdf", ReportOptions("pl"))
    assert result.pages >= 5
    content = text_of(PdfReader(tmp_path / "empty.pdf"))
    assert "nie zapisano jeszcze żadnych poziomów" in content
    assert "Pusta Sp. z o.o." in content


def test_an_existing_file_is_kept_unless_replacing(workshop, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"keep me")
    with WorkshopSession.open(workshop) as session:
        with pytest.raises(FileExistsError):
            export_report(session, target, ReportOptions("en"))
        assert target.read_bytes() == b"keep me"
        export_report(session, target, ReportOptions("en"), replace=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # no leftovers
