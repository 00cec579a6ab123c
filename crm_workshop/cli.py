"""The ``crm-workshop`` command: headless sub-commands; the bare command opens the app.

Every error is one clear line on stderr (an import lists each bad row after it) and a
documented, non-zero exit code; no traceback reaches the user. Exit codes:

  0  done
  1  internal error (a bug: please report it)
  2  wrong command-line usage
  3  file not found, or the target file already exists
  4  not a workshop file: another file type, another application's database,
     a damaged file, or content CRM Workshop did not create
  5  written by a newer version of CRM Workshop
  6  the workshop is in use by another program, or read-only, or this user may not
     read it
  7  invalid input: a CSV or model file with problems, an unknown round
  8  ``check`` found problems
  9  the disk refused a write (full, removed, I/O error)
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from crm_workshop import __version__

if TYPE_CHECKING:
    from crm_workshop.services.errors import CorruptWorkshop
    from crm_workshop.services.workshop import WorkshopSession

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_NOT_A_WORKSHOP = 4
EXIT_NEWER = 5
EXIT_IN_USE = 6
EXIT_INVALID_INPUT = 7
EXIT_CHECK_FAILED = 8
EXIT_WRITE_FAILED = 9

PROG = "crm-workshop"


class CliError(Exception):
    def __init__(self, message: str, code: int, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = list(details)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message} (see '{PROG} --help')\n")
        raise SystemExit(EXIT_USAGE)


# -- commands ------------------------------------------------------------------------
def _open(path: str, read_only: bool = False):  # type: ignore[no-untyped-def]
    """Open for writing (an older file is upgraded after a backup beside it); a file
    that cannot be written opens read-only, which is all the reading commands need.
    ``--read-only`` reads a workshop that is open for writing elsewhere."""
    from crm_workshop.services.workshop import WorkshopSession

    session = WorkshopSession.open(path, read_only=read_only)
    lock = session.lock
    if lock is not None and lock.state == "foreign" and lock.previous is not None:
        sys.stderr.write(
            f"{PROG}: note: {path} is open for editing on {lock.previous.host}; "
            "this shows what the file held when it was last synced here\n"
        )
    return session


def _exists(target: Path) -> CliError:
    return CliError(
        f"{target} already exists; choose another name or add --force", EXIT_NOT_FOUND
    )


def _new_output(target: Path, force: bool) -> None:
    """Refuse an existing ``target`` (unless ``force``) or a missing folder."""
    if target.exists() and not force:
        raise _exists(target)
    if not target.parent.is_dir():
        raise CliError(f"{target.parent}: no such folder", EXIT_NOT_FOUND)


Describer = Callable[[Exception], CliError | None]


@contextlib.contextmanager
def _workshop(
    path: str,
    *,
    read_only: bool = False,
    output: Path | None = None,
    force: bool = False,
    errors: Describer | None = None,
) -> Iterator[WorkshopSession]:
    """The workshop a sub-command works on, opened as ``_open`` opens it.

    With ``output`` the file the command writes is checked first (an existing one is
    refused unless ``force``, its folder must exist), and one that appears while the
    command runs is refused the same way. ``errors`` words the command's own
    refusals as one line; every other error is left to ``_describe``.
    """
    if output is not None:
        _new_output(output, force)
    try:
        with _open(path, read_only) as session:
            yield session
    except CliError:
        raise
    except FileExistsError:
        if output is None:
            raise
        raise _exists(output) from None
    except Exception as exc:
        error = errors(exc) if errors is not None else None
        if error is None:
            raise
        raise error from None


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_workshop.services.demo import create_demo

    with create_demo(args.path, follow_up=True) as session:
        counts = session.counts()
    print(
        f"Demo workshop written to {args.path}: "
        f"{_plural(counts['stakeholders'], 'stakeholder', 'stakeholders')}, "
        f"{_plural(counts['sessions'], 'session', 'sessions')}, "
        f"{_plural(counts['ratings'], 'answer', 'answers')}."
    )
    return EXIT_OK


def _fmt(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.1f}" if signed else f"{value:.1f}"


def cmd_summary(args: argparse.Namespace) -> int:
    from crm_workshop.domain.assessment import Answer

    with _open(args.path, args.read_only) as session:
        lang = args.lang
        model = session.model
        engagement = session.engagement
        round_ = session.round_named(args.round)
        scores = session.assessment(round_.id)
        ratings = session.ratings(round_.id)
        people = len({r.stakeholder_id for r in ratings})
        consensus = session.consensus(round_.id)
    na = sum(r.answer is Answer.NOT_APPLICABLE for r in ratings)
    dont_know = sum(r.answer is Answer.DONT_KNOW for r in ratings)
    lines = [
        f"{engagement.client_name} · {model.name.get(lang)} {model.version} · "
        f"round {round_.name!r} ({round_.held_on})",
        f"{len(ratings)} answers from {people} stakeholders "
        f"({na} not applicable, {dont_know} don't know); consensus on {len(consensus)} questions",
        "",
    ]
    width = max(len(a.title.get(lang)) for a in model.areas) + 2
    header = f"{'Area':<{width}}{'Score':>6}{'Floor':>7}  {'(question)':<11}{'Target':>6}{'Gap':>6}  Scored"
    lines += [header, "-" * len(header)]
    for area, score in zip(model.areas, scores.areas, strict=True):
        floor_q = f"({score.floor_question_id})" if score.floor_question_id else ""
        lines.append(
            f"{area.title.get(lang):<{width}}{_fmt(score.score):>6}{_fmt(score.floor):>7}  "
            f"{floor_q:<11}{_fmt(score.target):>6}{_fmt(score.gap, True):>6}  "
            f"{score.scored_questions}/{score.total_questions}"
        )
    lines.append("-" * len(header))
    percent = scores.index_percent
    lines.append(
        f"{'Overall index':<{width}}{_fmt(scores.index):>6}"
        + (f"   ({percent:.0f}/100)" if percent is not None else "")
    )
    disputed = [q for q, s in scores.questions.items() if s.disagreement]
    if disputed:
        lines.append(f"Disagreement (answers 2+ levels apart): {', '.join(disputed)}")
    print("\n".join(lines))
    return EXIT_OK


def cmd_import_ratings(args: argparse.Namespace) -> int:
    from crm_workshop.services.ratings_csv import import_ratings

    with _open(args.path) as session:
        result = import_ratings(session, Path(args.csv), args.round)
    created = (
        f"; new stakeholders: {', '.join(result.new_stakeholders)}"
        if result.new_stakeholders
        else ""
    )
    new_round = " (new round)" if result.round_created else ""
    print(
        f"Imported {_plural(result.ratings, 'answer', 'answers')} into round {result.round_name!r}{new_round}{created}."
    )
    return EXIT_OK


def cmd_export_ratings(args: argparse.Namespace) -> int:
    from crm_workshop.services.ratings_csv import export_ratings

    target = Path(args.output)
    if target.exists() and not args.force:
        raise CliError(
            f"{target} already exists; choose another name or add --force",
            EXIT_NOT_FOUND,
        )
    with _open(args.path, args.read_only) as session:
        count = export_ratings(session, target, args.round)
    print(f"Exported {_plural(count, 'answer', 'answers')} to {target}.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from crm_workshop.services.report import ReportOptions, export_report

    if getattr(args, "progress", False):
        return _report_progress(args)
    target = Path(args.output)
    options = ReportOptions(
        language=args.lang,
        round_name=args.round,
        paper=args.paper,
        anonymous=args.anonymous,
        file_format=args.format,
    )
    with _workshop(
        args.path, read_only=args.read_only, output=target, force=args.force
    ) as session:
        result = export_report(session, target, options, replace=args.force)
    language = {"en": "English", "pl": "Polish"}.get(result.language, result.language)
    pages = _plural(result.pages, "page", "pages")
    if result.file_format == "docx":  # Word counts the pages when it opens the file
        pages = "Word document"
    print(
        f"Report written to {target}: {pages}, round {result.round_name!r}, {language}."
    )
    return EXIT_OK


def _report_progress(args: argparse.Namespace) -> int:
    """``report --progress``: the round against an earlier one, as a PDF."""
    from crm_workshop.services.progress_report import (
        ProgressOptions,
        export_progress_report,
    )

    target = Path(args.output)
    if args.format == "docx" or target.suffix.lower() == ".docx":
        raise CliError("the progress report is a PDF; name it OUT.pdf", EXIT_USAGE)
    options = ProgressOptions(args.lang, args.round, args.against, args.paper)
    with _workshop(
        args.path,
        read_only=args.read_only,
        output=target,
        force=args.force,
        errors=lambda exc: _progress_errors(exc, args.path),
    ) as session:
        result = export_progress_report(session, target, options, replace=args.force)
    language = {"en": "English", "pl": "Polish"}.get(result.language, result.language)
    print(
        f"Progress report written to {target}: "
        f"{_plural(result.pages, 'page', 'pages')}, round {result.round_name!r} "
        f"against {result.against!r}, {language}."
    )
    return EXIT_OK


def _progress_errors(exc: Exception, path: str) -> CliError | None:
    """Two rounds that cannot be compared, as one line."""
    from crm_workshop.services.progress_report import NotEnoughRounds, SameRound

    if isinstance(exc, NotEnoughRounds):
        return CliError(
            f"a progress report compares two rounds; {path} has "
            f"{_plural(exc.rounds, 'round', 'rounds')}",
            EXIT_INVALID_INPUT,
        )
    if isinstance(exc, SameRound):
        return CliError(
            f"round {exc.name!r} cannot be compared with itself; "
            "choose another --against",
            EXIT_INVALID_INPUT,
        )
    return None


def cmd_check(args: argparse.Namespace) -> int:
    from crm_workshop.services import errors as e

    try:
        with _open(args.path, args.read_only) as session:
            problems = session.check()
            counts = session.counts()
    except e.CorruptWorkshop as refused:
        problems = _refused_values(args.path, refused)
        if not problems:
            raise
    if problems:
        raise CliError(
            f"{args.path}: {len(problems)} problem(s) found",
            EXIT_CHECK_FAILED,
            problems,
        )
    print(
        f"{args.path}: healthy ({_plural(counts['stakeholders'], 'stakeholder', 'stakeholders')}, "
        f"{_plural(counts['rounds'], 'round', 'rounds')}, "
        f"{_plural(counts['ratings'], 'answer', 'answers')})"
    )
    return EXIT_OK


def _refused_values(path: str, refused: CorruptWorkshop) -> list[str]:
    """What ``check`` finds in a workshop that opening for editing refused as damaged
    when the damage is in its values (a level of 7 written by another tool): read
    only, such a file opens and its check names each bad row. Empty when it does not
    open read-only either, or its check finds nothing: the refusal stands."""
    from crm_workshop.services.errors import WorkshopFileError
    from crm_workshop.services.workshop import WorkshopSession

    try:
        with WorkshopSession.open(path, read_only=True) as session:
            found = session.check()
    except WorkshopFileError:
        return []
    if not found:
        return []
    return [f"the file cannot be opened for editing: {refused.detail}", *found]


def cmd_recover(args: argparse.Namespace) -> int:
    from crm_workshop.services.recover import recover_workshop

    result = recover_workshop(Path(args.path), Path(args.output))
    salvage = result.salvage
    width = max(len(t.name) for t in salvage.tables) + 2
    lines = [
        f"Recovered {args.path} into {args.output} ({args.path} was not changed).",
        "",
        f"{'Table':<{width}}{'Recovered':>10}{'Lost':>8}",
        "-" * (width + 18),
    ]
    for table in salvage.tables:
        lost = f"{table.lost}+" if table.unreadable_parts else str(table.lost)
        extra = []
        if table.unreadable_parts:
            extra.append("parts unreadable, count unknown")
        if table.placeholders:
            extra.append(
                f"{_plural(table.placeholders, 'placeholder', 'placeholders')} "
                "for rows others refer to"
            )
        lines.append(
            f"{table.name:<{width}}{table.recovered:>10}{lost:>8}"
            + (f"  ({'; '.join(extra)})" if extra else "")
        )
    lines.append("-" * (width + 18))
    total_lost = f"{salvage.lost}+" if not salvage.complete else str(salvage.lost)
    lines.append(f"{'Total':<{width}}{salvage.recovered:>10}{total_lost:>8}")
    lines.append("")
    if salvage.model_from_file:
        lines.append(f"Model: the workshop's own snapshot ({salvage.model_name}).")
    else:
        lines.append(
            "Model: the workshop's model snapshot could not be read; the default "
            f"model ({salvage.model_name}) was used instead."
        )
    lines += [f"Note: {note}." for note in salvage.notes]
    lines += [f"Check: {problem}" for problem in result.problems]
    lines.append(
        "Nothing was lost." if salvage.complete else "Some content could not be read."
    )
    print("\n".join(lines))
    return EXIT_OK


_REASONS = {"open": "on open", "edit": "while editing"}


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{max(1, round(size / 1e3))} KB"


def cmd_backups(args: argparse.Namespace) -> int:
    from crm_workshop.services.backups import backups_folder, list_backups

    backups = list_backups(args.path)
    folder = backups_folder(args.path)
    if not backups:
        if not Path(args.path).exists():
            raise CliError(
                f"{args.path}: no such workshop file, and no backups of it",
                EXIT_NOT_FOUND,
            )
        print(f"No backups of {args.path} yet (they are kept in {folder}).")
        return EXIT_OK
    lines = [
        f"Backups of {args.path}, newest first (kept in {folder}):",
        "",
        f"{'#':>3}  {'Taken (local time)':<19}  {'Reason':<13}  {'Size':>8}  Answers",
    ]
    for number, backup in enumerate(backups, start=1):
        answers = "?" if backup.answers is None else str(backup.answers)
        answers = "damaged" if backup.problem else answers
        note = backup.problem or ("made by an older version" if answers == "?" else "")
        lines.append(
            f"{number:>3}  {_local_time(backup.taken_at):<19}  "
            f"{_REASONS.get(backup.reason, backup.reason):<13}  "
            f"{_size(backup.size):>8}  {answers:>7}" + (f"  ({note})" if note else "")
        )
    lines += [
        "",
        f"Restore one into a new file: {PROG} restore PATH --backup N -o NEW.crmw",
    ]
    print("\n".join(lines))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from crm_workshop.services.backups import (
        backups_folder,
        list_backups,
        restore_backup,
    )

    backups = list_backups(args.path)
    if not backups:
        raise CliError(
            f"{args.path}: no backups found (they are kept in "
            f"{backups_folder(args.path)})",
            EXIT_NOT_FOUND,
        )
    if args.backup > len(backups):
        raise CliError(
            f"no backup number {args.backup}: {args.path} has "
            f"{_plural(len(backups), 'backup', 'backups')}, 1 is the newest "
            f"(see '{PROG} backups PATH')",
            EXIT_INVALID_INPUT,
        )
    chosen = backups[args.backup - 1]
    result = restore_backup(chosen, Path(args.output))
    print(
        f"Restored backup {args.backup} of {args.path} (taken "
        f"{_local_time(chosen.taken_at)}, {_REASONS.get(chosen.reason, chosen.reason)}) "
        f"into {args.output}: {_plural(result.answers, 'answer', 'answers')}. "
        f"{args.path} was not changed."
    )
    return EXIT_OK


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1, 2, 3… (got {text!r})")
    return value


def cmd_models(args: argparse.Namespace) -> int:
    from crm_workshop.catalog import available_models

    for info in available_models():
        model = info.model
        print(
            f"{model.id} {model.version}  {model.name.get(args.lang)}  "
            f"({_plural(len(model.areas), 'area', 'areas')}, "
            f"{_plural(model.question_count, 'question', 'questions')}, "
            f"languages: {', '.join(model.languages)})  {info.path.name}"
            + ("  (your library)" if info.in_library else "")
        )
    return EXIT_OK


def cmd_validate_model(args: argparse.Namespace) -> int:
    from crm_workshop.catalog import load_model

    model = load_model(args.file)
    print(
        f"{args.file}: valid model {model.id} {model.version} "
        f"({_plural(len(model.areas), 'area', 'areas')}, "
        f"{_plural(model.question_count, 'question', 'questions')})"
    )
    return EXIT_OK


def _questionnaire_errors(exc: Exception) -> CliError | None:
    """The questionnaire commands' own refusals as one line and an exit code."""
    from crm_workshop.services import questionnaire as q
    from crm_workshop.services.questionnaire_match import UnknownStakeholder
    from crm_workshop.services.questionnaire_problems import (
        QuestionnaireImportError,
        describe_problem,
    )

    if isinstance(exc, q.UnknownFormat):
        return CliError(
            f"{exc.path}: the format comes from the file's suffix: .pdf or .xlsx",
            EXIT_USAGE,
        )
    if isinstance(exc, UnknownStakeholder):
        hint = " or ".join(repr(n) for n in exc.closest)
        return CliError(
            f"no stakeholder named {exc.name!r}"
            + (f" (did you mean {hint}?)" if hint else ""),
            EXIT_INVALID_INPUT,
        )
    if isinstance(exc, q.UnknownAreas):
        return CliError(
            f"unknown area(s): {', '.join(exc.unknown)}; the areas are "
            f"{', '.join(exc.known)} (or their numbers)",
            EXIT_INVALID_INPUT,
        )
    if isinstance(exc, QuestionnaireImportError):
        if exc.missing:
            return CliError(f"{exc.path}: no such file", EXIT_NOT_FOUND)
        return CliError(
            f"{exc.path}: {_plural(len(exc.problems), 'problem', 'problems')}; "
            "nothing was imported",
            EXIT_INVALID_INPUT,
            [describe_problem(p) for p in exc.problems],
        )
    return None


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from crm_workshop.services import questionnaire as q
    from crm_workshop.services.questionnaire_match import find_stakeholder

    options = q.QuestionnaireOptions(
        language=args.lang,
        area_ids=tuple(a for a in (args.areas or "").split(",") if a.strip()),
        round_name=args.round,
        paper=args.paper,
    )
    target = Path(args.output)
    with _workshop(args.path, errors=_questionnaire_errors) as session:
        if args.all_stakeholders:
            kinds = q.FORMATS if args.format in (None, "both") else (args.format,)
            written = _all_questionnaires(session, target, kinds, options, args)
        else:
            kind = q.format_of(target)
            _new_output(target, args.force)
            person = (
                find_stakeholder(session, args.stakeholder)
                if args.stakeholder
                else None
            )
            (prepared,) = q.prepare_questionnaires(session, kind, [person], options)
            written = [q.write_questionnaire(prepared, target, replace=args.force)]
    for result in written:
        who = result.stakeholder or "blank"
        print(f"Questionnaire ({who}, {result.language}) written to {result.path}")
    return EXIT_OK


def _all_questionnaires(session, folder: Path, kinds, options, args):  # type: ignore[no-untyped-def]
    from crm_workshop.services import questionnaire as q

    if args.stakeholder:
        raise CliError("give either --stakeholder or --all-stakeholders", EXIT_USAGE)
    if not folder.parent.is_dir():
        raise CliError(f"{folder.parent}: no such folder", EXIT_NOT_FOUND)
    folder.mkdir(exist_ok=True)
    if not folder.is_dir():
        raise CliError(f"{folder} is not a folder", EXIT_NOT_FOUND)
    people = session.stakeholders(active_only=True)
    if not people:
        raise CliError("the workshop has no active stakeholders", EXIT_INVALID_INPUT)
    planned = []
    for kind in kinds:
        prepared = q.prepare_questionnaires(session, kind, people, options)
        planned += q.targets(prepared, folder)
    existing = [str(path) for _, path in planned if path.exists()]
    if existing and not args.force:
        raise CliError(
            f"{_plural(len(existing), 'file', 'files')} already exist; add --force to "
            "replace them (nothing was written)",
            EXIT_NOT_FOUND,
            existing,
        )
    return [q.write_questionnaire(p, path, replace=args.force) for p, path in planned]


def cmd_import_questionnaire(args: argparse.Namespace) -> int:
    from crm_workshop.services.questionnaire_import import import_questionnaire
    from crm_workshop.services.questionnaire_problems import describe_problem

    if args.stakeholder and len(args.files) > 1:
        raise CliError("--stakeholder works with one file at a time", EXIT_USAGE)
    failures: list[CliError] = []
    with _workshop(args.path) as session:
        for file in args.files:
            try:
                result = import_questionnaire(
                    session,
                    Path(file),
                    args.round,
                    args.stakeholder,
                    create_stakeholder=args.create_stakeholder,
                )
            except Exception as exc:
                error = _questionnaire_errors(exc)
                if error is None:
                    raise
                if len(args.files) == 1:
                    raise error from None
                failures.append(error)
                continue
            answers = len(result.written) + result.unchanged
            extra = []
            if result.stakeholder_created:
                extra.append("new stakeholder")
            if result.round_created:
                extra.append("new round")
            print(
                f"{file}: {_plural(answers, 'answer', 'answers')} of "
                f"{result.stakeholder.name} for round {result.round_name!r}"
                + (f" ({', '.join(extra)})" if extra else "")
                + f": {len(result.written)} new or changed, {result.unchanged} "
                f"unchanged; {_plural(result.blank, 'question', 'questions')} left blank."
            )
            for note in result.notes:
                print(f"  note: {describe_problem(note)}")
    for error in failures:
        sys.stderr.write(f"{PROG}: {error.message}\n")
        for detail in error.details:
            sys.stderr.write(f"  {detail}\n")
    return EXIT_INVALID_INPUT if failures else EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from crm_workshop.services.workshop_json import export_workshop_json

    target = Path(args.output)
    with _workshop(
        args.path, read_only=args.read_only, output=target, force=args.force
    ) as session:
        result = export_workshop_json(session, target, replace=args.force)
    print(
        f"Exported {args.path} to {target}: "
        f"{_plural(sum(result.rows.values()), 'row', 'rows')} in "
        f"{_plural(len(result.rows), 'table', 'tables')}, {_size(result.size)} "
        f"(schema version {result.schema_version})."
    )
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from crm_workshop.services.workshop_json import CURRENT_SCHEMA, import_workshop_json

    source, target = Path(args.file), Path(args.output)
    if not source.is_file():
        raise CliError(f"{source}: no such file", EXIT_NOT_FOUND)
    _new_output(target, False)
    result = import_workshop_json(source, target)
    upgraded = (
        f" (upgraded from schema version {result.schema_version})"
        if result.schema_version < CURRENT_SCHEMA
        else ""
    )
    lines = [
        f"Imported {source} into the new workshop {target}: "
        f"{_plural(sum(result.rows.values()), 'row', 'rows')} in "
        f"{_plural(len(result.rows), 'table', 'tables')}{upgraded}."
    ]
    lines += [f"Check: {problem}" for problem in result.problems]
    print("\n".join(lines))
    return EXIT_OK


def cmd_export_model(args: argparse.Namespace) -> int:
    from crm_workshop.services.model_library import export_model

    target = Path(args.output)
    with _workshop(
        args.path, read_only=args.read_only, output=target, force=args.force
    ) as session:
        result = export_model(
            session,
            target,
            model_id=args.model_id,
            version=args.model_version,
            include_hidden=args.include_hidden,
            replace_file=args.force,
        )
    model = result.model
    notes = [
        f"{_plural(len(result.reworded), 'question', 'questions')} reworded",
        f"{_plural(len(result.left_out), 'hidden question', 'hidden questions')} "
        "left out",
    ]
    print(
        f"Model {model.id} {model.version} written to {target}: "
        f"{_plural(len(model.areas), 'area', 'areas')}, "
        f"{_plural(model.question_count, 'question', 'questions')} "
        f"({'; '.join(notes)}). Add it to your library with: "
        f"{PROG} add-model {target}"
    )
    return EXIT_OK


def cmd_add_model(args: argparse.Namespace) -> int:
    from crm_workshop.services.model_library import add_model

    result = add_model(Path(args.file), replace_existing=args.replace)
    model = result.model
    print(
        f"{'Replaced' if result.replaced else 'Added'} {model.id} {model.version} "
        f"in your model library ({result.path}); new workshops can use it."
    )
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from crm_workshop.services.merge import Side, apply_merge, prepare_merge

    with _workshop(args.path, errors=_merge_errors) as session:
        preview = prepare_merge(session, Path(args.other))
        result = None
        if not args.dry_run and not preview.plan.is_empty:
            result = apply_merge(session, preview, prefer=Side(args.prefer))
    print("\n".join(_merge_lines(args, preview, result)))
    return EXIT_OK


def _merge_errors(exc: Exception) -> CliError | None:
    """A copy of another workshop, or a file changed while merging, as one line."""
    from crm_workshop.services.merge import DifferentModel, MergeOutOfDate

    if isinstance(exc, DifferentModel):
        unknown = f" (questions {', '.join(exc.questions)})" if exc.questions else ""
        return CliError(
            f"the other copy uses the model {' '.join(exc.theirs)}{unknown}, this "
            f"workshop {' '.join(exc.mine)}: only copies of one workshop can be merged; "
            "nothing was written",
            EXIT_INVALID_INPUT,
        )
    if isinstance(exc, MergeOutOfDate):
        return CliError(
            f"{exc.path}: the workshop was changed by another program while the "
            "merge was being prepared, so nothing was written; run the merge again",
            EXIT_IN_USE,
        )
    return None


def _merge_lines(args: argparse.Namespace, preview, result) -> list[str]:  # type: ignore[no-untyped-def]
    """The merge's summary: what was (or would be) added, identical, in conflict."""
    from crm_workshop.domain.merge import Kind, NoteKind

    plan = preview.plan
    other, here = Path(args.other).name, Path(args.path).name
    if preview.same_file:
        return [f"{other} is this workshop itself: nothing to merge."]
    if plan.is_empty:
        return [f"Nothing to merge: {other} holds nothing that {here} lacks."]
    if result is None:
        lines = [f"Dry run: nothing was written. Merging {other} into {here}:"]
    elif result.backup is None:
        lines = [f"Nothing was written: {other} holds nothing new for {here}."]
    else:
        lines = [
            f"Merged {other} into {here} ({here} as it was is kept in "
            f"{result.backup.name})."
        ]

    def changed(updates) -> int:  # type: ignore[no-untyped-def]
        return sum(u.changed for u in updates)

    def names(items) -> str:  # type: ignore[no-untyped-def]
        return ": " + _one_line(", ".join(items), 200)

    added = [
        (len(plan.new_stakeholders), "new stakeholder", "new stakeholders",
         names(p.name for p in plan.new_stakeholders)),
        (changed(plan.stakeholder_updates), "stakeholder completed",
         "stakeholders completed", " (role, department, e-mail)"),
        (len(plan.new_rounds), "new round", "new rounds",
         names(r.name for r in plan.new_rounds)),
        (changed(plan.participant_updates), "round with more participants",
         "rounds with more participants", ""),
        (len(plan.new_sessions), "new session", "new sessions",
         names(f"{s.held_on} {s.title}" for s in plan.new_sessions)),
        (changed(plan.session_updates), "session completed", "sessions completed",
         " (attendees, areas, agenda, notes)"),
        (len(plan.new_evidence), "evidence file", "evidence files",
         names(e.evidence.filename for e in plan.new_evidence)),
        (changed(plan.wording_updates), "question hidden or reworded",
         "questions hidden or reworded", ""),
        (len(plan.new_ratings), "answer", "answers", ""),
        (len(plan.new_consensus), "consensus value", "consensus values", ""),
        (len(plan.new_followups), "follow-up", "follow-ups", ""),
    ]  # fmt: skip
    if not plan.nothing_to_add:
        lines.append("Added:" if result is not None else "It would add:")
        lines += [
            f"  {_plural(count, one, many)}{detail}"
            for count, one, many, detail in added
            if count
        ]
    same = plan.identical
    labels = {
        Kind.STAKEHOLDER: ("stakeholder", "stakeholders"),
        Kind.ROUND: ("round", "rounds"),
        Kind.SESSION: ("session", "sessions"),
        Kind.EVIDENCE: ("evidence file", "evidence files"),
        Kind.WORDING: ("question wording", "question wordings"),
        Kind.RATING: ("answer", "answers"),
        Kind.CONSENSUS: ("consensus value", "consensus values"),
        Kind.FOLLOWUP: ("follow-up", "follow-ups"),
    }
    identical = [_plural(same[k], *labels[k]) for k in labels if same.get(k)]
    if identical:
        lines.append(f"The same in both copies: {', '.join(identical)}.")
    if plan.conflicts:
        verb = "would be" if result is None else "were"
        whose = (
            "the other copy's values"
            if args.prefer == "theirs"
            else f"{here}'s values ('--prefer theirs' takes the other copy's)"
        )
        count = _plural(len(plan.conflicts), "conflict", "conflicts")
        lines.append(
            f"{count}; {whose} {verb} {'taken' if args.prefer == 'theirs' else 'kept'}:"
        )
        lines += [
            f"  {_conflict_subject(plan, c)}: here {_merge_value(plan, c.mine)}"
            f" | other copy {_merge_value(plan, c.theirs)}"
            for c in plan.conflicts
        ]
    notes = {
        NoteKind.NAMESAKE: "{name}: another person of this name with another e-mail "
        "is added as {detail}",
        NoteKind.DEACTIVATED_HERE: "{name} is deactivated here; their answers from the "
        "other copy were merged",
        NoteKind.DEACTIVATED_THERE: "{name} is deactivated in the other copy; still "
        "active here",
        NoteKind.ENGAGEMENT_NOT_MERGED: "engagement details (client, branding) of the "
        "other copy were not merged",
        NoteKind.ROADMAP_NOT_MERGED: "the roadmap of the other copy was not merged",
    }
    lines += [
        "Note: " + notes[n.kind].format(name=n.name, detail=n.detail)
        for n in plan.notes
        if n.kind in notes
    ]
    return lines


def _one_line(text: str, limit: int = 60) -> str:
    """User text on one line, shortened: a 10,000-character comment stays readable."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _conflict_subject(plan, conflict) -> str:  # type: ignore[no-untyped-def]
    from crm_workshop.domain.merge import Kind

    round_ = plan.rounds.get(conflict.round_id)
    round_name = f"round {round_.name!r}" if round_ is not None else ""
    person = plan.people.get(conflict.stakeholder_id)
    name = _one_line(person.name) if person is not None else ""
    kind = conflict.kind
    if kind is Kind.RATING:
        return f"answer of {name}, {round_name}, question {conflict.question_id}"
    if kind is Kind.CONSENSUS:
        return f"consensus, {round_name}, question {conflict.question_id}"
    if kind is Kind.FOLLOWUP:
        return f"follow-up, {round_name}, question {conflict.question_id}"
    if kind is Kind.ROUND:
        return f"{round_name}: kind and date"
    if kind is Kind.SESSION:
        session = plan.sessions[conflict.session_id]
        title = _one_line(f"{session.held_on} {session.title}")
        return f"session {title}: {conflict.field}"
    if kind is Kind.WORDING:
        part, language = conflict.field.split(":", 1)
        return f"question {conflict.question_id}: {part} ({language})"
    return f"{name}: {conflict.field}"


def _merge_value(plan, value: object) -> str:  # type: ignore[no-untyped-def]
    from crm_workshop.domain.assessment import Answer, Consensus, Rating, Round
    from crm_workshop.domain.engagement import Followup

    def levels(current: int | None, target: int | None) -> list[str]:
        return [f"level {current}" if current is not None else "no level"] + (
            [f"target {target}"] if target is not None else []
        )

    def quoted(text: str) -> list[str]:
        return [f'"{_one_line(text)}"'] if text.strip() else []

    if isinstance(value, Rating):
        answer = {
            Answer.NOT_APPLICABLE: ["not applicable"],
            Answer.DONT_KNOW: ["don't know"],
        }.get(value.answer, [f"level {value.current}"])
        target = [f"target {value.target}"] if value.target is not None else []
        parts = answer + target + quoted(value.comment)
    elif isinstance(value, Consensus):
        parts = levels(value.current, value.target) + quoted(value.note)
    elif isinstance(value, Followup):
        owner = plan.people.get(value.owner_id)
        parts = [f"owner {_one_line(owner.name)}" if owner else "no owner"]
        parts += [f"due {value.due_on}"] if value.due_on else []
        parts += quoted(value.note) + (["done"] if value.done else [])
    elif isinstance(value, Round):
        parts = [value.kind.value, value.held_on]
    else:
        parts = quoted(str(value)) or ["(empty)"]
    return ", ".join(parts)


def cmd_gui(args: argparse.Namespace) -> int:
    # Start-up allocates some 40,000 objects and frees almost none of them, so the
    # cyclic collector's passes over them are pure cost; ``gui_main`` switches it back
    # on once the window is up.
    gc.disable()
    # The layers under the GUI load before Qt: once PySide6 is imported, it reads the
    # source of every module imported after it (looking for its ``__feature__``
    # switches), milliseconds of start-up for modules that never use Qt.
    import crm_workshop.services.chart_data
    import crm_workshop.services.errors
    import crm_workshop.services.progress
    import crm_workshop.services.workshop  # noqa: F401

    try:
        from crm_workshop.gui.qt_import import load_qt

        load_qt()
        from crm_workshop.gui.app import main as gui_main
    except ImportError as exc:  # a headless install without Qt
        raise CliError(
            f"the desktop app cannot start: {exc}; the sub-commands still work "
            f"('{PROG} --help')",
            EXIT_INTERNAL,
        ) from None
    return gui_main([args.path] if args.path else [], demo=args.demo)


# -- parser and error mapping ------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Run CRM Maturity Model workshops offline. Without a sub-command, "
        "opens the desktop app (on PATH if given).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the app on the demo workshop"
    )
    parser.set_defaults(func=cmd_gui, path=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("demo", cmd_demo, "write a realistic demo workshop to PATH (a new file)")
    p.add_argument("path", metavar="PATH")
    p = add("summary", cmd_summary, "print area scores, floors, targets and gaps")
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--round", metavar="NAME", help="the round to show (default: the latest)"
    )
    p.add_argument(
        "--lang", choices=("en", "pl"), default="en", help="language of area names"
    )
    _read_only_option(p)
    p = add(
        "import-ratings",
        cmd_import_ratings,
        "import answers from a CSV file (all or nothing)",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("csv", metavar="FILE.csv")
    p.add_argument(
        "--round", metavar="NAME", help="round to import into (created if new)"
    )
    p = add("export-ratings", cmd_export_ratings, "export answers to a CSV file")
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE.csv", required=True)
    p.add_argument(
        "--round", metavar="NAME", help="only this round (default: all rounds)"
    )
    p.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")
    _read_only_option(p)
    p = add("report", cmd_report, "write the client's report of a round (PDF or Word)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="OUT.pdf|OUT.docx", required=True)
    p.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="file format (default: from the output's suffix; .docx is Word)",
    )
    p.add_argument(
        "--lang",
        choices=("en", "pl"),
        help="language of the report (default: the engagement's report language)",
    )
    p.add_argument(
        "--round", metavar="NAME", help="the round to report (default: the latest)"
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="show roles and departments instead of names",
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help="the progress report instead: the round against an earlier one (PDF)",
    )
    p.add_argument(
        "--against",
        metavar="NAME",
        help="with --progress: the round to compare with (default: the one before)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _read_only_option(p)
    p = add(
        "questionnaire",
        cmd_questionnaire,
        "write a questionnaire to fill in on paper (.pdf) or in a spreadsheet (.xlsx)",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="FILE.pdf or FILE.xlsx (the format follows the suffix); a folder "
        "with --all-stakeholders",
    )
    p.add_argument(
        "--stakeholder", metavar="NAME", help="for this stakeholder (default: blank)"
    )
    p.add_argument(
        "--all-stakeholders",
        action="store_true",
        help="one questionnaire per active stakeholder into the folder -o names",
    )
    p.add_argument(
        "--format",
        choices=("pdf", "xlsx", "both"),
        help="with --all-stakeholders: which files to write (default: both)",
    )
    p.add_argument(
        "--lang",
        choices=("en", "pl"),
        help="language (default: the engagement's report language)",
    )
    p.add_argument(
        "--areas",
        metavar="ID,ID",
        help="only these areas (ids or numbers; default: all)",
    )
    p.add_argument(
        "--round",
        metavar="NAME",
        help="the round the answers are for (default: the latest)",
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    p.add_argument("--force", action="store_true", help="replace existing files")
    p = add(
        "import-questionnaire",
        cmd_import_questionnaire,
        "import filled questionnaire workbooks (each all or nothing)",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("files", metavar="FILE.xlsx", nargs="+")
    p.add_argument(
        "--round",
        metavar="NAME",
        help="round to import into (created if new; default: the workbook's round)",
    )
    p.add_argument(
        "--stakeholder",
        metavar="NAME",
        help="give the answers to this stakeholder (one file only)",
    )
    p.add_argument(
        "--create-stakeholder",
        action="store_true",
        help="add a stakeholder the workshop does not have yet",
    )
    p = add("check", cmd_check, "check the file's integrity and the app's invariants")
    p.add_argument("path", metavar="PATH")
    _read_only_option(p)
    p = add(
        "recover",
        cmd_recover,
        "salvage what can still be read from a damaged workshop into a new file",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "-o", "--output", metavar="NEW.crmw", required=True, help="the new workshop"
    )
    p = add(
        "backups",
        cmd_backups,
        "list the automatic backups of a workshop, newest first, numbered",
    )
    p.add_argument("path", metavar="PATH")
    p = add(
        "restore",
        cmd_restore,
        "write an automatic backup of a workshop to a new file",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "--backup",
        metavar="N",
        type=_positive,
        default=1,
        help="the backup's number in 'backups' (default: 1, the newest)",
    )
    p.add_argument(
        "-o", "--output", metavar="NEW.crmw", required=True, help="the new workshop"
    )
    p = add(
        "export-json",
        cmd_export_json,
        "write the whole workshop as one JSON document (docs/json-format.md)",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE.json", required=True)
    p.add_argument(
        "--force", action="store_true", help="replace FILE.json if it exists"
    )
    _read_only_option(p)
    p = add(
        "import-json",
        cmd_import_json,
        "create a new workshop from a JSON document (all or nothing)",
    )
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "-o", "--output", metavar="NEW.crmw", required=True, help="the new workshop"
    )
    p = add(
        "export-model",
        cmd_export_model,
        "write the workshop's model, as reworded for it, as a model file",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="FILE.toml", required=True)
    p.add_argument(
        "--model-id", metavar="ID", help="the new model's id (default: from the client)"
    )
    p.add_argument(
        "--model-version",
        metavar="VERSION",
        help="the new model's version (default: from the client)",
    )
    p.add_argument(
        "--include-hidden",
        action="store_true",
        help="keep the questions hidden in this workshop",
    )
    p.add_argument(
        "--force", action="store_true", help="replace FILE.toml if it exists"
    )
    _read_only_option(p)
    p = add(
        "add-model",
        cmd_add_model,
        "check a model file and add it to your model library for new workshops",
    )
    p.add_argument("file", metavar="FILE.toml")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace a model with the same id and version in your library",
    )
    p = add(
        "merge",
        cmd_merge,
        "merge a co-facilitator's copy of the workshop into PATH "
        "(a copy of PATH as it was is kept beside it)",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument("other", metavar="OTHER.crmw")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="show what would be merged; write nothing",
    )
    p.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        default="mine",
        help="in a conflict keep PATH's value (mine, the default) or take OTHER's",
    )
    p = add("models", cmd_models, "list the bundled models and your model library")
    p.add_argument("--lang", choices=("en", "pl"), default="en")
    p = add("validate-model", cmd_validate_model, "validate a maturity-model file")
    p.add_argument("file", metavar="FILE")
    return parser


def _read_only_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="only read the workshop (also when it is open on another computer)",
    )


def _describe(exc: BaseException) -> CliError:
    """Word a typed error from the layers below as one line and an exit code."""
    from crm_workshop.services import errors as e
    from crm_workshop.services.recover import NothingToRecover

    path = getattr(exc, "path", "")
    transfer = _describe_transfer(exc)
    if transfer is not None:
        return transfer
    if isinstance(exc, e.WorkshopNotFound):
        return CliError(
            f"{path}: no such workshop file ({exc.detail or 'check the path'})",
            EXIT_NOT_FOUND,
        )
    if isinstance(exc, e.WorkshopUnreadable):
        return CliError(
            f"{path} cannot be read with this user's permissions; nothing was "
            "written. Ask the file's owner to let you read it, or to copy it to a "
            "folder where you may read it",
            EXIT_IN_USE,
        )
    if isinstance(exc, e.WorkshopExists):
        return CliError(
            f"{path} already exists; choose another name (nothing was overwritten)",
            EXIT_NOT_FOUND,
        )
    if isinstance(exc, e.DamagedBackup):
        return CliError(
            f"the backup {path} is damaged ({exc.detail}); nothing was restored. "
            f"Choose another one (see '{PROG} backups PATH')",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, NothingToRecover):
        return CliError(
            f"{path} is too badly damaged to recover ({exc.detail}); "
            "the file was not changed",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, e.NotAWorkshop):
        return CliError(
            f"{path} is not a CRM Workshop file ({exc.detail}); the file was not changed",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, e.ForeignDatabase):
        return CliError(
            f"{path} is a database of another application, not a CRM Workshop file; "
            "the file was not changed",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, e.CorruptWorkshop):
        return CliError(
            f"{path} is damaged ({exc.detail}); the file was not changed. "
            "Open a backup copy or send the file to support",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, e.UntrustedContent):
        return CliError(
            f"{path} contains database objects CRM Workshop did not create "
            f"({exc.detail}); refused for safety, nothing was run",
            EXIT_NOT_A_WORKSHOP,
        )
    if isinstance(exc, e.NewerWorkshop):
        return CliError(
            f"{path} was written by a newer version of CRM Workshop (file version "
            f"{exc.found}, this version reads up to {exc.supported}); "
            "update CRM Workshop to open it",
            EXIT_NEWER,
        )
    if isinstance(exc, e.OpenedElsewhere):
        since = exc.since.astimezone().strftime("%Y-%m-%d %H:%M") if exc.since else "?"
        where = "another program on this computer" if exc.this_computer else exc.host
        return CliError(
            f"{path} is open for editing by {exc.user or 'someone'} on {where} since "
            f"{since}; close it there first (commands that only read take --read-only)",
            EXIT_IN_USE,
        )
    if isinstance(exc, e.WorkshopLocked):
        return CliError(
            f"{path} is open in another CRM Workshop window or program; "
            "close it there and try again",
            EXIT_IN_USE,
        )
    if isinstance(exc, e.WorkshopReadOnly):
        return CliError(
            f"{path} cannot be changed ({exc.detail}); copy it to a writable "
            "folder to edit it",
            EXIT_IN_USE,
        )
    if isinstance(exc, e.DiskFull):
        why = "" if exc.detail in ("", "the disk is full") else f" ({exc.detail})"
        return CliError(
            f"{path}: the disk is full{why}; nothing was left half-written and what "
            "was saved before is intact. Free some space on that disk, or write to "
            "another disk or folder",
            EXIT_WRITE_FAILED,
        )
    if isinstance(exc, e.WriteFailed):
        return CliError(
            f"{path}: could not write ({exc.detail}); what was saved before is intact",
            EXIT_WRITE_FAILED,
        )
    if isinstance(exc, e.CsvImportError) and exc.missing:
        return CliError(f"{exc.path}: no such file", EXIT_NOT_FOUND)
    if isinstance(exc, e.ModelFileError) and not Path(exc.source).is_file():
        return CliError(f"{exc.source}: no such model file", EXIT_NOT_FOUND)
    if isinstance(exc, e.CsvImportError):
        details = [
            f"line {p.line}: {p.message}" if p.line else p.message for p in exc.problems
        ]
        return CliError(
            f"{exc.path}: {len(exc.problems)} problem(s); nothing was imported",
            EXIT_INVALID_INPUT,
            details,
        )
    if isinstance(exc, e.ModelFileError):
        return CliError(
            f"{exc.source}: not a valid maturity model ({len(exc.problems)} problem(s))",
            EXIT_INVALID_INPUT,
            [p.format(exc.source) for p in exc.problems],
        )
    if isinstance(exc, e.UnknownRound):
        known = ", ".join(repr(k) for k in exc.known) or "none yet"
        return CliError(
            f"no round named {exc.name!r} (rounds: {known})", EXIT_INVALID_INPUT
        )
    if isinstance(exc, e.WorkshopFileError):
        return CliError(f"{path}: {exc.detail}", EXIT_NOT_A_WORKSHOP)
    if isinstance(exc, OSError):
        name = exc.filename or ""
        return CliError(f"{name}: {exc.strerror or exc}", EXIT_WRITE_FAILED)
    return CliError(
        f"internal error ({type(exc).__name__}: {exc}); please report it", EXIT_INTERNAL
    )


def _describe_transfer(exc: BaseException) -> CliError | None:
    """The JSON document and model library errors (export-json … add-model)."""
    from crm_workshop.services import model_library as ml
    from crm_workshop.services import workshop_json as wj

    if isinstance(exc, wj.NewerDocument):
        return CliError(
            f"{exc.source} was written by a newer version of CRM Workshop "
            f"({exc.what} {exc.found}, this version reads up to {exc.supported}); "
            "update CRM Workshop to import it",
            EXIT_NEWER,
        )
    if isinstance(exc, wj.WorkshopJsonError):
        return CliError(
            f"{exc.source}: {_plural(len(exc.problems), 'problem', 'problems')}; "
            "nothing was imported",
            EXIT_INVALID_INPUT,
            [p.format() for p in exc.problems],
        )
    if isinstance(exc, ml.ModelExportRefused):
        return CliError(
            "the workshop's model would not be a valid model file "
            f"({_plural(len(exc.problems), 'problem', 'problems')}); "
            f"{exc.target} was not written",
            EXIT_INVALID_INPUT,
            [
                f"[{p.place}] {p.message}" if p.place else p.message
                for p in exc.problems
            ],
        )
    if isinstance(exc, ml.NothingToExport):
        return CliError(
            "every question of this workshop is hidden; show one, or add "
            "--include-hidden",
            EXIT_INVALID_INPUT,
        )
    if isinstance(exc, ml.ModelInLibrary) and exc.bundled:
        return CliError(
            f"the model {exc.model_id} {exc.version} ships with CRM Workshop; give "
            "yours another id or version (nothing was copied)",
            EXIT_NOT_FOUND,
        )
    if isinstance(exc, ml.ModelInLibrary):
        return CliError(
            f"{exc.model_id} {exc.version} is already in your model library "
            f"({exc.existing}); add --replace to replace it (nothing was copied)",
            EXIT_NOT_FOUND,
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "demo",
        "summary",
        "import-ratings",
        "export-ratings",
        "report",
        "check",
        "recover",
        "backups",
        "restore",
        "models",
        "validate-model",
        "export-json",
        "import-json",
        "export-model",
        "add-model",
        "questionnaire",
        "import-questionnaire",
        "merge",
    }
    if argv in ([], ["--demo"]) or (
        len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in commands
    ):
        # the desktop app as users start it, without building the sub-commands'
        # parsers first (milliseconds of its start-up)
        path = argv[0] if argv and argv[0] != "--demo" else None
        args = argparse.Namespace(func=cmd_gui, path=path, demo=argv == ["--demo"])
        return _run(args)
    parser = build_parser()
    positional = [a for a in argv if not a.startswith("-")]
    if positional and positional[0] not in commands:
        # ``crm-workshop PATH``: open that workshop in the app
        path = positional[0]
        args = parser.parse_args([a for a in argv if a != path])
        args.path = path
    else:
        args = parser.parse_args(argv)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except CliError as exc:
        error = exc
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (``crm-workshop summary X | head``): stop quietly, as
        # command-line tools do, and keep Python from complaining at exit when it
        # flushes what is left for the closed pipe
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + 13  # killed by SIGPIPE, as the shell reports it
    except Exception as exc:  # every failure becomes one line, never a traceback
        error = _describe(exc)
    sys.stderr.write(f"{PROG}: {error.message}\n")
    for detail in error.details:
        sys.stderr.write(f"  {detail}\n")
    return error.code
