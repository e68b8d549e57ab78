"""Saving and exporting: a file dialog that starts in a folder that exists, and a word
about where the result went.

Every save or export in Desk goes through these: the dialog starts in the folder the
employee used last for that kind of file (else Documents, else home:
:mod:`desk.ui.files`), and the result is confirmed with its full path in the main
window (a closable notice and the status bar). Why a save failed is said by the
error display (:class:`desk.ui.errors.ErrorDisplay`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from desk.ui.context import AppContext
from desk.ui.files import remember_folder, start_folder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Saving", text)


def ask_save_path(parent: QWidget, ctx: AppContext, key: str, title: str, filename: str,
                  file_filter: str) -> Path | None:
    """Where to save *filename*; ``None`` when the employee cancelled."""
    folder = start_folder(ctx.settings, f"folders/{key}")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(folder / filename), file_filter)
    if not name:
        return None
    path = Path(name)
    remember_folder(ctx.settings, f"folders/{key}", path)
    return path


def ask_open_path(parent: QWidget, ctx: AppContext, key: str, title: str,
                  file_filter: str) -> Path | None:
    """Which file to open; ``None`` when the employee cancelled."""
    folder = start_folder(ctx.settings, f"folders/{key}")
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    if not name:
        return None
    path = Path(name)
    remember_folder(ctx.settings, f"folders/{key}", path)
    return path


def ask_folder(parent: QWidget, ctx: AppContext, key: str, title: str) -> Path | None:
    """A folder to write into; ``None`` when the employee cancelled."""
    folder = start_folder(ctx.settings, f"folders/{key}")
    name = QFileDialog.getExistingDirectory(parent, title, str(folder))
    if not name:
        return None
    path = Path(name)
    ctx.settings.setValue(f"folders/{key}", str(path))
    return path


def tell_saved(widget: QWidget, text: str) -> None:
    """Say where a result went: a notice in the main window and its status bar."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
        notices = getattr(window, "notices", None)
        if notices is not None:
            notices.add(text, kind="info")


def saved_to(what: str, path: Path) -> str:
    """"<what> bewaard in <folder> als <file>.": the whole place, never only a name."""
    return _tr("{0} bewaard: {1} (in de map {2}).").format(what, path.name, path.parent)
