"""Online backups of the desk database (SQLite backup API).

Taken before every migration, so that a failed or faulty upgrade never costs
a logged contact. Only the newest ``keep`` backups are kept.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desk import clock

log = logging.getLogger(__name__)

DEFAULT_KEEP = 5


def backup_database(
    conn: sqlite3.Connection, backup_dir: Path, *, label: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the live database into *backup_dir* and prune old copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"desk-{stamp}-{label}.db"
    # Never write into an earlier backup: two backups can share a stamp (a clock
    # set back, or a frozen one in training and tests). The suffix sorts after it.
    n = 0
    while target.exists():
        n += 1
        target = backup_dir / f"desk-{stamp}.{n:03d}-{label}.db"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("backup written: %s", target.name)
    prune_backups(backup_dir, keep=keep)
    return target


def prune_backups(backup_dir: Path, *, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest *keep* backups; return what was removed."""
    backups = sorted(backup_dir.glob("desk-*.db"))
    removed = backups[:-keep] if keep > 0 else backups
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
