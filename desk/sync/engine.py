"""One sync run: push the outbox, then pull; exactly once, whatever breaks.

Push rules:

* Outbox entries go in ``seq`` order, in batches, and at most one entry per
  record per batch: a later entry of the same record is sent only after the
  earlier one was acknowledged, with its ``base_revision`` moved to the
  revision the server gave (rewritten in the acknowledging transaction, so
  an entry's body never changes once it may have been sent).
* An entry leaves the outbox only when the server acknowledged it
  (``accepted`` or ``duplicate``); its record is marked synced with the
  server revision in the same local transaction.
* ``rejected``: that entry is quarantined with the server's reason, the
  others go on. ``conflict``: the server keeps its version, the record's
  ``sync_state`` becomes ``conflict`` and the server version is kept in
  ``meta`` (``sync.conflict.<kind>.<id>``) until a person chooses.
* A batch the server refuses as a whole (4xx) is split in halves until the
  one bad entry is found and quarantined: one bad record never blocks the
  queue.

Pull rules: each page of changes is applied and the cursor saved in the same
transaction (re-applying a page is harmless). Guides are written to
:func:`desk.paths.synced_guides_dir` before that transaction commits; the
partner directory and referral status updates go into ``meta``.

Training profiles never sync (:class:`TrainingProfile`). No Qt here.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from desk import paths
from desk.domain.cases import search_text
from desk.messages import Message, msg
from desk.secrets import KeyringUnavailable
from desk.store.common import CONFLICT, PENDING, QUARANTINED, SYNCED, from_iso, to_iso, utcnow
from desk.store.crypto import FieldCipher, TokenError
from desk.store.referrals import SEALED_KEY, ReferralRepository, seal_wire, unseal_wire
from desk.store.store import Store
from desk.sync.client import Cancelled, CentralClient, Refused, SyncError
from desk.sync.enrollment import META_CURSOR, TrainingProfile

log = logging.getLogger(__name__)

#: Wire kind -> local table.
TABLES: Final[dict[str, str]] = {"case": "cases", "referral": "referrals"}

META_LAST_SYNC: Final = "sync.last_success"
META_LAST_ATTEMPT: Final = "sync.last_attempt"
META_LAST_ERROR: Final = "sync.last_error"
META_CLOCK_SKEW: Final = "sync.clock_skew"
META_DIRECTORY: Final = "sync.directory"
META_DIRECTORY_REVISION: Final = "sync.directory_revision"
META_STATUS_PREFIX: Final = "sync.referral_status."
META_CONFLICT_PREFIX: Final = "sync.conflict."

#: Clock differences above this are shown to the user.
SKEW_WARNING_SECONDS: Final = 300.0

Progress = Callable[[int, int, str], None]
Hook = Callable[[str], None]

#: Batch-level refusals that can be caused by one change: split the batch to find it.
_SPLIT_ON: Final = frozenset({409, 413, 422})
_GUIDE_FILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.md$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2})?$")


@dataclass
class SyncReport:
    """What one run did, and what is left."""

    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    #: Guides (new versions) written into the synced guides folder.
    guides: int = 0
    pending: int = 0
    quarantined: int = 0
    clock_skew: float | None = None
    error: SyncError | None = None
    #: Messages for the user (each a ``msg()``; the UI translates them one by one).
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary_parts(self) -> list[Message]:
        """The parts of :meth:`summary`, each a message the UI can translate on its own."""
        parts = [msg("{0} verzonden", self.accepted + self.duplicates),
                 msg("{0} ontvangen", self.pulled)]  # fmt: skip
        if self.rejected:
            parts.append(msg("{0} geweigerd", self.rejected))
        if self.conflicts:
            parts.append(msg("{0} conflict(en)", self.conflicts))
        parts.append(msg("{0} in wachtrij", self.pending))
        if self.quarantined:
            parts.append(msg("{0} in quarantaine", self.quarantined))
        return parts

    def summary(self) -> str:
        """One Dutch line for the command line and the log (the UI joins translated parts)."""
        return ", ".join(self.summary_parts())


def _no_hook(_point: str) -> None:
    return None


class SyncEngine:
    """Runs push then pull for one store against one client.

    Args:
        store: the profile's store (its connection for this thread is used).
        client: a :class:`CentralClient` with the device token.
        batch_size: changes per push request (the server allows 500).
        pull_limit: changes per pull page.
        progress: ``progress(done, total, text)`` during push and pull.
        hook: called at named points (``before_send``, ``after_response``,
            ``after_mark``, ``before_cursor``, ``after_cursor``); the crash
            tests kill the process there.
    """

    def __init__(
        self,
        store: Store,
        client: CentralClient,
        *,
        batch_size: int = 500,
        pull_limit: int = 1000,
        progress: Progress | None = None,
        hook: Hook | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.batch_size = max(1, min(batch_size, 500))
        self.pull_limit = pull_limit
        self.progress = progress or (lambda _d, _t, _s: None)
        self.hook = hook or _no_hook
        self._tables: dict[str, bool] = {}
        self._sender: ThreadPoolExecutor | None = None
        self._cipher: FieldCipher | None = None

    @property
    def cancel(self) -> threading.Event:
        return self.client.cancel

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> SyncReport:
        """Push, then pull. Errors end up in ``report.error``; nothing is lost."""
        if self.store.is_training:
            raise TrainingProfile()
        report = SyncReport()
        self.store.set_meta(META_LAST_ATTEMPT, to_iso(utcnow()))
        try:
            self.push(report)
            self.pull(report)
            # Status updates pulled from partners reach the referrals now that
            # this desk's own changes have gone first.
            ReferralRepository(self.store).apply_pulled_statuses()
        except SyncError as exc:
            report.error = exc
            log.warning("sync stopped: %s (%s)", type(exc).__name__, exc.detail)
        finally:
            self._finish(report)
        return report

    def _finish(self, report: SyncReport) -> None:
        counts = self.store.outbox_counts()
        report.pending = counts.get(PENDING, 0)
        report.quarantined = counts.get(QUARANTINED, 0)
        report.clock_skew = self.client.clock_skew
        if report.clock_skew is not None and abs(report.clock_skew) > SKEW_WARNING_SECONDS:
            report.warnings.append(
                msg(
                    "De klok van deze computer wijkt {0} seconden af van de centrale server. "
                    "Vraag IT om datum en tijd na te kijken.",
                    round(abs(report.clock_skew)),
                )
            )
        with self.store.tx() as conn:
            if report.clock_skew is not None:
                self.store.set_meta(META_CLOCK_SKEW, str(report.clock_skew), conn)
            if report.error is None:
                self.store.set_meta(META_LAST_SYNC, to_iso(utcnow()), conn)
                self.store.set_meta(META_LAST_ERROR, "", conn)
            elif not isinstance(report.error, Cancelled):
                self.store.set_meta(META_LAST_ERROR, report.error.message, conn)

    # -- push --------------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Send the outbox, one batch ahead: batch k+1 travels while batch k is marked.

        Only one request is ever in flight (a single sender thread), and a batch
        never holds a record that is in the batch before it, so the per-record
        order and the base-revision chaining stay as if it were sequential.
        """
        total = self.store.outbox_counts().get(PENDING, 0)
        done = 0
        self.progress(0, total, msg("Verzenden"))
        sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync-push")
        self._sender = sender
        inflight: tuple[list[sqlite3.Row], Future[dict[str, Any]]] | None = None
        try:
            while True:
                if self.cancel.is_set():
                    if inflight is not None:
                        self._settle(*inflight, report)  # its answer is here or on its way
                    raise Cancelled()
                busy = {(r["kind"], r["record_id"]) for r in inflight[0]} if inflight else set()
                batch = self._next_batch(busy)
                upcoming: tuple[list[sqlite3.Row], Future[dict[str, Any]]] | None = None
                if batch:
                    changes = self._prepare(batch, report)
                    if changes is None:  # broken local entries were quarantined
                        done += len(batch)
                        continue
                    self.hook("before_send")
                    upcoming = (batch, sender.submit(self.client.push, changes))
                settled_one = inflight is not None
                if inflight is not None:
                    done += self._settle(*inflight, report)
                    self.progress(min(done, total), max(total, done), msg("Verzenden"))
                inflight = upcoming
                if upcoming is None and not settled_one:
                    break  # nothing sent, nothing waiting: the outbox is done
        finally:
            sender.shutdown(wait=True)  # an answer still on its way is dropped: resent later
            self._sender = None

    def _next_batch(self, busy: set[tuple[str, str]] | None = None) -> list[sqlite3.Row]:
        rows = (
            self.store.conn()
            .execute(
                "SELECT seq, kind, record_id, revision, base_revision, idempotency_key, deleted, "
                "payload FROM outbox WHERE state = ? ORDER BY seq LIMIT ?",
                (PENDING, self.batch_size * 4 + len(busy or ())),
            )
            .fetchall()
        )
        seen: set[tuple[str, str]] = set(busy or ())
        batch: list[sqlite3.Row] = []
        for row in rows:
            key = (row["kind"], row["record_id"])
            if key in seen:
                continue  # a later version of a record waits for the earlier one's answer
            seen.add(key)
            batch.append(row)
            if len(batch) == self.batch_size:
                break
        return batch

    def _prepare(self, batch: list[sqlite3.Row], report: SyncReport) -> list[dict[str, Any]] | None:
        """The wire changes of *batch*; None if broken entries had to be quarantined first."""
        changes: list[dict[str, Any]] = []
        broken: list[tuple[sqlite3.Row, str]] = []
        for row in batch:
            try:
                change = _change(row)
                if row["kind"] == "referral":
                    change["body"] = self._unseal(change["body"], row["record_id"])
                changes.append(change)
            except ValueError as exc:
                broken.append((row, f"local_payload: {exc}"))
            except (KeyringUnavailable, TokenError) as exc:
                # Kept, not lost: resendable from the problems dialog once the key is back.
                broken.append((row, f"personal_data_key: {exc}"))
        if not broken:
            return changes
        with self.store.tx() as conn:
            for row, reason in broken:
                self._quarantine(conn, row, reason, QUARANTINED)
        report.rejected += len(broken)
        return None

    def _unseal(self, body: dict[str, Any], record_id: str) -> dict[str, Any]:
        """A referral's personal fields are sealed in the outbox; open them to send."""
        if SEALED_KEY not in body:
            return body
        if self._cipher is None:
            self._cipher = ReferralRepository(self.store).cipher()
        return unseal_wire(body, record_id, self._cipher)

    def _push_batch(self, batch: list[sqlite3.Row], report: SyncReport) -> int:
        """Send *batch* now and settle it; returns how many entries were settled."""
        changes = self._prepare(batch, report)
        if changes is None:
            return len(batch)
        self.hook("before_send")
        sender = self._sender
        future: Future[dict[str, Any]]
        if sender is not None:
            future = sender.submit(self.client.push, changes)  # behind any request in flight
        else:
            future = Future()
            try:
                future.set_result(self.client.push(changes))
            except SyncError as exc:
                future.set_exception(exc)
        return self._settle(batch, future, report)

    def _settle(
        self, batch: list[sqlite3.Row], future: Future[dict[str, Any]], report: SyncReport
    ) -> int:
        """Wait for *batch*'s answer and mark it; returns how many entries were settled."""
        try:
            answer = future.result()
        except Refused as exc:
            if exc.status not in _SPLIT_ON:
                raise  # about the request itself (role, protocol): splitting cannot help
            return self._split(batch, exc, report)
        except SyncError as exc:
            self._note_attempt(batch, exc)
            raise
        self.hook("after_response")
        by_key = {str(r["idempotency_key"]): r for r in answer["results"]}
        now = to_iso(utcnow())
        acked: list[tuple[sqlite3.Row, int]] = []
        with self.store.tx() as conn:
            for row in batch:
                result = by_key[row["idempotency_key"]]
                status = result["status"]
                if status in ("accepted", "duplicate"):
                    acked.append((row, int(result["revision"])))
                    if status == "accepted":
                        report.accepted += 1
                    else:
                        report.duplicates += 1
                elif status == "conflict":
                    self._conflict(conn, row, result, now)
                    report.conflicts += 1
                else:
                    reason = f"{result.get('reason_code') or 'rejected'}: " + str(
                        result.get("reason") or "geweigerd door de server"
                    )
                    self._quarantine(conn, row, reason, QUARANTINED)
                    report.rejected += 1
            self._ack(conn, acked, now)
        self.hook("after_mark")
        return len(batch)

    def _split(self, batch: list[sqlite3.Row], exc: Refused, report: SyncReport) -> int:
        if len(batch) == 1:
            with self.store.tx() as conn:
                self._quarantine(conn, batch[0], f"http_{exc.status}: {exc.detail}", QUARANTINED)
            report.rejected += 1
            return 1
        half = len(batch) // 2
        log.info("push of %d refused (%s); splitting", len(batch), exc.status)
        return self._push_batch(batch[:half], report) + self._push_batch(batch[half:], report)

    def _note_attempt(self, batch: Iterable[sqlite3.Row], exc: SyncError) -> None:
        try:
            with self.store.tx() as conn:
                conn.executemany(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                    [(exc.detail or type(exc).__name__, row["seq"]) for row in batch],
                )
        except sqlite3.Error:
            log.exception("could not note the failed attempt")

    def _table(self, conn: sqlite3.Connection, kind: str) -> str | None:
        table = TABLES.get(kind)
        if table is None:
            return None
        if table not in self._tables:
            found = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            self._tables[table] = found is not None
        return table if self._tables[table] else None

    def _ack(
        self, conn: sqlite3.Connection, acked: list[tuple[sqlite3.Row, int]], now: str
    ) -> None:
        """Acknowledged entries leave the outbox; their records are marked, set-wise."""
        if not acked:
            return
        conn.executemany("DELETE FROM outbox WHERE seq = ?", [(r["seq"],) for r, _ in acked])
        # An older version the server refused is superseded by this accepted one (every
        # change carries the whole record): "fix and resend" clears the quarantine.
        conn.executemany(
            "DELETE FROM outbox WHERE kind = ? AND record_id = ? AND state = ? AND seq < ? "
            "AND (last_error IS NULL OR last_error NOT LIKE 'conflict:%')",
            [(r["kind"], r["record_id"], QUARANTINED, r["seq"]) for r, _ in acked],
        )
        # Later local versions were built on top of this one: base them on its revision.
        conn.executemany(
            "UPDATE outbox SET base_revision = ? WHERE kind = ? AND record_id = ? "
            "AND state = ? AND seq > ? AND base_revision = ?",
            [
                (rev, r["kind"], r["record_id"], PENDING, r["seq"], r["base_revision"])
                for r, rev in acked
            ],
        )
        for kind in {r["kind"] for r, _ in acked}:
            table = self._table(conn, kind)
            if table is None:
                continue
            conn.executemany(
                f"UPDATE {table} SET server_revision = max(server_revision, ?), synced_at = ?, "
                "sync_state = CASE "
                "WHEN sync_state = ? THEN sync_state "
                "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = ? "
                "AND o.state = ?) THEN ? "
                "WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = ?) "
                "THEN ? ELSE ? END WHERE id = ?",
                [
                    (rev, now, CONFLICT, kind, r["record_id"], QUARANTINED, QUARANTINED, kind,
                     r["record_id"], PENDING, SYNCED, r["record_id"])
                    for r, rev in acked
                    if r["kind"] == kind
                ],
            )  # fmt: skip

    def _quarantine(
        self, conn: sqlite3.Connection, row: sqlite3.Row, reason: str, record_state: str
    ) -> None:
        conn.execute(
            "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ? WHERE seq = ?",
            (QUARANTINED, reason[:2000], row["seq"]),
        )
        table = self._table(conn, row["kind"])
        if table is not None:
            conn.execute(
                f"UPDATE {table} SET sync_state = ? WHERE id = ?", (record_state, row["record_id"])
            )
        log.warning("outbox %s (%s) quarantined: %s", row["seq"], row["kind"], reason[:200])

    def _conflict(
        self, conn: sqlite3.Connection, row: sqlite3.Row, result: Mapping[str, Any], now: str
    ) -> None:
        reason = "conflict: " + str(result.get("reason") or "de server heeft een nieuwere versie")
        self._quarantine(conn, row, reason, CONFLICT)
        save_conflict(
            self.store,
            conn,
            row["kind"],
            row["record_id"],
            {
                "server_record": self._private_copy(conn, row["kind"], row["record_id"],
                                                    result.get("server_record")),
                "server_revision": result.get("revision"),
                "outbox_seq": row["seq"],
                "reason": reason,
                "detected_at": now,
            },
        )

    def _private_copy(
        self, conn: sqlite3.Connection, kind: str, record_id: str, record: Any
    ) -> Any:
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
            if self._cipher is None:
                self._cipher = ReferralRepository(self.store).cipher(conn)
            sealed = seal_wire(body, record_id, self._cipher)
        except KeyringUnavailable:
            sealed = dict(body, citizen=None, notes="", personal_withheld=True)
        return dict(record, body=sealed)

    # -- pull --------------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        cursor = int(self.store.get_meta(META_CURSOR, "0") or 0)
        while True:
            if self.cancel.is_set():
                raise Cancelled()
            page = self.client.pull(cursor, self.pull_limit)
            changes: list[dict[str, Any]] = page["changes"]
            guides = [c for c in changes if c["kind"] == "guide"]
            self._write_guides(guides)
            report.guides += len(guides)
            now = to_iso(utcnow())
            with self.store.tx() as conn:
                for change in changes:
                    self._apply(conn, change, now, report)
                self.hook("before_cursor")
                self.store.set_meta(META_CURSOR, str(page["cursor"]), conn)
            self.hook("after_cursor")
            report.pulled += len(changes)
            self.progress(report.pulled, report.pulled + (1 if page["more"] else 0),
                          msg("Ontvangen"))  # fmt: skip
            if not page["more"] or page["cursor"] == cursor:
                break
            cursor = page["cursor"]

    def _apply(
        self, conn: sqlite3.Connection, change: Mapping[str, Any], now: str, report: SyncReport
    ) -> None:
        kind = change["kind"]
        if kind == "guide":
            return  # files written before this transaction
        if kind == "directory":
            if change["deleted"]:
                conn.execute("DELETE FROM meta WHERE key IN (?, ?)",
                             (META_DIRECTORY, META_DIRECTORY_REVISION))  # fmt: skip
            else:
                self.store.set_meta(META_DIRECTORY, json.dumps(change["body"]), conn)
                self.store.set_meta(META_DIRECTORY_REVISION, str(change["revision"]), conn)
            return
        if kind == "referral_status":
            if not change["deleted"]:
                key = META_STATUS_PREFIX + str(change["id"])
                self.store.set_meta(key, json.dumps(change["body"]), conn)
            return
        if kind in TABLES:
            try:
                self._apply_record(conn, change, now, report)
            except (KeyError, TypeError, ValueError) as exc:
                # A body this desk cannot read must not stop the pull for good: keep
                # going and say so (the server validated it; a newer Desk can read it).
                log.warning("pull: %s %s not applied: %s", kind, change.get("id"), exc)
                report.warnings.append(
                    msg(
                        "Een {0} van de server kon niet verwerkt worden (id {1}).",
                        kind,
                        change.get("id"),
                    )
                )
            return
        log.info("pull: unknown kind %r ignored", kind)

    def _apply_record(
        self, conn: sqlite3.Connection, change: Mapping[str, Any], now: str, report: SyncReport
    ) -> None:
        kind, record_id, revision = change["kind"], str(change["id"]), int(change["revision"])
        table = self._table(conn, kind)
        if table is None:
            return  # this desk has no such table (yet): nothing to keep
        row = conn.execute(
            f"SELECT revision, server_revision, sync_state FROM {table} WHERE id = ?",
            (record_id,),
        ).fetchone()
        if row is not None and revision <= int(row["server_revision"]):
            return  # our own change coming back, or a page applied before
        local_changes = conn.execute(
            "SELECT 1 FROM outbox WHERE kind = ? AND record_id = ? LIMIT 1", (kind, record_id)
        ).fetchone()
        if row is not None and (local_changes is not None or row["sync_state"] == CONFLICT):
            conn.execute(f"UPDATE {table} SET sync_state = ? WHERE id = ?", (CONFLICT, record_id))
            save_conflict(self.store, conn, kind, record_id, {
                "server_record": self._private_copy(conn, kind, record_id, dict(change)),
                "server_revision": revision,
                "reason": "de server heeft een nieuwere versie dan deze computer",
                "detected_at": now,
            })  # fmt: skip
            report.conflicts += 1
            return
        if kind != "case":
            return  # referral bodies are applied by the referral module (see the report)
        if change["deleted"]:
            if row is not None:
                conn.execute(
                    f"UPDATE {table} SET deleted = 1, revision = max(revision, ?), "
                    "server_revision = ?, sync_state = ?, synced_at = ?, updated_at = ? "
                    "WHERE id = ?",
                    (revision, revision, SYNCED, now, now, record_id),
                )
            return
        values = case_columns(change["body"])
        if row is None:
            values.update(id=record_id, created_at=now, updated_at=now, revision=revision,
                          server_revision=revision, sync_state=SYNCED, deleted=0,
                          synced_at=now, follow_up_done=0)  # fmt: skip
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
        else:
            values.update(updated_at=now, revision=max(revision, int(row["revision"])),
                          server_revision=revision, sync_state=SYNCED, synced_at=now,
                          deleted=0)  # fmt: skip
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), record_id))

    def _write_guides(self, changes: list[dict[str, Any]]) -> None:
        if not changes:
            return
        folder = paths.synced_guides_dir()
        for change in changes:
            body = change.get("body") or {}
            name = str(body.get("file") or f"{change['id']}.md")
            if not _GUIDE_FILE.match(name):
                log.warning("pull: guide %r has an unsafe file name; skipped", change["id"])
                continue
            if change["deleted"]:
                for path in [folder / name, *folder.glob(f"i18n/*/{name}")]:
                    path.unlink(missing_ok=True)
                continue
            _atomic_write(folder / name, str(body.get("text", "")))
            translations = body.get("translations") or {}
            if isinstance(translations, dict):
                for lang, text in translations.items():
                    if isinstance(lang, str) and _LANG.match(lang) and isinstance(text, str):
                        _atomic_write(folder / "i18n" / lang / name, text)


def _change(row: sqlite3.Row) -> dict[str, Any]:
    body = json.loads(row["payload"])
    if not isinstance(body, dict):
        raise ValueError("payload is not a JSON object")
    return {
        "kind": row["kind"],
        "id": row["record_id"],
        "revision": int(row["revision"]),
        "base_revision": int(row["base_revision"]),
        "idempotency_key": row["idempotency_key"],
        "deleted": bool(row["deleted"]),
        "body": body,
    }


def case_columns(body: Mapping[str, Any]) -> dict[str, Any]:
    """Local ``cases`` columns from a case wire body (the inverse of ``case_to_wire``)."""
    topics = [str(t) for t in body.get("topics") or []]
    occurred = to_iso(from_iso(str(body["occurred_at"])))
    session = body.get("guide_session")
    notes = str(body.get("notes") or "")
    return {
        "occurred_at": occurred,
        "office": body["office"],
        "staff": body["staff"],
        "channel": body["channel"],
        "topics": json.dumps(topics, ensure_ascii=False),
        "search_text": search_text(topics, notes),
        "outcome": body["outcome"],
        "not_possible_reason": body.get("not_possible_reason"),
        "follow_up_on": body.get("follow_up_on"),
        "referral_id": body.get("referral_id"),
        "duration_min": int(body.get("duration_min") or 0),
        "skill": body.get("skill"),
        "language": body.get("language") or "nl",
        "feedback": body.get("feedback"),
        "notes": notes,
        "citizen_ref": body.get("citizen_ref"),
        "guide_session": None if session is None else json.dumps(session, ensure_ascii=False),
        "training": int(bool(body.get("training"))),
    }


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pull-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- what the rest of Desk reads -------------------------------------------------------------


def save_conflict(
    store: Store, conn: sqlite3.Connection, kind: str, record_id: str, data: Mapping[str, Any]
) -> None:
    store.set_meta(f"{META_CONFLICT_PREFIX}{kind}.{record_id}", json.dumps(data), conn)


def conflicts(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """Open conflicts: (kind, record id) -> the server version and reason."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for key, value in store.conn().execute(
        "SELECT key, value FROM meta WHERE key LIKE ?", (META_CONFLICT_PREFIX + "%",)
    ):
        kind, _, record_id = str(key)[len(META_CONFLICT_PREFIX) :].partition(".")
        found[(kind, record_id)] = json.loads(value)
    return found


def referral_statuses(store: Store) -> dict[str, dict[str, Any]]:
    """Pulled referral status updates: referral id -> ``{status, at, by, note, revision}``."""
    return {
        str(key)[len(META_STATUS_PREFIX) :]: json.loads(value)
        for key, value in store.conn().execute(
            "SELECT key, value FROM meta WHERE key LIKE ?", (META_STATUS_PREFIX + "%",)
        )
    }


def directory(store: Store) -> dict[str, Any] | None:
    """The partner directory as last published centrally, or None."""
    text = store.get_meta(META_DIRECTORY)
    return None if not text else dict(json.loads(text))


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
        if (
            table is not None
            and conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
        ):
            conn.execute(
                f"UPDATE {table} SET sync_state = ? WHERE id = ? AND sync_state = ?",
                (PENDING, row["record_id"], QUARANTINED),
            )
