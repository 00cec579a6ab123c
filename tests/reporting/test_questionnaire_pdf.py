"""The printed questionnaire read back with pypdf: Polish text, every question id,
named versus blank, page numbers, paper, branding, and no question split over pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_workshop.services import questionnaire as q
from crm_workshop.services.demo import create_demo
from crm_workshop.services.workshop import WorkshopSession


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("questionnaire-pdf") / "demo.crmw"
    create_demo(path).close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.crmw"
    shutil.copy(demo_template, path)
    with WorkshopSession.open(path) as session:
        yield session


def pdf(session, path: Path, name: str | None = None, **options) -> list[str]:
    q.export_questionnaire(session, path, name, q.QuestionnaireOptions(**options))
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def printed(demo_template, tmp_path_factory) -> dict[str, list[str]]:
    """The text of two questionnaires of the demo: one named in Polish, one blank
    in English (written once: reading a PDF back is the slow part)."""
    folder = tmp_path_factory.mktemp("printed")
    with WorkshopSession.open(demo_template, read_only=True) as session:
        return {
            "named": pdf(
                session, folder / "n.pdf", "Katarzyna Wiśniewska", language="pl"
            ),
            "blank": pdf(session, folder / "b.pdf", language="en"),
        }


def test_named_polish_questionnaire(printed):
    pages = printed["named"]
    first = pages[0]
    for text in (
        "Ankieta dojrzałości CRM",
        "Bursztyn Delikatesy S.A.",
        "Katarzyna Wiśniewska",
        "Prezes Zarządu (CEO)",
        "Zarząd",  # the department by the model's name, not its id
        "Jak wypełnić ankietę",
        "NORTHLIGHT CRM ADVISORY",
    ):
        assert text in first, text
    everything = "\n".join(pages)
    for text in ("Zespół i właściciel CRM", "Nie dotyczy", "Nie wiem / do weryfikacji"):
        assert text in everything
    for number, page in enumerate(pages, start=1):
        assert f"strona {number} z {len(pages)}" in page
        assert "Imię i nazwisko: Katarzyna Wiśniewska" in page  # loose pages find home


def test_every_question_id_is_printed_and_no_question_is_split(printed, demo):
    pages = printed["blank"]
    ids = [q_.id for q_ in demo.model.questions()]
    found = re.findall(r"^\s*(\d\.\d)\s", "\n".join(pages), re.MULTILINE)
    assert [i for i in found if i in ids] == ids
    for page in pages[1:]:
        # a question block starts with its id and ends with its comment line
        starts = [
            i for i in re.findall(r"^\s*(\d\.\d)\s", page, re.MULTILINE) if i in ids
        ]
        assert len(starts) == page.count("Comment"), page


def test_blank_questionnaire_has_lines_to_write_on(printed):
    pages = printed["blank"]
    assert "Name:" in pages[-1] and "____" in pages[-1]
    assert "Katarzyna" not in "\n".join(pages)
    assert "CRM maturity questionnaire" in pages[0]


def test_hidden_questions_are_left_out_and_rewordings_printed(demo, tmp_path):
    demo.set_question_override("2.2", hidden=True)
    demo.set_question_override("2.3", title={"pl": "Integracja z ERP i sklepem"})
    text = "\n".join(pdf(demo, tmp_path / "q.pdf", language="pl", area_ids=("2",)))
    assert "Integracja z ERP i sklepem" in text
    assert "Dopasowanie platformy CRM" not in text
    assert "Zespół i właściciel CRM" not in text  # area 1 was not chosen
    assert re.search(r"^\s*2\.1\s", text, re.MULTILINE)


def test_letter_paper_and_metadata(demo, tmp_path):
    path = tmp_path / "q.pdf"
    q.export_questionnaire(
        demo, path, "Piotr Zając", q.QuestionnaireOptions(language="en", paper="letter")
    )
    reader = PdfReader(path)
    assert round(reader.pages[0].mediabox.height) == 792
    assert reader.metadata.title == "CRM maturity questionnaire: Piotr Zając"
    outline = [item.title for item in reader.outline]
    assert outline[0].startswith("Area 1 · ") and len(outline) == 5
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVu" in f for f in fonts)  # embedded, Polish letters included


def test_typed_text_prints_literally(demo, tmp_path):
    demo.update_engagement(client_name="<b>Bursztyn</b> & <i>Syn")
    demo.add_stakeholder("Ola <img src='x'/>", "<font size=40>CFO</font>")
    first = pdf(demo, tmp_path / "q.pdf", "Ola <img src='x'/>")[0]
    assert "<b>Bursztyn</b> & <i>Syn" in first
    assert "Ola <img src='x'/>" in first and "<font size=40>CFO</font>" in first


def test_the_logo_is_on_the_first_page(demo, tmp_path):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (400, 160), (224, 123, 57)).save(buffer, "PNG")
    demo.set_logo(buffer.getvalue(), "image/png")
    path = tmp_path / "q.pdf"
    q.export_questionnaire(demo, path)
    reader = PdfReader(path)
    assert "/XObject" in reader.pages[0]["/Resources"]
    assert "/XObject" not in reader.pages[1]["/Resources"]
