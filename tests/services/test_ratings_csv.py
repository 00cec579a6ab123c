from __future__ import annotations

from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer
from crm_workshop.domain.engagement import Engagement
from crm_workshop.services.ratings_csv import (
    CsvImportError,
    export_ratings,
    import_ratings,
)
from crm_workshop.services.workshop import WorkshopSession

HEADER = "stakeholder,department,question_id,current,target,comment\n"


@pytest.fixture
def workshop(tmp_path: Path):
    path = tmp_path / "w.crmw"
    WorkshopSession.create(path, Engagement(client_name="Test")).close()
    return path


def write(
    tmp_path: Path, text: str, name: str = "in.csv", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_import_creates_stakeholders_and_reads_every_answer_kind(workshop, tmp_path):
    csv_path = write(
        tmp_path,
        HEADER
        + 'Łucja Żak,marketing,1.1,2,4,"Zgoda, ale; z uwagą"\n'
        + "Łucja Żak,marketing,1.2,not applicable,,\n"
        + "Jan Kos,it,1.1,don't know,3,\n"
        + "Jan Kos,it,1.2,N/A,,\n"
        + "Jan Kos,it,1.3,nie wiem,,\n",
    )
    with WorkshopSession.open(workshop) as s:
        result = import_ratings(s, csv_path)
    assert result.ratings == 5 and result.round_created
    assert sorted(result.new_stakeholders) == ["Jan Kos", "Łucja Żak"]
    with WorkshopSession.open(workshop) as s:  # reopened from disk
        people = {p.name: p for p in s.stakeholders()}
        assert people["Łucja Żak"].department == "marketing"
        ratings = {
            (r.stakeholder_id, r.question_id): r
            for r in s.ratings(s.round_named(None).id)
        }
    lucja, jan = people["Łucja Żak"].id, people["Jan Kos"].id
    assert ratings[(lucja, "1.1")].current == 2 and ratings[(lucja, "1.1")].target == 4
    assert ratings[(lucja, "1.1")].comment == "Zgoda, ale; z uwagą"
    assert ratings[(lucja, "1.2")].answer is Answer.NOT_APPLICABLE
    assert ratings[(jan, "1.1")].answer is Answer.DONT_KNOW
    assert ratings[(jan, "1.1")].target == 3
    assert ratings[(jan, "1.3")].answer is Answer.DONT_KNOW


def test_semicolons_and_a_byte_order_mark_are_accepted(workshop, tmp_path):
    csv_path = write(
        tmp_path,
        "stakeholder;question_id;current\nAla Ćma;2.1;3\n",
        encoding="utf-8-sig",
    )
    with WorkshopSession.open(workshop) as s:
        assert import_ratings(s, csv_path).ratings == 1


def test_a_bad_file_imports_nothing_and_lists_every_bad_row(workshop, tmp_path):
    csv_path = write(
        tmp_path,
        HEADER
        + "Ala,sales,1.1,3,4,ok\n"  # line 2: fine
        + "Ala,sales,9.9,3,4,\n"  # line 3: unknown question
        + "Ola,sales,1.1,7,,\n"  # line 4: bad level
        + ",sales,1.2,2,,\n"  # line 5: no stakeholder
        + "Ola,sales,1.3,,,\n"  # line 6: empty current
        + "Ala,sales,1.1,2,,\n",  # line 7: duplicate of line 2
    )
    with WorkshopSession.open(workshop) as s, pytest.raises(CsvImportError) as info:
        import_ratings(s, csv_path)
    lines = [p.line for p in info.value.problems]
    assert lines == [3, 4, 5, 6, 7]
    messages = " | ".join(p.message for p in info.value.problems)
    assert "9.9" in messages and "'7'" in messages and "first on line 2" in messages
    with WorkshopSession.open(workshop) as s:
        assert s.stakeholders() == [] and s.rounds() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "name,question,level\nA,1.1,2\n",
            "missing column(s): stakeholder, question_id, current",
        ),
        (
            "stakeholder,question_id,current,colour\nA,1.1,2,red\n",
            "unknown column(s): colour",
        ),
        ("stakeholder,question_id,current\n", "no rows"),
        (
            "stakeholder,question_id,current\nA,1.1,2,extra\n",
            "more fields than the header",
        ),
        ("stakeholder,question_id,current\nA\x00,1.1,2\n", "NUL"),
    ],
)
def test_malformed_files_have_clear_messages(workshop, tmp_path, content, expected):
    csv_path = write(tmp_path, content)
    with WorkshopSession.open(workshop) as s, pytest.raises(CsvImportError) as info:
        import_ratings(s, csv_path)
    assert expected in " ".join(p.message for p in info.value.problems)


def test_non_utf8_file_is_refused_with_advice(workshop, tmp_path):
    path = tmp_path / "cp1250.csv"
    path.write_bytes("stakeholder,question_id,current\nŁucja,1.1,2\n".encode("cp1250"))
    with WorkshopSession.open(workshop) as s, pytest.raises(CsvImportError) as info:
        import_ratings(s, path)
    assert "UTF-8" in info.value.problems[0].message
    assert info.value.problems[0].line == 2


def test_hostile_text_round_trips_unchanged(workshop, tmp_path):
    hostile = '<b>Zarząd</b> =cmd|"/c calc"!A1 $x$ 🙂 ' + "ż" * 9_000
    csv_path = tmp_path / "h.csv"
    import csv

    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["stakeholder", "question_id", "current", "comment"])
        writer.writerow(["<script>x</script>", "1.1", "3", hostile])
    with WorkshopSession.open(workshop) as s:
        import_ratings(s, csv_path)
    with WorkshopSession.open(workshop) as s:
        [rating] = s.ratings(s.round_named(None).id)
        assert rating.comment == hostile
        assert s.stakeholders()[0].name == "<script>x</script>"


def test_export_then_import_into_a_fresh_workshop_round_trips(tmp_path):
    from crm_workshop.services.demo import create_demo

    with create_demo(tmp_path / "demo.crmw") as demo:
        out = tmp_path / "out.csv"
        count = export_ratings(demo, out)
        original = {
            (p.name, r.question_id, r.answer, r.current, r.target, r.comment)
            for p in demo.stakeholders()
            for r in demo.ratings(demo.round_named(None).id)
            if r.stakeholder_id == p.id
        }
    assert out.read_bytes().startswith(
        b"\xef\xbb\xbf"
    )  # spreadsheet programs need the BOM
    assert count == len(original)
    fresh = tmp_path / "fresh.crmw"
    WorkshopSession.create(fresh, Engagement(client_name="Fresh")).close()
    with WorkshopSession.open(fresh) as s:
        import_ratings(s, out)
    with WorkshopSession.open(fresh) as s:
        names = {p.id: p.name for p in s.stakeholders()}
        again = {
            (
                names[r.stakeholder_id],
                r.question_id,
                r.answer,
                r.current,
                r.target,
                r.comment,
            )
            for r in s.ratings(s.round_named("Baseline").id)
        }
    assert again == original


def test_a_file_with_several_rounds_is_refused_even_with_round(workshop, tmp_path):
    csv_path = write(
        tmp_path,
        "round,stakeholder,question_id,current\nQ1,Ala,1.1,2\nQ2,Ala,1.1,3\n",
    )
    with WorkshopSession.open(workshop) as s:
        with pytest.raises(CsvImportError) as info:
            import_ratings(s, csv_path, "Baseline")
        assert "several rounds" in info.value.problems[0].message
        assert s.rounds() == []
