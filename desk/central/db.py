"""Engines for SQLite (default, zero setup) and PostgreSQL."""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from desk.central import tables as t

log = logging.getLogger(__name__)

ENV_DB = "DESK_CENTRAL_DB"
ENV_HOME = "DESK_CENTRAL_HOME"


def data_dir() -> Path:
    """The server's data folder: ``DESK_CENTRAL_HOME`` or the platform's user data dir."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("desk-central", appauthor=False))


def resolve_url(url: str | None = None) -> str:
    """``--db`` wins, then ``DESK_CENTRAL_DB``, then a SQLite file in :func:`data_dir`."""
    url = url or os.environ.get(ENV_DB)
    if not url:
        folder = data_dir()
        if not folder.exists():
            # The database holds citizens' contact data: only the service's account reads it.
            folder.mkdir(parents=True, mode=0o700)
            folder.chmod(0o700)  # mkdir's mode is filtered by the umask
        return f"sqlite:///{folder / 'central.db'}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


_SQLITE_WRITE_LOCKS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


@contextmanager
def _sqlite_writer(engine: Engine) -> Iterator[None]:
    """Queue SQLite writers of this process in Python.

    SQLite's own busy handler sleeps with back-off, which under many threads
    turns milliseconds of work into seconds of waiting; a Python lock hands
    the write lock over at once. PostgreSQL needs nothing here.
    """
    if engine.dialect.name != "sqlite":
        yield
        return
    with _LOCKS_GUARD:
        lock = _SQLITE_WRITE_LOCKS.setdefault(engine, threading.Lock())
    with lock:
        yield


def _owner_only(path: Path) -> None:
    """Create the SQLite file readable by its owner only (its WAL and SHM files follow).

    An existing file is left as it is, with a warning when others may read it.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            log.warning("%s can be read by other accounts; run: chmod 600 %s", path, path)
        return
    except OSError:
        return  # no such folder: SQLite reports it, with the path
    os.close(fd)


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine with the pragmas and pool settings the server relies on."""
    resolved = resolve_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _owner_only(Path(parsed.database))
        engine = create_engine(
            resolved,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=20,
            max_overflow=40,
            **kwargs,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Let us issue BEGIN ourselves (pysqlite's own is too late/lazy).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # Erased personal data must not linger in freed pages (see retention.settle).
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # Writers take the write lock up front, so two writers never
            # deadlock upgrading their read locks; readers stay concurrent.
            if conn.get_execution_options().get("write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine
    kwargs.setdefault("pool_size", 20)
    kwargs.setdefault("max_overflow", 40)
    # psycopg prepares a query after five runs; PostgreSQL may then settle on a generic
    # plan costed while the tables were still small (a sequential scan where the primary
    # key should be used once they have grown). Always plan with the real values.
    kwargs.setdefault("connect_args", {"options": "-c plan_cache_mode=force_custom_plan"})
    return create_engine(resolved, pool_pre_ping=True, **kwargs)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction that holds the change-number lock from its start.

    Updating the single counter row first makes every writer wait for the
    previous one to commit, so change numbers become visible in order and
    a pull cursor can never skip a change (on SQLite BEGIN IMMEDIATE does
    the same). Readers are never blocked.
    """
    with _sqlite_writer(engine), engine.connect() as conn:
        conn = conn.execution_options(write=True)
        conn.info.pop(_RESERVED, None)
        try:
            with conn.begin():
                conn.execute(
                    t.change_counter.update()
                    .where(t.change_counter.c.id == 1)
                    .values(value=t.change_counter.c.value)
                )
                yield conn
                _number_per_org(conn)
        finally:
            conn.info.pop(_RESERVED, None)


@contextmanager
def small_write(engine: Engine) -> Iterator[Connection]:
    """A write transaction that does not touch change numbers (bookkeeping, audit)."""
    with _sqlite_writer(engine), engine.connect() as conn:
        conn = conn.execution_options(write=True)
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read transaction (one consistent snapshot on PostgreSQL and SQLite-WAL)."""
    with engine.connect() as conn, conn.begin():
        yield conn


_RESERVED = "desk_central.reserved_seqs"


def next_seq(conn: Connection, count: int = 1) -> int:
    """Reserve *count* change numbers; returns the first. Needs :func:`writing`.

    The item that gets a number is put in the organisations' feeds when the
    transaction commits.
    """
    row = conn.execute(
        t.change_counter.update()
        .where(t.change_counter.c.id == 1)
        .values(value=t.change_counter.c.value + count)
        .returning(t.change_counter.c.value)
    ).one()
    first = int(row[0]) - count + 1
    conn.info.setdefault(_RESERVED, []).append((first, first + count - 1))
    return first


def _insert(conn: Connection) -> Any:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


def _number_per_org(conn: Connection) -> None:
    """Give the items changed in this transaction their numbers in each org's feed."""
    ranges = conn.info.pop(_RESERVED, None)
    if not ranges:
        return
    i = t.items.c
    rows = conn.execute(
        select(i.kind, i.id, i.org)
        .where(i.seq.between(min(lo for lo, _ in ranges), max(hi for _, hi in ranges)))
        .order_by(i.seq)
    ).all()
    everyone: list[str] | None = None
    per_org: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row.org is None:  # guides and the directory: every organisation sees them
            if everyone is None:
                everyone = list(conn.execute(select(t.orgs.c.code)).scalars())
            targets = everyone
        else:
            targets = [row.org]
        for org in targets:
            per_org.setdefault(org, []).append((row.kind, row.id))
    for org, entries in sorted(per_org.items()):
        add_to_feed(conn, org, entries)


def add_to_feed(conn: Connection, org: str, entries: list[tuple[str, str]]) -> None:
    """Number *entries* (kind, id) next in *org*'s feed, in this order. Needs :func:`writing`."""
    if not entries:
        return
    counter = _insert(conn)(t.org_counters).values(org=org, value=len(entries))
    counter = counter.on_conflict_do_update(
        index_elements=["org"], set_={"value": t.org_counters.c.value + len(entries)}
    ).returning(t.org_counters.c.value)
    first = int(conn.execute(counter).scalar_one()) - len(entries) + 1
    stmt = _insert(conn)(t.feed)
    stmt = stmt.on_conflict_do_update(
        index_elements=["org", "kind", "id"], set_={"seq": stmt.excluded.seq}
    )
    conn.execute(
        stmt,
        [{"org": org, "seq": first + n, "kind": kind, "id": item_id}
         for n, (kind, item_id) in enumerate(entries)],
    )  # fmt: skip


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
