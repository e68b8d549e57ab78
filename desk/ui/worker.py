"""The one helper for background work.

Disk and network work never runs on the GUI thread for long. Callers submit a
function; it runs on a small private thread pool and its result or error
comes back on the GUI thread through a signal. Jobs that take longer than
about half a second show a progress dialog that can cancel them.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from desk.ui.errors import ErrorDisplay, report_exception

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a job by :meth:`JobControl.check` once cancel was asked."""


class JobControl:
    """Handed to a job function that accepts it: cancellation and progress."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._job._progress.emit(done, total, text)


class Job(QObject):
    """A submitted piece of work. Its public signals are emitted on the GUI thread.

    The pool thread emits only the private ``_*`` signals, which reach this
    object (living on the GUI thread) through queued connections; the public
    signals are re-emitted from there, so plain Python callables connected to
    them always run on the GUI thread.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progressed = Signal(int, int, str)
    ended = Signal()

    _result = Signal(object)
    _error = Signal(object)
    _cancelled = Signal()
    _progress = Signal(int, int, str)

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.control = JobControl(self)
        self.done = False
        # Emitted on a pool thread, received by this object on the GUI thread:
        # Qt queues these (AutoConnection across threads). The ``Qt`` namespace
        # is not imported for an explicit QueuedConnection: it costs ~40 ms,
        # and this module sits on the path to the first paint.
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)
        self._cancelled.connect(self._on_cancelled)
        self._progress.connect(self.progressed)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self.finished.emit(result)
        self._end()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.failed.emit(exc)
        self._end()

    @Slot()
    def _on_cancelled(self) -> None:
        self.cancelled.emit()
        self._end()

    def _end(self) -> None:
        self.done = True
        self.ended.emit()

    def cancel(self) -> None:
        self.control._cancel.set()


class _Runner(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple[Any, ...],
                 pass_control: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job = job
        self.fn = fn
        self.args = args
        self.pass_control = pass_control

    def run(self) -> None:
        try:
            if self.pass_control:
                result = self.fn(self.job.control, *self.args)
            else:
                result = self.fn(*self.args)
        except Cancelled:
            self.job._cancelled.emit()
        except BaseException as exc:
            if self.job.control.cancelled:
                # Failing after the employee stopped it (an interrupted query, say)
                # is part of stopping, not a fault to report.
                log.info("job %r ended with %s after it was cancelled",
                         self.job.title, type(exc).__name__)
                self.job._cancelled.emit()
            else:
                self.job._error.emit(exc)
        else:
            if self.job.control.cancelled:
                # Stopped by the employee while a job that cannot stop halfway ran
                # on: its late result must not appear as if nothing was asked.
                self.job._cancelled.emit()
            else:
                self.job._result.emit(result)


#: Every live Worker, so the test suite can check none leaves threads running.
LIVE_WORKERS: weakref.WeakSet[Worker] = weakref.WeakSet()


class Worker(QObject):
    """Runs jobs off the GUI thread; owns its threads and stops them on shutdown."""

    def __init__(
        self,
        *,
        errors: ErrorDisplay | None = None,
        max_threads: int = 2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.errors = errors
        self.closed = False
        LIVE_WORKERS.add(self)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self.pool.setExpiryTimeout(2000)
        self._jobs: set[Job] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        title: str = "",
        progress_parent: QWidget | None = None,
        pass_control: bool = False,
    ) -> Job:
        """Run ``fn(*args)`` (or ``fn(control, *args)``) on the pool.

        With ``progress_parent`` set, a cancellable progress dialog appears
        if the job is still running after half a second.
        """
        job = Job(title)
        if self.closed:
            # Shutting down: nothing new starts (a late timer must not leave
            # work running after the application has said goodbye).
            log.info("job %r refused: worker is shut down", title)
            return job
        self._jobs.add(job)
        if on_done is not None:
            job.finished.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        else:
            job.failed.connect(self._unhandled)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)
        job.ended.connect(lambda: self._forget(job))
        if progress_parent is not None:
            _attach_progress(job, progress_parent)
        self.pool.start(_Runner(job, fn, args, pass_control))
        return job

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)

    @Slot(object)
    def _unhandled(self, exc: BaseException) -> None:
        if self.errors is not None:
            self.errors.report(exc)
        else:
            report_exception(exc)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Refuse new jobs, ask running ones to cancel, and wait for the threads."""
        self.closed = True
        for job in list(self._jobs):
            job.cancel()
        self.pool.clear()
        done = self.pool.waitForDone(timeout_ms)
        if not done:
            log.warning("background jobs still running at shutdown")
        return bool(done)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Worker", text)


def _attach_progress(job: Job, parent: QWidget) -> None:
    from PySide6.QtWidgets import QProgressDialog  # not on the first paint's path

    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(job.title or _tr("Even geduld"))
    dialog.setLabelText(job.title or _tr("Bezig…"))
    dialog.setCancelButtonText(_tr("Annuleren"))
    dialog.setAccessibleName(_tr("Voortgang"))
    dialog.setRange(0, 0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.reset()  # stays hidden until the timer shows it
    timer = QTimer(dialog)
    timer.setSingleShot(True)

    def show_if_running() -> None:
        if not job.done:
            dialog.show()

    def on_progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def close() -> None:
        timer.stop()
        dialog.hide()
        dialog.deleteLater()

    timer.timeout.connect(show_if_running)
    dialog.canceled.connect(job.cancel)
    job.progressed.connect(on_progress)
    job.ended.connect(close)
    timer.start(PROGRESS_DELAY_MS)
