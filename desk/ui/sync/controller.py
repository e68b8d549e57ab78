"""Background sync in the GUI: when it runs, the status bar, "Nu synchroniseren".

:class:`SyncController` is the only Qt piece of sync. It schedules runs (at
start, every few minutes, shortly after a change that syncs is announced, when
the network returns, and on demand), runs :func:`desk.app.sync.sync_once`
through ``ctx.worker`` (never on the GUI thread), and shows the result in
``window.sync_label``: online/offline, pending, quarantined, last sync.

Wiring (one line in the bootstrap, after the main window exists)::

    SyncController(ctx, window)

Importing this module is cheap: the HTTP client (``requests``, ``keyring``,
about 0.5 s of imports) is loaded on the worker thread at the first run.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from desk import clock
from desk.domain.days import local
from desk.store.common import from_iso
from desk.ui.messages import tr_message

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from desk.app.sync import SyncStatus
    from desk.config import Config
    from desk.store.store import Store
    from desk.sync.engine import SyncReport
    from desk.ui.context import AppContext, Changes
    from desk.ui.main_window import MainWindow
    from desk.ui.worker import JobControl

log = logging.getLogger(__name__)

#: Wait this long after the last local change before syncing (debounce).
DEBOUNCE_MS = 15_000
#: First run this long after the store is open (the window is usable first).
START_DELAY_MS = 3_000
#: After the network comes back: a short wait, so that the connection has settled.
NETWORK_BACK_DELAY_MS = 2_000


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the UI language; with *n*, the plural form for *n* (``%n`` in *text*)."""
    return QCoreApplication.translate("SyncController", text, disambiguation, n)


class _ControlEvent(threading.Event):
    """A cancel event that is also set when the worker job is cancelled.

    The HTTP client waits on this between retries; the job's own cancel flag
    is checked in short slices so a cancel during a Retry-After wait is
    honoured within a tenth of a second.
    """

    def __init__(self, control: JobControl) -> None:
        super().__init__()
        self._control = control

    def is_set(self) -> bool:
        return super().is_set() or self._control.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = 0.1 if deadline is None else min(0.1, deadline - time.monotonic())
            if left <= 0:
                return False
            super().wait(left)
        return True


def _run(control: JobControl, store: Store, config: Config) -> tuple[SyncReport, SyncStatus]:
    """On the worker thread: one sync, then the status (never touches a widget)."""
    from desk.app import sync

    # The progress text crosses a Qt signal as a plain str: translate it here.
    report = sync.sync_once(
        store, config, cancel=_ControlEvent(control),
        progress=lambda done, total, text: control.progress(done, total, tr_message(text)),
    )
    return report, sync.status(store, config)


def _status_only(store: Store, config: Config) -> SyncStatus:
    from desk.app import sync

    return sync.status(store, config)


def format_when(iso: str | None, now: datetime | None = None) -> str:
    """``14:05`` today, else ``28-11-2026 14:05``; ``nog nooit`` when absent."""
    if not iso:
        return _tr("nog nooit")
    moment = local(from_iso(iso))
    now = local(now or clock.now())
    if moment.date() == now.date():
        return moment.strftime("%H:%M")
    return moment.strftime("%d-%m-%Y %H:%M")


def status_text(data: SyncStatus, online: bool | None) -> str:
    """The status bar line."""
    if data.get("training"):
        return _tr("Oefenprofiel: synchroniseert niet")
    if not data.get("enrolled"):
        return _tr("Synchronisatie: niet aangemeld · {0} in wachtrij").format(data["pending"])
    parts = [
        _tr("Online") if online else (_tr("Offline") if online is False else _tr("Synchronisatie")),
        _tr("{0} in wachtrij").format(data["pending"]),
    ]
    if data.get("quarantined"):
        # Plain words: what the server refused waits in Bestand → Synchronisatieproblemen.
        parts.append(_tr("%n geweigerd door de server", "", data["quarantined"]))
    if data.get("conflicts"):
        parts.append(_tr("%n conflicten", "", data["conflicts"]))
    if data.get("unreadable"):
        parts.append(_tr("{0} onleesbaar ontvangen").format(data["unreadable"]))
    parts.append(_tr("laatste sync {0}").format(format_when(data.get("last_sync"))))
    return " · ".join(parts)


class SyncController(QObject):
    """Schedules and runs sync, and keeps the status bar up to date.

    Signals:
        finished(object): a run ended; payload is the ``SyncReport`` (or None if it
            could not start).
        status_changed(object): the status of :func:`desk.app.sync.status` (a SyncStatus).
    """

    finished = Signal(object)
    status_changed = Signal(object)

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.running = False
        self.online: bool | None = None
        self.last_status: SyncStatus | None = None
        self._again = False
        self._notices: set[str] = set()

        self.sync_action = QAction(_tr("&Nu synchroniseren"), window)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setStatusTip(_tr("Wijzigingen nu verzenden en ophalen"))
        self.sync_action.triggered.connect(lambda: self.sync_now(interactive=True))
        window.add_action("file", self.sync_action)
        self.enroll_action = QAction(_tr("Aan&melden bij de centrale server…"), window)
        self.enroll_action.triggered.connect(self.show_enroll_dialog)
        window.add_action("file", self.enroll_action)
        self.issues_action = QAction(_tr("Synchronisatie&problemen…"), window)
        self.issues_action.setStatusTip(
            _tr("Geweigerde wijzigingen en conflicten bekijken en oplossen")
        )
        self.issues_action.triggered.connect(self.show_issues_dialog)
        window.add_action("file", self.issues_action)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(lambda: self.sync_now(interactive=False))
        self.periodic = QTimer(self)
        self.periodic.setInterval(max(1, int(ctx.config.sync_interval_minutes)) * 60_000)
        self.periodic.timeout.connect(lambda: self.sync_now(interactive=False))
        ctx.changed.connect(self._changed)
        ctx.when_store(self._store_ready)
        self._watch_network()

    # -- scheduling --------------------------------------------------------------------------

    def _store_ready(self, store: Store) -> None:
        self.refresh()
        if not store.is_training:
            self.periodic.start()
            QTimer.singleShot(START_DELAY_MS, self, lambda: self.sync_now(interactive=False))

    def _changed(self, changes: Changes) -> None:
        if changes.syncs:
            self.schedule()

    def schedule(self) -> None:
        """A local change: sync shortly, once the changes have settled."""
        self.refresh()
        # With its interval: start(ms) after the network came back changed it.
        self.debounce.start(DEBOUNCE_MS)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        try:
            if not QNetworkInformation.loadDefaultBackend():
                return
        except Exception:  # no backend on this platform: the timer still covers it
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self.network_changed)

    def network_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """The network came back (or went): when it is back, sync in a moment."""
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            log.info("network back: sync soon")
            self.debounce.start(NETWORK_BACK_DELAY_MS)

    # -- running -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the status (on the worker: it may touch the keyring)."""
        store = self.ctx.store
        if store is None:
            return
        self.ctx.worker.submit(
            _status_only, store, self.ctx.config, on_done=self._show_status,
            on_error=lambda exc: log.warning("sync status: %s", exc),
            title=_tr("Synchronisatiestatus"),
        )  # fmt: skip

    def sync_now(self, interactive: bool = True) -> None:
        """Start a run; while one runs, another one follows it."""
        store = self.ctx.store
        if store is None:
            return
        if self.running:
            self._again = True
            return
        if store.is_training:
            if interactive:
                from desk.sync.enrollment import TrainingProfile

                self.ctx.errors.report(TrainingProfile())
            return
        self.running = True
        self.sync_action.setEnabled(False)
        self.window.sync_label.setText(_tr("Synchroniseren…"))
        self.ctx.worker.submit(
            _run,
            store,
            self.ctx.config,
            pass_control=True,
            on_done=self._done,
            on_error=lambda exc: self._failed(exc, interactive),
            on_cancel=self._cancelled,
            title=_tr("Synchroniseren met de centrale server"),
            progress_parent=self.window if interactive else None,
        )

    def _end(self) -> None:
        self.running = False
        self.sync_action.setEnabled(True)
        if self._again:
            self._again = False
            self.debounce.start(0)

    def _done(self, result: tuple[SyncReport, SyncStatus]) -> None:
        from desk.sync.client import (
            Cancelled,
            ProxyRefused,
            TimedOut,
            TokenInvalid,
            Unreachable,
            UpdateRequired,
        )

        report, status = result
        error = report.error
        if error is None:
            self.online = True
        elif isinstance(error, (Unreachable, TimedOut, ProxyRefused)):
            self.online = False
        elif isinstance(error, Cancelled):
            pass  # says nothing about the network
        else:
            self.online = True
        self._show_status(status)
        # The core's messages, in the employee's language.
        tip = [", ".join(tr_message(part) for part in report.summary_parts())]
        if error is not None:
            tip.append(tr_message(error.message))
        tip.extend(tr_message(w) for w in report.warnings)
        self.window.sync_label.setToolTip("\n".join(tip))
        if isinstance(error, (TokenInvalid, UpdateRequired)):
            self._notice(type(error).__name__, tr_message(error.message))
        for warning in report.warnings:
            self.window.statusBar().showMessage(tr_message(warning), 10_000)
        self._end()
        self.finished.emit(report)
        self.ctx.synced.emit(report)

    def _failed(self, exc: BaseException, interactive: bool) -> None:
        from desk.sync.client import SyncError

        self._end()
        if isinstance(exc, SyncError):
            self.window.sync_label.setToolTip(tr_message(exc.message))
            if interactive:
                self.ctx.errors.report(exc)
        elif isinstance(exc, Exception) and getattr(exc, "message", None):
            # KeyringUnavailable and other DeskErrors: the app keeps working offline.
            self.window.sync_label.setToolTip(tr_message(getattr(exc, "message", "")))
            if interactive:
                self.ctx.errors.report(exc)
        else:
            self.ctx.errors.report(exc)
        self.refresh()
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self._end()
        self.refresh()
        self.finished.emit(None)

    def _show_status(self, data: SyncStatus) -> None:
        self.last_status = data
        self._first_run_prompt(data)
        self.window.sync_label.setText(status_text(data, self.online))
        keyring = data.get("keyring") or {}
        where = _tr("Toestelsleutel: {0}").format(keyring.get("where", "?"))
        skew = data.get("clock_skew_seconds")
        if skew and abs(skew) > 300:
            where += "\n" + _tr("De klok van deze computer wijkt af van de server.")
        if not self.window.sync_label.toolTip():
            self.window.sync_label.setToolTip(where)
        if data.get("enrolled") and keyring.get("usable") and not keyring.get("encrypts"):
            self._notice(
                "keyring",
                _tr("De toestelsleutel staat in {0}, die de geheimen niet versleutelt. Vraag IT "
                    "om een versleutelde sleutelbos te kiezen.").format(keyring.get("where")),
            )  # fmt: skip
        self.status_changed.emit(data)

    def _notice(self, key: str, text: str) -> None:
        """A warning banner, once per kind per session."""
        if key in self._notices:
            return
        self._notices.add(key)
        self.window.notices.add(text, kind="warning")

    # -- enrollment --------------------------------------------------------------------------

    def _first_run_prompt(self, data: SyncStatus) -> None:
        """First run on a machine whose config names a server: offer enrollment, once."""
        if data.get("enrolled") or data.get("training") or not self.ctx.config.server_url:
            return
        from desk.ui import first_run

        if first_run.wanted(self.ctx):
            return  # the first-run step offers enrolment itself
        key = first_run.ENROLL_PROMPTED_KEY
        if self.ctx.settings.value(key, False, type=bool):
            return
        self.ctx.settings.setValue(key, True)
        QTimer.singleShot(0, self, self.show_enroll_dialog)

    def show_issues_dialog(self) -> None:
        from desk.ui.sync.issues_dialog import SyncIssuesDialog

        SyncIssuesDialog(self.ctx, self.window).open()

    def show_enroll_dialog(self) -> None:
        from desk.ui.sync.enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self.ctx, self.window)
        dialog.enrolled.connect(lambda _e: self.sync_now(interactive=False))
        dialog.open()
