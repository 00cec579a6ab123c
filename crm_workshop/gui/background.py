"""Slow work (writing a file, building a workshop) off the interface's thread.

``BackgroundTask`` runs ``work(cancelled)`` on a thread of its own and reports back
with signals that are emitted on the interface's thread: a slot connected to them may
touch widgets, show dialogs and delete the task. (A signal emitted by an object that
lives on the worker thread would run a connected Python function on that thread.)
By the time ``finished``, ``failed`` or ``cancelled`` is emitted the thread has ended.

``work`` must not touch the workshop's database connection, which belongs to the
interface's thread: read what it needs before, and hand it over.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Runner(QObject):
    """Lives on the worker thread and calls the work there."""

    done = Signal(object)
    failed = Signal(object)
    stopped = Signal()

    def __init__(
        self,
        work: Callable[[Callable[[], bool]], object],
        cancelled: Callable[[], bool],
        stop_errors: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled
        self._stop_errors = stop_errors

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._cancelled)
        except self._stop_errors:
            self.stopped.emit()
        except Exception as exc:  # explained to the user on the interface's thread
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            self.thread().quit()


class BackgroundTask(QObject):
    """One piece of work on its own thread; ``cancel()`` asks it to stop.

    ``stop_errors``: the exceptions by which ``work`` says it stopped when asked
    (``cancelled`` is emitted for them instead of ``failed``).
    """

    finished = Signal(object)  # what ``work`` returned
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(
        self,
        work: Callable[[Callable[[], bool]], object],
        stop_errors: tuple[type[BaseException], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.thread = QThread(self)
        self._runner = _Runner(work, self._stop.is_set, stop_errors)
        self._runner.moveToThread(self.thread)
        self.thread.started.connect(self._runner.run)
        # this object lives on the interface's thread: these calls are queued to it
        self._runner.done.connect(self._done)
        self._runner.failed.connect(self._failed)
        self._runner.stopped.connect(self._stopped)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    @Slot(object)
    def _done(self, result: object) -> None:
        self.thread.wait()
        self.finished.emit(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.thread.wait()
        self.failed.emit(exc)

    @Slot()
    def _stopped(self) -> None:
        self.thread.wait()
        self.cancelled.emit()
