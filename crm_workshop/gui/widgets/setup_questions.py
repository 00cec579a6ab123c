"""Set-up page 4: which questions this workshop asks, and in which words.

A tree of areas and questions: untick a question to hide it from this workshop (it is
not asked and not scored; answers already given are kept). Select a question to reword
its title and prompt in each of the workshop's languages; an empty field means the
model's wording. The model snapshot in the file never changes: the overrides live
beside it (``WorkshopSession.set_question_override``/``effective_model``). Hiding,
rewording and restoring are each one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui.commands import QuestionCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.text import relative_font
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    MAX_TEXT,
    PlainTextEdit,
    SetupPage,
    buddy,
    language_name,
    line_edit,
    plain,
    set_text,
    tab_chain,
    too_long,
)

QUESTION_ROLE = Qt.ItemDataRole.UserRole
TITLE_COLUMN, STATUS_COLUMN = 0, 1


class QuestionsPage(SetupPage):
    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, language, parent)
        self._items: dict[str, QTreeWidgetItem] = {}
        self.current_id: str | None = None

        self.tree = QTreeWidget()
        self.tree.setObjectName("question_tree")
        self.tree.setAccessibleName(self.tr("Questions of this workshop"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [self.tr("Question (ticked: asked)"), self.tr("Changes")]
        )
        self.tree.header().setSectionResizeMode(
            TITLE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.tree.header().setSectionResizeMode(
            STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tree.header().setStretchLastSection(False)
        for area in document.model.areas:
            area_item = QTreeWidgetItem([area.title.get(language), ""])
            area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for question in area.questions:
                item = QTreeWidgetItem()
                item.setData(TITLE_COLUMN, QUESTION_ROLE, question.id)
                area_item.addChild(item)
                self._items[question.id] = item
            self.tree.addTopLevelItem(area_item)
        self.tree.expandAll()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buddy(self.tr("&Questions:"), self.tree))
        left_layout.addWidget(self.tree, 1)
        # Saves the questions as this workshop asks them as a model file; the window
        # connects it (gui/transfer_actions.py). Works on a read-only workshop too.
        self.export_model_button = QPushButton(self.tr("E&xport model…"))
        self.export_model_button.setObjectName("export_model_button")
        self.export_model_button.setToolTip(
            self.tr(
                "Save these questions, with this workshop's wording, as a model file"
            )
        )
        left_layout.addWidget(self.export_model_button, 0, Qt.AlignmentFlag.AlignLeft)

        # -- the editor of the selected question -------------------------------------
        self.question_label = plain(name="question_heading_label")
        relative_font(self.question_label, 1.2, bold=True)
        self.hidden_check = QCheckBox(
            self.tr("Hi&dden from this workshop (not asked, not scored)")
        )
        self.hidden_check.setObjectName("question_hidden_check")
        self.hidden_check.toggled.connect(
            lambda hidden: self.set_hidden(self.current_id, hidden)
        )
        self.title_edits: dict[str, QLineEdit] = {}
        self.prompt_edits: dict[str, PlainTextEdit] = {}
        self.original_titles: dict[str, object] = {}
        self.original_prompts: dict[str, object] = {}
        self.language_boxes: dict[str, QGroupBox] = {}
        self.wording = QWidget()
        wording_layout = QVBoxLayout(self.wording)
        wording_layout.setContentsMargins(0, 0, 0, 0)
        for n, code in enumerate(document.model.languages):
            wording_layout.addWidget(self._language_box(n, code))
        wording_layout.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restore the &original wording"))
        self.restore_button.setObjectName("restore_wording_button")
        self.restore_button.clicked.connect(self.restore_wording)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.wording)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.question_label)
        editor_layout.addWidget(self.hidden_check)
        editor_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        self.editor = editor

        splitter = QSplitter()
        splitter.setObjectName("questions_splitter")
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setCollapsible(1, False)
        splitter.setSizes([560, 840])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        chain: list[QWidget] = [self.tree, self.hidden_check]
        for code in document.model.languages:
            chain += [self.title_edits[code], self.prompt_edits[code]]
        tab_chain((*chain, self.restore_button, self.export_model_button))

        self.tree.itemChanged.connect(self._tree_checked)
        self.tree.currentItemChanged.connect(self._switch)
        self.reload()
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _language_box(self, n: int, code: str) -> QGroupBox:
        box = QGroupBox(language_name(code))
        box.setObjectName(f"wording_{code}_box")
        form = QFormLayout(box)
        title = line_edit(
            f"title_{code}_edit", self.tr("Title in %s") % language_name(code)
        )
        prompt = PlainTextEdit(
            f"prompt_{code}_edit", self.tr("Prompt in %s") % language_name(code)
        )
        prompt.setMaximumHeight(110)
        title.setPlaceholderText(self.tr("Empty: the model's title"))
        prompt.setPlaceholderText(self.tr("Empty: the model's prompt"))
        original_title = plain(name=f"original_title_{code}_label")
        original_prompt = plain(name=f"original_prompt_{code}_label")
        for label in (original_title, original_prompt):
            set_tone(label, "muted")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_text, prompt_text = self._field_labels(n)
        form.addRow(plain(self.tr("Model's title:"), wrap=False), original_title)
        form.addRow(buddy(title_text, title), title)
        form.addRow(plain(self.tr("Model's prompt:"), wrap=False), original_prompt)
        form.addRow(buddy(prompt_text, prompt), prompt)
        title.editingFinished.connect(self.save_wording)
        prompt.editingFinished.connect(self.save_wording)
        self.title_edits[code] = title
        self.prompt_edits[code] = prompt
        self.original_titles[code] = original_title
        self.original_prompts[code] = original_prompt
        self.language_boxes[code] = box
        return box

    def _field_labels(self, n: int) -> tuple[str, str]:
        """Labels of the n-th language's fields; the first two get distinct mnemonics."""
        if n == 0:
            return self.tr("&Title:"), self.tr("&Prompt:")
        if n == 1:
            return self.tr("T&itle:"), self.tr("P&rompt:")
        return self.tr("Title:"), self.tr("Prompt:")

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        if not self.document.is_open:
            return
        overrides = self.session.question_overrides()
        effective = self.session.effective_model()
        languages = set(self.session.engagement.languages) & set(self.language_boxes)
        for code, box in self.language_boxes.items():
            box.setVisible(code in languages or not languages)
        grey = QBrush(QColor(128, 128, 128))
        with QSignalBlocker(self.tree):
            for question in effective.questions():
                item = self._items[question.id]
                override = overrides.get(question.id)
                hidden = bool(override and override.hidden)
                reworded = bool(override and (override.title or override.prompt))
                title = question.title.get(self.language)
                item.setText(TITLE_COLUMN, f"{question.id}  {title[:200]}")
                item.setCheckState(
                    TITLE_COLUMN,
                    Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked,
                )
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self.editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                status = [
                    text
                    for on, text in (
                        (hidden, self.tr("hidden")),
                        (reworded, self.tr("reworded")),
                    )
                    if on
                ]
                item.setText(STATUS_COLUMN, ", ".join(status))
                for column in (TITLE_COLUMN, STATUS_COLUMN):
                    item.setForeground(column, grey if hidden else QBrush())
        self._show(self.current_id)

    def _switch(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.flush()
        question_id = (
            None if current is None else current.data(TITLE_COLUMN, QUESTION_ROLE)
        )
        self._show(question_id)

    def _show(self, question_id: str | None) -> None:
        self.current_id = question_id
        self.editor.setEnabled(question_id is not None and self.editable)
        if question_id is None:
            self.question_label.setText(
                self.tr("Select a question to reword or hide it.")
            )
            return
        original = self.session.model.question(question_id)  # the snapshot
        override = self.session.question_overrides().get(question_id)
        self.question_label.setText(
            f"{question_id}  {original.title.get(self.language)}"
        )
        with QSignalBlocker(self.hidden_check):
            self.hidden_check.setChecked(bool(override and override.hidden))
        for code in self.title_edits:
            self.original_titles[code].setText(original.title.values.get(code, ""))
            self.original_prompts[code].setText(original.prompt.values.get(code, ""))
            set_text(
                self.title_edits[code],
                (override.title if override else {}).get(code, ""),
            )
            set_text(
                self.prompt_edits[code],
                (override.prompt if override else {}).get(code, ""),
            )

    # -- edits -------------------------------------------------------------------------
    def _tree_checked(self, item: QTreeWidgetItem, column: int) -> None:
        question_id = item.data(TITLE_COLUMN, QUESTION_ROLE)
        if column == TITLE_COLUMN and question_id:
            hidden = item.checkState(TITLE_COLUMN) != Qt.CheckState.Checked
            self.set_hidden(question_id, hidden)

    def set_hidden(self, question_id: str | None, hidden: bool) -> None:
        if not self.editable or question_id is None:
            return
        stored = self.session.question_overrides().get(question_id)
        if bool(stored and stored.hidden) == hidden:
            return
        message = (
            self.tr("{id} hidden: not asked and not scored; its answers are kept")
            if hidden
            else self.tr("{id} is asked again")
        ).format(id=question_id)
        text = (
            self.tr("Hide question {id}") if hidden else self.tr("Show question {id}")
        ).format(id=question_id)
        self.push(
            QuestionCommand(self.document, text, question_id, hidden=hidden), message
        )
        self.reload()

    def save_wording(self) -> None:
        if not self.editable or self.current_id is None:
            return
        titles = {code: edit.text().strip() for code, edit in self.title_edits.items()}
        prompts = {
            code: edit.toPlainText().strip() for code, edit in self.prompt_edits.items()
        }
        stored = self.session.question_overrides().get(self.current_id)
        original = self.session.model.question(self.current_id)  # the snapshot

        def effective(texts: dict[str, str], model_texts) -> dict[str, str]:
            return {
                c: t for c, t in texts.items() if t and t != model_texts.values.get(c)
            }

        if stored is not None and (
            effective(titles, original.title) == dict(stored.title)
            and effective(prompts, original.prompt) == dict(stored.prompt)
        ):
            return
        if stored is None and not (
            effective(titles, original.title) or effective(prompts, original.prompt)
        ):
            return
        for code in self.title_edits:
            refusal = too_long(
                self.title_edits[code].accessibleName(), titles[code], MAX_NAME
            ) or too_long(
                self.prompt_edits[code].accessibleName(), prompts[code], MAX_TEXT
            )
            if refusal:
                self.refuse(refusal)
                self._show(self.current_id)
                return
        question_id = self.current_id
        self.push(
            QuestionCommand(
                self.document,
                self.tr("Reword question {id}").format(id=question_id),
                question_id,
                title=titles,
                prompt=prompts,
            ),
            self.tr("Wording of {id} saved; the model keeps the original").format(
                id=question_id
            ),
        )
        self.reload()

    def restore_wording(self) -> None:
        if self.current_id is None or not self.editable:
            return
        question_id = self.current_id
        stored = self.session.question_overrides().get(question_id)
        if stored is None or not (stored.title or stored.prompt):
            self._show(question_id)  # nothing reworded: only clear what was typed
            return
        self.push(
            QuestionCommand(
                self.document,
                self.tr("Restore the wording of {id}").format(id=question_id),
                question_id,
                title={},
                prompt={},
            ),
            self.tr("{id} uses the model's wording again").format(id=question_id),
        )
        self.reload()

    def flush(self) -> None:
        for edit in self.prompt_edits.values():
            edit.finish()
        self.save_wording()
