"""Retention: a personal field is purged N days after its record was last changed and synced.

The rule (``retention_days`` in the machine configuration, default 90):

* a record's personal fields (a case's contact reference, a referral's
  name, contact data and notes: :mod:`desk.store.personal`) are purged
  ``retention_days`` after ``last_synced_change_at``, the moment its latest
  change was known to be on the server;
* never before the record has synced, and never while a newer change waits
  (``sync_state`` not ``synced``, or any outbox entry of the record: pending,
  in flight, quarantined or in conflict);
* records that never sync (a training profile, a referral draft) count from
  their last change (``updated_at``): nothing waits for a server there;
* every other copy goes with the record's own fields: outbox payloads,
  conflict copies, autosaved forms, held pulled records, and the
  pre-migration backups (:func:`desk.store.personal.scrub_backups`, which
  removes from each backup whatever the live database no longer holds).
  An autosaved form or a held pulled record older than ``retention_days``
  loses its personal fields too.

Case notes are not personal by design: the form asks staff never to write
names or numbers in them, and they stay searchable for statistics. Purging is
a local act: it writes no outbox entry and keeps the sync state. The server's
copy follows the server's rules; an erasure there reaches this desk through
pull (:meth:`desk.store.outbox.OutboxTx.apply_record`).

``secure_delete`` is on for every connection, so SQLite overwrites freed
cells and pages (overflow pages too) in the database file; a WAL checkpoint
(TRUNCATE) then makes sure no old page image with a value survives in
``desk.db-wal``. The live file needs no ``VACUUM`` for that (the raw-byte test
in ``tests/sync/test_retention.py`` reads every file of the profile); a
scrubbed backup is vacuumed.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desk import paths
from desk.secrets import KeyringUnavailable
from desk.store.common import LOCAL_ONLY, SYNCED, to_iso, utcnow
from desk.store.crypto import FieldCipher, TokenError, field_aad
from desk.store.journal import write_audit
from desk.store.personal import (
    HELD_AAD_FIELD,
    PERSONAL_COLUMNS,
    WIRE_PERSONAL,
    erase_record,
    live_keep,
    scrub_backups,
    strip_draft,
)
from desk.store.referrals import ReferralRepository
from desk.store.store import Store

log = logging.getLogger(__name__)

#: Case columns that hold personal data and are purged under retention.
PERSONAL_FIELDS = PERSONAL_COLUMNS["cases"]


@dataclass(frozen=True)
class PurgeResult:
    """What one purge removed (counts only: never what it was)."""

    #: Records whose personal fields were purged (cases + referrals).
    purged: int
    cutoff: datetime
    cases: int = 0
    referrals: int = 0
    drafts: int = 0
    held: int = 0
    #: Backup files from which personal values were removed.
    backups: int = 0


def _expired(table: str) -> str:
    """Ids of *table* whose personal fields are due (parameters: cutoff, cutoff)."""
    has_personal = " OR ".join(f"{c} IS NOT NULL" for c in PERSONAL_COLUMNS[table])
    kind = "case" if table == "cases" else "referral"
    return (
        f"SELECT id FROM {table} WHERE ({has_personal}) AND ("
        f"(sync_state = '{SYNCED}' AND last_synced_change_at IS NOT NULL "
        "AND last_synced_change_at <= ? AND NOT EXISTS (SELECT 1 FROM outbox o "
        f"WHERE o.kind = '{kind}' AND o.record_id = {table}.id)) "
        f"OR (sync_state = '{LOCAL_ONLY}' AND updated_at <= ?))"
    )


def purge_personal(
    store: Store,
    retention_days: int,
    *,
    now: datetime | None = None,
    backup_dir: Path | None = None,
) -> PurgeResult:
    """Purge every personal field whose retention ended, everywhere on this desk."""
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    now = now or utcnow()
    cutoff = now - timedelta(days=retention_days)
    stamp, limit = to_iso(now), to_iso(cutoff)
    counts = {"cases": 0, "referrals": 0}
    with store.tx() as conn:
        for table, kind in (("cases", "case"), ("referrals", "referral")):
            ids = [str(r[0]) for r in conn.execute(_expired(table), (limit, limit))]
            for record_id in ids:
                erase_record(conn, kind, record_id, stamp)
            counts[table] = len(ids)
        drafts = 0
        for key, payload in conn.execute(
            "SELECT key, payload FROM drafts WHERE updated_at <= ?", (limit,)
        ).fetchall():
            drafts += strip_draft(conn, str(key), str(payload))
        held = _purge_held(store, conn, limit, stamp)
        purged = counts["cases"] + counts["referrals"]
        if purged or drafts or held:
            write_audit(conn, "desk", "retention_purge",
                        f"{counts['cases']} contacten, {counts['referrals']} doorverwijzingen, "
                        f"{drafts} concepten, {held} onleesbare ontvangen records: "
                        "persoonsgegevens gewist", at=now)  # fmt: skip
        keep = live_keep(conn)
    if purged or drafts or held:
        store.checkpoint()
        log.info("retention: personal fields purged from %d cases, %d referrals, %d drafts, "
                 "%d held records", counts["cases"], counts["referrals"], drafts, held)
    folder = backup_dir if backup_dir is not None else paths.backup_dir()
    backups = scrub_backups(folder, keep) if folder.is_dir() else 0
    return PurgeResult(purged=purged, cutoff=cutoff, cases=counts["cases"],
                       referrals=counts["referrals"], drafts=drafts, held=held,
                       backups=backups)  # fmt: skip


def _purge_held(store: Store, conn: sqlite3.Connection, limit: str, stamp: str) -> int:
    """Held pulled records received before *limit* keep their body without personal fields.

    Only the protocol's personal fields can be told apart; a body that is not
    even an object is dropped (no Desk can apply it). A sealed body needs the
    key to be opened: without it the record stays as it is and the next purge
    tries again.
    """
    rows = conn.execute(
        "SELECT seq, kind, record_id, body, sealed FROM pull_quarantine "
        "WHERE received_at <= ? AND personal_purged_at IS NULL", (limit,)
    ).fetchall()
    done = 0
    cipher: FieldCipher | None = None
    for seq, kind, record_id, body, sealed in rows:
        text = str(body)
        if sealed:
            if cipher is None:
                try:
                    cipher = ReferralRepository(store).cipher(conn)
                except KeyringUnavailable:
                    log.warning("retention: held pulled records wait for the data key")
                    return done
            try:
                text = cipher.decrypt(text, field_aad(str(record_id), HELD_AAD_FIELD))
            except TokenError:
                log.warning("retention: held pulled record %s does not open; kept", seq)
                continue
        try:
            raw = json.loads(text)
        except ValueError:
            raw = None
        kept = ({k: v for k, v in raw.items() if k not in WIRE_PERSONAL.get(str(kind), ())}
                if isinstance(raw, dict) else None)  # fmt: skip
        text = json.dumps(kept, ensure_ascii=False)
        if sealed:
            assert cipher is not None
            text = cipher.encrypt(text, field_aad(str(record_id), HELD_AAD_FIELD))
        conn.execute("UPDATE pull_quarantine SET body = ?, personal_purged_at = ? WHERE seq = ?",
                     (text, stamp, seq))  # fmt: skip
        done += 1
    return done
