"""The one wiring point of the GUI: application, translator, settings, main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from crm_workshop import __version__
from crm_workshop.gui.main_window import MainWindow
from crm_workshop.gui.settings import Settings


def _install_translators(app: QApplication, language: str) -> None:
    """Qt's own strings in the user's language (our .ts catalogue joins later)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(translator)


def main(paths: Sequence[str] = (), *, demo: bool = False) -> int:
    """Open the window; on ``paths[0]`` if given, on the demo workshop with ``demo``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("CRM Workshop")
    app.setApplicationName("CRM Workshop")
    app.setApplicationVersion(__version__)
    settings = Settings()
    language = str(settings.value("language", QLocale.system().name()[:2]))
    language = language if language in ("en", "pl") else "en"
    _install_translators(app, language)
    window = MainWindow(settings, language=language)
    window.show()
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
