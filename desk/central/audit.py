"""The audit log: admin actions and every access to personal data."""

from __future__ import annotations

import getpass
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from desk import clock
from desk.central import tables as t


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name on this system; still log the action
        return "cli:unknown"


def record(
    conn: Connection,
    actor: str,
    action: str,
    *,
    org: str | None = None,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    """Write one audit entry in the caller's transaction. Never put personal data in it."""
    conn.execute(
        t.audit_log.insert().values(
            at=now or clock.now(),
            actor=actor[:80],
            org=org,
            action=action,
            target=target,
            detail=json.dumps(detail or {}, sort_keys=True),
        )
    )
