"""The guides area: the library and the step runner, on one page.

The library loads on the background worker (never on the GUI thread's path
to the first paint), from the shipped guides and the synced guides, with its
cache in the profile. Until it is there, the page says so honestly.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desk import paths
from desk.domain.guides.library import Library, load_library
from desk.domain.guides.model import Guide
from desk.domain.guides.session import Clock, GuideSession
from desk.ui.context import AppContext
from desk.ui.guides.library_view import LibraryView
from desk.ui.guides.reports import GuideReportsDialog, library_titles
from desk.ui.guides.runner import RunnerView
from desk.ui.terms import remember_guides

if TYPE_CHECKING:
    from desk.sync.engine import SyncReport

log = logging.getLogger(__name__)


def guide_dirs() -> list[Path]:
    """Shipped guides first, then synced ones (a higher version there wins)."""
    return [paths.shipped_guides_dir(), paths.synced_guides_dir()]


def cache_file() -> Path:
    return paths.profile_dir() / "cache" / "guides.pickle"


class GuidesPage(QWidget):
    """The guides area.

    Signals:
        library_loaded(Library): the library (re)loaded and is shown.
    """

    library_loaded = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        dirs: list[Path] | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Gidsen"))
        self.dirs = dirs
        self.library: Library | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.library_view = LibraryView(self.stack, today=ctx.clock.today)
        self.runner = RunnerView(ctx, self.stack, clock=clock or ctx.clock.now)
        self.stack.addWidget(self.library_view)
        self.stack.addWidget(self.runner)
        layout.addWidget(self.stack)

        self.library_view.guide_chosen.connect(self.open_guide)
        self.library_view.reports_requested.connect(self.show_reports)
        self.runner.back_to_library.connect(self.show_library)
        self.runner.run_ended.connect(self._sessions_ended)
        ctx.synced.connect(self._after_sync)
        self.reload()

    def _after_sync(self, report: SyncReport) -> None:
        if report.guides:
            self.reload()

    def reload(self) -> None:
        """Load the guides again (at start, and after a sync brought new ones)."""
        dirs = self.dirs if self.dirs is not None else guide_dirs()
        if self.library is None:
            self.library_view.show_loading()
        self.ctx.worker.submit(
            partial(load_library, today=self.ctx.clock.today()),
            dirs,
            cache_file(),
            on_done=self._loaded,
            on_error=self._failed,
            title=self.tr("Gidsen laden"),
        )

    def _loaded(self, library: Library) -> None:
        self.library = library
        self.ctx.guide_titles.update({g.id: g.title for g in library.guides.values()})
        remember_guides(library.guides.values())
        if library.skipped:
            log.warning("%d guide file(s) skipped", len(library.skipped))
        self.library_view.set_library(library)
        self.library_loaded.emit(library)

    def _failed(self, exc: BaseException) -> None:
        self.library_view.show_failed()
        self.ctx.errors.report(exc)

    def open_guide(self, guide: Guide) -> None:
        if self.library is None:
            return
        self.runner.open_guide(guide, self.library)
        self.stack.setCurrentWidget(self.runner)

    def show_reports(self) -> GuideReportsDialog:
        """The "Deze stap klopt niet" reports and the editors' answers."""
        dialog = GuideReportsDialog(self.ctx, self, titles=library_titles(self.library))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library_view)
        self.library_view.focus_search()

    def _sessions_ended(self, sessions: list[GuideSession]) -> None:
        for session in sessions:
            self.ctx.guide_session_finished.emit(session)
