"""Use cases: a workshop's model as a model file, and the user's library of models.

Export: the model as this workshop asks it (reworded titles and prompts applied,
hidden questions left out, and an area whose questions are all hidden with them),
under a new id and version: given, or derived from the client (``crm-maturity`` 1.0
for Bursztyn becomes ``crm-maturity-bursztyn`` ``1.0-bursztyn``). The TOML is read
back with the catalog's loader before it is written, so a model that would not load
(a reworded prompt longer than the model format allows, an id it refuses) is refused
with the loader's problems and nothing is written.

Library: ``add_model`` checks a model file with the loader and copies it, byte for
byte, into the per-user models folder (``locations.user_models_dir``); from there
``catalog.available_models`` offers it for new workshops. A model with the id and
version of one already in the library is refused unless replacing is asked for; one
with the id and version of a model shipped with the app is always refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from crm_workshop import __version__
from crm_workshop.catalog.errors import ModelFileError, Problem
from crm_workshop.catalog.loader import (
    ModelInfo,
    available_models,
    library_models,
    load_model,
    parse_model,
)
from crm_workshop.domain.maturity import Area, MaturityModel, Question, Text
from crm_workshop.exchange.model_toml import model_to_toml
from crm_workshop.locations import models_dir, user_models_dir
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.services.workshop_json import write_new_file
from crm_workshop.storage.errors import WriteFailed

__all__ = [
    "ExportedModel",
    "LibraryModel",
    "ModelExportRefused",
    "ModelInLibrary",
    "NothingToExport",
    "add_model",
    "export_model",
    "library",
    "suggested_identity",
]

_MAX_ID = 64
# Letters NFKD does not take apart into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"}
)


class ModelExportRefused(Exception):
    """The exported model would not load; ``problems`` as the loader words them."""

    def __init__(self, target: Path, problems: list[Problem]) -> None:
        self.target = target
        self.problems = problems
        super().__init__(f"{target}: {len(problems)} problem(s)")


class NothingToExport(ValueError):
    """Every question of the workshop is hidden: a model needs at least one."""


class ModelInLibrary(Exception):
    """A model with this id and version is already in the library (or ships with the
    app, ``bundled``); nothing was copied."""

    def __init__(self, existing: Path, model: MaturityModel, *, bundled: bool) -> None:
        self.existing = existing
        self.model_id = model.id
        self.version = model.version
        self.bundled = bundled
        super().__init__(f"{model.id} {model.version} is already at {existing}")


@dataclass(frozen=True)
class ExportedModel:
    path: Path
    model: MaturityModel
    left_out: tuple[str, ...]  # hidden questions not in the file
    reworded: tuple[str, ...]  # questions written with this workshop's wording


@dataclass(frozen=True)
class LibraryModel:
    path: Path  # the copy in the library
    model: MaturityModel
    replaced: bool  # an earlier copy of the same id and version was replaced


# -- export ----------------------------------------------------------------------------
def slug(text: str) -> str:
    """``Bursztyn Delikatesy S.A.`` -> ``bursztyn-delikatesy-s-a`` (ASCII, for ids)."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    ascii_text = plain.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def suggested_identity(session: WorkshopSession) -> tuple[str, str]:
    """(id, version) for the workshop's model as its own: ``crm-maturity-acme``,
    ``1.0-acme``, from the client's name (``custom`` when it has no usable letter)."""
    model = session.model
    client = slug(session.engagement.client_name) or "custom"
    room = max(1, _MAX_ID - len(model.id) - 1)
    client = client[:room].strip("-") or "custom"
    model_id = f"{model.id}-{client}"[:_MAX_ID].strip("-")
    return model_id, f"{model.version}-{client}"


def export_model(
    session: WorkshopSession,
    target: Path | str,
    *,
    model_id: str | None = None,
    version: str | None = None,
    include_hidden: bool = False,
    replace_file: bool = False,
) -> ExportedModel:
    """Write the workshop's model, as the workshop asks it, as a model file.

    ``ModelExportRefused`` if it would not load; ``NothingToExport`` if every
    question is hidden; ``WorkshopExists`` if ``target`` exists and not
    ``replace_file``.
    """
    target = Path(target)
    derived_id, derived_version = suggested_identity(session)
    hidden = frozenset() if include_hidden else session.hidden_questions()
    reworded = tuple(
        qid for qid, o in session.question_overrides().items() if o.title or o.prompt
    )
    model = _as_asked(session.effective_model(), hidden)
    model = replace(
        model,
        id=derived_id if model_id is None else model_id,
        version=derived_version if version is None else version,
    )
    left_out = tuple(q.id for q in session.model.questions() if q.id in hidden)
    text = model_to_toml(model, _comment(session, model, left_out, reworded))
    try:
        loaded = parse_model(text, str(target))
    except ModelFileError as exc:
        raise ModelExportRefused(target, exc.problems) from None
    if loaded != model:  # pragma: no cover - the writer is tested to round-trip
        raise RuntimeError("the model file does not read back as the model")
    write_new_file(target, text.encode("utf-8"), replace=replace_file)
    kept = {q.id for q in model.questions()}
    return ExportedModel(
        target, model, left_out, tuple(q for q in reworded if q in kept)
    )


def _as_asked(model: MaturityModel, hidden: frozenset[str]) -> MaturityModel:
    languages = set(model.languages)

    def own(text: Text) -> Text:  # a rewording in a language the model lacks is dropped
        return Text({c: v for c, v in text.values.items() if c in languages})

    def question(q: Question) -> Question:
        return replace(q, title=own(q.title), prompt=own(q.prompt))

    areas: list[Area] = []
    for area in model.areas:
        questions = tuple(question(q) for q in area.questions if q.id not in hidden)
        if questions:
            areas.append(replace(area, questions=questions))
    if not areas:
        raise NothingToExport("every question of this workshop is hidden")
    return replace(model, areas=tuple(areas))


def _comment(
    session: WorkshopSession,
    model: MaturityModel,
    left_out: tuple[str, ...],
    reworded: tuple[str, ...],
) -> str:
    lines = [
        f"{model.name.get(model.languages[0])} {model.version}: exported by "
        f"CRM Workshop {__version__} on {date.today().isoformat()}",
        f"from the workshop of {session.engagement.client_name or session.path.stem},",
        f"based on the model {session.model.id} {session.model.version}.",
    ]
    if reworded:
        lines.append(f"Reworded for this workshop: {', '.join(reworded)}.")
    if left_out:
        lines.append(f"Hidden in the workshop, left out: {', '.join(left_out)}.")
    lines.append("Format: docs/model-format.md (crm-workshop validate-model FILE).")
    return "\n".join(lines)


# -- the library -------------------------------------------------------------------------
def library() -> tuple[list[ModelInfo], list[ModelFileError]]:
    """The models in the user's library, and the files there that do not load."""
    return library_models()


def add_model(source: Path | str, *, replace_existing: bool = False) -> LibraryModel:
    """Check the model file ``source`` and copy it into the user's library.

    ``ModelFileError`` listing every problem of an invalid file; ``ModelInLibrary``
    when its id and version are taken (a library copy is replaced only with
    ``replace_existing``; a model shipped with the app never).
    """
    source = Path(source)
    model = load_model(source)
    try:
        data = source.read_bytes()
    except OSError as exc:  # pragma: no cover - it was read a moment ago
        raise ModelFileError(str(source), [Problem("", str(exc))]) from None
    key = (model.id, model.version)
    for info in available_models(models_dir()):
        if (info.model.id, info.model.version) == key:
            raise ModelInLibrary(info.path, model, bundled=True)
    folder = user_models_dir()
    same = [
        info.path
        for info in library_models(folder)[0]
        if (info.model.id, info.model.version) == key
    ]
    if same and not replace_existing:
        raise ModelInLibrary(same[0], model, bundled=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(folder, exc.strerror or str(exc)) from None
    target = same[0] if same else _free_name(folder, model)
    write_new_file(target, data, replace=bool(same))
    return LibraryModel(target, model, replaced=bool(same))


def _free_name(folder: Path, model: MaturityModel) -> Path:
    """``<id>-<version>.toml`` (the bundled models' naming), numbered if taken."""
    version = re.sub(r"[^A-Za-z0-9._-]+", "_", model.version)[:_MAX_ID]
    stem = f"{model.id}-{version}"
    target = folder / f"{stem}.toml"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}.toml"
    return target
