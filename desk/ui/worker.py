"""The one helper for background work.

Disk and network work never runs on the GUI thread for long. Callers submit a
function; it runs on a small private thread pool and its result or error
comes back on the GUI thread. Jobs that take longer than about half a second
show a progress dialog that can cancel them.

Writes to the local database go to their own lane: one thread, in the order
they were submitted (an autosave never lands after the save that replaced
it), and shutdown waits for every queued write instead of dropping it.
Screens rarely call :meth:`Worker.submit` for a write themselves: they use
the typed operations in :mod:`desk.ui.ops`, which also announce what changed.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, TypeVarTuple, overload

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

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


class Cancelled(Exception):
    """Raised inside a job by :meth:`JobControl.check` once cancel was asked."""


class JobControl:
    """Handed to a job function that accepts it: cancellation and progress."""

    def __init__(self, job: Job[Any]) -> None:
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


class Job(QObject, Generic[T]):
    """A submitted piece of work whose result is a ``T``.

    Connect to its outcome with :meth:`on_done` / :meth:`on_error` (typed);
    the callables always run on the GUI thread.

    Signals:
        cancelled(): the job stopped because cancel was asked.
        progressed(int, int, str): done, total (0: unknown), a text.
        ended(): after done, failed or cancelled, once.

    The pool thread emits only the private ``_*`` signals, which reach this
    object (living on the GUI thread) through queued connections; the
    outcome is handed on from there.
    """

    cancelled = Signal()
    progressed = Signal(int, int, str)
    ended = Signal()

    # Qt signals carry no type parameter: the result crosses as a Python object
    # and is handed to the typed callables below.
    _done = Signal(object)
    _failed = Signal(object)
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

    def on_done(self, fn: Callable[[T], object]) -> None:
        """Call ``fn(result)`` on the GUI thread when the job succeeded."""
        self._done.connect(fn)

    def on_error(self, fn: Callable[[BaseException], object]) -> None:
        """Call ``fn(exception)`` on the GUI thread when the job failed."""
        self._failed.connect(fn)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self._done.emit(result)
        self._end()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self._failed.emit(exc)
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


class _Runner(QRunnable, Generic[T]):
    def __init__(self, job: Job[T], call: Callable[[JobControl], T]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job = job
        self.call = call

    def run(self) -> None:
        try:
            result = self.call(self.job.control)
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
    """Runs jobs off the GUI thread; owns its threads and stops them on shutdown.

    Reads run on a small pool (``max_threads``); writes (``write=True``) on a
    single thread of their own, one after the other.
    """

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
        self.writes = QThreadPool()
        self.writes.setMaxThreadCount(1)
        self.writes.setExpiryTimeout(2000)
        self._jobs: set[Job[Any]] = set()

    @overload
    def submit(
        self,
        fn: Callable[[*Ts], T],
        *args: *Ts,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        title: str = "",
        progress_parent: QWidget | None = None,
        pass_control: Literal[False] = False,
        write: bool = False,
    ) -> Job[T]: ...

    @overload
    def submit(
        self,
        fn: Callable[[JobControl, *Ts], T],
        *args: *Ts,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        title: str = "",
        progress_parent: QWidget | None = None,
        pass_control: Literal[True],
        write: bool = False,
    ) -> Job[T]: ...

    def submit(
        self,
        fn: Callable[..., T],
        *args: object,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        title: str = "",
        progress_parent: QWidget | None = None,
        pass_control: bool = False,
        write: bool = False,
    ) -> Job[T]:
        """Run ``fn(*args)`` (or ``fn(control, *args)``) off the GUI thread.

        Args:
            on_done: Called with the result, on the GUI thread.
            on_error: Called with the exception; without it the error display shows it.
            on_cancel: Called when the job stopped because cancel was asked.
            title: What the progress dialog and the log call the job.
            progress_parent: With it, a cancellable progress dialog appears if
                the job is still running after half a second.
            pass_control: Call ``fn(control, *args)`` with the job's :class:`JobControl`.
            write: Run on the write lane (one thread, in submission order, never
                dropped at shutdown).
        """
        job: Job[T] = Job(title)
        if self.closed:
            # Shutting down: nothing new starts (a late timer must not leave
            # work running after the application has said goodbye).
            log.info("job %r refused: worker is shut down", title)
            return job
        self._jobs.add(job)
        if on_done is not None:
            job.on_done(on_done)
        job.on_error(on_error if on_error is not None else self._unhandled)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)
        job.ended.connect(lambda: self._forget(job))
        if progress_parent is not None:
            _attach_progress(job, progress_parent)

        def call(control: JobControl) -> T:
            return fn(control, *args) if pass_control else fn(*args)

        (self.writes if write else self.pool).start(_Runner(job, call))
        return job

    def _forget(self, job: Job[T]) -> None:
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
        """Refuse new jobs, ask running ones to cancel, and wait for the threads.

        Reads that have not started are dropped; writes that have not started
        still run (nothing typed is lost on the way out).
        """
        self.closed = True
        for job in list(self._jobs):
            job.cancel()
        self.pool.clear()
        done = self.pool.waitForDone(timeout_ms) and self.writes.waitForDone(timeout_ms)
        if not done:
            log.warning("background jobs still running at shutdown")
        return bool(done)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Worker", text)


def _attach_progress(job: Job[T], parent: QWidget) -> None:
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
