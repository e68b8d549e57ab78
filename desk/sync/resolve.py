"""A person resolves a sync conflict: keep mine, take theirs, or choose per field.

A conflict (see :mod:`desk.sync.engine`) leaves the local record as it was,
its change quarantined, and the server's version in ``meta``. Each choice
here is one local transaction:

* :func:`keep_mine`: the local version is queued again, now based on the
  server's revision (new idempotency key), so the server accepts it;
* :func:`take_theirs`: the server's version replaces the local one, the
  local change leaves the outbox;
* :func:`merge`: the local version with the chosen fields taken from the
  server's, then queued like *keep mine*.

Cases only for now: referrals get the same once the referral store exists.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from typing import Any

from desk.domain.cases import case_to_wire
from desk.errors import InputError
from desk.messages import msg
from desk.store.common import PENDING, SYNCED, to_iso, utcnow
from desk.store.records import fetch
from desk.store.store import Store
from desk.sync.engine import META_CONFLICT_PREFIX, case_columns

_TABLES = {"case": "cases"}


def _load(store: Store, conn: sqlite3.Connection, kind: str, record_id: str) -> dict[str, Any]:
    if kind not in _TABLES:
        raise InputError(
            msg("Conflicten van soort {0} kunnen hier nog niet opgelost worden.", repr(kind))
        )
    row = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (f"{META_CONFLICT_PREFIX}{kind}.{record_id}",)
    ).fetchone()
    if row is None:
        raise InputError(msg("Dit conflict is al opgelost."))
    data: dict[str, Any] = json.loads(row[0])
    return data


def _server(conflict: dict[str, Any]) -> tuple[int, bool, dict[str, Any] | None]:
    record = conflict.get("server_record") or {}
    revision = int(conflict.get("server_revision") or record.get("revision") or 0)
    return revision, bool(record.get("deleted")), record.get("body")


def _requeue(conn: sqlite3.Connection, kind: str, record_id: str, server_revision: int) -> None:
    table = _TABLES[kind]
    row = fetch(conn, table, record_id)
    if row is None:
        raise InputError(msg("Dit record bestaat niet meer op deze computer."))
    conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", (kind, record_id))
    revision = max(int(row["revision"]), server_revision) + 1
    stamp = to_iso(utcnow())
    conn.execute(
        f"UPDATE {table} SET revision = ?, server_revision = ?, sync_state = ?, updated_at = ? "
        "WHERE id = ?",
        (revision, server_revision, PENDING, stamp, record_id),
    )
    row = fetch(conn, table, record_id)
    assert row is not None
    conn.execute(
        "INSERT INTO outbox (kind, record_id, revision, base_revision, idempotency_key, "
        "deleted, payload, created_at, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (kind, record_id, revision, server_revision, str(uuid.uuid4()), int(row["deleted"]),
         json.dumps(case_to_wire(row), ensure_ascii=False), stamp, PENDING),
    )  # fmt: skip
    conn.execute("DELETE FROM meta WHERE key = ?", (f"{META_CONFLICT_PREFIX}{kind}.{record_id}",))


def keep_mine(store: Store, kind: str, record_id: str) -> None:
    """Send the local version again, on top of the server's revision."""
    with store.tx() as conn:
        revision, _deleted, _body = _server(_load(store, conn, kind, record_id))
        _requeue(conn, kind, record_id, revision)


def take_theirs(store: Store, kind: str, record_id: str) -> None:
    """Replace the local version with the server's; the local change is dropped."""
    with store.tx() as conn:
        revision, deleted, body = _server(_load(store, conn, kind, record_id))
        table = _TABLES[kind]
        stamp = to_iso(utcnow())
        values: dict[str, Any] = case_columns(body) if body is not None else {}
        values.update(revision=revision, server_revision=revision, sync_state=SYNCED,
                      synced_at=stamp, updated_at=stamp, deleted=int(deleted))  # fmt: skip
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), record_id))
        conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", (kind, record_id))
        conn.execute(
            "DELETE FROM meta WHERE key = ?", (f"{META_CONFLICT_PREFIX}{kind}.{record_id}",)
        )


def differing_fields(store: Store, kind: str, record_id: str) -> dict[str, tuple[Any, Any]]:
    """Wire fields that differ: name -> (mine, theirs)."""
    conn = store.conn()
    _revision, _deleted, body = _server(_load(store, conn, kind, record_id))
    row = fetch(conn, _TABLES[kind], record_id)
    if row is None or body is None:
        return {}
    mine = case_to_wire(row)
    return {k: (mine.get(k), body.get(k)) for k in sorted(set(mine) | set(body))
            if mine.get(k) != body.get(k)}  # fmt: skip


def merge(store: Store, kind: str, record_id: str, theirs: Iterable[str]) -> None:
    """Keep the local version except the fields in *theirs*, then send it."""
    chosen = set(theirs)
    with store.tx() as conn:
        revision, _deleted, body = _server(_load(store, conn, kind, record_id))
        table = _TABLES[kind]
        row = fetch(conn, table, record_id)
        if row is None or body is None:
            raise InputError(
                msg("Per veld kiezen kan niet: een van beide versies is verwijderd.")
            )
        merged = case_to_wire(row)
        unknown = chosen - set(merged)
        if unknown:
            raise InputError(msg("Onbekende velden: {0}", ", ".join(sorted(unknown))))
        for name in chosen:
            merged[name] = body.get(name)
        values = case_columns(merged)
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), record_id))
        _requeue(conn, kind, record_id, revision)
