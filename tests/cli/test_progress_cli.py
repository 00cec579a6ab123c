"""``crm-workshop report --progress``, run as a user runs it: in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import assert_one_line_error, run

HEADINGS = {
    "pl": (
        "Raport postępów CRM",
        "Co zmieniło się od poprzedniej rundy",
        "Plan a rzeczywistość",
        "Opóźnione pytania",
        "Inicjatywy: status i wskaźniki KPI",
        "Nowe ryzyka",
        "Uczestnicy rundy",
    ),
    "en": (
        "CRM progress report",
        "What changed since the last round",
        "Plan versus actual",
        "Slipped questions",
        "Initiatives: status and KPIs",
        "New risks",
        "Who took part",
    ),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("progress-cli") / "demo.crmw"
    assert run("demo", path).returncode == 0
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_the_progress_report_has_its_chapters(demo, tmp_path, lang):
    out = tmp_path / f"postępy-{lang}.pdf"
    result = run("report", demo, "--progress", "-o", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Progress report written to {out}: ")
    assert "round 'Q1 2027' against 'Baseline'" in result.stdout
    text = pdf_text(out)
    for heading in HEADINGS[lang]:
        assert heading in text, heading
    # the slipped question, the new risk, an initiative's KPI, a participant
    flat = " ".join(text.split())
    assert "1.3" in flat and "Wymiana ERP opóźniona o kwartał" in flat
    assert "Udział bazy ze źródłem i datą zgody" in flat
    assert "Łukasz Dąbrowski" in flat
    reader = PdfReader(out)
    chapters = [item.title for item in reader.outline if not isinstance(item, list)]
    assert chapters[1:6] == list(HEADINGS[lang][1:3]) + list(HEADINGS[lang][4:])
    assert reader.metadata.title.startswith(HEADINGS[lang][0])
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_the_rounds_can_be_chosen(demo, tmp_path):
    out = tmp_path / "back.pdf"
    result = run(
        "report", demo, "--progress", "-o", out, "--round", "Baseline",
        "--against", "Q1 2027", "--lang", "en", "--paper", "letter",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "round 'Baseline' against 'Q1 2027'" in result.stdout
    assert round(PdfReader(out).pages[0].mediabox.height) == 792


def test_refusals_are_one_line_errors(demo, tmp_path):
    out = tmp_path / "r.pdf"
    same = run("report", demo, "--progress", "-o", out, "--against", "Q1 2027")
    assert "cannot be compared with itself" in assert_one_line_error(same, 7)
    unknown = run("report", demo, "--progress", "-o", out, "--against", "Q9")
    assert "no round named 'Q9'" in assert_one_line_error(unknown, 7)
    word = run("report", demo, "--progress", "-o", tmp_path / "r.docx")
    assert "PDF" in assert_one_line_error(word, 2)
    out.write_bytes(b"kept")
    assert "already exists" in assert_one_line_error(
        run("report", demo, "--progress", "-o", out), 3
    )
    assert out.read_bytes() == b"kept"
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_a_workshop_with_one_round_has_nothing_to_compare(tmp_path):
    from crm_workshop.services.demo import create_demo

    path = tmp_path / "baseline.crmw"
    create_demo(path).close()
    result = run("report", path, "--progress", "-o", tmp_path / "r.pdf")
    assert "compares two rounds" in assert_one_line_error(result, 7)


def test_a_full_disk_is_one_clear_line_and_leaves_nothing(
    demo, tmp_path, monkeypatch, capsys
):
    """In this process, so that the disk can be made full: the flush of the written
    PDF finds no space left."""
    import errno
    import os

    from crm_workshop.cli import main

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    out = tmp_path / "postępy.pdf"
    monkeypatch.setattr(os, "fsync", no_space)
    code = main(["report", str(demo), "--progress", "--read-only", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 9 and captured.out == ""
    assert captured.err.startswith(f"crm-workshop: {out}: the disk is full")
    assert "Free some space" in captured.err and "Traceback" not in captured.err
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor its part file
