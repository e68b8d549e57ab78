"""Logging for Desk: one rotating file in the profile, no personal data.

Log messages name record ids, counts and error kinds, never a citizen's name,
contact data or notes, and never a token. Code that logs a record must log its
UUID only.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desk import paths

LOG_FILE = "desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


MAX_BYTES = 1_000_000
BACKUPS = 5


def rotate(log_path: Path, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """Rotate at start-up when the log has grown past *max_bytes* (keeps *backups* old ones).

    Desk logs little, so once per start is enough; it also spares the start-up
    the import of ``logging.handlers`` (about 10 ms).
    """
    try:
        if log_path.stat().st_size < max_bytes:
            return False
    except OSError:
        return False
    for n in range(backups - 1, 0, -1):
        older = log_path.with_name(f"{log_path.name}.{n}")
        if older.exists():
            older.replace(log_path.with_name(f"{log_path.name}.{n + 1}"))
    log_path.replace(log_path.with_name(f"{log_path.name}.1"))
    return True


def setup_logging(*, verbose: bool = False, to_stderr: bool = False) -> Path | None:
    """Attach the rotating file handler (idempotent). Returns the log file or None.

    A profile folder that cannot be written is not fatal here: the caller
    finds out when it opens the store and reports it properly.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log_path = paths.log_dir() / LOG_FILE
    if not any(getattr(h, "_desk", False) for h in root.handlers):
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            rotate(log_path)
            handler: logging.Handler = logging.FileHandler(log_path, encoding="utf-8", delay=True)
        except OSError:
            handler = logging.StreamHandler(sys.stderr)
            log_path = None  # type: ignore[assignment]
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if to_stderr and not any(getattr(h, "_desk_err", False) for h in root.handlers):
        err = logging.StreamHandler(sys.stderr)
        err.setLevel(logging.WARNING)
        err.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        err._desk_err = True  # type: ignore[attr-defined]
        root.addHandler(err)
    return log_path


def last_lines(count: int = 200) -> list[str]:
    """The last lines of the log, for the helpdesk diagnostics."""
    path = paths.log_dir() / LOG_FILE
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-count:]
    except OSError:
        return []
