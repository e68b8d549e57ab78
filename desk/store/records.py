"""Writing syncable records together with their outbox entries.

This is the one place where a change to a syncable record is written. The
change and its outbox row (with a fresh idempotency key and a snapshot of the
record at that revision) go into the same transaction, so a crash can never
leave a change that will not be sent, nor an outbox entry without its change.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from desk.store.models import LOCAL_ONLY, PENDING, Outbox, to_iso, utcnow

#: Turns a stored row (as a mapping) into the wire body sent to the server.
WireFn = Callable[[Mapping[str, Any]], dict[str, Any]]

_OUTBOX: Table = Outbox.__table__  # type: ignore[assignment]


def new_id() -> str:
    """A client-made record UUID."""
    return str(uuid.uuid4())


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_iso(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_record(
    conn: Connection,
    table: Table,
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
    (``with engine.begin() as conn``) so that it can add more in the same
    commit. ``local_only`` records (training profiles) get no outbox row and
    the sync state ``local``: they can never reach a server.
    """
    now = now or utcnow()
    row: Any = None
    if record_id is not None:
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        record_id = record_id or new_id()
        revision = 1
        base_revision = 0
        data = dict(values)
        data.update(
            id=record_id,
            created_at=now,
            updated_at=now,
            revision=revision,
            server_revision=0,
            sync_state=LOCAL_ONLY if local_only else PENDING,
            deleted=bool(deleted),
        )
        conn.execute(insert(table).values(**data))
    else:
        assert record_id is not None
        revision = int(row["revision"]) + 1
        base_revision = int(row["server_revision"])
        data = dict(values)
        data.update(
            updated_at=now,
            revision=revision,
            sync_state=LOCAL_ONLY if local_only else PENDING,
        )
        if deleted is not None:
            data["deleted"] = deleted
        conn.execute(update(table).where(table.c.id == record_id).values(**data))
    if local_only:
        return record_id, revision
    stored = conn.execute(select(table).where(table.c.id == record_id)).mappings().one()
    conn.execute(
        insert(_OUTBOX).values(
            kind=kind,
            record_id=record_id,
            revision=revision,
            base_revision=base_revision,
            idempotency_key=str(uuid.uuid4()),
            deleted=bool(stored["deleted"]),
            payload=json.dumps(wire(dict(stored)), default=_json_default, ensure_ascii=False),
            created_at=now,
            state=PENDING,
            attempts=0,
        )
    )
    return record_id, revision
