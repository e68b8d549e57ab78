"""Sync states and UTC timestamp helpers, free of SQLAlchemy.

Shared by the runtime store (stdlib sqlite3) and the SQLAlchemy models.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desk import clock

#: Sync states of a record.
PENDING = "pending"  # changed locally, not yet acknowledged by the server
SYNCED = "synced"
QUARANTINED = "quarantined"  # the server refused it; a person must look
CONFLICT = "conflict"  # the server has a newer version; a person must choose
LOCAL_ONLY = "local"  # training profiles: never leaves this desk

SYNC_STATES = (PENDING, SYNCED, QUARANTINED, CONFLICT, LOCAL_ONLY)


def utcnow() -> datetime:
    """Now, in UTC, from the process's one clock (:mod:`desk.clock`)."""
    return clock.now()


def to_iso(value: datetime) -> str:
    """``2026-11-28T09:15:00.000000Z``: sortable as text, unambiguous."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: Desk stores UTC only")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
