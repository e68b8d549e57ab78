"""The SQLAlchemy engine for the desk database.

Imported only after the first paint (on the background worker), because
SQLAlchemy costs 0.2-0.3 s to import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from desk.store.db import apply_pragmas


def make_engine(url_or_path: str | Path | None) -> Engine:
    url = str(url_or_path)
    if not url.startswith("sqlite"):
        url = f"sqlite:///{url}"
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 5.0, "isolation_level": None},
        pool_size=4,
        max_overflow=2,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None).
        # Writers say so with ``execution_options(write=True)`` and take the
        # write lock up front (BEGIN IMMEDIATE), so two writers never fail
        # half-way through a transaction; readers use a plain deferred BEGIN
        # and, thanks to WAL, never wait for a writer.
        if conn.get_execution_options().get("write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
