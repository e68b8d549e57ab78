"""Push: apply a batch of changes exactly once, in one transaction.

Exactly-once rests on the primary key of ``idempotency`` (org, key): the
accepted changes' keys are inserted in the same transaction as the records,
so a key stored twice fails the whole transaction instead of applying twice. Every write
happens inside :func:`desk.central.db.writing`, which also serialises the
change numbers.

Each change is judged on its own (:func:`_apply_one`): a body the schema or the rules
refuse is ``rejected`` with a reason and the rest of the batch is applied. Should the
database still refuse to store something, the batch is applied again one change at a
time, each in a savepoint, and only the change the database refused is rejected.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, and_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from desk import clock
from desk.central import audit, guide_reports, retention, stats
from desk.central import tables as t
from desk.central.auth import Device
from desk.central.db import next_seq, writing
from desk.central.schemas import (
    BODY_MODELS,
    CaseBody,
    Change,
    GuideReportBody,
    PushRequest,
    PushResponse,
    PushResult,
    ReferralBody,
    StatusEntry,
    personal_in,
    readable,
    unstorable_text,
)
from desk.domain.lifecycle import SENT, role_may_change

log = logging.getLogger(__name__)

SKEW_WARNING_SECONDS = 300
#: What the database may raise for one change it cannot store (the batch then goes again,
#: one change at a time). Never logged with their message: it may quote the data.
_STORE_ERRORS = (DBAPIError, StatementError, ValueError, OverflowError, UnicodeError)


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
    created_by: str | None = None
    dirty: bool = False
    encoded: str | None = None  # the body as stored JSON, when already serialised
    old_contrib: list[stats.Contribution] = field(default_factory=list)
    new_contrib: list[stats.Contribution] = field(default_factory=list)
    personal_fields: tuple[str, ...] = ()
    updated_at: datetime | None = None

    def record(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "revision": self.revision,
            "deleted": self.deleted,
            "body": self.body,
        }


def _shown(conn: Connection, item: _Item) -> dict[str, Any]:
    """The server's record for a conflict answer, without personal fields past retention."""
    record = item.record()
    if item.body is not None and item.updated_at is not None:
        record["body"] = retention.visible_body(conn, item.org, item.kind, item.body,
                                                item.updated_at)  # fmt: skip
    return record


@dataclass(frozen=True)
class _Context:
    conn: Connection
    device: Device
    offices: frozenset[str]
    accept_training: bool


#: In the canonical JSON of a change, what an unstorable character can look like: an escape
#: other than of tab, line feed, carriage return, quote or backslash (a literal backslash
#: before u, b or f matches too), or DEL, a C1 control or a lone surrogate as it is. Only
#: a match is looked at closely (``unstorable_text``): most changes have none.
_MAYBE_UNSTORABLE = re.compile(r"\\[ubf]|[\x7f-\x9f\ud800-\udfff]")


def body_hash(change: Change) -> str:
    return hashlib.sha256(_canonical(change).encode("utf-8", "surrogatepass")).hexdigest()


def _canonical(change: Change) -> str:
    return json.dumps(
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
                    i.kind, i.id, i.org, i.office, i.revision, i.deleted, i.body, i.personal,
                    i.created_by, i.updated_at,
                ).where(i.kind == kind, i.id.in_(ids[start : start + 400]))
            )  # fmt: skip
            for row in rows:
                body = None if row.deleted else json.loads(row.body)
                item = _Item(row.kind, row.id, row.org, row.office, row.revision, row.deleted,
                             body, row.personal, row.created_by,
                             updated_at=row.updated_at)  # fmt: skip
                item.old_contrib = stats.contributions(
                    conn, row.kind, row.org or "", row.office, body, row.id
                )
                item.new_contrib = item.old_contrib
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


def _offices(conn: Connection, org: str) -> frozenset[str]:
    return frozenset(
        conn.execute(select(t.offices.c.code).where(t.offices.c.org == org)).scalars()
    )


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


class _Refused(Exception):
    """One change is refused: ``code`` and ``reason`` go into its result."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _read_body(
    change: Change, ctx: _Context, canonical: str
) -> CaseBody | ReferralBody | GuideReportBody:
    """The change's body, checked and with the office filled in, or :class:`_Refused`."""
    problem = _MAYBE_UNSTORABLE.search(canonical) and unstorable_text(change.body)
    if problem:
        raise _Refused("invalid_body", problem)
    try:
        model = BODY_MODELS[change.kind].model_validate(change.body)
    except ValidationError as exc:
        raise _Refused("invalid_body", readable(exc, "body.")) from None
    except Exception as exc:  # a validator tripped over something unforeseen
        raise _Refused("invalid_body", f"body: cannot be read ({type(exc).__name__})") from None
    if model.training and not ctx.accept_training:
        raise _Refused(
            "oefenmodus",
            "oefenmodus: training records are not accepted by this (production) server",
        )
    office = model.office or ctx.device.office
    if office is None and isinstance(model, GuideReportBody):
        return model  # a report names an office only when the desk has one
    if office is None:
        raise _Refused("invalid_body", "body.office: required (this device has no office)")
    if office not in ctx.offices:
        known = ", ".join(sorted(ctx.offices)) or "none"
        raise _Refused(
            "unknown_office",
            f"body.office: {office!r} is not an office of {ctx.device.org} (known: {known})",
        )
    return model.model_copy(update={"office": office})


def _same_entry(stored: Mapping[str, Any], sent: StatusEntry) -> bool:
    try:
        at = datetime.fromisoformat(str(stored.get("at")))
    except ValueError:
        return False
    return (
        stored.get("status") == sent.status
        and at == sent.at
        and (stored.get("note") or "") == sent.note
    )


def _referral_rules(
    old: Mapping[str, Any] | None, model: ReferralBody, device: Device, own: bool
) -> dict[str, Any]:
    """The referral body to store, or :class:`_Refused`.

    ``status_history`` only grows: the entries the server has stay as they are (``by``
    included), new entries get ``by`` = the pushing device. A new referral starts as
    ``sent``; every status change must be one the device's role may make
    (:func:`desk.domain.lifecycle.role_may_change`), and ``status`` is the status of
    the last entry.
    """
    stored: list[Mapping[str, Any]] = list(old.get("status_history") or []) if old else []
    sent = list(model.status_history)
    if len(sent) < len(stored) or not all(
        _same_entry(a, b) for a, b in zip(stored, sent, strict=False)
    ):
        raise _Refused(
            "history_rewritten",
            "status_history: the entries the server has may not be changed or removed; "
            "add new entries at the end",
        )
    status: str | None = str(old["status"]) if old else None
    for n, entry in enumerate(sent[len(stored) :], start=len(stored)):
        if status is None:
            if entry.status != SENT:
                raise _Refused(
                    "illegal_transition",
                    f"status_history.{n}: a new referral starts as '{SENT}', "
                    f"not {entry.status!r}",
                )
        elif entry.status != status and not role_may_change(
            device.role, status, entry.status, own=own
        ):
            raise _Refused(
                "illegal_transition",
                f"status_history.{n}: a {device.role} device may not change the status "
                f"{status!r} -> {entry.status!r}"
                + (" (a counter may only cancel a referral it made)" if device.role == "counter"
                   else ""),
            )  # fmt: skip
        status = entry.status
    expected = status or SENT
    if model.status != expected:
        raise _Refused(
            "illegal_transition",
            f"status: {model.status!r} is not the status of the last status_history entry "
            f"({expected!r}); every status change needs its own entry",
        )
    body = model.model_dump(mode="json")
    body["status_history"] = [
        *(dict(entry) for entry in stored),
        *({**entry.model_dump(mode="json"), "by": device.label} for entry in sent[len(stored) :]),
    ]
    return body


def _apply_one(
    change: Change, ctx: _Context, state: dict[tuple[str, str], _Item], canonical: str
) -> PushResult:
    """Decide one change against the in-batch state; mutates *state* when accepted."""
    try:
        return _decide(change, ctx, state, canonical)
    except _Refused as exc:
        return _reject(change, exc.code, exc.reason)


def _decide(
    change: Change, ctx: _Context, state: dict[tuple[str, str], _Item], canonical: str
) -> PushResult:
    device = ctx.device
    key = (change.kind, change.id)
    item = state.get(key)
    if item is not None and item.org != device.org:
        raise _Refused("other_organisation", "this record belongs to another organisation")
    if change.kind == guide_reports.KIND:  # written once by its desk, answered by the editors
        refused = guide_reports.refuse_change(item is not None, change.deleted)
        if refused is not None:
            raise _Refused(*refused)
    if item is not None and item.deleted and not change.deleted:
        raise _Refused(
            "deleted",
            "this record was deleted on the server and stays deleted; make a new record",
        )
    model = None if change.deleted else _read_body(change, ctx, canonical)
    current = item.revision if item is not None else 0
    if change.base_revision < current:
        assert item is not None
        return PushResult(
            id=change.id,
            idempotency_key=change.idempotency_key,
            status="conflict",
            revision=current,
            server_record=_shown(ctx.conn, item),
            reason=f"the server has revision {current}, this change is based on "
            f"revision {change.base_revision}",
            reason_code="conflict",
        )
    body: dict[str, Any] | None = None
    encoded: str | None = None
    if isinstance(model, ReferralBody):
        own = item is None or item.created_by == device.id
        body = _referral_rules(item.body if item is not None else None, model, device, own)
        encoded = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    elif model is not None:
        body = model.model_dump(mode="json")
        encoded = model.model_dump_json()
    office = body["office"] if body is not None else (item.office if item else device.office)
    try:
        contrib = stats.contributions(ctx.conn, change.kind, device.org, office, body, change.id)
    except Exception as exc:
        raise _Refused(
            "invalid_body", f"body: cannot be counted in the statistics ({type(exc).__name__})"
        ) from None
    revision = max(change.revision, current + 1)
    if item is None:
        item = _Item(change.kind, change.id, device.org, office, revision, change.deleted, body,
                     created_by=device.id)  # fmt: skip
        state[key] = item
    item.office = office
    item.revision = revision
    item.deleted = change.deleted
    item.body = body
    item.encoded = encoded
    item.personal_fields = personal_in(change.kind, body)
    item.personal = bool(item.personal_fields)
    item.new_contrib = contrib
    item.dirty = True
    item.updated_at = None  # changed just now: nothing in it is past retention
    return PushResult(
        id=change.id,
        idempotency_key=change.idempotency_key,
        status="accepted",
        revision=revision,
    )


def _key_row(
    device: Device, key: str, h: str, result: PushResult, change: Change, now: datetime
) -> dict[str, Any]:
    return {
        "org": device.org,
        "key": key,
        "device_id": device.id,
        "kind": change.kind,
        "item_id": change.id,
        "body_hash": h,
        "answer": result.model_dump_json(exclude_none=True),
        "created_at": now,
    }


def _apply(
    conn: Connection,
    ctx: _Context,
    req: PushRequest,
    now: datetime,
    *,
    one_by_one: bool = False,
) -> list[PushResult]:
    device = ctx.device
    keys = [c.idempotency_key for c in req.changes]
    stored = _load_keys(conn, device.org, keys)
    state = _load_items(conn, {(c.kind, str(c.id)) for c in req.changes})
    results: list[PushResult] = []
    claimed: dict[str, tuple[str, PushResult, Change]] = {}
    reused: list[PushResult] = []
    written: dict[tuple[str, str], _Item] = {}
    for change in req.changes:
        canonical = _canonical(change)
        h = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
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
        before = copy.copy(state.get((change.kind, change.id)))
        result = _apply_one(change, ctx, state, canonical)
        if result.status == "accepted" and one_by_one:
            item = state[(change.kind, change.id)]
            try:
                with conn.begin_nested():
                    conn.execute(t.idempotency.insert(), [_key_row(device, key, h, result,
                                                                   change, now)])  # fmt: skip
                    _write_items(conn, device, [item], now)
            except _STORE_ERRORS as exc:
                log.warning("push: the database refused a change (%s); rejected alone",
                            type(exc).__name__)  # fmt: skip
                if before is None:
                    del state[(change.kind, change.id)]
                else:
                    state[(change.kind, change.id)] = before
                result = _reject(
                    change,
                    "unstorable",
                    f"the server could not store this change ({type(exc).__name__}); "
                    "correct the record and send it again",
                )
            else:
                item.old_contrib = item.new_contrib
                item.dirty = False
                written[(item.kind, item.id)] = item
        if result.status == "accepted":
            claimed[key] = (h, result, change)
        results.append(result)
    if reused:
        raise KeyReusedError(reused)
    if claimed and not one_by_one:
        rows = [_key_row(device, key, h, res, ch, now) for key, (h, res, ch) in claimed.items()]
        # The primary key (org, key) is what makes this exactly-once: should another
        # writer have stored one of these keys since we looked (the change lock makes
        # that impossible, but the database has the last word), this INSERT fails,
        # the whole batch rolls back, and push() runs it again, now as duplicates.
        conn.execute(t.idempotency.insert(), rows)
        dirty = [it for it in state.values() if it.dirty]
        _write_items(conn, device, dirty, now)
        written.update({(it.kind, it.id): it for it in dirty})
    conn.execute(update(t.devices).where(t.devices.c.id == device.id).values(last_sync_at=now))
    _audit(conn, device, results, state, list(written.values()), now)
    return results


def _audit(
    conn: Connection,
    device: Device,
    results: list[PushResult],
    state: dict[tuple[str, str], _Item],
    written: list[_Item],
    now: datetime,
) -> None:
    """Count (never copy) the personal data this push stored or showed back."""
    shown: Counter[str] = Counter()
    for r in results:
        if r.status == "conflict":
            kind = str((r.server_record or {}).get("kind", ""))
            item = state.get((kind, r.id))
            if item is not None and personal_in(kind, (r.server_record or {}).get("body")):
                shown[kind] += 1
    if shown:
        audit.record(
            conn, device.label, "personal.read", org=device.org,
            detail={"records_with_personal_data": dict(sorted(shown.items())),
                    "via": "conflict"},
            now=now,
        )  # fmt: skip
    kinds: Counter[str] = Counter()
    fields: Counter[str] = Counter()
    for item in written:
        if item.personal_fields:
            kinds[item.kind] += 1
            fields.update(f"{item.kind}.{name}" for name in item.personal_fields)
    if kinds:
        audit.record(
            conn, device.label, "personal.write", org=device.org,
            detail={"records_with_personal_data": dict(sorted(kinds.items())),
                    "fields": dict(sorted(fields.items()))},
            now=now,
        )  # fmt: skip


def _write_items(conn: Connection, device: Device, dirty: list[_Item], now: datetime) -> None:
    if not dirty:
        return
    first = next_seq(conn, len(dirty))
    deltas: Counter[stats.Contribution] = Counter()
    rows = []
    for n, item in enumerate(dirty):
        deltas.subtract(item.old_contrib)
        deltas.update(item.new_contrib)
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
                "created_by": item.created_by,
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
    guide_reports.index(conn, [
        guide_reports.Pushed(it.id, it.org, it.office or device.office, device.id, it.body)
        for it in dirty
        if it.kind == guide_reports.KIND and it.body is not None
    ], now)  # fmt: skip


def _insert(conn: Connection) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


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
    one_by_one = False
    for attempt in range(4):
        try:
            with writing(engine) as conn:
                ctx = _Context(conn, device, _offices(conn, device.org), accept_training)
                results = _apply(conn, ctx, req, now, one_by_one=one_by_one)
            break
        except IntegrityError:
            # Another writer stored one of these keys after we looked (see _apply): the
            # next attempt sees them as duplicates. Failing again, it is a change the
            # database refuses: go one change at a time.
            if one_by_one:
                raise
            one_by_one = attempt >= 1
        except _STORE_ERRORS as exc:
            if one_by_one:
                raise
            log.warning("push: the database refused the batch (%s); applying it one change "
                        "at a time", type(exc).__name__)  # fmt: skip
            one_by_one = True
    else:  # pragma: no cover - every path above breaks or raises by the third attempt
        raise RuntimeError("push: no attempt finished")
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
