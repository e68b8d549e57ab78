"""Writes off the GUI thread: one lane in order, one announcement, nothing dropped at shutdown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from desk.errors import EnvironmentFault
from desk.ui.context import AppContext, Changes
from desk.ui.ops import WriteOp
from desk.ui.worker import JobControl
from tests.support.gui import make_context


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


def test_a_write_announces_its_changes_once_then_reports(qtbot: Any, ctx: AppContext) -> None:
    events: list[str] = []
    ctx.changed.connect(lambda changes: events.append(f"changed cases={changes.cases}"))
    button = QPushButton("Bewaren")
    qtbot.addWidget(button)
    gui = threading.current_thread()

    def write(_control: JobControl) -> int:
        events.append("written off the GUI thread" if threading.current_thread() is not gui
                      else "written ON the GUI thread")
        return 7

    job = WriteOp(ctx, write, changes=Changes(cases=True), title="t", busy=[button],
                  on_done=lambda n: events.append(f"done {n}")).run()
    assert not button.isEnabled()  # no second click while it is written
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert events == ["written off the GUI thread", "changed cases=True", "done 7"]
    assert button.isEnabled()


def test_nothing_changed_announces_nothing(qtbot: Any, ctx: AppContext) -> None:
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)
    job = WriteOp(ctx, lambda _c: None, changes=Changes(), title="t").run()
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    job = WriteOp(ctx, lambda _c: 0, changes=lambda n: Changes(cases=n > 0), title="t").run()
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert seen == []
    assert Changes(referral_drafts=True) and not Changes(referral_drafts=True).syncs
    assert Changes(referrals=True).syncs and not Changes()


def test_a_failed_write_reaches_the_error_display(qtbot: Any, ctx: AppContext) -> None:
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)
    button = QPushButton("Bewaren")
    qtbot.addWidget(button)

    def full_disk(_control: JobControl) -> None:
        raise EnvironmentFault("De schijf is vol.")

    job = WriteOp(ctx, full_disk, changes=Changes(cases=True), title="t", busy=[button]).run()
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    qtbot.waitUntil(lambda: "De schijf is vol." in ctx.errors.shown, timeout=5000)
    assert seen == [] and button.isEnabled()


def test_callbacks_are_skipped_once_their_widget_is_gone(qtbot: Any, ctx: AppContext) -> None:
    release = threading.Event()
    done: list[int] = []
    seen: list[Changes] = []
    ctx.changed.connect(seen.append)
    owner = QPushButton("Formulier")

    def write(_control: JobControl) -> int:
        release.wait(5)
        return 1

    job = WriteOp(ctx, write, changes=Changes(referral_drafts=True), title="t", parent=owner,
                  on_done=done.append).run()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    release.set()
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert done == [] and seen == [Changes(referral_drafts=True)]  # still announced


def test_writes_run_one_after_another_in_the_order_asked(qtbot: Any, ctx: AppContext) -> None:
    order: list[int] = []
    running = threading.Semaphore(1)

    def write(n: int) -> None:
        assert running.acquire(blocking=False), "two writes at once"
        try:
            threading.Event().wait(0.01 if n % 2 else 0.0)
            order.append(n)
        finally:
            running.release()

    jobs = [ctx.worker.submit(write, n, write=True) for n in range(8)]
    with qtbot.waitSignal(jobs[-1].ended, timeout=5000):
        pass
    assert order == list(range(8))


def test_shutdown_waits_for_queued_writes_and_drops_queued_reads(qtbot: Any,
                                                                 ctx: AppContext) -> None:
    release = threading.Event()
    written: list[str] = []
    read: list[str] = []
    ctx.worker.submit(lambda: release.wait(5), write=True)
    ctx.worker.submit(lambda: written.append("draft"), write=True)
    for _ in range(2):  # keep both reading threads busy, so a third read waits in the queue
        ctx.worker.submit(lambda: release.wait(5))
    ctx.worker.submit(lambda: read.append("count"))
    threading.Timer(0.2, release.set).start()
    assert ctx.worker.shutdown(5000)
    assert written == ["draft"] and read == []
