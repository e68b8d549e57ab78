"""What every screen gets: config, the worker, the error display, the store.

Screens never reach for globals; the bootstrap builds one :class:`AppContext`
and hands it to the main window, which hands it on to each area. Screens tell
the time only through ``ctx.clock``.

A write announces what it changed once, here (:meth:`AppContext.announce`,
called by :class:`desk.ui.ops.WriteOp`); the screens that show those records
and the sync scheduler listen to :attr:`AppContext.changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from desk.clock import Clock, current
from desk.config import Config
from desk.ui.errors import ErrorDisplay
from desk.ui.worker import Worker

if TYPE_CHECKING:
    from desk.store.store import Store


@dataclass(frozen=True)
class Changes:
    """What a write changed in the local store.

    Attributes:
        cases: Cases were added, changed or deleted (they sync).
        referrals: Referrals changed (they sync).
        referral_drafts: Referral drafts changed (local only, never synced).
        guide_reports: A "Deze stap klopt niet" report was saved (they sync).
    """

    cases: bool = False
    referrals: bool = False
    referral_drafts: bool = False
    guide_reports: bool = False

    @property
    def syncs(self) -> bool:
        """Something that syncs changed: a sync should follow shortly."""
        return self.cases or self.referrals or self.guide_reports

    def __bool__(self) -> bool:
        return self.cases or self.referrals or self.referral_drafts or self.guide_reports


@dataclass(frozen=True)
class ReferralRequest:
    """A referral to start, pre-filled: from a "not possible" ending or contact.

    Attributes:
        needs: Need codes to tick (``desk.domain.vocab.referral_for_reason``).
        barriers: Barrier codes to tick.
        case_id: The logged contact to link it to, once it is saved.
        staff: Who logged that contact, where no short name is set yet.
        office: Where it was logged, where no office is set yet.
    """

    needs: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    case_id: str | None = None
    staff: str = ""
    office: str = ""


class AppContext(QObject):
    """The application's shared parts, handed to every screen.

    Signals:
        store_ready(object): the store was opened; payload: desk.store.store.Store.
        guide_session_finished(object): a guide run ended (finished or stopped);
            payload: desk.domain.guides.session.GuideSession.
        changed(Changes): a write changed local records (see :meth:`announce`).
        synced(object): a sync run ended; payload: desk.sync.engine.SyncReport
            (e.g. new guides arrived).
        referral_requested(object): someone wants to refer the citizen (a guide that
            ended "not possible", a contact logged so); payload: :class:`ReferralRequest`.
    """

    store_ready = Signal(object)
    guide_session_finished = Signal(object)
    changed = Signal(Changes)
    synced = Signal(object)
    referral_requested = Signal(object)

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
        self._waiting: list[Callable[[Store], object]] = []
        #: Guide id -> title, from the loaded guide library: screens name a guide by its
        #: title, never by its id (see :meth:`guide_title`).
        self.guide_titles: dict[str, str] = {}

    def guide_title(self, guide_id: str) -> str:
        """The guide's title; before the library is loaded, its id in words."""
        from desk.ui.terms import guide_name

        return self.guide_titles.get(guide_id) or guide_name(guide_id)

    def set_store(self, store: Store) -> None:
        self.store = store
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn(store)
        self.store_ready.emit(store)

    def when_store(self, fn: Callable[[Store], object]) -> None:
        """Call ``fn(store)`` now if the store is open, else as soon as it is."""
        if self.store is not None:
            fn(self.store)
        else:
            self._waiting.append(fn)

    def announce(self, changes: Changes) -> None:
        """Tell every listener what a write changed (once; nothing when nothing changed)."""
        if changes:
            self.changed.emit(changes)
