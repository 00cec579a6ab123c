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
  6  the workshop is in use by another program, or read-only
  7  invalid input: a CSV or model file with problems, an unknown round
  8  ``check`` found problems
  9  the disk refused a write (full, removed, I/O error)
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from crm_workshop import __version__

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
def _open(path: str):  # type: ignore[no-untyped-def]
    """Open for writing (an older file is upgraded after a backup beside it); a file
    that cannot be written opens read-only, which is all the reading commands need."""
    from crm_workshop.services.workshop import WorkshopSession

    return WorkshopSession.open(path)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_workshop.services.demo import create_demo

    with create_demo(args.path) as session:
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

    with _open(args.path) as session:
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
    with _open(args.path) as session:
        count = export_ratings(session, target, args.round)
    print(f"Exported {_plural(count, 'answer', 'answers')} to {target}.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from crm_workshop.services.report import ReportOptions, export_report

    target = Path(args.output)
    exists = CliError(
        f"{target} already exists; choose another name or add --force",
        EXIT_NOT_FOUND,
    )
    if target.exists() and not args.force:
        raise exists
    if not target.parent.is_dir():
        raise CliError(f"{target.parent}: no such folder", EXIT_NOT_FOUND)
    options = ReportOptions(
        language=args.lang,
        round_name=args.round,
        paper=args.paper,
        anonymous=args.anonymous,
    )
    with _open(args.path) as session:
        try:
            result = export_report(session, target, options, replace=args.force)
        except FileExistsError:  # appeared while the report was being built
            raise exists from None
    language = {"en": "English", "pl": "Polish"}.get(result.language, result.language)
    print(
        f"Report written to {target}: {_plural(result.pages, 'page', 'pages')}, "
        f"round {result.round_name!r}, {language}."
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args.path) as session:
        problems = session.check()
        counts = session.counts()
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


def cmd_models(args: argparse.Namespace) -> int:
    from crm_workshop.catalog import available_models

    for info in available_models():
        model = info.model
        print(
            f"{model.id} {model.version}  {model.name.get(args.lang)}  "
            f"({_plural(len(model.areas), 'area', 'areas')}, "
            f"{_plural(model.question_count, 'question', 'questions')}, "
            f"languages: {', '.join(model.languages)})  {info.path.name}"
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


def cmd_gui(args: argparse.Namespace) -> int:
    # Start-up allocates some 40,000 objects and frees almost none of them, so the
    # cyclic collector's passes over them are pure cost; ``gui_main`` switches it back
    # on once the window is up.
    gc.disable()
    try:
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
    p = add("report", cmd_report, "write the client's PDF report of a round")
    p.add_argument("path", metavar="PATH")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
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
    p.add_argument("--force", action="store_true", help="replace OUT.pdf if it exists")
    p = add("check", cmd_check, "check the file's integrity and the app's invariants")
    p.add_argument("path", metavar="PATH")
    p = add(
        "recover",
        cmd_recover,
        "salvage what can still be read from a damaged workshop into a new file",
    )
    p.add_argument("path", metavar="PATH")
    p.add_argument(
        "-o", "--output", metavar="NEW.crmw", required=True, help="the new workshop"
    )
    p = add("models", cmd_models, "list the bundled maturity models")
    p.add_argument("--lang", choices=("en", "pl"), default="en")
    p = add("validate-model", cmd_validate_model, "validate a maturity-model file")
    p.add_argument("file", metavar="FILE")
    return parser


def _describe(exc: BaseException) -> CliError:
    """Word a typed error from the layers below as one line and an exit code."""
    from crm_workshop.services import errors as e
    from crm_workshop.services.recover import NothingToRecover

    path = getattr(exc, "path", "")
    if isinstance(exc, e.WorkshopNotFound):
        return CliError(
            f"{path}: no such workshop file ({exc.detail or 'check the path'})",
            EXIT_NOT_FOUND,
        )
    if isinstance(exc, e.WorkshopExists):
        return CliError(
            f"{path} already exists; choose another name (nothing was overwritten)",
            EXIT_NOT_FOUND,
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "demo",
        "summary",
        "import-ratings",
        "export-ratings",
        "report",
        "check",
        "recover",
        "models",
        "validate-model",
    }
    positional = [a for a in argv if not a.startswith("-")]
    if positional and positional[0] not in commands:
        # ``crm-workshop PATH``: open that workshop in the app
        path = positional[0]
        args = parser.parse_args([a for a in argv if a != path])
        args.path = path
    else:
        args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        error = exc
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception as exc:  # every failure becomes one line, never a traceback
        error = _describe(exc)
    sys.stderr.write(f"{PROG}: {error.message}\n")
    for detail in error.details:
        sys.stderr.write(f"  {detail}\n")
    return error.code
