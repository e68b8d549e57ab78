"""Push: apply a batch of changes exactly once, in one transaction.

Exactly-once rests on the primary key of ``idempotency`` (org, key): the
accepted changes' keys are inserted in the same transaction as the records,
so a key stored twice fails the whole transaction instead of applying twice. Every write
happens inside :func:`desk.central.db.writing`, which also serialises the
change numbers.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from desk import clock
from desk.central import audit, guide_reports, stats
from desk.central import tables as t
from desk.central.auth import Device
from desk.central.db import next_seq, writing
from desk.central.schemas import (
    CaseBody,
    Change,
    GuideReportBody,
    PushRequest,
    PushResponse,
    PushResult,
    ReferralBody,
    readable,
)
from desk.domain.lifecycle import IllegalTransition, check_transition

SKEW_WARNING_SECONDS = 300
_BODY_MODELS: dict[str, type[CaseBody] | type[ReferralBody] | type[GuideReportBody]] = {
    "case": CaseBody,
    "referral": ReferralBody,
    guide_reports.KIND: GuideReportBody,
}


class KeyReusedError(Exception):
    """Idempotency keys came back with a different body: the batch is refused (409)."""

    def __init__(self, results: list[PushResult]) -> None:
        super().__init__("idempotency key reused with a different body")
        self.results = results


@dataclass
class _Item:
    kind: str
    id: str
    org: str
    office: str | None
    revision: int
    deleted: bool
    body: dict[str, Any] | None
    personal: bool = False
    dirty: bool = False
    encoded: str | None = None  # the body as stored JSON, when already serialised
    old_contrib: list[stats.Contribution] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "revision": self.revision,
            "deleted": self.deleted,
            "body": self.body,
        }


def body_hash(change: Change) -> str:
    canonical = json.dumps(
        {
            "kind": change.kind,
            "id": change.id,
            "revision": change.revision,
            "base_revision": change.base_revision,
            "deleted": change.deleted,
            "body": change.body,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _load_items(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], _Item]:
    found: dict[tuple[str, str], _Item] = {}
    i = t.items.c
    by_kind: dict[str, list[str]] = {}
    for kind, item_id in sorted(keys):
        by_kind.setdefault(kind, []).append(item_id)
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 400):
            rows = conn.execute(
                select(
                    i.kind, i.id, i.org, i.office, i.revision, i.deleted, i.body, i.personal
                ).where(i.kind == kind, i.id.in_(ids[start : start + 400]))
            )
            for row in rows:
                body = None if row.deleted else json.loads(row.body)
                item = _Item(row.kind, row.id, row.org, row.office, row.revision, row.deleted,
                             body, row.personal)  # fmt: skip
                item.old_contrib = stats.contributions(
                    conn, row.kind, row.org or "", row.office, body, row.id
                )
                found[(row.kind, row.id)] = item
    return found


def _load_keys(conn: Connection, org: str, keys: list[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    c = t.idempotency.c
    unique = sorted(set(keys))
    for start in range(0, len(unique), 400):
        part = unique[start : start + 400]
        rows = conn.execute(
            select(c.key, c.body_hash, c.answer).where(and_(c.org == org, c.key.in_(part)))
        )
        for key, h, answer in rows:
            found[key] = (h, answer)
    return found


def _duplicate(change: Change, stored_answer: str) -> PushResult:
    first = PushResult.model_validate_json(stored_answer)
    return first.model_copy(update={"status": "duplicate", "first_status": first.status})


def _reject(change: Change, code: str, reason: str) -> PushResult:
    return PushResult(
        id=change.id,
        idempotency_key=change.idempotency_key,
        status="rejected",
        reason=reason,
        reason_code=code,
    )


def _apply_one(
    change: Change,
    device: Device,
    state: dict[tuple[str, str], _Item],
    accept_training: bool,
) -> PushResult:
    """Decide one change against the in-batch state; mutates *state* when accepted."""
    key = (change.kind, change.id)
    item = state.get(key)
    if item is not None and item.org != device.org:
        return _reject(change, "other_organisation", "this record belongs to another organisation")
    if change.kind == guide_reports.KIND:  # written once by its desk, answered by the editors
        refused = guide_reports.refuse_change(item is not None, change.deleted)
        if refused is not None:
            return _reject(change, *refused)
    body: dict[str, Any] | None = None
    encoded: str | None = None
    personal = False
    if not change.deleted:
        try:
            model = _BODY_MODELS[change.kind].model_validate(change.body)
        except ValidationError as exc:
            return _reject(change, "invalid_body", readable(exc, "body."))
        if model.training and not accept_training:
            return _reject(
                change,
                "oefenmodus",
                "oefenmodus: training records are not accepted by this (production) server",
            )
        body = model.model_dump(mode="json")
        encoded = model.model_dump_json()
        personal = isinstance(model, ReferralBody) and model.citizen is not None
    current = item.revision if item is not None else 0
    if change.base_revision < current:
        assert item is not None
        return PushResult(
            id=change.id,
            idempotency_key=change.idempotency_key,
            status="conflict",
            revision=current,
            server_record=item.record(),
            reason=f"the server has revision {current}, this change is based on "
            f"revision {change.base_revision}",
            reason_code="conflict",
        )
    if (
        change.kind == "referral"
        and body is not None
        and item is not None
        and item.body is not None
        and item.body["status"] != body["status"]
    ):
        try:
            check_transition(item.body["status"], body["status"])
        except IllegalTransition as exc:
            return _reject(change, "illegal_transition", str(exc))
    revision = max(change.revision, current + 1)
    office = body.get("office") if body is not None else (item.office if item else device.office)
    if item is None:
        item = _Item(change.kind, change.id, device.org, office, revision, change.deleted, body)
        state[key] = item
    item.office = office
    item.revision = revision
    item.deleted = change.deleted
    item.body = body
    item.encoded = encoded
    item.personal = personal
    item.dirty = True
    return PushResult(
        id=change.id,
        idempotency_key=change.idempotency_key,
        status="accepted",
        revision=revision,
    )


def _insert(conn: Connection) -> Any:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


def _apply(
    conn: Connection, device: Device, req: PushRequest, now: datetime, accept_training: bool
) -> list[PushResult]:
    keys = [c.idempotency_key for c in req.changes]
    stored = _load_keys(conn, device.org, keys)
    state = _load_items(conn, {(c.kind, str(c.id)) for c in req.changes})
    results: list[PushResult] = []
    claimed: dict[str, tuple[str, PushResult, Change]] = {}
    reused: list[PushResult] = []
    for change in req.changes:
        h = body_hash(change)
        key = change.idempotency_key
        known = stored.get(key)
        if known is not None or key in claimed:
            first_hash = known[0] if known is not None else claimed[key][0]
            if first_hash != h:
                result = _reject(
                    change,
                    "idempotency_key_reused",
                    "this idempotency key was already used for a different change; "
                    "a new change needs a new key",
                )
                reused.append(result)
            elif known is not None:
                result = _duplicate(change, known[1])
            else:
                result = claimed[key][1].model_copy(
                    update={"status": "duplicate", "first_status": "accepted"}
                )
            results.append(result)
            continue
        result = _apply_one(change, device, state, accept_training)
        if result.status == "accepted":
            claimed[key] = (h, result, change)
        results.append(result)
    if reused:
        raise KeyReusedError(reused)
    if claimed:
        rows = [
            {
                "org": device.org,
                "key": key,
                "device_id": device.id,
                "kind": change.kind,
                "item_id": change.id,
                "body_hash": h,
                "answer": result.model_dump_json(exclude_none=True),
                "created_at": now,
            }
            for key, (h, result, change) in claimed.items()
        ]
        # The primary key (org, key) is what makes this exactly-once: should another
        # writer have stored one of these keys since we looked (the change lock makes
        # that impossible, but the database has the last word), this INSERT fails,
        # the whole batch rolls back, and push() runs it again, now as duplicates.
        conn.execute(t.idempotency.insert(), rows)
        _write_items(conn, device, [it for it in state.values() if it.dirty], now)
        guide_reports.index(conn, [
            guide_reports.Pushed(it.id, it.org, it.office or device.office, device.id, it.body)
            for it in state.values()
            if it.dirty and it.kind == guide_reports.KIND and it.body is not None
        ], now)  # fmt: skip
    conn.execute(update(t.devices).where(t.devices.c.id == device.id).values(last_sync_at=now))
    shown = sum(
        1
        for r in results
        if r.status == "conflict" and state[(r.server_record or {}).get("kind", ""), r.id].personal
    )
    if shown:
        audit.record(
            conn, device.label, "personal.read", org=device.org,
            detail={"referrals_with_personal_data": shown, "via": "conflict"}, now=now,
        )  # fmt: skip
    personal = sum(1 for it in state.values() if it.dirty and it.personal)
    if personal:
        audit.record(
            conn, device.label, "personal.write", org=device.org,
            detail={"referrals_with_personal_data": personal}, now=now,
        )  # fmt: skip
    return results


_UPDATED_COLUMNS = (
    "office",
    "revision",
    "deleted",
    "body",
    "seq",
    "updated_at",
    "device_id",
    "personal",
)


def _write_items(conn: Connection, device: Device, dirty: list[_Item], now: datetime) -> None:
    if not dirty:
        return
    first = next_seq(conn, len(dirty))
    deltas: Counter[stats.Contribution] = Counter()
    rows = []
    for n, item in enumerate(dirty):
        deltas.subtract(item.old_contrib)
        deltas.update(
            stats.contributions(conn, item.kind, item.org, item.office, item.body, item.id)
        )
        rows.append(
            {
                "kind": item.kind,
                "id": item.id,
                "org": item.org,
                "office": item.office,
                "revision": item.revision,
                "deleted": item.deleted,
                "body": item.encoded
                if item.encoded is not None
                else json.dumps(item.body, separators=(",", ":"), ensure_ascii=False),
                "seq": first + n,
                "updated_at": now,
                "device_id": device.id,
                "personal": item.personal,
            }
        )
    stmt = _insert(conn)(t.items)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "id"],
        set_={
            col: stmt.excluded[col]
            for col in (
                "office",
                "revision",
                "deleted",
                "body",
                "seq",
                "updated_at",
                "device_id",
                "personal",
            )
        },
    )
    conn.execute(stmt, rows)
    stats.apply_deltas(conn, deltas)


def push(
    engine: Engine,
    device: Device,
    req: PushRequest,
    *,
    accept_training: bool = False,
    now: datetime | None = None,
) -> PushResponse:
    """Apply *req* for *device*; raises :class:`KeyReusedError` (nothing stored) on key reuse."""
    now = now or clock.now()
    for attempt in range(3):
        try:
            with writing(engine) as conn:
                results = _apply(conn, device, req, now, accept_training)
            break
        except IntegrityError:
            if attempt == 2:
                raise
    skew = (req.client_time - now).total_seconds()
    warnings = []
    skew_field = None
    if abs(skew) > SKEW_WARNING_SECONDS:
        skew_field = round(skew, 1)
        warnings.append(
            f"clock_skew: the device clock differs {skew_field:+.0f} s from the server; "
            "check the date and time settings / de klok van dit toestel loopt niet gelijk"
        )
    return PushResponse(
        results=results,
        server_time=now.isoformat().replace("+00:00", "Z"),
        clock_skew_seconds=skew_field,
        warnings=warnings,
    )
