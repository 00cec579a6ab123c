"""The files a PDF export leaves beside its target: the report, and nothing else."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.services.files import STALE_PART_SECONDS, remove_stale_parts
from crm_workshop.services.report import ReportOptions, export_report
from crm_workshop.services.workshop import WorkshopSession


def _part(folder: Path, name: str, age: float) -> Path:
    """A part file last written ``age`` seconds ago."""
    path = folder / name
    path.write_bytes(b"%PDF-1.4 half a report")
    when = time.time() - age
    os.utime(path, (when, when))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    return out


def test_an_export_removes_the_part_files_killed_exports_left(tmp_path, folder):
    hour = STALE_PART_SECONDS
    _part(folder, ".raport.pdf.0badc0de.part", 3 * hour)  # a killed export
    _part(folder, ".raport.pdf.1badc0de.part", hour + 60)  # another one
    kept = [
        _part(folder, ".raport.pdf.2badc0de.part", 5.0),  # an export still running
        _part(folder, ".inny.pdf.3badc0de.part", 3 * hour),  # another target's
        _part(folder, ".raport.pdf.notes.part", 3 * hour),  # not a name we give
        _part(folder, "raport.pdf.0badc0de.part", 3 * hour),  # not hidden: the user's
    ]
    path = tmp_path / "w.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Części S.A.")) as s:
        s.add_round("Start", RoundKind.BASELINE, "2026-01-15")
        export_report(s, folder / "raport.pdf", ReportOptions("en"))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["raport.pdf", *(p.name for p in kept)]
    )


def test_only_old_part_files_of_the_same_target_go(folder):
    target = folder / "raport [v2].pdf"  # glob characters in the name are literal
    old = _part(folder, ".raport [v2].pdf.abcdef12.part", 2 * STALE_PART_SECONDS)
    young = _part(folder, ".raport [v2].pdf.abcdef13.part", 60.0)
    similar = _part(folder, ".raport v.pdf.abcdef12.part", 2 * STALE_PART_SECONDS)
    remove_stale_parts(target)
    assert not old.exists()
    assert young.exists() and similar.exists()


def test_a_folder_that_cannot_be_listed_is_no_error(tmp_path):
    remove_stale_parts(tmp_path / "missing" / "raport.pdf")


def _dead_pid() -> int:
    """The id of a process that has ended."""
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def test_part_files_of_ended_exports_go_at_once_whatever_their_report(folder):
    dead = _dead_pid()
    ended = [
        _part(folder, f".raport.pdf.{dead}-0badc0de.part", 1.0),
        _part(folder, f".inny raport.pdf.{dead}-1badc0de.part", 1.0),
    ]
    live = _part(
        folder, f".inny.pdf.{os.getpid()}-2badc0de.part", 3 * STALE_PART_SECONDS
    )
    remove_stale_parts(folder / "raport.pdf")
    assert not any(p.exists() for p in ended)
    assert live.exists()  # a running export's part file is never touched


def test_an_export_names_its_part_file_after_its_process(tmp_path, folder, monkeypatch):
    seen = []
    import crm_workshop.services.report as report

    build = report.build_report

    def spy(partial, data, text):
        seen.append(partial.name)
        return build(partial, data, text)

    monkeypatch.setattr(report, "build_report", spy)
    path = tmp_path / "w.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Części S.A.")) as s:
        s.add_round("Start", RoundKind.BASELINE, "2026-01-15")
        export_report(s, folder / "raport.pdf", ReportOptions("en"))
    assert seen and seen[0].startswith(f".raport.pdf.{os.getpid()}-")
    assert [p.name for p in folder.iterdir()] == ["raport.pdf"]


def test_every_gap_in_the_report_agrees_with_the_scores_printed_beside_it(tmp_path):
    """The demo's question 1.3 read "1,8  4,2  +2,3": a gap is worked out from
    the current and target scores as printed (one decimal)."""
    from crm_workshop.services.demo import create_demo
    from crm_workshop.services.report import gather_report

    def printed(value: float) -> float:
        return float(report.number(value).replace(",", "."))

    with create_demo(tmp_path / "demo.crmw") as session:
        data, report = gather_report(session, ReportOptions(language="pl"))
    rows = [
        (q.current, q.target, q.gap) for area in data.results for q in area.questions
    ]
    rows += [(a.line.score, a.line.target, a.line.gap) for a in data.results]
    checked = 0
    for current, target, gap in rows:
        if current is None or target is None:
            continue
        shown = float(
            report.number(gap, signed=True).replace(",", ".").replace("−", "-")
        )
        assert abs(shown - (printed(target) - printed(current))) < 1e-9
        checked += 1
    assert checked > 25
