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
  ``meta`` (:mod:`desk.store.conflicts`) until a person chooses.
* A batch the server refuses as a whole (4xx) is split in halves until the
  one bad entry is found and quarantined: one bad record never blocks the
  queue.

Pull rules: each page of changes is applied and the cursor saved in the same
transaction (re-applying a page is harmless). A case or referral this Desk
cannot read is not dropped: it is held in ``pull_quarantine`` (body sealed)
and tried again after an update of Desk; ``SyncReport.held`` and the status
count them. A newer server version without personal data takes every local
copy of it away (:meth:`desk.store.outbox.OutboxTx.apply_record`). Guides are written to
:func:`desk.paths.synced_guides_dir` before that transaction commits; the
partner directory and referral status updates go into ``meta``.

Training profiles never sync (:class:`TrainingProfile`). No Qt here, and no
SQL: the engine reads and writes the store through :mod:`desk.store.outbox`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from desk import __version__, paths
from desk.messages import Message, msg
from desk.secrets import KeyringUnavailable
from desk.store import meta
from desk.store.common import PENDING, QUARANTINED, to_iso, utcnow
from desk.store.crypto import TokenError
from desk.store.outbox import Outbox, OutboxEntry, OutboxTx, UnreadableRecord
from desk.store.records import TABLES
from desk.store.referrals import SEALED_KEY, ReferralRepository, unseal_wire
from desk.store.store import Store
from desk.sync.client import Cancelled, CentralClient, Refused, SyncError
from desk.sync.enrollment import TrainingProfile

log = logging.getLogger(__name__)

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
    #: Pulled records this Desk could not read: kept, tried again after an update.
    held: int = 0
    #: Held records that an update of Desk could read and applied in this run.
    released: int = 0
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
            parts.append(msg("{0} wachten op een oplossing (Synchronisatieproblemen)",
                             self.quarantined))
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
        self.outbox = Outbox(store)
        self._sender: ThreadPoolExecutor | None = None

    @property
    def cancel(self) -> threading.Event:
        return self.client.cancel

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> SyncReport:
        """Push, then pull. Errors end up in ``report.error``; nothing is lost."""
        if self.store.is_training:
            raise TrainingProfile()
        report = SyncReport()
        self.store.set_meta(meta.SYNC_LAST_ATTEMPT, to_iso(utcnow()))
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
        counts = self.outbox.counts()
        report.pending = counts.get(PENDING, 0)
        report.quarantined = counts.get(QUARANTINED, 0)
        report.held = self.outbox.held_count()
        report.clock_skew = self.client.clock_skew
        if report.clock_skew is not None and abs(report.clock_skew) > SKEW_WARNING_SECONDS:
            report.warnings.append(
                msg(
                    "De klok van deze computer wijkt {0} seconden af van de centrale server. "
                    "Vraag IT om datum en tijd na te kijken.",
                    round(abs(report.clock_skew)),
                )
            )
        with self.outbox.tx() as tx:
            if report.clock_skew is not None:
                tx.set_meta(meta.SYNC_CLOCK_SKEW, str(report.clock_skew))
            if report.error is None:
                tx.set_meta(meta.SYNC_LAST_SUCCESS, to_iso(utcnow()))
                tx.set_meta(meta.SYNC_LAST_ERROR, "")
            elif not isinstance(report.error, Cancelled):
                tx.set_meta(meta.SYNC_LAST_ERROR, report.error.message)

    # -- push --------------------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Send the outbox, one batch ahead: batch k+1 travels while batch k is marked.

        Only one request is ever in flight (a single sender thread), and a batch
        never holds a record that is in the batch before it, so the per-record
        order and the base-revision chaining stay as if it were sequential.
        """
        total = self.outbox.counts().get(PENDING, 0)
        done = 0
        self.progress(0, total, msg("Verzenden"))
        sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync-push")
        self._sender = sender
        inflight: tuple[list[OutboxEntry], Future[dict[str, Any]]] | None = None
        try:
            while True:
                if self.cancel.is_set():
                    if inflight is not None:
                        self._settle(*inflight, report)  # its answer is here or on its way
                    raise Cancelled()
                busy = {e.record for e in inflight[0]} if inflight else set()
                batch = self.outbox.next_batch(self.batch_size, busy)
                upcoming: tuple[list[OutboxEntry], Future[dict[str, Any]]] | None = None
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

    def _prepare(self, batch: list[OutboxEntry], report: SyncReport) -> list[dict[str, Any]] | None:
        """The wire changes of *batch*; None if broken entries had to be quarantined first."""
        changes: list[dict[str, Any]] = []
        broken: list[tuple[OutboxEntry, str]] = []
        for entry in batch:
            try:
                change = _change(entry)
                if entry.kind == "referral":
                    change["body"] = self._unseal(change["body"], entry.record_id)
                changes.append(change)
            except ValueError as exc:
                broken.append((entry, f"local_payload: {exc}"))
            except (KeyringUnavailable, TokenError) as exc:
                # Kept, not lost: resendable from the problems dialog once the key is back.
                broken.append((entry, f"personal_data_key: {exc}"))
        if not broken:
            return changes
        with self.outbox.tx() as tx:
            for entry, reason in broken:
                tx.quarantine(entry, reason)
        report.rejected += len(broken)
        return None

    def _unseal(self, body: dict[str, Any], record_id: str) -> dict[str, Any]:
        """A referral's personal fields are sealed in the outbox; open them to send."""
        if SEALED_KEY not in body:
            return body
        return unseal_wire(body, record_id, self.outbox.cipher())

    def _push_batch(self, batch: list[OutboxEntry], report: SyncReport) -> int:
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
        self, batch: list[OutboxEntry], future: Future[dict[str, Any]], report: SyncReport
    ) -> int:
        """Wait for *batch*'s answer and mark it; returns how many entries were settled."""
        try:
            answer = future.result()
        except Refused as exc:
            if exc.status not in _SPLIT_ON:
                raise  # about the request itself (role, protocol): splitting cannot help
            return self._split(batch, exc, report)
        except SyncError as exc:
            self.outbox.note_attempt(batch, exc.detail or type(exc).__name__)
            raise
        self.hook("after_response")
        by_key = {str(r["idempotency_key"]): r for r in answer["results"]}
        now = to_iso(utcnow())
        acked: list[tuple[OutboxEntry, int]] = []
        with self.outbox.tx() as tx:
            for entry in batch:
                result = by_key[entry.idempotency_key]
                status = result["status"]
                if status in ("accepted", "duplicate"):
                    acked.append((entry, int(result["revision"])))
                    if status == "accepted":
                        report.accepted += 1
                    else:
                        report.duplicates += 1
                elif status == "conflict":
                    reason = "conflict: " + str(
                        result.get("reason") or "de server heeft een nieuwere versie"
                    )
                    tx.conflict(entry, reason, result.get("server_record"),
                                result.get("revision"), now)  # fmt: skip
                    report.conflicts += 1
                else:
                    reason = f"{result.get('reason_code') or 'rejected'}: " + str(
                        result.get("reason") or "geweigerd door de server"
                    )
                    tx.quarantine(entry, reason)
                    report.rejected += 1
            tx.ack(acked, now)
        self.hook("after_mark")
        return len(batch)

    def _split(self, batch: list[OutboxEntry], exc: Refused, report: SyncReport) -> int:
        if len(batch) == 1:
            with self.outbox.tx() as tx:
                tx.quarantine(batch[0], f"http_{exc.status}: {exc.detail}")
            report.rejected += 1
            return 1
        half = len(batch) // 2
        log.info("push of %d refused (%s); splitting", len(batch), exc.status)
        return self._push_batch(batch[:half], report) + self._push_batch(batch[half:], report)

    # -- pull --------------------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        self._retry_held(report)
        cursor = int(self.store.get_meta(meta.SYNC_CURSOR, "0") or 0)
        erased = 0
        try:
            while True:
                if self.cancel.is_set():
                    raise Cancelled()
                page = self.client.pull(cursor, self.pull_limit)
                changes: list[dict[str, Any]] = page["changes"]
                guides = [c for c in changes if c["kind"] == "guide"]
                self._write_guides(guides)
                report.guides += len(guides)
                now = to_iso(utcnow())
                with self.outbox.tx() as tx:
                    for change in changes:
                        self._apply(tx, change, now, report)
                    self.hook("before_cursor")
                    tx.set_meta(meta.SYNC_CURSOR, str(page["cursor"]))
                erased += tx.erased
                self.hook("after_cursor")
                report.pulled += len(changes)
                self.progress(report.pulled, report.pulled + (1 if page["more"] else 0),
                              msg("Ontvangen"))  # fmt: skip
                if not page["more"] or page["cursor"] == cursor:
                    break
                cursor = page["cursor"]
        finally:
            if erased:
                self.store.checkpoint()  # no old page image keeps what the server erased

    def _apply(
        self, tx: OutboxTx, change: Mapping[str, Any], now: str, report: SyncReport
    ) -> None:
        kind = change["kind"]
        if kind == "guide":
            return  # files written before this transaction
        if kind == "directory":
            if change["deleted"]:
                tx.drop_directory()
            else:
                tx.set_directory(change["body"], int(change["revision"]))
            return
        if kind == "referral_status":
            if not change["deleted"]:
                tx.set_referral_status(str(change["id"]), change["body"])
            return
        if kind in TABLES:
            try:
                if tx.apply_record(change, now) == "conflict":
                    report.conflicts += 1
            except UnreadableRecord as exc:
                # A body this desk cannot read must not stop the pull, nor be lost: it is
                # kept (sealed) and tried again after an update of Desk (the server
                # validated it; a newer Desk can read it). The cursor moves on.
                tx.hold(change, str(exc), __version__, now)
                report.warnings.append(
                    msg(
                        "Een {0} van de server kon niet verwerkt worden (id {1}).",
                        kind,
                        change.get("id"),
                    )
                )
            return
        log.info("pull: unknown kind %r ignored", kind)

    def _retry_held(self, report: SyncReport) -> None:
        """Pulled records an earlier version of Desk could not read: try them again."""
        for held in self.outbox.held_to_retry(__version__):
            try:
                change = self.outbox.open_held(held)
            except (KeyringUnavailable, TokenError, ValueError) as exc:
                log.warning("pull: held %s %s cannot be opened: %s", held.kind, held.record_id,
                            type(exc).__name__)  # fmt: skip
                continue  # kept; tried again once the key is back
            now = to_iso(utcnow())
            with self.outbox.tx() as tx:
                try:
                    if tx.apply_record(change, now) == "conflict":
                        report.conflicts += 1
                except UnreadableRecord as exc:
                    tx.hold_again(held, str(exc), __version__)
                    continue
                tx.release(held)
            report.released += 1
            log.info("pull: held %s %s applied after an update", held.kind, held.record_id)

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


def _change(entry: OutboxEntry) -> dict[str, Any]:
    """The protocol's change of one outbox entry."""
    body = json.loads(entry.payload)
    if not isinstance(body, dict):
        raise ValueError("payload is not a JSON object")
    return {
        "kind": entry.kind,
        "id": entry.record_id,
        "revision": entry.revision,
        "base_revision": entry.base_revision,
        "idempotency_key": entry.idempotency_key,
        "deleted": entry.deleted,
        "body": body,
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
