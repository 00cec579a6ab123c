"""Engagement set-up verbs: logo, session edits, question overrides, stakeholder CSV."""

from __future__ import annotations

import pytest

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement, Session
from crm_workshop.services.errors import UnknownQuestion
from crm_workshop.services.stakeholders_csv import (
    StakeholderCsvError,
    import_stakeholders,
)
from crm_workshop.services.workshop import WorkshopSession

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef"
    "0000000049454e44ae426082"
)


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "w.crmw"
    with WorkshopSession.create(
        target, Engagement(client_name="Test", languages=("pl", "en"))
    ) as s:
        s.add_round("Baseline", RoundKind.BASELINE)
    return target


def write_csv(tmp_path, text: str, *, bom: bool = False, name: str = "people.csv"):
    target = tmp_path / name
    target.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return target


# -- logo ---------------------------------------------------------------------------
def test_logo_is_stored_replaced_and_removed(path):
    with WorkshopSession.open(path) as s:
        assert s.logo() is None
        assert s.set_logo(PNG_1x1, "image/png") is None
        with pytest.raises(ValueError):
            s.set_logo(b"x" * (s.MAX_LOGO_BYTES + 1), "image/png")
        with pytest.raises(ValueError):
            s.set_logo(b"<html>", "text/html")
    with WorkshopSession.open(path) as s:
        assert s.logo() == (PNG_1x1, "image/png")
        assert s.engagement.client_name == "Test"  # the logo leaves the rest alone
        assert s.set_logo(None) == (PNG_1x1, "image/png")
    with WorkshopSession.open(path, read_only=True) as s:
        assert s.logo() is None


# -- sessions -----------------------------------------------------------------------
def test_update_session_replaces_details_and_attendees(path):
    with WorkshopSession.open(path) as s:
        ewa = s.add_stakeholder("Ewa")
        jan = s.add_stakeholder("Jan")
        sid = s.add_session(Session(0, "2026-10-05", "Kick-off", ("people",), (ewa,)))
        previous = s.update_session(
            Session(
                sid, "2026-10-06", "Start <b>", ("data", "value"), (jan, jan), "a", "n"
            )
        )
        assert previous.title == "Kick-off"
        with pytest.raises(Exception, match="nowhere"):
            s.update_session(Session(sid, "2026-10-06", "x", ("nowhere",)))
    with WorkshopSession.open(path) as s:
        (stored,) = s.sessions()
        assert stored == Session(
            sid, "2026-10-06", "Start <b>", ("data", "value"), (jan,), "a", "n"
        )


# -- question overrides -------------------------------------------------------------
def test_reworded_question_shows_in_the_effective_model_only(path):
    with WorkshopSession.open(path) as s:
        original = s.model.question("1.1")
        assert s.effective_model() is s.model  # nothing reworded yet
        s.set_question_override(
            "1.1", title={"pl": "Nowy tytuł 🙂", "en": original.title.get("en")}
        )
        s.set_question_override("1.1", prompt={"en": "  <b>Why?</b>  ", "pl": " "})
        with pytest.raises(UnknownQuestion):
            s.set_question_override("9.9", hidden=True)
    with WorkshopSession.open(path) as s:
        effective = s.effective_model().question("1.1")
        assert effective.title.get("pl") == "Nowy tytuł 🙂"
        assert effective.title.get("en") == original.title.get("en")
        assert effective.prompt.get("en") == "<b>Why?</b>"
        assert effective.prompt.get("pl") == original.prompt.get("pl")
        assert s.model.question("1.1") == original  # the snapshot is untouched
        override = s.question_overrides()["1.1"]
        assert dict(override.title) == {"pl": "Nowy tytuł 🙂"}  # same-as-model dropped
        s.set_question_override("1.1", title={}, prompt={})
        assert s.question_overrides() == {}  # an empty override leaves no row


def test_hidden_question_is_not_scored(path):
    with WorkshopSession.open(path) as s:
        person = s.add_stakeholder("Ewa")
        round_id = s.rounds()[0].id
        s.set_ratings(
            round_id,
            [
                Rating(person, "1.1", Answer.LEVEL, 1),
                Rating(person, "1.2", Answer.LEVEL, 5),
            ],
        )
        area = s.model.question("1.1").area_id
        before = s.assessment(round_id).area(area).score
        s.set_question_override("1.1", hidden=True)
        assert s.hidden_questions() == {"1.1"}
    with WorkshopSession.open(path) as s:
        after = s.assessment(s.rounds()[0].id)
        assert "1.1" not in after.questions
        assert after.area(area).score == 5 != before
        s.set_question_override("1.1", hidden=False)
        assert s.hidden_questions() == frozenset()


# -- stakeholders from CSV -----------------------------------------------------------
def test_csv_import_adds_and_updates(path, tmp_path):
    with WorkshopSession.open(path) as s:
        s.add_stakeholder("Ewa Mazur", "Prawnik", "legal", "ewa@firma.pl")
    csv_path = write_csv(
        tmp_path,
        "Imię i nazwisko;Stanowisko;Dział;E-mail\r\n"
        "Jan Kowalski;CEO;Zarząd;jan@firma.pl\r\n"
        "ewa mazur;Radca prawny;;\r\n"
        "\r\n"
        "Zofia <b>Nowak</b> 🙂;CRM;Dział Obsługi VIP;\r\n",
        bom=True,
    )
    with WorkshopSession.open(path) as s:
        result = import_stakeholders(s, csv_path)
        assert result.added == ["Jan Kowalski", "Zofia <b>Nowak</b> 🙂"]
        assert result.updated == ["Ewa Mazur"]
        again = import_stakeholders(s, csv_path)
        assert again.unchanged == ["Jan Kowalski", "Ewa Mazur", "Zofia <b>Nowak</b> 🙂"]
    with WorkshopSession.open(path) as s:
        people = {p.name: p for p in s.stakeholders()}
        assert set(people) == {"Ewa Mazur", "Jan Kowalski", "Zofia <b>Nowak</b> 🙂"}
        assert people["Jan Kowalski"].department == "board"  # Polish name -> id
        assert people["Ewa Mazur"].role == "Radca prawny"
        assert people["Ewa Mazur"].department == "legal"  # empty cell keeps it
        assert people["Ewa Mazur"].email == "ewa@firma.pl"
        assert people["Zofia <b>Nowak</b> 🙂"].department == "Dział Obsługi VIP"


def test_csv_import_with_commas_and_no_bom(path, tmp_path):
    csv_path = write_csv(
        tmp_path, 'name,email\n"Nowak, Anna",anna@x.pl\nPiotr,\n', name="c.csv"
    )
    with WorkshopSession.open(path) as s:
        assert import_stakeholders(s, csv_path).added == ["Nowak, Anna", "Piotr"]


def test_csv_import_is_all_or_nothing_and_lists_every_bad_line(path, tmp_path):
    csv_path = write_csv(
        tmp_path,
        "name;role;department;email\n"
        "Jan;CEO;board;jan@firma.pl\n"  # 2: fine
        ";CFO;finance;\n"  # 3: no name
        "Ewa;;;not-an-address\n"  # 4: bad e-mail
        f"{'x' * 10_000};;;\n"  # 5: too long
        "JAN;;;\n"  # 6: repeated name
        "Ola;a;b;c@d.pl;extra\n",  # 7: too many fields
    )
    with WorkshopSession.open(path) as s, pytest.raises(StakeholderCsvError) as info:
        import_stakeholders(s, csv_path)
    problems = [(p.line, p.kind) for p in info.value.problems]
    assert problems == [
        (3, "name_empty"),
        (4, "bad_email"),
        (5, "too_long"),
        (6, "duplicate"),
        (7, "extra_fields"),
    ]
    assert "first on line 2" in info.value.problems[3].message
    with WorkshopSession.open(path) as s:
        assert s.stakeholders() == []  # nothing at all was written


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", "empty"),
        (b"name;role\n", "no_rows"),
        (b"who;role\nJan;CEO\n", "unknown_column"),
        (b"role\nCEO\n", "missing_column"),
        ("name\nJan\nZażółć\n".encode("cp1250"), "not_utf8"),
    ],
)
def test_csv_files_refused_as_a_whole(path, tmp_path, content, kind):
    target = tmp_path / "bad.csv"
    target.write_bytes(content)
    with WorkshopSession.open(path) as s, pytest.raises(StakeholderCsvError) as info:
        import_stakeholders(s, target)
    assert kind in [p.kind for p in info.value.problems]
    assert all(p.message for p in info.value.problems)


def test_csv_missing_file_is_explained(path, tmp_path):
    with WorkshopSession.open(path) as s, pytest.raises(StakeholderCsvError) as info:
        import_stakeholders(s, tmp_path / "nowhere.csv")
    assert info.value.problems[0].kind == "missing_file"
    with WorkshopSession.open(path) as s, pytest.raises(StakeholderCsvError) as info:
        import_stakeholders(s, tmp_path)
    assert info.value.problems[0].kind == "not_a_file"
