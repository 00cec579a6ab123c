"""The main window: a frame of menus, a start page and the open workshop's views.

There is no Save: every change is written to the file the moment it is made, and the
status bar says so. Feature widgets live in ``widgets/``; this file only wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QProgressDialog,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.engagement import Engagement
from crm_workshop.gui import i18n
from crm_workshop.gui.dialogs import Dialogs
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.errors import describe
from crm_workshop.gui.save_copy import ReadOnlyBanner
from crm_workshop.gui.settings import Settings
from crm_workshop.gui.widgets.capture import CaptureView
from crm_workshop.gui.widgets.lazy_tab import LazyTab
from crm_workshop.gui.widgets.start_page import StartPage
from crm_workshop.gui.widgets.sync_warning import SyncWarningBar
from crm_workshop.services.errors import (
    OpenedElsewhere,
    WorkshopExists,
    WorkshopFileError,
)
from crm_workshop.services.workshop import WorkshopSession

START, WORKSPACE = 0, 1


class MainWindow(QMainWindow):
    reportFinished = Signal(str)  # the status message of a finished PDF export

    def __init__(
        self,
        settings: Settings,
        dialogs_factory: Callable[[QMainWindow], Dialogs] = Dialogs,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs_factory(self)
        self.language = language
        self.document: WorkshopDocument | None = None
        self.capture: CaptureView | None = None
        self._lazy: dict[str, LazyTab] = {}
        self.presenter = None
        self.report_worker = None
        self.questionnaire_export = None  # a running export (questionnaire_export.py)
        self.setAcceptDrops(True)
        self.setObjectName("main_window")

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.tabs)
        # a synced folder, conflicting copies, someone else editing: above the views
        self.sync_bar = SyncWarningBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sync_bar)
        # a read-only workshop says so, and offers a writable copy (save_copy.py)
        self.read_only_banner = ReadOnlyBanner()
        self.read_only_banner.saveCopyRequested.connect(self.save_copy_elsewhere)
        column.addWidget(self.read_only_banner)
        self._unsaved = ""  # why the last edit was not saved, until one is
        self._failing = False  # a refused edit is unwinding: the stack moved, no write
        self._saving_copy = False
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self.statusBar().addPermanentWidget(self.saved_label)

        self._build_actions()
        self.start_page.newRequested.connect(self.new_workshop)
        self.start_page.openRequested.connect(self.open_dialog)
        self.start_page.demoRequested.connect(self.open_demo)
        self.start_page.recentRequested.connect(self.open_recent)
        self._refresh_recent()
        self._update_state()
        self._fit_to_screen()
        self.help_window = None  # help_window.HelpWindow, made at the first F1
        self.themes = None  # themes.ThemeController, made after the first paint
        self._tab_to_restore = self._restore_window()
        QTimer.singleShot(0, self, self.theme_controller)  # light: nothing before

    def _fit_to_screen(self) -> None:
        """Start large but inside the screen (a 1280x720 projector as well as a laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 900)
            return
        available = screen.availableGeometry()
        width = min(1600, int(available.width() * 0.94))
        height = min(1000, int(available.height() * 0.92))
        self.resize(width, height)
        self.move(
            available.center().x() - width // 2, available.center().y() - height // 2
        )

    # -- actions and menus -----------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New workshop…"), self.new_workshop, key.New
        )
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, key.Open)
        self.demo_action = self._action(
            self.tr("Open the &demo workshop"), self.open_demo
        )
        self.report_action = self._action(
            self.tr("&Export roadmap (PDF, Word)…"),
            self.export_report,
            QKeySequence("Ctrl+E"),
        )
        self.progress_report_action = self._action(
            self.tr("Export &progress PDF…"), self.export_progress
        )
        self.copy_action = self._action(
            self.tr("Save a &copy as…"), self.save_copy, key.SaveAs
        )
        self.questionnaire_export_action = self._action(
            self.tr("Export &questionnaires…"), self.export_questionnaires
        )
        self.questionnaire_import_action = self._action(
            self.tr("&Import questionnaire…"), self.import_questionnaires
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.restore_backup
        )
        self.merge_action = self._action(
            self.tr("&Merge a co-facilitator's copy…"), self.merge_copy
        )
        self.export_json_action = self._action(
            self.tr("Export as &JSON…"), lambda: self._transfer("export_json")
        )
        self.import_json_action = self._action(
            self.tr("Import &from JSON…"), lambda: self._transfer("import_json")
        )
        self.add_model_action = self._action(
            self.tr("Add model to &library…"), lambda: self._transfer("add_model")
        )
        self.close_action = self._action(
            self.tr("&Close"), self.close_workshop, key.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.clear_recent_action = self._action(
            self.tr("&Clear recent files"), self.clear_recent
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu,
            self.demo_action,
            None,
            self.copy_action,
            self.restore_action,
            self.merge_action,
            self.report_action,
            self.progress_report_action,
            self.questionnaire_export_action,
            self.questionnaire_import_action,
            None,
            self.export_json_action,
            self.import_json_action,
            self.add_model_action,
            None,
            self.close_action,
            self.quit_action,
        ):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.present_action = self._action(
            self.tr("&Present on the projector"),
            self.toggle_presenter,
            QKeySequence(Qt.Key.Key_F5),
        )
        self.present_action.setCheckable(True)
        view_menu.addAction(self.present_action)
        self.present_on_menu = view_menu.addMenu(self.tr("Present &on screen"))
        self.present_on_menu.aboutToShow.connect(self._fill_screens)
        self.theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_menu.aboutToShow.connect(
            lambda: self.theme_controller().fill_menu(self.theme_menu)
        )
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_languages()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("CRM Workshop &Help"), self.show_help, key.HelpContents
        )
        self.about_action = self._action(
            self.tr("&About CRM Workshop"), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _install_undo_actions(self) -> None:
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                self.edit_menu.removeAction(action)
                action.deleteLater()
        self.undo_action = self.redo_action = None
        if self.document is None:
            return
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

    # -- presenter mode ----------------------------------------------------------------
    def _fill_screens(self) -> None:
        self.present_on_menu.clear()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.size()
            action = self.present_on_menu.addAction(
                self.tr("Screen %d: %s (%d×%d)")
                % (number, screen.name(), size.width(), size.height())
            )
            action.triggered.connect(lambda _=False, s=screen: self.start_presenter(s))
            action.setEnabled(self.document is not None)

    def toggle_presenter(self) -> None:
        if self.presenter is not None:
            self.stop_presenter()
            return
        others = [s for s in QGuiApplication.screens() if s is not self.screen()]
        self.start_presenter(others[0] if others else None)

    def start_presenter(self, screen: QScreen | None) -> None:
        from crm_workshop.gui.widgets.presenter import PresenterWindow

        if self.document is None or self.capture is None:
            self.present_action.setChecked(False)
            return
        self.stop_presenter()
        capture = self.capture
        model = capture.table_model
        presenter = PresenterWindow(
            self.document,
            self._content_language(),
            lambda: [model.stakeholder(row).id for row in range(model.rowCount())],
        )
        capture.questionChanged.connect(presenter.show_question)
        presenter.nextRequested.connect(lambda: capture.step_question(+1))
        presenter.previousRequested.connect(lambda: capture.step_question(-1))
        presenter.closed.connect(self.stop_presenter)
        presenter.show_question(capture.question_id)
        self.presenter = presenter
        self.present_action.setChecked(True)
        presenter.present_on(screen)

    def stop_presenter(self) -> None:
        presenter, self.presenter = self.presenter, None
        self.present_action.setChecked(False)
        if presenter is not None:
            presenter.hide()
            presenter.deleteLater()

    def _refresh_recent(self) -> None:
        """File › Open recent and the start page; a file that is gone is marked
        "(missing)" and offered for removal when chosen."""
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            text = path.replace("&", "&&")
            if not Path(path).exists():
                text += "  " + self.tr("(missing)")
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))
        self.recent_menu.setEnabled(bool(recent))
        self.start_page.set_recent(recent)

    def open_recent(self, path: str) -> bool:
        """Open a recent workshop; for one that is gone, offer to forget it."""
        if not Path(path).exists():
            if self.dialogs.ask_remove_missing_recent(path):
                self.settings.remove_recent(path)
                self._refresh_recent()
            return False
        return self.open_path(path)

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    # -- theme, help and the window as it was left (themes.py, help_window.py...) -----
    def theme_controller(self):
        """The View › Theme controller; made (and the saved theme drawn) on first use,
        after the first paint: the light theme then costs start-up nothing."""
        if self.themes is None:
            from crm_workshop.gui.themes import ThemeController

            self.themes = ThemeController(self.settings, self)
            self.themes.apply_saved()
        return self.themes

    def show_help(self, section: str = "") -> None:
        """F1: the help; on the capture view, at the level scale."""
        from crm_workshop.gui.help_window import show_help

        on_capture = self.capture is not None and self.tabs.currentWidget() is (
            self.capture
        )
        show_help(self, section or ("scale" if on_capture else ""))

    def show_about(self) -> None:
        from crm_workshop.gui.about_dialog import show_about

        show_about(self)

    def _restore_window(self) -> str:
        """Geometry, state and the tab of the last session; returns that tab."""
        from crm_workshop.gui import window_state

        window_state.restore_window(self, self.settings)
        return window_state.saved_tab(self.settings)

    def _view_built(self, view: QWidget) -> None:
        """Splitters as they were left, also in the view's own lazy pages (roadmap)."""
        from crm_workshop.gui.window_state import restore_splitters

        restore_splitters(view, self.settings)
        for page in view.findChildren(LazyTab):
            page.built.connect(self._view_built)

    def _restore_tab(self, document: WorkshopDocument) -> None:
        """The tab shown when the app was last closed, with the first workshop opened
        (unless the user has moved on meanwhile)."""
        name, self._tab_to_restore = self._tab_to_restore, ""
        if document is not self.document or self.tabs.currentWidget() is not (
            self.capture
        ):
            return
        if name in self._lazy:
            self.show_view(name)

    def _current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next((k for k, tab in self._lazy.items() if tab is current), "capture")

    def _save_window_state(self) -> None:
        from crm_workshop.gui import window_state

        window_state.save_window(self, self.settings)
        if self.document is not None:
            window_state.save_tab(self._current_tab(), self.settings)

    def _update_state(self) -> None:
        has_doc = self.document is not None
        self.present_action.setEnabled(has_doc)
        self.copy_action.setEnabled(has_doc)
        self.restore_action.setEnabled(has_doc)
        self.merge_action.setEnabled(has_doc)
        self.report_action.setEnabled(has_doc)
        self.progress_report_action.setEnabled(has_doc)
        self.export_json_action.setEnabled(has_doc)
        self.questionnaire_export_action.setEnabled(has_doc)
        self.questionnaire_import_action.setEnabled(has_doc)
        self.close_action.setEnabled(has_doc)
        self.stack.setCurrentIndex(WORKSPACE if has_doc else START)
        self.read_only_banner.setVisible(has_doc and self.document.read_only)
        if self.document is None:
            self.setWindowTitle(self.tr("CRM Workshop"))
            self.saved_label.setText("")
            return
        client = self.document.session.engagement.client_name
        self.setWindowTitle(
            f"{client} — {self.document.session.path.name} — CRM Workshop"
        )
        if self.document.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
        elif self._unsaved:
            self.saved_label.setText(
                self.tr("Last change not saved: %s") % self._unsaved
            )
        else:
            self.saved_label.setText(
                self.tr("Every change is saved to the file at once")
            )

    # -- opening and closing ---------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        title, message = describe(exc)
        self.statusBar().showMessage(title, 10_000)
        self.dialogs.show_error(title, message)

    def open_path(self, path: str | Path) -> bool:
        """Open a workshop; on any failure explain it and keep the current state."""
        try:
            session = WorkshopSession.open(path, defer_backup=True)
        except OpenedElsewhere as exc:  # read it here, take it over, or leave it
            from crm_workshop.gui.opened_elsewhere import open_despite_lock

            session = open_despite_lock(path, exc, self.dialogs, self.show_error)
            if session is None:
                return False
        except Exception as exc:  # every failure is explained, none is fatal
            self.show_error(exc)
            self._refresh_recent()
            return False
        self._adopt(session)
        return True

    def _adopt(self, session: WorkshopSession) -> None:
        self.close_workshop()
        self.document = WorkshopDocument(session, self)
        self.document.writeFailed.connect(self._write_failed)
        self._unsaved = ""
        self.document.undo_stack.indexChanged.connect(self._changed)
        self._build_views()
        if self._tab_to_restore:  # after the paint: the view may load matplotlib
            document = self.document
            QTimer.singleShot(0, self, lambda: self._restore_tab(document))
        self.settings.add_recent(str(session.path))
        self._install_undo_actions()
        self._refresh_recent()
        self._update_state()
        notice = self.sync_bar.show_for(session)  # once per open, never blocking
        if notice:
            self.statusBar().showMessage(notice, 15_000)
        self.capture.table.setFocus()
        # The opening backup, sqlite-utils and matplotlib come after the window has
        # painted: start-up never waits for them, and the first key press does not
        # pay for them either (a write before the backup takes it first: see
        # ``WorkshopSession.open``).
        document = self.document
        QTimer.singleShot(0, lambda: self._start_backups(document))
        QTimer.singleShot(0, self.document.session.prepare_for_writing)
        QTimer.singleShot(0, self.capture.refresh_radar)

    def _build_views(self) -> None:
        """The open workshop's views: capture now, the others when first shown."""
        self.capture = CaptureView(self.document, self._content_language())
        self.capture.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.tabs.addTab(self.capture, self.tr("&Capture"))
        # the other views are built (and their modules imported) when first shown
        self._lazy = {
            "grid": LazyTab(self._build_grid),
            "charts": LazyTab(self._build_charts),
            "overview": LazyTab(self._build_overview),
            "roadmap": LazyTab(self._build_roadmap),
            "progress": LazyTab(self._build_progress),
            "setup": LazyTab(self._build_setup),
        }
        for name, title in (
            ("grid", self.tr("&Grid")),
            ("charts", self.tr("C&harts")),
            ("overview", self.tr("&Overview")),
            ("roadmap", self.tr("&Roadmap")),
            ("progress", self.tr("&Progress")),
            ("setup", self.tr("&Set-up")),
        ):
            self.tabs.addTab(self._lazy[name], title)
            self._lazy[name].built.connect(self._view_built)
        self._view_built(self.capture)

    # -- the interface's language (gui/i18n.py) ----------------------------------------
    def _fill_languages(self) -> None:
        """View › Language: each language named in itself, the current one checked."""
        group = QActionGroup(self.language_menu)
        for code in i18n.LANGUAGES:
            action = self.language_menu.addAction(i18n.LANGUAGE_NAMES[code])
            action.setObjectName(f"language_{code}_action")
            action.setCheckable(True)
            action.setChecked(code == self.language)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on (and at the next start), at once."""
        if language not in i18n.LANGUAGES or language == self.language:
            return
        self.settings.set_value(i18n.SETTING, language)
        i18n.install(QCoreApplication.instance(), language)
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Show every text in the language just installed, losing no work.

        Menus and views are built again rather than retranslated text by text: their
        constructors are the one place their texts are set, so none is missed, and
        the model's texts (questions, levels) follow the language too. The document
        stays as it is (file, undo stack, round); text still being typed is saved
        first, and the tab and question shown are shown again.
        """
        self._flush_views()
        screen = self.presenter.screen() if self.presenter is not None else None
        presenting = self.presenter is not None
        self.stop_presenter()
        old = self.menuBar()
        menus = [old, *old.findChildren(QMenu)]
        actions = {a for menu in menus for a in menu.actions() if a.parent() is self}
        self.undo_action = self.redo_action = None  # in the old Edit menu
        self.setMenuBar(QMenuBar())  # the old bar and its menus are deleted
        for action in actions:
            action.deleteLater()
        self._build_actions()
        self._install_undo_actions()
        self._refresh_recent()
        for widget in (self.start_page, self.read_only_banner, self.sync_bar):
            widget.retranslate()
        if self.document is not None:
            self._rebuild_views()
        self._update_state()
        if presenting:
            self.start_presenter(screen)

    def _rebuild_views(self) -> None:
        question = self.capture.question_id if self.capture is not None else None
        index = self.tabs.currentIndex()
        from crm_workshop.gui.window_state import save_splitters

        save_splitters(self.tabs, self.settings)  # the new views take them back
        with QSignalBlocker(self.tabs):  # no view is built only to be thrown away
            self.tabs.clear()
        for view in (self.capture, *self._lazy.values()):
            view.deleteLater()
        self._build_views()
        self.tabs.setCurrentIndex(index)
        if question is not None:
            self.capture.show_question(question)
        QTimer.singleShot(0, self.capture.refresh_radar)  # as when a workshop opens

    def _start_backups(self, document: WorkshopDocument) -> None:
        if document is self.document:  # not closed or replaced meanwhile
            document.session.start_backups()

    # -- views built on first show ---------------------------------------------------
    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _build_grid(self) -> QWidget:
        from crm_workshop.gui.widgets.grid_view import GridView

        view = GridView(self.document, self._content_language())
        view.statusMessage.connect(self._status)
        return view

    def _build_charts(self) -> QWidget:
        from crm_workshop.gui.widgets.charts_view import ChartsView

        return ChartsView(self.document, self._content_language())

    def _build_overview(self) -> QWidget:
        from crm_workshop.gui.widgets.overview_view import OverviewView

        view = OverviewView(self.document, self._content_language())
        view.questionActivated.connect(self.jump_to_question)
        view.statusMessage.connect(self._status)
        return view

    def _build_roadmap(self) -> QWidget:
        from crm_workshop.gui.widgets.roadmap_view import RoadmapView

        view = RoadmapView(self.document, self._content_language())
        view.questionActivated.connect(self.jump_to_question)
        view.statusMessage.connect(self._status)
        return view

    def _build_progress(self) -> QWidget:
        from crm_workshop.gui.widgets.progress_view import ProgressView

        view = ProgressView(self.document, self._content_language())
        view.questionActivated.connect(self.jump_to_question)
        view.statusMessage.connect(self._status)
        view.exportRequested.connect(self.export_progress)
        return view

    def export_progress(self) -> None:
        """File › Export progress PDF (the dialogs and the worker: progress_export.py)."""
        from crm_workshop.gui.widgets.progress_export import export_progress

        export_progress(self)

    def _build_setup(self) -> QWidget:
        from crm_workshop.gui.widgets.setup_view import SetupView

        view = SetupView(self.document, self._content_language())
        view.statusMessage.connect(self._status)
        view.setupChanged.connect(self._setup_changed)
        view.questions.export_model_button.clicked.connect(
            lambda: self._transfer("export_model")
        )
        return view

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure()

    def view(self, name: str) -> QWidget | None:
        """The view called ``name`` (grid, charts, overview, roadmap, setup), built if
        need be."""
        tab = self._lazy.get(name)
        return tab.ensure() if tab is not None else None

    def show_view(self, name: str) -> QWidget | None:
        view = self.view(name)
        if view is not None:
            self.tabs.setCurrentWidget(self._lazy[name])
        return view

    @property
    def grid(self):
        return self.view("grid")

    @property
    def charts(self):
        return self.view("charts")

    @property
    def overview(self):
        return self.view("overview")

    @property
    def setup(self):
        return self.view("setup")

    @property
    def roadmap(self):
        return self.view("roadmap")

    def _setup_changed(self, what: str) -> None:
        if self.document is None:
            return
        self.document.setup_changed(what)
        if what == "engagement":
            self._update_state()
        grid = self._lazy["grid"].view if "grid" in self._lazy else None
        if grid is not None and what in ("stakeholders", "questions"):
            grid.reload()

    def jump_to_question(self, question_id: str) -> None:
        if self.capture is not None:
            self.tabs.setCurrentWidget(self.capture)
            self.capture.show_question(question_id)
            self.capture.table.setFocus()

    def _content_language(self) -> str:
        assert self.document is not None
        languages = self.document.model.languages
        return self.language if self.language in languages else languages[0]

    def _changed(self) -> None:
        if self._failing:  # a refused edit left the stack (or an empty paste)
            return
        self._unsaved = ""
        if self.document is not None and not self.document.read_only:
            self.saved_label.setText(self.tr("Saved"))
            QTimer.singleShot(1500, self._update_state)

    def _flush_views(self) -> None:
        """Write text still waiting for a pause in typing (set-up, roadmap)."""
        for name in ("setup", "roadmap"):
            view = self._lazy[name].view if name in self._lazy else None
            if view is not None:
                view.flush()

    def close_workshop(self) -> None:
        self.stop_presenter()
        if self.document is None:
            return
        self._flush_views()
        from crm_workshop.gui.window_state import save_splitters

        save_splitters(self.tabs, self.settings)
        self.tabs.clear()
        for view in (self.capture, *self._lazy.values()):
            if view is not None:
                view.deleteLater()
        self.capture = None
        self._lazy = {}
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self.sync_bar.dismiss()
        self._install_undo_actions()
        self._update_state()

    def open_dialog(self) -> None:
        folder = str(self.settings.value("last_folder", str(Path.home())))
        path = self.dialogs.ask_open_path(folder)
        if path:
            self.settings.set_value("last_folder", str(Path(path).parent))
            self.open_path(path)

    def new_workshop(self) -> None:
        answers = self.dialogs.ask_new_workshop()
        if answers is None:
            return
        folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
        path = self.dialogs.ask_save_path(
            self.tr("Create workshop file"), str(folder / f"{answers.client_name}.crmw")
        )
        if not path:
            return
        try:
            from crm_workshop.catalog import load_model

            model = load_model(answers.model_path) if answers.model_path else None
            session = WorkshopSession.create(
                path,
                Engagement(
                    client_name=answers.client_name,
                    consultant=answers.consultant,
                    languages=(answers.language,),
                    report_language=answers.language,
                ),
                model,
            )
        except Exception as exc:
            self.show_error(exc)
            return
        self.settings.set_value("last_folder", str(Path(path).parent))
        self._adopt(session)

    def demo_path(self) -> Path:
        folder = Path(
            QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppDataLocation
            )
        )
        return folder / "demo.crmw"

    def open_demo(self) -> None:
        from crm_workshop.services.demo import create_demo

        path = self.demo_path()
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                create_demo(path, follow_up=True).close()
            except WorkshopExists:
                pass
            except (WorkshopFileError, OSError) as exc:
                self.show_error(exc)
                return
        self.open_path(path)

    def save_copy(self) -> None:
        if self.document is None:
            return
        source = self.document.session.path
        target = self.dialogs.ask_save_path(
            self.tr("Save a copy as"),
            str(source.with_name(f"{source.stem} (copy).crmw")),
        )
        if not target:
            return
        try:
            self.document.session.save_copy(target)
        except Exception as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved to %s") % target, 8000)

    # -- a full disk or a read-only place: go on working on a copy elsewhere -----------
    def _write_failed(self, exc: BaseException) -> None:
        """An edit was refused. When the workshop's place refuses writes, explain it and
        offer "Save a copy elsewhere…"; the copy is made once the edit has unwound."""
        from crm_workshop.gui.save_copy import is_place_error, offer_text

        if self.document is None or self._saving_copy or not is_place_error(exc):
            self.show_error(exc)
            return
        title, message = describe(exc)
        self._unsaved = title
        self._failing = True
        self._update_state()  # a workshop SQLite found read-only is read-only now
        self.statusBar().showMessage(title, 10_000)
        wanted = self.dialogs.offer_save_copy(title, f"{message}\n\n{offer_text()}")
        QTimer.singleShot(0, lambda: setattr(self, "_failing", False))
        if wanted:
            QTimer.singleShot(0, self.save_copy_elsewhere)

    def save_copy_elsewhere(self) -> None:
        """Write a copy where the user says and open it in place of this workshop."""
        from crm_workshop.gui.save_copy import save_copy_elsewhere

        if self.document is None or self._saving_copy:
            return
        source = self.document.session.path
        self._saving_copy = True  # a refused flush is explained, not offered again
        try:
            self._flush_views()
            target = save_copy_elsewhere(
                self.document.session, self.dialogs, self.show_error
            )
        finally:
            self._saving_copy = False
        if target is not None and self.open_path(target):
            self.statusBar().showMessage(
                self.tr("Working on the copy %s; “%s” was left as it was")
                % (target, source.name),
                15_000,
            )

    def restore_backup(self) -> None:
        """File › Restore from backup: a backup becomes a new file, which then opens."""
        from crm_workshop.gui.restore_backup import restore_from_backup

        if self.document is None:
            return
        target = restore_from_backup(
            self.document.session, self.dialogs, self.show_error
        )
        if target is not None and self.open_path(target):
            self.statusBar().showMessage(
                self.tr("Backup restored to %s") % target, 8000
            )

    def merge_copy(self) -> None:
        """File › Merge a co-facilitator's copy: ``gui/merge_dialog.py``."""
        from crm_workshop.gui.merge_dialog import merge_copy

        merge_copy(self, self._setup_changed)

    # -- questionnaires for answers collected away from the laptop --------------------
    def export_questionnaires(self) -> None:
        from crm_workshop.gui.questionnaire_export import export_questionnaires

        export_questionnaires(self)

    def import_questionnaires(self) -> None:
        from crm_workshop.gui.questionnaire_import import import_questionnaires

        import_questionnaires(self)

    def _transfer(self, action: str) -> None:
        """JSON export and import, the model library: ``gui/transfer_actions.py``."""
        from crm_workshop.gui import transfer_actions

        getattr(transfer_actions, action)(self)

    # -- the PDF roadmap ---------------------------------------------------------------
    def export_report(self) -> None:
        """Ask for options and a file, read the workshop here, write it off-thread."""
        from crm_workshop.gui.report_export import finished_message, report_task
        from crm_workshop.services.report import prepare_report, report_language

        if self.document is None or self.report_worker is not None:
            return
        session = self.document.session
        options = self.dialogs.ask_report_options(
            [r.name for r in session.rounds()], report_language(session, None)
        )
        if options is None:
            return
        folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
        client = session.engagement.client_name or session.path.stem
        kind = options.file_format or "pdf"
        suggestion = str(folder / f"{client} – CRM roadmap.{kind}")
        path = self.dialogs.ask_report_path(suggestion, kind)
        if not path:
            return
        try:
            prepared = prepare_report(session, options)
        except Exception as exc:
            self.show_error(exc)
            return
        # the file dialog has already asked before replacing an existing file
        worker = report_task(prepared, path, replace=True, file_format=kind)
        progress = QProgressDialog(
            self.tr("Writing the roadmap…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Export roadmap"))
        progress.setMinimumDuration(400)
        progress.setValue(0)  # starts that clock: without a value it never shows
        progress.canceled.connect(worker.cancel)
        worker.finished.connect(
            lambda result: self._report_done(progress, finished_message(result))
        )
        worker.cancelled.connect(
            lambda: self._report_done(
                progress, self.tr("Export cancelled; nothing was written")
            )
        )
        worker.failed.connect(lambda exc: self._report_done(progress, "", exc))
        self.report_worker = worker
        worker.start()

    def _report_done(
        self,
        progress: QProgressDialog,
        message: str,
        error: BaseException | None = None,
    ) -> None:
        """Close the progress, explain a failure, then announce the export is over."""
        progress.reset()
        progress.deleteLater()
        if message:
            self.statusBar().showMessage(message, 12_000)
        worker, self.report_worker = self.report_worker, None
        if worker is not None:
            worker.thread.wait()
            worker.deleteLater()
        if error is not None:
            self.show_error(error)
        self.reportFinished.emit(message)

    # -- window events ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if any(u.isLocalFile() and u.toLocalFile().endswith(".crmw") for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().endswith(".crmw"):
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.questionnaire_export is not None:  # stop writing questionnaires
            self.questionnaire_export.stop()
        if self.report_worker is not None:  # stop a PDF export before the window goes
            self.report_worker.cancel()
            self.report_worker.thread.wait()
        self._save_window_state()
        self.close_workshop()
        event.accept()
