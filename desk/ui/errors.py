"""The one error display.

Environment faults (:class:`desk.errors.EnvironmentFault`) and input errors
show their Dutch message. Anything else is a bug: it is logged with its
traceback and shown once per kind and place, so a loop of the same error does
not bury the employee under dialogs.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import DeskError
from desk.ui.messages import tr_message

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDisplay", text)


class ErrorDisplay(QObject):
    """Shows errors on the GUI thread; safe to call from any thread."""

    _show = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen: set[tuple[str, str]] = set()
        self.shown: list[str] = []  # what was shown, for tests and diagnostics
        self.interactive = True
        self._show.connect(self._display)

    def report(self, exc: BaseException) -> None:
        self._show.emit(exc)

    @Slot(object)
    def _display(self, exc: BaseException) -> None:
        # Imported here: QMessageBox costs the first paint ~10 M instructions.
        from PySide6.QtWidgets import QMessageBox

        if isinstance(exc, DeskError):
            log.warning("%s: %s", type(exc).__name__, exc.detail or "see message")
            self._message(QMessageBox.Icon.Warning, _tr("Desk"), tr_message(exc.message))
            return
        tb = exc.__traceback__
        where = ""
        if tb is not None:
            frames = traceback.extract_tb(tb)
            if frames:
                where = f"{frames[-1].filename}:{frames[-1].lineno}"
        log.error("unexpected error", exc_info=(type(exc), exc, tb))
        key = (type(exc).__name__, where)
        if key in self._seen:
            return
        self._seen.add(key)
        self._message(
            QMessageBox.Icon.Critical,
            _tr("Er ging iets mis"),
            _tr(
                "Er liep iets mis in Desk. Uw gegevens zijn bewaard. "
                "De fout is in het logboek geschreven; meld ze aan de helpdesk "
                "(Help → Diagnose voor helpdesk)."
            ),
            detail=f"{type(exc).__name__}: {where}",
        )

    def _message(self, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        self.shown.append(text)
        if not self.interactive:
            return
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAccessibleName(title)
        if detail:
            box.setDetailedText(detail)
        box.open()

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc.with_traceback(tb))


_display: ErrorDisplay | None = None


def install(display: ErrorDisplay) -> None:
    """Make *display* the process-wide handler for uncaught exceptions."""
    global _display
    _display = display
    sys.excepthook = display.excepthook


def report_exception(exc: BaseException) -> None:
    if _display is not None:
        _display.report(exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
