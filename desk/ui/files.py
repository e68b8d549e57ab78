"""Where a file dialog starts: a folder that exists, preferably the one used last.

A dialog that opens in a folder that is not there (a Documents folder on a fresh
account, a USB stick pulled out since) lets the employee press Save and get
nothing, without a word. These folders always exist.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def start_folder(settings: QSettings | None = None, key: str = "") -> Path:
    """The folder remembered under *key* if it still exists, else Documents, else home."""
    candidates: list[str] = []
    if settings is not None and key:
        remembered = settings.value(key, "")
        if isinstance(remembered, str) and remembered:
            candidates.append(remembered)
    candidates.append(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    candidates.append(str(Path.home()))
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.cwd()


def remember_folder(settings: QSettings, key: str, path: Path) -> None:
    """Start there next time (the folder of the file just written)."""
    settings.setValue(key, str(path.parent))
