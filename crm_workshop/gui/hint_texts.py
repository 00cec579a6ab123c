"""What each roadmap hint says, in the user's language.

``hints.find_hints`` names a hint's kind, its subjects (questions, areas, initiatives)
and the numbers it rests on (``Hint.values``); this module turns them into one
translated sentence. ``SubjectNames`` says how a subject reads ("3.2 Golden record",
"2 Integration"), shared with the risk register and the focus areas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_workshop.domain.hints import Hint, HintKind
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.roadmap import Initiative
from crm_workshop.gui.i18n import Texts, short_number


@dataclass(frozen=True)
class SubjectNames:
    """How questions, areas and initiatives are named in messages and lists."""

    questions: Mapping[str, str] = field(default_factory=dict)
    areas: Mapping[str, str] = field(default_factory=dict)
    initiatives: Mapping[int, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        model: MaturityModel,
        language: str,
        initiatives: Iterable[Initiative] = (),
    ) -> SubjectNames:
        areas = {
            area.id: f"{n} {area.title.get(language)}"
            for n, area in enumerate(model.areas, start=1)
        }
        questions = {q.id: f"{q.id} {q.title.get(language)}" for q in model.questions()}
        titles = {i.id: i.title for i in initiatives if i.id is not None}
        return cls(questions, areas, titles)

    def scope(self, scope_id: str) -> str:
        """A question's or an area's name; an id the model lacks reads as itself."""
        return self.questions.get(scope_id) or self.areas.get(scope_id) or scope_id

    def initiative(self, initiative_id: int) -> str:
        title = self.initiatives.get(initiative_id)
        if title is None:
            return QCoreApplication.translate(
                "RoadmapHints", "initiative #{id}"
            ).format(id=initiative_id)
        return "“" + (title if len(title) <= 80 else title[:79] + "…") + "”"

    def listing(self, names: Sequence[str]) -> str:
        return QCoreApplication.translate("RoadmapHints", ", ").join(names)


def _number(value: object) -> str:
    """A level or a month as the message shows it; an area score to one decimal."""
    if value is None:
        return "?"
    if isinstance(value, float):
        return short_number(value, 1)
    return str(value)


def _value(hint: Hint, key: str) -> str:
    return _number(hint.values.get(key))


def _question(hint: Hint, names: SubjectNames, index: int = 0) -> str:
    ids = hint.question_ids
    return names.scope(ids[index]) if len(ids) > index else "?"


def _rest(hint: Hint, names: SubjectNames) -> str:
    """The questions after the first (the ones the first is compared with)."""
    return names.listing([names.scope(q) for q in hint.question_ids[1:]]) or "?"


def _initiatives(hint: Hint, names: SubjectNames) -> str:
    return names.listing([names.initiative(i) for i in hint.initiative_ids]) or "?"


def _months(count: object) -> str:
    if count == 0:
        return QCoreApplication.translate("RoadmapHints", "this month")
    n = count if isinstance(count, int) else 0
    return Texts.tr("within %n month(s)", "", n)


def _target_without_initiative(hint: Hint, names: SubjectNames) -> str:
    if hint.values.get("planned") == hint.values.get("start"):
        text = QCoreApplication.translate(
            "RoadmapHints",
            "{question} aims at level {target} (now {start}), but no initiative "
            "plans a step towards it",
        )
    else:
        text = QCoreApplication.translate(
            "RoadmapHints",
            "{question} aims at level {target} (now {start}), but the initiatives "
            "bring it only to level {planned}",
        )
    return text.format(
        question=_question(hint, names),
        target=_value(hint, "target"),
        start=_value(hint, "start"),
        planned=_value(hint, "planned"),
    )


def _initiative_without_question(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "Initiative {initiative} raises no question's level: link it to the "
        "questions it improves",
    ).format(initiative=_initiatives(hint, names))


def _initiative_after_target_date(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "Initiative {initiative} ends in {ends}, after the target date of "
        "{question} ({due})",
    ).format(
        initiative=_initiatives(hint, names),
        ends=_value(hint, "ends_on"),
        question=_question(hint, names),
        due=_value(hint, "due"),
    )


def _big_step(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{question} rises from level {start} to {level} between {first} and "
        "{last}: plan shorter, safer steps",
    ).format(
        question=_question(hint, names),
        start=_value(hint, "from_level"),
        level=_value(hint, "to_level"),
        first=_value(hint, "first"),
        last=_value(hint, "last"),
    )


def _budget_horizon(hint: Hint, names: SubjectNames) -> str:
    others = len(hint.question_ids) - 1
    return Texts.tr(
        "{budget} is at level {level} while %n other question(s) aim at level 4 or "
        "higher (up to {target}): the budget horizon may be shorter than the roadmap",
        "",
        others,
    ).format(
        budget=_question(hint, names),
        level=_value(hint, "level"),
        target=_value(hint, "highest_target"),
    )


def _golden_record_first(hint: Hint, names: SubjectNames) -> str:
    integrated = hint.values.get("integration_month")
    return QCoreApplication.translate(
        "RoadmapHints",
        "{golden} reaches level {level} in {month}, before {integration} reaches "
        "level 3 ({when})",
    ).format(
        golden=_question(hint, names),
        level=_value(hint, "golden_level"),
        month=_value(hint, "golden_month"),
        integration=_question(hint, names, 1),
        when=QCoreApplication.translate("RoadmapHints", "not planned")
        if integrated is None
        else _number(integrated),
    )


def _consents_lag(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{consents} is at level {level} while the targets of {channels} rise: "
        "missing consents may hold the campaigns back",
    ).format(
        consents=_question(hint, names),
        level=_value(hint, "level"),
        channels=_rest(hint, names),
    )


def _no_strategic_list(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{question} is at level {level}: without a strategic project list there is "
        "no real CRM strategy and projects get lost",
    ).format(question=_question(hint, names), level=_value(hint, "level"))


def _goals_not_quantified(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{question} is at level {level}: the goals are not concrete, measurable "
        "objectives",
    ).format(question=_question(hint, names), level=_value(hint, "level"))


def _technology_ahead(hint: Hint, names: SubjectNames) -> str:
    areas = [names.scope(a) for a in hint.area_ids]
    return QCoreApplication.translate(
        "RoadmapHints",
        "{technology} aims at level {target}, {difference} above {others} "
        "({other}): technology should follow people and processes",
    ).format(
        technology=areas[0] if areas else "?",
        target=_value(hint, "technology_target"),
        difference=_value(hint, "difference"),
        others=names.listing(areas[1:]) or "?",
        other=_value(hint, "other_target"),
    )


def _adoption_lag(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{question} is at level {level} while {initiatives} change {systems}: plan "
        "training and adoption",
    ).format(
        question=_question(hint, names),
        level=_value(hint, "level"),
        initiatives=_initiatives(hint, names),
        systems=_rest(hint, names),
    )


def _big_gap_soon(hint: Hint, names: SubjectNames) -> str:
    return QCoreApplication.translate(
        "RoadmapHints",
        "{question} should rise from level {start} to {target} by {due}, {months}: "
        "too big a step for so short a time",
    ).format(
        question=_question(hint, names),
        start=_value(hint, "start"),
        target=_value(hint, "target"),
        due=_value(hint, "due"),
        months=_months(hint.values.get("months")),
    )


MESSAGES: dict[HintKind, Callable[[Hint, SubjectNames], str]] = {
    HintKind.TARGET_WITHOUT_INITIATIVE: _target_without_initiative,
    HintKind.INITIATIVE_WITHOUT_QUESTION: _initiative_without_question,
    HintKind.INITIATIVE_AFTER_TARGET_DATE: _initiative_after_target_date,
    HintKind.BIG_STEP: _big_step,
    HintKind.BUDGET_HORIZON: _budget_horizon,
    HintKind.GOLDEN_RECORD_FIRST: _golden_record_first,
    HintKind.CONSENTS_LAG: _consents_lag,
    HintKind.NO_STRATEGIC_LIST: _no_strategic_list,
    HintKind.GOALS_NOT_QUANTIFIED: _goals_not_quantified,
    HintKind.TECHNOLOGY_AHEAD: _technology_ahead,
    HintKind.ADOPTION_LAG: _adoption_lag,
    HintKind.BIG_GAP_SOON: _big_gap_soon,
}

_TITLES: dict[HintKind, str] = {
    HintKind.TARGET_WITHOUT_INITIATIVE: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Target without initiative"
    ),
    HintKind.INITIATIVE_WITHOUT_QUESTION: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Initiative without question"
    ),
    HintKind.INITIATIVE_AFTER_TARGET_DATE: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Initiative after target date"
    ),
    HintKind.BIG_STEP: QT_TRANSLATE_NOOP("RoadmapHints", "Big step"),
    HintKind.BUDGET_HORIZON: QT_TRANSLATE_NOOP("RoadmapHints", "Budget horizon"),
    HintKind.GOLDEN_RECORD_FIRST: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Golden record before integration"
    ),
    HintKind.CONSENTS_LAG: QT_TRANSLATE_NOOP("RoadmapHints", "Consents lag behind"),
    HintKind.NO_STRATEGIC_LIST: QT_TRANSLATE_NOOP(
        "RoadmapHints", "No strategic project list"
    ),
    HintKind.GOALS_NOT_QUANTIFIED: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Goals not quantified"
    ),
    HintKind.TECHNOLOGY_AHEAD: QT_TRANSLATE_NOOP(
        "RoadmapHints", "Technology ahead of people and process"
    ),
    HintKind.ADOPTION_LAG: QT_TRANSLATE_NOOP("RoadmapHints", "Adoption lags behind"),
    HintKind.BIG_GAP_SOON: QT_TRANSLATE_NOOP("RoadmapHints", "Big gap, close date"),
}


def hint_message(hint: Hint, names: SubjectNames) -> str:
    """The hint as one sentence in the user's language."""
    return MESSAGES[hint.kind](hint, names)


def hint_subject(hint: Hint) -> str | None:
    """The question or area a hint is first about (None: only initiatives)."""
    return next(iter((*hint.question_ids, *hint.area_ids)), None)


def hint_title(kind: HintKind) -> str:
    """A short name for the kind of hint (a column, a risk's first words)."""
    return QCoreApplication.translate("RoadmapHints", _TITLES[kind])
