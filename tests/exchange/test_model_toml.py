"""The model-file writer: what it writes loads with the catalog as the same model."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_workshop.catalog import load_model, parse_model
from crm_workshop.catalog.loader import available_models
from crm_workshop.domain.maturity import MaturityModel, Text
from crm_workshop.exchange.model_toml import model_to_toml, toml_key, toml_string
from crm_workshop.locations import models_dir


@pytest.fixture(scope="module")
def bundled() -> MaturityModel:
    return load_model(models_dir() / "crm-maturity-1.0.toml")


@pytest.mark.parametrize(
    "info", available_models(models_dir()), ids=lambda info: info.path.name
)
def test_every_bundled_model_round_trips(info, tmp_path):
    text = model_to_toml(info.model)
    assert parse_model(text) == info.model
    written = tmp_path / "model.toml"
    written.write_text(text, encoding="utf-8")
    assert load_model(written) == info.model


def test_polish_text_is_written_as_it_is(bundled):
    text = model_to_toml(bundled)
    assert 'name.pl = "Model Dojrzałości CRM"' in text
    assert "\\u" not in text


def test_the_file_has_the_model_format_layout(bundled):
    lines = model_to_toml(bundled, "A comment").splitlines()
    assert lines[:4] == ["# A comment", "format = 1", "", "[model]"]
    assert lines.count("[[scale.levels]]") == 5
    assert lines.count("[[areas]]") == len(bundled.areas)
    assert lines.count("[[areas.questions]]") == bundled.question_count
    first = lines.index("[[areas.questions]]")
    assert lines[first + 1] == 'id = "1.1"'


def test_a_multi_line_text_is_a_multi_line_string(bundled):
    question = bundled.areas[0].questions[0]
    prompt = 'First line\n  "quoted" \\ second\r\nthird\ttab\n'
    reworded = dataclasses.replace(
        question, prompt=Text({**question.prompt.values, "en": prompt})
    )
    area = dataclasses.replace(
        bundled.areas[0], questions=(reworded, *bundled.areas[0].questions[1:])
    )
    model = dataclasses.replace(bundled, areas=(area, *bundled.areas[1:]))
    text = model_to_toml(model)
    assert 'prompt.en = """\nFirst line\n  "quoted" \\\\ second\\r\nthird' in text
    assert parse_model(text).question(question.id).prompt.get("en") == prompt


def test_a_comment_stays_a_comment(bundled):
    comment = "Exported for <b>Żółw</b>\nsecond line\x00\x1b[31m end\ud800"
    text = model_to_toml(bundled, comment)
    assert text.startswith("# Exported for <b>Żółw</b>\n# second line")
    assert parse_model(text) == bundled


def test_a_lone_surrogate_cannot_be_written():
    with pytest.raises(ValueError):
        toml_string("half \udc80 pair")


def test_keys_that_are_not_bare_are_quoted():
    assert toml_key("pl") == "pl"
    assert toml_key("pt-BR") == "pt-BR"
    assert toml_key("a b") == '"a b"'
    assert tomllib.loads(f"{toml_key('a.b')} = 1") == {"a.b": 1}


any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=500, deadline=None)
@given(any_text)
def test_any_text_reads_back_exactly(text):
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text
    assert tomllib.loads(f"x = [\n  {toml_string(text)},\n]")["x"] == [text]


@pytest.mark.parametrize(
    "text",
    [
        '"""',
        '""',
        'a"""b',
        '\\"""',
        "\n",
        "\n\n",
        "ends with \\",
        'ends "',
        "\r",
        "\x7f",
        'line\n"""',
        '"\n"',
        'a\n""',
        'x\n\\"',
        "\n\\",
        'say "hi"\nand ""go""',
    ],
)
def test_awkward_texts_read_back_exactly(text):
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


# Texts the model format accepts: no control characters but tab, line feed and
# carriage return, not blank, at most 200 characters.
model_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n\r"),
    min_size=1,
    max_size=200,
).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(st.lists(model_text, min_size=4, max_size=4))
def test_a_model_with_any_accepted_texts_round_trips(bundled, texts):
    name, title, prompt, descriptor = texts
    question = bundled.areas[0].questions[0]
    changed = dataclasses.replace(
        question,
        title=Text({"en": title, "pl": title}),
        prompt=Text({"en": prompt, "pl": prompt}),
        levels=(Text({"en": descriptor, "pl": descriptor}), *question.levels[1:]),
    )
    area = dataclasses.replace(
        bundled.areas[0], questions=(changed, *bundled.areas[0].questions[1:])
    )
    model = dataclasses.replace(
        bundled, name=Text({"en": name, "pl": name}), areas=(area, *bundled.areas[1:])
    )
    assert parse_model(model_to_toml(model)) == model
