"""The one wiring point of the GUI: application, translator, settings, main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import QApplication

from crm_workshop import __version__
from crm_workshop.gui.main_window import MainWindow
from crm_workshop.gui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

APP_ID = "org.crmworkshop.CrmWorkshop"  # the .desktop entry's name (packaging/linux)


def _install_translators(app: QApplication, language: str) -> None:
    """Our catalogue and Qt's own in ``language``, and its locale (``gui/i18n.py``):
    two .qm files mapped from disk, nothing else loaded."""
    from crm_workshop.gui import i18n

    i18n.install(app, language)


def _window_icon() -> QIcon:
    """The app icon at the sizes window managers ask for (PNG: no SVG plugin loads)."""
    from PySide6.QtGui import QIcon

    from crm_workshop.locations import resources_dir

    folder = resources_dir() / "icons" / "png"
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(folder / f"crm-workshop-{size}.png"))
    return icon


class Application(QApplication):
    """The app, which also receives the files the system hands over as an event
    rather than on the command line: macOS does so when a ``.crmw`` file is
    double-clicked or dropped on the app's icon, also while the app is running.
    (Overriding ``event`` here sees only the events sent to the application
    object; an event filter on it would run Python for every event of every
    widget.)"""

    fileOpened = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.fileOpened.emit(path)
                return True
        return super().event(event)


def main(paths: Sequence[str] = (), *, demo: bool = False) -> int:
    """Open the window; on ``paths[0]`` if given, on the demo workshop with ``demo``."""
    app = QApplication.instance() or Application(sys.argv[:1])
    app.setOrganizationName("CRM Workshop")
    app.setApplicationName("CRM Workshop")
    app.setApplicationVersion(__version__)
    settings = Settings()
    language = str(settings.value("language", QLocale.system().name()[:2]))
    language = language if language in ("en", "pl") else "en"
    _install_translators(app, language)
    window = MainWindow(settings, language=language)
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its .desktop entry
    if isinstance(app, Application):
        app.fileOpened.connect(window.open_path)
    window.show()
    # about 3 ms on a shown X11 window: after the first paint
    QTimer.singleShot(0, lambda: app.setWindowIcon(_window_icon()))
    if paths:
        QTimer.singleShot(0, lambda: window.open_path(paths[0]))
    elif demo:
        QTimer.singleShot(0, window.open_demo)
    QTimer.singleShot(0, _collect_from_now_on)
    return app.exec()


def _collect_from_now_on() -> None:
    """After start-up: its objects live as long as the app, so the collector skips
    them from now on (``freeze``) and watches only what the session allocates."""
    gc.freeze()
    gc.enable()
