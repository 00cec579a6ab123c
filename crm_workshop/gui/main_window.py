"""The main window: a frame of menus, a start page and the open workshop's views.

There is no Save: every change is written to the file the moment it is made, and the
status bar says so. Feature widgets live in ``widgets/``; this file only wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
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
    QProgressDialog,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from crm_workshop.domain.engagement import Engagement
from crm_workshop.gui.dialogs import Dialogs
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.errors import describe
from crm_workshop.gui.settings import Settings
from crm_workshop.gui.widgets.capture import CaptureView
from crm_workshop.gui.widgets.lazy_tab import LazyTab
from crm_workshop.gui.widgets.start_page import StartPage
from crm_workshop.services.errors import WorkshopExists, WorkshopFileError
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
        self.setAcceptDrops(True)
        self.setObjectName("main_window")

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_label")
        self.statusBar().addPermanentWidget(self.saved_label)

        self._build_actions()
        self.start_page.newRequested.connect(self.new_workshop)
        self.start_page.openRequested.connect(self.open_dialog)
        self.start_page.demoRequested.connect(self.open_demo)
        self.start_page.recentRequested.connect(self.open_path)
        self._refresh_recent()
        self._update_state()
        self._fit_to_screen()

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
            self.tr("&Export roadmap PDF…"), self.export_report, QKeySequence("Ctrl+E")
        )
        self.copy_action = self._action(
            self.tr("Save a &copy as…"), self.save_copy, key.SaveAs
        )
        self.close_action = self._action(
            self.tr("&Close"), self.close_workshop, key.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for item in (
            self.new_action,
            self.open_action,
            self.recent_menu,
            self.demo_action,
            None,
            self.copy_action,
            self.report_action,
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
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))
        self.start_page.set_recent(recent)

    def _update_state(self) -> None:
        has_doc = self.document is not None
        self.present_action.setEnabled(has_doc)
        self.copy_action.setEnabled(has_doc)
        self.report_action.setEnabled(has_doc)
        self.close_action.setEnabled(has_doc)
        self.stack.setCurrentIndex(WORKSPACE if has_doc else START)
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
            session = WorkshopSession.open(path)
        except Exception as exc:  # every failure is explained, none is fatal
            self.show_error(exc)
            self._refresh_recent()
            return False
        self._adopt(session)
        return True

    def _adopt(self, session: WorkshopSession) -> None:
        self.close_workshop()
        self.document = WorkshopDocument(session, self)
        self.document.writeFailed.connect(self.show_error)
        self.document.undo_stack.indexChanged.connect(self._changed)
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
            "setup": LazyTab(self._build_setup),
        }
        for name, title in (
            ("grid", self.tr("&Grid")),
            ("charts", self.tr("C&harts")),
            ("overview", self.tr("&Overview")),
            ("roadmap", self.tr("&Roadmap")),
            ("setup", self.tr("&Set-up")),
        ):
            self.tabs.addTab(self._lazy[name], title)
        self.settings.add_recent(str(session.path))
        self._install_undo_actions()
        self._refresh_recent()
        self._update_state()
        self.capture.table.setFocus()
        # sqlite-utils and matplotlib load after the window has painted: start-up never
        # waits for them, and the first key press does not pay for them either
        QTimer.singleShot(0, self.document.session.prepare_for_writing)
        QTimer.singleShot(0, self.capture.refresh_radar)

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

    def _build_setup(self) -> QWidget:
        from crm_workshop.gui.widgets.setup_view import SetupView

        view = SetupView(self.document, self._content_language())
        view.statusMessage.connect(self._status)
        view.setupChanged.connect(self._setup_changed)
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
        if self.document is not None and not self.document.read_only:
            self.saved_label.setText(self.tr("Saved"))
            QTimer.singleShot(1500, self._update_state)

    def close_workshop(self) -> None:
        self.stop_presenter()
        if self.document is None:
            return
        setup = self._lazy["setup"].view if "setup" in self._lazy else None
        if setup is not None:
            setup.flush()  # text still waiting for a pause in typing
        roadmap = self._lazy["roadmap"].view if "roadmap" in self._lazy else None
        if roadmap is not None:
            roadmap.flush()
        self.tabs.clear()
        for view in (self.capture, *self._lazy.values()):
            if view is not None:
                view.deleteLater()
        self.capture = None
        self._lazy = {}
        self.document.close()
        self.document.deleteLater()
        self.document = None
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
                create_demo(path).close()
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

    # -- the PDF roadmap ---------------------------------------------------------------
    def export_report(self) -> None:
        """Ask for options and a file, read the workshop here, write the PDF off-thread."""
        from crm_workshop.gui.report_export import ReportWorker
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
        path = self.dialogs.ask_pdf_path(str(folder / f"{client} – CRM roadmap.pdf"))
        if not path:
            return
        try:
            prepared = prepare_report(session, options)
        except Exception as exc:
            self.show_error(exc)
            return
        # the file dialog has already asked before replacing an existing file
        worker = ReportWorker(prepared, path, replace=True)
        progress = QProgressDialog(
            self.tr("Writing the PDF roadmap…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Export roadmap PDF"))
        progress.setMinimumDuration(400)
        progress.canceled.connect(worker.cancel)
        worker.finished.connect(
            lambda result: self._report_done(
                progress,
                self.tr("Roadmap written to %s (%d pages)")
                % (result.path, result.pages),
            )
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
        if self.report_worker is not None:  # stop a PDF export before the window goes
            self.report_worker.cancel()
            self.report_worker.thread.wait()
        self.close_workshop()
        event.accept()
