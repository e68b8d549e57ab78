"""Writing syncable records together with their outbox entries.

This is the one place where a change to a syncable record is written, and
:func:`queue_change` the one place that adds an outbox row. The change and
its outbox row (with a fresh idempotency key and a snapshot of the record at
that revision) go into the same transaction, so a crash can never leave a
change that will not be sent, nor an outbox entry without its change.
:data:`TABLES` is the one map from a wire kind to its table.

It works on a plain ``sqlite3`` connection inside ``Store.tx()``: see
:mod:`desk.store.store` for why the desk runtime does not use SQLAlchemy.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

from desk.store.common import LOCAL_ONLY, PENDING, to_iso, utcnow

#: Wire kind of a syncable record -> its table.
TABLES: Final[dict[str, str]] = {
    "case": "cases",
    "referral": "referrals",
    "guide_report": "guide_reports",
}

#: Turns a stored row (as a dict) into the wire body sent to the server.
WireFn = Callable[[Mapping[str, Any]], dict[str, Any]]

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def new_id() -> str:
    """A client-made record UUID."""
    return str(uuid.uuid4())


def to_db(value: Any) -> Any:
    """Plain Python value -> what the desk database stores."""
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _check(names: Any) -> None:
    for name in names:
        if not _NAME.match(name):
            raise ValueError(f"invalid column or table name {name!r}")


def fetch(conn: sqlite3.Connection, table: str, record_id: str) -> dict[str, Any] | None:
    _check([table])
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True))


def write_record(
    conn: sqlite3.Connection,
    table: str,
    kind: str,
    values: Mapping[str, Any],
    wire: WireFn,
    *,
    record_id: str | None = None,
    deleted: bool | None = None,
    local_only: bool = False,
    now: datetime | None = None,
) -> tuple[str, int]:
    """Insert or update one record and queue it for sync, in *conn*'s transaction.

    Returns ``(record_id, revision)``. The caller owns the transaction
    (``with store.tx() as conn``) so that it can add more in the same commit.
    ``local_only`` records (training profiles) get no outbox row and the sync
    state ``local``: they can never reach a server.
    """
    _check([table, *values])
    if TABLES.get(kind) != table:
        raise ValueError(f"records of kind {kind!r} do not live in table {table!r}")
    now = now or utcnow()
    stamp = to_iso(now)
    row = fetch(conn, table, record_id) if record_id is not None else None
    state = LOCAL_ONLY if local_only else PENDING
    data = {k: to_db(v) for k, v in values.items()}
    if row is None:
        record_id = record_id or new_id()
        revision, base_revision = 1, 0
        data.update(id=record_id, created_at=stamp, updated_at=stamp, revision=1,
                    server_revision=0, sync_state=state, deleted=int(bool(deleted)))
        cols = ", ".join(data)
        marks = ", ".join("?" for _ in data)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                     tuple(data.values()))
    else:
        assert record_id is not None
        revision = int(row["revision"]) + 1
        base_revision = int(row["server_revision"])
        data.update(updated_at=stamp, revision=revision, sync_state=state)
        if deleted is not None:
            data["deleted"] = int(deleted)
        sets = ", ".join(f"{k} = ?" for k in data)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?",
                     (*data.values(), record_id))
    if local_only:
        return record_id, revision
    stored = fetch(conn, table, record_id)
    assert stored is not None
    queue_change(conn, kind, stored, wire(stored), base_revision=base_revision, stamp=stamp)
    return record_id, revision


def queue_change(
    conn: sqlite3.Connection,
    kind: str,
    stored: Mapping[str, Any],
    body: Mapping[str, Any],
    *,
    base_revision: int,
    stamp: str,
) -> None:
    """Add the outbox row of *stored* (a record row as just written) with wire *body*.

    The one function that writes an outbox row: a fresh idempotency key, the
    record's revision and deleted flag, built on *base_revision* (the server
    revision the change starts from). Call it in the transaction that wrote
    the record.
    """
    if kind not in TABLES:
        raise ValueError(f"unknown record kind {kind!r}")
    conn.execute(
        "INSERT INTO outbox (kind, record_id, revision, base_revision, idempotency_key, "
        "deleted, payload, created_at, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            kind, str(stored["id"]), int(stored["revision"]), base_revision, str(uuid.uuid4()),
            int(stored["deleted"]), json.dumps(body, default=_json_default, ensure_ascii=False),
            stamp, PENDING,
        ),
    )
