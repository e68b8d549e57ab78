"""Schema migrations with a backup first.

Only reached when the database is behind :data:`SCHEMA_HEAD` (or new), so the
cost of importing Alembic is paid once per upgrade, never on a normal start.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desk.errors import StoreError
from desk.messages import msg
from desk.store.backup import backup_database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def alembic_head() -> str:
    """Alembic's own idea of the head revision (used by a consistency test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))  # type: ignore[arg-type]
    head = script.get_current_head()
    assert head is not None
    return head


def upgrade(
    db_path: Path,
    conn: sqlite3.Connection,
    *,
    current: str | None,
    is_new: bool,
    backup_dir: Path,
    keep_backups: int = 5,
) -> Path | None:
    """Back up (unless the database is brand new), then upgrade to head.

    Returns the backup path. A failed migration leaves the backup in place
    and raises :class:`StoreError`; the database itself is never deleted.
    """
    backup: Path | None = None
    if not is_new:
        label = f"voor-migratie-{current or 'onbekend'}"
        backup = backup_database(conn, backup_dir, label=label, keep=keep_backups)
    from alembic import command

    from desk.store.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.connect() as connection:
            cfg = alembic_config(str(engine.url))
            cfg.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(cfg, "head")  # type: ignore[arg-type]
            connection.commit()
    except Exception as exc:
        log.exception("migration failed")
        if backup:
            message = msg(
                "De databank kon niet worden bijgewerkt naar de nieuwe versie. "
                "De reservekopie staat in {0}.",
                str(backup),
            )
        else:
            message = msg("De databank kon niet worden bijgewerkt naar de nieuwe versie.")
        raise StoreError(
            message,
            detail=type(exc).__name__,
        ) from exc
    finally:
        engine.dispose()
    log.info("database migrated from %s to head", current)
    return backup
