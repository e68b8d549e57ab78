"""Sync conflicts as the store keeps them, and the writes that settle them.

A conflict leaves the local record as it was (``sync_state`` ``conflict``),
its change quarantined, and the server's version in ``meta`` under
:func:`desk.store.meta.conflict_key` until a person chooses
(:mod:`desk.sync.resolve` decides, this module writes). A referral's
personal fields in that copy are sealed like everywhere else on this desk
(:meth:`desk.store.outbox.Outbox.private_copy`).

Every function works inside the caller's transaction (``with store.tx()``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desk.errors import InputError
from desk.messages import msg
from desk.store import meta
from desk.store.cases import case_columns
from desk.store.common import PENDING, SYNCED, to_iso, utcnow
from desk.store.records import TABLES, WireFn, fetch, queue_change
from desk.store.store import Store

__all__ = [
    "close",
    "load",
    "open_conflicts",
    "requeue_mine",
    "save",
    "take_server_case",
    "take_server_deletion",
    "write_case_body",
]


def save(conn: sqlite3.Connection, kind: str, record_id: str, data: dict[str, Any]) -> None:
    """Keep (or replace) the conflict copy of one record."""
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (meta.conflict_key(kind, record_id), json.dumps(data)),
    )


def load(conn: sqlite3.Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    """The conflict copy of one record, or None when there is no open conflict."""
    row = conn.execute(
        "SELECT value FROM meta WHERE key = ?", (meta.conflict_key(kind, record_id),)
    ).fetchone()
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row[0])
    return data


def open_conflicts(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """Open conflicts: (kind, record id) -> the server version and reason."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for key, value in store.conn().execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (meta.CONFLICT_PREFIX + "%",)
    ):
        kind, _, record_id = str(key)[len(meta.CONFLICT_PREFIX) :].partition(".")
        found[(kind, record_id)] = json.loads(value)
    return found


def close(conn: sqlite3.Connection, kind: str, record_id: str, server_revision: int) -> None:
    """The conflict is settled: forget it, and a pulled status the server copy already has.

    Such a status update would otherwise undo the choice after the next sync.
    """
    conn.execute("DELETE FROM meta WHERE key = ?", (meta.conflict_key(kind, record_id),))
    if kind != "referral":
        return
    key = meta.referral_status_key(record_id)
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is not None:
        try:
            revision = int(json.loads(row[0]).get("revision") or 0)
        except (ValueError, TypeError, AttributeError):
            return
        if revision <= server_revision:
            conn.execute("DELETE FROM meta WHERE key = ?", (key,))


def _table(kind: str) -> str:
    table = TABLES.get(kind)
    if table is None:
        raise InputError(
            msg("Conflicten van soort {0} kunnen hier nog niet opgelost worden.", repr(kind))
        )
    return table


def requeue_mine(
    conn: sqlite3.Connection, kind: str, record_id: str, server_revision: int, wire: WireFn
) -> None:
    """Queue the local version again on top of *server_revision* (keep mine).

    Earlier outbox entries of the record go; the new one has a fresh
    idempotency key, so the server accepts it.
    """
    table = _table(kind)
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
    stored = fetch(conn, table, record_id)
    assert stored is not None
    queue_change(conn, kind, stored, wire(stored), base_revision=server_revision, stamp=stamp)


def take_server_case(
    conn: sqlite3.Connection,
    record_id: str,
    *,
    revision: int,
    deleted: bool,
    body: dict[str, Any] | None,
) -> None:
    """The server's version of a case replaces the local one; its local changes are dropped."""
    stamp = to_iso(utcnow())
    values: dict[str, Any] = case_columns(body) if body is not None else {}
    values.update(revision=revision, server_revision=revision, sync_state=SYNCED,
                  synced_at=stamp, last_synced_change_at=stamp, updated_at=stamp,
                  deleted=int(deleted))  # fmt: skip
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE cases SET {sets} WHERE id = ?", (*values.values(), record_id))
    conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", ("case", record_id))


def take_server_deletion(conn: sqlite3.Connection, kind: str, record_id: str,
                         revision: int) -> None:  # fmt: skip
    """The server deleted the record: so does this desk, and its local changes are dropped."""
    table = _table(kind)
    stamp = to_iso(utcnow())
    conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", (kind, record_id))
    conn.execute(
        f"UPDATE {table} SET deleted = 1, revision = ?, server_revision = ?, sync_state = ?, "
        "synced_at = ?, last_synced_change_at = ?, updated_at = ? WHERE id = ?",
        (revision, revision, SYNCED, stamp, stamp, stamp, record_id),
    )


def write_case_body(conn: sqlite3.Connection, record_id: str, body: dict[str, Any]) -> None:
    """Write the fields of a case wire *body* into the local case (a merge; not queued)."""
    values = case_columns(body)
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE cases SET {sets} WHERE id = ?", (*values.values(), record_id))
