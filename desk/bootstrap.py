"""The one place that wires the Desk application together.

Order matters for start-up time: the main window is built and painted with
only Qt and the config (tomllib) imported. The local store, which needs
SQLAlchemy, is opened on the background worker after the first paint; the
areas fill in when it is ready.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.store.store import Store
    from desk.ui.context import AppContext
    from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _display_problem() -> str | None:
    """Why Qt would not find a display, before Qt aborts the process over it."""
    if not sys.platform.startswith("linux"):
        return None
    platform_name = os.environ.get("QT_QPA_PLATFORM", "")
    if platform_name and not platform_name.startswith(("xcb", "wayland")):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Desk vindt geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld). "
        "Start Desk in een grafische sessie, of gebruik QT_QPA_PLATFORM=offscreen voor tests."
    )


def wire_areas(window: MainWindow, ctx: AppContext) -> None:
    """The areas' application-wide parts: global shortcuts, automatic logging,
    follow-up notices, retention, background sync, helpdesk diagnostics, the
    window icon. They need the store or are not needed for the first look, so
    they are wired once the store is open (after the first paint)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desk import paths
    from desk.ui import first_run
    from desk.ui.cases import install as install_case_log
    from desk.ui.diagnostics import install as install_diagnostics
    from desk.ui.sync.controller import SyncController

    QApplication.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "desk.png")))
    install_case_log(window, ctx)
    sync = SyncController(ctx, window)
    install_diagnostics(window, ctx)
    # A new profile: short name, office, language and enrolment, once, not blocking.
    first_run.install(window, ctx, sync)


def run_gui(*, quit_when_ready: bool = False, t0_ms: Callable[[], float]) -> int:
    problem = _display_problem()
    if problem:
        log.error("no display available")
        print(problem, file=sys.stderr)
        return 2

    # Pure-Python parts first: every module imported after PySide6 goes
    # through PySide's import hook, which reads the module's source to look
    # for "PySide6".
    from desk import __version__, clock, paths
    from desk.config import load_config
    from desk.errors import DeskError

    config = load_config()

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desk.ui import errors as error_ui
    from desk.ui.context import AppContext
    from desk.ui.i18n import install_translations
    from desk.ui.main_window import MainWindow
    from desk.ui.messages import tr_message
    from desk.ui.worker import Worker

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Desk")
    app.setOrganizationName("W13")
    app.setApplicationVersion(__version__)

    install_translations(app, config.language)
    from desk.ui import fit

    fit.install(app)  # every window and dialog inside the screen's free area
    from desk.ui.theme import apply_theme

    apply_theme(app, high_contrast=config.high_contrast)
    errors = error_ui.ErrorDisplay(app)
    errors.interactive = not quit_when_ready
    error_ui.install(errors)
    settings = QSettings(str(paths.profile_dir() / "ui-state.ini"), QSettings.Format.IniFormat)
    worker = Worker(errors=errors, parent=app)
    ctx = AppContext(config, worker, errors, settings, parent=app, clock=clock.current())

    window = MainWindow(ctx)
    window.restore_geometry()

    for problem_ in config.problems:
        window.notices.add(
            QApplication.translate("Bootstrap", "Configuratieprobleem: {0}").format(
                tr_message(problem_.message)
            ),
            kind="warning",
        )

    timings: dict[str, float] = {}
    exit_code = {"value": 0}

    def fail(exc: BaseException) -> None:
        if isinstance(exc, DeskError):
            log.error("store could not be opened: %s", exc.detail or type(exc).__name__)
            message = tr_message(exc.message)
        else:
            log.error("store could not be opened", exc_info=(type(exc), exc, exc.__traceback__))
            message = QApplication.translate(
                "Bootstrap", "De lokale databank kon niet worden geopend. Zie het logboek."
            )
        exit_code["value"] = 2
        print(message, file=sys.stderr)
        if quit_when_ready:
            app.exit(2)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "Desk", message,
                          QMessageBox.StandardButton.Ok, window)
        box.setAccessibleName(QApplication.translate("Bootstrap", "Databank niet beschikbaar"))
        box.finished.connect(lambda _r: app.exit(2))
        box.open()

    def store_opened(store: Store) -> None:
        timings["ready_ms"] = t0_ms()
        if quit_when_ready:
            import json

            # Ready means painted and the store open: report it and leave
            # before the work that follows "ready" (areas, sync) starts.
            print(json.dumps({
                "first_paint_ms": round(timings["first_paint_ms"], 1),
                "ready_ms": round(timings["ready_ms"], 1),
            }), flush=True)
            ctx.store = store  # closed on the way out
            window.close()
            app.exit(0)
            return
        ctx.set_store(store)
        # The areas' application-wide parts (global shortcuts, automatic
        # logging, notices, timers) need the store; wire them once it is open.
        QTimer.singleShot(0, lambda: wire_areas(window, ctx))

    def open_store() -> Store:
        from desk.store.store import open_store as _open

        return _open()

    def on_first_paint() -> None:
        timings["first_paint_ms"] = t0_ms()
        worker.submit(open_store, on_done=store_opened, on_error=fail,
                      title=QApplication.translate("Bootstrap", "Databank openen"))

    window.first_painted.connect(on_first_paint)
    window.show()
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    worker.shutdown()
    if ctx.store is not None:
        ctx.store.close()
    return exit_code["value"] or int(code)
