"""Set-up page 3: the workshop sessions (date, title, areas covered, attendees, notes).

The list on the left picks a session, the form on the right edits it; each edit is
written when it is finished (a date picked, a box ticked, focus leaving a text, or a
pause in typing), as one undoable command. Below the form, files kept with the
session (``setup_evidence``). Sessions are never deleted here; undoing "New session"
removes the session it added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.engagement import Session
from crm_workshop.gui import i18n
from crm_workshop.gui.commands import AddSessionCommand, SessionCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    MAX_TEXT,
    PlainTextEdit,
    SetupPage,
    buddy,
    date_edit,
    date_text,
    line_edit,
    plain,
    set_date,
    set_text,
    short,
    tab_chain,
    too_long,
)
from crm_workshop.gui.widgets.setup_evidence import SessionEvidence

ID_ROLE = Qt.ItemDataRole.UserRole


def checked_ids(widget: QListWidget) -> list:
    return [
        widget.item(n).data(ID_ROLE)
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    ]


def check_list(name: str, accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def checkable(text: str, value: object, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, value)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled
        | Qt.ItemFlag.ItemIsSelectable
        | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class SessionsPage(SetupPage):
    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, language, parent)
        self._sessions: dict[int, Session] = {}
        self.current_id: int | None = None

        # -- left: the list ---------------------------------------------------------------
        self.session_list = check_list("session_list", self.tr("Workshop sessions"))
        self.new_button = QPushButton(self.tr("&New session"))
        self.new_button.setObjectName("new_session_button")
        self.new_button.clicked.connect(self.add_session)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(buddy(self.tr("&Workshop sessions:"), self.session_list))
        left_layout.addWidget(self.session_list, 1)
        left_layout.addWidget(self.new_button)

        # -- right: the form ---------------------------------------------------------------
        self.date_edit = date_edit("session_date_edit", self.tr("Session date"))
        self.title_edit = line_edit("session_title_edit", self.tr("Session title"))
        self.areas_list = check_list("session_areas_list", self.tr("Areas covered"))
        for area in document.model.areas:
            self.areas_list.addItem(checkable(area.title.get(language), area.id, False))
        self.attendees_list = check_list("session_attendees_list", self.tr("Attendees"))
        self.agenda_edit = PlainTextEdit("session_agenda_edit", self.tr("Agenda"))
        self.notes_edit = PlainTextEdit("session_notes_edit", self.tr("Notes"))
        self.form_box = QGroupBox(self.tr("Session"))
        form = QFormLayout(self.form_box)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        form.addRow(buddy(self.tr("&Date:"), self.date_edit), date_row)
        form.addRow(buddy(self.tr("&Title:"), self.title_edit), self.title_edit)
        lists = QHBoxLayout()
        for label, widget in (
            (self.tr("A&reas covered:"), self.areas_list),
            (self.tr("&Attendees:"), self.attendees_list),
        ):
            column = QVBoxLayout()
            column.addWidget(buddy(label, widget))
            column.addWidget(widget)
            lists.addLayout(column)
        form.addRow(lists)
        form.addRow(buddy(self.tr("A&genda:"), self.agenda_edit), self.agenda_edit)
        form.addRow(buddy(self.tr("N&otes:"), self.notes_edit), self.notes_edit)
        self.empty_label = plain(
            self.tr("No sessions yet. Add one with “New session”."),
            name="no_sessions_label",
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence = SessionEvidence(document)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.form_box, 1)
        right_layout.addWidget(self.evidence)

        # on a small screen the session's form scrolls rather than making the
        # window taller than the screen
        right_scroll = QScrollArea()
        right_scroll.setObjectName("session_form_scroll")
        right_scroll.setWidget(right)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)

        splitter = QSplitter()
        splitter.setObjectName("sessions_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setCollapsible(1, False)
        splitter.setSizes([400, 1000])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        tab_chain(
            (
                self.session_list,
                self.new_button,
                self.date_edit,
                self.title_edit,
                self.areas_list,
                self.attendees_list,
                self.agenda_edit,
                self.notes_edit,
                self.evidence.file_list,
                self.evidence.attach_button,
                self.evidence.open_button,
            )
        )

        self.session_list.currentItemChanged.connect(self._switch)
        self.date_edit.dateChanged.connect(self.save)
        self.title_edit.editingFinished.connect(self.save)
        self.areas_list.itemChanged.connect(self.save)
        self.attendees_list.itemChanged.connect(self.save)
        self.agenda_edit.editingFinished.connect(self.save)
        self.notes_edit.editingFinished.connect(self.save)
        self.reload()

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the list (and the form) from the file, keeping the selection."""
        if not self.document.is_open:
            return
        self._sessions = {s.id: s for s in self.session.sessions()}
        keep = self.current_id
        with QSignalBlocker(self.session_list):
            self.session_list.clear()
            for session in self._sessions.values():
                item = QListWidgetItem(self._list_text(session))
                item.setData(ID_ROLE, session.id)
                self.session_list.addItem(item)
        if keep not in self._sessions:
            keep = next(iter(self._sessions), None)
        self.current_id = None
        if keep is not None:
            self.select(keep)
        else:
            self._show(None)
        self.new_button.setEnabled(self.editable)

    def _list_text(self, session: Session) -> str:
        title = session.title if len(session.title) <= 80 else session.title[:79] + "…"
        return f"{i18n.date_text(session.held_on)}  {title}"

    def select(self, session_id: int) -> None:
        for n in range(self.session_list.count()):
            if self.session_list.item(n).data(ID_ROLE) == session_id:
                with QSignalBlocker(self.session_list):
                    self.session_list.setCurrentRow(n)
                self._show(self._sessions[session_id])
                return

    def _switch(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.flush()  # the session being left keeps its last keystrokes
        if current is None:
            self._show(None)
            return
        session_id = current.data(ID_ROLE)
        self._show(self._sessions.get(session_id))

    def _show(self, session: Session | None) -> None:
        self.current_id = None if session is None else session.id
        self.form_box.setVisible(session is not None)
        self.empty_label.setVisible(session is None)
        self.evidence.show_session(session, self.editable)
        if session is None:
            return
        set_date(self.date_edit, session.held_on)
        set_text(self.title_edit, session.title)
        set_text(self.agenda_edit, session.agenda)
        set_text(self.notes_edit, session.notes)
        with QSignalBlocker(self.areas_list):
            for n in range(self.areas_list.count()):
                item = self.areas_list.item(n)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(ID_ROLE) in session.areas
                    else Qt.CheckState.Unchecked
                )
        self._fill_attendees(session)
        self.form_box.setEnabled(self.editable)

    def _fill_attendees(self, session: Session) -> None:
        with QSignalBlocker(self.attendees_list):
            self.attendees_list.clear()
            for person in self.session.stakeholders():
                if not person.active and person.id not in session.attendees:
                    continue  # an inactive person shows only where they attended
                text = person.name if person.active else self.tr("{name} (inactive)")
                self.attendees_list.addItem(
                    checkable(
                        text.format(name=person.name),
                        person.id,
                        person.id in session.attendees,
                    )
                )

    def refresh_people(self) -> None:
        """The stakeholders changed on another page: refresh the attendee list."""
        if self.document.is_open and self.current_id in self._sessions:
            self._fill_attendees(self._sessions[self.current_id])

    # -- edits -------------------------------------------------------------------------
    def _edited(self) -> Session | None:
        stored = self._sessions.get(self.current_id) if self.current_id else None
        if stored is None:
            return None
        return replace(
            stored,
            held_on=date_text(self.date_edit) or stored.held_on,
            title=self.title_edit.text().strip(),
            areas=tuple(checked_ids(self.areas_list)),
            attendees=tuple(sorted(checked_ids(self.attendees_list))),
            agenda=self.agenda_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        if not self.editable:
            return
        edited = self._edited()
        stored = self._sessions.get(edited.id) if edited else None
        if edited is None or stored is None or edited == stored:
            return
        refusal = (
            (not edited.title and self.tr("A session needs a title. It was not saved."))
            or too_long(self.tr("The title"), edited.title, MAX_NAME)
            or too_long(self.tr("The agenda"), edited.agenda, MAX_TEXT)
            or too_long(self.tr("The notes"), edited.notes, MAX_TEXT)
        )
        if refusal:
            self.refuse(refusal)
            self._show(stored)
            return
        if self.push(
            SessionCommand(self.document, self._edit_text(stored, edited), edited)
        ):
            self._sessions[edited.id] = edited
            item = self.session_list.currentItem()
            if item is not None and item.data(ID_ROLE) == edited.id:
                item.setText(self._list_text(edited))

    def _edit_text(self, stored: Session, edited: Session) -> str:
        """The undo text: the field that changed, or the whole session."""
        title = short(stored.title)
        fields = {
            "held_on": self.tr("Date of “{title}”"),
            "title": self.tr("Title of “{title}”"),
            "areas": self.tr("Areas of “{title}”"),
            "attendees": self.tr("Attendees of “{title}”"),
            "agenda": self.tr("Agenda of “{title}”"),
            "notes": self.tr("Notes of “{title}”"),
        }
        changed = [
            text
            for field, text in fields.items()
            if getattr(stored, field) != getattr(edited, field)
        ]
        text = changed[0] if len(changed) == 1 else self.tr("Edit session “{title}”")
        return text.format(title=title)

    def add_session(self) -> None:
        if not self.editable:
            return
        self.flush()
        session = Session(0, dt.date.today().isoformat(), self.tr("New session"))
        command = AddSessionCommand(self.document, self.tr("New session"), session)
        if self.push(command, self.tr("Session added")):
            assert command.added is not None
            self.current_id = command.added.id
            self.reload()
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def flush(self) -> None:
        self.agenda_edit.finish()
        self.notes_edit.finish()
        self.save()
