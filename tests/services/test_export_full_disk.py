"""Every file the services write for the user meets a full disk the same way: the typed
``DiskFull`` naming the file, and neither the file nor a part of it left behind.

A full disk is a monkeypatched ``os.fsync`` (the part file is written, then cannot be
flushed) or a writer that fails with EFBIG halfway (the part file holds half a file).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_workshop.services.demo import create_demo
from crm_workshop.services.errors import DiskFull, NotWritable
from crm_workshop.services.workshop import WorkshopSession


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo workshop with its follow-up round: two rounds to compare."""
    path = tmp_path_factory.mktemp("full-disk") / "demo.crmw"
    create_demo(path, follow_up=True).close()
    return path


@pytest.fixture
def session(demo):
    with WorkshopSession.open(demo, read_only=True) as opened:
        yield opened


def progress_pdf(session: WorkshopSession, target: Path) -> None:
    from crm_workshop.services.progress_report import (
        ProgressOptions,
        export_progress_report,
    )

    export_progress_report(session, target, ProgressOptions(language="en"))


def questionnaire(session: WorkshopSession, target: Path) -> None:
    from crm_workshop.services.questionnaire import export_questionnaire

    export_questionnaire(session, target)


def workshop_json(session: WorkshopSession, target: Path) -> None:
    from crm_workshop.services.workshop_json import export_workshop_json

    export_workshop_json(session, target)


def model_file(session: WorkshopSession, target: Path) -> None:
    from crm_workshop.services.model_library import export_model

    export_model(session, target, model_id="full-disk", version="1.0")


def ratings_csv(session: WorkshopSession, target: Path) -> None:
    from crm_workshop.services.ratings_csv import export_ratings

    export_ratings(session, target)


WRITERS: dict[str, tuple[Callable[[WorkshopSession, Path], None], str]] = {
    "progress pdf": (progress_pdf, "postępy.pdf"),
    "questionnaire pdf": (questionnaire, "ankieta.pdf"),
    "questionnaire xlsx": (questionnaire, "ankieta.xlsx"),
    "workshop json": (workshop_json, "warsztat.json"),
    "model toml": (model_file, "model.toml"),
    "ratings csv": (ratings_csv, "odpowiedzi.csv"),
}


def no_space(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("kind", list(WRITERS))
def test_a_full_disk_is_typed_and_leaves_nothing(session, tmp_path, monkeypatch, kind):
    write, name = WRITERS[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / name
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull) as refused:
        write(session, target)
    assert refused.value.path == target
    assert refused.value.detail == os.strerror(errno.ENOSPC)
    assert left_behind(folder) == []  # neither the file nor a .part file
    monkeypatch.undo()
    write(session, target)  # with space again the same export works
    assert left_behind(folder) == [name]


def test_a_csv_replacing_a_file_on_a_full_disk_keeps_the_previous_one(
    session, tmp_path, monkeypatch
):
    target = tmp_path / "odpowiedzi.csv"
    target.write_text("the previous export", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull) as refused:
        ratings_csv(session, target)
    assert refused.value.path == target
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert left_behind(tmp_path) == ["odpowiedzi.csv"]


def test_a_progress_pdf_refused_halfway_leaves_no_part_file(
    session, tmp_path, monkeypatch
):
    import crm_workshop.reporting.progress_report as reporting

    def half_written(target, *args, **kwargs):
        Path(target).write_bytes(b"%PDF-1.4 half a report")
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))

    monkeypatch.setattr(reporting, "build_progress_report", half_written)
    target = tmp_path / "postępy.pdf"
    with pytest.raises(DiskFull) as refused:
        progress_pdf(session, target)
    assert refused.value.path == target
    assert left_behind(tmp_path) == []


def test_a_place_that_refuses_writing_is_typed_too(session, tmp_path, monkeypatch):
    def refused(fd: int) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(os, "fsync", refused)
    target = tmp_path / "postępy.pdf"
    with pytest.raises(NotWritable) as raised:
        progress_pdf(session, target)
    assert raised.value.path == target
    assert left_behind(tmp_path) == []
