"""The model loader: the bundled models load, and every kind of broken file is reported.

``broken/`` holds small model files, each ``valid_small.toml`` with one thing broken
(line 1 of each says what); ``broken/expected.toml`` says what the loader must report
for each: a message, the line of the broken spot and how many problems in all.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from crm_workshop.catalog import (
    DEFAULT_MODEL_ID,
    ModelFileError,
    Problem,
    available_models,
    default_model,
    load_model,
    parse_model,
)
from crm_workshop.domain.maturity import LEVELS, MaturityModel, Text
from crm_workshop.locations import models_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BROKEN = HERE / "broken"
VALID_SMALL = HERE / "valid_small.toml"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads(
    (BROKEN / "expected.toml").read_text(encoding="utf-8")
)
BROKEN_FILES = sorted(
    p.name for p in BROKEN.glob("*.toml") if p.name != "expected.toml"
)
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def described(problem: Problem) -> str:
    """A problem as the report shows it after ``file:line:``."""
    return f"[{problem.place}] {problem.message}" if problem.place else problem.message


def rejection(path: Path) -> ModelFileError:
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    return info.value


def expected(name: str) -> dict[str, Any]:
    assert name in EXPECTED, f"broken/{name} has no entry in broken/expected.toml"
    return EXPECTED[name]


# -- the broken files ---------------------------------------------------------------
def test_every_broken_file_has_an_expectation_and_vice_versa() -> None:
    assert len(BROKEN_FILES) >= 15
    assert set(BROKEN_FILES) == set(EXPECTED), "orphan fixture or orphan expectation"


def test_small_model_the_broken_files_are_based_on_is_valid() -> None:
    model = load_model(VALID_SMALL)
    assert model.languages == ("en", "pl")
    assert [s.level for s in model.scale.levels] == list(LEVELS)
    assert [d.id for d in model.departments] == ["sales", "it"]
    assert [a.id for a in model.areas] == ["people", "data"]
    assert [q.id for q in model.questions()] == ["1.1", "1.2", "2.1"]


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_file_is_rejected_with_the_reason(name: str) -> None:
    path = BROKEN / name
    error = rejection(path)
    report = str(error)
    assert error.source == str(path)
    assert error.problems
    for line in report.splitlines():
        assert line.startswith(f"{path}:"), (
            f"the report line does not name the file: {line}"
        )
    message = expected(name)["message"]
    assert any(message in described(p) for p in error.problems), report


@pytest.mark.parametrize(
    "name", [name for name in BROKEN_FILES if "line" in EXPECTED.get(name, {})]
)
def test_broken_file_points_at_the_broken_line(name: str) -> None:
    path = BROKEN / name
    error = rejection(path)
    want = expected(name)
    lines = [p.line for p in error.problems if want["message"] in described(p)]
    assert lines, error.report()
    assert want["line"] in lines, f"reported on line(s) {lines}:\n{error.report()}"
    assert f"{path}:{want['line']}: " in error.report()


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_file_reports_its_mistake_once_and_nothing_else(name: str) -> None:
    error = rejection(BROKEN / name)
    assert len(error.problems) == expected(name).get("problems", 1), error.report()


def test_broken_file_bytes_are_what_their_names_say() -> None:
    raw = (BROKEN / "not_utf8.toml").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Mały model" in raw.decode("iso-8859-2")
    text = (BROKEN / "control_character.toml").read_text(encoding="utf-8")
    assert "\\u0007" in text  # escaped in the TOML, a real BEL once parsed
    long_title = (BROKEN / "text_too_long.toml").read_text(encoding="utf-8")
    assert "x" * 10_000 in long_title


def test_a_file_with_several_problems_reports_all_of_them(tmp_path: Path) -> None:
    text = VALID_SMALL.read_text(encoding="utf-8")
    breaks = {
        'languages = ["en", "pl"]': 'languages = ["en", "pl", "xx"]',  # line 7
        'prompt.en = "Who owns CRM?"': 'promt.en = "Who owns CRM?"',  # line 73
        'departments = ["sales", "it"]': 'departments = ["sales", "hr"]',  # line 92
        'title.en = "Customer records"': f'title.en = "{"y" * 300}"',  # line 97
        '"Per team", ': "",  # line 101: four descriptors in the same question
    }
    for old, new in breaks.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "several.toml"
    path.write_text(text, encoding="utf-8")

    error = rejection(path)

    report = error.report()
    for line, message in [
        (7, "[model] unknown language 'xx'"),
        (73, "[area 'people' > question 1.1] unknown key 'promt'"),
        (92, "[area 'data'] department 'hr' is not defined"),
        (97, "[area 'data' > question 2.1 > title.en] is 300 characters long"),
        (
            101,
            "[area 'data' > question 2.1] 'levels.en' must list exactly 5 descriptors",
        ),
    ]:
        assert f"{path}:{line}: {message}" in report, report
    # and the consequence of the typo: prompt.en is missing
    assert "'prompt' has no text in language 'en'" in report
    assert len(error.problems) == 6, report


MANY_LINES = """levels.pl = [
  "Nikt",
  "Ochotnik",
  # level 3
  "Wskazany właściciel",
  "Zespół",
]"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            'levels.pl = ["Nikt", "Ochotnik", "Wskazany właściciel", "Zespół", "Sponsor w zarządzie"]',
            MANY_LINES,
            [(76, "[area 'people' > question 1.1] 'levels.pl' must list exactly 5")],
            id="multi-line array: the line where it starts",
        ),
        pytest.param(
            'title.en = "People"\ntitle.pl = "Ludzie"',
            'title = { en = "People", pl = "" }',
            [(65, "[area 'people' > title.pl] is empty")],
            id="inline table: the line of the key",
        ),
        pytest.param(
            'id = "it"',
            'id = "sales"',
            [
                (58, "[department 'sales'] department id 'sales' is used twice"),
                (92, "[area 'data'] department 'it' is not defined"),
            ],
            id="repeated department id: the second use",
        ),
        pytest.param(
            '[[areas]]\nid = "data"',
            '[[ areas ]]  # the second area\nid = "data"\nweight = true',
            [(90, "[area 'data'] 'weight' must be a number, not True")],
            id="header with spaces and a comment",
        ),
        pytest.param(
            'languages = ["en", "pl"]\n',
            "",
            [(4, "[model] 'languages' must list at least one language")],
            id="no languages: texts are not compared with them",
        ),
        pytest.param(
            "[model]\n",
            "model = 3\n[info]\n",
            [(5, "[file] unknown key 'info'"), (4, "[model] must be a table")],
            id="model not a table",
        ),
    ],
)
def test_lines_in_other_layouts(
    tmp_path: Path, old: str, new: str, expected: list[tuple[int, str]]
) -> None:
    text = VALID_SMALL.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "model.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")

    error = rejection(path)

    for line, message in expected:
        assert f"{path}:{line}: {message}" in error.report(), error.report()
    assert len(error.problems) == len(expected), error.report()


def test_missing_scale_is_reported_once(tmp_path: Path) -> None:
    text = VALID_SMALL.read_text(encoding="utf-8")
    scale = text[text.index("[scale]") : text.index("[[departments]]")]
    path = tmp_path / "model.toml"
    path.write_text(text.replace(scale, ""), encoding="utf-8")
    error = rejection(path)
    assert str(error) == (
        f"{path}: [scale] missing the [scale] table "
        "(levels 1-5, not_applicable, dont_know)"
    )


def test_parse_model_names_the_source_it_is_given() -> None:
    with pytest.raises(ModelFileError) as info:
        parse_model("format = 1\n[model\n", source="pasted.toml")
    assert info.value.report().startswith("pasted.toml:2: not valid TOML")


# -- files that cannot be read -------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    error = rejection(path)
    assert error.problems == [Problem("", "no such file")]
    assert str(error) == f"{path}: no such file"


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "model.toml"
    folder.mkdir()
    error = rejection(folder)
    assert str(error) == f"{folder}: this is a folder, not a model file"


def test_oversize_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    small = VALID_SMALL.read_bytes()
    padding = b"# padding\n" * ((2_000_001 - len(small)) // 10 + 1)
    path.write_bytes((small + padding)[:2_000_001])
    error = rejection(path)
    assert len(error.problems) == 1
    assert str(error) == (
        f"{path}: the file is 2,000,001 bytes; a model file is at most 2,000,000"
    )


# -- the bundled models ----------------------------------------------------------------
def test_every_bundled_model_file_loads() -> None:
    files = sorted(models_dir().glob("*.toml"))
    infos = available_models()
    assert files, f"no model files in {models_dir()}"
    assert [info.path for info in infos] == files
    assert DEFAULT_MODEL_ID in {info.model.id for info in infos}
    for info in infos:
        assert load_model(info.path) == info.model


def all_texts(model: MaturityModel) -> list[tuple[str, Text]]:
    texts = [("model name", model.name), ("model description", model.description)]
    texts += [("not applicable", model.scale.not_applicable)]
    texts += [("don't know", model.scale.dont_know)]
    for level in model.scale.levels:
        texts += [(f"level {level.level} name", level.name)]
        texts += [(f"level {level.level} meaning", level.meaning)]
    texts += [(f"department {d.id}", d.name) for d in model.departments]
    for area in model.areas:
        texts.append((f"area {area.id} title", area.title))
        for q in area.questions:
            texts += [(f"{q.id} title", q.title), (f"{q.id} prompt", q.prompt)]
            texts += [(f"{q.id} level {n}", t) for n, t in enumerate(q.levels, start=1)]
    return texts


def test_default_model_content() -> None:
    model = default_model()
    assert model.id == DEFAULT_MODEL_ID
    assert model.languages == ("en", "pl")
    assert len(model.areas) == 5
    assert [s.level for s in model.scale.levels] == list(LEVELS)
    ids = [q.id for q in model.questions()]
    assert len(ids) == model.question_count == 28
    assert ids[0] == "1.1"
    assert ids[-1] == "5.5"
    for number, area in enumerate(model.areas, start=1):
        assert area.questions, area.id
        assert [q.id for q in area.questions] == [
            f"{number}.{n}" for n in range(1, len(area.questions) + 1)
        ]
    for question in model.questions():
        assert len(question.levels) == len(LEVELS) == 5, question.id
        assert question.title.get("en") != question.title.get("pl"), question.id
        assert question.prompt.get("en") != question.prompt.get("pl"), question.id
    texts = all_texts(model)
    for where, text in texts:
        assert set(text.values) == {"en", "pl"}, where
        assert all(value.strip() for value in text.values.values()), where
    polish = "".join(text.values["pl"] for _, text in texts)
    assert POLISH_LETTERS & set(polish), "Polish texts without Polish letters"
    assert {"ą", "ł"} <= set(polish)


def test_default_model_round_trips_through_to_dict() -> None:
    model = default_model()
    snapshot = model.to_dict()
    assert MaturityModel.from_dict(snapshot).to_dict() == snapshot
    assert MaturityModel.from_dict(snapshot) == model
    as_json = json.loads(json.dumps(snapshot, ensure_ascii=False))
    assert MaturityModel.from_dict(as_json).to_dict() == snapshot


# -- the command line ------------------------------------------------------------------
def validate_model(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_workshop", "validate-model", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_cli_validate_model_accepts_a_valid_file() -> None:
    result = validate_model(VALID_SMALL)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"{VALID_SMALL}: valid model small-model 0.1 (2 areas, 3 questions)\n"
    )
    assert result.stderr == ""


@pytest.mark.parametrize(
    "name",
    ["scale_level_6.toml", "not_utf8.toml", "toml_syntax.toml", "model_missing.toml"],
)
def test_cli_validate_model_lists_the_problems_of_a_broken_file(name: str) -> None:
    path = BROKEN / name
    problems = rejection(path).problems
    result = validate_model(path)
    assert result.returncode == 7, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"crm-workshop: {path}: not a valid maturity model ({len(problems)} problem(s))"
    )
    assert lines[1:] == [f"  {p.format(str(path))}" for p in problems]
    assert f"{path}:" in lines[1]
