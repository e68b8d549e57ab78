"""The audit log: admin actions and every access to personal data."""

from __future__ import annotations

import getpass
import json
import os
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from desk import clock
from desk.central import tables as t


def cli_actor() -> str:
    """Who runs a command: the login name and the operating system's user id.

    The login name comes from ``LOGNAME``/``USER`` (anyone can set those); the user id,
    and the account it belongs to, come from the operating system.
    """
    try:
        name = getpass.getuser()
    except Exception:  # no user name on this system; still log the action
        name = "unknown"
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: no numeric user id
        return f"cli:{name}"[:80]
    uid = getuid()
    try:
        import pwd

        account = pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        account = "?"
    return f"cli:{name} (uid {uid} {account})"[:80]


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
