"""``crm-workshop report``, run as a user runs it: in a subprocess."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report-cli") / "demo.crmw"
    assert run("demo", path).returncode == 0
    return path


def test_report_is_written(demo, tmp_path):
    out = tmp_path / "raport.pdf"
    result = run("report", demo, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Report written to {out}: ")
    # the latest round, in the engagement's language
    assert "round 'Q1 2027', Polish." in result.stdout
    reader = PdfReader(out)
    assert "Mapa drogowa CRM" in reader.pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raport.pdf"]


def test_options_reach_the_report(demo, tmp_path):
    out = tmp_path / "r.pdf"
    result = run(
        "report", demo, "-o", out, "--lang", "en", "--paper", "letter",
        "--anonymous", "--round", "Baseline",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert round(reader.pages[0].mediabox.height) == 792
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "CRM roadmap" in text and "Łukasz Dąbrowski" not in text


def test_an_existing_report_is_not_overwritten_without_force(demo, tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"the consultant's edited copy")
    err = assert_one_line_error(run("report", demo, "-o", out), 3)
    assert "already exists" in err and "--force" in err
    assert out.read_bytes() == b"the consultant's edited copy"
    forced = run("report", demo, "-o", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_unknown_round(demo, tmp_path):
    err = assert_one_line_error(
        run("report", demo, "-o", tmp_path / "r.pdf", "--round", "Q7"), 7
    )
    assert "no round named 'Q7'" in err
    assert not (tmp_path / "r.pdf").exists()


def test_bad_workshop_file(tmp_path):
    bad = tmp_path / "x.crmw"
    bad.write_bytes(b"hello")
    err = assert_one_line_error(run("report", bad, "-o", tmp_path / "r.pdf"), 4)
    assert "not a CRM Workshop file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.crmw"]


def test_missing_workshop_and_missing_folder(demo, tmp_path):
    err = assert_one_line_error(
        run("report", tmp_path / "no.crmw", "-o", tmp_path / "r.pdf"), 3
    )
    assert "no such workshop" in err
    err = assert_one_line_error(run("report", demo, "-o", tmp_path / "no" / "r.pdf"), 3)
    assert "no such folder" in err


def test_usage_errors():
    result = run("report", "x.crmw", "-o", "r.pdf", "--paper", "a3")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_report_never_loads_qt(demo, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from crm_workshop.cli import main
        assert main(["report", {str(demo)!r}, "-o", {str(tmp_path / "r.pdf")!r}]) == 0
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", loaded)
        print("REPORTLAB:", "reportlab" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout and "REPORTLAB: True" in result.stdout
