"""A workshop's model as a model file, and the user's library of models."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from crm_workshop.catalog import available_models, default_model, load_model
from crm_workshop.catalog.loader import library_models
from crm_workshop.domain.engagement import Engagement
from crm_workshop.locations import MODELS_DIR_VARIABLE, models_dir, user_models_dir
from crm_workshop.services import model_library
from crm_workshop.services.demo import create_demo
from crm_workshop.services.errors import ModelFileError, WorkshopExists
from crm_workshop.services.model_library import (
    ModelExportRefused,
    ModelInLibrary,
    NothingToExport,
    add_model,
    export_model,
    slug,
    suggested_identity,
)
from crm_workshop.services.workshop import WorkshopSession

BUNDLED = models_dir() / "crm-maturity-1.0.toml"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.crmw"
    create_demo(path).close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.crmw"
    shutil.copy(demo_template, path)
    with WorkshopSession.open(path) as session:
        yield session


def exported(session, folder: Path, **options) -> Path:
    target = folder / "exported.toml"
    export_model(session, target, **options)
    return target


# -- export ------------------------------------------------------------------------------
def test_the_exported_model_loads_with_the_workshops_wording(demo, tmp_path):
    demo.set_question_override(
        "1.1", title={"pl": "Zespół CRM „nasz”"}, prompt={"en": 'Line one\n"two"'}
    )
    demo.set_question_override("2.2", hidden=True)
    target = tmp_path / "bursztyn.toml"
    result = export_model(demo, target)
    model = load_model(target)  # the catalog's loader validates it
    assert model == result.model
    assert (model.id, model.version) == (
        "crm-maturity-bursztyn-delikatesy-s-a",
        "1.0-bursztyn-delikatesy-s-a",
    )
    question = model.question("1.1")
    assert question.title.get("pl") == "Zespół CRM „nasz”"
    assert question.title.get("en") == demo.model.question("1.1").title.get("en")
    assert question.prompt.get("en") == 'Line one\n"two"'
    assert not model.has_question("2.2")
    assert model.question_count == demo.model.question_count - 1
    assert (result.left_out, result.reworded) == (("2.2",), ("1.1",))
    assert model.scale == demo.model.scale
    assert model.departments == demo.model.departments
    text = target.read_text("utf-8")
    assert text.startswith("# CRM Maturity Model 1.0-bursztyn-delikatesy-s-a")
    assert "Bursztyn Delikatesy S.A." in text.splitlines()[1]


def test_the_new_id_and_version_can_be_chosen(demo, tmp_path):
    model = load_model(exported(demo, tmp_path, model_id="acme", version="2.0"))
    assert (model.id, model.version) == ("acme", "2.0")


def test_hidden_questions_can_be_kept(demo, tmp_path):
    demo.set_question_override("2.2", hidden=True)
    model = load_model(exported(demo, tmp_path, include_hidden=True))
    assert model.has_question("2.2")


def test_an_area_whose_questions_are_all_hidden_is_left_out(demo, tmp_path):
    for question in demo.model.area("value").questions:
        demo.set_question_override(question.id, hidden=True)
    model = load_model(exported(demo, tmp_path))
    assert [a.id for a in model.areas] == [
        "people",
        "integration",
        "data",
        "experience",
    ]


def test_a_workshop_with_every_question_hidden_exports_nothing(demo, tmp_path):
    for question in demo.model.questions():
        demo.set_question_override(question.id, hidden=True)
    with pytest.raises(NothingToExport):
        exported(demo, tmp_path)
    assert list(tmp_path.glob("*.toml")) == []


def test_a_rewording_the_model_format_refuses_writes_nothing(demo, tmp_path):
    demo.set_question_override("3.2", prompt={"en": "Why? " * 500})
    with pytest.raises(ModelExportRefused) as caught:
        exported(demo, tmp_path)
    (problem,) = caught.value.problems
    assert "question 3.2 > prompt.en" in problem.place and "2000" in problem.message
    assert list(tmp_path.glob("*.toml")) == []


def test_an_id_the_format_refuses_writes_nothing(demo, tmp_path):
    with pytest.raises(ModelExportRefused) as caught:
        exported(demo, tmp_path, model_id="Acme Model!")
    assert caught.value.problems[0].place == "model"
    assert list(tmp_path.glob("*.toml")) == []


def test_an_existing_file_is_replaced_only_when_asked(demo, tmp_path):
    target = tmp_path / "exported.toml"
    target.write_text("mine")
    with pytest.raises(WorkshopExists):
        export_model(demo, target)
    assert target.read_text() == "mine"
    export_model(demo, target, replace_file=True)
    assert load_model(target).id.startswith("crm-maturity-")


@pytest.mark.parametrize(
    ("client", "expected"),
    [
        ("Żółw & Łoś sp. z o.o.", "zolw-los-sp-z-o-o"),
        ("ACME", "acme"),
        ("  ", ""),
        ("漢字", ""),
    ],
)
def test_slug(client, expected):
    assert slug(client) == expected


@pytest.mark.parametrize("client", ["", "漢字", "x" * 300, "Ąę " * 40])
def test_a_derived_id_is_always_valid(demo, client, tmp_path):
    demo.update_engagement(client_name=client)
    model_id, version = suggested_identity(demo)
    assert len(model_id) <= 64 and version.startswith("1.0-")
    if not slug(client):
        assert model_id == "crm-maturity-custom"
    assert load_model(exported(demo, tmp_path)).id == model_id


# -- the library -------------------------------------------------------------------------
def test_the_library_folder_is_the_tests_own(tmp_path):
    assert str(user_models_dir()) == os.environ[MODELS_DIR_VARIABLE]
    assert "CRM Workshop" not in str(user_models_dir())


def test_an_added_model_is_offered_for_new_workshops(demo, tmp_path):
    source = exported(demo, tmp_path, model_id="acme", version="2.0")
    result = add_model(source)
    assert result.path.parent == user_models_dir()
    assert result.path.name == "acme-2.0.toml" and not result.replaced
    assert result.path.read_bytes() == source.read_bytes()  # comments kept
    infos = available_models()
    assert [(i.model.id, i.in_library) for i in infos] == [
        ("crm-maturity", False),
        ("acme", True),
    ]
    created = tmp_path / "new.crmw"
    with WorkshopSession.create(
        created, Engagement(client_name="Acme"), load_model(infos[1].path)
    ) as session:
        assert session.model.id == "acme"


def test_the_same_id_and_version_is_refused_unless_replacing(demo, tmp_path):
    first = exported(demo, tmp_path, model_id="acme", version="2.0")
    added = add_model(first).path
    demo.set_question_override("1.1", title={"en": "Our CRM team"})
    second = tmp_path / "second.toml"
    export_model(demo, second, model_id="acme", version="2.0")
    with pytest.raises(ModelInLibrary) as caught:
        add_model(second)
    assert caught.value.existing == added and not caught.value.bundled
    assert added.read_bytes() == first.read_bytes()
    result = add_model(second, replace_existing=True)
    assert result.replaced and result.path == added
    assert load_model(added).question("1.1").title.get("en") == "Our CRM team"
    assert len(list(user_models_dir().glob("*.toml"))) == 1


def test_a_bundled_model_is_never_added(tmp_path):
    with pytest.raises(ModelInLibrary) as caught:
        add_model(BUNDLED, replace_existing=True)
    assert caught.value.bundled
    assert not user_models_dir().exists()


def test_an_invalid_model_file_is_not_added(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[model]\nid = "Bad!"\n', encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        add_model(broken)
    assert len(caught.value.problems) > 1
    assert not user_models_dir().exists()
    with pytest.raises(ModelFileError):
        add_model(tmp_path / "missing.toml")


def test_a_broken_file_in_the_library_never_stops_the_app(demo, tmp_path):
    add_model(exported(demo, tmp_path, model_id="acme", version="1"))
    (user_models_dir() / "edited.toml").write_text("format = [", encoding="utf-8")
    assert [i.model.id for i in available_models()] == ["crm-maturity", "acme"]
    found, errors = model_library.library()
    assert [i.model.id for i in found] == ["acme"]
    assert [Path(e.source).name for e in errors] == ["edited.toml"]


def test_a_library_model_never_becomes_the_default(tmp_path):
    text = BUNDLED.read_text("utf-8").replace('version = "1.0"', 'version = "9.0"')
    newer = tmp_path / "crm-maturity-9.0.toml"
    newer.write_text(text, encoding="utf-8")
    add_model(newer)
    assert [i.model.version for i in library_models()[0]] == ["9.0"]
    assert default_model().version == "1.0"


def test_a_version_with_odd_characters_gets_a_safe_file_name(demo, tmp_path):
    odd = tmp_path / "odd.toml"
    export_model(demo, odd, model_id="acme", version="2/0 beta:1")
    assert add_model(odd).path.name == "acme-2_0_beta_1.toml"
    plain = tmp_path / "plain.toml"
    export_model(demo, plain, model_id="acme", version="2_0_beta_1")
    assert add_model(plain).path.name == "acme-2_0_beta_1-2.toml"  # another model
    assert len(library_models()[0]) == 2
