"""One background task at a time, off the GUI thread, with progress and cancel.

``TaskRunner.run(fn, on_done, on_error, on_progress, on_cancelled)`` calls
``fn(progress, cancelled)`` in a worker QThread: ``progress(fraction)`` reports 0 → 1 (it
may be called as often as the task likes: the runner forwards a change of at least 1 %),
``cancelled()`` turns True once ``cancel()`` was called. Every callback runs on the GUI
thread, in the runner's own thread (queued signals), after the worker thread has finished,
so ``on_done`` may start the next task.

Rules for ``fn``: it must not touch Qt widgets nor a ledger session (SQLite connections
must not cross threads). Read what it needs on the GUI thread first and hand it frozen data
(the 報告書 tab reads ``ReportData`` first; the worker only renders with reportlab).

Outcome: when ``cancel()`` was called, ``on_cancelled`` runs whatever ``fn`` did (a result
that came too late is dropped: the user asked to stop); otherwise ``on_done(result)``, or
``on_error(exception)`` when ``fn`` raised. Without ``on_error`` the exception goes to
``sys.excepthook`` (the application's "copy details" dialog): the runner is a boundary, the
one place that catches every exception of the task.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
Task = Callable[[Progress, Cancelled], Any]
PROGRESS_STEP = 0.01

_LIVE: set[tuple[QThread, QObject]] = set()  # running tasks, referenced until they finish


class TaskCancelled(Exception):
    """A task may raise this when it sees ``cancelled()``; the runner treats any outcome
    after ``cancel()`` the same way."""


class _Worker(QObject):
    """Runs the task in its thread; reports through queued signals."""

    sig_progress = Signal(float)
    sig_done = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, fn: Task, stop: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._stop = stop
        self._last = -1.0

    def _progress(self, fraction: float) -> None:
        fraction = max(0.0, min(1.0, float(fraction)))
        if fraction >= 1.0 or abs(fraction - self._last) >= PROGRESS_STEP:
            self._last = fraction
            self.sig_progress.emit(fraction)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._stop.is_set)
        except BaseException as exc:  # the boundary: always report, the GUI thread decides
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(result)
        finally:  # the thread ends by itself, even when no runner is left to hear it
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class TaskRunner(QObject):
    """Runs one task at a time; ``is_running()`` while it does. ``sig_running_changed(bool)``
    lets a view enable and disable its buttons."""

    sig_running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()
        self._callbacks: dict[str, Callable[..., None] | None] = {}
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ---- public API --------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._thread is not None

    def is_cancelling(self) -> bool:
        return self.is_running() and self._stop.is_set()

    def run(
        self,
        fn: Task,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> bool:
        """Start ``fn`` in the background; False (and nothing started) while another task runs."""
        if self.is_running():
            return False
        self._stop = threading.Event()
        self._callbacks = {"done": on_done, "error": on_error, "progress": on_progress, "cancelled": on_cancelled}
        thread = QThread()
        thread.setObjectName("yorisoi-task")
        worker = _Worker(fn, self._stop)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # the runner lives on the GUI thread: these connections are queued
        worker.sig_progress.connect(self._on_worker_progress)
        worker.sig_done.connect(self._on_worker_done)
        worker.sig_failed.connect(self._on_worker_failed)
        self._thread, self._worker = thread, worker
        _LIVE.add((thread, worker))
        thread.start()
        self.sig_running_changed.emit(True)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop (it stops at its next ``cancelled()`` check)."""
        if self.is_running():
            self._stop.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker thread ends (tests, shutdown); callbacks still arrive
        through the event loop. True if no thread is running any more."""
        thread = self._thread
        return thread is None or thread.wait(msecs)

    def shutdown(self, msecs: int = 5_000) -> None:
        """Cancel and wait (the application quits): a running QThread must not be destroyed."""
        self.cancel()
        self.wait(msecs)

    # ---- the worker's reports (GUI thread) ---------------------------------------------------
    @Slot(float)
    def _on_worker_progress(self, fraction: float) -> None:
        callback = self._callbacks.get("progress")
        if callback is not None and self.is_running() and not self._stop.is_set():
            callback(fraction)

    @Slot(object)
    def _on_worker_done(self, result: object) -> None:
        cancelled = self._finish()
        if cancelled:
            self._call("cancelled")
        else:
            self._call("done", result)

    @Slot(object)
    def _on_worker_failed(self, exc: object) -> None:
        cancelled = self._finish()
        if cancelled:
            self._call("cancelled")
        elif self._callbacks.get("error") is not None:
            self._call("error", exc)
        elif isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _finish(self) -> bool:
        """End the worker thread and forget it; whether the task was cancelled."""
        thread, worker = self._thread, self._worker
        if thread is not None and worker is not None:
            thread.quit()
            thread.wait()  # run() has returned: this is at once
            _LIVE.discard((thread, worker))
        self._thread, self._worker = None, None
        self.sig_running_changed.emit(False)
        return self._stop.is_set()

    def _call(self, name: str, *args: object) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*args)


__all__ = ["Cancelled", "Progress", "Task", "TaskCancelled", "TaskRunner"]
