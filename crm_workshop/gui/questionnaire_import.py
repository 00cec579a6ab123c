"""File › Import questionnaire: filled workbooks checked and shown before anything is
written, then imported each as one transaction and together as one undo step.

Every chosen file is read and checked first (``plan_import``: nothing written). The
preview lists, per file, whose answers it holds, how many, and every problem by sheet
and cell; a file with a problem is left out whole. A name the workshop does not know
can be given to an existing stakeholder or added as a new one. The round is chosen
among the workshop's rounds (the workbook's own when it exists): the GUI never
creates a round, so undo always gives back exactly what was there. When the chosen
round records its participants and the file's stakeholder is not one of them, the
preview says the import adds them (they answered, so they took part); undo takes them
out again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import Texts
from crm_workshop.gui.questionnaire_texts import problem_line
from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.gui.tones import tone
from crm_workshop.gui.widgets.progress_commands import ROUND
from crm_workshop.gui.widgets.setup_common import plain
from crm_workshop.services.questionnaire_import import (
    ImportPlan,
    ImportResult,
    apply_import,
    not_participant_note,
    redo_import,
    round_participants,
    undo_import,
)
from crm_workshop.services.questionnaire_problems import QuestionnaireImportError

if TYPE_CHECKING:
    from crm_workshop.gui.main_window import MainWindow

CREATE = -1  # the stakeholder choice "add as a new stakeholder"


@dataclass(frozen=True)
class FileChoice:
    index: int  # into the plans shown
    stakeholder_id: int | None  # None: the one the workbook names
    create: bool = False


@dataclass(frozen=True)
class QuestionnaireImportChoice:
    round_name: str
    files: tuple[FileChoice, ...]


class QuestionnaireImportDialog(QDialog):
    """The checked files, their problems and notes; the round and, for names the
    workshop does not know, whose answers they are."""

    def __init__(
        self,
        plans: list[ImportPlan],
        stakeholders: list[tuple[int, str]],
        rounds: list[str],
        round_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaire_import_dialog")
        self.setWindowTitle(self.tr("Import questionnaires"))
        self.plans = plans
        self.round_combo = QComboBox(objectName="round_combo")
        for name in reversed(rounds):  # the latest first
            self.round_combo.addItem(name, name)
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(round_name)))
        form = QFormLayout()
        form.addRow(self.tr("Import into &round:"), self.round_combo)
        self.tree = QTreeWidget(objectName="files_tree")
        self.tree.setAccessibleName(self.tr("Files, their answers and problems"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Answers of")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 260)
        self.tree.setWordWrap(True)
        self.combos: dict[int, QComboBox] = {}
        self.joining: dict[int, QTreeWidgetItem] = {}  # "importing adds them", per file
        for index, plan in enumerate(plans):
            self._add_file(index, plan, stakeholders)
        self.tree.expandAll()
        self.summary = plain(name="import_summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 860, 520)
        self.round_combo.currentIndexChanged.connect(self._update)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._update)
        self._update()

    def _add_file(
        self, index: int, plan: ImportPlan, stakeholders: list[tuple[int, str]]
    ) -> None:
        item = QTreeWidgetItem(self.tree)
        count = len(plan.problems)
        if count:
            text = (
                self.tr("✖ %1 — one problem: nothing is imported from this file")
                if count == 1
                else self.tr(
                    "✖ %1 — %n problems: nothing is imported from this file",
                    None,
                    count,
                )
            )
            item.setForeground(0, QBrush(tone("error")))
        else:
            count = len(plan.ratings)
            text = (
                self.tr("✔ %1 — one answer")
                if count == 1
                else self.tr("✔ %1 — %n answers", None, count)
            )
            if plan.blank:
                text += (
                    self.tr(", one question left blank")
                    if plan.blank == 1
                    else self.tr(", %n questions left blank", None, plan.blank)
                )
        item.setText(0, text.replace("%1", plan.path.name))
        item.setToolTip(0, str(plan.path))
        notes = list(plan.notes)
        if plan.round_participants is not None:  # said for the chosen round: _update
            notes = [n for n in notes if n.kind != "not_participant"]
        for line, color in [
            *((problem_line(p), tone("error")) for p in plan.problems),
            *((problem_line(n), tone("muted")) for n in notes),
        ]:
            child = QTreeWidgetItem(item, [line])
            child.setForeground(0, QBrush(color))
            child.setToolTip(0, line)
        if plan.problems:
            return
        if plan.round_participants is not None:
            joining = QTreeWidgetItem(item)
            joining.setForeground(0, QBrush(tone("muted")))
            joining.setHidden(True)
            self.joining[index] = joining
        if plan.stakeholder is not None:
            item.setText(1, plan.stakeholder.name)
            return
        combo = QComboBox(objectName=f"stakeholder_combo_{index}")
        combo.setAccessibleName(
            self.tr("Whose answers are in %1").replace("%1", plan.path.name)
        )
        combo.addItem(self.tr("New stakeholder “%1”").replace("%1", plan.name), CREATE)
        for stakeholder_id, name in stakeholders:
            combo.addItem(name, stakeholder_id)
        closest = plan.closest[0] if plan.closest else None
        for row in range(combo.count()):
            if closest is not None and combo.itemText(row) == closest:
                combo.setCurrentIndex(row)
        self.combos[index] = combo
        self.tree.setItemWidget(item, 1, combo)

    def _joins(self, index: int) -> str | None:
        """Who the file's answers would add to the chosen round's participants."""
        plan = self.plans[index]
        assert plan.round_participants is not None
        recorded = plan.round_participants.get(self.round_combo.currentData())
        if not recorded:  # the round has every active stakeholder answering
            return None
        combo = self.combos.get(index)
        if combo is None:
            person = plan.stakeholder
            return person.name if person and person.id not in recorded else None
        if combo.currentData() == CREATE:
            return plan.name
        return combo.currentText() if combo.currentData() not in recorded else None

    def _update(self) -> None:
        for index, item in self.joining.items():
            name = self._joins(index)
            item.setHidden(name is None)
            if name is not None:
                note = not_participant_note(name, self.round_combo.currentText())
                item.setText(0, problem_line(note))
                item.setToolTip(0, item.text(0))
        good = sum(not p.problems for p in self.plans)
        bad = len(self.plans) - good
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(good > 0)
        ok.setText(
            self.tr("Import one file")
            if good == 1
            else self.tr("Import %n files", None, good)
        )
        text = self.tr("Nothing is written until you press Import.")
        if bad:
            text = (
                (
                    self.tr(
                        "One file with problems will be left out whole; fix it and "
                        "import it again."
                    )
                    if bad == 1
                    else self.tr(
                        "%n files with problems will be left out whole; fix them and "
                        "import them again.",
                        None,
                        bad,
                    )
                )
                + " "
                + text
            )
        self.summary.setText(text)

    def choice(self) -> QuestionnaireImportChoice:
        files = []
        for index, plan in enumerate(self.plans):
            if plan.problems:
                continue
            combo = self.combos.get(index)
            if combo is None:
                files.append(FileChoice(index, None))
            elif combo.currentData() == CREATE:
                files.append(FileChoice(index, None, create=True))
            else:
                files.append(FileChoice(index, int(combo.currentData())))
        return QuestionnaireImportChoice(self.round_combo.currentData(), tuple(files))


class ImportQuestionnaireCommand(SetupCommand):
    """One workbook's answers (and a new stakeholder, if asked) as one undo step.

    The first ``redo`` runs the all-or-nothing import; undo puts back the answers it
    replaced (those carried over from an earlier round marked so again) and removes
    the stakeholder it added, in one transaction; redo writes them again. Views hear
    of the new stakeholder and of every question answered.
    """

    def __init__(
        self,
        document: WorkshopDocument,
        plan: ImportPlan,
        stakeholder_id: int | None = None,
        create: bool = False,
    ) -> None:
        text = QCoreApplication.translate("QuestionnaireImport", "Import questionnaire")
        super().__init__(document, text, "stakeholders", self._import, self._undo)
        self.plan = plan
        self.stakeholder_id = stakeholder_id
        self.create = create
        self.result: ImportResult | None = None
        self.import_error: QuestionnaireImportError | None = None

    def redo(self) -> None:
        if self.result is None:
            try:
                self._guarded(self.do)
            except QuestionnaireImportError as exc:
                self.import_error = exc
                self.failed = True
                self.setObsolete(True)
                return
        else:
            self._guarded(lambda: redo_import(self.document.session, self.result))
        self.document.setup_changed(self.kind)
        self._announce()

    def undo(self) -> None:
        super().undo()
        self._announce()

    def _import(self) -> ImportResult:
        self.result = apply_import(
            self.document.session,
            self.plan,
            stakeholder_id=self.stakeholder_id,
            create=self.create,
        )
        self.set_text(
            QCoreApplication.translate(
                "QuestionnaireImport", "Import the questionnaire of %1"
            ).replace("%1", self.result.stakeholder.name)
        )
        result = self.result
        if not (result.written or result.stakeholder_created or result.joined_round):
            self.setObsolete(True)  # nothing changed: nothing to undo
        return self.result

    def _undo(self, _result: object) -> None:
        if self.result is not None:
            undo_import(self.document.session, self.result)

    def _announce(self) -> None:
        if self.result is None or not self.document.is_open:
            return
        if self.result.joined_round or self.result.stakeholder_created:
            self.document.setup_changed(ROUND)  # the round's people changed
        for question_id in dict.fromkeys(r.question_id for r in self.result.written):
            self.document.ratingChanged.emit(question_id)


def _default_round(plans: list[ImportPlan], rounds: list[str], current: str) -> str:
    """The round most of the workbooks name, if the workshop has it; else ``current``."""
    named = Counter(p.round_name for p in plans if not p.problems and p.round_exists)
    for name, _count in named.most_common():
        if name in rounds:
            return name
    return current


def import_questionnaires(window: MainWindow) -> None:
    """File › Import questionnaire…: choose files, check them, preview, import."""
    from crm_workshop.services.questionnaire_import import plan_import

    document = window.document
    if document is None or document.read_only:
        if document is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "QuestionnaireImport",
                    "This workshop is read-only: nothing can be imported",
                ),
                8000,
            )
        return
    start = str(window.settings.value("last_folder", str(Path.home())))
    paths = window.dialogs.ask_questionnaire_files(start)
    if not paths:
        return
    window.settings.set_value("last_folder", str(Path(paths[0]).parent))
    session = document.session
    rounds = [r.name for r in session.rounds()]
    current = document.round.name if document.round else (rounds[-1] if rounds else "")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plans = [plan_import(session, Path(p)) for p in paths]
    finally:
        QGuiApplication.restoreOverrideCursor()
    round_name = _default_round(plans, rounds, current)
    # the GUI never creates a round: a workbook's unknown round becomes the chosen one
    participants = round_participants(session)
    plans = [
        replace(_into(plan, round_name), round_participants=participants)
        for plan in plans
    ]
    choice = window.dialogs.ask_questionnaire_import(
        plans, [(p.id, p.name) for p in session.stakeholders()], rounds, round_name
    )
    if choice is None or not choice.files:
        return
    apply_choice(window, document, plans, choice)


def _into(plan: ImportPlan, round_name: str) -> ImportPlan:
    notes = tuple(n for n in plan.notes if n.kind != "new_round")
    return replace(plan, round_name=round_name, round_exists=True, notes=notes)


def apply_choice(
    window: MainWindow,
    document: WorkshopDocument,
    plans: list[ImportPlan],
    choice: QuestionnaireImportChoice,
) -> list[ImportQuestionnaireCommand]:
    """Push one command per file, inside one macro: one undo step for them all."""
    stack = document.undo_stack
    commands = []
    many = len(choice.files) > 1
    if many:
        stack.beginMacro(Texts.tr("Import %n questionnaires", "", len(choice.files)))
    try:
        for item in choice.files:
            plan = _into(plans[item.index], choice.round_name)
            command = ImportQuestionnaireCommand(
                document, plan, item.stakeholder_id, item.create
            )
            stack.push(command)
            commands.append(command)
    finally:
        if many:
            stack.endMacro()
    done = [c.result for c in commands if c.result is not None and not c.failed]
    answers = sum(len(r.written) for r in done)
    message = (
        QCoreApplication.translate(
            "QuestionnaireImport", "One questionnaire imported into round %1"
        )
        if len(done) == 1
        else Texts.tr("%n questionnaires imported into round %1", "", len(done))
    ).replace("%1", choice.round_name)
    message += " " + (
        QCoreApplication.translate("QuestionnaireImport", "(one answer new or changed)")
        if answers == 1
        else Texts.tr("(%n answers new or changed)", "", answers)
    )
    window.statusBar().showMessage(message, 12_000)
    for command in commands:
        if command.import_error is not None:
            lines = "\n".join(problem_line(p) for p in command.import_error.problems)
            title = QCoreApplication.translate(
                "QuestionnaireImport", "Questionnaire not imported"
            )
            window.dialogs.show_error(title, lines)
    return commands
