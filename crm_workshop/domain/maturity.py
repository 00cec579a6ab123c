"""The maturity model: areas, questions, level descriptors, all texts in several languages.

A model is immutable data. Workshops keep a snapshot of the model they were run with
(see ``to_dict``/``from_dict``) so an old workshop stays reproducible when the shipped
model files evolve.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from crm_workshop.domain.errors import UnknownArea, UnknownQuestion

LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A text in several languages; ``get`` falls back to English, then any language."""

    values: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))

    def get(self, language: str) -> str:
        if language in self.values:
            return self.values[language]
        if FALLBACK_LANGUAGE in self.values:
            return self.values[FALLBACK_LANGUAGE]
        return next(iter(self.values.values()), "")

    def to_dict(self) -> dict[str, str]:
        return dict(self.values)


@dataclass(frozen=True)
class ScaleLevel:
    level: int
    name: Text
    meaning: Text


@dataclass(frozen=True)
class Scale:
    levels: tuple[ScaleLevel, ...]
    not_applicable: Text
    dont_know: Text

    def level(self, level: int) -> ScaleLevel:
        return self.levels[level - 1]


@dataclass(frozen=True)
class Department:
    id: str
    name: Text


@dataclass(frozen=True)
class Question:
    id: str
    area_id: str
    title: Text
    prompt: Text
    levels: tuple[Text, ...]
    sources: tuple[str, ...] = ()
    weight: float = 1.0

    def descriptor(self, level: int, language: str) -> str:
        return self.levels[level - 1].get(language)


@dataclass(frozen=True)
class Area:
    id: str
    title: Text
    questions: tuple[Question, ...]
    departments: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class MaturityModel:
    id: str
    version: str
    name: Text
    description: Text
    languages: tuple[str, ...]
    scale: Scale
    departments: tuple[Department, ...]
    areas: tuple[Area, ...]
    _questions: Mapping[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {q.id: q for a in self.areas for q in a.questions}
        object.__setattr__(self, "_questions", MappingProxyType(index))

    def questions(self) -> Iterator[Question]:
        for area in self.areas:
            yield from area.questions

    def question(self, question_id: str) -> Question:
        try:
            return self._questions[question_id]
        except KeyError:
            raise UnknownQuestion(question_id) from None

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions

    def area(self, area_id: str) -> Area:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise UnknownArea(area_id)

    def department_name(self, department_id: str, language: str) -> str:
        """The model's name for a department id; free-text departments are shown as typed."""
        for dep in self.departments:
            if dep.id == department_id:
                return dep.name.get(language)
        return department_id

    @property
    def question_count(self) -> int:
        return len(self._questions)

    def to_dict(self) -> dict[str, object]:
        """A plain, JSON-ready form: the snapshot a workshop file keeps."""
        return {
            "id": self.id,
            "version": self.version,
            "name": self.name.to_dict(),
            "description": self.description.to_dict(),
            "languages": list(self.languages),
            "scale": {
                "levels": [
                    {
                        "level": s.level,
                        "name": s.name.to_dict(),
                        "meaning": s.meaning.to_dict(),
                    }
                    for s in self.scale.levels
                ],
                "not_applicable": self.scale.not_applicable.to_dict(),
                "dont_know": self.scale.dont_know.to_dict(),
            },
            "departments": [
                {"id": d.id, "name": d.name.to_dict()} for d in self.departments
            ],
            "areas": [
                {
                    "id": a.id,
                    "title": a.title.to_dict(),
                    "weight": a.weight,
                    "departments": list(a.departments),
                    "questions": [
                        {
                            "id": q.id,
                            "title": q.title.to_dict(),
                            "prompt": q.prompt.to_dict(),
                            "levels": [t.to_dict() for t in q.levels],
                            "sources": list(q.sources),
                            "weight": q.weight,
                        }
                        for q in a.questions
                    ],
                }
                for a in self.areas
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> MaturityModel:
        """Rebuild a model from ``to_dict`` output (trusted: it was validated when written)."""
        d: dict[str, object] = dict(data)
        scale: dict = d["scale"]  # type: ignore[assignment]
        areas = tuple(
            Area(
                id=a["id"],
                title=Text(a["title"]),
                weight=float(a["weight"]),
                departments=tuple(a["departments"]),
                questions=tuple(
                    Question(
                        id=q["id"],
                        area_id=a["id"],
                        title=Text(q["title"]),
                        prompt=Text(q["prompt"]),
                        levels=tuple(Text(t) for t in q["levels"]),
                        sources=tuple(q["sources"]),
                        weight=float(q["weight"]),
                    )
                    for q in a["questions"]
                ),
            )
            for a in d["areas"]  # type: ignore[attr-defined]
        )
        return cls(
            id=str(d["id"]),
            version=str(d["version"]),
            name=Text(d["name"]),  # type: ignore[arg-type]
            description=Text(d["description"]),  # type: ignore[arg-type]
            languages=tuple(d["languages"]),  # type: ignore[arg-type]
            scale=Scale(
                levels=tuple(
                    ScaleLevel(s["level"], Text(s["name"]), Text(s["meaning"]))
                    for s in scale["levels"]
                ),
                not_applicable=Text(scale["not_applicable"]),
                dont_know=Text(scale["dont_know"]),
            ),
            departments=tuple(
                Department(dep["id"], Text(dep["name"]))
                for dep in d["departments"]  # type: ignore[attr-defined]
            ),
            areas=areas,
        )
