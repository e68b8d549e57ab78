"""What every screen gets: config, the worker, the error display, the store.

Screens never reach for globals; the bootstrap builds one :class:`AppContext`
and hands it to the main window, which hands it on to each area. Screens tell
the time only through ``ctx.clock``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from desk.clock import Clock, current
from desk.config import Config
from desk.ui.errors import ErrorDisplay
from desk.ui.worker import Worker

if TYPE_CHECKING:
    from desk.store.store import Store


class AppContext(QObject):
    store_ready = Signal(object)
    #: A guide run ended (finished or stopped); payload: desk.domain.guides.session.GuideSession.
    guide_session_finished = Signal(object)
    #: Cases were added, changed or deleted (the case list refreshes).
    cases_changed = Signal()
    #: Anything that syncs changed locally (sync is scheduled shortly after).
    local_change = Signal()
    #: Sync status for the status bar; payload is the dict of desk.sync.service.status().
    sync_status = Signal(object)
    #: A sync run ended; payload: desk.sync.engine.SyncReport (e.g. new guides arrived).
    synced = Signal(object)
    #: The user changed their settings; payload: the new desk.config.Config.
    config_changed = Signal(object)

    def __init__(
        self,
        config: Config,
        worker: Worker,
        errors: ErrorDisplay,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        #: The one clock (desk.clock): "now" and the office's local "today" for every screen.
        self.clock: Clock = clock or current()
        self.config = config
        self.worker = worker
        self.errors = errors
        self.settings = settings
        self.store: Store | None = None
        self._waiting: list[Callable[[Store], Any]] = []

    def set_store(self, store: Store) -> None:
        self.store = store
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn(store)
        self.store_ready.emit(store)

    def when_store(self, fn: Callable[[Store], Any]) -> None:
        """Call ``fn(store)`` now if the store is open, else as soon as it is."""
        if self.store is not None:
            fn(self.store)
        else:
            self._waiting.append(fn)
