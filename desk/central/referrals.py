"""Referral status updates from partners or W13 working centrally."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC
from typing import Any

from sqlalchemy import Engine, and_, select, update

from desk import clock
from desk.central import audit, stats
from desk.central import tables as t
from desk.central.auth import Device
from desk.central.db import next_seq, writing
from desk.central.schemas import StatusRequest, StatusResponse
from desk.domain.lifecycle import STATUS_ROLES, IllegalTransition, check_transition
from desk.domain.vocab import REGIONAL_ORGS


class StatusError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def set_status(
    engine: Engine, device: Device, referral_id: str, req: StatusRequest
) -> StatusResponse:
    """Move a referral to a new status; the change flows back via pull."""
    if device.role not in STATUS_ROLES:
        raise StatusError(403, "only social workers or admins may update referral statuses")

    def may_change(org: str | None, _body: Mapping[str, Any]) -> bool:
        return org == device.org or device.org in REGIONAL_ORGS

    return change_status(
        engine, referral_id, req, by=device.label, device_id=device.id, may_change=may_change
    )


def change_status(
    engine: Engine,
    referral_id: str,
    req: StatusRequest,
    *,
    by: str,
    device_id: str | None,
    may_change: Callable[[str | None, Mapping[str, Any]], bool],
    actor: str | None = None,
) -> StatusResponse:
    """Move a referral to a new status for *by* (a device label or a partner's name).

    *may_change* decides, inside the transaction, whether the caller may touch this
    referral (organisation and body); a referral it refuses looks like a missing one.
    The desk's status endpoint and the partner inbox both come through here; *actor*
    (default *by*) is who the audit log names.
    """
    now = clock.now()
    at = req.at.astimezone(UTC) if req.at else now
    i = t.items.c
    with writing(engine) as conn:
        row = conn.execute(
            select(i.org, i.office, i.revision, i.deleted, i.body).where(
                and_(i.kind == "referral", i.id == referral_id)
            )
        ).first()
        # Another organisation's referral looks exactly like a missing one.
        if row is None:
            raise StatusError(404, "no such referral")
        body = {} if row.deleted else json.loads(row.body)
        if not may_change(row.org, body):
            raise StatusError(404, "no such referral")
        if row.deleted:
            raise StatusError(409, "this referral has been deleted")
        if body["status"] == req.status:
            # Already there (e.g. a retry after a lost answer): nothing changes.
            return StatusResponse(referral_id=referral_id, status=req.status, revision=row.revision)
        try:
            check_transition(body["status"], req.status)
        except IllegalTransition as exc:
            raise StatusError(409, str(exc)) from None
        old = stats.contributions(conn, "referral", row.org, row.office, body, referral_id)
        entry = {
            "status": req.status,
            "at": at.isoformat().replace("+00:00", "Z"),
            "by": by,
            "note": req.note,
        }
        body["status"] = req.status
        body["status_history"] = [*body.get("status_history", []), entry]
        revision = row.revision + 1
        seq = next_seq(conn, 2)
        conn.execute(
            update(t.items)
            .where(and_(i.kind == "referral", i.id == referral_id))
            .values(
                revision=revision,
                body=json.dumps(body, separators=(",", ":"), ensure_ascii=False),
                seq=seq,
                updated_at=now,
                device_id=device_id,
            )
        )
        update_body = {"referral_id": referral_id, "revision": revision, **entry}
        values = {
            "org": row.org,
            "office": row.office,
            "revision": revision,
            "deleted": False,
            "body": json.dumps(update_body, separators=(",", ":")),
            "seq": seq + 1,
            "updated_at": now,
            "device_id": device_id,
            "personal": False,
        }
        done = conn.execute(
            update(t.items)
            .where(and_(i.kind == "referral_status", i.id == referral_id))
            .values(**values)
        ).rowcount
        if not done:
            conn.execute(t.items.insert().values(kind="referral_status", id=referral_id, **values))
        deltas: Counter[stats.Contribution] = Counter(
            stats.contributions(conn, "referral", row.org, row.office, body, referral_id)
        )
        deltas.subtract(old)
        stats.apply_deltas(conn, deltas)
        audit.record(
            conn, actor or by, "referral.status", org=row.org, target=referral_id,
            detail={"status": req.status}, now=now,
        )  # fmt: skip
    return StatusResponse(referral_id=referral_id, status=req.status, revision=revision)
