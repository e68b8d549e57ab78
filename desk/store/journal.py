"""Two small tables every area shares: autosaved drafts and the local audit trail.

Drafts keep what someone was typing (quick log, referral form) so a crash loses
nothing; the audit trail records what must stay accountable (exports with
personal data, consent changes, retention purges). Neither syncs.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from desk.store.common import to_iso, utcnow


def write_audit(
    conn: sqlite3.Connection, actor: str, action: str, detail: str,
    *, at: datetime | None = None,
) -> None:
    """Add one audit entry inside the caller's transaction. No personal data in *detail*."""
    conn.execute(
        "INSERT INTO audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
        (to_iso(at or utcnow()), actor[:40], action[:40], detail),
    )


def put_draft(conn: sqlite3.Connection, key: str, data: dict[str, Any]) -> None:
    """Store (or replace) the draft *key* inside the caller's transaction."""
    conn.execute(
        "INSERT INTO drafts (key, payload, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, "
        "updated_at = excluded.updated_at",
        (key, json.dumps(data, ensure_ascii=False), to_iso(utcnow())),
    )


def get_draft(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """The draft *key* as a dict; None when absent or unreadable."""
    row = conn.execute("SELECT payload FROM drafts WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
