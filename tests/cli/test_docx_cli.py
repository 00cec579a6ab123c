"""``crm-workshop report -o OUT.docx``, run as a user runs it: in a subprocess."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import docx
import pytest

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("docx-cli") / "demo.crmw"
    assert run("demo", path).returncode == 0
    return path


def headings(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_a_docx_target_writes_a_word_document(demo, tmp_path):
    out = tmp_path / "mapa.docx"
    result = run("report", demo, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Report written to {out}: Word document, round ")
    assert result.stdout.endswith(", Polish.\n")  # the engagement's language
    found = headings(out)
    assert found[0] == "Podsumowanie" and found[-1] == "Załącznik: wszystkie odpowiedzi"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapa.docx"]


def test_options_reach_the_word_document(demo, tmp_path):
    out = tmp_path / "r.docx"
    result = run(
        "report", demo, "-o", out, "--lang", "en", "--paper", "letter", "--anonymous",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert round(document.sections[0].page_height.mm, 1) == 279.4
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Executive summary" in text
    cells = "\n".join(
        c.text for t in document.tables for row in t.rows for c in row.cells
    )
    assert "Łukasz Dąbrowski" not in text + cells


def test_the_format_option_wins_over_the_suffix(demo, tmp_path):
    out = tmp_path / "raport.bin"
    result = run("report", demo, "-o", out, "--format", "docx")
    assert result.returncode == 0, result.stderr
    assert "Word document" in result.stdout
    assert headings(out)[0] == "Podsumowanie"


def test_an_existing_document_is_kept_without_force(demo, tmp_path):
    out = tmp_path / "r.docx"
    out.write_bytes(b"the consultant's edited copy")
    err = assert_one_line_error(run("report", demo, "-o", out), 3)
    assert "already exists" in err and "--force" in err
    assert out.read_bytes() == b"the consultant's edited copy"
    assert run("report", demo, "-o", out, "--force").returncode == 0
    assert out.read_bytes().startswith(b"PK")


def test_an_unknown_format_is_refused_without_a_traceback(demo, tmp_path):
    result = run("report", demo, "-o", tmp_path / "r.odt", "--format", "odt")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "invalid choice" in result.stderr


def test_a_pdf_export_never_loads_python_docx(demo, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from crm_workshop.cli import main
        assert main(["report", {str(demo)!r}, "-o", {str(tmp_path / "r.pdf")!r}]) == 0
        print("DOCX:", sorted(m for m in sys.modules if m.split(".")[0] == "docx"))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "DOCX: []" in result.stdout
