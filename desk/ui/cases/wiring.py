"""What the case log adds to the whole application, from the start.

:func:`install` is called once by the bootstrap right after the main window
exists (the case-log page itself is built only when first shown). It adds
the global quick-log shortcut (Ctrl+L), logs finished guide sessions,
shows the follow-ups due today, restores an
unsaved quick-log draft, and runs the retention purge at start and daily.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from desk import clock
from desk.store.cases import CaseQuery, CaseRepository
from desk.ui.context import AppContext, Changes
from desk.ui.ops import WriteOp

if TYPE_CHECKING:
    from desk.store.store import Store
    from desk.ui.cases.quick_log import QuickLogDialog
    from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DAY_MS = 24 * 60 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseLog", text)


class CaseLog(QObject):
    """The case log's application-wide part (one per main window).

    Signals:
        follow_ups_counted(int): the open follow-ups due today or earlier were counted.
    """

    follow_ups_counted = Signal(int)

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.repo: CaseRepository | None = None
        self.dialog: QuickLogDialog | None = None
        self._pending: list[Any] = []
        self.action = QAction(_tr("Contact &loggen…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        # From anywhere in Desk, also from the citizen view or a guide window.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(_tr("Een geholpen burger loggen (Ctrl+L)"))
        self.action.triggered.connect(lambda: self.open_quick_log())
        window.add_action("file", self.action)
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(DAY_MS)
        self.retention_timer.timeout.connect(self.run_retention)
        self.follow_up_notice: Any = None
        ctx.guide_session_finished.connect(self.log_session)
        ctx.changed.connect(self._changed)
        window.area_changed.connect(self._area_changed)
        ctx.when_store(self._store_ready)

    def _changed(self, changes: Changes) -> None:
        if changes.cases:
            self.show_follow_ups()

    def _area_changed(self, key: str) -> None:
        # The Logboek shows the same count in its own bar, with a button to list them:
        # one announcement is enough once the employee is there.
        if key == "cases" and self.follow_up_notice is not None:
            self.follow_up_notice.hide()

    # -- start-up ------------------------------------------------------------------------
    def _store_ready(self, store: Store) -> None:
        self.repo = CaseRepository(store)
        self.show_follow_ups()
        self.restore_drafts()
        for session in self._pending:
            self.log_session(session)
        self._pending.clear()
        self.run_retention()
        self.retention_timer.start()

    def show_follow_ups(self) -> None:
        if self.repo is None:
            return
        repo = self.repo
        today = clock.today()

        def count() -> tuple[int, int]:
            due = repo.count(CaseQuery(follow_up_due=True, today=today))
            earlier = repo.count(CaseQuery(follow_up_due=True, today=today - timedelta(days=1)))
            return due, due - earlier

        self.ctx.worker.submit(count, on_done=self._show_follow_up_notice,
                               title=_tr("Opvolgingen tellen"))

    def _show_follow_up_notice(self, counts: tuple[int, int]) -> None:
        due, for_today = counts
        if self.follow_up_notice is not None:
            self.follow_up_notice.hide()
            self.follow_up_notice = None
        if due:
            self.follow_up_notice = self.window.notices.add(
                _tr("Opvolgingen: {0} voor vandaag, {1} achterstallig. "
                    "Zie Logboek → ‘Opvolging te doen’.").format(for_today, due - for_today))
        self.follow_ups_counted.emit(due)

    def restore_drafts(self) -> None:
        if self.repo is None:
            return
        keys = self.repo.drafts()
        if not keys:
            return
        payload = self.repo.load_draft(keys[0])
        if payload is None:
            repo, key = self.repo, keys[0]
            WriteOp(self.ctx, lambda _control: repo.discard_draft(key), changes=Changes(),
                    title="unreadable quick-log draft discarded").run()
            return
        from desk.ui.cases.quick_log import dialog_from_draft

        self.window.notices.add(
            _tr("Een contact dat nog niet bewaard was, is hersteld. Kijk het na en bewaar."))
        self._show(dialog_from_draft(self.ctx, self.repo, payload, self.window))

    def run_retention(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        days = self.ctx.config.retention_days

        def purge(_control: object) -> int:
            from desk.store.retention import purge_personal

            return purge_personal(store, days).purged

        WriteOp(self.ctx, purge, changes=Changes(),
                on_done=lambda n: log.info("retention purge: %s", n),
                title=_tr("Bewaartermijn toepassen")).run()

    # -- quick log -----------------------------------------------------------------------
    def _show(self, dialog: QuickLogDialog) -> QuickLogDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, dialog: QuickLogDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_quick_log(self, case_id: str | None = None) -> QuickLogDialog | None:
        """Open the quick log (new contact, or *case_id* to edit)."""
        if self.repo is None:
            self.window.statusBar().showMessage(_tr("De databank wordt nog geopend…"), 3000)
            return None
        if self.dialog is not None and self.dialog.case_id == case_id:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from desk.ui.cases.quick_log import QuickLogDialog, dialog_for_case

        if case_id is None:
            return self._show(QuickLogDialog(self.ctx, self.repo, self.window))
        dialog = dialog_for_case(self.ctx, self.repo, case_id, self.window)
        return self._show(dialog) if dialog is not None else None

    def log_session(self, session: Any) -> QuickLogDialog | None:
        """A guide session ended: open the quick log prefilled from it."""
        data = session.to_dict() if hasattr(session, "to_dict") else dict(session)
        if self.repo is None:
            self._pending.append(data)
            return None
        from desk.ui.cases.quick_log import dialog_for_session

        if (self.dialog is not None and self.dialog.guide_session is not None
                and self.dialog.case_id is None):
            self.dialog.merge_session(data)
            return self.dialog
        return self._show(dialog_for_session(self.ctx, self.repo, data, self.window))


def install(window: MainWindow, ctx: AppContext) -> CaseLog:
    """Add the case log's global parts to *window* (once)."""
    if window.case_log is not None:
        return window.case_log
    case_log = CaseLog(window, ctx)
    window.case_log = case_log
    return case_log
