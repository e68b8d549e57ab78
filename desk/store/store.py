"""The open local store: what the rest of Desk talks to.

Runtime reads and writes use the standard library's ``sqlite3``: SQLAlchemy
costs 0.3-0.5 s and about 34 MiB just to import, which a counter PC should not
pay at every start. The SQLAlchemy models in :mod:`desk.store.models` remain
the schema's source of truth; they drive the Alembic migrations (imported
only when a migration is due) and a test keeps models and migrations equal.
``Store.engine`` gives SQLAlchemy access for tooling, created on first use.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desk import paths
from desk.store import db, meta

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


class Store:
    """Owns this profile's database connections (one per thread).

    Short transactions only: one change, one commit.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._engine: Engine | None = None

    def conn(self) -> sqlite3.Connection:
        """This thread's connection (autocommit mode; use :meth:`tx` to write)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=5.0, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            db.apply_pragmas(conn)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE): commits on success, rolls back on error."""
        conn = self.conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_meta(self, key: str, value: str, conn: sqlite3.Connection | None = None) -> None:
        sql = (
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )
        if conn is not None:
            conn.execute(sql, (key, value))
            return
        with self.tx() as own:
            own.execute(sql, (key, value))

    @property
    def is_training(self) -> bool:
        return self.get_meta(meta.TRAINING) == "1"

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and empty it (after personal data was removed).

        With ``secure_delete`` the database file keeps no removed value; the WAL
        can still hold older page images until this runs. Returns False when a
        reader kept it from finishing (the next checkpoint finishes the job).
        """
        busy, _pages, _moved = self.conn().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning("WAL checkpoint incomplete: a reader was busy")
        return not busy

    def outbox_counts(self) -> dict[str, int]:
        rows = self.conn().execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        return {str(state): int(count) for state, count in rows}

    # -- SQLAlchemy, for tooling and tests only --------------------------
    @property
    def engine(self) -> Engine:
        """A SQLAlchemy engine on the same file, created on first use."""
        if self._engine is None:
            from desk.store.engine import make_engine

            self._engine = make_engine(self.path)
        return self._engine

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A SQLAlchemy write transaction (tooling; runtime code uses :meth:`tx`)."""
        with self.engine.execution_options(write=True).begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                conn.close()
            except sqlite3.ProgrammingError:  # closed from its own thread already
                pass
        self._local = threading.local()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


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
    store = Store(path)
    if store.get_meta(meta.DEVICE_ID) is None:
        from desk.store.records import new_id

        store.set_meta(meta.DEVICE_ID, new_id())
    return store
