"""Logging for Desk: one rotating file in the profile, no personal data.

Log messages name record ids, counts and error kinds, never a citizen's name,
contact data or notes, and never a token. Code that logs a record must log its
UUID only.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from desk import paths

LOG_FILE = "desk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
            )
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
