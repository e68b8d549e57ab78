"""What sync asks of the store: the outbox, acknowledgements, quarantine, pulled records.

The sync engine (:mod:`desk.sync.engine`) decides what happens and when; the
SQL is here. It reads the next batch with :meth:`Outbox.next_batch` and
writes through one :class:`OutboxTx` per transaction (``with outbox.tx() as
tx``), so an acknowledgement and the record it marks, or a pulled page and
its cursor, are one commit.

Outbox rows are written only by :func:`desk.store.records.queue_change`;
here they are read, acknowledged (deleted), quarantined and requeued.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from desk.domain.referrals.wire import WireFormatError, from_wire
from desk.secrets import KeyringUnavailable
from desk.store import conflicts, guide_reports, meta
from desk.store.cases import case_columns
from desk.store.common import CONFLICT, PENDING, QUARANTINED, SYNCED
from desk.store.crypto import FieldCipher, field_aad
from desk.store.personal import HELD_AAD_FIELD, WIRE_PERSONAL, body_has_personal, erase_record
from desk.store.records import TABLES
from desk.store.referrals import ReferralRepository, seal_wire
from desk.store.store import Store

__all__ = [
    "HeldPull",
    "Outbox",
    "OutboxEntry",
    "OutboxTx",
    "PullOutcome",
    "UnreadableRecord",
    "quarantined_entries",
    "referral_statuses",
    "requeue",
]

log = logging.getLogger(__name__)

#: What applying one pulled record did.
PullOutcome = Literal["applied", "unchanged", "conflict"]


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One change waiting for the server, as it will be sent."""

    seq: int
    kind: str
    record_id: str
    revision: int
    base_revision: int
    idempotency_key: str
    deleted: bool
    #: The wire body as JSON text (a referral's personal part sealed).
    payload: str

    @property
    def record(self) -> tuple[str, str]:
        return (self.kind, self.record_id)


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        seq=int(row["seq"]),
        kind=str(row["kind"]),
        record_id=str(row["record_id"]),
        revision=int(row["revision"]),
        base_revision=int(row["base_revision"]),
        idempotency_key=str(row["idempotency_key"]),
        deleted=bool(row["deleted"]),
        payload=str(row["payload"]),
    )


class UnreadableRecord(ValueError):
    """A pulled case or referral this version of Desk cannot read."""


@dataclass(frozen=True, slots=True)
class HeldPull:
    """A pulled record kept in ``pull_quarantine`` (its body still sealed)."""

    seq: int
    kind: str
    record_id: str
    revision: int
    deleted: bool
    body: str
    sealed: bool
    reason: str
    app_version: str
    attempts: int


def _read_head(change: Mapping[str, Any]) -> tuple[str, str, int, bool]:
    """(kind, id, revision, deleted) of a pulled change, or UnreadableRecord."""
    try:
        kind = str(change["kind"])
        if kind not in TABLES:
            raise ValueError(f"unknown kind {kind!r}")
        return kind, str(change["id"]), int(change["revision"]), bool(change["deleted"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UnreadableRecord(f"{type(exc).__name__}: {exc}") from exc


def _read_body(
    kind: str, record_id: str, deleted: bool, change: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(body, case columns) of a pulled change, or UnreadableRecord."""
    try:
        body = change.get("body") or {}
        if not isinstance(body, dict):
            raise TypeError("body is not an object")
        values: dict[str, Any] | None = None
        if not deleted:
            if kind == "case":
                values = case_columns(body)
            else:
                from_wire(record_id, body)
        return body, values
    except (KeyError, TypeError, ValueError, WireFormatError) as exc:
        raise UnreadableRecord(f"{type(exc).__name__}: {exc}") from exc


class Outbox:
    """The outbox of one store, and the data key to seal what sync keeps of referrals."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cipher: FieldCipher | None = None

    def counts(self) -> dict[str, int]:
        """Outbox entries per state (``pending``, ``quarantined``)."""
        return self.store.outbox_counts()

    def next_batch(self, size: int, busy: Collection[tuple[str, str]] = ()) -> list[OutboxEntry]:
        """Up to *size* pending entries in ``seq`` order, at most one per record.

        A record in *busy* (its earlier entry is on its way) or already in the
        batch waits: its later version goes after the earlier one's answer.
        """
        rows = (
            self.store.conn()
            .execute(
                "SELECT seq, kind, record_id, revision, base_revision, idempotency_key, deleted, "
                "payload FROM outbox WHERE state = ? ORDER BY seq LIMIT ?",
                (PENDING, size * 4 + len(busy)),
            )
            .fetchall()
        )
        seen: set[tuple[str, str]] = set(busy)
        batch: list[OutboxEntry] = []
        for row in rows:
            entry = _entry(row)
            if entry.record in seen:
                continue
            seen.add(entry.record)
            batch.append(entry)
            if len(batch) == size:
                break
        return batch

    def note_attempt(self, entries: Iterable[OutboxEntry], error: str) -> None:
        """Count a failed attempt on *entries* (best effort: a failure here is only logged)."""
        try:
            with self.store.tx() as conn:
                conn.executemany(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                    [(error, entry.seq) for entry in entries],
                )
        except sqlite3.Error:
            log.exception("could not note the failed attempt")

    def held_count(self) -> int:
        """Pulled records kept because this Desk could not read them."""
        row = self.store.conn().execute("SELECT count(*) FROM pull_quarantine").fetchone()
        return int(row[0])

    def held_to_retry(self, app_version: str) -> list[HeldPull]:
        """Held records last tried by another version of Desk (oldest first)."""
        rows = self.store.conn().execute(
            "SELECT seq, kind, record_id, revision, deleted, body, sealed, reason, app_version, "
            "attempts FROM pull_quarantine WHERE app_version <> ? ORDER BY seq",
            (app_version,),
        ).fetchall()
        return [
            HeldPull(seq=int(r["seq"]), kind=str(r["kind"]), record_id=str(r["record_id"]),
                     revision=int(r["revision"]), deleted=bool(r["deleted"]),
                     body=str(r["body"]), sealed=bool(r["sealed"]), reason=str(r["reason"]),
                     app_version=str(r["app_version"]), attempts=int(r["attempts"]))
            for r in rows
        ]  # fmt: skip

    def open_held(self, held: HeldPull) -> dict[str, Any]:
        """The pulled change as it arrived (body opened in memory only).

        Raises:
            KeyringUnavailable, TokenError: a sealed body without its key.
        """
        text = held.body
        if held.sealed:
            text = self.cipher().decrypt(text, field_aad(held.record_id, HELD_AAD_FIELD))
        return {"kind": held.kind, "id": held.record_id, "revision": held.revision,
                "deleted": held.deleted, "body": json.loads(text)}  # fmt: skip

    def cipher(self, conn: sqlite3.Connection | None = None) -> FieldCipher:
        """The referrals' data key (loaded once). Raises :class:`KeyringUnavailable`."""
        if self._cipher is None:
            self._cipher = ReferralRepository(self.store).cipher(conn)
        return self._cipher

    @contextmanager
    def tx(self) -> Iterator[OutboxTx]:
        """One write transaction: commits on success, rolls back on error."""
        with self.store.tx() as conn:
            yield OutboxTx(self, conn)

    def private_copy(self, conn: sqlite3.Connection, kind: str, record_id: str,
                     record: Any) -> Any:  # fmt: skip
        """The server's version as kept locally until a person chooses.

        A referral's name, contact and notes are stored sealed, like everywhere
        else on this desk; without the key they are left out of the local copy
        (the server still has them).
        """
        if kind != "referral" or not isinstance(record, dict):
            return record
        body = record.get("body")
        if not isinstance(body, dict):
            return record
        try:
            sealed = seal_wire(body, record_id, self.cipher(conn))
        except KeyringUnavailable:
            sealed = dict(body, citizen=None, notes="", personal_withheld=True)
        return dict(record, body=sealed)


class OutboxTx:
    """Sync's writes inside one transaction (see :meth:`Outbox.tx`)."""

    def __init__(self, outbox: Outbox, conn: sqlite3.Connection) -> None:
        self.outbox = outbox
        self.conn = conn
        #: Records whose personal data a pulled version took away in this transaction
        #: (checkpoint the WAL after the commit: :meth:`Store.checkpoint`).
        self.erased = 0

    # -- push -------------------------------------------------------------------------------
    def ack(self, acked: Sequence[tuple[OutboxEntry, int]], now: str) -> None:
        """Acknowledged entries (with the server's revision) leave the outbox; records marked.

        An older version the server refused is dropped with it (every change
        carries the whole record: "fix and resend" clears the quarantine), and
        later local versions are rebased on the revision the server gave.
        """
        if not acked:
            return
        conn = self.conn
        conn.executemany("DELETE FROM outbox WHERE seq = ?", [(e.seq,) for e, _ in acked])
        conn.executemany(
            "DELETE FROM outbox WHERE kind = ? AND record_id = ? AND state = ? AND seq < ? "
            "AND (last_error IS NULL OR last_error NOT LIKE 'conflict:%')",
            [(e.kind, e.record_id, QUARANTINED, e.seq) for e, _ in acked],
        )
        conn.executemany(
            "UPDATE outbox SET base_revision = ? WHERE kind = ? AND record_id = ? "
            "AND state = ? AND seq > ? AND base_revision = ?",
            [(rev, e.kind, e.record_id, PENDING, e.seq, e.base_revision) for e, rev in acked],
        )
        for kind in {e.kind for e, _ in acked}:
            table = TABLES.get(kind)
            if table is None:
                continue
            # (Every SET expression sees the row as it was: the outbox rows are gone already.)
            conn.executemany(
                f"UPDATE {table} SET server_revision = max(server_revision, ?), synced_at = ?, "
                "sync_state = CASE "
                "WHEN sync_state = ? THEN sync_state "
                "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = ? "
                "AND o.state = ?) THEN ? "
                "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = ?) "
                "THEN ? ELSE ? END, "
                "last_synced_change_at = CASE "
                "WHEN sync_state <> ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? "
                "AND o.record_id = ?) THEN ? ELSE last_synced_change_at END WHERE id = ?",
                [
                    (rev, now, CONFLICT, kind, e.record_id, QUARANTINED, QUARANTINED, kind,
                     e.record_id, PENDING, SYNCED, CONFLICT, kind, e.record_id, now, e.record_id)
                    for e, rev in acked
                    if e.kind == kind
                ],
            )  # fmt: skip

    def quarantine(self, entry: OutboxEntry, reason: str, record_state: str = QUARANTINED) -> None:
        """Keep *entry* aside with *reason*; its record shows *record_state*."""
        self.conn.execute(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ? WHERE seq = ?",
            (QUARANTINED, reason[:2000], entry.seq),
        )
        table = TABLES.get(entry.kind)
        if table is not None:
            self.conn.execute(
                f"UPDATE {table} SET sync_state = ? WHERE id = ?", (record_state, entry.record_id)
            )
        log.warning("outbox %s (%s) quarantined: %s", entry.seq, entry.kind, reason[:200])

    def conflict(self, entry: OutboxEntry, reason: str, server_record: Any,
                 server_revision: Any, now: str) -> None:  # fmt: skip
        """The server kept its version of *entry*'s record: quarantine it and keep theirs."""
        self.quarantine(entry, reason, CONFLICT)
        conflicts.save(self.conn, entry.kind, entry.record_id, {
            "server_record": self.outbox.private_copy(self.conn, entry.kind, entry.record_id,
                                                      server_record),
            "server_revision": server_revision,
            "outbox_seq": entry.seq,
            "reason": reason,
            "detected_at": now,
        })  # fmt: skip

    # -- pull -------------------------------------------------------------------------------
    def apply_record(self, change: Mapping[str, Any], now: str) -> PullOutcome:
        """Apply one pulled case, referral or guide report (``kind`` in :data:`TABLES`).

        A newer server version without personal data (deleted, emptied by the
        server's retention or a citizen's erasure request, or cleared on
        another desk) takes every copy of it off this desk first
        (:func:`desk.store.personal.erase_record`), also when the record then
        goes into conflict with a local change.

        Raises:
            UnreadableRecord: a change this Desk cannot read; nothing was written
                for it (keep it with :meth:`hold`).
        """
        kind, record_id, revision, deleted = _read_head(change)
        if kind == "guide_report":  # the desk's text stays; the editors' answer is taken
            try:
                return guide_reports.apply_pulled(self.conn, record_id, revision, deleted,
                                                  change.get("body"), now)  # fmt: skip
            except (KeyError, TypeError, ValueError) as exc:
                raise UnreadableRecord(f"{type(exc).__name__}: {exc}") from exc
        table = TABLES[kind]
        conn = self.conn
        row = conn.execute(
            f"SELECT revision, server_revision, sync_state FROM {table} WHERE id = ?",
            (record_id,),
        ).fetchone()
        if row is not None and revision <= int(row["server_revision"]):
            return "unchanged"  # our own change coming back, or a page applied before
        body, values = _read_body(kind, record_id, deleted, change)
        erasing = row is not None and (deleted or not body_has_personal(kind, body))
        if erasing:
            if erase_record(conn, kind, record_id, now, superseded_below=revision).anything:
                self.erased += 1
        conn.execute("DELETE FROM pull_quarantine WHERE kind = ? AND record_id = ? "
                     "AND revision <= ?", (kind, record_id, revision))  # fmt: skip
        local_changes = conn.execute(
            "SELECT 1 FROM outbox WHERE kind = ? AND record_id = ? LIMIT 1", (kind, record_id)
        ).fetchone()
        if row is not None and (local_changes is not None or row["sync_state"] == CONFLICT):
            conn.execute(f"UPDATE {table} SET sync_state = ? WHERE id = ?", (CONFLICT, record_id))
            conflicts.save(conn, kind, record_id, {
                "server_record": self.outbox.private_copy(conn, kind, record_id, dict(change)),
                "server_revision": revision,
                "reason": "de server heeft een nieuwere versie dan deze computer",
                "detected_at": now,
            })  # fmt: skip
            return "conflict"
        if kind != "case":
            if not erasing:
                return "unchanged"  # pulled referral bodies are not stored (sync/README.md)
            # The server's copy lost its personal part: so did this one (above).
            conn.execute(
                f"UPDATE {table} SET revision = max(revision, ?), server_revision = ?, "
                "sync_state = ?, synced_at = ?, last_synced_change_at = ? WHERE id = ?",
                (revision, revision, SYNCED, now, now, record_id),
            )
            return "applied"
        if deleted:
            if row is not None:
                conn.execute(
                    f"UPDATE {table} SET deleted = 1, revision = max(revision, ?), "
                    "server_revision = ?, sync_state = ?, synced_at = ?, updated_at = ?, "
                    "last_synced_change_at = ? WHERE id = ?",
                    (revision, revision, SYNCED, now, now, now, record_id),
                )
            return "applied"
        assert values is not None
        if row is None:
            values.update(id=record_id, created_at=now, updated_at=now, revision=revision,
                          server_revision=revision, sync_state=SYNCED, deleted=0,
                          synced_at=now, last_synced_change_at=now,
                          follow_up_done=0)  # fmt: skip
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
        else:
            values.update(updated_at=now, revision=max(revision, int(row["revision"])),
                          server_revision=revision, sync_state=SYNCED, synced_at=now,
                          last_synced_change_at=now, deleted=0)  # fmt: skip
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), record_id))
        return "applied"

    # -- pulled records this Desk cannot read ------------------------------------------------
    def hold(self, change: Mapping[str, Any], reason: str, app_version: str, now: str) -> None:
        """Keep a pulled record this Desk could not read, to try again after an update.

        Its body is sealed with the field cipher (it may hold personal data);
        without a usable key it is kept without the protocol's personal fields.
        """
        kind = str(change.get("kind"))[:16]
        record_id = str(change.get("id") or "?")[:64]
        try:
            revision = int(change.get("revision") or 0)
        except (TypeError, ValueError):
            revision = 0
        raw = change.get("body")
        try:
            cipher: FieldCipher | None = self.outbox.cipher(self.conn)
        except KeyringUnavailable:
            cipher = None
        if cipher is not None:
            text = cipher.encrypt(json.dumps(raw, ensure_ascii=False),
                                  field_aad(record_id, HELD_AAD_FIELD))  # fmt: skip
        else:
            if isinstance(raw, dict):
                raw = {k: v for k, v in raw.items() if k not in WIRE_PERSONAL.get(kind, ())}
            text = json.dumps(raw, ensure_ascii=False)
        self.conn.execute(
            "DELETE FROM pull_quarantine WHERE kind = ? AND record_id = ? AND revision <= ?",
            (kind, record_id, revision),
        )  # an older unreadable version is superseded by this one
        self.conn.execute(
            "INSERT INTO pull_quarantine (kind, record_id, revision, deleted, body, sealed, "
            "reason, app_version, received_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (kind, record_id, revision, int(bool(change.get("deleted"))), text,
             int(cipher is not None), reason[:2000], app_version, now),
        )  # fmt: skip
        log.warning("pull: %s %s held: %s", kind, record_id, reason[:200])

    def release(self, held: HeldPull) -> None:
        """A held record was applied (or superseded): it goes."""
        self.conn.execute("DELETE FROM pull_quarantine WHERE seq = ?", (held.seq,))

    def hold_again(self, held: HeldPull, reason: str, app_version: str) -> None:
        """This version could not read it either: try again after the next update."""
        self.conn.execute(
            "UPDATE pull_quarantine SET attempts = attempts + 1, reason = ?, app_version = ? "
            "WHERE seq = ?",
            (reason[:2000], app_version, held.seq),
        )

    def set_directory(self, body: Any, revision: int) -> None:
        """The partner directory as published centrally."""
        self.set_meta(meta.DIRECTORY, json.dumps(body))
        self.set_meta(meta.DIRECTORY_REVISION, str(revision))

    def drop_directory(self) -> None:
        self.conn.execute("DELETE FROM meta WHERE key IN (?, ?)",
                          (meta.DIRECTORY, meta.DIRECTORY_REVISION))  # fmt: skip

    def set_referral_status(self, referral_id: str, body: Any) -> None:
        """A pulled status update; applied by :meth:`ReferralRepository.apply_pulled_statuses`."""
        self.set_meta(meta.referral_status_key(referral_id), json.dumps(body))

    def set_meta(self, key: str, value: str) -> None:
        self.outbox.store.set_meta(key, value, self.conn)


# -- what the rest of Desk reads ---------------------------------------------------------------


def referral_statuses(store: Store) -> dict[str, dict[str, Any]]:
    """Pulled referral status updates: referral id -> ``{status, at, by, note, revision}``."""
    return {
        str(key)[len(meta.REFERRAL_STATUS_PREFIX) :]: json.loads(value)
        for key, value in store.conn().execute(
            "SELECT key, value FROM meta WHERE key LIKE ?", (meta.REFERRAL_STATUS_PREFIX + "%",)
        )
    }


def quarantined_entries(store: Store) -> list[dict[str, Any]]:
    """Quarantined outbox entries with the server's reason, oldest first."""
    rows = (
        store.conn()
        .execute(
            "SELECT seq, kind, record_id, revision, attempts, last_error, created_at FROM outbox "
            "WHERE state = ? ORDER BY seq",
            (QUARANTINED,),
        )
        .fetchall()
    )
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]


def requeue(store: Store, seq: int) -> None:
    """Send a quarantined entry again (after IT fixed the server side, for instance)."""
    with store.tx() as conn:
        row = conn.execute(
            "SELECT kind, record_id FROM outbox WHERE seq = ? AND state = ?", (seq, QUARANTINED)
        ).fetchone()
        if row is None:
            return
        conn.execute("UPDATE outbox SET state = ?, last_error = NULL WHERE seq = ?", (PENDING, seq))
        table = TABLES.get(row["kind"])
        if table is not None:
            conn.execute(
                f"UPDATE {table} SET sync_state = ? WHERE id = ? AND sync_state = ?",
                (PENDING, row["record_id"], QUARANTINED),
            )
