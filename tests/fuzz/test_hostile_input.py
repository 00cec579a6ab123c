"""Hostile input everywhere text enters: the CSV imports, model files, and every free
text field on its way to the charts and the PDF.

Each import either succeeds cleanly or raises its module's typed error listing the
problems, and a refused import leaves the workshop as it was. Every text the report
prints comes out literally (a marker word placed inside the hostile text is read back
from the PDF with pypdf).
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from crm_workshop.catalog import ModelFileError
from crm_workshop.catalog.loader import load_model, parse_model
from crm_workshop.domain.assessment import (
    Answer,
    Consensus,
    Rating,
    RoundKind,
)
from crm_workshop.domain.engagement import Engagement
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.locations import models_dir
from crm_workshop.reporting.labels import report_text
from crm_workshop.reporting.long_texts import FIELD_LIMITS, PRINT_LIMIT
from crm_workshop.services import ratings_csv, stakeholders_csv
from crm_workshop.services.demo import BASELINE, create_demo
from crm_workshop.services.errors import InvalidText
from crm_workshop.services.report import ReportOptions, export_report
from crm_workshop.services.workshop import WorkshopSession
from tests.fuzz.strategies import (
    CONTROL,
    CsvDocument,
    csv_documents,
    hostile_text,
    long_text,
    marked,
    mutated_bytes,
    mutated_text,
    with_surrogates,
)

# The report font (DejaVu Sans) has no glyph for some scripts (CJK, most emoji): the
# charts draw a box and matplotlib warns. That is the font's coverage, not a defect, so
# only warnings about non-ASCII characters are let through; a control character reaching
# a chart still fails.
MISSING_GLYPH = r"ignore:Glyph \d+ \(\\[NuU]:UserWarning"
MODEL_FILE = models_dir() / "crm-maturity-1.0.toml"
CSV_SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_counter = itertools.count()


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def fresh_copy(template: Path) -> Path:
    """A copy of the workshop ``template`` under a name no other example uses."""
    copy = template.with_name(f"{template.stem}-{next(_counter)}.crmw")
    shutil.copyfile(template, copy)
    return copy


def snapshot(path: Path) -> tuple[object, ...]:
    """Everything an import could change, read from the file."""
    with WorkshopSession.open(path, read_only=True) as session:
        rounds = session.rounds()
        return (
            session.engagement,
            session.stakeholders(),
            rounds,
            {r.id: sorted(session.ratings(r.id), key=repr) for r in rounds},
            session.counts(),
        )


# -- ratings CSV ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ratings_workshop(folder: Path) -> Path:
    """A workshop with one stakeholder and one answer in its baseline round."""
    path = folder / "ratings.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Test")) as session:
        person = session.add_stakeholder("Ala Kot", "CEO", "it")
        round_id = session.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
        session.rate(round_id, Rating(person, "1.1", Answer.LEVEL, 2, 3, "stored"))
    return path


def _question_ids() -> list[str]:
    from crm_workshop.catalog import default_model

    return [q.id for q in default_model().questions()]


QUESTION_IDS = _question_ids()
CURRENT_WORDS = ["1", "2", "3", "4", "5", "N/A", "na", "?", "nie wiem", "don't know"]
RATING_CELLS = {
    "stakeholder": st.one_of(st.just("Ala Kot"), hostile_text(6)),
    "question_id": st.one_of(st.sampled_from(QUESTION_IDS), hostile_text(2)),
    "current": st.one_of(st.sampled_from(CURRENT_WORDS), hostile_text(2)),
    "round": st.one_of(st.just(""), st.just("Baseline"), hostile_text(2)),
    "department": hostile_text(4),
    "role": hostile_text(4),
    "target": st.one_of(st.sampled_from(["", "1", "3", "5"]), hostile_text(2)),
    "comment": hostile_text(10),
}
ratings_documents = csv_documents(
    ratings_csv.REQUIRED, ratings_csv.OPTIONAL, RATING_CELLS
)
any_ratings_file = st.one_of(
    st.binary(max_size=600),
    ratings_documents.map(lambda d: d.raw),
    ratings_documents.flatmap(lambda d: mutated_bytes(d.raw)),
)


def import_ratings_from(workshop: Path, raw: bytes) -> tuple[object, Path]:
    """Import ``raw`` into a copy of ``workshop``: the result, or the typed error, and
    the copy."""
    path = fresh_copy(workshop)
    source = path.with_suffix(".csv")
    source.write_bytes(raw)
    with WorkshopSession.open(path) as session:
        try:
            outcome: object = ratings_csv.import_ratings(session, source)
        except ratings_csv.CsvImportError as exc:
            outcome = exc
    if isinstance(outcome, ratings_csv.CsvImportError):
        assert outcome.problems
        for problem in outcome.problems:
            assert isinstance(problem, ratings_csv.RowProblem)
            assert isinstance(problem.line, int) and problem.line >= 0
            assert isinstance(problem.message, str) and problem.message
        assert snapshot(path) == snapshot(workshop)  # nothing was written
    return outcome, path


@CSV_SETTINGS
@given(raw=any_ratings_file)
@example(raw=b"")
@example(raw=b"\x00\x00\x00")
@example(raw=b"\xef\xbb\xbf")
@example(raw=b"stakeholder,question_id,current\n" + b"x" * 200_000 + b"\n")
@example(raw=b"stakeholder,question_id,current" + b"x" * 200_000 + b"\n")
@example(raw=b'stakeholder,question_id,current\nA,1.1,3,"' + b"x" * 200_000)
@example(raw=b"stakeholder,question_id,current\nAla\x00,1.1,3\n")
@example(raw=b"stakeholder,question_id,current\nAla,1.1,3\n\xff")
@example(raw=b'stakeholder,question_id,current\n"A\nB",1.1,3\n')
@example(raw=b"stakeholder,question_id,current\nA,1.1,3\nA,1.1,4\n")
@example(raw=b"round,stakeholder,question_id,current\nR1,A,1.1,3\nR2,B,1.1,4\n")
def test_a_ratings_file_is_imported_cleanly_or_refused_with_its_problems(
    ratings_workshop: Path, raw: bytes
) -> None:
    import_ratings_from(ratings_workshop, raw)


def test_a_long_first_line_of_quotes_and_commas_is_refused_quickly(
    ratings_workshop: Path,
) -> None:
    # csv.Sniffer took 40 seconds on this header (and longer on longer ones)
    started = time.monotonic()
    outcome, _ = import_ratings_from(ratings_workshop, b",'" * 50_000 + b"\n")
    assert isinstance(outcome, ratings_csv.CsvImportError)
    assert time.monotonic() - started < 5


valid_comment = hostile_text(10).filter(lambda t: "\x00" not in t)
valid_name = (
    hostile_text(5)
    .map(str.strip)
    .filter(lambda t: t and "\x00" not in t and len(t) <= ratings_csv.MAX_NAME)
)


@CSV_SETTINGS
@given(
    answers=st.dictionaries(
        st.tuples(valid_name, st.sampled_from(QUESTION_IDS)),
        st.tuples(st.sampled_from(CURRENT_WORDS), valid_comment),
        min_size=1,
        max_size=6,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_hostile_names_and_comments_in_a_valid_file_are_stored_exactly(
    ratings_workshop: Path,
    answers: dict[tuple[str, str], tuple[str, str]],
    delimiter: str,
) -> None:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["stakeholder", "question_id", "current", "comment"])
    for (name, question_id), (current, comment) in answers.items():
        writer.writerow([name, question_id, current, comment])
    outcome, path = import_ratings_from(
        ratings_workshop, ("\ufeff" + buffer.getvalue()).encode()
    )
    assert isinstance(outcome, ratings_csv.ImportResult), outcome
    assert outcome.ratings == len(answers)
    with WorkshopSession.open(path, read_only=True) as s:
        people = {p.id: p.name for p in s.stakeholders()}
        stored = {
            (people[r.stakeholder_id], r.question_id): r
            for r in s.ratings(s.round_named(outcome.round_name).id)
        }
    for key, (current, comment) in answers.items():
        rating = stored[key]
        assert rating.comment == comment.strip()
        if current.isdigit():
            assert rating.answer is Answer.LEVEL and rating.current == int(current)
        else:
            assert rating.answer is not Answer.LEVEL


# -- stakeholders CSV -------------------------------------------------------------------
@pytest.fixture(scope="module")
def people_workshop(folder: Path) -> Path:
    path = folder / "people.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Test")) as session:
        session.add_stakeholder("Ala Kot", "CEO", "it", "ala@example.com")
    return path


EMAILS = st.one_of(
    st.sampled_from(["", "ola@example.com", "x@y.pl"]),
    hostile_text(3),
)
PEOPLE_CELLS = {
    "name": st.one_of(st.sampled_from(["Ala Kot", "ALA KOT", ""]), hostile_text(6)),
    "role": hostile_text(4),
    "department": st.one_of(st.sampled_from(["it", "IT", "Sprzedaż"]), hostile_text(3)),
    "email": EMAILS,
}
people_documents = csv_documents(
    ("name",), ("role", "department", "email"), PEOPLE_CELLS
)
any_people_file = st.one_of(
    st.binary(max_size=600),
    people_documents.map(lambda d: d.raw),
    people_documents.flatmap(lambda d: mutated_bytes(d.raw)),
)


def import_people_from(workshop: Path, raw: bytes) -> tuple[object, Path]:
    path = fresh_copy(workshop)
    source = path.with_suffix(".csv")
    source.write_bytes(raw)
    with WorkshopSession.open(path) as session:
        try:
            outcome: object = stakeholders_csv.import_stakeholders(session, source)
        except stakeholders_csv.StakeholderCsvError as exc:
            outcome = exc
    if isinstance(outcome, stakeholders_csv.StakeholderCsvError):
        assert outcome.problems
        for problem in outcome.problems:
            assert isinstance(problem, stakeholders_csv.Problem)
            assert isinstance(problem.line, int) and problem.line >= 0
            assert isinstance(problem.message, str) and problem.message
        assert snapshot(path) == snapshot(workshop)
    return outcome, path


@CSV_SETTINGS
@given(raw=any_people_file)
@example(raw=b"")
@example(raw=b"\xef\xbb\xbf   \r\n")
@example(raw=b"name\n" + b"x" * 200_000 + b"\n")
@example(raw=b"name" + b"x" * 200_000 + b"\n")
@example(raw=b"name,name\nA,B\n")
@example(raw=b"name\nA\x00\n")
@example(raw=b"name\n\xed\xa0\x80\n")
@example(raw=b"name;email\nA;a@b.c\na;b@c.d\n")
def test_a_stakeholders_file_is_imported_cleanly_or_refused_with_its_problems(
    people_workshop: Path, raw: bytes
) -> None:
    import_people_from(people_workshop, raw)


@CSV_SETTINGS
@given(document=people_documents)
def test_a_clean_stakeholders_import_stores_what_the_file_says(
    people_workshop: Path, document: CsvDocument
) -> None:
    with WorkshopSession.open(people_workshop, read_only=True) as s:
        before = {p.name.casefold(): p for p in s.stakeholders()}
    outcome, path = import_people_from(people_workshop, document.raw)
    if not isinstance(outcome, stakeholders_csv.StakeholderImport):
        return
    with WorkshopSession.open(path, read_only=True) as s:
        model = s.model
        after = {p.name.casefold(): p for p in s.stakeholders()}
    for row in document.rows:
        values = {c: row.get(c, "").strip() for c in ("name", "role", "department")}
        values["email"] = row.get("email", "").strip()
        if not any(v.strip() for v in row.values()):
            continue  # a blank line
        person = after[values["name"].casefold()]
        old = before.get(values["name"].casefold())
        assert person.name == (old.name if old else values["name"])
        assert person.role == (values["role"] or (old.role if old else ""))
        assert person.email == (values["email"] or (old.email if old else ""))
        department = department_id(values["department"], model)
        assert person.department == (department or (old.department if old else ""))


def department_id(value: str, model: MaturityModel) -> str:
    for department in model.departments:
        names = {department.id, *department.name.values.values()}
        if value.casefold() in {n.casefold() for n in names}:
            return department.id
    return value


# -- model files ------------------------------------------------------------------------
MODEL_TEXT = MODEL_FILE.read_text(encoding="utf-8")
MODEL_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def parse_or_refuse(text: str) -> MaturityModel | ModelFileError:
    try:
        model = parse_model(text, "fuzz.toml")
    except ModelFileError as exc:
        assert exc.problems
        assert all(isinstance(p.message, str) and p.message for p in exc.problems)
        assert exc.report()
        return exc
    assert isinstance(model, MaturityModel)
    return model


def test_the_bundled_model_parses() -> None:
    assert isinstance(parse_or_refuse(MODEL_TEXT), MaturityModel)


@MODEL_SETTINGS
@given(
    text=st.one_of(
        st.text(max_size=400),
        hostile_text(20),
        with_surrogates(),
        mutated_text("format = 1\n[model]\nid = 'x'\n[[areas]]\n[[areas.questions]]\n"),
    )
)
@example(text="a = " + "[" * 100_000)
@example(text="a = " + "{b = " * 100_000)
@example(text='s = """\n[' + " " * 100_000 + 'x\n"""\n')
@example(text="format = 1\n[[areas]]\n" + "[[areas.questions]]\nid = 1\n" * 600)
def test_any_text_is_a_model_or_a_model_file_error(text: str) -> None:
    parse_or_refuse(text)


@MODEL_SETTINGS
@given(text=mutated_text(MODEL_TEXT))
def test_a_mutated_bundled_model_is_a_model_or_a_model_file_error(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=60, deadline=None)
@given(raw=st.one_of(st.binary(max_size=400), mutated_bytes(MODEL_TEXT.encode())))
@example(raw=MODEL_TEXT.encode() + b"\n# \xff\n")
@example(raw=b"\xef\xbb\xbf" + MODEL_TEXT.encode())
def test_a_model_file_of_any_bytes_loads_or_is_refused(
    folder: Path, raw: bytes
) -> None:
    path = folder / f"model-{next(_counter)}.toml"
    path.write_bytes(raw)
    try:
        assert isinstance(load_model(path), MaturityModel)
    except ModelFileError as exc:
        assert exc.problems


# -- free text through to the charts and the PDF -----------------------------------------
@pytest.fixture(scope="module")
def demo_workshop(folder: Path) -> Path:
    path = folder / "demo.crmw"
    create_demo(path).close()
    return path


PRINTED = (
    "client_name",
    "consultant",
    "vision",
    "executive_summary",
    "stakeholder_name",
    "stakeholder_role",
    "comment",
    "question_title",
    "session_title",
    "goal_title",
    "goal_actions",
    "initiative_title",
    "initiative_description",
    "initiative_kpis",
    "initiative_roi",
    "risk_description",
    "risk_mitigation",
    "focus_reason",
)
UNPRINTED = ("consensus_note",)  # kept in the workshop, not part of the report
FIELDS = PRINTED + UNPRINTED


def marker(field: str) -> str:
    return "Mk" + "".join(part.capitalize() for part in field.split("_")) + "Zq"


def fill_every_text_field(session: WorkshopSession, texts: dict[str, str]) -> None:
    """Put ``texts`` (by field) into every free-text field of the demo workshop."""
    session.update_engagement(
        client_name=texts["client_name"],
        consultant=texts["consultant"],
        vision=texts["vision"],
        executive_summary=texts["executive_summary"],
    )
    for person in session.stakeholders():
        session.update_stakeholder(
            dataclasses.replace(
                person,
                name=f"{person.id} {texts['stakeholder_name']}",
                role=texts["stakeholder_role"],
            )
        )
    baseline = session.round_named(BASELINE)
    rating = session.ratings(baseline.id)[0]
    session.rate(baseline.id, dataclasses.replace(rating, comment=texts["comment"]))
    question_id = rating.question_id
    reworded = texts["question_title"]
    session.set_question_override(question_id, title={"en": reworded, "pl": reworded})
    agreed = session.consensus(baseline.id).get(question_id, Consensus(question_id, 3))
    session.set_consensus(
        baseline.id, dataclasses.replace(agreed, note=texts["consensus_note"])
    )
    for meeting in session.sessions():
        session.update_session(
            dataclasses.replace(meeting, title=texts["session_title"])
        )
    roadmap = session.roadmap
    for goal in roadmap.goals():
        roadmap.update_goal(
            dataclasses.replace(
                goal, title=texts["goal_title"], actions=texts["goal_actions"]
            )
        )
    for initiative in roadmap.initiatives():
        roadmap.update_initiative(
            dataclasses.replace(
                initiative,
                title=texts["initiative_title"],
                description=texts["initiative_description"],
                kpis=texts["initiative_kpis"],
                expected_roi=texts["initiative_roi"],
            )
        )
    for risk in roadmap.risks():
        roadmap.update_risk(
            dataclasses.replace(
                risk,
                description=texts["risk_description"],
                mitigation=texts["risk_mitigation"],
            )
        )
    for focus in roadmap.focus_areas():
        roadmap.update_focus_area(
            dataclasses.replace(focus, reason=texts["focus_reason"])
        )


def export_and_read_back(
    demo: Path, texts: dict[str, str], languages: tuple[str, ...] = ("en", "pl")
) -> str:
    """Export with ``texts`` in every field; every printed field's marker must be in
    the PDF. Returns the text of the last PDF."""
    path = fresh_copy(demo)
    shown = ""
    with WorkshopSession.open(path) as session:
        with session.transaction():
            fill_every_text_field(session, texts)
        assert session.engagement.vision == texts["vision"]  # stored as given
        for language in languages:
            target = path.with_name(f"{path.stem}-{language}.pdf")
            export_report(session, target, ReportOptions(language=language))
            shown = "\n".join(p.extract_text() for p in PdfReader(target).pages)
            missing = [f for f in PRINTED if marker(f) not in shown]
            assert not missing, f"{language}: {missing} not in the PDF"
    return shown


def texts_for(text: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({f: marked(marker(f), text) for f in FIELDS})


# An export takes seconds: a few examples, and no shrinking (it would take minutes).
PDF_SETTINGS = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PLAIN = {f: marker(f) for f in FIELDS}


@pytest.mark.filterwarnings(MISSING_GLYPH)
@settings(PDF_SETTINGS, max_examples=3)
@given(texts=texts_for(hostile_text(8)))
@example(texts={f: f"<b>{marker(f)}</b> ]]> &amp; <para>" for f in FIELDS})
@example(texts={f: f"{''.join(CONTROL)} {marker(f)} \u202eשלום 😀\x00" for f in FIELDS})
def test_hostile_text_in_every_field_reaches_the_pdf_literally(
    demo_workshop: Path, texts: dict[str, str]
) -> None:
    export_and_read_back(demo_workshop, texts)


@pytest.mark.filterwarnings(MISSING_GLYPH)
@settings(PDF_SETTINGS, max_examples=1)
@given(
    long=long_text(99_980).map(lambda t: f"MkLongTextZq {t}"),
    where=st.sampled_from(FIELDS),
    language=st.sampled_from(["en", "pl"]),
)
# the header of every page measured the client's name a character at a time: hours
@example(long=f"MkLongTextZq {'Bursztyn ' * 3_000}", where="client_name", language="pl")
# a row taller than a page: the appendix, the meetings and a results table refused it
@example(long=f"MkLongTextZq {'xy ' * 3_900}", where="comment", language="en")
@example(long=f"MkLongTextZq {'xy ' * 6_000}", where="session_title", language="pl")
@example(long=f"MkLongTextZq {'xy ' * 6_000}", where="question_title", language="en")
# one word of 100,000 characters: laid out again at every page it crossed, a name
# on every row of the appendix took hours and gigabytes before it was cut
@example(long=f"MkLongTextZq {'ab' * 50_000}", where="stakeholder_name", language="en")
@example(long=f"MkLongTextZq {'ab' * 50_000}", where="comment", language="pl")
def test_a_very_long_text_reaches_the_pdf(
    demo_workshop: Path, long: str, where: str, language: str
) -> None:
    """A text of up to 100,000 characters reaches the PDF in seconds: whole up to the
    print limit of its field, beyond it cut with a note of what was left out (the
    workshop keeps it whole)."""
    text = long.replace("MkLongTextZq", marker(where))
    shown = export_and_read_back(demo_workshop, {**PLAIN, where: text}, (language,))
    note = max(report_text(language).text_cut.split("%d"), key=len)
    note, shown = " ".join(note.split()), " ".join(shown.split())
    if where in PRINTED and len(text) > PRINT_LIMIT:
        assert note in shown, "the cut is not announced"
    if len(text) <= min(FIELD_LIMITS.values()):
        assert note not in shown  # nothing was cut


@settings(PDF_SETTINGS, max_examples=5)
@given(field=st.sampled_from(FIELDS), text=with_surrogates())
def test_a_lone_surrogate_is_refused_with_a_typed_error(
    demo_workshop: Path, field: str, text: str
) -> None:
    path = fresh_copy(demo_workshop)
    with (
        WorkshopSession.open(path) as session,
        pytest.raises(InvalidText),
        session.transaction(),
    ):
        fill_every_text_field(session, {**PLAIN, field: text})
    assert snapshot(path) == snapshot(demo_workshop)
