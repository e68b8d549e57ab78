"""Retention: personal fields are purged a set number of days after they synced.

The only personal field of a case is ``citizen_ref`` (a contact reference
allowed for a follow-up). Notes are not personal by design: the form asks
staff never to write names or numbers in them, and they stay searchable for
statistics. Purging is a local act: the server applies
its own retention, so the purge writes no outbox entry and keeps the case's
sync state.

``secure_delete`` is on for every connection, so SQLite overwrites the freed
bytes; a WAL checkpoint (TRUNCATE) then makes sure no old page with the
value survives in ``desk.db-wal`` either.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from desk.store.common import to_iso, utcnow
from desk.store.journal import write_audit
from desk.store.store import Store

log = logging.getLogger(__name__)

#: Case columns that hold personal data and are purged under retention.
PERSONAL_FIELDS = ("citizen_ref",)


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    cutoff: datetime


def purge_personal(
    store: Store, retention_days: int, *, now: datetime | None = None
) -> PurgeResult:
    """Blank the personal fields of cases synced more than *retention_days* ago."""
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days)
    sets = ", ".join(f"{name} = NULL" for name in PERSONAL_FIELDS)
    has_personal = " OR ".join(f"{name} IS NOT NULL" for name in PERSONAL_FIELDS)
    with store.tx() as conn:
        cur = conn.execute(
            f"UPDATE cases SET {sets}, personal_purged_at = ? "
            f"WHERE synced_at IS NOT NULL AND synced_at <= ? AND ({has_personal})",
            (to_iso(now), to_iso(cutoff)),
        )
        purged = cur.rowcount
        if purged:
            write_audit(conn, "desk", "retention_purge",
                        f"{purged} contacten: persoonsgegevens gewist", at=now)
    if purged:
        # Old page images with the values may still sit in the WAL.
        store.conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("retention: personal fields purged from %d cases", purged)
    return PurgeResult(purged=purged, cutoff=cutoff)
