"""The roadmap chapters' data: ``session.roadmap`` read into plain report values.

Runs with the rest of ``prepare_report`` on the thread that owns the workshop; the
charts are drawn later from these values. People are named as the rest of the report
names them: by name, or (anonymous) by role and department only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.hints import Hint
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import RoadmapPlan
from crm_workshop.domain.roadmap import (
    Goal,
    GoalLevel,
    HintDecision,
    Initiative,
    Month,
    Risk,
    RiskStatus,
)
from crm_workshop.domain.scoring import Assessment
from crm_workshop.reporting.data import (
    AreaPath,
    BoardGoal,
    DirectorGoal,
    Flag,
    FocusRow,
    LevelMark,
    LinkedMove,
    Measure,
    Project,
    QuestionPath,
    RiskRow,
    RoadmapData,
)
from crm_workshop.reporting.labels import ReportText
from crm_workshop.services.workshop import WorkshopSession


class _Names:
    """How the report names a stakeholder, and what it says of them besides."""

    def __init__(
        self,
        stakeholders: Sequence[Stakeholder],
        who: Mapping[int, str],
        anonymous: bool,
        model: MaturityModel,
        lang: str,
    ) -> None:
        self._people = {p.id: p for p in stakeholders}
        self._who = who
        self._anonymous = anonymous
        self._model = model
        self._lang = lang

    def department(self, department: str) -> str:
        return self._model.department_name(department, self._lang) if department else ""

    def name(self, person_id: int | None) -> str:
        person = self._people.get(person_id) if person_id is not None else None
        if person is None:
            return ""
        if not self._anonymous:
            return person.name
        shown = self._who.get(person.id)
        if shown:
            return shown
        parts = (person.role, self.department(person.department))
        return " · ".join(part for part in parts if part)

    def detail(self, person_id: int | None, department: str) -> str:
        """Role and department beside a name (only what the name does not say)."""
        person = self._people.get(person_id) if person_id is not None else None
        dep = self.department(department or (person.department if person else ""))
        if person is None:
            return dep
        if self._anonymous:
            return "" if dep and dep in self.name(person_id) else dep
        return " · ".join(part for part in (person.role, dep) if part)


def gather_roadmap(
    session: WorkshopSession,
    round_id: int,
    model: MaturityModel,
    assessment: Assessment,
    text: ReportText,
    who: Mapping[int, str],
    anonymous: bool,
) -> RoadmapData:
    """Everything the roadmap chapters show, as plain values."""
    lang = text.language
    roadmap = session.roadmap
    names = _Names(session.stakeholders(), who, anonymous, model, lang)
    plan = roadmap.plan(round_id)
    every_initiative = roadmap.initiatives()
    initiatives = [i for i in every_initiative if i.active]
    goals = roadmap.goals()
    last = plan.quarters[-1] if plan.quarters else plan.start.quarter
    return RoadmapData(
        start=str(plan.start),
        end=str(last.last_month),
        quarters=tuple((q.year, q.number) for q in plan.quarters),
        areas=_areas(model, assessment, plan, last.last_month, lang),
        vision=session.engagement.vision,
        objectives=tuple(_measure(g) for g in goals if g.level is GoalLevel.OBJECTIVE),
        board_goals=tuple(
            BoardGoal(
                _measure(board),
                tuple(
                    _director(g, names)
                    for g in goals
                    if g.level is GoalLevel.DIRECTOR and g.parent_id == board.id
                ),
            )
            for board in goals
            if board.level is GoalLevel.BOARD
        ),
        orphan_goals=tuple(
            _director(g, names)
            for g in goals
            if g.level is GoalLevel.DIRECTOR
            and g.parent_id not in {b.id for b in goals if b.level is GoalLevel.BOARD}
        ),
        projects=tuple(
            _project(number, i, model, names, lang)
            for number, i in enumerate(initiatives, start=1)
        ),
        risks=tuple(
            _risk(r, model, names, text)
            for r in sorted(roadmap.risks(), key=_risk_order)
        ),
        flags=tuple(
            _flag(h, model, every_initiative, text)
            for h in roadmap.hints(round_id)
            if h.decision is HintDecision.CONFIRMED
        ),
        focus=tuple(
            FocusRow(_scope(f.scope, model, lang), f.reason)
            for f in roadmap.focus_areas()
        ),
    )


def _areas(
    model: MaturityModel,
    assessment: Assessment,
    plan: RoadmapPlan,
    end: Month,
    lang: str,
) -> tuple[AreaPath, ...]:
    paths = []
    by_area = {a.area_id: a for a in plan.areas}
    for number, area in enumerate(model.areas, start=1):
        area_plan = by_area.get(area.id)
        if area_plan is None:
            continue
        questions = tuple(
            QuestionPath(
                q.question_id,
                model.question(q.question_id).title.get(lang),
                q.start,
                q.target,
                tuple(LevelMark(s.level, str(s.month), s.overridden) for s in q.steps),
            )
            for q in plan.questions.values()
            if q.area_id == area.id
        )
        paths.append(
            AreaPath(
                number,
                area.title.get(lang),
                area_plan.start,
                area_plan.value_at(end),
                assessment.area(area.id).target,
                tuple(LevelMark(s.level, str(s.month)) for s in area_plan.steps),
                questions,
            )
        )
    return tuple(paths)


def _measure(goal: Goal) -> Measure:
    return Measure(
        goal.title, goal.kpi, goal.unit, goal.baseline, goal.target, goal.due_on
    )


def _director(goal: Goal, names: _Names) -> DirectorGoal:
    who = names.name(goal.owner_id) or names.department(goal.department) or "–"
    detail = names.detail(goal.owner_id, goal.department)
    return DirectorGoal(
        who,
        "" if detail == who else detail,
        _measure(goal),
        tuple(line.strip() for line in goal.actions.splitlines() if line.strip()),
    )


def _question_title(model: MaturityModel, question_id: str, lang: str) -> str:
    if not model.has_question(question_id):
        return ""
    return model.question(question_id).title.get(lang)


def _project(
    number: int, i: Initiative, model: MaturityModel, names: _Names, lang: str
) -> Project:
    return Project(
        number=number,
        title=i.title,
        description=i.description,
        owner=names.name(i.owner_id),
        department=names.department(i.department),
        moves=tuple(
            LinkedMove(
                m.question_id,
                _question_title(model, m.question_id, lang),
                m.from_level,
                m.to_level,
            )
            for m in i.moves
        ),
        starts_on=i.starts_on,
        ends_on=i.ends_on,
        budget=i.budget,
        kpis=tuple(line.strip() for line in i.kpis.splitlines() if line.strip()),
        expected_roi=i.expected_roi,
        urgency=i.urgency,
        feasibility=i.feasibility,
        status=str(i.status),
        strategic=i.strategic,
    )


def _risk_order(risk: Risk) -> tuple[bool, int, int]:
    """Live risks first, then the most severe; unscored ones last."""
    done = risk.status in (RiskStatus.CLOSED, RiskStatus.MITIGATED)
    return (done, -(risk.severity or 0), risk.id or 0)


def _scope_short(scope: str, model: MaturityModel, text: ReportText) -> str:
    for number, area in enumerate(model.areas, start=1):
        if area.id == scope:
            return text.roadmap.area_short.format(number=number)
    return scope


def _risk(risk: Risk, model: MaturityModel, names: _Names, text: ReportText) -> RiskRow:
    return RiskRow(
        risk.description,
        tuple(_scope_short(s, model, text) for s in risk.scope),
        risk.likelihood,
        risk.impact,
        risk.mitigation,
        names.name(risk.owner_id),
        str(risk.status),
    )


def _scope(scope: str, model: MaturityModel, lang: str) -> str:
    """ "3.2 Golden record" for a question, "3. Customer data" for an area."""
    for number, area in enumerate(model.areas, start=1):
        if area.id == scope:
            return f"{number}. {area.title.get(lang)}"
    title = _question_title(model, scope, lang)
    return f"{scope} {title}" if title else scope


def _flag(
    hint: Hint,
    model: MaturityModel,
    initiatives: Sequence[Initiative],
    text: ReportText,
) -> Flag:
    lang = text.language
    titles = {i.id: i.title for i in initiatives}
    questions = [_scope(q, model, lang) for q in hint.question_ids]
    areas = [_scope(a, model, lang) for a in hint.area_ids]
    quote = "„{}”" if lang == "pl" else "“{}”"
    named = [quote.format(titles[i]) for i in hint.initiative_ids if i in titles]
    values: dict[str, str] = {
        "question": questions[0] if questions else "",
        "others": ", ".join(questions[1:]),
        "area": areas[0] if areas else "",
        "initiative": named[0] if named else "",
        "initiatives": ", ".join(named),
    }
    for key, value in hint.values.items():
        values[key] = _worded(value, text)
    return Flag(str(hint.kind), (*questions, *areas), tuple(values.items()))


def _worded(value: object, text: ReportText) -> str:
    """A hint's value as the message shows it: months and numbers in the language."""
    if value is None:
        return text.roadmap.not_planned
    if isinstance(value, Month):
        return text.roadmap.month(str(value))
    if isinstance(value, float):
        return text.number(value)
    if isinstance(value, str) and len(value) == 7 and value[4] == "-":
        return text.roadmap.month(value)
    return str(value)
