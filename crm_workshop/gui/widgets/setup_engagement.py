"""Set-up page 1: the engagement (client, consultant, dates, languages, branding).

Each field is written when its edit is finished (Return, Tab, focus elsewhere, a date
picked, a colour chosen), as one undoable command named after the field. What a logo
file must be: see ``setup_logo``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.engagement import Engagement
from crm_workshop.gui.commands import EngagementCommand, LogoCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import integer
from crm_workshop.gui.widgets.setup_common import (
    NO_DATE,
    SetupPage,
    buddy,
    date_edit,
    date_text,
    language_name,
    line_edit,
    plain,
    set_date,
    set_text,
    tab_chain,
    too_long,
)
from crm_workshop.gui.widgets.setup_logo import LogoRefused, read_logo

TEXT_FIELDS = (
    "client_name",
    "client_industry",
    "client_size",
    "consultant",
    "consultancy",
)
PREVIEW = QSize(240, 120)


def swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(28, 16)
    pixmap.fill(colour)
    return QIcon(pixmap)


class EngagementPage(SetupPage):
    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, language, parent)
        # -- client and consultant ---------------------------------------------------
        self.client_name_edit = line_edit("client_name_edit", self.tr("Client name"))
        self.industry_edit = line_edit("industry_edit", self.tr("Industry"))
        self.size_edit = line_edit("size_edit", self.tr("Company size"))
        self.size_edit.setPlaceholderText(self.tr("e.g. 250–999 employees"))
        self.consultant_edit = line_edit("consultant_edit", self.tr("Consultant"))
        self.consultancy_edit = line_edit("consultancy_edit", self.tr("Consultancy"))
        self.text_edits = dict(
            zip(
                TEXT_FIELDS,
                (
                    self.client_name_edit,
                    self.industry_edit,
                    self.size_edit,
                    self.consultant_edit,
                    self.consultancy_edit,
                ),
                strict=True,
            )
        )
        self.starts_on_edit = date_edit("starts_on_edit", self.tr("Start date"))
        self.starts_clear = self._clear_button(
            self.starts_on_edit, self.tr("Clear the start date")
        )
        self.ends_on_edit = date_edit("ends_on_edit", self.tr("End date"))
        self.ends_clear = self._clear_button(
            self.ends_on_edit, self.tr("Clear the end date")
        )

        # -- languages ---------------------------------------------------------------
        self.language_checks: dict[str, QCheckBox] = {}
        languages_row = QHBoxLayout()
        for code in document.model.languages:
            check = QCheckBox(language_name(code))
            check.setObjectName(f"language_{code}_check")
            check.setAccessibleName(
                self.tr("Workshop language: %s") % language_name(code)
            )
            check.toggled.connect(self._save_languages)
            self.language_checks[code] = check
            languages_row.addWidget(check)
        languages_row.addStretch(1)
        self.report_language_combo = QComboBox()
        self.report_language_combo.setObjectName("report_language_combo")
        self.report_language_combo.setAccessibleName(self.tr("Report language"))
        self.report_language_combo.activated.connect(self._save_report_language)

        # -- branding ----------------------------------------------------------------
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(PREVIEW + QSize(8, 8))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_info = plain(name="logo_info_label")
        self.logo_button = QPushButton(self.tr("&Browse for a logo…"))
        self.logo_button.setObjectName("logo_button")
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remo&ve logo"))
        self.remove_logo_button.setObjectName("remove_logo_button")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.primary_button = self._colour_button(
            "primary_color", self.tr("Primary colour")
        )
        self.accent_button = self._colour_button(
            "accent_color", self.tr("Accent colour")
        )

        # -- layout ------------------------------------------------------------------
        client_box = QGroupBox(self.tr("Client and consultant"))
        client_form = QFormLayout(client_box)
        client_form.addRow(
            buddy(self.tr("Client na&me:"), self.client_name_edit),
            self.client_name_edit,
        )
        client_form.addRow(
            buddy(self.tr("Ind&ustry:"), self.industry_edit), self.industry_edit
        )
        client_form.addRow(buddy(self.tr("Si&ze:"), self.size_edit), self.size_edit)
        client_form.addRow(
            buddy(self.tr("Consul&tant:"), self.consultant_edit), self.consultant_edit
        )
        client_form.addRow(
            buddy(self.tr("Consultanc&y:"), self.consultancy_edit),
            self.consultancy_edit,
        )
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.starts_on_edit)
        dates_row.addWidget(self.starts_clear)
        dates_row.addSpacing(16)
        dates_row.addWidget(buddy(self.tr("En&ds on:"), self.ends_on_edit))
        dates_row.addWidget(self.ends_on_edit)
        dates_row.addWidget(self.ends_clear)
        dates_row.addStretch(1)
        client_form.addRow(
            buddy(self.tr("Sta&rts on:"), self.starts_on_edit), dates_row
        )
        first_language = next(iter(self.language_checks.values()))
        client_form.addRow(buddy(self.tr("&Languages:"), first_language), languages_row)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_language_combo)
        report_row.addStretch(1)
        client_form.addRow(
            buddy(self.tr("Report l&anguage:"), self.report_language_combo), report_row
        )

        brand_box = QGroupBox(self.tr("Branding of the report"))
        brand = QFormLayout(brand_box)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addWidget(self.logo_info)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons, 1)
        brand.addRow(buddy(self.tr("Logo:"), self.logo_button), logo_row)
        brand.addRow(
            buddy(self.tr("&Primary colour:"), self.primary_button), self.primary_button
        )
        brand.addRow(
            buddy(self.tr("Acce&nt colour:"), self.accent_button), self.accent_button
        )

        # side by side where they fit, one above the other on a small screen, and
        # scrolled rather than making the window larger than its screen
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(client_box, 3)
        self.columns.addWidget(brand_box, 2)
        self._boxes = (client_box, brand_box)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(self.columns)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("engagement_scroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        for edit in self.text_edits.values():
            edit.editingFinished.connect(self.save_texts)
        self.starts_on_edit.dateChanged.connect(self.save_dates)
        self.ends_on_edit.dateChanged.connect(self.save_dates)
        self._tab_order()
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side_by_side = sum(box.minimumSizeHint().width() for box in self._boxes) + 40
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= side_by_side
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # -- construction helpers -------------------------------------------------------
    def _clear_button(self, edit, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setText("×")
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(lambda: edit.setDate(NO_DATE))
        return button

    def _colour_button(self, field: str, accessible: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"{field}_button")
        button.setAccessibleName(accessible)
        button.setIconSize(QSize(28, 16))
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.choose_colour(field, accessible))
        return button

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.text_edits.values(),
            self.starts_on_edit,
            self.starts_clear,
            self.ends_on_edit,
            self.ends_clear,
            *self.language_checks.values(),
            self.report_language_combo,
            self.logo_button,
            self.remove_logo_button,
            self.primary_button,
            self.accent_button,
        ]
        tab_chain(chain)

    # -- the choosers (tests replace these; they never open a modal dialog there) ----
    def ask_logo_path(self) -> str | None:
        from crm_workshop.gui.dialogs import LOGO, remember, start_in

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the client's logo"),
            start_in(self, LOGO),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        return remember(self, LOGO, path or None)

    def ask_colour(self, current: QColor, title: str) -> QColor | None:
        colour = QColorDialog.getColor(current, self, title)
        return colour if colour.isValid() else None

    # -- showing what the file holds --------------------------------------------------
    def reload(self) -> None:
        if not self.document.is_open:
            return
        engagement = self.session.engagement
        for field, edit in self.text_edits.items():
            set_text(edit, getattr(engagement, field))
        set_date(self.starts_on_edit, engagement.starts_on)
        set_date(self.ends_on_edit, engagement.ends_on)
        for code, check in self.language_checks.items():
            with QSignalBlocker(check):
                check.setChecked(code in engagement.languages)
        self._fill_report_languages(engagement)
        self._show_colour(self.primary_button, engagement.primary_color)
        self._show_colour(self.accent_button, engagement.accent_color)
        self._show_logo()
        for widget in (
            *self.text_edits.values(),
            self.starts_on_edit,
            self.ends_on_edit,
        ):
            widget.setReadOnly(not self.editable)
        for widget in (
            self.starts_clear,
            self.ends_clear,
            *self.language_checks.values(),
            self.report_language_combo,
            self.logo_button,
            self.remove_logo_button,
            self.primary_button,
            self.accent_button,
        ):
            widget.setEnabled(self.editable)
        self.remove_logo_button.setEnabled(
            self.editable and self.session.logo() is not None
        )

    def _fill_report_languages(self, engagement: Engagement) -> None:
        combo = self.report_language_combo
        with QSignalBlocker(combo):
            combo.clear()
            codes = list(
                dict.fromkeys((*engagement.languages, engagement.report_language))
            )
            for code in codes:
                combo.addItem(language_name(code), code)
            combo.setCurrentIndex(max(0, combo.findData(engagement.report_language)))

    def _show_colour(self, button: QPushButton, value: str) -> None:
        colour = QColor(value)
        button.setIcon(swatch(colour if colour.isValid() else QColor("white")))
        button.setText(value.upper())

    def _show_logo(self) -> None:
        logo = self.session.logo()
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_info.setText("")
            return
        content, mime = logo
        image = QImage.fromData(content)
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("The stored logo cannot be shown"))
        else:
            self.logo_preview.setPixmap(
                QPixmap.fromImage(image).scaled(
                    PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_info.setText(
            self.tr("{mime}\n{w}×{h} px, {kb} KB").format(
                mime=mime,
                w=image.width(),
                h=image.height(),
                kb=integer(max(1, len(content) // 1000)),
            )
        )

    # -- edits ----------------------------------------------------------------------
    def save_texts(self) -> None:
        """Write every text field that differs from the file (one write)."""
        if not self.editable:
            return
        engagement = self.session.engagement
        changes: dict[str, object] = {}
        for field, edit in self.text_edits.items():
            text = edit.text().strip()
            if text == getattr(engagement, field):
                continue
            refusal = too_long(edit.accessibleName(), text)
            if field == "client_name" and not text:
                refusal = self.tr("The client name cannot be empty. It was not saved.")
            if refusal:
                self.refuse(refusal)
                set_text(edit, getattr(engagement, field))
                continue
            changes[field] = text
        if changes:
            names = [self.text_edits[field].accessibleName() for field in changes]
            self.push(EngagementCommand(self.document, ", ".join(names), **changes))

    def save_dates(self) -> None:
        if not self.editable:
            return
        engagement = self.session.engagement
        starts, ends = date_text(self.starts_on_edit), date_text(self.ends_on_edit)
        if (starts, ends) == (engagement.starts_on, engagement.ends_on):
            return
        if starts and ends and ends < starts:
            self.refuse(
                self.tr("The end date is before the start date. It was not saved.")
            )
            set_date(self.starts_on_edit, engagement.starts_on)
            set_date(self.ends_on_edit, engagement.ends_on)
            return
        if starts == engagement.starts_on:
            text = self.tr("End date")
        elif ends == engagement.ends_on:
            text = self.tr("Start date")
        else:
            text = self.tr("Start and end dates")
        self.push(
            EngagementCommand(self.document, text, starts_on=starts, ends_on=ends)
        )

    def _save_languages(self) -> None:
        if not self.editable:
            return
        engagement = self.session.engagement
        chosen = tuple(
            c for c, check in self.language_checks.items() if check.isChecked()
        )
        if not chosen:
            self.refuse(self.tr("A workshop needs at least one language."))
            self.reload()
            return
        report = engagement.report_language
        if report not in chosen:
            report = chosen[0]
        if self.push(
            EngagementCommand(
                self.document,
                self.tr("Workshop languages"),
                languages=chosen,
                report_language=report,
            )
        ):
            self._fill_report_languages(self.session.engagement)

    def _save_report_language(self) -> None:
        code = self.report_language_combo.currentData()
        if self.editable and code and code != self.session.engagement.report_language:
            self.push(
                EngagementCommand(
                    self.document, self.tr("Report language"), report_language=code
                )
            )

    def choose_colour(self, field: str, title: str) -> None:
        if not self.editable:
            return
        current = QColor(getattr(self.session.engagement, field))
        colour = self.ask_colour(current, title)
        if colour is None:
            return
        value = colour.name(QColor.NameFormat.HexRgb).upper()
        if value == getattr(self.session.engagement, field):
            return
        if self.push(EngagementCommand(self.document, title, **{field: value})):
            button = (
                self.primary_button if field == "primary_color" else self.accent_button
            )
            self._show_colour(button, value)

    def choose_logo(self) -> None:
        if not self.editable:
            return
        path = self.ask_logo_path()
        if not path:
            return
        try:
            content, mime, _ = read_logo(Path(path), self.session.MAX_LOGO_BYTES)
        except LogoRefused as refusal:
            self.refuse(str(refusal))
            return
        if self.push(
            LogoCommand(self.document, self.tr("Logo"), content, mime),
            self.tr("Logo saved"),
        ):
            self._show_logo()
            self.remove_logo_button.setEnabled(True)

    def remove_logo(self) -> None:
        if self.editable and self.push(
            LogoCommand(self.document, self.tr("Remove logo"), None),
            self.tr("Logo removed"),
        ):
            self._show_logo()
            self.remove_logo_button.setEnabled(False)

    def flush(self) -> None:
        self.save_texts()
