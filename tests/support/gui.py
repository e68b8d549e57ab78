"""GUI test helpers (import only from GUI tests: this module imports Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desk.config import Config, load_config
from desk.ui.context import AppContext
from desk.ui.errors import ErrorDisplay
from desk.ui.worker import Worker


def make_context(tmp_path: Path, config: Config | None = None) -> AppContext:
    """An AppContext as the bootstrap builds it, for tests.

    Errors are recorded (``ctx.errors.shown``) instead of opening dialogs; the
    worker is the test's own (shut it down at the end: ``ctx.worker.shutdown()``);
    window settings live in *tmp_path*.
    """
    errors = ErrorDisplay()
    errors.interactive = False
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(config or load_config(), Worker(errors=errors), errors, settings)


def closed(widget: Any) -> bool:
    """Whether *widget* is closed: hidden, or already deleted (``WA_DeleteOnClose``), so
    a wait for it cannot trip over a deleted C++ object."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()
