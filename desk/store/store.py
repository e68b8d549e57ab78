"""The open local store: what the rest of Desk talks to.

:func:`open_store` is the single entry: it checks the location, migrates with
a backup when needed, and returns a :class:`Store` holding the SQLAlchemy
engine. It runs on the background worker after the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select

from desk import paths
from desk.store import db
from desk.store.models import Meta, Outbox

log = logging.getLogger(__name__)


class Store:
    """Owns the engine. Short transactions only: one change, one commit."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.writer = engine.execution_options(write=True)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE); commits on success."""
        with self.writer.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.read() as conn:
            value = conn.execute(select(Meta.value).where(Meta.key == key)).scalar()
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str, conn: Connection | None = None) -> None:
        from sqlalchemy.dialects.sqlite import insert

        stmt = insert(Meta).values(key=key, value=value)
        stmt = stmt.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value})
        if conn is not None:
            conn.execute(stmt)
            return
        with self.write() as own:
            own.execute(stmt)

    @property
    def is_training(self) -> bool:
        return self.get_meta("training") == "1"

    def outbox_counts(self) -> dict[str, int]:
        with self.read() as conn:
            rows = conn.execute(
                select(Outbox.state, func.count()).group_by(Outbox.state)
            ).all()
        return {str(state): int(count) for state, count in rows}

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path | None = None, *, keep_backups: int = 5) -> Store:
    """Open the profile's database, migrating (after a backup) when needed."""
    path = path or paths.database_path()
    result = db.open_database(path)
    try:
        if result.needs_migration:
            from desk.store.migrate import upgrade

            upgrade(
                path,
                result.conn,
                current=result.current_revision,
                is_new=result.is_new,
                backup_dir=paths.backup_dir(),
                keep_backups=keep_backups,
            )
    finally:
        result.conn.close()
    from desk.store.engine import make_engine

    store = Store(path, make_engine(path))
    if store.get_meta("device_id") is None:
        from desk.store.records import new_id

        store.set_meta("device_id", new_id())
    return store
