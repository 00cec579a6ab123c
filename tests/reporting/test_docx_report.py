"""The Word roadmap, read back with python-docx: chapters in order in both languages,
Word's own styles and fields, charts, tables, the anonymous option, hostile text, and
what an office suite needs to open it (checked without running one)."""

from __future__ import annotations

import dataclasses
import posixpath
import struct
import unicodedata
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.reporting.data import (
    AnswerRow,
    KeyComment,
    Project,
    ReportData,
    RiskRow,
    RoadmapData,
)
from crm_workshop.reporting.docx_kit import clean
from crm_workshop.reporting.docx_report import build_docx
from crm_workshop.reporting.labels import ENGLISH, POLISH, ReportText
from crm_workshop.services.demo import BASELINE, create_demo
from crm_workshop.services.report import (
    ReportOptions,
    export_report,
    prepare_report,
    report_format,
)
from crm_workshop.services.workshop import WorkshopSession

HOSTILE_NAME = "<b>Zarząd</b> & Co"
RTL = "שלום עולם مرحبا"
LONG = " ".join(f"słowo{n}" for n in range(1600))  # more than 10,000 characters
CONTROLS = "A\x00B\x01C\x08D\x1fE\ufffeF\ud800G"  # what XML 1.0 forbids
assert len(LONG) > 10_000


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
    """The demo workshop, plus a stakeholder whose name is markup, and a logo."""
    path = tmp_path_factory.mktemp("docx") / "demo.crmw"
    with create_demo(path) as session:
        round_id = session.round_named(BASELINE).id
        hostile = session.add_stakeholder(HOSTILE_NAME, "Rada nadzorcza", "board")
        session.rate(round_id, Rating(hostile, "1.1", Answer.LEVEL, 2, 3, "<i>ok</i>"))
        session.set_logo(tiny_png(), "image/png")
    return path


def export(workshop: Path, target: Path, **options: object) -> Path:
    options.setdefault("round_name", BASELINE)
    with WorkshopSession.open(workshop) as session:
        export_report(session, target, ReportOptions(**options))  # type: ignore[arg-type]
    return target


@pytest.fixture(scope="module")
def documents(workshop, tmp_path_factory) -> dict[str, Document]:
    out = tmp_path_factory.mktemp("docx-out")
    return {
        "en": docx.Document(str(export(workshop, out / "en.docx", language="en"))),
        "pl": docx.Document(str(export(workshop, out / "pl.docx", language="pl"))),
        "anonymous": docx.Document(
            str(export(workshop, out / "anon.docx", language="en", anonymous=True))
        ),
        "letter": docx.Document(
            str(export(workshop, out / "letter.docx", language="pl", paper="letter"))
        ),
    }


@pytest.fixture(scope="module")
def prepared(workshop) -> dict[str, ReportData]:
    with WorkshopSession.open(workshop) as session:
        return {
            lang: prepare_report(
                session, ReportOptions(language=lang, round_name=BASELINE)
            ).data
            for lang in ("en", "pl")
        }


def paragraphs(document: Document) -> list[Paragraph]:
    """Every paragraph of the body, those inside tables included, in reading order."""
    return [Paragraph(p, document) for p in document.element.body.iter(qn("w:p"))]


def text_of(document: Document) -> str:
    parts = [p.text for p in paragraphs(document)]
    section = document.sections[0]
    for part in (section.header, section.footer):
        parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def styled(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def chapters(text: ReportText) -> list[str]:
    words = text.roadmap
    return [
        text.executive_summary,
        text.scope,
        text.current_picture,
        words.when_levels,
        words.vision,
        words.cascade,
        words.projects,
        words.risks,
        words.focus,
        text.appendix,
    ]


# -- chapters, styles, contents ----------------------------------------------------------------
@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("pl", POLISH)])
def test_every_chapter_is_a_heading_1_in_the_pdfs_order(documents, language, text):
    document = documents[language]
    assert styled(document, "Heading 1") == chapters(text)
    assert styled(document, "TOC Heading") == [text.contents]
    styles = [p.style.name for p in document.paragraphs]
    assert styles.index("TOC Heading") < styles.index("Heading 1")  # contents first
    for p in document.paragraphs:
        if p.style.name == "Heading 1":
            assert p.paragraph_format.page_break_before, p.text


def test_areas_are_heading_2_and_styles_are_words_own(documents, prepared):
    document = documents["en"]
    areas = [f"{a.number}. {a.title}" for a in prepared["en"].areas]
    level_2 = styled(document, "Heading 2")
    assert all(area in level_2 for area in areas)
    used = {p.style.name for p in paragraphs(document)}
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet", "Caption"):
        assert name in used, name
        assert document.styles[name].builtin, name
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == "1F4E79"  # the demo's brand colour


def test_contents_is_a_word_toc_field_listing_the_headings(documents):
    document = documents["pl"]
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith('TOC \\o "1-2"') for i in instructions)
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds[:2] == ["begin", "separate"] and "end" in kinds
    entries = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in ("toc 1", "toc 2")
    ]
    headings = [
        (f"toc {p.style.name[-1]}", p.text)
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2")
    ]
    assert entries == headings
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


def test_footer_numbers_pages_with_fields_and_the_cover_has_none(documents):
    section = documents["pl"].sections[0]
    assert section.different_first_page_header_footer
    footer = section.footer.paragraphs[0]
    fields = [t.text.strip() for t in footer._p.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Northlight CRM Advisory · Marta Zielińska")
    assert "strona 1 z 1" in footer.text  # until Word updates the fields
    assert section.header.paragraphs[0].text == (
        "Bursztyn Delikatesy S.A. · Mapa drogowa CRM"
    )
    assert not "".join(p.text for p in section.first_page_footer.paragraphs)


# -- content -------------------------------------------------------------------------------------
def test_cover_carries_client_title_date_consultant_and_logo(documents):
    document = documents["en"]
    cover = document.tables[:3]
    text = "\n".join(c.text for t in cover for row in t.rows for c in row.cells)
    for phrase in (
        "NORTHLIGHT CRM ADVISORY",
        "CRM roadmap",
        "Bursztyn Delikatesy S.A.",
        "Marta Zielińska, Northlight CRM Advisory",
        "Baseline · 21 October 2026",
    ):
        assert phrase in text, phrase
    masthead = cover[0].rows[0].cells[1]._tc
    assert masthead.findall(".//" + qn("w:drawing")), "the logo is on the cover"
    title = [p for t in cover for p in t.rows[0].cells[0].paragraphs] + [
        p for p in cover[1].rows[0].cells[0].paragraphs
    ]
    assert any(p.style.name == "Title" for p in title)


def test_charts_are_pictures_with_captions(documents):
    document = documents["pl"]
    body = list(document.element.body.iterchildren())
    pictures = [  # the charts: the logo sits in the cover's table
        n
        for n, e in enumerate(body)
        if e.tag == qn("w:p") and e.findall(".//" + qn("w:drawing"))
    ]
    captions = []
    for n in pictures:
        following = Paragraph(body[n + 1], document)
        assert following.style.name == "Caption"
        captions.append(following.text)
    assert len(captions) == 5  # radar, heat map, timeline, projected radar, matrix
    assert [c.split(".")[0] for c in captions] == [f"Rysunek {n}" for n in range(1, 6)]
    # six pictures in all: the five charts and the logo, each a PNG
    images = [
        p for p in document.part.package.parts if p.partname.startswith("/word/media")
    ]
    assert len(images) == 6
    assert all(p.blob.startswith(b"\x89PNG") for p in images)


def test_tables_have_the_expected_rows(documents, prepared):
    document, data = documents["en"], prepared["en"]
    by_header = {}
    for table in document.tables:
        by_header.setdefault(tuple(c.text for c in table.rows[0].cells), []).append(
            table
        )
    question = (
        "#",
        ENGLISH.question,
        ENGLISH.current,
        ENGLISH.target,
        ENGLISH.gap,
        ENGLISH.disagreement,
        ENGLISH.consensus,
    )
    areas = by_header[question]
    assert [len(t.rows) - 1 for t in areas] == [len(r.questions) for r in data.results]
    first = data.results[0].questions[0]
    row = [c.text for c in areas[0].rows[1].cells]
    assert row[:5] == [
        first.id,
        first.title,
        ENGLISH.number(first.current),
        ENGLISH.number(first.target),
        ENGLISH.number(first.gap, signed=True),
    ]
    who = (ENGLISH.stakeholder, ENGLISH.question, ENGLISH.current, ENGLISH.target)
    answers = by_header[(*who, ENGLISH.comment)]
    assert len(answers[0].rows) == len(data.answers) + 1
    people = by_header[(ENGLISH.stakeholder, ENGLISH.role, ENGLISH.department)]
    assert len(people[0].rows) == len(data.people) + 1
    words = ENGLISH.roadmap
    risks = by_header[
        (
            words.description,
            words.affects,
            words.severity,
            words.mitigation,
            words.owner,
            words.status,
        )
    ]
    assert len(risks[0].rows) == len(data.roadmap.risks) + 1
    header = areas[0].rows[0]._tr
    assert header.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert areas[0].style.name == "CRM Table"


def test_polish_text_and_language(documents):
    document = documents["pl"]
    content = text_of(document)
    for phrase in (
        "Obecny obraz dojrzałości",
        "Załącznik: wszystkie odpowiedzi",
        "Łukasz Dąbrowski",
        "Kaskada celów na dyrektorów",
        "w skali 1–5",
    ):
        assert phrase in content, phrase
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "pl-PL"
    props = document.core_properties
    assert props.language == "pl-PL"
    assert props.title == "Mapa drogowa CRM: Bursztyn Delikatesy S.A."
    assert props.author == "Marta Zielińska"


def test_user_markup_prints_literally(documents):
    content = text_of(documents["en"])
    assert HOSTILE_NAME in content
    assert "<i>ok</i>" in content


def test_anonymous_report_shows_roles_not_names(documents, workshop):
    content = text_of(documents["anonymous"])
    with WorkshopSession.open(workshop) as session:
        names = [s.name for s in session.stakeholders()]
    assert len(names) > 5
    for name in names:
        assert name not in content, name
    assert "Architekt systemów · IT" in content
    assert ENGLISH.role in styled_cells(documents["anonymous"])


def styled_cells(document: Document) -> list[str]:
    return [c.text for t in document.tables for c in t.rows[0].cells]


def test_paper_sizes(documents):
    a4, letter = documents["pl"].sections[0], documents["letter"].sections[0]
    assert (round(a4.page_width.mm), round(a4.page_height.mm)) == (210, 297)
    assert (round(letter.page_width.mm, 1), round(letter.page_height.mm, 1)) == (
        215.9,
        279.4,
    )


# -- hostile text ------------------------------------------------------------------------------
def hostile_data(base: ReportData) -> ReportData:
    """The demo's data with control characters, emoji, RTL and 10,000-character texts
    in every kind of place: cover, summary, comments, appendix, roadmap."""
    cover = dataclasses.replace(
        base.cover,
        client=f"Klient {CONTROLS} 🙂 {RTL}",
        consultant=LONG,
        client_industry="Handel\x0bdetaliczny",
        logo=b"\x89PNG not really a picture",
    )
    first = base.results[0]
    results = (
        dataclasses.replace(
            first,
            comments=(KeyComment("1.1", f"Ewa {CONTROLS}", f"Uwaga\x00 {LONG}"),),
        ),
        *base.results[1:],
    )
    roadmap = dataclasses.replace(
        base.roadmap,
        vision=f"Wizja {CONTROLS}\r\n\r\n{RTL} 🚀\x0cdruga linia",
        projects=(
            Project(1, f"Projekt {CONTROLS}", LONG, kpis=("\x07KPI",), strategic=True),
            *base.roadmap.projects[1:],
        ),
        risks=(
            RiskRow(f"Ryzyko\x1b {LONG}", ("1.1",), 5, 5, "\x00"),
            *base.roadmap.risks,
        ),
    )
    answers = (
        AnswerRow(f"Osoba {CONTROLS}", "1.1", Answer.LEVEL, 2, 3, f"{RTL}\x00{LONG}"),
        *base.answers,
    )
    return dataclasses.replace(
        base,
        cover=cover,
        executive_summary=f"Podsumowanie {CONTROLS} 🙂\n\n{LONG}",
        results=results,
        answers=answers,
        roadmap=roadmap,
    )


def test_hostile_text_survives(prepared):
    out = BytesIO()
    build_docx(out, hostile_data(prepared["pl"]), POLISH)
    document = docx.Document(BytesIO(out.getvalue()))
    content = text_of(document)
    assert "ABCDEFG" not in content  # the lone surrogate became a replacement mark
    assert "ABCDEF\ufffdG" in content  # the forbidden controls were dropped, no more
    assert "🙂" in content and "🚀" in content and RTL in content
    assert content.count(LONG) >= 5  # summary, comment, project, risk, appendix
    assert "Handel\ndetaliczny" in content  # Word's own line break kept as one
    assert "druga linia" in content
    assert "Uwaga " + LONG in content
    props = document.core_properties
    assert len(props.title) <= 255 and len(props.author) <= 255
    assert LONG[:100] in props.author
    # the unreadable logo is left out; the charts are still there
    media = [
        p for p in document.part.package.parts if p.partname.startswith("/word/media")
    ]
    assert not any(b"not really" in p.blob for p in media)


def test_clean_keeps_what_xml_allows():
    assert clean("a\tb\nc") == "a\tb\nc"
    assert clean("a\r\nb\rc\x0bd\x0ce") == "a\nb\nc\nd\ne"
    assert clean("\x00\x01\x1f\ufffe\uffff") == ""
    assert clean("\ud83d") == "\ufffd"
    assert clean("ąę 🙂 " + RTL) == "ąę 🙂 " + RTL


def test_a_workshop_without_a_roadmap_has_no_roadmap_chapters(prepared):
    data = dataclasses.replace(prepared["en"], roadmap=RoadmapData())
    out = BytesIO()
    build_docx(out, data, ENGLISH)
    document = docx.Document(BytesIO(out.getvalue()))
    assert styled(document, "Heading 1") == [
        ENGLISH.executive_summary,
        ENGLISH.scope,
        ENGLISH.current_picture,
        ENGLISH.appendix,
    ]


def test_empty_roadmap_chapters_say_so_without_a_page_of_their_own(prepared):
    words = ENGLISH.roadmap
    data = dataclasses.replace(prepared["en"], roadmap=RoadmapData(vision="Only this."))
    out = BytesIO()
    build_docx(out, data, ENGLISH)
    document = docx.Document(BytesIO(out.getvalue()))
    body = document.paragraphs
    titles = [n for n, p in enumerate(body) if p.style.name == "Heading 1"]
    by_title = {body[n].text: n for n in titles}
    plan = by_title[words.when_levels]
    assert not body[plan].paragraph_format.page_break_before
    assert body[plan + 1].text == words.nothing_planned
    assert body[by_title[words.vision]].paragraph_format.page_break_before
    assert "Only this." in text_of(document)


def test_own_executive_summary_replaces_the_draft(prepared):
    data = dataclasses.replace(
        prepared["en"], executive_summary="Our own <summary>.\n\nSecond & more."
    )
    out = BytesIO()
    build_docx(out, data, ENGLISH)
    content = text_of(docx.Document(BytesIO(out.getvalue())))
    assert "Our own <summary>." in content and "Second & more." in content
    assert "puts overall CRM maturity" not in content
    assert ENGLISH.roadmap.draft_risks not in content


# -- the file -------------------------------------------------------------------------------------
def test_format_follows_the_suffix_or_the_option():
    assert report_format("r.docx") == "docx" and report_format("R.DOCX") == "docx"
    assert report_format("r.pdf") == "pdf" and report_format("raport") == "pdf"
    assert report_format("r.pdf", "docx") == "docx"
    with pytest.raises(ValueError):
        report_format("r.odt", "odt")


def test_docx_is_written_atomically_and_kept_unless_replacing(workshop, tmp_path):
    target = tmp_path / "r.docx"
    target.write_bytes(b"the consultant's edits")
    with WorkshopSession.open(workshop) as session:
        with pytest.raises(FileExistsError):
            export_report(session, target, ReportOptions("en"))
        assert target.read_bytes() == b"the consultant's edits"
        result = export_report(session, target, ReportOptions("en"), replace=True)
        chosen = export_report(
            session, tmp_path / "bez rozszerzenia", ReportOptions(file_format="docx")
        )
    assert (result.file_format, result.pages) == ("docx", 0)
    assert zipfile.ZipFile(target).testzip() is None
    assert "word/document.xml" in zipfile.ZipFile(target).namelist()
    assert chosen.file_format == "docx"
    assert zipfile.is_zipfile(tmp_path / "bez rozszerzenia")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bez rozszerzenia", "r.docx"]


# -- what an office suite checks before it shows the document ---------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/"
DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/"
MAIN = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def parts_of(package: zipfile.ZipFile) -> dict[str, etree._Element]:
    """Every XML part, parsed strictly (a malformed part is what makes Word and
    LibreOffice refuse a file or offer to repair it)."""
    parsed = {}
    for name in package.namelist():
        if name.endswith((".xml", ".rels")):
            data = package.read(name)
            declaration = data.split(b"?>", 1)[0]
            assert declaration.startswith(b"<?xml") and b"UTF-8" in declaration, name
            parsed[name] = etree.fromstring(data, etree.XMLParser(recover=False))
    return parsed


def content_types(
    parsed: dict[str, etree._Element],
) -> tuple[dict[str, str], dict[str, str]]:
    """What [Content_Types].xml declares: by extension, and by part name."""
    types = parsed["[Content_Types].xml"]
    ns = f"{{{PACKAGE}content-types}}"
    return (
        {d.get("Extension"): d.get("ContentType") for d in types.iter(ns + "Default")},
        {o.get("PartName"): o.get("ContentType") for o in types.iter(ns + "Override")},
    )


def relationships(
    package: zipfile.ZipFile, parsed: dict[str, etree._Element]
) -> dict[str, dict[str, str]]:
    """For each part with relationships: relationship id -> the part it points to.
    Every internal target must be a part of the package."""
    names = set(package.namelist())
    found: dict[str, dict[str, str]] = {}
    for rels, tree in parsed.items():
        if not rels.endswith(".rels"):
            continue
        folder, _, file = rels.rpartition("_rels/")
        source = folder + file.removesuffix(".rels")
        targets = {}
        for rel in tree:
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
            target = target.lstrip("/")
            assert target in names, f"{rels}: {rel.get('Id')} -> missing {target}"
            targets[rel.get("Id")] = target
        found[source] = targets
    return found


def test_an_office_suite_can_open_it(workshop, tmp_path):
    """What opening the file in Word or LibreOffice depends on, checked without
    either: a sound package, no dangling references, tables Word does not "repair",
    fonts every office suite has, Polish text stored as itself, and pages enough."""
    target = export(workshop, tmp_path / "r.docx", language="pl")
    package = zipfile.ZipFile(target)
    assert package.testzip() is None
    parsed = parts_of(package)
    defaults, overrides = content_types(parsed)
    for name in package.namelist():  # every part has a content type
        if name == "[Content_Types].xml":
            continue
        extension = name.rsplit(".", 1)[-1]
        assert f"/{name}" in overrides or extension in defaults, name
    links = relationships(package, parsed)
    (main,) = [t for t in links[""].values() if t == "word/document.xml"]
    assert overrides["/" + main] == MAIN

    # every relationship a part refers to exists (a picture, a header, a footer)
    for source in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
        used = {
            value
            for element in parsed[source].iter()
            for key, value in element.attrib.items()
            if key.startswith(f"{{{R}}}")
        }
        assert used <= set(links.get(source, {})), source
    document = parsed["word/document.xml"]
    body = document.find(w("body"))
    assert body[-1].tag == w("sectPr")  # the page set-up closes the body
    drawings = [
        e.get("id") for e in document.iter(f"{{{DRAWING}wordprocessingDrawing}}docPr")
    ]
    assert len(drawings) >= 5 and len(set(drawings)) == len(drawings)  # unique ids

    # tables: every row fills the grid, every cell holds a paragraph
    tables = list(document.iter(w("tbl")))
    assert len(tables) > 10
    for table in tables:
        columns = len(table.find(w("tblGrid")).findall(w("gridCol")))
        for row in table.findall(w("tr")):
            cells = row.findall(w("tc"))
            spans = [
                int(c.find(f"{w('tcPr')}/{w('gridSpan')}").get(w("val")))
                if c.find(f"{w('tcPr')}/{w('gridSpan')}") is not None
                else 1
                for c in cells
            ]
            assert sum(spans) == columns
            assert all(c.findall(w("p")) for c in cells)

    # fields (contents, page numbers) open and close in order
    depth = 0
    for mark in document.iter(w("fldChar")):
        kind = mark.get(w("fldCharType"))
        depth += {"begin": 1, "end": -1}.get(kind, 0)
        assert depth >= 0
    assert depth == 0

    # fonts: the text uses the theme's fonts (Word's own; LibreOffice has
    # metric-compatible ones), and any font named outright is in the font table
    drawing = f"{{{DRAWING}main}}"
    theme = parsed["word/theme/theme1.xml"]
    theme_fonts = {
        f.find(drawing + "latin").get("typeface")
        for f in theme.iter(drawing + "majorFont", drawing + "minorFont")
    }
    assert theme_fonts == {"Calibri", "Cambria"}
    declared = {f.get(w("name")) for f in parsed["word/fontTable.xml"].iter(w("font"))}
    for part in ("word/document.xml", "word/styles.xml"):
        for fonts in parsed[part].iter(w("rFonts")):
            for key in ("ascii", "hAnsi", "cs", "eastAsia"):
                name = fonts.get(w(key))
                assert name is None or name in declared, (part, name)
    default_font = parsed["word/styles.xml"].find(f"{w('docDefaults')}//{w('rFonts')}")
    assert default_font.get(w("asciiTheme")) == "minorHAnsi"

    # Polish text is stored as itself (UTF-8, composed), in the chapter headings
    raw = package.read("word/document.xml")
    heading = "Obecny obraz dojrzałości"
    assert heading.encode("utf-8") in raw
    assert unicodedata.normalize("NFC", raw.decode("utf-8")) == raw.decode("utf-8")
    opened = docx.Document(str(target))
    assert heading in styled(opened, "Heading 1")
    assert "Łukasz Dąbrowski" in text_of(opened)

    # more than five pages: the cover, then each chapter on a page of its own
    starts = [
        p
        for p in opened.paragraphs
        if p.paragraph_format.page_break_before
        or any(b.get(w("type")) == "page" for b in p._p.iter(w("br")))
    ]
    assert len(starts) >= len(chapters(POLISH)) > 5
