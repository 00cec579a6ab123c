"""File › Merge a co-facilitator's copy: what the other copy adds, where the two differ.

``merge_copy`` asks for the other file (through the window's ``dialogs``), plans the
merge (``services/merge.py``: the other file is only read), shows ``MergeDialog`` and
applies the consultant's choices as one undoable ``MergeCommand``. The dialog is dumb:
it shows the plan and returns the choices (``ask``); it writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Answer, Consensus, Rating, Round, RoundKind
from crm_workshop.domain.engagement import Followup
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.merge import (
    Conflict,
    ConflictKey,
    Kind,
    NoteKind,
    Side,
)
from crm_workshop.gui import i18n
from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.services.merge import MergePreview

if TYPE_CHECKING:
    from crm_workshop.gui.main_window import MainWindow

ROUND, QUESTION, WHO, MINE, THEIRS, KEEP = range(6)
_CELL = 120  # characters of a value shown in a cell; the tooltip has more
_TIP = 2000


def _line(text: str, limit: int = _CELL) -> str:
    """User text on one line, shortened: a cell never grows with a long comment."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quoted(text: str) -> list[str]:
    """A comment or note shown as a quotation, in the language's quotation marks."""
    if not text.strip():
        return []
    return [QCoreApplication.translate("MergeDialog", "“%s”") % text.strip()]


class MergeDialog(QDialog):
    """The plan of a merge and one choice per conflict (this workshop's value or the
    other copy's). ``choices()`` gives them by ``Conflict.key``."""

    def __init__(
        self,
        preview: MergePreview,
        model: MaturityModel,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge a co-facilitator's copy"))
        self.preview = preview
        self.plan = preview.plan
        self.model = model
        self.language = language
        plan = self.plan

        self.intro_label = self._label(self._intro(), "intro_label")
        self.added_label = self._label("\n".join(self._added_lines()), "added_label")
        self.notes_label = self._label("\n".join(self._note_lines()), "notes_label")
        self.conflicts_label = self._label(self._conflicts_title(), "conflicts_label")
        self.conflicts = sorted(plan.conflicts, key=self._order)
        self.table = QTableWidget(len(self.conflicts), 6)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Round"),
                self.tr("Question"),
                self.tr("Who or what"),
                self.tr("This workshop"),
                self.tr("Other copy"),
                self.tr("Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.choice_combos: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            self._fill_row(row, conflict)
        header = self.table.horizontalHeader()
        for column in (ROUND, WHO, KEEP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (QUESTION, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.keep_all_button = QPushButton(
            self.tr("&Keep all of this workshop's values")
        )
        self.keep_all_button.setObjectName("keep_all_button")
        self.keep_all_button.clicked.connect(lambda: self.choose_all(Side.MINE))
        self.take_all_button = QPushButton(
            self.tr("&Take all of the other copy's values")
        )
        self.take_all_button.setObjectName("take_all_button")
        self.take_all_button.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        choose_all = QHBoxLayout()
        choose_all.addWidget(self.keep_all_button)
        choose_all.addWidget(self.take_all_button)
        choose_all.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setEnabled(not plan.is_empty)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.added_label)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose_all)
        layout.addWidget(self.notes_label)
        has_conflicts = bool(plan.conflicts)
        if not has_conflicts:  # the texts stay together at the top
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        for widget in (self.table, self.keep_all_button, self.take_all_button):
            widget.setVisible(has_conflicts)
        if plan.is_empty:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("Close")
            )
        if has_conflicts:
            resize_within_screen(self, 1100, 680)
        else:
            resize_within_screen(self, 720, self.sizeHint().height())
        self.merge_button.setFocus()

    @classmethod
    def ask(
        cls,
        preview: MergePreview,
        model: MaturityModel,
        language: str,
        parent: QWidget | None = None,
    ) -> dict[ConflictKey, Side] | None:
        """The consultant's choices, or None when the merge was cancelled."""
        dialog = cls(preview, model, language, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choices() if accepted else None

    def choices(self) -> dict[ConflictKey, Side]:
        return {
            conflict.key: Side(combo.currentData())
            for conflict, combo in zip(self.conflicts, self.choice_combos, strict=True)
        }

    def choose_all(self, side: Side) -> None:
        for combo in self.choice_combos:
            combo.setCurrentIndex(combo.findData(side.value))

    # -- building ----------------------------------------------------------------------
    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names and people are data
        label.setWordWrap(True)
        label.setVisible(bool(text))
        return label

    def _intro(self) -> str:
        plan, name = self.plan, self.preview.other.name
        if self.preview.same_file:
            return (
                self.tr("“%s” is this workshop itself: there is nothing to merge.")
                % name
            )
        if plan.is_empty:
            return (
                self.tr(
                    "Nothing to merge: “%s” holds nothing that this workshop lacks."
                )
                % name
            )
        return (
            self.tr(
                "“%s” will be merged into this workshop; that file is only read. First "
                "a copy of this workshop as it is now is saved beside it, and Edit › "
                "Undo takes the whole merge back."
            )
            % name
        )

    def _added_lines(self) -> list[str]:
        plan = self.plan
        if plan.is_empty:
            return []

        def changed(updates: Iterable[object]) -> int:
            return sum(getattr(u, "changed") for u in updates)  # noqa: B009

        def names(items: Iterable[str]) -> str:
            return ": " + _line(", ".join(items), 240)

        items = [
            (
                self.tr("%n new stakeholder(s)", "", len(plan.new_stakeholders)),
                len(plan.new_stakeholders),
                names(p.name for p in plan.new_stakeholders),
            ),
            (
                self.tr(
                    "%n stakeholder(s) completed (role, department, e-mail)",
                    "",
                    changed(plan.stakeholder_updates),
                ),
                changed(plan.stakeholder_updates),
                "",
            ),
            (
                self.tr("%n new round(s)", "", len(plan.new_rounds)),
                len(plan.new_rounds),
                names(r.name for r in plan.new_rounds),
            ),
            (
                self.tr(
                    "%n round(s) with more participants",
                    "",
                    changed(plan.participant_updates),
                ),
                changed(plan.participant_updates),
                "",
            ),
            (
                self.tr("%n new session(s)", "", len(plan.new_sessions)),
                len(plan.new_sessions),
                names(
                    f"{i18n.date_text(s.held_on)} {s.title}" for s in plan.new_sessions
                ),
            ),
            (
                self.tr(
                    "%n session(s) completed (attendees, areas, agenda, notes)",
                    "",
                    changed(plan.session_updates),
                ),
                changed(plan.session_updates),
                "",
            ),
            (
                self.tr("%n evidence file(s)", "", len(plan.new_evidence)),
                len(plan.new_evidence),
                names(e.evidence.filename for e in plan.new_evidence),
            ),
            (
                self.tr(
                    "%n question(s) hidden or reworded",
                    "",
                    changed(plan.wording_updates),
                ),
                changed(plan.wording_updates),
                "",
            ),
            (
                self.tr("%n answer(s)", "", len(plan.new_ratings)),
                len(plan.new_ratings),
                "",
            ),
            (
                self.tr("%n consensus value(s)", "", len(plan.new_consensus)),
                len(plan.new_consensus),
                "",
            ),
            (
                self.tr("%n follow-up(s)", "", len(plan.new_followups)),
                len(plan.new_followups),
                "",
            ),
        ]
        shown = [f"  • {text}{detail}" for text, count, detail in items if count]
        lines = (
            [self.tr("Will be added to this workshop:"), *shown]
            if shown
            else [self.tr("Nothing new to add.")]
        )
        same = sum(plan.identical.values())
        if same:
            lines.append(
                self.tr("%n item(s) is/are the same in both copies.", "", same)
            )
        return lines

    def _conflicts_title(self) -> str:
        count = len(self.plan.conflicts)
        if not count:
            return (
                self.tr("The copies do not contradict each other.")
                if not self.plan.is_empty
                else ""
            )
        return self.tr(
            "%n conflict(s): the copies hold different values. Choose which to keep (this workshop's value is kept unless you choose the other copy's).",
            "",
            count,
        )

    def _note_lines(self) -> list[str]:
        texts = {
            NoteKind.NAMESAKE: self.tr(
                "Another person named %s, with another e-mail, is added as “%s”."
            ),
            NoteKind.DEACTIVATED_HERE: self.tr(
                "%s is deactivated in this workshop; their answers from the other copy "
                "are merged and they stay deactivated."
            ),
            NoteKind.DEACTIVATED_THERE: self.tr(
                "%s is deactivated in the other copy; they stay active here."
            ),
            NoteKind.ENGAGEMENT_NOT_MERGED: self.tr(
                "The engagement details (client, branding) of the other copy are not "
                "merged."
            ),
            NoteKind.ROADMAP_NOT_MERGED: self.tr(
                "The roadmap of the other copy is not merged."
            ),
        }
        if self.plan.is_empty:
            return []
        lines = []
        for note in self.plan.notes:
            text = texts.get(note.kind)
            if text is None:
                continue
            if note.kind is NoteKind.NAMESAKE:
                text = text % (_line(note.name), _line(note.detail))
            elif "%s" in text:
                text = text % _line(note.name)
            lines.append(text)
        return lines

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        texts = [
            self._round_text(conflict),
            self._question_text(conflict),
            self._who_text(conflict),
            self._value_text(conflict.mine),
            self._value_text(conflict.theirs),
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(_line(text))
            if len(text) > _CELL or column in (QUESTION, MINE, THEIRS):
                item.setToolTip(plain_tooltip(text[:_TIP]))
            self.table.setItem(row, column, item)
        combo = QComboBox()
        combo.addItem(self.tr("This workshop's"), Side.MINE.value)
        combo.addItem(self.tr("Other copy's"), Side.THEIRS.value)
        combo.setAccessibleName(self.tr("Keep the value of"))
        combo.currentIndexChanged.connect(lambda _=0, r=row: self._show_choice(r))
        self.choice_combos.append(combo)
        self.table.setCellWidget(row, KEEP, combo)
        self._show_choice(row)

    def _show_choice(self, row: int) -> None:
        """The value that will be kept is bold, the other one plain."""
        theirs = self.choice_combos[row].currentData() == Side.THEIRS.value
        for column, chosen in ((MINE, not theirs), (THEIRS, theirs)):
            item = self.table.item(row, column)
            font = item.font()
            font.setBold(chosen)
            item.setFont(font)

    def _order(self, conflict: Conflict) -> tuple[object, ...]:
        """Set-up first, then answers by round and by question in the model's order,
        each question's answers before its consensus and follow-up."""
        groups = [Kind.STAKEHOLDER, Kind.ROUND, Kind.SESSION, Kind.WORDING]
        group = groups.index(conflict.kind) if conflict.kind in groups else len(groups)
        positions = {q.id: n for n, q in enumerate(self.model.questions())}
        rank = [Kind.RATING, Kind.CONSENSUS, Kind.FOLLOWUP]
        return (
            group,
            conflict.round_id or 0,
            positions.get(conflict.question_id or "", -1),
            rank.index(conflict.kind) if conflict.kind in rank else 0,
            self._who_text(conflict),
        )

    # -- texts of a conflict -------------------------------------------------------------
    def _round_text(self, conflict: Conflict) -> str:
        round_ = self.plan.rounds.get(conflict.round_id)  # type: ignore[arg-type]
        return round_.name if round_ is not None else ""

    def _question_text(self, conflict: Conflict) -> str:
        if conflict.question_id is not None:
            try:
                title = self.model.question(conflict.question_id).title.get(
                    self.language
                )
            except LookupError:
                title = ""
            return f"{conflict.question_id} {title}".strip()
        if conflict.kind is Kind.ROUND:
            return self.tr("The round's kind and date")
        if conflict.kind is Kind.SESSION:
            session = self.plan.sessions[conflict.session_id]  # type: ignore[index]
            return self.tr("Session %s %s") % (
                i18n.date_text(session.held_on),
                session.title,
            )
        return ""

    def _who_text(self, conflict: Conflict) -> str:
        field = conflict.field
        person = self.plan.people.get(conflict.stakeholder_id)  # type: ignore[arg-type]
        fields = {
            "role": self.tr("role"),
            "department": self.tr("department"),
            "email": self.tr("e-mail"),
            "agenda": self.tr("Agenda"),
            "notes": self.tr("Notes"),
        }
        if conflict.kind is Kind.RATING:
            return person.name if person is not None else ""
        if conflict.kind is Kind.CONSENSUS:
            return self.tr("Consensus of the room")
        if conflict.kind is Kind.FOLLOWUP:
            return self.tr("Follow-up")
        if conflict.kind is Kind.STAKEHOLDER:
            name = person.name if person is not None else ""
            return f"{name}: {fields.get(field, field)}"
        if conflict.kind is Kind.WORDING:
            part, language = field.split(":", 1)
            what = self.tr("Title") if part == "title" else self.tr("Question text")
            return f"{what} ({language})"
        return fields.get(field, "")

    def _value_text(self, value: object) -> str:
        parts: list[str]
        if isinstance(value, Rating):
            if value.answer is Answer.LEVEL:
                parts = [self.tr("Level %d") % (value.current or 0)]
            elif value.answer is Answer.NOT_APPLICABLE:
                parts = [self.tr("Not applicable")]
            else:
                parts = [self.tr("Don't know")]
            if value.target is not None:
                parts.append(self.tr("target %d") % value.target)
            parts += _quoted(value.comment)
        elif isinstance(value, Consensus):
            parts = [
                self.tr("Level %d") % value.current
                if value.current is not None
                else self.tr("no level")
            ]
            if value.target is not None:
                parts.append(self.tr("target %d") % value.target)
            parts += _quoted(value.note)
        elif isinstance(value, Followup):
            owner = self.plan.people.get(value.owner_id)  # type: ignore[arg-type]
            parts = [self.tr("owner %s") % owner.name if owner else self.tr("no owner")]
            if value.due_on:
                parts.append(self.tr("due %s") % value.due_on)
            parts += _quoted(value.note)
            if value.done:
                parts.append(self.tr("done"))
        elif isinstance(value, Round):
            kind = (
                self.tr("baseline")
                if value.kind is RoundKind.BASELINE
                else self.tr("re-assessment")
            )
            parts = [kind, i18n.date_text(value.held_on)]
        else:
            parts = _quoted(str(value)) or [self.tr("(empty)")]
        return " · ".join(parts)


# -- the menu command -------------------------------------------------------------------
def merge_copy(window: MainWindow, refresh: Callable[[str], object]) -> None:
    """File › Merge a co-facilitator's copy: choose the file, preview, merge.

    ``refresh(kind)`` is the window's reload of the views for a set-up kind
    ("stakeholders", "sessions", "questions"), run after the merge and its undo.
    """
    from crm_workshop.gui.commands import MergeCommand
    from crm_workshop.services.merge import prepare_merge

    document = window.document
    if document is None:
        return
    if document.read_only:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MergeDialog",
                "This workshop is open read-only, so nothing can be merged into it: "
                "save a copy (File › Save a copy as…), open the copy and merge there",
            ),
            8000,
        )
        return
    folder = str(window.settings.value("last_folder", str(Path.home())))
    path = window.dialogs.ask_merge_path(folder)
    if not path:
        return
    window.settings.set_value("last_folder", str(Path(path).parent))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        preview = prepare_merge(document.session, Path(path))
    except Exception as exc:  # every refusal is explained (gui/errors.py), none fatal
        QGuiApplication.restoreOverrideCursor()
        window.show_error(exc)
        return
    QGuiApplication.restoreOverrideCursor()
    languages = document.model.languages
    language = window.language if window.language in languages else languages[0]
    choices = window.dialogs.ask_merge(preview, document.model, language)
    if choices is None or preview.plan.is_empty:
        return
    command = MergeCommand(
        document,
        preview,
        choices,
        QCoreApplication.translate("MergeDialog", "Merge “%s”") % preview.other.name,
        refresh,
    )
    document.undo_stack.push(command)
    if command.failed or command.result is None:
        return
    result = command.result
    message = (
        QCoreApplication.translate(
            "MergeDialog", "Merged “%s”; the workshop as it was is kept in “%s”"
        )
        % (preview.other.name, result.backup.name)
        if result.backup is not None
        else QCoreApplication.translate(
            "MergeDialog",
            "Nothing to change: the other copy's values were all kept as here",
        )
    )
    window.statusBar().showMessage(message, 15_000)
