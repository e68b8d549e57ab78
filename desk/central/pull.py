"""Pull: everything a device may see, after a cursor, in change-number order."""

from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import Engine, and_, select, update

from desk import clock
from desk.central import audit
from desk.central import tables as t
from desk.central.auth import Device
from desk.central.db import reading, small_write
from desk.central.retention import PullFilter
from desk.central.schemas import PullResponse

MAX_LIMIT = 1000
DEFAULT_LIMIT = 500


def pull(engine: Engine, device: Device, cursor: int, limit: int) -> PullResponse:
    """Like :func:`pull_json`, parsed into the response model (for callers in Python)."""
    return PullResponse.model_validate_json(pull_json(engine, device, cursor, limit))


def pull_json(engine: Engine, device: Device, cursor: int, limit: int) -> bytes:
    """Changes after *cursor* in the feed of *device*'s organisation.

    The numbers count this organisation's changes only (see ``tables.feed``). They
    are assigned under a lock held until commit (see ``db.writing``), so everything
    below the newest visible number is visible too: a cursor never skips a change.
    """
    limit = max(1, min(limit, MAX_LIMIT))
    i = t.items.c
    f = t.feed.c
    now = clock.now()
    with reading(engine) as conn:
        rows = conn.execute(
            select(f.seq, i.kind, i.id, i.revision, i.deleted, i.body, i.personal, i.updated_at)
            .select_from(t.feed.join(t.items, and_(i.kind == f.kind, i.id == f.id)))
            .where(f.org == device.org, f.seq > cursor)
            .order_by(f.seq)
            .limit(limit + 1)
        ).all()
        # Personal fields past their retention period are never sent, even before a run erases them.
        retention = PullFilter(conn, device.org, now)
    more = len(rows) > limit
    rows = rows[:limit]
    bodies = [retention.body(r.kind, r.body, r.updated_at, r.personal) for r in rows]
    # Bodies are stored as JSON text: splice them in instead of parsing and re-encoding.
    parts = [
        f'{{"seq":{r.seq},"kind":{json.dumps(r.kind)},"id":{json.dumps(r.id)},'
        f'"revision":{r.revision},"deleted":{"true" if r.deleted else "false"},'
        f'"body":{"null" if r.deleted else body}}}'
        for r, (body, _personal) in zip(rows, bodies, strict=True)
    ]
    personal = Counter(r.kind for r, (_body, still) in zip(rows, bodies, strict=True) if still)
    stale = device.last_sync_at is None or (now - device.last_sync_at).total_seconds() > 60
    if stale or personal:
        with small_write(engine) as conn:
            if stale:
                conn.execute(
                    update(t.devices).where(t.devices.c.id == device.id).values(last_sync_at=now)
                )
            if personal:
                audit.record(
                    conn, device.label, "personal.read", org=device.org,
                    detail={"records_with_personal_data": dict(sorted(personal.items())),
                            "via": "pull"},
                    now=now,
                )  # fmt: skip
    next_cursor = rows[-1].seq if rows else cursor
    more_text = "true" if more else "false"
    text = f'{{"changes":[{",".join(parts)}],"cursor":{next_cursor},"more":{more_text}}}'
    return text.encode("utf-8")
