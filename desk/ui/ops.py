"""Writes off the GUI thread that say what they changed (after Anki's ``CollectionOp``).

A screen describes a write once::

    WriteOp(ctx, lambda _control: repo.delete(case_id), changes=Changes(cases=True),
            title=_tr("Contact verwijderen"), parent=self).run()

and :class:`WriteOp` does the rest the same way every time:

* the function runs on the worker's write lane (:mod:`desk.ui.worker`): one
  thread, in the order the writes were asked for, never dropped at shutdown;
* the ``busy`` widgets are disabled while it runs, so a save cannot be
  submitted twice;
* on success the context announces ``changes`` once
  (:meth:`desk.ui.context.AppContext.announce`): the lists refresh and a sync
  is scheduled; then ``on_done(result)`` runs;
* on failure ``on_error(exc)`` runs, or the error display shows it.

When ``parent`` is gone by the time the write ends (a dialog closed while its
draft was being kept), the callbacks are skipped; the announcement still
happens and an error still reaches the error display.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from desk.ui.context import AppContext, Changes
from desk.ui.worker import Job, JobControl

T = TypeVar("T")


class WriteOp(Generic[T]):
    """One write to the local store, run off the GUI thread.

    Args:
        ctx: The application context (worker, error display, announcements).
        op: The write, given the job's :class:`JobControl` (to report progress or
            stop between steps); runs on the write lane and never touches a widget.
        changes: What the write changes, or a function of its result that says so.
        title: What the progress dialog shows (translated) and the log names; without
            ``progress`` it is only logged.
        parent: The widget the result is for; callbacks are skipped once it is gone.
        busy: Widgets disabled while the write runs.
        on_done: Called with the result on the GUI thread, after the announcement.
        on_error: Called with the exception on the GUI thread.
        progress: Show a cancellable progress dialog over *parent* after half a second.
    """

    def __init__(
        self,
        ctx: AppContext,
        op: Callable[[JobControl], T],
        *,
        changes: Changes | Callable[[T], Changes],
        title: str,
        parent: QWidget | None = None,
        busy: Sequence[QWidget] = (),
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        progress: bool = False,
    ) -> None:
        self.ctx = ctx
        self.op = op
        self.changes = changes
        self.title = title
        self.parent = parent
        self.busy = tuple(busy)
        self.on_done = on_done
        self.on_error = on_error
        self.progress = progress

    def run(self) -> Job[T]:
        """Start the write; returns its job (``job.ended`` fires once it is over)."""
        for widget in self.busy:
            widget.setEnabled(False)
        # Closures, not bound methods: Qt holds a bound method of a plain Python
        # object only weakly, and nothing else keeps this operation alive.
        return self.ctx.worker.submit(
            self.op,
            pass_control=True,
            on_done=lambda result: self._done(result),
            on_error=lambda exc: self._failed(exc),
            on_cancel=lambda: self._cancelled(),
            title=self.title,
            progress_parent=self.parent if self.progress else None,
            write=True,
        )

    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _release(self) -> None:
        for widget in self.busy:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)

    def _done(self, result: T) -> None:
        self._release()
        changes = self.changes(result) if callable(self.changes) else self.changes
        self.ctx.announce(changes)
        if self.on_done is not None and self._alive():
            self.on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._release()
        if self.on_error is not None and self._alive():
            self.on_error(exc)
        else:
            self.ctx.errors.report(exc)

    def _cancelled(self) -> None:
        # A write that was stopped may have been written before it noticed:
        # the lists must show what is stored, so a known change is announced anyway.
        self._release()
        if not callable(self.changes):
            self.ctx.announce(self.changes)
