"""GUI figures for the benchmark command (run by tests/benchmarks.py in child processes).

``python tests/bench_gui.py bare`` / ``app PATH``: print when the first window has painted.
``python tests/bench_gui.py floor STEP PATH``: the bare window after the app's own
start-up work up to STEP (``qt``, ``domain``, ``services``, ``open``), none of its GUI.
``python tests/bench_gui.py keys PATH``: key press to radar repainted, per key.
``python tests/bench_gui.py memory PATH``: peak resident memory with PATH open.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _stop_when_painted(window, predicate=lambda: True) -> None:
    """Print and exit at ``window``'s first paint once ``predicate()`` holds.

    The filter sits on the window alone: an application-wide Python event filter would
    run for every event of every widget and charge the app, with its many widgets,
    for the measurement itself.
    """
    from PySide6.QtCore import QEvent, QObject

    class Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and predicate():
                print("PAINTED", flush=True)
                os._exit(0)
            return False

    window._bench_filter = Filter()
    window.installEventFilter(window._bench_filter)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CRM Workshop"))
    window.resize(1400, 900)
    _stop_when_painted(window)
    window.show()
    app.exec()


FLOOR_STEPS = ("qt", "domain", "services", "open")


def floor(step: str, path: str) -> None:
    """The bare window, after the work the app must do before it has a window of
    its own, cumulatively up to ``step``: the Python enums of Qt's ``Qt`` namespace
    (every view uses them), the domain's modules, storage and services as the app
    loads them, and the workshop opened and read. None of the app's own widgets,
    menus or GUI modules: the difference to the full app is what its GUI costs."""
    done = FLOOR_STEPS[: FLOOR_STEPS.index(step) + 1]
    if "domain" in done:
        import crm_workshop.domain.assessment
        import crm_workshop.domain.engagement
        import crm_workshop.domain.maturity
        import crm_workshop.domain.scoring
    if "services" in done:  # what ``cli.cmd_gui`` loads before Qt
        import crm_workshop.services.chart_data
        import crm_workshop.services.errors
        import crm_workshop.services.progress
        import crm_workshop.services.workshop  # noqa: F401
    if "open" in done:
        from crm_workshop.services.workshop import WorkshopSession

        session = WorkshopSession.open(path, defer_backup=True)
        # read what the capture view shows: model, people, sessions, answers
        session.effective_model()
        session.hidden_questions()
        session.engagement  # noqa: B018
        session.stakeholders()
        session.sessions()
        session.assessment(session.rounds()[-1].id)
    from crm_workshop.gui.qt_import import load_qt

    load_qt()  # as the app loads Qt: without PySide6's import hook
    from PySide6.QtCore import Qt

    Qt.AlignmentFlag  # noqa: B018  (the namespace's enums are built on first use)
    bare()


def app_start(path: str) -> None:
    """``crm-workshop PATH`` as users start it, timed to the painted window.

    The entry point imports Qt and the window itself (after its own start-up
    settings), so the window class is patched the moment its module has loaded.
    """
    import importlib.util  # not importlib.abc: it loads modules the app never needs

    def watch(module) -> None:
        window_class = module.MainWindow
        show = window_class.show

        def show_and_watch(window) -> None:
            _stop_when_painted(window, lambda: window.document is not None)
            show(window)

        window_class.show = show_and_watch

    class Finder:  # a meta path finder needs only find_spec
        def find_spec(self, name, target_path, target=None):
            if name != "crm_workshop.gui.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            execute = spec.loader.exec_module

            def exec_module(module) -> None:
                execute(module)
                watch(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Finder())
    from crm_workshop import cli

    cli.main([path])


def _open_window(path: str):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from crm_workshop.gui.main_window import MainWindow
    from crm_workshop.gui.settings import Settings

    settings = Settings(
        QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat)
    )
    window = MainWindow(settings)
    window.resize(1920, 1080)
    window.show()
    assert window.open_path(path)
    window.capture.refresh_radar()
    deadline = time.monotonic() + 20
    while window.capture.radar._background is None and time.monotonic() < deadline:
        app.processEvents()
    return app, window


def keys(path: str) -> None:
    import statistics

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window = _open_window(path)
    capture = window.capture
    table = capture.table
    table.setFocus()
    painted = []
    canvas = capture.radar.canvas
    original = canvas.paintEvent

    def paint(event):
        original(event)
        painted.append(time.perf_counter())

    canvas.paintEvent = paint
    samples = []
    digits = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for n in range(120):
        table.select_row(n % capture.table_model.rowCount())
        painted.clear()
        start = time.perf_counter()
        QTest.keyClick(table, digits[n % 5])
        while not painted:
            app.processEvents()
        samples.append(painted[0] - start)
    samples = samples[20:]  # first presses warm caches
    samples.sort()
    print(
        f"KEYS {statistics.median(samples) * 1000:.2f} {samples[int(0.95 * len(samples))] * 1000:.2f}"
    )


def memory(path: str) -> None:
    import resource

    app, window = _open_window(path)
    window.tabs.setCurrentWidget(window.charts)
    for _ in range(50):
        app.processEvents()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"MEMORY {peak_kb / 1024:.0f}", flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "app":
        app_start(sys.argv[2])
    elif mode == "floor":
        floor(sys.argv[2], sys.argv[3])
    elif mode == "keys":
        keys(sys.argv[2])
    elif mode == "memory":
        memory(sys.argv[2])
    # skip interpreter teardown: the figures are printed, and Qt objects patched for
    # timing must not be finalised in arbitrary order
    os._exit(0)
